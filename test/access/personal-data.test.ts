/**
 * Personal data (names of holders and signatories, the source text that contains them, the
 * employment contract's number, reading notes that quote the text) is null with a FORBIDDEN error
 * for a viewer, field by field, wherever the field is reached: on nodes, on edges, through
 * node(id), through search; hr and admin read it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocuments } from '../../server/imports/import.service.js';
import { Position } from '../../server/org/position.entity.js';
import { JobDescription } from '../../server/description/job-description.entity.js';
import { jobDescriptionText } from '../factories.js';
import { startTestServer, type GqlResponse, type TestServer } from '../api/server.js';

let server: TestServer;
let viewer: string;
let admin: string;
/** Katrin Kalda's position: sample 004, an annex to contract 3-6/493-2. */
let annexPosition: string;
/** A position whose document has a reading note quoting a signature line (names). */
let notePosition: string;

beforeAll(async () => {
  server = await startTestServer();
  viewer = await server.createToken('viewer');
  admin = await server.createToken('admin');
  const imported = await importDocuments(server.database.dataSource, [
    { name: 'analüütik.txt', content: jobDescriptionText({ title: 'Analüütik', unit: 'Analüüsiosakond', employee: 'Jaan Peeter Tamm' }) },
  ], { organization: 'Sotsiaalkindlustusamet' });
  expect(imported.ok).toBe(true);
  const { data } = await server.gql('{ positions(first: 100, filter: { documented: true }) { nodes { id title } } }');
  annexPosition = data.positions.nodes.find((p: any) => p.title === 'Koordinaator-nõustaja (ISTE)').id;
  notePosition = data.positions.nodes.find((p: any) => p.title === 'Analüütik').id;
});
afterAll(() => server.close());

