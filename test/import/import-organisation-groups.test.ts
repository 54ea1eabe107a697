/**
 * A plural after the organisation's genitive ("valla sotsiaaltöötajad") is a group of the
 * organisation's staff: stored as a line to the referrer's top unit, never as an invented position.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocuments } from '../../server/imports/import.service.js';
import { jobDescriptionText } from '../factories.js';
import { startTestServer, type TestServer } from '../api/server.js';
import { snapshot } from './snapshot.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ samples: false });
  const result = await importDocuments(
    server.database.dataSource,
    [
      {
        name: 'lastekaitse.txt',
        content: jobDescriptionText({
          title: 'Lastekaitsespetsialist',
          unit: 'Sotsiaalosakond, lastekaitsetalitus',
          manager: 'Talituse juhataja',
          substitutedBy: 'Valla sotsiaaltöötajad',
          substitutes: 'Valla sotsiaaltöötajaid',
        }),
      },
    ],
    { organization: 'Kuusiku vald' },
  );
  expect(result.ok).toBe(true);
});
afterAll(() => server.close());

describe('a group of the organisation\'s staff', () => {
  it('is a line to the referrer\'s top unit, in both directions, with no invented position', async () => {
    const graph = await snapshot(server.database.dataSource);
    expect(graph.positions).toEqual(['Lastekaitsespetsialist @ Lastekaitsetalitus', 'Talituse juhataja* @ Lastekaitsetalitus']);
    expect(graph.substitutions).toEqual(
      [
        '[Valla sotsiaaltöötajad] ⇒ Lastekaitsespetsialist @ Lastekaitsetalitus {substituted#0}',
        'Lastekaitsespetsialist @ Lastekaitsetalitus ⇒ [Valla sotsiaaltöötajad] {substitute#0}',
      ].sort(),
    );
    const { data } = await server.gql(`{
      positions(first: 10, filter: { titleContains: "Lastekaitse" }) { nodes { substitutes { kind label group { name } } } }
    }`);
    expect(data.positions.nodes[0].substitutes).toEqual([{ kind: 'GROUP', label: 'Valla sotsiaaltöötajad', group: { name: 'Sotsiaalosakond' } }]);
  });
});
