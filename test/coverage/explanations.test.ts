// Every gap is explained in English and Estonian, naming positions by title and unit.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeCoverage } from '../../server/coverage/index.js';
import { loadCoverageGraph } from '../../server/coverage/coverage.loader.js';
import { gapWorklist, worklistCsv } from '../../server/coverage/worklist.js';
import { generateOrganization } from '../../server/generate/index.js';
import { importDocuments } from '../../server/imports/import.service.js';
import { openTempDatabase } from '../factories.js';
import { everyGapOrganisation } from './factory.js';

const fixture = everyGapOrganisation();
const report = analyzeCoverage(fixture.graph);

describe('gap explanations', () => {
  it('exist in both languages for every gap and name the position they are about', () => {
    for (const entry of report.positions) {
      const title = fixture.graph.positions.find((p) => p.id === entry.positionId)!.title;
      for (const gap of entry.gaps) {
        expect(gap.explanation).toContain(`"${title}"`);
        expect(gap.explanationEt).toContain(`„${title}“`);
      }
    }
  });

  it('say who the only substitute is when it is the manager', () => {
    const gap = fixture.entry(report, 'Spetsialist').gaps.find((g) => g.kind === 'MANAGER_ONLY')!;
    expect(gap.explanation).toBe('The only substitute of "Spetsialist" (Tiim 1) is its direct manager, "Tiimijuht" (Tiim 1).');
    expect(gap.explanationEt).toBe('Ametikoha „Spetsialist“ (Tiim 1) ainus asendaja on selle vahetu juht „Tiimijuht“ (Tiim 1).');
  });

  it('tell apart two positions with the same title in the same unit by their documents, never by internal numbers', () => {
    const gap = fixture.entry(report, 'Koordinaator 1').gaps.find((g) => g.kind === 'MUTUAL_PAIR_ONLY')!;
    expect(gap.explanationEt).toBe(
      'Ametikohad „Koordinaator“ (Tiim 1, Koordinaator 1.txt) ja „Koordinaator“ (Tiim 1, Koordinaator 2.txt) asendavad ainult teineteist: kumbki on teise ainus asendaja.',
    );
  });

  it('name placeholders and undocumented positions when no substitute has a document', () => {
    const gap = fixture.entry(report, 'Juhataja').gaps[0];
    expect(gap.explanation).toBe(
      'No substitute of "Juhataja" (Osakond A) has a job description on file: "Abiline" (Tiim 3), "valdkonnajuhi määratud ametnik".',
    );
    expect(gap.explanationEt).toBe(
      'Ühelgi ametikoha „Juhataja“ (Osakond A) asendajal ei ole ametijuhendit: „Abiline“ (Tiim 3), „valdkonnajuhi määratud ametnik“.',
    );
  });

  it('say why a one-member group covers nobody', () => {
    const gap = fixture.entry(report, 'Raamatupidaja').gaps[0];
    expect(gap.explanation).toBe(
      'No one stands in for "Raamatupidaja" (Tiim 4): the groups named as its substitutes have no other members (osakonna teenistujad (Tiim 4)).',
    );
  });
});

describe('gap explanations on a generated organisation of 2,000 positions', () => {
  let explanations: string[];
  let csv: string;

  beforeAll(async () => {
    const db = await openTempDatabase();
    try {
      const imported = await importDocuments(db.dataSource, generateOrganization({ positions: 2000, seed: 1 }).files);
      expect(imported.ok).toBe(true);
      const graph = await loadCoverageGraph(db.dataSource);
      const analysis = analyzeCoverage(graph);
      explanations = analysis.positions.flatMap((entry) => entry.gaps.flatMap((gap) => [gap.explanation, gap.explanationEt]));
      csv = worklistCsv(gapWorklist(graph, analysis));
    } finally {
      await db.dataSource.destroy();
    }
  }, 120_000);

  it('never show an internal number, in the sentences or in the worklist', () => {
    expect(explanations.length).toBeGreaterThan(100);
    expect(explanations.filter((e) => /#\d/.test(e))).toEqual([]);
    expect(csv).not.toMatch(/#\d/);
  });

  it('tell same-titled positions apart by the units above their own when the unit names repeat', () => {
    // Generated teams repeat names across departments, so some places need the unit above.
    expect(explanations.some((e) => /\(([^()]+ › )+[^()]+\)/.test(e))).toBe(true);
  });
});

describe('the worklist', () => {
  it('names a same-titled position by its place beside the title, and a title of its own alone', () => {
    const rows = gapWorklist(fixture.graph, report);
    const coordinators = rows.filter((r) => r.position.startsWith('Koordinaator')).map((r) => r.position);
    expect(new Set(coordinators)).toEqual(new Set(['Koordinaator (Tiim 1, Koordinaator 1.txt)', 'Koordinaator (Tiim 1, Koordinaator 2.txt)']));
    expect(rows.find((r) => r.position.startsWith('Juhataja'))?.position).toBe('Juhataja');
  });
});
