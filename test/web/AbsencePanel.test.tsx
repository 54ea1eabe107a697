import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AbsencePanel } from '../../web/src/features/coverage/AbsencePanel';
import { absenceImpactQuery } from '../../web/src/features/coverage/coverage.queries';
import { searchPositionsQuery } from '../../web/src/features/search/search.query';
import { I18nProvider } from '../../web/src/i18n/I18nProvider';
import { absenceImpact } from './coverage-fixture';

/** The fixture with the __typename fields Apollo's cache expects of a server answer. */
function answer() {
  const impact = absenceImpact();
  const entry = (e: (typeof impact)['uncovered'][number]) => ({ __typename: 'AbsenceEntry', ...e, position: { __typename: 'Position', ...e.position } });
  return {
    __typename: 'AbsenceImpact',
    absent: impact.absent.map((p) => ({ __typename: 'Position', ...p })),
    uncovered: impact.uncovered.map(entry),
    fallBackToManager: impact.fallBackToManager.map(entry),
    atRisk: impact.atRisk.map(entry),
  };
}

describe('AbsencePanel', () => {
  it('says who is away and who is left uncovered, at risk or with a manager taking over, and why', async () => {
    const handlers = { onEscalateChange: vi.fn(), onToggleAbsent: vi.fn(), onReset: vi.fn(), onChoose: vi.fn() };
    const absentIds = ['teamLead', 'adviser', 'head'];
    render(
      <I18nProvider lang="en">
        <MockedProvider
          mocks={[{ request: { query: absenceImpactQuery, variables: { absentPositionIds: absentIds, escalateToManager: true } }, result: { data: { absenceImpact: answer() } } }]}
        >
          <AbsencePanel absentIds={absentIds} escalate {...handlers} />
        </MockedProvider>
      </I18nProvider>,
    );
    const atRisk = await screen.findByRole('region', { name: 'Present, but every substitute away (1)' });
    expect(within(atRisk).getByText('Every substitute of Peaspetsialist is away.')).toBeTruthy();
    const uncovered = screen.getByRole('region', { name: 'Left uncovered (1)' });
    expect(within(uncovered).getByText('Nõunik is away and no one stands in for it.')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Manager takes over (1)' })).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Away (3)' })).getByText('Osakonna juhataja')).toBeTruthy();

    fireEvent.click(within(atRisk).getByRole('button', { name: 'Peaspetsialist (perelepitus)' }));
    expect(handlers.onChoose).toHaveBeenCalledWith('member');
    fireEvent.click(screen.getByRole('button', { name: 'Mark present again: Nõunik' }));
    expect(handlers.onToggleAbsent).toHaveBeenCalledWith('adviser');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Escalate to manager' }));
    expect(handlers.onEscalateChange).toHaveBeenCalledWith(false);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(handlers.onReset).toHaveBeenCalled();
  });
});

describe('AbsencePanel marking by search', () => {
  const hit = (id: string, title: string) => ({
    __typename: 'SearchHit',
    field: 'title',
    snippet: `[${title}]`,
    position: { __typename: 'Position', id, title, distinguishingPlace: null, unit: { __typename: 'Unit', id: 'D2', name: 'Laste heaolu osakond' } },
  });

  function renderSearch(absentIds: string[]) {
    const handlers = { onEscalateChange: vi.fn(), onToggleAbsent: vi.fn(), onReset: vi.fn(), onChoose: vi.fn() };
    const search = { request: { query: searchPositionsQuery, variables: { text: 'Nõunik' } }, result: { data: { search: [hit('adviser', 'Nõunik'), hit('clerk', 'Nõunik-sekretär')] } } };
    const impact = { request: { query: absenceImpactQuery, variables: { absentPositionIds: absentIds, escalateToManager: false } }, result: { data: { absenceImpact: answer() } } };
    render(
      <I18nProvider lang="en">
        <MockedProvider mocks={[search, impact]}>
          <AbsencePanel absentIds={absentIds} escalate={false} {...handlers} />
        </MockedProvider>
      </I18nProvider>,
    );
    return handlers;
  }

  it('marks the position chosen from the search box away and empties the box for the next one', async () => {
    const handlers = renderSearch([]);
    const box = screen.getByRole('combobox', { name: 'Mark as away' });
    fireEvent.change(box, { target: { value: 'Nõunik' } });
    const options = await screen.findAllByRole('option');
    expect(options).toHaveLength(2);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(handlers.onToggleAbsent).toHaveBeenCalledWith('clerk');
    expect((box as HTMLInputElement).value).toBe('');
    expect(handlers.onChoose).not.toHaveBeenCalled();
  });

  it('leaves a position that is already away marked when the search finds it again', async () => {
    const handlers = renderSearch(['adviser']);
    const box = screen.getByRole('combobox', { name: 'Mark as away' });
    fireEvent.change(box, { target: { value: 'Nõunik' } });
    fireEvent.click((await screen.findAllByRole('option'))[0]);
    expect(handlers.onToggleAbsent).not.toHaveBeenCalled();
  });
});
