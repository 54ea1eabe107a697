import { Arg, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { AfterArg, FirstArg, listPage } from '../common/connection.js';
import { pagedList } from '../limits/cost.js';
import { CoverageReport, PositionCoverage, UnitCoverage } from './coverage.types.js';

/** A coverage report is computed whole; its lists are answered a page at a time. */
@Resolver(() => CoverageReport)
export class CoverageReportResolver {
  @FieldResolver(() => [PositionCoverage], { description: 'The positions in scope, a page at a time.', complexity: pagedList })
  positions(
    @Root() report: CoverageReport,
    @FirstArg('positions') first: number,
    @AfterArg('positions (a position’s ID)') after: string | null,
    @Arg('positionId', () => ID, { nullable: true, description: 'Only this position’s entry (none when it is not in scope).' }) positionId: string | null,
    @Arg('lowConfidence', () => Boolean, { defaultValue: false, description: 'Only positions whose substitution lines rest on a header field read with low confidence (see `PositionCoverage.lowConfidence`).' })
    lowConfidence: boolean,
  ) {
    const entries = report.positions.filter((entry) => (!positionId || entry.position.id === positionId) && (!lowConfidence || entry.lowConfidence));
    return listPage(entries, first, after, (entry) => entry.position.id);
  }

  @FieldResolver(() => [UnitCoverage], { description: 'The scope unit and each unit below it (or every unit), a page at a time.', complexity: pagedList })
  units(@Root() report: CoverageReport, @FirstArg('units') first: number, @AfterArg('units (a unit’s ID)') after: string | null) {
    return listPage(report.units, first, after, (entry) => entry.unit?.id ?? '');
  }
}
