/**
 * Importing PDF, DOCX and signed containers gives the same graph as the text; a container's
 * signers are recorded with its documents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocuments } from '../../server/imports/import.service.js';
import { JobDescription } from '../../server/description/job-description.entity.js';
import { makeAsice, makeDocx, makePdf, seedBlocks, seedLines, seedText, signatureXml, SAMPLE_000_HEADER } from '../ingest/formats/build.js';
import { openTempDatabase } from '../factories.js';
import type { Database } from '../../server/db/data-source.js';
import { snapshot } from './snapshot.js';

const SEED = '000_fedac296925412a5.txt';
let textDb: Database;
let fileDb: Database;

beforeAll(async () => {
  textDb = await openTempDatabase();
  fileDb = await openTempDatabase();
  expect((await importDocuments(textDb.dataSource, [{ name: SEED, content: seedText(SEED) }])).ok).toBe(true);
});
afterAll(async () => {
  await textDb.dataSource.destroy();
  await fileDb.dataSource.destroy();
});

describe('a signed container holding the job description as DOCX', () => {
  it('imports the same positions and lines as the text, and records who signed the container', async () => {
    const docx = await makeDocx(seedBlocks(seedText(SEED), { header: SAMPLE_000_HEADER, dutyTable: true }));
    const container = makeAsice({ 'koordinaator.docx': docx }, { 'signatures0.xml': signatureXml([{ subject: { CN: 'TAMM,JAAN,38001010000', SN: 'TAMM', GN: 'JAAN' } }]) });
    const result = await importDocuments(fileDb.dataSource, [{ name: 'koordinaator.asice', content: container }], { organization: 'Sotsiaalkindlustusamet' });
    expect(result.ok).toBe(true);
    expect(result.files.map((f) => [f.name, f.title])).toEqual([['koordinaator.asice/koordinaator.docx', 'Koordinaator']]);

    const [fromText, fromFile] = [await snapshot(textDb.dataSource), await snapshot(fileDb.dataSource)];
    expect(fromFile.units).toEqual(fromText.units);
    expect(fromFile.positions).toEqual(fromText.positions);
    expect(fromFile.substitutions).toEqual(fromText.substitutions);
    const [stored] = await fileDb.dataSource.getRepository(JobDescription).find();
    expect(stored.document.container).toEqual({ name: 'koordinaator.asice', signers: ['Jaan Tamm'] });
    expect(stored.document.duties).toHaveLength(14);
  });
});

describe('a PDF sent over GraphQL as base64', () => {
  it('is told from its content and imported', async () => {
    const { startTestServer } = await import('../api/server.js');
    const server = await startTestServer({ samples: false });
    try {
      const pdf = await makePdf(seedLines(seedText(SEED)));
      const { data, errors } = await server.gql(
        `mutation($input: ImportDocumentsInput!) { importDocuments(input: $input) { ok files { name title status } errors { message } } }`,
        { input: { files: [{ name: 'koordinaator.bin', contentBase64: Buffer.from(pdf).toString('base64') }], organization: 'Sotsiaalkindlustusamet' } },
      );
      expect(errors).toBeUndefined();
      expect(data.importDocuments).toEqual({ ok: true, files: [{ name: 'koordinaator.bin', title: 'Koordinaator', status: 'CREATED' }], errors: [] });
    } finally {
      await server.close();
    }
  });
});
