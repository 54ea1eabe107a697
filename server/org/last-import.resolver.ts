import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../request/context.js';
import { lastImportLoader } from './last-import.js';
import { Organization } from './organization.entity.js';

/** One loader per request, kept beside the request's context rather than in the shared loaders. */
const loaders = new WeakMap<Context, DataLoader<number, Date | null>>();

@Resolver(() => Organization)
export class OrganizationLastImportResolver {
  @FieldResolver(() => Date, {
    nullable: true,
    description: 'When its job descriptions were last imported: the date of the data the chart and its exports show; null before any document is imported.',
  })
  lastImportedAt(@Root() organization: Organization, @Ctx() context: Context): Promise<Date | null> {
    let loader = loaders.get(context);
    if (!loader) loaders.set(context, (loader = lastImportLoader(context.dataSource)));
    return loader.load(organization.rowId);
  }
}
