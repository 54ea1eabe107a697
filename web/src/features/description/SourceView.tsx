import { useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { fieldLabel, linesCovered, rangesOf, type SourceRange } from './source-ranges';

/**
 * The original text with line numbers. Hovering a field highlights the lines it was read from;
 * clicking pins it (and scrolls there), so the highlight stays while reading.
 */
export function SourceView({ text, sources, initialField }: { text: string; sources: readonly SourceRange[]; initialField?: string | null }) {
  const t = useT();
  const lines = useMemo(() => text.split(/\r?\n/), [text]);
  const [pinned, setPinned] = useState<string | null>(initialField ?? null);
  const [hovered, setHovered] = useState<string | null>(null);
  const active = hovered ?? pinned;
  const highlighted = useMemo(() => (active ? linesCovered(rangesOf(sources, active)) : new Set<number>()), [active, sources]);

  const textRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!pinned) return;
    const first = Math.min(...rangesOf(sources, pinned).map((r) => r.start));
    textRef.current?.querySelector(`[data-line="${first}"]`)?.scrollIntoView?.({ block: 'center' });
  }, [pinned, sources]);

  return (
    <div className="source-view">
      <p className="muted small">{t('source.hint')}</p>
      <ul className="source-fields" aria-label={t('source.fields')}>
        {sources.map((source, i) => (
          <li key={`${source.field}-${i}`}>
            <button
              type="button"
              className={`field-chip${active === source.field ? ' active' : ''}`}
              aria-pressed={pinned === source.field}
              onMouseEnter={() => setHovered(source.field)}
              onMouseLeave={() => setHovered(null)}
              onFocus={() => setHovered(source.field)}
              onBlur={() => setHovered(null)}
              onClick={() => setPinned((current) => (current === source.field ? null : source.field))}
            >
              {fieldLabel(source.field)}
              <span className="muted"> · {t('source.lines', { start: source.start, end: source.end })}</span>
            </button>
          </li>
        ))}
      </ul>
      <ol className="source-text" ref={textRef}>
        {lines.map((line, i) => {
          const number = i + 1;
          return (
            <li key={number} data-line={number} className={highlighted.has(number) ? 'highlighted' : undefined}>
              <span className="line-number" aria-hidden="true">
                {number}
              </span>
              <span className="line-text">{line || ' '}</span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
