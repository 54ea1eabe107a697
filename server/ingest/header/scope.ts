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

/** A dash opening a scope inside a run of cells, before the scope's first (lower-case) word. */
const DASH_OPENER = /\s[-–—]\s+(?=\p{Ll})/gu;
/** The scope after it: up to the next item, alternative or capitalised cell (the shortest such run). */
const DASHED_SCOPE = /\p{Ll}[\p{Ll}\s-]*?(?=\s*[,;]|\s+(?:või|ja)\s|\s+\p{Lu}|\s*$)/uy;
/** The first character a scope cannot hold. */
const OUTSIDE_SCOPE = /[^\p{Ll}\s-]/gu;

/**
 * Each dashed scope with the span it takes (dash included), left to right. A scope that finds no
 * end fails for every dash up to the first character a scope cannot hold, so the search resumes
 * there: one pass, where a regular expression retried at every dash would scan the run again each time.
 */
function dashedScopes(text: string): { start: number; end: number; scope: string }[] {
  const found: { start: number; end: number; scope: string }[] = [];
  DASH_OPENER.lastIndex = 0;
  for (let dash = DASH_OPENER.exec(text); dash; dash = DASH_OPENER.exec(text)) {
    const scopeStart = dash.index + dash[0].length;
    DASHED_SCOPE.lastIndex = scopeStart;
    const scope = DASHED_SCOPE.exec(text);
    if (scope) {
      found.push({ start: dash.index, end: DASHED_SCOPE.lastIndex, scope: scope[0] });
      DASH_OPENER.lastIndex = DASHED_SCOPE.lastIndex;
      continue;
    }
    OUTSIDE_SCOPE.lastIndex = scopeStart;
    const outside = OUTSIDE_SCOPE.exec(text)?.index ?? text.length;
    // The space before a dash the scope cannot hold ("a –") may open the next scope.
    DASH_OPENER.lastIndex = Math.max(dash.index + 1, outside - 1);
  }
  return found;
}

const INLINE_OPENER = new RegExp(`(?<=\\S)\\s+((?:${SCOPE_OPENERS.join('|')})\\s[^,;]+)`, 'giu');

/** "Peaekspert - tema puudumise ajal, ekspert": scopes cut out of text whose items are not split yet. */
export function stripInlineScopes(text: string): { text: string; scopes: string[] } {
  const scopes: string[] = [];
  let stripped = '';
  let kept = 0;
  for (const { start, end, scope } of dashedScopes(text)) {
    // "Sekretär - asjaajaja": one word after a dash is a double title, unless it is a scope word.
    if (!scope.trim().includes(' ') && !endsInScopeWord(scope.trim())) continue;
    scopes.push(scope.trim());
    stripped += text.slice(kept, start);
    kept = end;
  }
  stripped += text.slice(kept);
  // "töötajaid vastavalt neile antud volitustele": an opener's scope runs to the next item.
  const opened = stripped.replace(INLINE_OPENER, (whole, scope: string) => {
    if (isScheme(scope)) return whole;
    scopes.push(scope.trim());
    return '';
  });
  return { text: opened, scopes };
}
