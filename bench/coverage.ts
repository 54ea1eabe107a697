/**
 * Coverage analysis and absence simulation at 1,000, 10,000 and 100,000 positions.
 * Prints each time beside the baseline of one linear pass over the same graph (indexing
 * positions and lines), and the growth ratio between sizes (near 10× means near-linear).
 */
import { analyzeCoverage, absenceImpact, criticalPositions } from '../server/coverage/index.js';
import { syntheticCoverageGraph } from './synthetic-graph.js';
import type { CoverageGraph } from '../server/coverage/model.js';

function time(run: () => unknown, repeat = 3): number {
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

export function benchCoverage(sizes = [1_000, 10_000, 100_000]): void {
  const rows: Record<string, string | number>[] = [];
  let previous: { analysis: number; absence: number } | null = null;
  for (const size of sizes) {
    const graph = syntheticCoverageGraph(size);
    const absent = graph.positions.filter((_, i) => i % 50 === 0).map((p) => p.id);
    const floor = time(() => baseline(graph));
    const analysis = time(() => analyzeCoverage(graph, {}));
    const absence = time(() => absenceImpact(graph, absent, { escalateToManager: true }));
    const critical = time(() => criticalPositions(graph, { limit: 10 }), 1);
    rows.push({
      positions: size,
      'baseline ms': floor.toFixed(1),
      'coverage ms': analysis.toFixed(1),
      '× baseline': (analysis / floor).toFixed(1),
      'growth': previous ? `${(analysis / previous.analysis).toFixed(1)}×` : '–',
      'absence ms': absence.toFixed(1),
      'absence growth': previous ? `${(absence / previous.absence).toFixed(1)}×` : '–',
      'critical ms': critical.toFixed(1),
    });
    previous = { analysis, absence };
  }
  console.log('\nSubstitution coverage (best of 3; growth is the ratio to the previous size, 10× = linear)');
  console.table(rows);
}
