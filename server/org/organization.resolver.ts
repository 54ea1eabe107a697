import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { AfterArg, FirstArg, listPage } from '../common/connection.js';
import { pagedList } from '../limits/cost.js';
import type { Context } from '../request/context.js';
import { Organization } from './organization.entity.js';
import { Unit } from './unit.entity.js';
import { listOrganizations } from './org.service.js';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => [Organization], { description: 'The organisations with imported job descriptions, by name.', complexity: pagedList })
  async organizations(@FirstArg('organisations', 10) first: number, @Ctx() { dataSource }: Context) {
    return (await listOrganizations(dataSource)).slice(0, first);
  }

  @FieldResolver(() => [Unit], { description: 'The top units (departments) of the organisation, a page at a time.', complexity: pagedList })
  async topUnits(@Root() organization: Organization, @FirstArg('units') first: number, @AfterArg('units') after: string | null, @Ctx() { loaders }: Context) {
    return listPage(await loaders.topUnitsByOrganization.load(organization.rowId), first, after, (unit) => unit.id);
  }

  @FieldResolver(() => [Unit], { description: 'The units of the organisation, top departments first, a page at a time.', complexity: pagedList })
  async units(@Root() organization: Organization, @FirstArg('units') first: number, @AfterArg('units') after: string | null, @Ctx() { loaders }: Context) {
    return listPage(await loaders.unitsByOrganization.load(organization.rowId), first, after, (unit) => unit.id);
  }
}
