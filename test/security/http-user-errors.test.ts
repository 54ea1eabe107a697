/**
 * Mistakes a client can fix are answered as such: BAD_USER_INPUT naming the argument (or 401 for a
 * malformed token), never a masked "Internal server error", on a production server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../api/server.js';
import { toGlobalId } from '../../server/common/node.js';

describe('a production server', () => {
  let server: TestServer;
  const log: string[] = [];
  beforeAll(async () => {
    server = await startTestServer({ production: true, log: (line) => log.push(line) });
  });
  afterAll(() => server.close());

  const refusal = async (query: string, variables?: Record<string, unknown>) => {
    const { data, errors } = await server.gql(query, variables);
    expect(errors, query).toHaveLength(1);
    return { data, error: errors![0] };
  };

  it('answers an unknown unit ID in coverage(unitId:) as BAD_USER_INPUT naming unitId', async () => {
    const { error } = await refusal('query($u: ID) { coverage(unitId: $u) { totals { positions } } }', { u: toGlobalId('Unit', 999_999) });
    expect(error.message).toBe(`unitId: no Unit has the ID "${toGlobalId('Unit', 999_999)}".`);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'unitId' });
  });

  it('answers an ID of another type, or no ID at all, in coverage(unitId:) the same way', async () => {
    for (const u of [toGlobalId('Position', 1), 'nonsense']) {
      const { error } = await refusal('query($u: ID) { coverage(unitId: $u) { totals { positions } } }', { u });
      expect(error.message).toBe(`unitId: "${u}" is not the ID of a Unit.`);
      expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    }
  });

  it('answers an unknown unit ID in criticalPositions(unitId:) as BAD_USER_INPUT naming unitId', async () => {
    const { error } = await refusal('query($u: ID) { criticalPositions(unitId: $u) { units { minimumAbsences } } }', { u: toGlobalId('Unit', 999_999) });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'unitId' });
  });

  it('answers an unknown organisation ID in coverage and criticalPositions as BAD_USER_INPUT naming organizationId', async () => {
    for (const field of ['coverage(organizationId: $o) { totals { positions } }', 'criticalPositions(organizationId: $o) { units { minimumAbsences } }']) {
      const { error } = await refusal(`query($o: ID) { ${field} }`, { o: toGlobalId('Organization', 999_999) });
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'organizationId' });
    }
  });

  it('answers a NUL byte in search(text:) as BAD_USER_INPUT naming text', async () => {
    const { error } = await refusal('query($t: String!) { search(text: $t) { snippet } }', { t: 'lastekaitse\u0000spetsialist' });
    expect(error.message).toBe('text: the text contains a control character (such as NUL); send plain text.');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'text' });
  });

  it('answers search text over 200 characters as BAD_USER_INPUT, where it was cut silently', async () => {
    expect((await server.gql('query($t: String!) { search(text: $t) { snippet } }', { t: 'a'.repeat(200) })).errors).toBeUndefined();
    const { error } = await refusal('query($t: String!) { search(text: $t) { snippet } }', { t: 'a'.repeat(201) });
    expect(error.message).toBe('text: the search text is 201 characters long; the limit is 200.');
  });

  it('answers titleContains over 200 characters as BAD_USER_INPUT naming titleContains', async () => {
    const { error } = await refusal('query($t: String) { positions(first: 1, filter: { titleContains: $t }) { totalCount } }', { t: 'a'.repeat(50_001) });
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(error)).toContain('titleContains');
    expect(JSON.stringify(error).length).toBeLessThan(2_000);
  });

  it('states the bounds in the arguments’ descriptions', async () => {
    const { data } = await server.gql(`{
      search: __type(name: "Query") { fields { name args { name description } } }
      filter: __type(name: "PositionFilter") { inputFields { name description } }
    }`);
    const text = data.search.fields.find((f: any) => f.name === 'search').args.find((a: any) => a.name === 'text');
    expect(text.description).toContain('At most 200 characters');
    expect(data.filter.inputFields.find((f: any) => f.name === 'titleContains').description).toContain('at most 200 characters');
  });

  it('answers a malformed orgraph_token cookie on /reports with 401 invalid token', async () => {
    const response = await fetch(`${server.url}/reports/coverage.csv`, { headers: { cookie: 'orgraph_token=%E0%A4%A' } });
    expect(response.status).toBe(401);
    expect(((await response.json()) as any).errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'invalid' });
  });

  it('logged none of these as an internal error', () => {
    expect(log.filter((line) => line.startsWith('internal error'))).toEqual([]);
  });
});
