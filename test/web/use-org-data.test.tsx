import { ApolloProvider } from '@apollo/client/react';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { OrgData } from '../../web/src/features/chart/org-data';
import { useOrgData } from '../../web/src/features/chart/use-org-data';
import { fakeChartApi, largeTree } from './fake-chart-api';
import { smallOrg } from './org-fixture';

function renderOrgData(api: ReturnType<typeof fakeChartApi>) {
  const wrapper = ({ children }: { children: ReactNode }) => <ApolloProvider client={api.client}>{children}</ApolloProvider>;
  return renderHook(() => useOrgData(), { wrapper });
}

type Hook = ReturnType<typeof renderOrgData>;
const ready = async (hook: Hook): Promise<OrgData> => {
  await waitFor(() => expect(hook.result.current.status).toBe('ready'));
  return (hook.result.current as { data: OrgData }).data;
};
const data = (hook: Hook) => (hook.result.current as { data: OrgData }).data;
const idsIn = (org: OrgData, unitId: string | null) => org.positions.filter((p) => (p.unit?.id ?? null) === unitId).map((p) => p.id);

/** The UnitPositions requests sent: which unit, and after which position. */
const unitRequests = (api: ReturnType<typeof fakeChartApi>) =>
  api.sent.filter((s) => s.name === 'UnitPositions').map((s) => ({ id: s.variables.id, after: s.variables.after ?? null }));

/** The requests that open largeTree(): its units, the positions above every unit, and each top department's. */
const OPENING = ['ChartUnits', 'TopPositions', 'UnitPositions', 'UnitPositions'];

