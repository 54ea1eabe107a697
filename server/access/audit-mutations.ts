/**
 * Every mutation is recorded in the audit log, whichever resolver implements it: the Mutation
 * type's resolvers are wrapped once, when the schema is built. A resolver may describe what it
 * did in `context.auditSummary`; refused attempts (FORBIDDEN) change nothing and are not recorded.
 */
import type { GraphQLSchema } from 'graphql';
import type { Context } from '../request/context.js';
import { actorFromAccess, recordAudit } from './audit.service.js';
import { ForbiddenError } from './errors.js';

export function auditMutations(schema: GraphQLSchema): GraphQLSchema {
  const mutation = schema.getMutationType();
  for (const field of Object.values(mutation?.getFields() ?? {})) {
    const resolve = field.resolve;
    if (!resolve) continue;
    field.resolve = async (root, args, context: Context, info) => {
      context.auditSummary = undefined;
      try {
        const result = await resolve(root, args, context, info);
        await recordAudit(context.dataSource, actorFromAccess(context.access), info.fieldName, context.auditSummary ?? 'done', isOk(result));
        return result;
      } catch (error) {
        if (!(error instanceof ForbiddenError)) {
          const reason = error instanceof Error ? error.message.split('\n')[0].slice(0, 300) : String(error);
          await recordAudit(context.dataSource, actorFromAccess(context.access), info.fieldName, `failed: ${reason}`, false).catch(() => {});
        }
        throw error;
      }
    };
  }
  return schema;
}

/** A payload with `ok: false` reports a change that was not made. */
function isOk(result: unknown): boolean {
  return !(result && typeof result === 'object' && 'ok' in result && (result as { ok: unknown }).ok === false);
}
