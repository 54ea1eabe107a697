import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { gapEntries } from '../../web/src/features/coverage/gap-entries';
import { GapList } from '../../web/src/features/coverage/GapList';
import { I18nProvider } from '../../web/src/i18n/I18nProvider';
import type { Language } from '../../web/src/i18n/labels';
import { coverageReport } from './coverage-fixture';

/** The fixture, with the director (no gap) resting on a field read with low confidence. */
function report() {
  const base = coverageReport();
  return { ...base, positions: base.positions.map((p) => (p.position.id === 'director' ? { ...p, lowConfidence: true } : p)) };
}

function renderList(lang: Language = 'en') {
  const { entries, units } = gapEntries(report());
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
    expect(titles()).toHaveLength(6);
    const filter = screen.getByRole('checkbox', { name: 'Only lines read with low confidence' });
    fireEvent.click(filter);
    expect(titles()).toEqual(['Tiimijuht', 'Peadirektor']);
    fireEvent.click(filter);
    expect(titles()).toHaveLength(6);
  });

  it('lists a position with no gap when its lines rest on fields read with low confidence: its coverage may be a misreading', () => {
    renderList();
    const director = screen.getByRole('button', { name: /^Peadirektor/ });
    expect(within(director).getByText('Its substitution lines were read with low confidence: check the source text')).toBeTruthy();
    expect(director.querySelectorAll('.gap-kind')).toHaveLength(0);
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
