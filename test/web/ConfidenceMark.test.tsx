import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DescriptionPanel } from '../../web/src/features/description/DescriptionPanel';
import { unitGapsQuery } from '../../web/src/features/coverage/coverage.queries';
import { positionDetailsQuery } from '../../web/src/features/description/description.query';
import { I18nProvider } from '../../web/src/i18n/I18nProvider';
import type { Language } from '../../web/src/i18n/labels';
import { positionDetails, unitGaps } from './api-fixtures';

/** The fixture position with its manager and its title read with low confidence. */
function doubtful() {
  const position = positionDetails();
  const low: Record<string, string[]> = {
    manager: ['reference not in base form'],
    title: ['title contains a unit word', 'a reason the interface does not know'],
  };
  position.jobDescription.fieldConfidence = position.jobDescription.fieldConfidence.map((f) =>
    low[f.field] ? { ...f, level: 'LOW', reasons: low[f.field] } : f,
  );
  return position;
}

function renderPanel(position: unknown, lang: Language = 'en') {
  const mocks = [
    { request: { query: positionDetailsQuery, variables: { id: 'member' } }, result: { data: { position } } },
    { request: { query: unitGapsQuery, variables: { unitId: 'T1', positionId: 'member' } }, result: { data: { coverage: unitGaps() } } },
  ];
  render(
    <I18nProvider lang={lang}>
      <MockedProvider mocks={mocks}>
        <DescriptionPanel positionId="member" onClose={vi.fn()} onNavigate={vi.fn()} />
      </MockedProvider>
    </I18nProvider>,
  );
}

/** The panel's relations section: the manager there is the link the mark stands beside. */
const relations = () => screen.getByRole('region', { name: /^(Relations|Seosed)$/ });
const manager = () => within(relations()).getByText('Manager').nextElementSibling as HTMLElement;

describe('the panel’s mark on a field read with low confidence', () => {
  it('stands beside the manager and the title with the reasons in words', async () => {
    renderPanel(doubtful());
    await screen.findByRole('heading', { level: 2, name: 'Peaspetsialist (perelepitus)' });
    expect(within(manager()).getByRole('note', { name: 'Manager: may be misread (a name is not in its base form)' })).toBeTruthy();
    expect(within(manager()).getByText('a name is not in its base form')).toBeTruthy();
    // A reason the interface has no words for is shown as the reader wrote it.
    expect(screen.getByRole('note', { name: 'Title: may be misread (the title contains a unit’s name; a reason the interface does not know)' })).toBeTruthy();
    expect(screen.getAllByRole('note')).toHaveLength(2);
  });

  it('speaks Estonian in the Estonian interface', async () => {
    renderPanel(doubtful(), 'et');
    await screen.findByRole('heading', { level: 2, name: 'Peaspetsialist (perelepitus)' });
    const juht = within(relations()).getByText('Vahetu juht').nextElementSibling as HTMLElement;
    expect(within(juht).getByRole('note', { name: 'Vahetu juht: võib olla valesti loetud (nimetus pole algvormis)' })).toBeTruthy();
    expect(within(juht).getByText('Ebakindel', { exact: false })).toBeTruthy();
  });

  it('is absent when every field was read with high confidence', async () => {
    renderPanel(positionDetails());
    await screen.findByRole('heading', { level: 2, name: 'Peaspetsialist (perelepitus)' });
    expect(within(manager()).getByText('Perelepitusteenuse juht')).toBeTruthy();
    expect(screen.queryAllByRole('note')).toHaveLength(0);
  });
});
