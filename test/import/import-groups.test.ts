/**
 * Substitutes that are not one position: a group of a unit's staff ("osakonna teenistujad")
 * and a placeholder ("valdkonnajuhi poolt määratud ametnik") are stored as such, not as invented positions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocuments } from '../../server/imports/import.service.js';
import { jobDescriptionText } from '../factories.js';
import { startTestServer, type TestServer } from '../api/server.js';
import { snapshot } from './snapshot.js';

const UNIT = 'Lasteosakond, nõustamistalitus';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ samples: false });
  const result = await importDocuments(
    server.database.dataSource,
    [
      {
        name: 'jurist.txt',
        content: jobDescriptionText({
          title: 'Jurist',
          unit: UNIT,
          manager: 'Talitusejuhataja',
          substitutedBy: 'Osakonna teenistujad, valdkonnajuhi poolt määratud ametnik',
          substitutes: 'Talituse teenistujaid',
        }),
      },
      { name: 'noustaja.txt', content: jobDescriptionText({ title: 'Nõustaja', unit: UNIT, manager: 'Talitusejuhataja', substitutedBy: 'Jurist', substitutes: '-' }) },
    ],
    { organization: 'Testamet' },
  );
  expect(result.ok).toBe(true);
});
afterAll(() => server.close());

describe('group and placeholder substitutes', () => {
  it('are stored as lines to a unit and to a label, with no invented positions', async () => {
    const graph = await snapshot(server.database.dataSource);
    expect(graph.positions).toEqual(['Jurist @ Nõustamistalitus', 'Nõustaja @ Nõustamistalitus', 'Talitusejuhataja* @ Nõustamistalitus']);
    expect(graph.substitutions).toEqual(
      [
        '[Osakonna teenistujad] ⇒ Jurist @ Nõustamistalitus {substituted#0}',
        '[Valdkonnajuhi poolt määratud ametnik] ⇒ Jurist @ Nõustamistalitus {substituted#1}',
        'Jurist @ Nõustamistalitus ⇒ [Talituse teenistujad] {substitute#0}',
        'Jurist @ Nõustamistalitus ⇒ Nõustaja @ Nõustamistalitus {substituted#0}',
      ].sort(),
    );
  });

  it('come over GraphQL with their kind, unit and label', async () => {
    const { data } = await server.gql(`{
      positions(first: 10, filter: { titleContains: "Jurist" }) { nodes {
        substitutes { kind label status position { title } group { name } }
        substitutedFor { kind label group { name } }
      } }
    }`);
    const [jurist] = data.positions.nodes;
    expect(jurist.substitutes).toEqual([
      { kind: 'GROUP', label: 'Osakonna teenistujad', status: 'UNCONFIRMED', position: null, group: { name: 'Lasteosakond' } },
      { kind: 'PLACEHOLDER', label: 'Valdkonnajuhi poolt määratud ametnik', status: 'UNCONFIRMED', position: null, group: null },
    ]);
    expect(jurist.substitutedFor).toEqual([
      { kind: 'GROUP', label: 'Talituse teenistujad', group: { name: 'Nõustamistalitus' } },
      { kind: 'POSITION', label: 'Nõustaja', group: null },
    ]);
  });
});
