/**
 * "Alluvad" lists give reporting lines from the manager's side; they are reconciled with the
 * subordinates' own "Vahetu juht", and disagreements are reported as data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocuments } from '../../server/imports/import.service.js';
import { startTestServer, type TestServer } from '../api/server.js';
import { snapshot } from './snapshot.js';

/** A job description in the labelled-rows layout. */
function labelledRows(title: string, manager: string, subordinates = '-'): string {
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

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ samples: false });
  const result = await importDocuments(
    server.database.dataSource,
    [
      { name: 'juhataja.txt', content: labelledRows('Osakonna juhataja', 'Peadirektor', 'Nõunik, analüütik') },
      { name: 'nounik.txt', content: labelledRows('Nõunik', 'Peadirektor') },
      { name: 'jurist.txt', content: labelledRows('Jurist', 'Osakonna juhataja') },
    ],
    { organization: 'Testamet' },
  );
  expect(result.ok).toBe(true);
});
afterAll(() => server.close());

describe('reconciling "Alluvad" with "Vahetu juht"', () => {
  it('gives an undocumented subordinate the manager that lists it, and keeps each document’s own manager', async () => {
    const graph = await snapshot(server.database.dataSource);
    expect(graph.reporting).toEqual(
      [
        'Analüütik* @ Arendusosakond → Osakonna juhataja @ Arendusosakond',
        'Jurist @ Arendusosakond → Osakonna juhataja @ Arendusosakond',
        'Nõunik @ Arendusosakond → Peadirektor* @ (top)',
        'Osakonna juhataja @ Arendusosakond → Peadirektor* @ (top)',
      ].sort(),
    );
  });

  it('reports both kinds of disagreement over GraphQL', async () => {
    const { data, errors } = await server.gql(`{ reportingConflicts { kind subordinate { title } claimedManager { title } statedManager { title } } }`);
    expect(errors).toBeUndefined();
    expect(data.reportingConflicts).toEqual([
      { kind: 'SUBORDINATE_NAMES_OTHER_MANAGER', subordinate: { title: 'Nõunik' }, claimedManager: { title: 'Osakonna juhataja' }, statedManager: { title: 'Peadirektor' } },
      { kind: 'MANAGER_DOES_NOT_LIST_SUBORDINATE', subordinate: { title: 'Jurist' }, claimedManager: { title: 'Osakonna juhataja' }, statedManager: { title: 'Osakonna juhataja' } },
    ]);
  });
});
