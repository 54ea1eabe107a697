import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { ChartMode } from '../../app/url-state';
import { absenceMarks, type AbsenceMark } from './absence-marks';
import { absenceImpactQuery, coverageOverviewQuery } from './coverage.queries';
import { gapMarks, type GapMark } from './gap-marks';

/** The organisation's gaps; the chart and the side list share the one request. */
export function useCoverageOverview(enabled: boolean) {
  const { data, loading, error, refetch } = useQuery(coverageOverviewQuery, { skip: !enabled });
  return { report: enabled ? (data?.coverage ?? null) : null, loading, error, refetch };
}

/**
 * The impact of the absent set. While the answer for a changed set is on its way the previous
 * one stays (see `absenceMarks`), so the chart does not flash.
 */
export function useAbsenceImpact(absentIds: readonly string[], escalate: boolean, enabled: boolean) {
  const active = enabled && absentIds.length > 0;
  const { data, previousData, loading, error, refetch } = useQuery(absenceImpactQuery, {
    variables: { absentPositionIds: [...absentIds], escalateToManager: escalate },
    skip: !active,
  });
  return { impact: active ? ((data ?? previousData)?.absenceImpact ?? null) : null, loading: active && loading, error, refetch };
}

export interface ModeMarks {
  gap: ReadonlyMap<string, GapMark> | null;
  absence: ReadonlyMap<string, AbsenceMark> | null;
}

/** How the current mode draws each position: by its worst gap, or by the absences. */
export function useModeMarks(mode: ChartMode, absentIds: readonly string[], escalate: boolean): ModeMarks {
  const { report } = useCoverageOverview(mode === 'coverage');
  const { impact } = useAbsenceImpact(absentIds, escalate, mode === 'absence');
  const gap = useMemo(() => (report ? gapMarks(report.positions) : null), [report]);
  const absence = useMemo(() => (mode === 'absence' ? absenceMarks(absentIds, impact) : null), [mode, absentIds, impact]);
  return useMemo(() => ({ gap, absence }), [gap, absence]);
}
