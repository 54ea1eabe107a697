import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { correctFieldMutation } from '../../web/src/features/description/correction.queries';
import { HeaderFieldsView } from '../../web/src/features/description/HeaderFieldsView';
import { I18nProvider } from '../../web/src/i18n/I18nProvider';
import { correction, headerFields, sourceText } from './api-fixtures';

const corrected = headerFields({
  substitutes: { value: ['Nõunik'], readValue: [], corrected: true, correction: correction({ readValue: [], correctedValue: ['Nõunik'], author: 'hr-anna' }) },
  manager: {
    value: ['Perelepitusteenuse juht'],
    readValue: ['Perelepitusteenuse juht'],
    correction: correction({ id: 'stale-1', status: 'STALE', readValue: ['Juht'], correctedValue: ['Osakonna juhataja'], staleReading: ['Perelepitusteenuse juht'] }),
  },
});

function renderFields(options: { canCorrect: boolean; mocks?: unknown[]; focus?: { field: string; lines: { start: number; end: number } } }) {
  render(
    <I18nProvider lang="en">
      <MockedProvider mocks={(options.mocks ?? []) as never}>
        <HeaderFieldsView
          jobDescriptionId="jd-member"
          fields={corrected as never}
          canCorrect={options.canCorrect}
          sourceText={sourceText}
          sources={[]}
          focus={options.focus ? { key: 'k1', edit: false, ...options.focus } : null}
        />
      </MockedProvider>
    </I18nProvider>,
  );
  return screen.getByRole('region', { name: 'Header fields' });
}

describe('header fields in the panel', () => {
  it('marks a corrected field with the reading it replaced, and a stale correction with old reading, new reading and correction', () => {
    const region = renderFields({ canCorrect: false });
    expect(within(region).getByRole('note', { name: 'Substitutes for is corrected; the reader read: empty' })).toBeTruthy();
    expect(within(region).getByRole('note', { name: /^Manager: the document changed since this was corrected\. Read when corrected: Juht; read now: Perelepitusteenuse juht; correction: Osakonna juhataja$/ })).toBeTruthy();
    // The author is in the tooltip when the server gives it (hr); a viewer's answer has none.
    expect(within(region).getByRole('note', { name: /Substitutes for is corrected/ }).getAttribute('title')).toContain('Corrected by hr-anna');
  });

  it('gives a viewer no edit or undo controls', () => {
    const region = renderFields({ canCorrect: false });
    expect(within(region).queryByRole('button', { name: /^Edit:/ })).toBeNull();
    expect(within(region).queryByRole('button', { name: /^Undo/ })).toBeNull();
  });

  it('lets hr add an item to a list, and shows the problems the server reports beside the field', async () => {
    const mocks = [
      {
        request: { query: correctFieldMutation, variables: { input: { jobDescriptionId: 'jd-member', field: 'substitutedBy', value: ['Perelepitusteenuse juht', 'nõunik', 'Koordinaator'], comment: 'per the new directive' } } },
        result: { data: { correctField: { __typename: 'CorrectFieldPayload', ok: false, errors: [{ __typename: 'UserError', message: 'substitutedBy lists "Koordinaator" twice' }], jobDescription: null } } },
      },
    ];
    const region = renderFields({ canCorrect: true, mocks });
    fireEvent.click(within(region).getByRole('button', { name: 'Edit: Substituted by' }));
    const editor = within(region).getByRole('form', { name: 'Edit: Substituted by' });
    expect(within(editor).getByRole('button', { name: 'Save' }).hasAttribute('disabled')).toBe(true);
    fireEvent.change(within(editor).getByLabelText('New value: Substituted by'), { target: { value: 'Koordinaator' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Add' }));
    fireEvent.change(within(editor).getByLabelText('Comment (optional)'), { target: { value: 'per the new directive' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Save' }));
    expect((await within(editor).findByRole('alert')).textContent).toBe('substitutedBy lists "Koordinaator" twice');
  });

  it('highlights the lines a review item points at under its field', () => {
    const region = renderFields({ canCorrect: false, focus: { field: 'manager', lines: { start: 9, end: 10 } } });
    const row = region.querySelector('.header-field.is-focused')!;
    expect(row.getAttribute('data-field')).toBe('manager');
    expect([...row.querySelectorAll('li.highlighted')].map((li) => li.textContent)).toEqual(['1.3 Vahetu juht 1.4 Kes asendab 1.5 Keda asendab', 'Perelepitusteenuse juht Perelepitusteenuse juht, nõunik, -']);
  });
});
