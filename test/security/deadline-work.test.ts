/**
 * Work that stops at the request's deadline: the coverage analyses take a step callback and stop
 * at the step that throws, and over HTTP a coverage report asked for with too little time gets a
 * 503 TIMEOUT, nothing is logged as a fault (no ERR_HTTP_HEADERS_SENT), and the server is free at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../api/server.js';
import { startServer, type RunningServer } from '../../server/app.js';
import { absenceImpact, analyzeCoverage, criticalPositions } from '../../server/coverage/index.js';
import { Deadline, DeadlineExceededError } from '../../server/limits/deadline.js';
import { generateOrganization } from '../../server/generate/index.js';
import { importDocuments } from '../../server/imports/import.service.js';
import { syntheticOrganisation } from '../coverage/factory.js';
import { tempDatabaseUrl } from '../factories.js';

/** A step callback that throws at step `at` and counts every call. */
function stopAt(at: number) {
  const counter = {
    steps: 0,
    tick: () => {
      if (++counter.steps >= at) throw new DeadlineExceededError(1);
    },
  };
  return counter;
}

describe('the coverage analyses', () => {
  const graph = syntheticOrganisation(5_000);

  const analyses = {
    'the coverage report': (tick?: () => void) => analyzeCoverage(graph, { tick }),
    'the absence simulation': (tick?: () => void) => absenceImpact(graph, graph.positions.slice(0, 100).map((p) => p.id), { tick }),
    'the critical positions': (tick?: () => void) => criticalPositions(graph, { tick }),
  };

  for (const [name, run] of Object.entries(analyses)) {
    it(`stop ${name} at the step whose check throws, taking no step after it`, () => {
      const full = stopAt(Number.POSITIVE_INFINITY);
      run(full.tick);
      // A step per position at least: the check is inside the work, not before or after it.
      expect(full.steps).toBeGreaterThanOrEqual(graph.positions.length);
      const stopped = stopAt(Math.floor(full.steps / 2));
      expect(() => run(stopped.tick)).toThrow(DeadlineExceededError);
      expect(stopped.steps).toBe(Math.floor(full.steps / 2));
    });
  }

  it('stop through a Deadline that has passed, at its first clock reading', () => {
    const deadline = new Deadline(10, Date.now() - 1_000);
    let steps = 0;
    expect(() =>
      analyzeCoverage(graph, {
        tick: () => {
          steps++;
          deadline.tick();
        },
      }),
    ).toThrow(DeadlineExceededError);
    expect(steps).toBeLessThan(graph.positions.length);
  });
});

// The whole organisation is analysed for any page of it.
const COVERAGE = `{ coverage { totals { positions } positions(first: 50) { position { title unit { name } } score worstGap gaps { kind explanation } substitutes { label status } } } }`;

describe('a server whose requests time out after 50 ms, holding an organisation of 5,000 positions', () => {
  let hurried: RunningServer;
  let patient: TestServer;
  const log: string[] = [];

  beforeAll(async () => {
    const databaseUrl = await tempDatabaseUrl();
    patient = await startTestServer({ production: true, samples: false, databaseUrl });
    const { files } = generateOrganization({ positions: 5_000, seed: 3 });
    const imported = await importDocuments(patient.database.dataSource, files);
    expect(imported.ok).toBe(true);
    // The same database, served again with a short request timeout.
    hurried = await startServer({ port: 0, production: true, samples: false, databaseUrl, limits: { requestTimeoutMs: 50 }, log: (line) => log.push(line) });
  }, 240_000);
  afterAll(async () => {
    await hurried?.close();
    await patient?.close();
  });

  const post = (server: RunningServer, query: string) =>
    fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${patient.hrToken}` }, body: JSON.stringify({ query }) });
  const typename = async (server: RunningServer) => ((await (await post(server, '{ __typename }')).json()) as any).data;

  /** How long until the server answers `{ __typename }`, in ms. */
  const typenameLatency = async (server: RunningServer) => {
    const started = performance.now();
    expect(await typename(server)).toEqual({ __typename: 'Query' });
    return performance.now() - started;
  };

  it('answers the whole coverage report with 503 TIMEOUT, logs no fault, and is free for the next request at once', async () => {
    // The baseline: the same report, given all the time it needs.
    let full = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 2; run++) {
      const started = performance.now();
      const { data, errors } = await patient.gql(COVERAGE);
      expect(errors, JSON.stringify(errors)).toBeUndefined();
      expect(data.coverage.totals.positions).toBe(5_000);
      full = Math.min(full, performance.now() - started);
    }

    // What a `{ __typename }` reads (its token), to tell it apart from the report's statements.
    await typename(hurried);
    const beforeTypename = hurried.database.queries.count;
    await typename(hurried);
    const typenameStatements = hurried.database.queries.count - beforeTypename;

    const response = await post(hurried, COVERAGE);
    const statementsAtAnswer = hurried.database.queries.count;
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    const body = (await response.json()) as any;
    expect(body.errors[0].extensions.code).toBe('TIMEOUT');
    // Had the abandoned report run on, this would wait for it.
    expect(await typenameLatency(hurried)).toBeLessThan(full / 4);
    await new Promise((resolve) => setTimeout(resolve, full));
    // Nor did it read anything more (the positions and units of the page) after the answer.
    expect(hurried.database.queries.count - statementsAtAnswer).toBe(typenameStatements);
    expect(log.filter((line) => /ERR_HTTP_HEADERS_SENT|internal error/.test(line))).toEqual([]);
    expect(await typename(hurried)).toEqual({ __typename: 'Query' });
  });

  it('answers the CSV worklist with 503 TIMEOUT as well, and logs no fault', async () => {
    const response = await fetch(`${hurried.url}/reports/coverage.csv`, { headers: { authorization: `Bearer ${patient.hrToken}` } });
    expect(response.status).toBe(503);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('TIMEOUT');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(log.filter((line) => /ERR_HTTP_HEADERS_SENT|internal error/.test(line))).toEqual([]);
  });
});
