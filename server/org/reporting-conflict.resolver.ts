import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../request/context.js';
import { rowId } from '../common/node.js';
import { Position } from './position.entity.js';
import { ReportingConflict } from './reporting-conflict.entity.js';
import { FirstArg } from '../common/connection.js';
import { pagedList } from '../limits/cost.js';

@Resolver(() => ReportingConflict)
export class ReportingConflictResolver {
  @Query(() => [ReportingConflict], { description: 'Reporting lines the managers’ "Alluvad" lists and the subordinates’ own documents disagree on, the first `first`.', complexity: pagedList })
  reportingConflicts(
    @Arg('organizationId', () => ID, { nullable: true, description: 'Only this organisation.' }) organizationId: string | null,
    @FirstArg('conflicts') first: number,
    @Ctx() { dataSource }: Context,
  ) {
    const organization = organizationId ? (rowId(organizationId, 'Organization') ?? -1) : null;
    return dataSource.getRepository(ReportingConflict).find({ where: organization ? { organizationId: organization } : {}, order: { rowId: 'ASC' }, take: first });
  }

  @FieldResolver(() => Position, { description: 'The position whose manager is in dispute.' })
  async subordinate(@Root() conflict: ReportingConflict, @Ctx() { loaders }: Context) {
    return loaders.position.load(conflict.subordinateId);
  }

  @FieldResolver(() => Position, { description: 'The manager whose "Alluvad" list names the position (or whom the position names, for MANAGER_DOES_NOT_LIST_SUBORDINATE).' })
  async claimedManager(@Root() conflict: ReportingConflict, @Ctx() { loaders }: Context) {
    return loaders.position.load(conflict.claimedManagerId);
  }

  @FieldResolver(() => Position, { nullable: true, description: 'The manager the position’s own document names, if any.' })
  statedManager(@Root() conflict: ReportingConflict, @Ctx() { loaders }: Context) {
    return conflict.statedManagerId ? loaders.position.load(conflict.statedManagerId) : null;
  }
}
