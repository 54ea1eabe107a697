import { ApolloProvider } from '@apollo/client/react';
import { ReactFlowProvider } from '@xyflow/react';
import { fireEvent, render, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ChartArea } from '../../web/src/features/chart/ChartArea';
import { I18nProvider } from '../../web/src/i18n/I18nProvider';
import { fakeChartApi, largeTree } from './fake-chart-api';

beforeAll(() => {
  // React Flow measures its nodes; jsdom has no ResizeObserver.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

function renderChart(api: ReturnType<typeof fakeChartApi>, selectedId: string | null = null) {
  const noop = vi.fn();
  render(
    <I18nProvider lang="en">
      <ApolloProvider client={api.client}>
        <ReactFlowProvider>
          <div style={{ width: 1200, height: 800 }}>
            <ChartArea
              selectedId={selectedId}
              focusUnitId={null}
              overlay={false}
              mode="structure"
              absentIds={[]}
              escalate={false}
              onSelect={noop}
              onFocusUnit={noop}
              onOverlayChange={noop}
              onModeChange={noop}
              onToggleAbsent={noop}
            />
          </div>
        </ReactFlowProvider>
      </ApolloProvider>
    </I18nProvider>,
  );
}

/** What opening largeTree() sends: its units, the positions above every unit, and its two top departments' positions. */
const OPENING = ['ChartUnits', 'TopPositions', 'UnitPositions', 'UnitPositions'];

const unitNode = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node-unit[data-id="${id}"]`)!;

describe('the chart of a large organisation', () => {
  it('fetches a unit\'s positions when it is expanded, saying so in the unit meanwhile', async () => {
    const api = fakeChartApi(largeTree());
    renderChart(api);
    await waitFor(() => expect(document.querySelector('.org-chart[data-layout="ready"]')).toBeTruthy(), { timeout: 10_000 });
    // React Flow draws the laid-out nodes a render later; on a busy machine that can be after the check above.
    await waitFor(() => expect(unitNode('V')).toBeTruthy(), { timeout: 10_000 });
    // The units, the positions above every unit, and the positions of each top department.
    expect(api.names()).toEqual(OPENING);
    // The division is closed; it still says how many positions it and its team hold (counted by the API).
    expect(within(unitNode('V')).getByText(/22 positions/)).toBeTruthy();
    expect(document.querySelectorAll('.react-flow__node-position')).toHaveLength(3);

    api.hold();
    fireEvent.click(within(unitNode('V')).getByRole('button', { name: 'Expand unit' }));
    await waitFor(() => expect(api.names()).toEqual([...OPENING, 'UnitPositions']));
    expect(api.sent[OPENING.length].variables).toEqual({ id: 'V', after: null });
    await waitFor(() => expect(within(unitNode('V')).getByText('Loading positions…')).toBeTruthy(), { timeout: 10_000 });

    api.release();
    await waitFor(() => expect(document.querySelectorAll('.react-flow__node-position').length).toBe(14), { timeout: 20_000 });
    expect(unitNode('V').querySelector('.unit-status')).toBeNull();
    // The team inside stays closed: nothing more is fetched until it is opened.
    expect(api.names()).toHaveLength(OPENING.length + 1);
  }, 30_000);

  it('opens the units down to a chosen position that has not been fetched yet, and fetches them', async () => {
    const api = fakeChartApi(largeTree());
    // t7 sits in team T, inside division V: neither is open, nor fetched.
    renderChart(api, 't7');
    await waitFor(() => expect(document.querySelector('.react-flow__node-position[data-id="t7"]')).toBeTruthy(), { timeout: 20_000 });
    // Beyond the top departments (D, D2), the units on the way down: V, then T.
    const unitRequests = api.sent.filter((s) => s.name === 'UnitPositions').map((s) => s.variables.id);
    expect(unitRequests.slice(0, 2)).toEqual(['D', 'D2']);
    expect(unitRequests.slice(2).sort()).toEqual(['T', 'V']);
    expect(api.names()).toContain('PositionPath');
  }, 30_000);
});
