import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { PAGE_RANGE } from '../limits/cost.js';
import { LIMITS } from '../limits/limits.js';
import { Connection } from '../common/connection.js';
import { AuditEntry } from './audit-entry.entity.js';
import { RoleName } from './roles.js';

@ObjectType({ description: 'Who the server takes the request to come from.' })
export class AccessInfo {
  @Field(() => RoleName, { description: 'The role the request has: its token’s, or the anonymous role when it has none.' })
  role: RoleName;

  @Field(() => String, { nullable: true, description: 'The name of the token the request came with; null without a token.' })
  tokenName: string | null;

  @Field(() => Boolean, { description: 'True when the request may read personal data (the hr role or above).' })
  canReadPersonalData: boolean;
}

@ArgsType()
export class AuditLogArgs {
  // Its range, like every page size's, is checked with the query's cost (server/limits/cost.ts).
  @Field(() => Int, { defaultValue: 50, description: `How many entries to return (${PAGE_RANGE}).` })
  first: number;

  @Field(() => String, { nullable: true, description: `Return entries after (older than) this cursor (at most ${LIMITS.cursorLength} characters).` })
  @IsOptional()
  after?: string | null;
}

@ObjectType({ description: 'A page of the audit log, newest first.' })
export class AuditEntryConnection extends Connection(AuditEntry, 'AuditEntry', 'audit entries') {}
