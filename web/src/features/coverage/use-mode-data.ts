import { useApolloClient, useQuery } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CoverageOverviewQuery } from '../../gql/graphql';
import { useGraphVersion } from '../../app/graph-changes';
import type { ChartMode } from '../../app/url-state';
import { absenceMarks, type AbsenceMark } from './absence-marks';
import { absenceImpactQuery, coverageOverviewQuery } from './coverage.queries';
import { gapMarks, type GapMark } from './gap-marks';

type Report = CoverageOverviewQuery['coverage'];

const PAGE = 100;

/** The organisation's gaps and units, paged through whole; the chart and the side list share it. */
export function useCoverageOverview(enabled: boolean) {
  const client = useApolloClient();
  const [attempt, setAttempt] = useState(0);
  // A correction made here changes the gaps: fetched again, the previous report shown meanwhile.
  const version = useGraphVersion();
  const [state, setState] = useState<{ report: Report | null; loading: boolean; error: unknown }>({ report: null, loading: false, error: undefined });
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    setState((previous) => ({ ...previous, loading: true, error: undefined }));
    overview(client).then(
      (report) => !cancelled && setState({ report, loading: false, error: undefined }),
      (error: unknown) => !cancelled && setState({ report: null, loading: false, error }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, enabled, attempt, version]);
  const refetch = useCallback(() => setAttempt((n) => n + 1), []);
  return { report: enabled ? state.report : null, loading: state.loading, error: state.error, refetch };
}

/** Both lists a page at a time; a list that has ended answers no more after its last item. */
async function overview(client: ApolloClient): Promise<Report> {
  const positions: Report['positions'] = [];
  const units: Report['units'] = [];
  let after: string | null = null;
  let unitsAfter: string | null = null;
  for (;;) {
    const page: { data?: CoverageOverviewQuery } = await client.query({ query: coverageOverviewQuery, variables: { after, unitsAfter }, fetchPolicy: 'no-cache' });
    const coverage = page.data!.coverage;
    positions.push(...coverage.positions);
    units.push(...coverage.units);
    if (positions.length) after = positions[positions.length - 1].position.id;
    const lastUnit = units[units.length - 1]?.unit;
    if (lastUnit) unitsAfter = lastUnit.id;
    if (coverage.positions.length < PAGE && coverage.units.length < PAGE) break;
  }
  return { positions, units };
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
