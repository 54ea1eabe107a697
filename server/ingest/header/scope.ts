/**
 * Scopes after a title: "Nõunik – igapäevastes küsimustes", "Osakonna juhataja - allkirjaõiguse
 * osas", "teenistujaid vastavalt neile antud volitustele". The title is the part before; the
 * scope says when or in what, and is kept as a note beside the field, not in the title.
 */
import { SCOPE_OPENERS, SCOPE_WORDS } from '../estonian/lexicon.js';
import { isBaseHead } from '../estonian/titles.js';
import { isScheme } from '../estonian/lists.js';

export interface Scoped {
  title: string;
  scope: string | null;
}

const DASHED = /^(.*?\S)\s+[-–—]\s+(\p{Ll}.*)$/u;
const OPENER = new RegExp(`^(.*?\\S)\\s+((?:${SCOPE_OPENERS.join('|')})\\s.+)$`, 'iu');
const MAX_SCOPE_WORDS = 3;

/** Splits one item of a value into its title and the scope written after it. */
export function splitScope(item: string): Scoped {
  const opener = OPENER.exec(item);
  if (opener) return { title: opener[1], scope: opener[2] };
  const dashed = DASHED.exec(item);
  // "Sekretär - asjaajaja": one nominative word after a spaced hyphen is part of a double title.
  if (dashed && (dashed[2].includes(' ') || endsInScopeWord(dashed[2]))) return { title: dashed[1], scope: dashed[2] };
  return trailingScope(item);
}

function endsInScopeWord(text: string): boolean {
  return SCOPE_WORDS.includes(text.split(/\s+/u).pop()!.toLocaleLowerCase('et'));
}

/** "Nõunik igapäevastes küsimustes": from the scope word back to the title's head noun. */
function trailingScope(item: string): Scoped {
  const words = item.split(/\s+/u);
  if (words.length < 3 || !endsInScopeWord(item)) return { title: item, scope: null };
  let start = words.length - 1;
  while (start > 1 && words.length - start < MAX_SCOPE_WORDS && !isBaseHead(words[start - 1])) start--;
  if (!isBaseHead(words[start - 1])) return { title: item, scope: null };
  return { title: words.slice(0, start).join(' '), scope: words.slice(start).join(' ') };
}

/** A dashed scope inside a run of cells: up to the next item, alternative or capitalised cell. */
const INLINE_DASHED = /\s[-–—]\s+(\p{Ll}[\p{Ll}\s-]*?)(?=\s*[,;]|\s+(?:või|ja)\s|\s+\p{Lu}|\s*$)/gu;

const INLINE_OPENER = new RegExp(`(?<=\\S)\\s+((?:${SCOPE_OPENERS.join('|')})\\s[^,;]+)`, 'giu');

/** "Peaekspert - tema puudumise ajal, ekspert": scopes cut out of text whose items are not split yet. */
export function stripInlineScopes(text: string): { text: string; scopes: string[] } {
  const scopes: string[] = [];
  const stripped = text.replace(INLINE_DASHED, (whole, scope: string) => {
    if (!scope.trim().includes(' ') && !endsInScopeWord(scope.trim())) return whole;
    scopes.push(scope.trim());
    return '';
  });
  // "töötajaid vastavalt neile antud volitustele": an opener's scope runs to the next item.
  const opened = stripped.replace(INLINE_OPENER, (whole, scope: string) => {
    if (isScheme(scope)) return whole;
    scopes.push(scope.trim());
    return '';
  });
  return { text: opened, scopes };
}
