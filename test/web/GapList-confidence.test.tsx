import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { gapEntries } from '../../web/src/features/coverage/gap-entries';
import { GapList } from '../../web/src/features/coverage/GapList';
import { I18nProvider } from '../../web/src/i18n/I18nProvider';
import type { Language } from '../../web/src/i18n/labels';
import { coverageReport } from './coverage-fixture';

function renderList(lang: Language = 'en') {
  const { entries, units } = gapEntries(coverageReport());
  render(
    <I18nProvider lang={lang}>
      <GapList entries={entries} units={units} onChoose={() => {}} />
    </I18nProvider>,
  );
  return () => screen.queryAllByRole('listitem').map((item) => item.querySelector('.gap-item-title')!.textContent);
}

describe('the coverage list’s low-confidence filter', () => {
  it('keeps only the positions whose lines rest on fields read with low confidence, and lets them all back', () => {
    const titles = renderList();
    expect(titles()).toHaveLength(5);
    const filter = screen.getByRole('checkbox', { name: 'Only lines read with low confidence' });
    fireEvent.click(filter);
    expect(titles()).toEqual(['Tiimijuht']);
    fireEvent.click(filter);
    expect(titles()).toHaveLength(5);
  });

  it('combines with the gap kind', () => {
    const titles = renderList();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Only lines read with low confidence' }));
    fireEvent.change(screen.getByLabelText('Gap kind'), { target: { value: 'NO_SUBSTITUTE' } });
    expect(titles()).toEqual([]);
    fireEvent.change(screen.getByLabelText('Gap kind'), { target: { value: 'SINGLE_SUBSTITUTE' } });
    expect(titles()).toEqual(['Tiimijuht']);
  });

  it('marks such a position in the list, in Estonian too', () => {
    renderList('et');
    expect(within(screen.getByRole('button', { name: /^Tiimijuht/ })).getByText('⚠ Ebakindel')).toBeTruthy();
    expect(within(screen.getByRole('button', { name: /^Talitusejuhataja/ })).queryByText('⚠ Ebakindel')).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Ainult ebakindlalt loetud asendusseosed' })).toBeTruthy();
  });
});
