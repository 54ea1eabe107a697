import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { gapEntries } from '../../web/src/features/coverage/gap-entries';
import { GapList } from '../../web/src/features/coverage/GapList';
import { I18nProvider } from '../../web/src/i18n/I18nProvider';
import type { Language } from '../../web/src/i18n/labels';
import { coverageReport } from './coverage-fixture';

function renderList(options: { lang?: Language; unitId?: string | null } = {}) {
  const onChoose = vi.fn();
  const { entries, units } = gapEntries(coverageReport());
  const view = render(
    <I18nProvider lang={options.lang ?? 'en'}>
      <GapList entries={entries} units={units} unitId={options.unitId ?? null} onChoose={onChoose} />
    </I18nProvider>,
  );
  const titles = () => screen.queryAllByRole('listitem').map((item) => item.querySelector('.gap-item-title')!.textContent);
  return { onChoose, titles, view };
}

describe('GapList', () => {
  it('lists every position with gaps, most severe first, with unit, gap kinds and explanations', () => {
    const { titles } = renderList();
    // The director has no gap; NO_SUBSTITUTE first, then SINGLE_SUBSTITUTE, then UNCONFIRMED_LINE.
    expect(titles()).toEqual(['Nõunik', 'Osakonna juhataja', 'Talitusejuhataja', 'Tiimijuht', 'Peaspetsialist (perelepitus)']);
    const division = screen.getByRole('button', { name: /^Talitusejuhataja/ });
    expect(within(division).getByText('Erihoolekande talitus')).toBeTruthy();
    expect([...division.querySelectorAll('.gap-kind')].map((e) => e.textContent)).toEqual(['Single substitute', 'Contradicted line']);
    expect(within(division).getByText('Only Osakonna juhataja stands in.')).toBeTruthy();
  });

  it('explains in Estonian when the interface is in Estonian', () => {
    renderList({ lang: 'et' });
    const division = screen.getByRole('button', { name: /^Talitusejuhataja/ });
    expect(within(division).getByText('ET: Only Osakonna juhataja stands in.')).toBeTruthy();
    expect(within(division).getByText('Ainult üks asendaja')).toBeTruthy();
  });

  it('filters by gap kind, keeping only the gaps of that kind', () => {
    const { titles } = renderList();
    const kind = screen.getByLabelText('Gap kind');
    // Only kinds that occur are offered, with how many positions have them.
    expect([...kind.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'All kinds',
      'No substitute (2)',
      'Single substitute (2)',
      'Contradicted line (1)',
      'Unconfirmed line (1)',
    ]);
    fireEvent.change(kind, { target: { value: 'SINGLE_SUBSTITUTE' } });
    expect(titles()).toEqual(['Talitusejuhataja', 'Tiimijuht']);
    const division = screen.getByRole('button', { name: /^Talitusejuhataja/ });
    expect([...division.querySelectorAll('.gap-kind')].map((e) => e.textContent)).toEqual(['Single substitute']);
    fireEvent.change(kind, { target: { value: '' } });
    expect(titles()).toHaveLength(5);
  });

  it('filters by unit, sub-units included, and combines with the kind', () => {
    const { titles } = renderList();
    const unit = screen.getByLabelText('Unit');
    // Each unit under its parent, indented.
    expect([...unit.querySelectorAll('option')].map((o) => o.textContent!.replace(/\u00a0/g, '·'))).toEqual([
      'Whole organisation',
      'Laste heaolu osakond',
      'Teenuste osakond',
      '··Erihoolekande talitus',
      '····Perelepituse tiim',
    ]);
    fireEvent.change(unit, { target: { value: 'V1' } });
    expect(titles()).toEqual(['Talitusejuhataja', 'Tiimijuht', 'Peaspetsialist (perelepitus)']);
    fireEvent.change(unit, { target: { value: 'T1' } });
    expect(titles()).toEqual(['Tiimijuht', 'Peaspetsialist (perelepitus)']);
    fireEvent.change(screen.getByLabelText('Gap kind'), { target: { value: 'NO_SUBSTITUTE' } });
    expect(titles()).toEqual([]);
    expect(screen.getByText('No gaps of this kind in this unit.')).toBeTruthy();
  });

  it('starts with the focused unit and follows it', () => {
    const { titles, view } = renderList({ unitId: 'D2' });
    expect(titles()).toEqual(['Nõunik']);
    const { entries, units } = gapEntries(coverageReport());
    view.rerender(
      <I18nProvider lang="en">
        <GapList entries={entries} units={units} unitId="T1" onChoose={() => {}} />
      </I18nProvider>,
    );
    expect(titles()).toEqual(['Tiimijuht', 'Peaspetsialist (perelepitus)']);
  });

  it('hands the chosen position back', () => {
    const { onChoose } = renderList();
    fireEvent.click(screen.getByRole('button', { name: /^Peaspetsialist \(perelepitus\)/ }));
    expect(onChoose).toHaveBeenCalledWith('member');
  });
});

