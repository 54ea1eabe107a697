/**
 * Every ```graphql example in README.md, sent as written to a real server holding the samples: each
 * must be valid, fit the query limits (its cost counted as the server counts it) and answer without
 * errors, so that the documentation cannot drift from the schema or the limits.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Kind, parse, validate, specifiedRules, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlSchema } from '../../server/schema.js';
import { queryLimits } from '../../server/limits/armor.js';
import { queryCost } from '../../server/limits/cost.js';
import { LIMITS } from '../../server/limits/limits.js';
import { startTestServer, type TestServer } from './server.js';
import { toGlobalId } from '../../server/common/node.js';

const README = fileURLToPath(new URL('../../README.md', import.meta.url));

/** The text of each ```graphql block, with the line it starts on (to name it). */
function graphqlBlocks(markdown: string): { line: number; text: string }[] {
  return [...markdown.matchAll(/^[ \t]*```graphql[ \t]*\n([\s\S]*?)^[ \t]*```/gm)].map((match) => ({
    line: markdown.slice(0, match.index).split('\n').length,
    text: match[1],
  }));
}

/**
 * Variables for the examples that declare some, by operation name: values a reader would pass.
 * An example with a required variable missing here fails, saying which.
 */
const VARIABLES: Record<string, Record<string, unknown>> = {
  // The first sample imported: its "Keda asendab" does not read "Nõunik", so the correction is made (checked below: ok).
  CorrectSubstitutes: { jobDescriptionId: toGlobalId('JobDescription', 1) },
};

const examples = graphqlBlocks(readFileSync(README, 'utf8'));

let server: TestServer;
let adminToken: string;
beforeAll(async () => {
  server = await startTestServer();
  // An admin reads everything the examples show (the audit log included).
  adminToken = await server.createToken('admin', 'readme examples');
});
afterAll(() => server?.close());

describe('the GraphQL examples of README.md', () => {
  it('are found', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples.map((example) => [`README.md:${example.line}`, example] as const))('%s is valid, fits the limits and answers without errors', async (_, { text }) => {
    const schema = await graphqlSchema();
    const { validationRules, parseOptions } = queryLimits();
    const document = parse(text, parseOptions);
    expect(validate(schema, document, [...specifiedRules, ...validationRules]).map((e) => e.message)).toEqual([]);

    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    for (const operation of operations) {
      const name = operation.name?.value;
      const variables = (name && VARIABLES[name]) || {};
      const missing = (operation.variableDefinitions ?? []).filter((v) => v.type.kind === Kind.NON_NULL_TYPE && !(v.variable.name.value in variables) && !v.defaultValue);
      expect(missing.map((v) => v.variable.name.value), `variables for ${name ?? 'the example'} (add them to VARIABLES)`).toEqual([]);

      expect(queryCost(schema, document, variables, name)).toBeLessThanOrEqual(LIMITS.cost);
      const response = await server.post({ query: text, variables, operationName: name }, { token: adminToken });
      const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
      expect(body.errors?.map((e) => e.message) ?? [], name).toEqual([]);
      expect(response.status).toBe(200);
      expect(body.data).toBeTruthy();
      // A payload that reports its change as not made is a failed example too.
      for (const payload of Object.values(body.data as Record<string, unknown>)) {
        if (payload && typeof payload === 'object' && 'ok' in payload) expect(payload, name).toMatchObject({ ok: true });
      }
    }
  });
});
