/**
 * Coverage analysis, absence simulation and critical positions at 1,000, 10,000 and 100,000
 * positions. Prints each time beside the baseline of one linear pass over the same graph
 * (indexing positions and lines), and the growth ratio between sizes: with sizes ten times
 * apart, near 10× means near-linear.
 */
import { analyzeCoverage, absenceImpact, criticalPositions } from '../server/coverage/index.js';
import { syntheticCoverageGraph } from './synthetic-graph.js';
import type { CoverageGraph } from '../server/coverage/model.js';

/** Best of `repeat` wall-clock runs, in ms. */
function time(run: () => unknown, repeat: number): number {
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** The floor: one pass that indexes positions and lines, as any analysis must. */
function baseline(graph: CoverageGraph) {
  const byId = new Map(graph.positions.map((p) => [p.id, p]));
  const into = new Map<number, number>();
  for (const l of graph.lines) if (l.substituted.kind === 'POSITION') into.set(l.substituted.positionId, (into.get(l.substituted.positionId) ?? 0) + 1);
  return byId.size + into.size;
}

interface Figures {
  size: number;
  floor: number;
  analysis: number;
  absence: number;
  critical: number;
}

const REPEAT = 5;
const ms = (value: number) => value.toFixed(1);
const times = (value: number) => `${value.toFixed(1)}×`;

export function benchCoverage(sizes = [1_000, 10_000, 100_000]): void {
  const figures: Figures[] = [];
  for (const size of sizes) {
    const graph = syntheticCoverageGraph(size);
    const absent = graph.positions.filter((_, i) => i % 50 === 0).map((p) => p.id);
    figures.push({
      size,
      floor: time(() => baseline(graph), REPEAT),
      analysis: time(() => analyzeCoverage(graph, {}), REPEAT),
      absence: time(() => absenceImpact(graph, absent, { escalateToManager: true }), REPEAT),
      critical: time(() => criticalPositions(graph, { limit: 10 }), REPEAT),
    });
  }
  const rows = figures.map((f, i) => {
    const previous = figures[i - 1];
    const growth = (key: 'analysis' | 'absence' | 'critical') => (previous ? times(f[key] / previous[key]) : '–');
    return {
      positions: f.size,
      'baseline ms': ms(f.floor),
      'coverage ms': ms(f.analysis),
      'coverage × baseline': times(f.analysis / f.floor),
      'coverage growth': growth('analysis'),
      'absence ms': ms(f.absence),
      'absence × baseline': times(f.absence / f.floor),
      'absence growth': growth('absence'),
      'critical ms': ms(f.critical),
      'critical growth': growth('critical'),
    };
  });
  console.log(`\nSubstitution coverage (best of ${REPEAT}; growth is the ratio to the previous size, 10× = linear for sizes ten times apart)`);
  console.table(rows);
  const small = figures.find((f) => f.size === 10_000);
  const large = figures.find((f) => f.size === 100_000);
  if (small && large) {
    console.log(
      `100,000 / 10,000 positions: coverage ${times(large.analysis / small.analysis)}, absence ${times(large.absence / small.absence)}, ` +
        `critical ${times(large.critical / small.critical)}; coverage of 100,000 positions in ${(large.analysis / 1000).toFixed(2)} s (target: under 1 s)`,
    );
  }
}
