/**
 * Coverage queries: load the graph (the only SQL), run the pure analysis, and resolve the
 * ids in its results to entities in one batch per kind. The analysis checks the request's
 * deadline at every position, so a report the client no longer waits for stops part-way.
 */
import type { DataSource } from 'typeorm';
import type { Loaders } from '../request/loaders.js';
import type { Position } from '../org/position.entity.js';
import type { Unit } from '../org/unit.entity.js';
import { cachedCoverageGraph } from './graph-cache.js';
import { analyzeCoverage, absenceImpact, criticalPositions } from './index.js';
import type { SubstituteRef } from './model.js';
import type { AbsenceImpact, CoverageReport, CriticalPositions, GapKind } from './coverage.types.js';
import type { LineStatus, SubstituteKind } from '../substitution/substitution-edge.type.js';
import { Deadline } from '../limits/deadline.js';
import { restsOnLowConfidence } from './confidence.js';

export interface Scope {
  unitRowId: number | null;
  organizationRowId: number | null;
}

async function organizationOf(loaders: Loaders, scope: Scope): Promise<number | null> {
  if (scope.unitRowId) return (await loaders.unit.load(scope.unitRowId))?.organizationId ?? -1;
  return scope.organizationRowId;
}

async function entities<T>(loader: { loadMany(ids: readonly number[]): Promise<(T | Error | null)[]> }, ids: number[]): Promise<Map<number, T>> {
  const unique = [...new Set(ids)];
  const rows = await loader.loadMany(unique);
  return new Map(unique.flatMap((id, i) => (rows[i] && !(rows[i] instanceof Error) ? [[id, rows[i] as T]] : [])));
}

const refIds = (ref: SubstituteRef) => (ref.kind === 'POSITION' ? [ref.positionId] : []);

export async function coverageReport(
  dataSource: DataSource,
  loaders: Loaders,
  scope: Scope,
  options: { includeDescendants: boolean; overloadThreshold: number },
  deadline: Deadline = Deadline.none(),
): Promise<CoverageReport> {
  const { graph, derived } = await cachedCoverageGraph(dataSource, await organizationOf(loaders, scope));
  deadline.check();
  const key = JSON.stringify(['report', scope.unitRowId, options.includeDescendants, options.overloadThreshold]);
  const report = derived(key, () => analyzeCoverage(graph, { unitId: scope.unitRowId, ...options, tick: () => deadline.tick() }));
  const lowFields = new Map(graph.positions.map((p) => [p.id, p.lowConfidenceFields ?? []]));
  deadline.check();
  const positions = await entities<Position>(loaders.position, [
    ...report.positions.map((p) => p.positionId),
    ...report.positions.flatMap((p) => [...p.substitutes.flatMap((s) => refIds(s.ref)), ...p.gaps.flatMap((g) => g.relatedPositionIds)]),
  ]);
  const units = await entities<Unit>(loaders.unit, [
    ...report.units.flatMap((u) => (u.unitId ? [u.unitId] : [])),
    ...report.positions.flatMap((p) => p.substitutes.flatMap((s) => (s.ref.kind === 'GROUP' ? [s.ref.unitId] : []))),
  ]);
  const unitTotals = (u: (typeof report.units)[number]) => ({
    unit: u.unitId ? (units.get(u.unitId) ?? null) : null,
    positions: u.positions,
    coveredByTwoOrMore: u.coveredByTwoOrMore,
    coveredByOne: u.coveredByOne,
    uncovered: u.uncovered,
    gaps: u.gaps.map((g) => ({ kind: g.kind as GapKind, count: g.count })),
  });
  return {
    positions: report.positions.map((p) => ({
      position: positions.get(p.positionId)!,
      substitutes: p.substitutes.map((s) => {
        const position = s.ref.kind === 'POSITION' ? (positions.get(s.ref.positionId) ?? null) : null;
        return {
          kind: s.ref.kind as SubstituteKind,
          position,
          group: s.ref.kind === 'GROUP' ? (units.get(s.ref.unitId) ?? null) : null,
          label: position?.title ?? (s.ref.kind === 'POSITION' ? '' : s.ref.label),
          status: s.status as LineStatus,
          statedBySubstituted: s.statedBySubstituted,
          statedBySubstitute: s.statedBySubstitute,
        };
      }),
      substituteCount: p.substituteCount,
      gaps: p.gaps.map((g) => ({
        kind: g.kind as GapKind,
        // Written only if the query asks for them (see LazyGap).
        get explanation() {
          return g.explanation;
        },
        get explanationEt() {
          return g.explanationEt;
        },
        relatedPositions: g.relatedPositionIds.map((id) => positions.get(id)!).filter(Boolean),
      })),
      worstGap: p.worstGap as GapKind | null,
      score: p.score,
      lowConfidence: restsOnLowConfidence(p, (id) => lowFields.get(id) ?? []),
    })),
    units: report.units.map(unitTotals),
    totals: unitTotals(report.totals),
  };
}

