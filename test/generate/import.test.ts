/**
 * A generated organisation through the real importer into a real SQLite database, then the
 * real coverage analysis: the stated counts come out, nothing is reported as a problem, and
 * every planted gap is found where it was planted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/data-source.js';
import { generateOrganization, type GeneratedOrganization } from '../../server/generate/index.js';
import { importDocuments, type ImportResult } from '../../server/imports/import.service.js';
import { Unit } from '../../server/org/unit.entity.js';
import { Position } from '../../server/org/position.entity.js';
import { SubstitutionLine } from '../../server/substitution/substitution-line.entity.js';
import { ReportingConflict } from '../../server/org/reporting-conflict.entity.js';
import { loadCoverageGraph } from '../../server/coverage/coverage.loader.js';
import { analyzeCoverage, lineStatus } from '../../server/coverage/index.js';
import { openTempDatabase } from '../factories.js';

let db: Database;
let generated: GeneratedOrganization;
let result: ImportResult;

beforeAll(async () => {
  db = await openTempDatabase();
  generated = generateOrganization({ positions: 300, seed: 11 });
  result = await importDocuments(db.dataSource, generated.files);
});
afterAll(() => db.dataSource.destroy());

describe('importing a generated organisation of 300 positions', () => {
  it('succeeds with no warnings, no typo merges and no reporting conflicts', async () => {
    expect(result.ok).toBe(true);
    expect(result.summary.warnings).toBe(0);
    expect(result.summary.merges).toEqual([]);
    expect(await db.dataSource.getRepository(ReportingConflict).count()).toBe(0);
    expect(new Set(result.files.map((f) => f.organization))).toEqual(new Set(['Näidisamet']));
  });

  it('creates the units, positions and lines the statistics state', async () => {
    const { stats } = generated;
    const units = await db.dataSource.getRepository(Unit).find();
    const positions = await db.dataSource.getRepository(Position).find();
    const kinds = (kind: string) => units.filter((u) => u.kind === kind).length;
    expect({ departments: kinds('DEPARTMENT'), divisions: kinds('DIVISION'), teams: kinds('TEAM'), total: units.length }).toEqual(stats.units);
    expect(positions).toHaveLength(300);
    expect(positions.filter((p) => p.documented)).toHaveLength(stats.positions.documented);
    expect(positions.filter((p) => !p.documented)).toHaveLength(stats.positions.undocumented);
    expect(positions.filter((p) => p.managerId !== null)).toHaveLength(stats.reportingLines);
    expect(await db.dataSource.getRepository(SubstitutionLine).count()).toBe(stats.substitutionLines.total);
    expect(result.summary.relations.created).toBe(stats.reportingLines + stats.substitutionLines.total);
  });

  it('states each line as confirmed, unconfirmed or contradicted as the statistics count them', async () => {
    const graph = await loadCoverageGraph(db.dataSource);
    const documented = new Set(graph.positions.filter((p) => p.documented).map((p) => p.id));
    const counts = { CONFIRMED: 0, UNCONFIRMED: 0, CONTRADICTED: 0 };
    for (const line of graph.lines) counts[lineStatus(line, (id) => documented.has(id))]++;
    const { confirmed, unconfirmed, contradicted } = generated.stats.substitutionLines;
    expect(counts).toEqual({ CONFIRMED: confirmed, UNCONFIRMED: unconfirmed, CONTRADICTED: contradicted });
    expect(graph.lines.filter((l) => l.substitute.kind === 'GROUP')).toHaveLength(generated.stats.substitutionLines.toGroups);
    expect(graph.lines.filter((l) => l.substitute.kind === 'PLACEHOLDER')).toHaveLength(generated.stats.substitutionLines.toPlaceholders);
  });

  it('gives every unit one head and 3–12 direct reports: its own staff and the heads of its sub-units', async () => {
    const units = await db.dataSource.getRepository(Unit).find();
    const positions = await db.dataSource.getRepository(Position).find();
    const heads = /^(Tiimijuht|Talituse juhataja|Osakonna juhataja)$/;
    for (const unit of units) {
      const own = positions.filter((p) => p.unitId === unit.rowId);
      expect(own.filter((p) => heads.test(p.title)), unit.name).toHaveLength(1);
      const span = own.length - 1 + units.filter((u) => u.parentId === unit.rowId).length;
      expect(span, unit.name).toBeGreaterThanOrEqual(3);
      expect(span, unit.name).toBeLessThanOrEqual(12);
    }
  });

  it('lets the coverage analysis find every planted gap on the position it was planted on', async () => {
    const graph = await loadCoverageGraph(db.dataSource);
    const report = analyzeCoverage(graph);
    const idByDocument = new Map(graph.positions.map((p) => [p.documentName, p.id]));
    const kindsById = new Map(report.positions.map((p) => [p.positionId, p.gaps.map((g) => g.kind)]));
    expect(generated.planted.length).toBeGreaterThanOrEqual(11);
    for (const { kind, file } of generated.planted) expect(kindsById.get(idByDocument.get(file)!), file).toContain(kind);
  });

  it('keeps gaps other than the planted ones uncommon', async () => {
    const report = analyzeCoverage(await loadCoverageGraph(db.dataSource));
    const withGaps = (kind: string) => report.totals.gaps.find((g) => g.kind === kind)?.count ?? 0;
    expect(withGaps('OVERLOADED_SUBSTITUTE')).toBe(generated.stats.plantedGaps.OVERLOADED_SUBSTITUTE);
    expect(withGaps('SUBSTITUTE_CHAIN_CYCLE')).toBe(generated.stats.plantedGaps.SUBSTITUTE_CHAIN_CYCLE);
    expect(report.totals.coveredByTwoOrMore / report.totals.positions).toBeGreaterThan(0.75);
  });
});
