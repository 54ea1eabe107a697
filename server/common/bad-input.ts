/**
 * Arguments the client can fix: an ID that names nothing, text the search cannot take. They are
 * answered as BAD_USER_INPUT naming the argument, never as an internal error.
 */
import { GraphQLError } from 'graphql';
import { rowId, type NodeType } from './node.js';

/** How much of a client's value an error message repeats. */
const SHOWN = 100;

export function badUserInput(argumentName: string, message: string): GraphQLError {
  return new GraphQLError(`${argumentName}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', argumentName } });
}

function shown(value: string): string {
  return JSON.stringify(value.length > SHOWN ? `${value.slice(0, SHOWN)}…` : value);
}

/**
 * The row id of a global ID argument that must name an existing object of `type`;
 * `load` finds the row (a DataLoader's load) or null.
 */
export async function existingRowId(argumentName: string, id: string, type: NodeType, load: (rowId: number) => Promise<unknown>): Promise<number> {
  const row = rowId(id, type);
  if (row === null) throw badUserInput(argumentName, `${shown(id)} is not the ID of a ${type}.`);
  if (!(await load(row))) throw badUserInput(argumentName, `no ${type} has the ID ${shown(id)}.`);
  return row;
}

/** Text an argument may hold: no NUL or other control characters but tab and line breaks (the databases refuse them). */
export function requirePlainText(argumentName: string, text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) throw badUserInput(argumentName, 'the text contains a control character (such as NUL); send plain text.');
  return text;
}