/** Every FORBIDDEN entry's path, as "a.b.0.c". */
const forbiddenPaths = (response: GqlResponse) =>
  (response.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN').map((e) => e.path!.join('.'));

function expectOnlyForbidden(response: GqlResponse, paths: string[]) {
  expect(response.errors?.every((e) => e.extensions?.code === 'FORBIDDEN'), JSON.stringify(response.errors)).toBe(true);
  expect(forbiddenPaths(response).sort()).toEqual([...paths].sort());
}

describe('a viewer', () => {
  it('gets null and a FORBIDDEN entry for Position.holder on connection nodes and edges', async () => {
    const response = await server.gql('{ positions(first: 2) { nodes { title holder } edges { node { holder } } } }', {}, { token: viewer });
    expect(response.data.positions.nodes).toEqual([
      { title: 'Koordinaator', holder: null },
      { title: 'Koordinaator (psühholoogiline abi ja traumast taastumist toetav vaimse tervise abi)', holder: null },
    ]);
    expect(response.data.positions.edges).toEqual([{ node: { holder: null } }, { node: { holder: null } }]);
    expectOnlyForbidden(response, ['positions.nodes.0.holder', 'positions.nodes.1.holder', 'positions.edges.0.node.holder', 'positions.edges.1.node.holder']);
    expect(response.errors![0]).toMatchObject({
      message: 'Position.holder is personal data, readable with the hr role; this request has the viewer role.',
      extensions: { code: 'FORBIDDEN', neededRole: 'hr', role: 'viewer' },
    });
  });

  it('gets null for every personal field of a job description, and the rest of it', async () => {
    const response = await server.gql(
      `query($id: ID!) { position(id: $id) { title holder jobDescription { purpose sourceName sourceText contractAnnex { contractNumber } signatures { name role party } } } }`,
      { id: annexPosition },
      { token: viewer },
    );
    const p = response.data.position;
    expect(p.title).toBe('Koordinaator-nõustaja (ISTE)');
    expect(p.holder).toBeNull();
    expect(p.jobDescription.purpose).toBeTruthy();
    expect(p.jobDescription.sourceName).toBe('004_f78f757519e112cf.txt');
    expect(p.jobDescription.sourceText).toBeNull();
    expect(p.jobDescription.contractAnnex).toEqual({ contractNumber: null });
    expect(p.jobDescription.signatures).toEqual([
      { name: null, role: expect.any(String), party: 'EMPLOYER' },
      { name: null, role: null, party: 'EMPLOYEE' },
    ]);
    expectOnlyForbidden(response, [
      'position.holder',
      'position.jobDescription.sourceText',
      'position.jobDescription.contractAnnex.contractNumber',
      'position.jobDescription.signatures.0.name',
      'position.jobDescription.signatures.1.name',
    ]);
    expect(JSON.stringify(response)).not.toMatch(/Katrin|Kalda|Maripuu|493/);
  });

  it('gets null for a reading note that quotes the text (a name), and the notes that do not', async () => {
    const response = await server.gql(`query($id: ID!) { position(id: $id) { jobDescription { warnings { line message } } } }`, { id: notePosition }, { token: viewer });
    expect(response.data.position.jobDescription.warnings).toEqual([{ line: expect.any(Number), message: null }]);
    expectOnlyForbidden(response, ['position.jobDescription.warnings.0.message']);
    const koordinaator = await server.gql(`{ positions(first: 1) { nodes { jobDescription { warnings { message } } } } }`, {}, { token: viewer });
    expect(koordinaator.errors).toBeUndefined();
    expect(koordinaator.data.positions.nodes[0].jobDescription.warnings).toEqual([{ message: 'duplicate duty number 3.12 (first at line 149), kept as its own duty' }]);
  });

  it('gets the same through node(id), on relations (manager, reports, substitutes, chains) and through search', async () => {
    const response = await server.gql(
      `query($id: ID!) {
        node(id: $id) { ... on Position { holder jobDescription { signatures { name } } } }
        position(id: $id) { manager { holder reports { holder } } substitutes { position { holder } } reportingChain { holder } }
        search(text: "perelepituse") { position { holder } }
      }`,
      { id: annexPosition },
      { token: viewer },
    );
    const paths = forbiddenPaths(response);
    expect(paths).toEqual(expect.arrayContaining(['node.holder', 'node.jobDescription.signatures.0.name', 'node.jobDescription.signatures.1.name', 'position.manager.holder', 'search.0.position.holder']));
    expect(paths.some((p) => /^position\.manager\.reports\.\d+\.holder$/.test(p))).toBe(true);
    expect(paths.some((p) => /^position\.substitutes\.\d+\.position\.holder$/.test(p))).toBe(true);
    expect(paths.some((p) => /^position\.reportingChain\.\d+\.holder$/.test(p))).toBe(true);
    expect(response.errors!.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
    expect(response.data.node.holder).toBeNull();
    expect(response.data.search[0].position.holder).toBeNull();
  });

  it('gets null for the signers of a signed container (.asice/.bdoc)', async () => {
    // As an import of a container stores it: the container's name and its signers beside the parsed document.
    const { dataSource } = server.database;
    const position = await dataSource.getRepository(Position).findOneByOrFail({ rowId: Number(Buffer.from(annexPosition, 'base64url').toString().split(':')[1]) });
    const row = await dataSource.getRepository(JobDescription).findOneByOrFail({ rowId: position.jobDescriptionId! });
    const document = { ...row.document, container: { name: 'ametijuhend.asice', signers: ['Katrin Kalda', 'Maret Maripuu'] } };
    await dataSource.getRepository(JobDescription).update({ rowId: row.rowId }, { document });
    const query = `query($id: ID!) { position(id: $id) { jobDescription { container { name signers } } } }`;
    const asViewer = await server.gql(query, { id: annexPosition }, { token: viewer });
    expect(asViewer.data.position.jobDescription.container).toEqual({ name: 'ametijuhend.asice', signers: null });
    expectOnlyForbidden(asViewer, ['position.jobDescription.container.signers']);
    const asHr = await server.gql(query, { id: annexPosition });
    expect(asHr.errors).toBeUndefined();
    expect(asHr.data.position.jobDescription.container.signers).toEqual(['Katrin Kalda', 'Maret Maripuu']);
  });

  it('is told so by currentAccess', async () => {
    const { data } = await server.gql('{ currentAccess { role tokenName canReadPersonalData } }', {}, { token: viewer });
    expect(data.currentAccess).toMatchObject({ role: 'VIEWER', canReadPersonalData: false });
  });

  it('is the anonymous role on loopback, with the same nulls', async () => {
    expect(server.anonymousRole).toBe('viewer');
    const response = await server.gql('{ currentAccess { role tokenName } positions(first: 1) { nodes { holder } } }', {}, { token: null });
    expect(response.data.currentAccess).toEqual({ role: 'VIEWER', tokenName: null });
    expectOnlyForbidden(response, ['positions.nodes.0.holder']);
  });
});

describe('hr and admin', () => {
  const FULL = `query($id: ID!, $note: ID!) {
    position(id: $id) { holder jobDescription { sourceText contractAnnex { contractNumber } signatures { name } } }
    node(id: $id) { ... on Position { holder } }
    note: position(id: $note) { jobDescription { warnings { message } } }
  }`;

  for (const role of ['hr', 'admin'] as const) {
    it(`${role} reads every personal field`, async () => {
      const token = role === 'hr' ? server.hrToken : admin;
      const { data, errors } = await server.gql(FULL, { id: annexPosition, note: notePosition }, { token });
      expect(errors).toBeUndefined();
      expect(data.position.holder).toBe('Katrin Kalda');
      expect(data.node.holder).toBe('Katrin Kalda');
      expect(data.position.jobDescription.sourceText).toContain('Katrin Kalda');
      expect(data.position.jobDescription.contractAnnex.contractNumber).toBe('3-6/493-2');
      expect(data.position.jobDescription.signatures.map((s: any) => s.name)).toEqual(['Maret Maripuu', 'Katrin Kalda']);
      expect(data.note.jobDescription.warnings[0].message).toMatch(/Jaan Peeter Tamm/);
    });
  }
});
