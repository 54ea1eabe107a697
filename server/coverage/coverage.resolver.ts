import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../request/context.js';
import { existingRowId } from '../common/bad-input.js';
import { rowId } from '../common/node.js';
import type { Loaders } from '../request/loaders.js';
import { AbsenceImpact, CoverageReport, CriticalPositions } from './coverage.types.js';
import { absenceReport, coverageReport, criticalReport, type Scope } from './coverage.service.js';

/** The scope of a report; an ID that names no unit or organisation is the client's mistake (BAD_USER_INPUT). */
async function scopeOf(loaders: Loaders, unitId: string | null | undefined, organizationId: string | null | undefined): Promise<Scope> {
  return {
    unitRowId: unitId ? await existingRowId('unitId', unitId, 'Unit', (id) => loaders.unit.load(id)) : null,
    organizationRowId: organizationId ? await existingRowId('organizationId', organizationId, 'Organization', (id) => loaders.organization.load(id)) : null,
  };
}

@Resolver()
export class CoverageResolver {
  @Query(() => CoverageReport, {
    description:
      'Substitution coverage: per position its substitutes (a position’s substitutes are those its "Kes asendab" list names plus those whose "Keda asendab" list names it), its gaps and a score; per unit the totals. Lines are confirmed when both documents state them, unconfirmed when the other side has no document, contradicted when the other side’s document exists and does not state them.',
  })
  async coverage(
    @Arg('unitId', () => ID, { nullable: true, description: 'The unit to report on; the whole organisation (or every organisation) when omitted.' }) unitId: string | null,
    @Arg('organizationId', () => ID, { nullable: true, description: 'Without `unitId`: only this organisation.' }) organizationId: string | null,
    @Arg('includeDescendants', () => Boolean, { defaultValue: true, description: 'Include positions of the units below `unitId`.' }) includeDescendants: boolean,
    @Arg('overloadThreshold', () => Int, { defaultValue: 3, description: 'A position that stands in for more than this many others is overloaded.' }) overloadThreshold: number,
    @Ctx() { dataSource, loaders, deadline }: Context,
  ) {
    const scope = await scopeOf(loaders, unitId, organizationId);
    return coverageReport(dataSource, loaders, scope, { includeDescendants, overloadThreshold: Math.max(0, overloadThreshold) }, deadline);
  }

  @Query(() => AbsenceImpact, { description: 'What happens when these positions are away at once: who is left uncovered, who falls back to a manager, who is left without a stand-in.' })
  absenceImpact(
    @Arg('absentPositionIds', () => [ID], { description: 'The positions away at the same time.' }) absentPositionIds: string[],
    @Arg('escalateToManager', () => Boolean, { defaultValue: false, description: 'When no substitute is available, the present direct manager takes over.' }) escalateToManager: boolean,
    @Ctx() { dataSource, loaders, deadline }: Context,
  ) {
    const ids = absentPositionIds.slice(0, 10_000).flatMap((id) => {
      const row = rowId(id, 'Position');
      return row ? [row] : [];
    });
    return absenceReport(dataSource, loaders, ids, escalateToManager, deadline);
  }

  @Query(() => CriticalPositions, { description: 'Single points of failure: positions whose absence alone leaves others uncovered, and how many absences each unit withstands.' })
  async criticalPositions(
    @Arg('unitId', () => ID, { nullable: true, description: 'The unit to look at (its sub-units included); the whole organisation when omitted.' }) unitId: string | null,
    @Arg('organizationId', () => ID, { nullable: true, description: 'Without `unitId`: only this organisation.' }) organizationId: string | null,
    @Arg('limit', () => Int, { defaultValue: 10, description: 'How many critical positions to return (1–100).' }) limit: number,
    @Ctx() { dataSource, loaders, deadline }: Context,
  ) {
    const scope = await scopeOf(loaders, unitId, organizationId);
    return criticalReport(dataSource, loaders, scope, limit, deadline);
  }
}
