import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../request/context.js';
import { readLinesAhead } from '../request/loaders.js';
import { rowId } from '../common/node.js';
import { asksFor, related } from '../common/selection.js';
import { JobDescription } from '../description/job-description.entity.js';
import { Organization } from './organization.entity.js';
import { Position } from './position.entity.js';
import { Unit } from './unit.entity.js';
import { PositionConnection, PositionsArgs } from './position.types.js';
import { listPositions, reportingChain } from './org.service.js';
import { PersonalData } from '../access/auth-checker.js';
import { AfterArg, FirstArg, listPage } from '../common/connection.js';
import { boundedList, pagedList } from '../limits/cost.js';
import { LIST_BOUNDS } from '../limits/limits.js';

@Resolver(() => Position)
export class PositionResolver {
  @Query(() => PositionConnection, { description: 'Positions, filtered and paged, in a stable order.', complexity: pagedList })
  async positions(@Args(() => PositionsArgs) { filter, first, after }: PositionsArgs, @Ctx() { dataSource, loaders }: Context, @Info() info: GraphQLResolveInfo) {
    const unitRowId = filter?.unitId ? (rowId(filter.unitId, 'Unit') ?? -1) : null;
    const page = await listPositions(dataSource, { ...filter, unitRowId }, first, after ?? null);
    // The chart asks every position of a page for its substitutes.
    if (asksFor(info, 'nodes.substitutes') || asksFor(info, 'edges.node.substitutes')) await readLinesAhead(loaders, page.nodes.map((p) => p.rowId));
    return page;
  }

  @Query(() => Position, { nullable: true, description: 'One position by ID; null when there is none.' })
  position(@Arg('id', () => ID, { description: 'ID of the position.' }) id: string, @Ctx() { loaders }: Context) {
    const row = rowId(id, 'Position');
    return row ? loaders.position.load(row) : null;
  }

  @FieldResolver(() => Organization, { description: 'The organisation the position belongs to.' })
  async organization(@Root() position: Position, @Ctx() { loaders }: Context) {
    return loaders.organization.load(position.organizationId);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The unit the position sits in; null for positions at the top of the organisation.' })
  unit(@Root() position: Position, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, Unit, loaders.unit, position.unitId);
  }

  @FieldResolver(() => Position, { nullable: true, description: 'Direct manager (vahetu juht), as the position’s own document names it.' })
  manager(@Root() position: Position, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    return related(info, Position, loaders.position, position.managerId);
  }

  @FieldResolver(() => [Position], { description: 'Positions whose direct manager this position is (alluvad), a page at a time.', complexity: pagedList })
  async reports(@Root() position: Position, @FirstArg('positions') first: number, @AfterArg('positions') after: string | null, @Ctx() { loaders }: Context) {
    return listPage(await loaders.reportsByManager.load(position.rowId), first, after, (report) => report.id);
  }

  @FieldResolver(() => [Position], { description: `The manager, the manager’s manager, and so on up to the top (the first ${LIST_BOUNDS.reportingChain}).`, complexity: boundedList(LIST_BOUNDS.reportingChain) })
  reportingChain(@Root() position: Position, @Ctx() { loaders }: Context) {
    return reportingChain(loaders, position, LIST_BOUNDS.reportingChain);
  }

  @FieldResolver(() => JobDescription, { nullable: true, description: 'The job description (ametijuhend); null for undocumented positions.' })
  jobDescription(@Root() position: Position, @Ctx() { loaders }: Context) {
    return position.jobDescriptionId ? loaders.jobDescription.load(position.jobDescriptionId) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Name of the employee who signed the job description. Personal data: null with a FORBIDDEN error below the hr role.' })
  @PersonalData()
  holder(@Root() position: Position) {
    return position.holderName;
  }
}
