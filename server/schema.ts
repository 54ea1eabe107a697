import 'reflect-metadata';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { isObjectType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { NodeResolver } from './request/node.resolver.js';
import { OrganizationResolver } from './org/organization.resolver.js';
import { OrganizationLastImportResolver } from './org/last-import.resolver.js';
import { UnitResolver } from './org/unit.resolver.js';
import { PositionResolver } from './org/position.resolver.js';
import { DistinguishingPlaceResolver } from './org/distinguishing-place.resolver.js';
import { SubstitutionEdgeResolver, SubstitutionResolver } from './substitution/substitution.resolver.js';
import { SearchResolver } from './search/search.resolver.js';
import { ImportResolver } from './imports/import.resolver.js';
import { CoverageResolver } from './coverage/coverage.resolver.js';
import { CoverageReportResolver } from './coverage/coverage-report.resolver.js';
import { enforceListBounds } from './limits/list-bounds.js';
import { ReportingConflictResolver } from './org/reporting-conflict.resolver.js';
import { AccessResolver } from './access/access.resolver.js';
import { ReviewItemResolver } from './review/review.resolver.js';
import { authChecker } from './access/auth-checker.js';
import { auditMutations } from './access/audit-mutations.js';
import { validateArgs } from './common/validate-args.js';
import { CorrectionResolver, JobDescriptionCorrectionsResolver, PositionCorrectionsResolver } from './review/correction.resolver.js';

let built: Promise<GraphQLSchema> | null = null;

/** The GraphQL schema, built once from the resolver classes. */
export function graphqlSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [NodeResolver, OrganizationResolver, OrganizationLastImportResolver, UnitResolver, PositionResolver, DistinguishingPlaceResolver, SubstitutionResolver, SubstitutionEdgeResolver, SearchResolver, ImportResolver, CoverageResolver, CoverageReportResolver, ReportingConflictResolver, AccessResolver, CorrectionResolver, JobDescriptionCorrectionsResolver, PositionCorrectionsResolver, ReviewItemResolver],
    authChecker,
    validateFn: validateArgs,
    emitSchemaFile: false,
  })
    .then(describeRoots)
    .then(auditMutations)
    .then(unwrapPlainFields)
    .then(enforceListBounds);
  return built;
}

/** The root types cannot be described through decorators; they are described here. */
function describeRoots(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = 'Reading the org graph: organisations, units, positions, their job descriptions and substitution lines.';
  if (mutation) mutation.description = 'Changing the org graph: importing job descriptions, correcting their header fields, settling review items. Every mutation needs the hr role and is recorded in the audit log.';
  return schema;
}

/** The schema as SDL, sorted so that the committed file changes only when the API does. */
export async function schemaSdl(): Promise<string> {
  return printSchema(lexicographicSortSchema(await graphqlSchema())) + '\n';
}

/**
 * type-graphql wraps every property field in a resolver that runs its middlewares and role
 * checks; a field with neither only reads the property, as graphql-js's default resolver does
 * without the wrapper. A chart page reads thousands of such fields. Fields with roles
 * (`@PersonalData`) or middlewares keep their wrapper.
 */
function unwrapPlainFields(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const computed = new Set(storage.fieldResolvers.map((r) => `${r.getObjectType?.()?.name}.${r.methodName}`));
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    for (const field of objectType.fields ?? []) {
      const plain = !field.roles?.length && !field.middlewares?.length && field.name === field.schemaName && !computed.has(`${field.target.name}.${field.name}`);
      if (plain && fields[field.schemaName]) fields[field.schemaName].resolve = undefined;
    }
  }
  return schema;
}
