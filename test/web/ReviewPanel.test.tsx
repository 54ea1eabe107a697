import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ReviewPanel } from '../../web/src/features/review/ReviewPanel';
import { currentAccessQuery, reviewItemsQuery, settleReviewItemMutation } from '../../web/src/features/review/review.queries';
import { I18nProvider } from '../../web/src/i18n/I18nProvider';

const item = (id: string, kind: string, title: string, status = 'OPEN') => ({
  __typename: 'ReviewItem',
  id,
  kind,
  field: 'unitPath',
  explanation: { __typename: 'ReviewExplanation', en: `About ${title}.`, et: `${title} kohta.` },
  positions: [{ __typename: 'Position', id: `p-${id}`, title, unit: { __typename: 'Unit', id: 'T1', name: 'Perelepituse tiim' } }],
  jobDescription: { __typename: 'JobDescription', id: `jd-${id}` },
  lines: { __typename: 'LineSpan', start: 14, end: 15 },
  status,
  settledBy: null,
  settledAt: null,
  comment: null,
  correction: null,
});

const page = {
  __typename: 'ReviewItemConnection',
  totalCount: 2,
  countsByKind: [
    { __typename: 'ReviewKindCount', kind: 'TYPO_MERGE', count: 1 },
    { __typename: 'ReviewKindCount', kind: 'IMPORT_WARNINGS', count: 3 },
  ],
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c2' },
  nodes: [item('r1', 'TYPO_MERGE', 'Teenuse juht'), item('r2', 'IMPORT_WARNINGS', 'Koordinaator')],
};

function renderPanel(role: 'VIEWER' | 'HR', selectedItemId: string | null, extraMocks: unknown[] = []) {
  const onChoose = vi.fn();
  const mocks = [
    { request: { query: currentAccessQuery }, result: { data: { currentAccess: { __typename: 'AccessInfo', role } } } },
    { request: { query: reviewItemsQuery, variables: { filter: { kind: null, status: 'OPEN', unitId: null } } }, result: { data: { reviewItems: page } } },
    ...extraMocks,
  ];
  render(
    <I18nProvider lang="en">
      <MockedProvider mocks={mocks as never}>
        <ReviewPanel focusUnitId={null} kind={null} status="OPEN" onFilterChange={vi.fn()} selectedItemId={selectedItemId} onChoose={onChoose} />
      </MockedProvider>
    </I18nProvider>,
  );
  return onChoose;
}

describe('the review list', () => {
  it('lists the items with their kinds, explanations and lines, and counts every kind in the kind filter', async () => {
    renderPanel('VIEWER', null);
    const list = await screen.findByRole('list', { name: 'Items to review' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getByText('About Teenuse juht.')).toBeTruthy();
    expect(within(list).getAllByText('Field: Unit · lines 14–15')).toHaveLength(2);
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['All kinds (4)', 'Typo merge (1)', 'Import warnings (3)', 'Open', 'Accepted', 'Corrected', 'Dismissed']);
  });

  it('opens an item’s position when chosen', async () => {
    const onChoose = renderPanel('VIEWER', null);
    fireEvent.click(await screen.findByRole('button', { name: /Teenuse juht/ }));
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ id: 'r1' }), false);
  });

  it('shows a viewer no actions, even on the chosen item', async () => {
    renderPanel('VIEWER', 'r1');
    await screen.findByRole('list', { name: 'Items to review' });
    expect(screen.queryByRole('group', { name: /^Actions/ })).toBeNull();
  });

  it('lets hr dismiss the chosen item with a comment, and shows a refusal beside it', async () => {
    const settle = {
      request: { query: settleReviewItemMutation, variables: { input: { id: 'r1', status: 'DISMISSED', comment: 'spelled so on purpose' } } },
      result: { data: { settleReviewItem: { __typename: 'SettleReviewItemPayload', ok: false, errors: [{ __typename: 'UserError', message: 'The item was settled meanwhile.' }], item: null } } },
    };
    renderPanel('HR', 'r1', [settle]);
    const actions = await screen.findByRole('group', { name: 'Actions: Teenuse juht' });
    expect(within(actions).getAllByRole('button').map((b) => b.textContent)).toEqual(['Accept the reading', 'Correct', 'Dismiss']);
    fireEvent.change(within(actions).getByLabelText('Comment (optional)'), { target: { value: 'spelled so on purpose' } });
    fireEvent.click(within(actions).getByRole('button', { name: 'Dismiss' }));
    expect((await within(actions).findByRole('alert')).textContent).toBe('The item was settled meanwhile.');
  });
});
