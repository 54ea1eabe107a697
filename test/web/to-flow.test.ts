import { describe, expect, it } from 'vitest';
import { COLLAPSE_ABOVE_POSITIONS, defaultCollapsed, substitutionStyle, toFlow } from '../../web/src/features/chart/to-flow';
import type { ChartNode, PositionFlowNode, SubstitutionFlowEdge, UnitFlowNode } from '../../web/src/features/chart/flow-types';
import { largeTree } from './fake-chart-api';
import { groupLine, largeOrg, placeholderLine, position, smallOrg } from './org-fixture';

const open = { collapsed: new Set<string>(), overlay: false };
const byId = (nodes: ChartNode[]) => new Map(nodes.map((n) => [n.id, n]));
const edgeIds = (edges: { source: string; target: string; type?: string }[], type: string) =>
  edges.filter((e) => e.type === type).map((e) => `${e.source}->${e.target}`).sort();

describe('toFlow: API data → React Flow nodes and edges', () => {
  it('nests units and positions, parents before children', () => {
    const { nodes, edges } = toFlow(smallOrg(), open);
    expect(nodes).toHaveLength(10); // 4 units + 6 positions
    expect(nodes.filter((n) => n.type === 'unit').map((n) => n.id).sort()).toEqual(['D1', 'D2', 'T1', 'V1']);
    const parents = Object.fromEntries(nodes.map((n) => [n.id, n.parentId ?? null]));
    expect(parents).toEqual({
      director: null,
      D1: null,
      D2: null,
      V1: 'D1',
      T1: 'V1',
      head: 'D1',
      divHead: 'V1',
      teamLead: 'T1',
      member: 'T1',
      adviser: 'D2',
    });
    const order = nodes.map((n) => n.id);
    for (const node of nodes) if (node.parentId) expect(order.indexOf(node.parentId)).toBeLessThan(order.indexOf(node.id));

    // Reporting lines run from manager (source, drawn above) to report (target).
    expect(edgeIds(edges, 'reporting')).toEqual(['director->head', 'divHead->teamLead', 'head->divHead', 'teamLead->member']);
    expect(edges.filter((e) => e.type === 'substitution')).toHaveLength(0);
  });

  it('puts title, specialisation, unit and substitute coverage on position nodes', () => {
    const nodes = byId(toFlow(smallOrg(), open).nodes);
    const member = nodes.get('member') as PositionFlowNode;
    expect(member.data).toMatchObject({
      title: 'Peaspetsialist (perelepitus)',
      baseTitle: 'Peaspetsialist',
      specialization: 'perelepitus',
      unitName: 'Perelepituse tiim',
      documented: true,
      substituteCount: 2,
      coverage: 'many',
    });
    expect((nodes.get('teamLead') as PositionFlowNode).data.coverage).toBe('one');
    expect((nodes.get('adviser') as PositionFlowNode).data).toMatchObject({ coverage: 'none', documented: false, substituteCount: 0 });
    expect((nodes.get('D1') as UnitFlowNode).data).toMatchObject({ unitKind: 'DEPARTMENT', depth: 0, positionCount: 4 });
    expect((nodes.get('T1') as UnitFlowNode).data).toMatchObject({ unitKind: 'TEAM', depth: 2, positionCount: 2 });
  });

  it('hides what is inside a collapsed unit, and draws the line from its manager to its card instead', () => {
    const { nodes, edges } = toFlow(smallOrg(), { collapsed: new Set(['V1']), overlay: true });
    expect(nodes.map((n) => n.id).sort()).toEqual(['D1', 'D2', 'V1', 'adviser', 'director', 'head']);
    const division = byId(nodes).get('V1') as UnitFlowNode;
    expect(division.data).toMatchObject({ collapsed: true, positionCount: 3 });
    expect(division.width).toBeGreaterThan(0);
    expect(edgeIds(edges, 'reporting')).toEqual(['director->head', 'head->V1']);
    // head→divHead and adviser→member end inside the collapsed division.
    expect(edgeIds(edges, 'substitution')).toEqual([]);
  });

  it('shows only the focused unit and what lies below it', () => {
    const { nodes, edges } = toFlow(smallOrg(), { collapsed: new Set(), focusUnitId: 'V1', overlay: false });
    expect(nodes.map((n) => n.id).sort()).toEqual(['T1', 'V1', 'divHead', 'member', 'teamLead']);
    const division = byId(nodes).get('V1') as UnitFlowNode;
    expect(division.parentId).toBeUndefined();
    expect(division.data.focused).toBe(true);
    expect(edgeIds(edges, 'reporting')).toEqual(['divHead->teamLead', 'teamLead->member']);
  });

  it('draws substitution lines from the substitute to the substituted, styled by status', () => {
    const { edges } = toFlow(smallOrg(), { collapsed: new Set(), overlay: true });
    const lines = edges.filter((e): e is SubstitutionFlowEdge => e.type === 'substitution');
    expect(lines.map((e) => `${e.source}->${e.target}:${e.data!.status}`).sort()).toEqual([
      'adviser->member:UNCONFIRMED',
      'head->divHead:CONTRADICTED',
      'member->teamLead:CONFIRMED',
      'teamLead->member:CONFIRMED',
    ]);
    for (const line of lines) {
      expect(line.markerEnd).toMatchObject({ type: 'arrowclosed' }); // the arrow points at the substituted
      expect(line.style?.strokeDasharray).toBeTruthy(); // always dashed
      expect(line.style?.strokeDasharray).toBe(substitutionStyle(line.data!.status).dash);
    }
    const confirmed = lines.find((e) => e.data!.status === 'CONFIRMED')!;
    const unconfirmed = lines.find((e) => e.data!.status === 'UNCONFIRMED')!;
    const contradicted = lines.find((e) => e.data!.status === 'CONTRADICTED')!;
    expect(confirmed.style).not.toEqual(unconfirmed.style);
    expect(contradicted.style).not.toEqual(unconfirmed.style);
    expect(confirmed.className).toContain('substitution-confirmed');
    expect(unconfirmed.className).toContain('substitution-unconfirmed');
  });

  it('draws a group of a unit\'s staff from the unit\'s box, and counts groups and placeholders as substitutes', () => {
    const org = smallOrg();
    org.positions.push(
      position('clerk', {
        unitId: 'T1',
        otherSubstitutes: [groupLine('D2', 'Laste heaolu osakonna teenistujad'), groupLine('V1', 'Talituse teenistujad'), placeholderLine('juhi määratud ametnik')],
      }),
    );
    const { nodes, edges } = toFlow(org, { collapsed: new Set(), overlay: true });
    expect((byId(nodes).get('clerk') as PositionFlowNode).data).toMatchObject({ substituteCount: 3, coverage: 'many' });
    // D2 is another department: an arrow from its box. V1 holds the clerk's own team: no arrow.
    expect(edgeIds(edges, 'substitution').filter((id) => id.endsWith('->clerk'))).toEqual(['D2->clerk']);
  });

  it('starts large organisations collapsed below the departments', () => {
    expect(defaultCollapsed(largeOrg(COLLAPSE_ABOVE_POSITIONS))).toEqual(new Set());
    const big = largeOrg(COLLAPSE_ABOVE_POSITIONS + 1);
    expect(defaultCollapsed(big)).toEqual(new Set(['V', 'T']));
    const { nodes } = toFlow(big, { collapsed: defaultCollapsed(big), overlay: false });
    // The department, its own positions, and the division as one closed box.
    expect(nodes.filter((n) => n.type === 'unit').map((n) => n.id)).toEqual(['D', 'V']);
    expect(nodes.filter((n) => n.type === 'position')).toHaveLength(Math.ceil((COLLAPSE_ABOVE_POSITIONS + 1) / 3));
  });

  it('asks for the positions of open units not fetched yet, and marks units being fetched', () => {
    const whole = largeTree();
    // As a large organisation opens: the top departments' positions and the director only.
    const org = {
      ...whole,
      positions: whole.positions.filter((p) => !p.unit || p.unit.id === 'D' || p.unit.id === 'D2'),
      loadedUnits: new Set(['D', 'D2']),
      loadingUnits: new Set<string>(),
      failedUnits: new Set<string>(),
    };
    expect(defaultCollapsed(org)).toEqual(new Set(['V', 'X', 'T']));
    const closed = toFlow(org, { collapsed: defaultCollapsed(org), overlay: false });
    expect(closed.unloaded).toEqual([]);
    // Counts come from the API where positions are not here.
    expect((byId(closed.nodes).get('V') as UnitFlowNode).data.positionCount).toBe(22);

    const opened = toFlow(org, { collapsed: new Set(['T', 'X']), overlay: false });
    expect(opened.unloaded).toEqual(['V']);
    const loading = toFlow({ ...org, loadingUnits: new Set(['V']) }, { collapsed: new Set(['T', 'X']), overlay: false });
    expect(loading.unloaded).toEqual([]);
    expect((byId(loading.nodes).get('V') as UnitFlowNode).data).toMatchObject({ loading: true, loadFailed: false });
    const failed = toFlow({ ...org, failedUnits: new Set(['V']) }, { collapsed: new Set(['T', 'X']), overlay: false });
    expect(failed.unloaded).toEqual([]);
    expect((byId(failed.nodes).get('V') as UnitFlowNode).data.loadFailed).toBe(true);
  });
});
