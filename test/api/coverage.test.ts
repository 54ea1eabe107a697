/**
 * Substitution coverage of the five samples over GraphQL and as the HR worklist,
 * with the expected gaps written from reading the documents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { startTestServer, type TestServer } from './server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const P = 'Peaspetsialist (perelepitus)';
type Entry = { position: { id: string; title: string; documented: boolean; unit: { name: string } }; gaps: { kind: string }[]; substituteCount: number; score: number; worstGap: string | null };

async function coverage(): Promise<Entry[]> {
  const { data, errors } = await server.gql(`{ coverage { positions {
    position { id title documented unit { name } } substituteCount score worstGap gaps { kind explanation explanationEt }
    substitutes { kind label status statedBySubstituted statedBySubstitute position { title } }
  } totals { positions coveredByTwoOrMore coveredByOne uncovered gaps { kind count } } } }`);
  expect(errors).toBeUndefined();
  return data.coverage.positions;
}

const find = (entries: Entry[], title: string, unit: string, documented: boolean) =>
  entries.find((e) => e.position.title === title && e.position.unit.name === unit && e.position.documented === documented)!;

describe('coverage of the samples', () => {
  it('finds that Peaspetsialist (perelepitus) has four substitutes, none documented, all lines unconfirmed', async () => {
    const { data } = await server.gql(`{ coverage { positions { position { title } substituteCount score worstGap gaps { kind }
      substitutes { label status statedBySubstituted statedBySubstitute } } } }`);
    const entry = data.coverage.positions.find((e: any) => e.position.title === P);
    expect(entry.substituteCount).toBe(4);
    expect(entry.substitutes).toEqual(
      ['Perelepitusteenuse juht', 'Nõunik', 'Juhtivkoordinaator', 'Koordinaator'].map((label) => ({
        label,
        status: 'UNCONFIRMED',
        statedBySubstituted: true,
        statedBySubstitute: false,
      })),
    );
    expect(entry.gaps.map((g: any) => g.kind)).toEqual(['ONLY_UNDOCUMENTED_SUBSTITUTES', 'UNCONFIRMED_LINE']);
    expect(entry.worstGap).toBe('ONLY_UNDOCUMENTED_SUBSTITUTES');
    expect(entry.score).toBe(80);
  });

  it('gives every documented position only undocumented substitutes, and the positions they name one or none', async () => {
    const entries = await coverage();
    const kinds = (title: string, unit: string, documented: boolean) => find(entries, title, unit, documented).gaps.map((g) => g.kind);
    for (const [title, unit] of [
      ['Koordinaator', 'KLAT ja abivajava lapse SRT tiim'],
      ['Teenuse juht', 'Erihoolekande ja rehabilitatsiooni talitus'],
      ['Koordinaator-nõustaja (ISTE)', 'Erihoolekande ja rehabilitatsiooni talitus'],
    ]) {
      expect(kinds(title, unit, true), title).toEqual(['ONLY_UNDOCUMENTED_SUBSTITUTES', 'UNCONFIRMED_LINE']);
    }
    // The team lead of KLAT is stood in for only by the coordinator who says so.
    expect(kinds('Tiimijuht', 'KLAT ja abivajava lapse SRT tiim', false)).toEqual(['SINGLE_SUBSTITUTE', 'UNCONFIRMED_LINE']);
    // Nobody says they stand in for the team lead of Arendustalitus.
    expect(kinds('Tiimijuht', 'Arendustalitus', false)).toEqual(['NO_SUBSTITUTE']);
    expect(kinds('Talitusejuhataja', 'Erihoolekande ja rehabilitatsiooni talitus', false)).toEqual(['NO_SUBSTITUTE']);
  });

  it('totals the organisation: five covered by two or more, eight by one, seven by none', async () => {
    const { data } = await server.gql(`{ coverage { totals { positions coveredByTwoOrMore coveredByOne uncovered gaps { kind count } } } }`);
    expect(data.coverage.totals).toEqual({
      positions: 20,
      coveredByTwoOrMore: 5,
      coveredByOne: 8,
      uncovered: 7,
      gaps: expect.arrayContaining([
        { kind: 'NO_SUBSTITUTE', count: 7 },
        { kind: 'SINGLE_SUBSTITUTE', count: 8 },
        { kind: 'ONLY_UNDOCUMENTED_SUBSTITUTES', count: 5 },
        { kind: 'UNCONFIRMED_LINE', count: 13 },
      ]),
    });
    expect(data.coverage.totals.gaps).toHaveLength(4);
  });

  it('reports one unit and the units below it', async () => {
    const { data: units } = await server.gql(`{ units { id name } }`);
    const department = units.units.find((u: any) => u.name === 'Ohvriabi ja ennetusteenuste osakond').id;
    const { data } = await server.gql(`query($u: ID) { coverage(unitId: $u) { positions { position { title } } units { unit { name } positions uncovered } totals { positions } } }`, { u: department });
    expect(data.coverage.totals.positions).toBe(7);
    expect(data.coverage.positions).toHaveLength(7);
    expect(data.coverage.units.map((u: any) => [u.unit.name, u.positions, u.uncovered]).sort()).toEqual(
      [
        ['Ohvriabi ja ennetusteenuste osakond', 7, 1],
        ['Ennetustalitus', 3, 0],
        ['KLAT ja abivajava lapse SRT tiim', 3, 0],
        ['Arendustalitus', 4, 1],
      ].sort(),
    );
  });
});

describe('absences', () => {
  async function substitutesOf(title: string): Promise<{ id: string; subs: string[]; manager: string }> {
    const { data } = await server.gql(`query($t: String) { positions(first: 5, filter: { titleContains: $t, documented: true }) { nodes { id manager { id } substitutes { position { id } } } } }`, { t: title });
    const node = data.positions.nodes[0];
    return { id: node.id, subs: node.substitutes.map((s: any) => s.position.id), manager: node.manager.id };
  }

  it('leaves Peaspetsialist (perelepitus) without a stand-in when its four substitutes are away', async () => {
    const p = await substitutesOf(P);
    const { data, errors } = await server.gql(`query($ids: [ID!]!) { absenceImpact(absentPositionIds: $ids) {
      absent { id } uncovered { position { title } absent } atRisk { position { id title } absent unavailableSubstitutes { id } explanation } fallBackToManager { position { title } } } }`, { ids: p.subs });
    expect(errors).toBeUndefined();
    const impact = data.absenceImpact;
    expect(impact.absent).toHaveLength(4);
    expect(impact.atRisk).toEqual([{ position: { id: p.id, title: P }, absent: false, unavailableSubstitutes: expect.any(Array), explanation: expect.any(String) }]);
    expect(impact.atRisk[0].unavailableSubstitutes.map((s: any) => s.id).sort()).toEqual([...p.subs].sort());
    // The four away have no substitutes of their own.
    expect(impact.uncovered.map((u: any) => u.absent)).toEqual([true, true, true, true]);
    expect(impact.fallBackToManager).toEqual([]);
  });

  it('escalates to the manager only when the manager is present', async () => {
    // Teenuse juht's manager (Talitusejuhataja) is not one of its substitutes.
    const t = await substitutesOf('Teenuse juht');
    const query = `query($ids: [ID!]!) { absenceImpact(absentPositionIds: $ids, escalateToManager: true) { uncovered { position { title documented } explanation } fallBackToManager { position { title documented } manager { title } } } }`;
    const managerPresent = await server.gql(query, { ids: [t.id, ...t.subs] });
    expect(managerPresent.data.absenceImpact.fallBackToManager).toEqual([{ position: { title: 'Teenuse juht', documented: true }, manager: { title: 'Talitusejuhataja' } }]);
    const managerAway = await server.gql(query, { ids: [t.id, ...t.subs, t.manager] });
    expect(managerAway.data.absenceImpact.fallBackToManager).toEqual([]);
    expect(managerAway.data.absenceImpact.uncovered).toContainEqual({ position: { title: 'Teenuse juht', documented: true }, explanation: expect.stringMatching(/manager/i) });
  });
});

describe('critical positions', () => {
  it('names the documented positions whose absence alone leaves two others uncovered, and units that fail at one absence', async () => {
    const { data } = await server.gql(`{ criticalPositions(limit: 10) { positions { position { title } leavesUncovered dependents { title } } units { unit { name } minimumAbsences } } }`);
    expect(data.criticalPositions.positions.map((p: any) => [p.position.title, p.leavesUncovered])).toEqual([
      ['Koordinaator', 2],
      ['Koordinaator (psühholoogiline abi ja traumast taastumist toetav vaimse tervise abi)', 2],
      ['Teenuse juht', 2],
      ['Koordinaator-nõustaja (ISTE)', 2],
    ]);
    const minimum = Object.fromEntries(data.criticalPositions.units.map((u: any) => [u.unit.name, u.minimumAbsences]));
    expect(minimum['KLAT ja abivajava lapse SRT tiim']).toBe(2);
    expect(minimum['Ennetustalitus']).toBe(2);
    expect(minimum['Arendustalitus']).toBe(1);
    expect(minimum['Perelepituse tiim']).toBe(1);
  });
});

describe('the HR worklist', () => {
  it('downloads as UTF-8 CSV with a byte-order mark that parses back to one row per gap', async () => {
    const response = await fetch(`${server.url}/reports/coverage.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(new TextDecoder().decode(bytes.slice(3)));
    expect(rows[0]).toEqual(['unit', 'position', 'gap kind', 'explanation', 'selgitus', 'source documents']);
    expect(rows).toHaveLength(1 + 7 + 8 + 5 + 13);
    const peaspetsialist = rows.filter((r) => r[1] === P);
    expect(peaspetsialist.map((r) => r[2])).toEqual(['ONLY_UNDOCUMENTED_SUBSTITUTES', 'UNCONFIRMED_LINE']);
    expect(peaspetsialist[0][0]).toBe('Laste heaolu osakond › Perelepituse tiim');
    expect(peaspetsialist[0][5]).toBe('002_42ab01ed87798dfc.txt');
  });

  it('narrows to a unit with ?unit= and refuses an ID that is not a unit', async () => {
    const { data } = await server.gql(`{ units { id name } }`);
    const team = data.units.find((u: any) => u.name === 'Perelepituse tiim').id;
    const rows: string[][] = parse((await (await fetch(`${server.url}/reports/coverage.csv?unit=${team}`)).text()).slice(1));
    expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set(['Laste heaolu osakond › Perelepituse tiim']));
    expect(rows).toHaveLength(1 + 2 + 4);
    expect((await fetch(`${server.url}/reports/coverage.csv?unit=nonsense`)).status).toBe(400);
  });
});
