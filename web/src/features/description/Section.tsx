import type { ReactNode } from 'react';
import { useT } from '../../i18n/I18nProvider';

/** A titled part of the job description, with a link to the source lines it was read from. */
export function Section({
  id,
  title,
  field,
  onShowSource,
  children,
}: {
  id: string;
  title: string;
  /** Field path in `sources`, e.g. "duties". */
  field?: string;
  onShowSource?(field: string): void;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <section className="panel-section" aria-labelledby={`section-${id}`}>
      <h3 id={`section-${id}`}>
        {title}
        {field && onShowSource && (
          <button type="button" className="source-link" onClick={() => onShowSource(field)} title={t('section.sourceLines')}>
            <span aria-hidden="true">¶</span>
            <span className="visually-hidden">{t('section.sourceLines')}</span>
          </button>
        )}
      </h3>
      {children}
    </section>
  );
}

export function NotStated() {
  const t = useT();
  return <p className="muted">{t('section.notStated')}</p>;
}
