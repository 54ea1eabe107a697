/**
 * Titles that name no position in the referring unit's own chain: the one documented position
 * with that title elsewhere is taken (a line across departments), several are a warning and an
 * undocumented position; a documented title with a case ending the case rules miss is that title.
 * Every such resolution is reported by the import.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocuments, type ImportResult } from '../../server/imports/import.service.js';
import { formatSummary } from '../../server/imports/summary-text.js';
import { jobDescriptionText } from '../factories.js';
import { startTestServer, type TestServer } from '../api/server.js';
import { snapshot, type GraphSnapshot } from './snapshot.js';

const FINANCE = 'Finantsosakond, eelarvetalitus';
const DEVELOPMENT = 'Arendusosakond, analüüsitalitus';

const files = [
  { name: 'andmeinsener.txt', content: jobDescriptionText({ title: 'Andmeinsener', unit: FINANCE, manager: 'Talitusejuhataja', substitutedBy: 'Eelarvespetsialist', substitutes: 'Eelarvespetsialisti' }) },
  // "Andmeinsenerit" is "andmeinsener" with the partitive ending of another noun class.
  { name: 'eelarvespetsialist.txt', content: jobDescriptionText({ title: 'Eelarvespetsialist', unit: FINANCE, manager: 'Talitusejuhataja', substitutedBy: 'Andmeinsenerit', substitutes: 'Andmeinseneri' }) },
  // No Andmeinsener in the development department: the finance department's is the only one.
  // Two departments have an Andmekaitsespetsialist: neither is taken.
  { name: 'koordinaator.txt', content: jobDescriptionText({ title: 'Koordinaator', unit: DEVELOPMENT, manager: 'Talitusejuhataja', substitutedBy: 'Andmeinsener', substitutes: 'Andmekaitsespetsialisti' }) },
  { name: 'andmekaitse-oigus.txt', content: jobDescriptionText({ title: 'Andmekaitsespetsialist', unit: 'Õigusosakond', manager: 'Osakonnajuhataja' }) },
  { name: 'andmekaitse-personal.txt', content: jobDescriptionText({ title: 'Andmekaitsespetsialist', unit: 'Personaliosakond', manager: 'Osakonnajuhataja' }) },
  // A kind of work every unit has names a colleague, though only the finance department documents one.
  { name: 'analyytik.txt', content: jobDescriptionText({ title: 'Analüütik', unit: DEVELOPMENT, manager: 'Talitusejuhataja', substitutes: 'Nõunikku' }) },
  { name: 'noounik.txt', content: jobDescriptionText({ title: 'Nõunik', unit: FINANCE, manager: 'Talitusejuhataja' }) },
  // A documented head of one department is never the head another department's document names.
  { name: 'osakonnajuhataja.txt', content: jobDescriptionText({ title: 'Osakonnajuhataja', unit: 'Personaliosakond' }) },
];

let server: TestServer;
let result: ImportResult;
let graph: GraphSnapshot;
beforeAll(async () => {
  server = await startTestServer({ samples: false });
  result = await importDocuments(server.database.dataSource, files, { organization: 'Testamet' });
  graph = await snapshot(server.database.dataSource);
});
afterAll(() => server.close());

describe('a title no position of the referring unit carries', () => {
  it('resolves to the only documented position with that title in another department', () => {
    expect(graph.substitutions).toContain('Andmeinsener @ Eelarvetalitus ⇒ Koordinaator @ Analüüsitalitus {substituted#0}');
    expect(graph.positions).not.toContain('Andmeinsener* @ Analüüsitalitus');
  });

  it('is kept as an undocumented position in the referring unit when several departments have it', () => {
    expect(graph.substitutions).toContain('Koordinaator @ Analüüsitalitus ⇒ Andmekaitsespetsialist* @ Analüüsitalitus {substitute#0}');
  });

  it('names a colleague in the referrer\'s own unit when it is a kind of work every unit has', () => {
    expect(graph.substitutions).toContain('Analüütik @ Analüüsitalitus ⇒ Nõunik* @ Analüüsitalitus {substitute#0}');
    expect(result.summary.crossUnitReferences.map((r) => r.reference)).not.toContain('Nõunik');
  });

  it('names the head of the referrer\'s own unit when it is a head title, even where another unit documents one', () => {
    expect(graph.reporting).toContain('Andmekaitsespetsialist @ Õigusosakond → Osakonnajuhataja* @ Õigusosakond');
    expect(graph.reporting).toContain('Andmekaitsespetsialist @ Personaliosakond → Osakonnajuhataja @ Personaliosakond');
  });

  it('builds exactly this graph', () => {
    expect(graph.positions).toEqual([
      'Analüütik @ Analüüsitalitus',
      'Andmeinsener @ Eelarvetalitus',
      'Andmekaitsespetsialist @ Personaliosakond',
      'Andmekaitsespetsialist @ Õigusosakond',
      'Andmekaitsespetsialist* @ Analüüsitalitus',
      'Eelarvespetsialist @ Eelarvetalitus',
      'Koordinaator @ Analüüsitalitus',
      'Nõunik @ Eelarvetalitus',
      'Nõunik* @ Analüüsitalitus',
      'Osakonnajuhataja @ Personaliosakond',
      'Osakonnajuhataja* @ Õigusosakond',
      'Talitusejuhataja* @ Analüüsitalitus',
      'Talitusejuhataja* @ Eelarvetalitus',
    ]);
    expect(graph.substitutions).toEqual([
      'Analüütik @ Analüüsitalitus ⇒ Nõunik* @ Analüüsitalitus {substitute#0}',
      'Andmeinsener @ Eelarvetalitus ⇒ Eelarvespetsialist @ Eelarvetalitus {substituted#0, substitute#0}',
      'Andmeinsener @ Eelarvetalitus ⇒ Koordinaator @ Analüüsitalitus {substituted#0}',
      'Eelarvespetsialist @ Eelarvetalitus ⇒ Andmeinsener @ Eelarvetalitus {substituted#0, substitute#0}',
      'Koordinaator @ Analüüsitalitus ⇒ Andmekaitsespetsialist* @ Analüüsitalitus {substitute#0}',
    ]);
  });

  it('is listed in the import summary with the position it was taken as', () => {
    expect(result.summary.crossUnitReferences.map((r) => ({ document: r.documentKey, referrer: r.referrer, reference: r.reference, target: r.target }))).toEqual([
      {
        document: 'koordinaator.txt',
        referrer: { title: 'Koordinaator', unitPath: ['Arendusosakond', 'Analüüsitalitus'] },
        reference: 'Andmeinsener',
        target: { title: 'Andmeinsener', unitPath: ['Finantsosakond', 'Eelarvetalitus'] },
      },
    ]);
    expect(result.summary.crossUnitReferences[0].message).toBe(
      '"Andmeinsener" in the job description of Koordinaator (Arendusosakond › Analüüsitalitus) names no position in its own units; taken as the only one in the organisation: Andmeinsener (Finantsosakond › Eelarvetalitus)',
    );
  });

  it('with several candidates is a warning naming each of them and its unit', () => {
    expect(result.summary.ambiguousReferences).toHaveLength(1);
    const [ambiguous] = result.summary.ambiguousReferences;
    expect(ambiguous.candidates).toEqual([
      { title: 'Andmekaitsespetsialist', unitPath: ['Personaliosakond'] },
      { title: 'Andmekaitsespetsialist', unitPath: ['Õigusosakond'] },
    ]);
    expect(ambiguous.message).toBe(
      '"Andmekaitsespetsialist" in the job description of Koordinaator (Arendusosakond › Analüüsitalitus) names no position in its own units and 2 elsewhere: Andmekaitsespetsialist (Personaliosakond), Andmekaitsespetsialist (Õigusosakond); kept as an undocumented position in Analüüsitalitus',
    );
  });

  it('is printed in the command line summary', () => {
    const text = formatSummary(result);
    expect(text).toContain(`resolved:  ${result.summary.crossUnitReferences[0].message}`);
    expect(text).toContain(`warning:   ${result.summary.ambiguousReferences[0].message}`);
  });

  it('in another department makes that substitute another department\'s staff in coverage', async () => {
    const { data } = await server.gql(`{ coverage { positions { position { title unit { name } } gaps { kind } } } }`);
    const koordinaator = data.coverage.positions.find((e: any) => e.position.title === 'Koordinaator');
    expect(koordinaator.gaps.map((g: any) => g.kind)).toContain('CROSS_UNIT');
    const eelarvespetsialist = data.coverage.positions.find((e: any) => e.position.title === 'Eelarvespetsialist');
    expect(eelarvespetsialist.gaps.map((g: any) => g.kind)).not.toContain('CROSS_UNIT');
  });
});

describe('a documented title with a case ending the case rules do not know', () => {
  it('resolves to that title', () => {
    expect(graph.substitutions).toContain('Andmeinsener @ Eelarvetalitus ⇒ Eelarvespetsialist @ Eelarvetalitus {substituted#0, substitute#0}');
    expect(graph.positions).not.toContain('Andmeinsenerit* @ Eelarvetalitus');
  });

  it('is reported as a merge and listed on the position', async () => {
    expect(result.summary.merges.map((m) => [m.alias, m.name, m.reason])).toEqual([
      ['Andmeinsenerit', 'Andmeinsener', '"Andmeinsenerit" is "Andmeinsener" with a case ending; treated as one position'],
    ]);
    const { data } = await server.gql(`{ positions(first: 10, filter: { titleContains: "Andmeinsener" }) { nodes { title aliases } } }`);
    expect(data.positions.nodes).toEqual([{ title: 'Andmeinsener', aliases: ['Andmeinsenerit'] }]);
  });
});

describe('a document imported before the position it names', () => {
  it('names an undocumented position until that position\'s document arrives in another department', async () => {
    const other = await startTestServer({ samples: false });
    try {
      const koordinaator = files.find((f) => f.name === 'koordinaator.txt')!;
      await importDocuments(other.database.dataSource, [koordinaator], { organization: 'Testamet' });
      expect((await snapshot(other.database.dataSource)).positions).toContain('Andmeinsener* @ Analüüsitalitus');

      const later = await importDocuments(other.database.dataSource, files.filter((f) => f !== koordinaator), { organization: 'Testamet' });
      const again = await snapshot(other.database.dataSource);
      expect([again.positions, again.reporting, again.substitutions]).toEqual([graph.positions, graph.reporting, graph.substitutions]);
      expect(later.summary.crossUnitReferences).toEqual(result.summary.crossUnitReferences);
      expect(later.summary.ambiguousReferences).toEqual(result.summary.ambiguousReferences);
    } finally {
      await other.close();
    }
  });
});

describe('the importDocuments mutation', () => {
  it('carries the resolved and the ambiguous references and the case-ending merge in its summary', async () => {
    const other = await startTestServer({ samples: false });
    try {
      const { data, errors } = await other.gql(
        `mutation($input: ImportDocumentsInput!) { importDocuments(input: $input) { ok summary {
          merges { name alias reason }
          crossUnitReferences { document reference message referrer { title unitPath } target { title unitPath } }
          ambiguousReferences { document reference message referrer { title unitPath } candidates { title unitPath } }
        } } }`,
        { input: { files, organization: 'Testamet' } },
      );
      expect(errors).toBeUndefined();
      const { summary } = data.importDocuments;
      expect(summary.merges).toEqual([{ name: 'Andmeinsener', alias: 'Andmeinsenerit', reason: result.summary.merges[0].reason }]);
      expect(summary.crossUnitReferences).toEqual([
        {
          document: 'koordinaator.txt',
          reference: 'Andmeinsener',
          message: result.summary.crossUnitReferences[0].message,
          referrer: { title: 'Koordinaator', unitPath: ['Arendusosakond', 'Analüüsitalitus'] },
          target: { title: 'Andmeinsener', unitPath: ['Finantsosakond', 'Eelarvetalitus'] },
        },
      ]);
      expect(summary.ambiguousReferences).toEqual([
        {
          document: 'koordinaator.txt',
          reference: 'Andmekaitsespetsialist',
          message: result.summary.ambiguousReferences[0].message,
          referrer: { title: 'Koordinaator', unitPath: ['Arendusosakond', 'Analüüsitalitus'] },
          candidates: [
            { title: 'Andmekaitsespetsialist', unitPath: ['Personaliosakond'] },
            { title: 'Andmekaitsespetsialist', unitPath: ['Õigusosakond'] },
          ],
        },
      ]);
    } finally {
      await other.close();
    }
  });
});
