/**
 * Repetition that no client needs and that only multiplies the server's work: the same field
 * (or fragment) many times in one selection, and the same directive more than once on one place.
 * GraphQL merges repeated fields into one answer, but validating and planning them is work per
 * copy (graphql-cop's "field duplication" and "directive overloading" checks). Each is refused
 * with one error, before the errors per copy.
 */
import { GraphQLError, type ASTNode, type DirectiveNode, type ValidationContext, type ASTVisitor, type SelectionSetNode } from 'graphql';

/**
 * How often one response key (or one fragment spread) may occur in one selection set: far above
 * what any client sends (Apollo Client repeats `__typename` at most twice), and above the
 * directive limit (50), so that a query over that limit hears about the directives first.
 */
export const MAX_FIELD_REPEATS = 100;

/**
 * Validation stops after this many errors (graphql-js adds "Validation aborted"): a query of a
 * thousand mistakes costs no more than one of five, and its answer stays small.
 */
export const MAX_VALIDATION_ERRORS = 5;

export function repetitionRule(context: ValidationContext): ASTVisitor {
  const repeatable = new Set(context.getSchema().getDirectives().filter((d) => d.isRepeatable).map((d) => d.name));
  const checkDirectives = (node: ASTNode & { directives?: readonly DirectiveNode[] }) => {
    const seen = new Map<string, number>();
    for (const directive of node.directives ?? []) seen.set(directive.name.value, (seen.get(directive.name.value) ?? 0) + 1);
    for (const [name, count] of seen) {
      if (count > 1 && !repeatable.has(name)) {
        context.reportError(new GraphQLError(`The directive @${name} is given ${count} times in one place; give it once.`, { nodes: node }));
      }
    }
  };
  return {
    SelectionSet(node: SelectionSetNode) {
      const counts = new Map<string, number>();
      for (const selection of node.selections) {
        const key =
          selection.kind === 'Field' ? (selection.alias ?? selection.name).value : selection.kind === 'FragmentSpread' ? `...${selection.name.value}` : null;
        if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      for (const [key, count] of counts) {
        if (count > MAX_FIELD_REPEATS) {
          context.reportError(
            new GraphQLError(`"${key}" is asked for ${count} times in one selection; the limit is ${MAX_FIELD_REPEATS}. Ask for each field once.`, { nodes: node }),
          );
        }
      }
    },
    Field: checkDirectives,
    FragmentSpread: checkDirectives,
    InlineFragment: checkDirectives,
    OperationDefinition: checkDirectives,
    FragmentDefinition: checkDirectives,
  };
}
