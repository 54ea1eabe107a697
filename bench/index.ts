/**
 * `npm run bench`: every server-side benchmark, printed as tables with ratios against
 * baselines measured in the same run. No figure here is asserted anywhere.
 *
 *   --quick            1,000 and 10,000 positions, shorter runs (default: also 100,000)
 *   --sizes 1000,5000  other sizes
 *   --only import,chart,load,coverage   some of the benchmarks (chart and load need import)
 *   --servers api,floor,naive           the servers the chart table measures (fewer when profiling one)
 *
 * BENCH_CPU_PROF=<folder> makes the servers write a V8 CPU profile there (see bench/README.md).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchCoverage } from './coverage.js';
import { generateOrganization } from '../server/generate/index.js';
import { benchImport, type ImportFigures } from './import.js';
import { startServers, type Target } from './api/servers.js';
import { benchScenario, benchWholeOrganization, chartScenarios, type ChartOptions, type ScenarioResult, type WholeResult } from './api/chart.js';
import { benchLoad, type LoadFigures } from './api/load.js';
import { printChart, printImport, printLoad, printStatements, printWhole } from './tables.js';

const argv = process.argv.slice(2);
const option = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const quick = argv.includes('--quick');
const sizes = option('--sizes')?.split(',').map(Number) ?? (quick ? [1_000, 10_000] : [1_000, 10_000, 100_000]);
const only = new Set(option('--only')?.split(',') ?? ['import', 'chart', 'load', 'coverage']);
const targets = (option('--servers')?.split(',') ?? ['api', 'floor', 'naive']) as Target[];

const chartOptions: ChartOptions = quick
  ? { samples: 100, warmup: 10, budgetMs: 4_000, minSamples: 10, census: 20, wholeFetches: 3, wholeRequests: 150, naiveWholeUpTo: 10_000, targets }
  : { samples: 300, warmup: 20, budgetMs: 15_000, minSamples: 20, census: 50, wholeFetches: 3, wholeRequests: 300, naiveWholeUpTo: 10_000, targets };
const loadSeconds = quick ? 3 : 10;

const progress = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);

const imports: ImportFigures[] = [];
const charts: { positions: number; results: ScenarioResult[]; whole: WholeResult }[] = [];
const loads: { positions: number; api: LoadFigures | null; floor: LoadFigures | null }[] = [];

for (const size of sizes) {
  if (!only.has('import') && !only.has('chart') && !only.has('load')) break;
  const dir = mkdtempSync(join(tmpdir(), 'orgraph-bench-'));
  try {
    progress(`${size} positions: generating and importing`);
    const { files } = generateOrganization({ positions: size, seed: 1 });
    const figures = await benchImport(files, dir);
    imports.push(figures);
    if (!only.has('chart') && !only.has('load')) continue;
    const servers = await startServers(figures.databasePath);
    try {
      const { scenarios, unitCursors, cursors, positionIds } = await chartScenarios(servers);
      if (only.has('chart')) {
        const results: ScenarioResult[] = [];
        for (const scenario of scenarios) {
          progress(`${size} positions: ${scenario.name}`);
          results.push(await benchScenario(servers, scenario, { ...chartOptions, label: String(size) }));
        }
        progress(`${size} positions: whole organisation`);
        charts.push({ positions: figures.positions, results, whole: await benchWholeOrganization(servers, unitCursors, cursors, figures.positions, chartOptions) });
      }
      if (only.has('load')) {
        progress(`${size} positions: load`);
        const api = targets.includes('api') ? await benchLoad(servers, 'api', positionIds, loadSeconds) : null;
        const floor = targets.includes('floor') ? await benchLoad(servers, 'floor', positionIds, loadSeconds) : null;
        loads.push({ positions: figures.positions, api, floor });
      }
    } finally {
      await servers.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (imports.length) printImport(imports);
if (charts.length) {
  printChart(charts, chartOptions);
  printStatements(charts);
  printWhole(charts);
}
if (loads.length) printLoad(loads, loadSeconds);
if (only.has('coverage')) benchCoverage(sizes);