export async function absenceReport(
  dataSource: DataSource,
  loaders: Loaders,
  absentRowIds: number[],
  escalateToManager: boolean,
  deadline: Deadline = Deadline.none(),
): Promise<AbsenceImpact> {
  const first = absentRowIds.length ? await loaders.position.load(absentRowIds[0]) : null;
  const { graph } = await cachedCoverageGraph(dataSource, first?.organizationId ?? null);
  deadline.check();
  const impact = absenceImpact(graph, absentRowIds, { escalateToManager, tick: () => deadline.tick() });
  deadline.check();
  const all = [...impact.uncovered, ...impact.fallBackToManager, ...impact.atRisk];
  const positions = await entities<Position>(loaders.position, [
    ...impact.absent,
    ...all.flatMap((e) => [e.positionId, ...e.unavailableSubstituteIds, ...(e.managerId ? [e.managerId] : [])]),
  ]);
  const entry = (e: (typeof all)[number]) => ({
    position: positions.get(e.positionId)!,
    absent: e.absent,
    unavailableSubstitutes: e.unavailableSubstituteIds.map((id) => positions.get(id)!).filter(Boolean),
    manager: e.managerId ? (positions.get(e.managerId) ?? null) : null,
    explanation: e.explanation,
    explanationEt: e.explanationEt,
  });
  return {
    absent: impact.absent.map((id) => positions.get(id)!).filter(Boolean),
    uncovered: impact.uncovered.map(entry),
    fallBackToManager: impact.fallBackToManager.map(entry),
    atRisk: impact.atRisk.map(entry),
  };
}

export async function criticalReport(dataSource: DataSource, loaders: Loaders, scope: Scope, limit: number, deadline: Deadline = Deadline.none()): Promise<CriticalPositions> {
  const { graph } = await cachedCoverageGraph(dataSource, await organizationOf(loaders, scope));
  deadline.check();
  const result = criticalPositions(graph, { unitId: scope.unitRowId, limit, tick: () => deadline.tick() });
  deadline.check();
  const positions = await entities<Position>(loaders.position, [
    ...result.positions.flatMap((p) => [p.positionId, ...p.dependentIds]),
    ...result.units.flatMap((u) => u.weakestPositionIds),
  ]);
  const units = await entities<Unit>(loaders.unit, result.units.map((u) => u.unitId));
  return {
    positions: result.positions.map((p) => ({
      position: positions.get(p.positionId)!,
      leavesUncovered: p.leavesUncovered,
      dependents: p.dependentIds.map((id) => positions.get(id)!),
    })),
    units: result.units.map((u) => ({
      unit: units.get(u.unitId)!,
      minimumAbsences: u.minimumAbsences,
      weakestPositions: u.weakestPositionIds.map((id) => positions.get(id)!),
    })),
  };
}
