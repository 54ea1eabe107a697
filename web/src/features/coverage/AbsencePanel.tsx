import type { AbsenceEntryViewFragment } from '../../gql/graphql';
import { describeError } from '../../app/errors';
import { CloseIcon } from '../../app/icons';
import { useI18n } from '../../i18n/I18nProvider';
import type { LabelKey } from '../../i18n/labels';
import { SearchBox } from '../search/SearchBox';
import { useAbsenceImpact } from './use-mode-data';

export interface AbsencePanelProps {
  absentIds: readonly string[];
  escalate: boolean;
  onEscalateChange(on: boolean): void;
  onToggleAbsent(positionId: string): void;
  onReset(): void;
  onChoose(positionId: string): void;
}

/**
 * Absence mode's side list: a search box that marks the position chosen as away (as clicking its
 * card does), who is away (each unmarked from here), and who is left without cover and why.
 */
export function AbsencePanel({ absentIds, escalate, onEscalateChange, onToggleAbsent, onReset, onChoose }: AbsencePanelProps) {
  const { t, lang } = useI18n();
  const { impact, loading, error } = useAbsenceImpact(absentIds, escalate, true);
  const titles = new Map(impact?.absent.map((p) => [p.id, p.distinguishingPlace ? `${p.title} (${p.distinguishingPlace})` : p.title]));
  // A position just marked has no title until the server answers (a moment).
  const title = (id: string) => titles.get(id) ?? '…';
  // Choosing a position already away leaves it away: the search only marks, the list unmarks.
  const markAway = (id: string) => {
    if (!absentIds.includes(id)) onToggleAbsent(id);
  };

  const group = (key: LabelKey, kind: string, entries: readonly AbsenceEntryViewFragment[]) =>
    entries.length > 0 && (
      <section className={`absence-group absence-group-${kind}`} aria-label={t(key, { count: entries.length })}>
        <h3>{t(key, { count: entries.length })}</h3>
        <ul>
          {entries.map((entry) => (
            <li key={entry.position.id} className={`absence-entry absence-${kind}`}>
              <button type="button" className="link-button" onClick={() => onChoose(entry.position.id)}>
                {entry.position.title}
              </button>
              {(entry.position.distinguishingPlace ?? entry.position.unit?.name) && (
                <span className="muted small"> · {entry.position.distinguishingPlace ?? entry.position.unit?.name}</span>
              )}
              {kind === 'fallback' && entry.manager && <span className="muted small"> · {t('absence.manager', { title: entry.manager.title })}</span>}
              <p className="absence-explanation">{lang === 'et' ? entry.explanationEt : entry.explanation}</p>
            </li>
          ))}
        </ul>
      </section>
    );

  const nobodyUncovered = impact && !impact.uncovered.length && !impact.atRisk.length && !impact.fallBackToManager.length;
  return (
    <aside className="mode-panel absence-panel" aria-labelledby="absence-title">
      <header className="mode-panel-header">
        <h2 id="absence-title">{t('absence.title')}</h2>
        <button type="button" onClick={onReset} disabled={absentIds.length === 0}>
          {t('absence.reset')}
        </button>
      </header>
      <div className="mode-panel-body">
        <p className="muted small">{t('absence.hint')}</p>
        <div className="absence-search">
          <SearchBox onChoose={markAway} label={t('absence.search.label')} placeholder={t('absence.search.placeholder')} clearOnChoose />
        </div>
        <label className="toggle" title={t('absence.escalate.hint')}>
          <input type="checkbox" checked={escalate} onChange={(e) => onEscalateChange(e.target.checked)} />
          <span>{t('absence.escalate')}</span>
        </label>
        {absentIds.length > 0 && (
          <section className="absence-group" aria-label={t('absence.absent', { count: absentIds.length })}>
            <h3>{t('absence.absent', { count: absentIds.length })}</h3>
            <ul className="absent-chips">
              {absentIds.map((id) => (
                <li key={id}>
                  <span className="absent-chip">
                    {title(id)}
                    <button type="button" className="icon-button" onClick={() => onToggleAbsent(id)} aria-label={t('absence.unmark', { title: title(id) })} title={t('absence.unmark', { title: title(id) })}>
                      <CloseIcon />
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
        {loading && <p className="muted small" role="status">{t('absence.updating')}</p>}
        {error && <p className="error-text" role="alert">{describeError(error, t)}</p>}
        {impact && (
          <div aria-live="polite">
            {group('absence.uncovered', 'uncovered', impact.uncovered)}
            {group('absence.fallback', 'fallback', impact.fallBackToManager)}
            {group('absence.at-risk', 'at-risk', impact.atRisk)}
            {nobodyUncovered && <p className="muted">{t('absence.none')}</p>}
          </div>
        )}
      </div>
    </aside>
  );
}
