/**
 * From rows to field values: a row of a relation as a whole ("Asendamine:", "Alluvus:") is read
 * clause by clause, a scope after a title is kept out of it, prose is kept out of a field. Each
 * doubt is a reading note, each change a warning on the row's line.
 */
import type { HeaderField, Line, ParseWarning, ReadingNote } from '../document.js';
import { quote } from '../caps.js';
import { isNone, isScheme, splitItems, startsInflected } from '../estonian/lists.js';
import { readLabelText, type Field, type Label } from '../layouts/row-labels.js';
import { readsAsProse } from './prose.js';
import { CLAUSE_OPENERS, SUBORDINATE_STEM, SUBSTITUTE_STEM } from '../estonian/lexicon.js';
import { splitScope, stripInlineScopes } from './scope.js';

export interface RowValue {
  field: Field;
  text: string;
  lines: Line[];
  known: boolean;
  relation?: Label['relation'];
}

export interface Assigned {
  field: Field;
  text: string;
  lines: Line[];
}

export const HEADER_FIELD: Record<Exclude<Field, 'other'>, HeaderField> = {
  title: 'title',
  unit: 'unitPath',
  manager: 'manager',
  subordinates: 'subordinates',
  substitutedBy: 'substitutedBy',
  substitutes: 'substitutes',
};

export const REASONS = {
  stem: 'label recognised by stem only',
  direction: 'direction read from the value',
  guessed: 'direction guessed',
  scope: 'scope stripped',
  prose: 'prose removed',
} as const;

/** Fields that hold one noun phrase, where prose is never a value. */
const SINGLE: Field[] = ['title', 'manager', 'unit'];
/** A clause boundary inside a relation row: "allub juhatajale, alluvaid ei ole; teda asendab …". */
const CLAUSE = new RegExp(`\\s*[;.]\\s*|,\\s*(?=(?:\\p{L}+\\s+)?(?:${SUBSTITUTE_STEM}|${SUBORDINATE_STEM}))`, 'iu');
/** Where prose starts inside a value: a full stop, comma or semicolon, or a word that opens a clause. */
const PROSE_START = new RegExp(`[.,;]\\s|\\s(?=(?:${CLAUSE_OPENERS.join('|')})\\s)`, 'u');

export function assignRows(rows: RowValue[], warnings: ParseWarning[], notes: ReadingNote[]): Assigned[] {
  const out: Assigned[] = [];
  const note = (field: Field, level: ReadingNote['level'], reason: string) => {
    if (field !== 'other') notes.push({ field: HEADER_FIELD[field], level, reason });
  };
  for (const row of rows) {
    const line = row.lines[0].number;
    const pieces = row.relation ? readRelation(row, note) : [{ field: row.field, text: row.text }];
    if (!row.known && !row.relation) note(row.field, 'medium', REASONS.stem);
    for (const piece of pieces) {
      let text = piece.text;
      if (SINGLE.includes(piece.field) && readsAsProse(text)) {
        const kept = beforeProse(text);
        const dropped = text.slice(kept.length).replace(/^[\s.,;]+/u, '') || text;
        warnings.push({ line, message: `reads as prose, left out of the ${piece.field}: ${quote(dropped)}` });
        note(piece.field, 'low', REASONS.prose);
        text = kept;
      }
      if (piece.field !== 'unit' && piece.field !== 'other') text = stripScopes(text, piece.field, line, warnings, () => note(piece.field, 'medium', REASONS.scope));
      out.push({ field: piece.field, text, lines: row.lines });
    }
  }
  return out;
}

/** A relation row's value, clause by clause: each clause read as a label with its value where it is one. */
function readRelation(row: RowValue, note: (field: Field, level: ReadingNote['level'], reason: string) => void): { field: Field; text: string }[] {
  const pieces: { field: Field; text: string }[] = [];
  for (const clause of row.text.split(CLAUSE).map((c) => c.trim()).filter(Boolean)) {
    const label = readLabelText(clause);
    if (label && label.field !== 'other' && !label.relation) {
      pieces.push({ field: label.field, text: label.value });
      note(label.field, 'medium', REASONS.direction);
    } else if (!isNone(clause)) {
      // "Asendamine: juhatajat" names whom it substitutes by the partitive; a bare nominative is a guess.
      const field: Field = row.relation === 'substitution' ? (startsInflected(clause) ? 'substitutes' : 'substitutedBy') : /le\b/u.test(clause) ? 'manager' : 'subordinates';
      pieces.push({ field, text: clause });
      note(field, 'low', REASONS.guessed);
    }
  }
  return pieces;
}

/** The part of a value before its prose starts (at the first full stop, comma or clause word), or nothing. */
function beforeProse(text: string): string {
  const head = text.split(PROSE_START)[0].trim();
  return head !== text.trim() && !readsAsProse(head) ? head : '';
}

function stripScopes(text: string, field: Field, line: number, warnings: ParseWarning[], noted: () => void): string {
  if (isNone(text) || isScheme(text)) return text;
  const kept = (scope: string) => {
    warnings.push({ line, message: `scope kept out of the ${field}: ${quote(scope)}` });
    noted();
  };
  // A dashed scope first, as it ends at the next item or alternative ("X – eelarve küsimustes või Y").
  const dashed = stripInlineScopes(text);
  dashed.scopes.forEach(kept);
  let changed = dashed.scopes.length > 0;
  const items = splitItems(dashed.text).map((item) => {
    const { title, scope } = splitScope(item);
    if (!scope) return item;
    changed = true;
    kept(scope);
    return title;
  });
  return changed ? items.join('; ') : text;
}
