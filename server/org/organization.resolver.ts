import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../common/context.js';
import { Organization } from './organization.entity.js';
import { Unit } from './unit.entity.js';
import { listOrganizations } from './org.service.js';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => [Organization], { description: 'Every organisation with imported job descriptions, by name.' })
  organizations(@Ctx() { dataSource }: Context) {
    return listOrganizations(dataSource);
  }

  @FieldResolver(() => [Unit], { description: 'The top units (departments) of the organisation.' })
  topUnits(@Root() organization: Organization, @Ctx() { loaders }: Context) {
    return loaders.topUnitsByOrganization.load(organization.rowId);
  }

  @FieldResolver(() => [Unit], { description: 'Every unit of the organisation, top departments first.' })
  units(@Root() organization: Organization, @Ctx() { loaders }: Context) {
    return loaders.unitsByOrganization.load(organization.rowId);
  }
}
