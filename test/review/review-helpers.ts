/**
 * What the review tests share: organisations made of factory documents, and the queue as the API
 * answers it.
 */
import { expect } from 'vitest';
import { importDocuments } from '../../server/imports/import.service.js';
import type { TestServer } from '../api/server.js';
import { jobDescriptionText, type JobDescriptionFacts } from '../factories.js';

export const ITEM_FIELDS = `id kind field explanation { en et } positions { title } jobDescription { sourceName } lines { start end } status settledBy settledAt comment correction { status correctedValue staleReading }`;

export interface QueueFilter {
  kind?: string;
  unitId?: string;
  status?: string;
}

/** Imports files into one organisation and returns its global ID. */
export async function importOrganisation(server: TestServer, organization: string, files: { name: string; content: string }[]): Promise<string> {
  const result = await importDocuments(server.database.dataSource, files, { organization });
  expect(result.ok, JSON.stringify(result.files.map((f) => f.error))).toBe(true);
  const { data } = await server.gql(`{ organizations { id name } }`);
  return data.organizations.find((o: { name: string }) => o.name === organization).id;
}

/** The first page (up to 100) of an organisation's queue. */
export async function queue(server: TestServer, organizationId: string, filter: QueueFilter = {}, token?: string | null) {
  const { data, errors } = await server.gql(
    `query($org: ID, $filter: ReviewItemFilter) { reviewItems(organizationId: $org, filter: $filter, first: 100) { totalCount countsByKind { kind count } nodes { ${ITEM_FIELDS} } } }`,
    { org: organizationId, filter },
    token === undefined ? {} : { token },
  );
  return { data: data?.reviewItems, errors };
}

export async function settle(server: TestServer, id: string, status: string, comment?: string, token?: string | null) {
  const { data, errors } = await server.gql(
    `mutation($input: SettleReviewItemInput!) { settleReviewItem(input: $input) { ok errors { message } item { ${ITEM_FIELDS} } } }`,
    { input: { id, status, comment } },
    token === undefined ? {} : { token },
  );
  return { data: data?.settleReviewItem, errors };
}

/** A job description in the labelled-rows layout, which has an "Alluvad" row. */
export function labelledRows(title: string, manager: string, subordinates = '-'): string {
  return [
    'AMETIJUHEND',
    'Struktuuriüksus Arendusosakond',
    `Teenistuskoht ${title}`,
    `Vahetu juht ${manager}`,
    `Alluvad ${subordinates}`,
    'Teenistuja asendab -',
    'Teenistuja asendaja -',
    `Teenistuskoha eesmärk ${title} korraldab arendust.`,
  ].join('\n');
}

/** A factory document whose text names no organisation, so that it is filed under the one imported into. */
export function document(facts: JobDescriptionFacts): string {
  return jobDescriptionText({ purpose: `${facts.title} korraldab oma valdkonna tööd.`, ...facts });
}

/** The global ID of the job description of the position with this title in this organisation. */
export async function jobDescriptionId(server: TestServer, organization: string, title: string): Promise<string> {
  const { data } = await server.gql(`{ positions(first: 100, filter: { documented: true }) { nodes { title organization { name } jobDescription { id } } } }`);
  return data.positions.nodes.find((p: { title: string; organization: { name: string } }) => p.title === title && p.organization.name === organization).jobDescription.id;
}
