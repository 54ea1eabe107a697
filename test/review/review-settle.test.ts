/**
 * HR settles review items; how an item was settled survives re-imports while the item still arises,
 * an item that no longer arises leaves the queue, and only hr may settle.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../api/server.js';
import { document, importOrganisation, jobDescriptionId, queue, settle } from './review-helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ samples: false });
});
afterAll(() => server.close());

const analyst = (substitutes = '-') => ({ name: 'analyytik.txt', content: document({ title: 'Analüütik', unit: 'Arendusosakond', manager: 'Osakonna juhataja', substitutes }) });
const counsellor = { name: 'nounik.txt', content: document({ title: 'Nõunik', unit: 'Arendusosakond', manager: 'Osakonna juhataja', substitutedBy: 'Analüütik' }) };

async function auditSummaries(): Promise<string[]> {
  const admin = await server.createToken('admin');
  const { data } = await server.gql(`{ auditLog(first: 20) { nodes { operation summary } } }`, {}, { token: admin });
  return data.auditLog.nodes.filter((n: { operation: string }) => n.operation === 'settleReviewItem').map((n: { summary: string }) => n.summary);
}

describe('settling a review item', () => {
  it('keeps its status, who settled it and the comment across a re-import, and drops it when it no longer arises', async () => {
    const org = await importOrganisation(server, 'Asutus', [analyst(), counsellor]);
    const [item] = (await queue(server, org, { kind: 'CONTRADICTED_SUBSTITUTION' })).data.nodes;
    const { data } = await settle(server, item.id, 'DISMISSED', 'Asendamine on kokku lepitud suuliselt.');
    expect(data).toMatchObject({ ok: true, errors: [], item: { id: item.id, status: 'DISMISSED', settledBy: 'tests (hr)', comment: 'Asendamine on kokku lepitud suuliselt.' } });
    expect(data.item.settledAt).toEqual(expect.any(String));

    // A changed document that still leaves the line unstated: the item and its settling stay.
    await importOrganisation(server, 'Asutus', [{ ...analyst(), content: `${analyst().content}\nLisarida.` }]);
    const [again] = (await queue(server, org, { kind: 'CONTRADICTED_SUBSTITUTION' })).data.nodes;
    expect(again).toMatchObject({ id: item.id, status: 'DISMISSED', settledBy: 'tests (hr)', comment: 'Asendamine on kokku lepitud suuliselt.' });

    // The analyst's document now states the line: the item no longer arises.
    await importOrganisation(server, 'Asutus', [analyst('Nõunikku')]);
    expect((await queue(server, org, { kind: 'CONTRADICTED_SUBSTITUTION' })).data.nodes).toEqual([]);
    const { data: gone } = await server.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: item.id });
    expect(gone.node).toBeNull();
    expect(await auditSummaries()).toContain(`dismissed review item "${item.explanation.en.slice(0, 119)}…"`);
  });

  it('accepts an item and opens it again, forgetting who settled it', async () => {
    const org = await importOrganisation(server, 'Teine asutus', [analyst(), counsellor]);
    const [item] = (await queue(server, org)).data.nodes;
    expect((await settle(server, item.id, 'ACCEPTED')).data.item).toMatchObject({ status: 'ACCEPTED', settledBy: 'tests (hr)', comment: null });
    expect((await queue(server, org, { status: 'ACCEPTED' })).data.nodes.map((n: { id: string }) => n.id)).toEqual([item.id]);
    expect((await settle(server, item.id, 'OPEN')).data.item).toMatchObject({ status: 'OPEN', settledBy: null, settledAt: null, comment: null });
  });

  it('refuses CORRECTED and an unknown item as user errors, writing nothing', async () => {
    const org = await importOrganisation(server, 'Kolmas asutus', [analyst(), counsellor]);
    const [item] = (await queue(server, org)).data.nodes;
    const corrected = await settle(server, item.id, 'CORRECTED');
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data).toEqual({ ok: false, item: null, errors: [{ message: 'an item becomes CORRECTED by correcting its field (correctField); settle it as ACCEPTED, DISMISSED or OPEN' }] });
    const unknown = await settle(server, 'UmV2aWV3SXRlbTo5OTk5OTk', 'ACCEPTED');
    expect(unknown.data).toMatchObject({ ok: false, item: null, errors: [{ message: 'there is no review item with this ID; the queue may have changed since it was read' }] });
    expect((await queue(server, org)).data.nodes[0].status).toBe('OPEN');
  });

  it('refuses a comment longer than 2,000 characters', async () => {
    const org = await importOrganisation(server, 'Neljas asutus', [analyst(), counsellor]);
    const [item] = (await queue(server, org)).data.nodes;
    const { errors } = await settle(server, item.id, 'DISMISSED', 'x'.repeat(2001));
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await queue(server, org)).data.nodes[0].status).toBe('OPEN');
  });

  it('lets a viewer read the queue without who settled it, and refuses the viewer’s settling', async () => {
    const org = await importOrganisation(server, 'Viies asutus', [analyst(), counsellor]);
    const [item] = (await queue(server, org)).data.nodes;
    await settle(server, item.id, 'DISMISSED', 'Vaadatud.');
    const viewer = await server.createToken('viewer');
    const read = await queue(server, org, {}, viewer);
    expect(read.data.nodes[0]).toMatchObject({ id: item.id, status: 'DISMISSED', settledBy: null, comment: 'Vaadatud.' });
    expect(read.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    const refused = await settle(server, item.id, 'OPEN', undefined, viewer);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await queue(server, org)).data.nodes[0].status).toBe('DISMISSED');
  });

  it('keeps a stale correction for the new text when its item is accepted, and the item leaves the queue', async () => {
    const org = await importOrganisation(server, 'Kuues asutus', [analyst(), counsellor]);
    const documentId = await jobDescriptionId(server, 'Kuues asutus', 'Nõunik');
    const corrected = await server.gql(`mutation($input: CorrectFieldInput!) { correctField(input: $input) { ok } }`, { input: { jobDescriptionId: documentId, field: 'manager', value: ['Arendusjuht'] } });
    expect(corrected.data.correctField.ok).toBe(true);
    await importOrganisation(server, 'Kuues asutus', [{ name: 'nounik.txt', content: document({ title: 'Nõunik', unit: 'Arendusosakond', manager: 'Peadirektor', substitutedBy: 'Analüütik' }) }]);
    const [stale] = (await queue(server, org, { kind: 'STALE_CORRECTION' })).data.nodes;
    expect(stale.correction).toEqual({ status: 'STALE', correctedValue: ['Arendusjuht'], staleReading: ['Peadirektor'] });

    const { data } = await settle(server, stale.id, 'ACCEPTED', 'Juht on endiselt arendusjuht.');
    expect(data).toMatchObject({ ok: true, item: { status: 'ACCEPTED', kind: 'STALE_CORRECTION' } });
    expect((await queue(server, org, { kind: 'STALE_CORRECTION' })).data.nodes).toEqual([]);
    const { data: after } = await server.gql(`query($id: ID!) { node(id: $id) { ... on JobDescription { corrections { status readValue correctedValue } } } }`, { id: documentId });
    expect(after.node.corrections).toEqual([{ status: 'ACTIVE', readValue: ['Peadirektor'], correctedValue: ['Arendusjuht'] }]);
  });
});
