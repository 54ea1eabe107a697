/** The server benchmarks' tables: each figure beside its baseline from the same run. */
import type { ImportFigures } from './import.js';
import type { ChartOptions, ScenarioResult, WholeResult } from './api/chart.js';
import type { LoadFigures } from './api/load.js';
import { ms, rate, ratio, span } from './stats.js';

type Chart = { positions: number; results: ScenarioResult[]; whole: WholeResult };
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
/** A server left out of the run (--servers) shows as dashes. */
const NONE = { n: 0, p50: NaN, p99: NaN, statements: [] as number[], kb: NaN, cpu: NaN };
const integer = (value: number) => (Number.isFinite(value) ? value : '–');
const LOAD_NONE: LoadFigures = { requestsPerSecond: NaN, p50: NaN, p99: NaN, statementsPerRequest: NaN, cpu: NaN, failures: 0 };

export function printImport(rows: ImportFigures[]): void {
  console.log('\nImport: generated job descriptions through importDocuments (one transaction, fresh SQLite file);');
  console.log('floor: the same rows (organisation, units, job descriptions, positions, substitution lines) by plain prepared INSERTs in one transaction');
  console.table(
    rows.map((r) => ({
      positions: r.positions,
      documents: r.documents,
      'import s': (r.importMs / 1000).toFixed(1),
      'documents/s': rate(r.documents, r.importMs),
      'positions/s': rate(r.positions, r.importMs),
      'floor s': (r.floorMs / 1000).toFixed(2),
      'floor documents/s': rate(r.documents, r.floorMs),
      'import ÷ floor': ratio(r.importMs, r.floorMs),
    })),
  );
}

export function printChart(charts: Chart[], options: ChartOptions): void {
  console.log(`\nOrg chart requests, sequential (ms; p50/p99 over n samples after ${options.warmup} warm-up, at most ${options.samples} or ${options.budgetMs / 1000} s each)`);
  console.log('API: the app as `orgraph serve` builds it; floor: hand-written SQL, same JSON, plain express route; naive: same schema, per-field SQL, no DataLoader');
  console.log('CPU: server process CPU ms per sample (all threads), steadier than latency on a shared machine');
  console.table(
    charts.flatMap(({ positions, results }) =>
      results.map((r) => {
        const { api = NONE, floor = NONE, naive = NONE } = r.timings;
        return {
          positions,
          request: r.requestsPerSample > 1 ? `${r.scenario} ×${r.requestsPerSample}` : r.scenario,
          // Samples per server: the naive schema fits fewer into the time allowed.
          n: [api.n, floor.n, naive.n].join('/'),
          'API p50': ms(api.p50),
          'API p99': ms(api.p99),
          'floor p50': ms(floor.p50),
          'floor p99': ms(floor.p99),
          'API ÷ floor': ratio(api.p50, floor.p50),
          'API CPU': ms(api.cpu),
          'floor CPU': ms(floor.cpu),
          'CPU ÷': ratio(api.cpu, floor.cpu),
          'naive p50': ms(naive.p50),
          'naive ÷ API': ratio(naive.p50, api.p50),
          KB: (api.kb || floor.kb || naive.kb).toFixed(1),
        };
      }),
    ),
  );
  const mismatches = charts.flatMap((c) => c.results.flatMap((r) => r.mismatch.map((m) => `${c.positions}: ${m}`)));
  console.log(mismatches.length ? `Answers differing from the API's:\n  ${mismatches.join('\n  ')}` : 'Every counted answer of the floor and the naive schema equals the API’s.');
}

export function printStatements(charts: Chart[]): void {
  console.log('\nSQL statements per request (each counted request on its own; a range when requests differ)');
  console.table(
    charts.flatMap(({ positions, results }) =>
      results.map((r) => {
        const { api = NONE, floor = NONE, naive = NONE } = r.timings;
        return { positions, request: r.scenario, API: span(api.statements), naive: span(naive.statements), floor: span(floor.statements), 'naive ÷ API': ratio(mean(naive.statements), mean(api.statements)) };
      }),
    ),
  );
  const scenarios = charts[0]?.results.map((r) => r.scenario) ?? [];
  for (const scenario of scenarios) {
    const counts = charts.map((c) => c.results.find((r) => r.scenario === scenario)!.timings.api?.statements ?? []);
    // Requests of one kind differ by content (an empty unit, a longer reporting chain); growth shows in the most.
    const most = new Set(counts.map((c) => Math.max(...c)));
    const verdict = charts.length < 2 ? '' : most.size === 1 ? ' (most per request independent of N)' : ' (DEPENDS ON N)';
    console.log(`API, ${scenario}: ${counts.map(span).join(' | ')} by size${verdict}`);
  }
}

export function printWhole(charts: Chart[]): void {
  console.log('\nWhole organisation as the chart fetches it (every ChartUnits page, then every ChartPositions page in turn; the servers take turns; median of the fetches, ms)');
  console.table(
    charts.map(({ positions, whole }) => {
      const none = { ms: NaN, statements: NaN, cpu: NaN, fetches: NaN };
      const { api = none, floor = none, naive = none } = whole.timings;
      return {
        positions,
        requests: whole.requests,
        'fetches (API/floor/naive)': [api, floor, naive].map((t) => (Number.isNaN(t.fetches) ? '–' : t.fetches)).join('/'),
        'API ms': ms(api.ms),
        'floor ms': ms(floor.ms),
        'API ÷ floor': ratio(api.ms, floor.ms),
        'API CPU': ms(api.cpu),
        'floor CPU': ms(floor.cpu),
        'CPU ÷': ratio(api.cpu, floor.cpu),
        'naive ms': ms(naive.ms),
        'API SQL': integer(api.statements),
        'floor SQL': integer(floor.statements),
        'naive SQL': integer(naive.statements),
        'naive ÷ API SQL': ratio(naive.statements, api.statements),
      };
    }),
  );
}

export function printLoad(rows: { positions: number; api: LoadFigures | null; floor: LoadFigures | null }[], seconds: number): void {
  console.log(`\nUnder load: PositionDetails for varying positions, 50 connections, ${seconds} s (autocannon); latency in ms`);
  console.table(
    rows.map(({ positions, api: a, floor: f }) => ({ positions, api: a ?? LOAD_NONE, floor: f ?? LOAD_NONE })).map(({ positions, api, floor }) => ({
      positions,
      'API req/s': Math.round(api.requestsPerSecond),
      'floor req/s': Math.round(floor.requestsPerSecond),
      'floor ÷ API': ratio(floor.requestsPerSecond, api.requestsPerSecond),
      'API p50': ms(api.p50),
      'API p99': ms(api.p99),
      'floor p50': ms(floor.p50),
      'floor p99': ms(floor.p99),
      'API CPU/req': api.cpu.toFixed(2),
      'floor CPU/req': floor.cpu.toFixed(2),
      'API SQL/req': api.statementsPerRequest.toFixed(1),
      'floor SQL/req': floor.statementsPerRequest.toFixed(1),
      failures: api.failures + floor.failures,
    })),
  );
}
