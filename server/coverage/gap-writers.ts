/**
 * How each gap kind writes its explanation from what its rule kept (see `LazyGap`): plain
 * functions, run only when a gap's sentences are read.
 */
import { cycleFrom, type ChainCycle } from './chains.js';
import { explain, type Bi, type Namer } from './explanations.js';
import type { PositionId, UnitId } from './model.js';
import type { Shortfall } from './qualifications.js';
import { coveringGroups, type EffectiveSubstitutes, type GroupMembers } from './substitutes.js';

const positionBi = (names: Namer, positionId: PositionId): Bi => names.bi({ kind: 'POSITION', positionId });
const groupBi = (names: Namer, group: { unitId: UnitId; label: string }): Bi => names.bi({ kind: 'GROUP', unitId: group.unitId, label: group.label });
const placeholderBi = (names: Namer, label: string): Bi => names.bi({ kind: 'PLACEHOLDER', label });

/** A substitute in another department: a named position or a covering group. */
export interface Crossing {
  positionId: PositionId | null;
  group: GroupMembers | null;
  department: UnitId;
}

export const write = {
  noSubstitute: (names: Namer, p: PositionId, _related: PositionId[], emptyGroups: GroupMembers[]) => explain.noSubstitute(names, p, emptyGroups),
  /** The one substitute is a position or, failing that, a placeholder's label. */
  singleSubstitute: (names: Namer, p: PositionId, _related: PositionId[], substitute: PositionId | string) =>
    explain.singleSubstitute(names, p, typeof substitute === 'number' ? positionBi(names, substitute) : placeholderBi(names, substitute)),
  onlyUndocumented: (names: Namer, p: PositionId, _related: PositionId[], substitutes: EffectiveSubstitutes) =>
    explain.onlyUndocumented(names, p, [
      ...substitutes.positions.map((id) => positionBi(names, id)),
      ...coveringGroups(substitutes).map((group) => groupBi(names, group)),
      ...substitutes.placeholders.map((label) => placeholderBi(names, label)),
    ]),
  mutualPairOnly: (names: Namer, p: PositionId, related: PositionId[]) => explain.mutualPairOnly(names, p, related[0]),
  managerOnly: (names: Namer, p: PositionId, related: PositionId[]) => explain.managerOnly(names, p, related[0]),
  overloaded: (names: Namer, p: PositionId, related: PositionId[], threshold: number) => explain.overloaded(names, p, related, threshold),
  crossUnit: (names: Namer, p: PositionId, _related: PositionId[], { department, crossing }: { department: UnitId; crossing: Crossing[] }) =>
    explain.crossUnit(
      names,
      p,
      department,
      crossing.map((c) => ({ name: c.group ? groupBi(names, c.group) : positionBi(names, c.positionId!), department: c.department })),
    ),
  qualificationMismatch: (names: Namer, p: PositionId, _related: PositionId[], falling: { positionId: PositionId; shortfalls: Shortfall[] }[]) =>
    explain.qualificationMismatch(names, p, falling),
  chainCycle: (names: Namer, p: PositionId, _related: PositionId[], cycle: ChainCycle) => explain.chainCycle(names, cycleFrom(cycle, p)),
  vacantSubstitute: (names: Namer, p: PositionId, _related: PositionId[], { vacant, groups }: { vacant: PositionId[]; groups: GroupMembers[] }) =>
    explain.vacantSubstitute(names, p, [...vacant.map((id) => positionBi(names, id)), ...groups.map((group) => groupBi(names, group))]),
};
