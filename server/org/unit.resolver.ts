import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../request/context.js';
import { rowId } from '../common/node.js';
import { asksFor } from '../common/selection.js';
import { AfterArg, FirstArg, listPage } from '../common/connection.js';
import { boundedList, pagedList } from '../limits/cost.js';
import { LIST_BOUNDS } from '../limits/limits.js';
import { Organization } from './organization.entity.js';
import { Position } from './position.entity.js';
import { Unit } from './unit.entity.js';
import { UnitAlias } from './unit-alias.entity.js';
import { listUnits, positionCountsByUnit } from './org.service.js';

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => [Unit], { description: 'The units, top departments first, a page at a time; optionally of one organisation.', complexity: pagedList })
  async units(
    @Arg('organizationId', () => ID, { nullable: true, description: 'Only units of this organisation.' }) organizationId: string | null,
    @FirstArg('units') first: number,
    @AfterArg('units') after: string | null,
    @Ctx() { dataSource, loaders, deadline }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const organization = organizationId ? (rowId(organizationId, 'Organization') ?? -1) : null;
    const units = listPage(await listUnits(dataSource, organization), first, after, (unit) => unit.id);
    deadline.check();
    // Their parents are among them (same organisation), and their counts come in one statement:
    // `parent` and `positionCount` then answer at once.
    for (const unit of units) loaders.known.units.set(unit.rowId, unit);
    if (asksFor(info, 'positionCount')) {
      const counts = await positionCountsByUnit(dataSource, organization);
      for (const unit of units) loaders.known.positionCounts.set(unit.rowId, counts.get(unit.rowId) ?? 0);
    }
    return units;
  }

  @Query(() => Unit, { nullable: true, description: 'One unit by ID; null when there is none.' })
  unit(@Arg('id', () => ID, { description: 'ID of the unit.' }) id: string, @Ctx() { loaders }: Context) {
    const row = rowId(id, 'Unit');
    return row ? loaders.unit.load(row) : null;
  }

  @FieldResolver(() => Organization, { description: 'The organisation the unit belongs to.' })
  async organization(@Root() unit: Unit, @Ctx() { loaders }: Context) {
    return loaders.organization.load(unit.organizationId);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The unit this one is part of; null for a top department.' })
  parent(@Root() unit: Unit, @Ctx() { loaders }: Context) {
    if (!unit.parentId) return null;
    return loaders.known.units.get(unit.parentId) ?? loaders.unit.load(unit.parentId);
  }

  @FieldResolver(() => [Unit], { description: 'Units directly below this one, a page at a time.', complexity: pagedList })
  async children(@Root() unit: Unit, @FirstArg('units') first: number, @AfterArg('units') after: string | null, @Ctx() { loaders }: Context) {
    return listPage(await loaders.unitsByParent.load(unit.rowId), first, after, (child) => child.id);
  }

  @FieldResolver(() => [Position], { description: 'Positions directly in this unit (not in its sub-units), documented first, a page at a time.', complexity: pagedList })
  async positions(@Root() unit: Unit, @FirstArg('positions') first: number, @AfterArg('positions') after: string | null, @Ctx() { loaders }: Context) {
    return listPage(await loaders.positionsByUnit.load(unit.rowId), first, after, (position) => position.id);
  }

  @FieldResolver(() => [UnitAlias], { description: `Other spellings of the name found in documents and merged into this unit (the first ${LIST_BOUNDS.aliases}).`, complexity: boundedList(LIST_BOUNDS.aliases) })
  aliases(@Root() unit: Unit, @Ctx() { loaders }: Context) {
    return loaders.aliasesByUnit.load(unit.rowId);
  }

  @FieldResolver(() => Int, { description: 'Number of positions directly in this unit.' })
  positionCount(@Root() unit: Unit, @Ctx() { loaders }: Context) {
    return loaders.known.positionCounts.get(unit.rowId) ?? loaders.positionCountByUnit.load(unit.rowId);
  }
}