describe('useOrgData: a large organisation is fetched unit by unit', () => {
  it('opens with the units, the positions above every unit and the top departments\' positions only', async () => {
    const api = fakeChartApi(largeTree());
    const hook = renderOrgData(api);
    const org = await ready(hook);
    expect(api.names()).toEqual(OPENING);
    expect(unitRequests(api)).toEqual([
      { id: 'D', after: null },
      { id: 'D2', after: null },
    ]);
    expect(org.units.map((u) => u.id)).toEqual(['D', 'D2', 'V', 'X', 'T']);
    expect(idsIn(org, 'D')).toEqual(['dHead']);
    expect(idsIn(org, 'D2')).toEqual(['d2Head']);
    // The director general has no unit: it comes with the positions above every unit.
    expect(idsIn(org, null)).toEqual(['director']);
    expect(idsIn(org, 'V')).toEqual([]);
    expect([...org.loadedUnits!].sort()).toEqual(['D', 'D2']);
    expect((hook.result.current as { total: number }).total).toBe(515);
  });

  it('pages through the units when there are more than a hundred', async () => {
    const org = largeTree();
    // 250 more divisions under D2, each with one position: 255 units, three pages of 100.
    for (let i = 0; i < 250; i++) {
      org.units.push({ id: `E${i}`, name: `Talitus ${i}`, kind: 'DIVISION', positionCount: 1, parent: { id: 'D2' } });
      org.positions.push({ ...org.positions[2], id: `extra${i}`, unit: { id: `E${i}` } });
    }
    const api = fakeChartApi(org);
    const hook = renderOrgData(api);
    const loaded = await ready(hook);
    const unitPages = api.sent.filter((s) => s.name === 'ChartUnits');
    expect(unitPages.map((s) => s.variables.after ?? null)).toEqual([null, org.units[99].id, org.units[199].id]);
    expect(loaded.units).toHaveLength(255);
    expect(loaded.units.map((u) => u.id)).toEqual(org.units.map((u) => u.id));
    // Only the two top departments are fetched, whatever the number of units below them.
    expect(api.names().slice(3)).toEqual(['TopPositions', 'UnitPositions', 'UnitPositions']);
  });

  it('fetches an opened unit\'s positions with one request, once, showing it as loading meanwhile', async () => {
    const api = fakeChartApi(largeTree());
    const hook = renderOrgData(api);
    await ready(hook);
    api.hold();
    act(() => hook.result.current.loadUnits(['V']));
    expect(api.names().slice(OPENING.length)).toEqual(['UnitPositions']);
    expect(unitRequests(api).slice(2)).toEqual([{ id: 'V', after: null }]);
    expect(data(hook).loadingUnits!.has('V')).toBe(true);
    // Asking again while it is on its way sends nothing more.
    act(() => hook.result.current.loadUnits(['V']));
    expect(api.sent).toHaveLength(OPENING.length + 1);

    act(() => api.release());
    await waitFor(() => expect(data(hook).loadedUnits!.has('V')).toBe(true));
    expect(data(hook).loadingUnits!.size).toBe(0);
    expect(idsIn(data(hook), 'V')).toHaveLength(11);
    expect(idsIn(data(hook), 'T')).toEqual([]);

    // Already here: nothing sent. A new unit next to it: one request for that unit only.
    act(() => hook.result.current.loadUnits(['V', 'T']));
    expect(unitRequests(api).slice(3)).toEqual([{ id: 'T', after: null }]);
    await waitFor(() => expect(idsIn(data(hook), 'T')).toHaveLength(11));
    expect(api.names()).toEqual([...OPENING, 'UnitPositions', 'UnitPositions']);
  });

  it('fetches every page of a unit holding more than a hundred positions before showing it', async () => {
    const api = fakeChartApi(largeTree());
    const hook = renderOrgData(api);
    await ready(hook);
    act(() => hook.result.current.loadUnits(['X']));
    await waitFor(() => expect(data(hook).loadedUnits!.has('X')).toBe(true));
    // 490 positions: five pages of 100, each after the last position of the one before.
    expect(unitRequests(api).slice(2)).toEqual([
      { id: 'X', after: null },
      { id: 'X', after: 'x99' },
      { id: 'X', after: 'x199' },
      { id: 'X', after: 'x299' },
      { id: 'X', after: 'x399' },
    ]);
    expect(idsIn(data(hook), 'X')).toHaveLength(490);
    expect(data(hook).loadingUnits!.size).toBe(0);
  });

  it('fetches every position at once when many units open together (Expand all)', async () => {
    const org = largeTree();
    // Ten more divisions under D2, each with one position: thirteen units to open.
    for (let i = 0; i < 10; i++) {
      org.units.push({ id: `E${i}`, name: `Talitus ${i}`, kind: 'DIVISION', positionCount: 1, parent: { id: 'D2' } });
      org.positions.push({ ...org.positions[2], id: `extra${i}`, unit: { id: `E${i}` } });
    }
    const api = fakeChartApi(org);
    const hook = renderOrgData(api);
    await ready(hook);
    act(() => hook.result.current.loadUnits(['V', 'X', 'T', ...org.units.slice(5).map((u) => u.id)]));
    await waitFor(() => expect(data(hook).loadedUnits).toBeUndefined());
    // Six pages of 100, instead of a request for each of the thirteen units (five for X alone).
    expect(api.names().slice(OPENING.length)).toEqual(Array(6).fill('ChartPositions'));
    expect(data(hook).positions).toHaveLength(525);
  });

  it('says when a unit could not be fetched, and fetches it again only when asked to', async () => {
    const api = fakeChartApi(largeTree(), { failUnits: new Set(['V']) });
    const hook = renderOrgData(api);
    await ready(hook);
    const requestsForV = () => unitRequests(api).filter((r) => r.id === 'V');
    act(() => hook.result.current.loadUnits(['V']));
    await waitFor(() => expect(data(hook).failedUnits!.has('V')).toBe(true));
    act(() => hook.result.current.loadUnits(['V']));
    expect(requestsForV()).toHaveLength(1);
    act(() => hook.result.current.retryUnit('V'));
    expect(requestsForV()).toHaveLength(2);
  });
});

describe('useOrgData: a small organisation comes whole', () => {
  it('pages through every position and never fetches by unit', async () => {
    const api = fakeChartApi(smallOrg());
    const hook = renderOrgData(api);
    const org = await ready(hook);
    expect(api.names()).toEqual(['ChartUnits', 'ChartPositions']);
    expect(org.positions).toHaveLength(6);
    expect(org.loadedUnits).toBeUndefined();
    act(() => hook.result.current.loadUnits(['V1', 'T1']));
    expect(api.names()).toHaveLength(2);
  });
});
