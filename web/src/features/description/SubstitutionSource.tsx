import { useT } from '../../i18n/I18nProvider';
import { linesOf, type LineDirection, type LineSourceNote } from './substitution-source';
import type { SourceRange } from './source-ranges';

/**
 * Where a substitution line is written: a link to the lines of this position's own document
 * that state it, or a note that only the other side's document does.
 */
export function LineSourceLink({ note, direction, onShowSource }: { note: LineSourceNote; direction: LineDirection; onShowSource?(field: string): void }) {
  const t = useT();
  if (note.kind === 'otherOnly') {
    return <span className="line-source other-only">{direction === 'substitutes' ? t('panel.source.onlySubstitute') : t('panel.source.onlySubstituted')}</span>;
  }
  const range = spanOf(note.ranges);
  if (!range) return null;
  const label = t('panel.source.own', { start: range.start, end: range.end });
  if (!onShowSource) return <span className="line-source">{label}</span>;
  return (
    <button type="button" className="line-source source-link" onClick={() => onShowSource(note.field)} title={t('panel.source.own.hint')}>
      <span aria-hidden="true">¶ </span>
      {label}
    </button>
  );
}

/** The lines themselves, quoted under the list, so the wording can be read without switching tabs. */
export function SourceQuote({ text, ranges }: { text: string; ranges: readonly SourceRange[] }) {
  const t = useT();
  const range = spanOf(ranges);
  if (!range) return null;
  return (
    <figure className="source-quote">
      <figcaption className="muted small">{t('panel.source.quote', { start: range.start, end: range.end })}</figcaption>
      <ol>
        {linesOf(text, ranges).map((line) => (
          <li key={line.number} value={line.number}>
            {line.text || ' '}
          </li>
        ))}
      </ol>
    </figure>
  );
}

function spanOf(ranges: readonly SourceRange[]): { start: number; end: number } | null {
  if (!ranges.length) return null;
  return { start: Math.min(...ranges.map((r) => r.start)), end: Math.max(...ranges.map((r) => r.end)) };
}
