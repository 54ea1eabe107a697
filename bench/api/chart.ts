/**
 * The org chart's requests, sequential, against the API, the naive schema and the floor route:
 * latency p50/p99 after warm-up, and SQL statements per request (counted one request at a time).
 * Every answer of the naive schema and the floor is checked to equal the API's.
 */
import { isDeepStrictEqual } from 'node:util';
import { QUERIES, type OperationName } from './queries.js';
import { post, type Servers, type Target } from './servers.js';
import { quantile, shuffled } from '../stats.js';

/** Units a ChartUnits page holds, as the client asks. */
const UNITS_PAGE = Number(/units\(first: (\d+)/.exec(QUERIES.ChartUnits)![1]);

export interface ChartOptions {
  /** Timed samples per scenario and server, at most. */
  samples: number;
  warmup: number;
  /** Stop sampling a scenario on a server after this long (at least `minSamples`, unless that takes 3× as long). */
  budgetMs: number;
  minSamples: number;
  /** Requests whose statements are counted (and answers compared), per scenario and server. */
  census: number;
  /** Timed whole-organisation fetches per server, at least. */
  wholeFetches: number;
  /** …and at least this many requests in all per server (more fetches of a small organisation). */
  wholeRequests: number;
  /** The naive schema fetches the whole organisation only up to this many positions (it takes minutes above). */
  naiveWholeUpTo: number;
  /** The servers to measure (all three by default; fewer when profiling one). */
  targets: Target[];
  /** Names this run's profiles (the organisation's size). */
  label?: string;
}

type Request = { operation: OperationName; variables: Record<string, unknown> };
/** One sample: requests the client sends together. */
type Sample = Request[];

export interface Scenario {
  name: string;
  samples: Sample[];
}

export interface Timing {
  n: number;
  p50: number;
  p99: number;
  /** SQL statements of each counted request. */
  statements: number[];
  /** Server CPU time per sample, ms: steadier than latency on a busy machine. */
  cpu: number;
  kb: number;
}

export interface ScenarioResult {
  scenario: string;
  requestsPerSample: number;
  timings: Partial<Record<Target, Timing>>;
  mismatch: string[];
}

export interface WholeResult {
  requests: number;
  timings: Partial<Record<Target, { ms: number; statements: number; cpu: number; fetches: number }>>;
}

/** The scenarios, built from the organisation the floor serves (its answers equal the API's). */
export async function chartScenarios(servers: Servers): Promise<{ scenarios: Scenario[]; unitCursors: (string | null)[]; cursors: (string | null)[]; positionIds: string[] }> {
  // The units come a page at a time, each after the last unit of the one before.
  const units: { id: string; kind: string; parent: { id: string } | null }[] = [];
  const unitCursors: (string | null)[] = [null];
  for (;;) {
    const page: typeof units = (await post(servers.urls.floor, 'ChartUnits', { after: unitCursors[unitCursors.length - 1] })).json.data.units;
    units.push(...page);
    if (page.length < UNITS_PAGE) break;
    unitCursors.push(page[page.length - 1].id);
  }
  const cursors: (string | null)[] = [null];
  const positionIds: string[] = [];
  for (let after: string | null = null; ; ) {
    const page: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = (await post(servers.urls.floor, 'ChartPositions', { after })).json.data.positions;
    positionIds.push(...page.nodes.map((p) => p.id));
    if (!page.pageInfo.hasNextPage) break;
    cursors.push((after = page.pageInfo.endCursor));
  }
  const children = new Map<string, string[]>();
  for (const u of units) if (u.parent) children.set(u.parent.id, [...(children.get(u.parent.id) ?? []), u.id]);
  // Focusing a unit fetches each of its units' positions, one request each, all at once (up to 8).
  const subtree = (id: string): string[] => [id, ...(children.get(id) ?? []).flatMap(subtree)];
  const divisions = units.filter((u) => u.kind === 'DIVISION').map((u) => subtree(u.id));
  const subtrees = (divisions.length ? divisions : units.map((u) => subtree(u.id))).filter((ids) => ids.length > 1 && ids.length <= 8);
  const one = (operation: OperationName, variables: Record<string, unknown> = {}): Sample => [{ operation, variables }];
  return {
    unitCursors,
    cursors,
    positionIds,
    scenarios: [
      { name: 'ChartUnits (a page of 100 units)', samples: shuffled(unitCursors).map((after) => one('ChartUnits', { after })) },
      { name: 'ChartPositions (a page of 100)', samples: shuffled(cursors).map((after) => one('ChartPositions', { after })) },
      { name: 'TopPositions (opening view: positions above every unit)', samples: [one('TopPositions')] },
      // Each unit's first page of positions (all of them, but for a unit of more than 100).
      { name: 'subtree (UnitPositions per unit)', samples: shuffled(subtrees).map((ids) => ids.map((id) => ({ operation: 'UnitPositions' as const, variables: { id } }))) },
      { name: 'PositionDetails (side panel)', samples: shuffled(positionIds).map((id) => one('PositionDetails', { id })) },
    ],
  };
}

function difference(a: unknown, b: unknown, path = ''): string {
  if (isDeepStrictEqual(a, b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = difference((a as any)[key], (b as any)[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 80)} ≠ ${JSON.stringify(b)?.slice(0, 80)}`;
}

/** Statements per request, one request at a time, and whether every answer equals the API's. */
async function census(servers: Servers, scenario: Scenario, options: ChartOptions, result: ScenarioResult) {
  const requests = scenario.samples.flat().slice(0, options.census);
  const answers = new Map<number, unknown>();
  for (const target of options.targets) {
    const counted: number[] = [];
    const started = performance.now();
    for (const [i, { operation, variables }] of requests.entries()) {
      if (i >= 1 && performance.now() - started > options.budgetMs) break;
      const before = await servers.statements();
      const { json } = await post(servers.urls[target], operation, variables);
      counted.push((await servers.statements()) - before);
      if (!answers.has(i)) answers.set(i, json);
      else if (!isDeepStrictEqual(json, answers.get(i)) && result.mismatch.length < 3) result.mismatch.push(`${target} ${operation}${difference(answers.get(i), json)}`);
    }
    result.timings[target] = { n: 0, p50: NaN, p99: NaN, statements: counted, kb: 0, cpu: NaN };
  }
}

async function time(servers: Servers, target: Target, scenario: Scenario, options: ChartOptions): Promise<Omit<Timing, 'statements'>> {
  const send = (sample: Sample) => Promise.all(sample.map((r) => post(servers.urls[target], r.operation, r.variables)));
  // Warm-up and sampling are bounded in time too: the naive schema takes seconds a request on large organisations.
  const warmStart = performance.now();
  for (let i = 0; i < options.warmup && (i < 1 || performance.now() - warmStart < options.budgetMs / 3); i++) await send(scenario.samples[i % scenario.samples.length]);
  const stopProfile = await servers.profile(`${options.label}-${scenario.name.split(' ')[0]}-${target}`);
  const cpuBefore = await servers.cpu();
  const latencies: number[] = [];
  let bytes = 0;
  const started = performance.now();
  const more = (i: number, elapsed: number) => i < options.samples && elapsed < 3 * options.budgetMs && (i < options.minSamples || elapsed < options.budgetMs);
  for (let i = 0; more(i, performance.now() - started); i++) {
    const sample = scenario.samples[(i + options.warmup) % scenario.samples.length];
    const start = performance.now();
    const answers = await send(sample);
    latencies.push(performance.now() - start);
    bytes += answers.reduce((n, a) => n + a.bytes, 0);
  }
  const cpu = ((await servers.cpu()) - cpuBefore) / latencies.length;
  await stopProfile();
  return { cpu, n: latencies.length, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), kb: bytes / latencies.length / 1024 };
}

export async function benchScenario(servers: Servers, scenario: Scenario, options: ChartOptions): Promise<ScenarioResult> {
  const result: ScenarioResult = { scenario: scenario.name, requestsPerSample: scenario.samples[0].length, timings: {}, mismatch: [] };
  await census(servers, scenario, options, result);
  for (const target of options.targets) Object.assign(result.timings[target]!, await time(servers, target, scenario, options));
  return result;
}

/**
 * The whole organisation as the chart fetches it when everything is to be shown (a small
 * organisation, or Expand all): every page of units, then every page of positions, one after another.
 * The servers take turns fetch by fetch, so that a slower spell of the machine falls on all of
 * them; a small organisation is fetched more often (at least `wholeRequests` requests in all),
 * since the median of a few fetches of a tenth of a second is mostly noise.
 */
export async function benchWholeOrganization(servers: Servers, unitCursors: (string | null)[], cursors: (string | null)[], positions: number, options: ChartOptions): Promise<WholeResult> {
  const requests = unitCursors.length + cursors.length;
  const result: WholeResult = { requests, timings: {} };
  const targets = options.targets.filter((t) => t !== 'naive' || positions <= options.naiveWholeUpTo);
  const totals = new Map(targets.map((t) => [t, [] as number[]]));
  const statements = new Map<Target, number>();
  const cpu = new Map<Target, number>(targets.map((t) => [t, 0]));
  const fetches = Math.max(options.wholeFetches, Math.ceil(options.wholeRequests / requests));
  for (let round = 0; round < fetches; round++) {
    for (const target of targets) {
      // The naive schema takes seconds a fetch: the fewest fetches it is given.
      if (target === 'naive' && round >= options.wholeFetches) continue;
      const [before, cpuBefore] = [await servers.statements(), await servers.cpu()];
      const start = performance.now();
      for (const after of unitCursors) await post(servers.urls[target], 'ChartUnits', { after });
      for (const after of cursors) await post(servers.urls[target], 'ChartPositions', { after });
      totals.get(target)!.push(performance.now() - start);
      cpu.set(target, cpu.get(target)! + (await servers.cpu()) - cpuBefore);
      statements.set(target, (await servers.statements()) - before);
    }
  }
  for (const target of targets) {
    const times = totals.get(target)!;
    result.timings[target] = { ms: quantile(times, 0.5), statements: statements.get(target)!, cpu: cpu.get(target)! / times.length, fetches: times.length };
  }
  return result;
}
