import { useEffect, useId, useMemo, useState } from 'react';
import type { GapKind } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { filterGapEntries, kindCounts, type GapEntry, type GapFilter, type UnitOption } from './gap-entries';
import { GapKindBadge } from './GapKindBadge';

/** A long list is shown a page at a time: thousands of rows at once would only slow the page. */
const PAGE = 200;

export interface GapListProps {
  entries: readonly GapEntry[];
  units: readonly UnitOption[];
  /** Without `filter`: the unit filter starts here, and follows it when it changes (the chart's focused unit). */
  unitId?: string | null;
  /** The filters, when they are kept elsewhere (the URL); the list keeps its own otherwise. */
  filter?: Required<GapFilter>;
  onFilterChange?(filter: Required<GapFilter>): void;
  selectedId?: string | null;
  onChoose(positionId: string): void;
}

/**
 * Positions with substitution gaps: each with its unit (or, for a title others share, the place that
 * tells it apart) and every gap (kind and explanation in the interface language). Filters by gap kind and by unit (sub-units included).
 */
export function GapList({ entries, units, unitId = null, filter: keptFilter, onFilterChange, selectedId, onChoose }: GapListProps) {
  const { t, lang } = useI18n();
  const ids = useId();
  const [ownFilter, setOwnFilter] = useState<Required<GapFilter>>({ kind: null, unitId, lowConfidence: false });
  useEffect(() => setOwnFilter((f) => ({ ...f, unitId })), [unitId]);
  const current = keptFilter ?? ownFilter;
  const change = (patch: Partial<GapFilter>) => {
    const next = { ...current, ...patch };
    if (keptFilter) onFilterChange?.(next);
    else setOwnFilter(next);
  };
  const kinds = useMemo(() => kindCounts(entries), [entries]);
  // A kind from a shared link that this list does not have (or no longer has) lists every kind.
  const kind = current.kind && kinds.some((k) => k.kind === current.kind) ? (current.kind as GapKind) : null;
  const unit = current.unitId;
  const lowConfidence = current.lowConfidence;
  const [limit, setLimit] = useState(PAGE);
  useEffect(() => setLimit(PAGE), [kind, unit, lowConfidence]);

  const explain = (gap: GapEntry['gaps'][number]) => (lang === 'et' ? gap.explanationEt : gap.explanation);
  const shown = useMemo(() => filterGapEntries(entries, { kind, unitId: unit, lowConfidence }), [entries, kind, unit, lowConfidence]);

  return (
    <div className="gap-list">
      <div className="gap-filters">
        <label htmlFor={`${ids}-kind`}>{t('coverage.filter.kind')}</label>
        <select id={`${ids}-kind`} value={kind ?? ''} onChange={(e) => change({ kind: (e.target.value || null) as GapKind | null })}>
          <option value="">{t('coverage.filter.allKinds')}</option>
          {kinds.map(({ kind: k, count }) => (
            <option key={k} value={k}>
              {t(`gap.kind.${k}`)} ({count})
            </option>
          ))}
        </select>
        <label htmlFor={`${ids}-unit`}>{t('coverage.filter.unit')}</label>
        <select id={`${ids}-unit`} value={unit ?? ''} onChange={(e) => change({ unitId: e.target.value || null })}>
          <option value="">{t('coverage.filter.allUnits')}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {'\u00a0\u00a0'.repeat(u.depth)}
              {u.name}
            </option>
          ))}
        </select>
        <label className="gap-filter-check" title={t('coverage.filter.lowConfidence.hint')}>
          <input type="checkbox" checked={lowConfidence} onChange={(e) => change({ lowConfidence: e.target.checked })} /> {t('coverage.filter.lowConfidence')}
        </label>
      </div>
      {shown.length === 0 ? (
        <p className="muted gap-list-empty">{entries.length ? t('coverage.noneFiltered') : t('coverage.none')}</p>
      ) : (
        <ul className="gap-items" aria-label={t('coverage.list')}>
          {shown.slice(0, limit).map((entry) => (
            <li key={entry.positionId} className={`gap-item${entry.positionId === selectedId ? ' is-selected' : ''}`}>
              <button type="button" className="gap-item-button" onClick={() => onChoose(entry.positionId)} aria-current={entry.positionId === selectedId || undefined}>
                <span className="gap-item-title">{entry.title}</span>
                <span className="gap-item-unit">{entry.place ?? entry.unitName ?? t('coverage.noUnit')}</span>
                {entry.lowConfidence && (
                  <span className="gap-row">
                    <span className="confidence-badge gap-item-confidence">⚠ {t('confidence.mark')}</span>
                    <span className="gap-explanation">{t('coverage.lowConfidence.note')}</span>
                  </span>
                )}
                {entry.gaps.map((gap, i) => (
                  <span key={`${gap.kind}-${i}`} className="gap-row">
                    <GapKindBadge kind={gap.kind} />
                    <span className="gap-explanation" title={explain(gap)}>
                      {explain(gap)}
                    </span>
                  </span>
                ))}
              </button>
            </li>
          ))}
        </ul>
      )}
      {shown.length > limit && (
        <button type="button" className="more-button" onClick={() => setLimit((n) => n + PAGE)}>
          {t('coverage.more', { count: shown.length - limit })}
        </button>
      )}
    </div>
  );
}
