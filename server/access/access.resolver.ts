import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../request/context.js';
import { AccessInfo, AuditEntryConnection, AuditLogArgs } from './access.types.js';
import { listAudit } from './audit.service.js';
import { pagedList } from '../limits/cost.js';
import { RequiresRole } from './auth-checker.js';
import { hasRole, RoleName } from './roles.js';

@Resolver()
export class AccessResolver {
  @Query(() => AccessInfo, { description: 'The role this request has, so that a client can tell what it will be shown.' })
  currentAccess(@Ctx() { access }: Context): AccessInfo {
    return { role: access.role as RoleName, tokenName: access.tokenName, canReadPersonalData: hasRole(access.role, 'hr') };
  }

  @Query(() => AuditEntryConnection, { nullable: true, description: 'The audit log, newest first: every mutation, upload and token change. Needs the admin role.', complexity: pagedList })
  @RequiresRole('admin')
  auditLog(@Args(() => AuditLogArgs) { first, after }: AuditLogArgs, @Ctx() { dataSource }: Context) {
    return listAudit(dataSource, first, after ?? null);
  }
}
