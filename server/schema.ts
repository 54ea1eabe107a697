import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { NodeResolver } from './common/node.resolver.js';
import { OrganizationResolver } from './org/organization.resolver.js';
import { UnitResolver } from './org/unit.resolver.js';
import { PositionResolver } from './org/position.resolver.js';
import { SubstitutionEdgeResolver, SubstitutionResolver } from './substitution/substitution.resolver.js';
import { SearchResolver } from './search/search.resolver.js';
import { ImportResolver } from './imports/import.resolver.js';
import { CoverageResolver } from './coverage/coverage.resolver.js';
import { ReportingConflictResolver } from './org/reporting-conflict.resolver.js';
import { AccessResolver } from './access/access.resolver.js';
import { authChecker } from './access/auth-checker.js';
import { auditMutations } from './access/audit-mutations.js';
import { validateArgs } from './common/validate-args.js';

let built: Promise<GraphQLSchema> | null = null;

/** The GraphQL schema, built once from the resolver classes. */
export function graphqlSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [NodeResolver, OrganizationResolver, UnitResolver, PositionResolver, SubstitutionResolver, SubstitutionEdgeResolver, SearchResolver, ImportResolver, CoverageResolver, ReportingConflictResolver, AccessResolver],
    authChecker,
    validateFn: validateArgs,
    emitSchemaFile: false,
  }).then(describeRoots).then(auditMutations);
  return built;
}

/** The root types cannot be described through decorators; they are described here. */
function describeRoots(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = 'Reading the org graph: organisations, units, positions, their job descriptions and substitution lines.';
  if (mutation) mutation.description = 'Changing the org graph: importing job descriptions. Every mutation needs the hr role and is recorded in the audit log.';
  return schema;
}

/** The schema as SDL, sorted so that the committed file changes only when the API does. */
export async function schemaSdl(): Promise<string> {
  return printSchema(lexicographicSortSchema(await graphqlSchema())) + '\n';
}