describe('GapList with its filters kept in the URL', () => {
  function renderKept(filter: { kind: string | null; unitId: string | null; lowConfidence: boolean }) {
    const onFilterChange = vi.fn();
    const { entries, units } = gapEntries(coverageReport());
    render(
      <I18nProvider lang="en">
        <GapList entries={entries} units={units} filter={filter as never} onFilterChange={onFilterChange} onChoose={() => {}} />
      </I18nProvider>,
    );
    const titles = () => screen.queryAllByRole('listitem').map((item) => item.querySelector('.gap-item-title')!.textContent);
    return { onFilterChange, titles };
  }

  it('shows the filters it is given and hands every change back with the other filters kept', () => {
    const { onFilterChange, titles } = renderKept({ kind: 'SINGLE_SUBSTITUTE', unitId: 'D1', lowConfidence: false });
    expect((screen.getByLabelText('Gap kind') as HTMLSelectElement).value).toBe('SINGLE_SUBSTITUTE');
    expect((screen.getByLabelText('Unit') as HTMLSelectElement).value).toBe('D1');
    expect(titles()).toEqual(['Talitusejuhataja', 'Tiimijuht']);
    fireEvent.change(screen.getByLabelText('Unit'), { target: { value: 'T1' } });
    expect(onFilterChange).toHaveBeenLastCalledWith({ kind: 'SINGLE_SUBSTITUTE', unitId: 'T1', lowConfidence: false });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Only lines read with low confidence' }));
    expect(onFilterChange).toHaveBeenLastCalledWith({ kind: 'SINGLE_SUBSTITUTE', unitId: 'D1', lowConfidence: true });
  });

  it('lists every kind when a shared link names a kind the list does not have', () => {
    const { titles } = renderKept({ kind: 'NOT_A_KIND', unitId: null, lowConfidence: false });
    expect((screen.getByLabelText('Gap kind') as HTMLSelectElement).value).toBe('');
    expect(titles()).toHaveLength(5);
  });
});

describe('GapList with same-titled positions', () => {
  it('shows each one’s distinguishing place where the unit alone would repeat', () => {
    const report = coverageReport();
    const [first, ...rest] = report.positions.filter((p) => p.gaps.length > 0);
    const twin = { ...first, position: { ...first.position, id: `${first.position.id}-twin`, distinguishingPlace: 'Osakond B › Tiim 1' } };
    const entries = gapEntries({ ...report, positions: [{ ...first, position: { ...first.position, distinguishingPlace: 'Osakond A › Tiim 1' } }, twin, ...rest] }).entries;
    render(
      <I18nProvider lang="en">
        <GapList entries={entries} units={[]} onChoose={vi.fn()} />
      </I18nProvider>,
    );
    const places = screen
      .getAllByRole('listitem')
      .filter((item) => item.querySelector('.gap-item-title')!.textContent === first.position.title)
      .map((item) => item.querySelector('.gap-item-unit')!.textContent);
    expect(places).toEqual(['Osakond A › Tiim 1', 'Osakond B › Tiim 1']);
  });
});
