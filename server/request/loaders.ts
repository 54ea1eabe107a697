/**
 * The batch loaders of one request: each relation the API serves, read by key in one statement per
 * batch (no N+1), and what the request has already read.
 */
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { byId, countBy, groupedBy, MAX_BATCH } from '../common/loaders.js';
import type { ReadOptions } from '../common/row-reader.js';
import { Organization } from '../org/organization.entity.js';
import { Unit } from '../org/unit.entity.js';
import { UnitAlias } from '../org/unit-alias.entity.js';
import { Position } from '../org/position.entity.js';
import { JobDescription } from '../description/job-description.entity.js';
import { SubstitutionLine } from '../substitution/substitution-line.entity.js';
import { ReviewItem } from '../review/review-item.entity.js';
import { FieldCorrection } from '../review/correction.entity.js';
import { distinguishingPlaceLoader } from '../org/distinguishing-place.loader.js';

export { MAX_BATCH };

/** A substitution line with what its edges show of the position on the other end (null for a group or placeholder). */
export type LineWithEnd = SubstitutionLine & { endTitle: string | null; endDocumented: boolean | null };

const lineEnd = (on: 'substituteId' | 'substitutedId'): ReadOptions['join'] => ({ entity: Position, on, columns: { endTitle: 'title', endDocumented: 'documented' } });

/** This request's loaders; `batch`: most ids one statement binds. */
export function createLoaders(dataSource: DataSource, batch = MAX_BATCH) {
  return {
    organization: byId(dataSource, Organization, batch),
    unit: byId(dataSource, Unit, batch),
    position: byId(dataSource, Position, batch),
    jobDescription: byId(dataSource, JobDescription, batch),
    reviewItem: byId(dataSource, ReviewItem, batch),
    correction: byId(dataSource, FieldCorrection, batch),
    // Ties end in id order, so that every query (and every server process) lists them alike.
    unitsByParent: groupedBy(dataSource, Unit, 'parentId', { order: { name: 'ASC', rowId: 'ASC' } }, batch),
    unitsByOrganization: groupedBy(dataSource, Unit, 'organizationId', { order: { depth: 'ASC', name: 'ASC', rowId: 'ASC' } }, batch),
    topUnitsByOrganization: groupedBy(dataSource, Unit, 'organizationId', { order: { depth: 'ASC', name: 'ASC', rowId: 'ASC' }, nullColumn: 'parentId' }, batch),
    aliasesByUnit: groupedBy(dataSource, UnitAlias, 'unitId', { order: { name: 'ASC', rowId: 'ASC' } }, batch),
    positionsByUnit: groupedBy(dataSource, Position, 'unitId', { order: { documented: 'ASC', title: 'ASC', rowId: 'ASC' } }, batch),
    positionCountByUnit: new DataLoader<number, number>(async (ids) => {
      const counts = await countBy(dataSource, Position, 'unitId', ids);
      return ids.map((id) => counts.get(id)!);
    }, { maxBatchSize: batch }),
    distinguishingPlace: distinguishingPlaceLoader(dataSource, batch),
    reportsByManager: groupedBy(dataSource, Position, 'managerId', { order: { title: 'ASC', rowId: 'ASC' } }, batch),
    // Each line with the title and documented flag of its other end, which every edge shows.
    linesBySubstituted: groupedBy<LineWithEnd>(dataSource, SubstitutionLine, 'substitutedId', { order: { rowId: 'ASC' }, join: lineEnd('substituteId') }, batch),
    linesBySubstitute: groupedBy<LineWithEnd>(dataSource, SubstitutionLine, 'substituteId', { order: { rowId: 'ASC' }, join: lineEnd('substitutedId') }, batch),
    correctionsByJobDescription: groupedBy(dataSource, FieldCorrection, 'jobDescriptionId', { order: { rowId: 'ASC' } }, batch),
    /**
     * What this request has already read, for resolvers to answer at once: a list of thousands of
     * units, or a page of positions with their substitutes, then completes without a promise (and
     * its garbage) per item.
     */
    known: { units: new Map<number, Unit>(), positionCounts: new Map<number, number>(), linesBySubstituted: new Map<number, LineWithEnd[]>() },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Reads the substitution lines into these positions ahead, for their `substitutes` to answer at once. */
export async function readLinesAhead(loaders: Loaders, positionRowIds: number[]): Promise<void> {
  const lists = await loaders.linesBySubstituted.loadMany(positionRowIds);
  positionRowIds.forEach((id, i) => {
    const lines = lists[i];
    if (Array.isArray(lines)) loaders.known.linesBySubstituted.set(id, lines);
  });
}
