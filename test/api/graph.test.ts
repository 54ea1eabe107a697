/**
 * The org graph over GraphQL, against a started server with the bundled samples.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function positionId(title: string, documented = true): Promise<string> {
  const { data } = await server.gql(`query($t: String) { positions(first: 100, filter: { titleContains: $t }) { nodes { id title documented } } }`, { t: title });
  const match = data.positions.nodes.find((p: any) => p.title === title && p.documented === documented);
  if (!match) throw new Error(`no position ${title}`);
  return match.id;
}

describe('the overview query leadership and outside checks use', () => {
  it('returns every sample position with its unit and manager, and every unit with its parent', async () => {
    const { data, errors } = await server.gql(
      '{ positions(first: 100) { totalCount nodes { id title documented unit { name } manager { title } } } units { name parent { name } } }',
    );
    expect(errors).toBeUndefined();
    expect(data.positions.totalCount).toBe(20);
    expect(data.positions.nodes).toHaveLength(20);
    expect(data.positions.nodes.filter((p: any) => p.documented).map((p: any) => p.title).sort()).toEqual([
      'Koordinaator',
      'Koordinaator (psühholoogiline abi ja traumast taastumist toetav vaimse tervise abi)',
      'Koordinaator-nõustaja (ISTE)',
      'Peaspetsialist (perelepitus)',
      'Teenuse juht',
    ]);
    expect(data.positions.nodes.find((p: any) => p.title === 'Peaspetsialist (perelepitus)')).toMatchObject({
      unit: { name: 'Perelepituse tiim' },
      manager: { title: 'Perelepitusteenuse juht' },
    });
    expect(data.units).toHaveLength(8);
    expect(data.units.filter((u: any) => u.parent === null).map((u: any) => u.name).sort()).toEqual([
      'Laste heaolu osakond',
      'Ohvriabi ja ennetusteenuste osakond',
      'Teenuste osakond',
    ]);
    expect(data.units.find((u: any) => u.name === 'KLAT ja abivajava lapse SRT tiim').parent).toEqual({ name: 'Ennetustalitus' });
  });
});

describe('one position in full', () => {
  it('has its job description with every section, and its place in the chart', async () => {
    const id = await positionId('Koordinaator');
    const { data, errors } = await server.gql(
      `query($id: ID!) { position(id: $id) {
        title unit { name kind parent { name parent { name } } } manager { title documented } reportingChain { title }
        organization { name }
        jobDescription {
          sourceName layout purpose duties { number text results } rights responsibilities workTools
          requirements { education educationLevel languages { language code level alternatives } }
          competencies { group items } additionalCompetencies { name }
          approval { date number issuer } signatures { name role party } warnings { line message }
          sources { field start end }
        }
      } }`,
      { id },
    );
    expect(errors).toBeUndefined();
    const p = data.position;
    expect(p.unit).toEqual({ name: 'KLAT ja abivajava lapse SRT tiim', kind: 'TEAM', parent: { name: 'Ennetustalitus', parent: { name: 'Ohvriabi ja ennetusteenuste osakond' } } });
    expect(p.manager).toEqual({ title: 'Tiimijuht', documented: false });
    expect(p.reportingChain).toEqual([{ title: 'Tiimijuht' }]);
    expect(p.organization.name).toBe('Sotsiaalkindlustusamet');
    const jd = p.jobDescription;
    expect(jd.sourceName).toBe('000_fedac296925412a5.txt');
    expect(jd.purpose).toMatch(/^Kinnise lasteasutuse teenuse sujuva/);
    expect(jd.duties).toHaveLength(14);
    expect(jd.approval).toEqual({ date: '2024-02-12', number: '23', issuer: 'Sotsiaalkindlustusameti peadirektor' });
    expect(jd.requirements.languages).toEqual([
      { language: 'eesti', code: 'et', level: 'C1', alternatives: [] },
      { language: 'inglise', code: 'en', level: 'B1', alternatives: [] },
    ]);
    expect(jd.requirements.educationLevel).toBe('HIGHER');
    expect(jd.workTools).toBeNull();
    expect(jd.signatures).toEqual([{ name: 'Maret Maripuu', role: 'peadirektor', party: 'EMPLOYER' }]);
    expect(jd.warnings).toEqual([{ line: 171, message: expect.stringContaining('3.12') }]);
    expect(jd.sources).toContainEqual({ field: 'title', start: 16, end: 17 });
  });

  it('lists who stands in for it and for whom it stands in, with which documents state each line', async () => {
    const id = await positionId('Peaspetsialist (perelepitus)');
    const { data } = await server.gql(
      `query($id: ID!) { position(id: $id) {
        substitutes { position { title documented } statedBy confirmed status order }
        substitutedFor { position { title } }
      } }`,
      { id },
    );
    expect(data.position.substitutes).toEqual(
      ['Perelepitusteenuse juht', 'Nõunik', 'Juhtivkoordinaator', 'Koordinaator'].map((title, order) => ({
        position: { title, documented: false },
        statedBy: ['SUBSTITUTED_DOCUMENT'],
        confirmed: false,
        status: 'UNCONFIRMED',
        order,
      })),
    );
    expect(data.position.substitutedFor).toEqual([]);
  });

  it('shows the reverse side of a line on the undocumented position', async () => {
    const { data } = await server.gql(
      `{ positions(first: 10, filter: { titleContains: "Projektijuht" }) { nodes { title documented substitutedFor { position { title } statedBy order } substitutes { position { title } statedBy } reports { title } } } }`,
    );
    expect(data.positions.nodes).toEqual([
      {
        title: 'Projektijuht (ISTE)',
        documented: false,
        substitutedFor: [{ position: { title: 'Koordinaator-nõustaja (ISTE)' }, statedBy: ['SUBSTITUTED_DOCUMENT'], order: null }],
        substitutes: [{ position: { title: 'Koordinaator-nõustaja (ISTE)' }, statedBy: ['SUBSTITUTE_DOCUMENT'] }],
        reports: [{ title: 'Koordinaator-nõustaja (ISTE)' }],
      },
    ]);
  });
});

describe('global object identification', () => {
  it('fetches positions, units, organisations and job descriptions by ID with node()', async () => {
    const { data } = await server.gql(`{ organizations { id name topUnits { id name } } positions(first: 1) { nodes { id jobDescription { id } } } }`);
    const ids = [data.organizations[0].id, data.organizations[0].topUnits[0].id, data.positions.nodes[0].id, data.positions.nodes[0].jobDescription.id];
    for (const id of ids) {
      const { data: found } = await server.gql(`query($id: ID!) { node(id: $id) { id __typename } }`, { id });
      expect(found.node.id).toBe(id);
    }
    const types = await Promise.all(ids.map(async (id) => (await server.gql(`query($id: ID!) { node(id: $id) { __typename } }`, { id })).data.node.__typename));
    expect(types).toEqual(['Organization', 'Unit', 'Position', 'JobDescription']);
  });

  it('answers null for an ID that names nothing', async () => {
    const { data, errors } = await server.gql(`{ node(id: "bm9uc2Vuc2U") { id } position(id: "UG9zaXRpb246OTk5OTk") { id } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ node: null, position: null });
  });
});

describe('listing positions', () => {
  it('filters by unit subtree, by documented, and by title', async () => {
    const { data } = await server.gql(`{ units { id name } }`);
    const department = data.units.find((u: any) => u.name === 'Ohvriabi ja ennetusteenuste osakond').id;
    const count = async (filter: string) => (await server.gql(`{ positions(first: 100, filter: ${filter}) { totalCount } }`)).data.positions.totalCount;
    expect(await count(`{ unitId: "${department}" }`)).toBe(7);
    expect(await count(`{ unitId: "${department}", directOnly: true }`)).toBe(0);
    expect(await count(`{ documented: true }`)).toBe(5);
    expect(await count(`{ documented: false }`)).toBe(15);
    // Koordinaator ×5 (two documented), Juhtivkoordinaator, Koordinaator-nõustaja (ISTE) ×2.
    expect(await count(`{ titleContains: "KOORDINAATOR" }`)).toBe(8);
  });

  it('pages with cursors, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { data }: any = await server.gql(`query($after: String) { positions(first: 7, after: $after) { totalCount nodes { id } edges { cursor } pageInfo { hasNextPage hasPreviousPage endCursor } } }`, { after });
      expect(data.positions.totalCount).toBe(20);
      expect(data.positions.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...data.positions.nodes.map((n: any) => n.id));
      expect(data.positions.edges.at(-1).cursor).toBe(data.positions.pageInfo.endCursor);
      after = data.positions.pageInfo.hasNextPage ? data.positions.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(20);
  });

  it('refuses a page larger than 100 with a clear message', async () => {
    const { errors } = await server.gql(`{ positions(first: 1000) { totalCount } }`);
    expect(errors?.[0].message).toMatch(/Argument Validation Error/);
  });
});

describe('search', () => {
  it('finds positions by words in their duties and results, with a highlighted snippet', async () => {
    const { data } = await server.gql(`{ search(text: "rehabilitatsioon") { position { title documented } field snippet } }`);
    const titles = data.search.map((h: any) => h.position.title);
    expect(titles).toContain('Teenuse juht');
    const hit = data.search.find((h: any) => h.position.title === 'Teenuse juht' && h.position.documented);
    expect(hit.snippet).toMatch(/«[^»]+»/);
  });

  it('finds positions by unit name and ignores FTS syntax in the query', async () => {
    const { data } = await server.gql(`{ search(text: "perelepituse") { position { title } field } }`);
    expect(data.search.map((h: any) => h.position.title)).toContain('Peaspetsialist (perelepitus)');
    const odd = await server.gql(`{ search(text: "\\"OR NEAR(") { position { title } } }`);
    expect(odd.errors).toBeUndefined();
  });
});

describe('the GraphQL IDE', () => {
  it('opens in a browser at /graphql, from installed files', async () => {
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('/graphiql/graphiql.js');
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
    for (const asset of ['graphiql.js', 'graphiql.css', 'react.js', 'react-dom.js']) {
      const response = await fetch(`${server.url}/graphiql/${asset}`);
      expect(response.status, asset).toBe(200);
      expect((await response.arrayBuffer()).byteLength, asset).toBeGreaterThan(1000);
    }
  });
});
