import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { Observable } from 'rxjs';
import type { OrgData } from '../../web/src/features/chart/org-data';
import { position, unit } from './org-fixture';

/** A GraphQL operation the chart sent: its name and variables. */
export interface SentOperation {
  name: string;
  variables: Record<string, unknown>;
}

/**
 * An Apollo client whose link answers the chart's queries from `org`, as the server would, and
 * records every operation sent: the boundary the tests count requests at. `failUnits` answers
 * UnitPositions for those units with an error; `hold` keeps answers back until released.
 */
export function fakeChartApi(org: OrgData, options: { failUnits?: ReadonlySet<string> } = {}) {
  const sent: SentOperation[] = [];
  const held: (() => void)[] = [];
  let holding = false;
  const inUnit = (unitId: string) => org.positions.filter((p) => p.unit?.id === unitId);
  const byId = new Map(org.positions.map((p) => [p.id, p]));

  const answer = (name: string, variables: Record<string, unknown>): unknown => {
    switch (name) {
      case 'ChartUnits': {
        // Pages of 100 after the unit named by `after`, as the server answers.
        const from = variables.after ? org.units.findIndex((u) => u.id === variables.after) + 1 : 0;
        return { units: org.units.slice(from, from + 100), positions: { totalCount: org.positions.length } };
      }
      case 'ChartPositions': {
        const from = variables.after ? Number(variables.after) : 0;
        const nodes = org.positions.slice(from, from + 100); // a page, as ChartPositions asks
        const end = from + nodes.length;
        return { positions: { totalCount: org.positions.length, pageInfo: { hasNextPage: end < org.positions.length, endCursor: String(end) }, nodes } };
      }
      case 'TopPositions': {
        const atTop = org.positions.filter((p) => !p.unit);
        const from = variables.after ? Number(variables.after) : 0;
        const nodes = atTop.slice(from, from + 100);
        const end = from + nodes.length;
        return { positions: { pageInfo: { hasNextPage: end < atTop.length, endCursor: String(end) }, nodes } };
      }
      case 'UnitPositions': {
        const all = inUnit(String(variables.id));
        const from = variables.after ? all.findIndex((p) => p.id === variables.after) + 1 : 0;
        return { unit: { id: variables.id, positions: all.slice(from, from + 100) } };
      }
      case 'PositionPath': {
        const found = byId.get(String(variables.id));
        return { position: found ? { __typename: 'Position', id: found.id, unit: found.unit && { __typename: 'Unit', ...found.unit }, reportingChain: [] } : null };
      }
      default:
        throw new Error(`the fake API does not answer ${name}`);
    }
  };

  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const name = operation.operationName ?? '';
        sent.push({ name, variables: operation.variables });
        const respond = () => {
          if (name === 'UnitPositions' && options.failUnits?.has(String(operation.variables.id))) {
            observer.error(new TypeError('Failed to fetch'));
            return;
          }
          observer.next({ data: answer(name, operation.variables) as Record<string, unknown> });
          observer.complete();
        };
        if (holding) held.push(respond);
        else setTimeout(respond, 0);
      }),
  );
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  return {
    client,
    sent,
    /** Names of the operations sent so far. */
    names: () => sent.map((s) => s.name),
    /** Answers wait until `release`, so that a test can see the loading state. */
    hold: () => {
      holding = true;
    },
    release: () => {
      holding = false;
      for (const respond of held.splice(0)) respond();
    },
  };
}

/**
 * An organisation of more than 500 positions: department D (its head reports to a director
 * general with no unit) › division V › team T, and department D2 › division X holding most.
 *
 *   director (no unit) ← dHead (D) ← vHead (V) ← 10 in V, and tHead (T) ← 10 in T
 *                      ← d2Head (D2) ← 490 in X
 */
export function largeTree(): OrgData {
  const positions = [
    position('director', { title: 'Peadirektor' }),
    position('dHead', { title: 'Osakonna juhataja', unitId: 'D', managerId: 'director' }),
    position('d2Head', { title: 'Teise osakonna juhataja', unitId: 'D2', managerId: 'director' }),
    position('vHead', { title: 'Talitusejuhataja', unitId: 'V', managerId: 'dHead' }),
    position('tHead', { title: 'Tiimijuht', unitId: 'T', managerId: 'vHead' }),
    ...Array.from({ length: 10 }, (_, i) => position(`v${i}`, { title: `Spetsialist ${i}`, unitId: 'V', managerId: 'vHead' })),
    ...Array.from({ length: 10 }, (_, i) => position(`t${i}`, { title: `Koordinaator ${i}`, unitId: 'T', managerId: 'tHead' })),
    ...Array.from({ length: 490 }, (_, i) => position(`x${i}`, { title: `Nõustaja ${i}`, unitId: 'X', managerId: 'd2Head' })),
  ];
  const count = (id: string) => positions.filter((p) => p.unit?.id === id).length;
  return {
    units: [
      unit('D', 'Teenuste osakond', 'DEPARTMENT', undefined, count('D')),
      unit('D2', 'Laste heaolu osakond', 'DEPARTMENT', undefined, count('D2')),
      unit('V', 'Erihoolekande talitus', 'DIVISION', 'D', count('V')),
      unit('X', 'Nõustamistalitus', 'DIVISION', 'D2', count('X')),
      unit('T', 'Perelepituse tiim', 'TEAM', 'V', count('T')),
    ],
    positions,
  };
}
