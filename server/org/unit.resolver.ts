import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../common/context.js';
import { rowId } from '../common/node.js';
import { asksFor } from '../common/selection.js';
import { Organization } from './organization.entity.js';
import { Position } from './position.entity.js';
import { Unit } from './unit.entity.js';
import { UnitAlias } from './unit-alias.entity.js';
import { listUnits, positionCountsByUnit } from './org.service.js';

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => [Unit], { description: 'Every unit, top departments first; optionally of one organisation.' })
  async units(
    @Arg('organizationId', () => ID, { nullable: true, description: 'Only units of this organisation.' }) organizationId: string | null,
    @Ctx() { dataSource, loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const organization = organizationId ? (rowId(organizationId, 'Organization') ?? -1) : null;
    const units = await listUnits(dataSource, organization);
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

  @FieldResolver(() => [Unit], { description: 'Units directly below this one.' })
  children(@Root() unit: Unit, @Ctx() { loaders }: Context) {
    return loaders.unitsByParent.load(unit.rowId);
  }

  @FieldResolver(() => [Position], { description: 'Positions directly in this unit (not in its sub-units), documented first.' })
  positions(@Root() unit: Unit, @Ctx() { loaders }: Context) {
    return loaders.positionsByUnit.load(unit.rowId);
  }

  @FieldResolver(() => [UnitAlias], { description: 'Other spellings of the name found in documents and merged into this unit.' })
  aliases(@Root() unit: Unit, @Ctx() { loaders }: Context) {
    return loaders.aliasesByUnit.load(unit.rowId);
  }

  @FieldResolver(() => Int, { description: 'Number of positions directly in this unit.' })
  positionCount(@Root() unit: Unit, @Ctx() { loaders }: Context) {
    return loaders.known.positionCounts.get(unit.rowId) ?? loaders.positionCountByUnit.load(unit.rowId);
  }
}
