/**
 * The HR worklist as CSV: titles and file names come from uploaded documents, so a cell that a
 * spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) is neutralised with
 * a leading ' (OWASP's advice against CSV injection), in the one writer the report and `orgraph gaps` share.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { worklistCsv } from '../../server/coverage/worklist.js';
import { jobDescriptionText } from '../factories.js';
import { startTestServer, type TestServer } from '../api/server.js';

const FORMULA_START = /^[=+\-@\t\r]/;

const IMPORT = `mutation($input: ImportDocumentsInput!) { importDocuments(input: $input) { ok errors { message } files { title } } }`;

/** One document per formula character, its title and its file name both starting with it. */
const formulas = [
  ['=', 'Spetsialist'],
  ['+', 'Referent'],
  ['-', 'Jurist'],
  ['@', 'Analüütik'],
].map(([start, title]) => ({
  start,
  title: `${start}${title}`,
  file: `${start}HYPERLINK("http-x")-${title.toLowerCase()}.txt`,
}));

describe('the coverage worklist at /reports/coverage.csv', () => {
  let server: TestServer;
  let rows: string[][];
  beforeAll(async () => {
    server = await startTestServer();
    const files = formulas.map((f) => ({ name: f.file, content: jobDescriptionText({ title: f.title, unit: 'Valemite osakond', manager: 'Osakonnajuhataja' }) }));
    const { data, errors } = await server.gql(IMPORT, { input: { files, organization: 'Sotsiaalkindlustusamet' } });
    expect(errors).toBeUndefined();
    expect(data.importDocuments.ok).toBe(true);
    expect(data.importDocuments.files.map((f: { title: string }) => f.title)).toEqual(formulas.map((f) => f.title));
    const response = await fetch(`${server.url}/reports/coverage.csv`, { headers: { authorization: `Bearer ${server.hrToken}` } });
    expect(response.status).toBe(200);
    rows = parse((await response.text()).slice(1));
  });
  afterAll(() => server.close());

  it('shows a title starting with =, +, - or @ as text: the cell begins with an apostrophe', () => {
    for (const f of formulas) {
      const row = rows.find((r) => r[1] === `'${f.title}`);
      expect(row, f.title).toBeDefined();
    }
  });

  it('shows a file name starting with =, +, - or @ as text too', () => {
    for (const f of formulas) {
      const row = rows.find((r) => r[1] === `'${f.title}`)!;
      expect(row[5]).toBe(`'${f.file}`);
    }
  });

  it('holds no cell at all that a spreadsheet would take for a formula', () => {
    expect(rows.length).toBeGreaterThan(formulas.length);
    expect(rows.flat().filter((cell) => FORMULA_START.test(cell))).toEqual([]);
  });
});

describe('the worklist CSV writer', () => {
  it('neutralises a cell beginning with a tab or a carriage return as well, and leaves other cells as they are', () => {
    const csv = worklistCsv([
      { unit: '\tOsakond', position: '\rJuht', gapKind: 'NO_SUBSTITUTE', explanation: 'Nobody = nobody', explanationEt: 'Keegi ei asenda', documents: ['juht.txt'] },
    ]);
    const [, row] = parse(csv.slice(1), { relax_column_count: true }) as string[][];
    expect(row).toEqual(["'\tOsakond", "'\rJuht", 'NO_SUBSTITUTE', 'Nobody = nobody', 'Keegi ei asenda', 'juht.txt']);
  });
});
