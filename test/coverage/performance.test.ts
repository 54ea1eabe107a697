// A smoke check that the analyses finish on a large organisation; timing is left to `npm run bench`.
import { describe, expect, it } from 'vitest';
import { absenceImpact, analyzeCoverage, criticalPositions } from '../../server/coverage/index.js';
import { syntheticOrganisation } from './factory.js';

describe('a synthetic organisation of 20,000 positions', () => {
  const graph = syntheticOrganisation(20_000);

  it('is analysed with one entry per position', () => {
    const report = analyzeCoverage(graph);
    expect(report.positions).toHaveLength(20_000);
    expect(report.totals.positions).toBe(20_000);
  });

  it('is simulated with every 50th position away and yields critical positions', () => {
    const absent = graph.positions.filter((_, i) => i % 50 === 0).map((p) => p.id);
    expect(absenceImpact(graph, absent, { escalateToManager: true }).absent).toHaveLength(400);
    expect(criticalPositions(graph, { limit: 10 }).units).toHaveLength(graph.units.length);
  });
});
