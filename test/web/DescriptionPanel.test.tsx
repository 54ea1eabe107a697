import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DescriptionPanel } from '../../web/src/features/description/DescriptionPanel';
import { unitGapsQuery } from '../../web/src/features/coverage/coverage.queries';
import { positionDetailsQuery } from '../../web/src/features/description/description.query';
import { I18nProvider } from '../../web/src/i18n/I18nProvider';
import { positionDetails, purposeText, unitGaps } from './api-fixtures';

function renderPanel(position: unknown, handlers = { onClose: vi.fn(), onNavigate: vi.fn() }) {
  const mocks = [
    { request: { query: positionDetailsQuery, variables: { id: 'member' } }, result: { data: { position } } },
    { request: { query: unitGapsQuery, variables: { unitId: 'T1', positionId: 'member' } }, result: { data: { coverage: unitGaps() } } },
  ];
  render(
    <I18nProvider lang="en">
      <MockedProvider mocks={mocks}>
        <DescriptionPanel positionId="member" {...handlers} />
      </MockedProvider>
    </I18nProvider>,
  );
  return handlers;
}

describe('DescriptionPanel', () => {
  it('shows every section of the job description as written', async () => {
    renderPanel(positionDetails());
    expect(screen.getByText('Loading the job description…')).toBeTruthy();

    expect(await screen.findByRole('heading', { level: 2, name: 'Peaspetsialist (perelepitus)' })).toBeTruthy();
    const section = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name}`) });
    expect(within(section('Purpose')).getByText(purposeText)).toBeTruthy();
    expect(within(section('Duties')).getByText('Hangete läbiviimine.')).toBeTruthy();
    expect(within(section('Duties')).getByText('Expected results')).toBeTruthy();
    expect(within(section('Duties')).getByText('Hanked on korrektselt läbi viidud.')).toBeTruthy();
    expect(within(section('Rights')).getByText('teha kaugtööd kokkuleppel vahetu juhiga;')).toBeTruthy();
    expect(within(section('Responsibilities')).getByText('tööülesannete tulemusliku täitmise eest;')).toBeTruthy();
    const requirements = section('Requirements');
    expect(within(requirements).getByText('Kõrgharidus.')).toBeTruthy();
    expect(within(requirements).getByText('eesti')).toBeTruthy();
    expect(within(requirements).getByText('C1')).toBeTruthy();
    expect(within(requirements).getByText('B2')).toBeTruthy();
    expect(within(requirements).getByText(/or vene/)).toBeTruthy();
    expect(within(section('Competencies')).getByText('Kliendikesksus')).toBeTruthy();
    expect(within(section('Additional competencies')).getByText('Pingetaluvus')).toBeTruthy();
    expect(within(section('Approval')).getByText('Directive no. 1-3/23, 2023-05-02, peadirektor')).toBeTruthy();
    const signatures = section('Signatures');
    expect(within(signatures).getByText('Leila Siiroja')).toBeTruthy();
    expect(within(signatures).getByText('Eliise Tiidussalu')).toBeTruthy();
  });

  it('links the manager, reports and substitution lines to the chart', async () => {
    const { onNavigate } = renderPanel(positionDetails());
    const relations = await screen.findByRole('region', { name: 'Relations' });
    fireEvent.click(within(relations).getAllByRole('button', { name: 'Perelepitusteenuse juht' })[0]);
    expect(onNavigate).toHaveBeenLastCalledWith('lead');
    fireEvent.click(within(relations).getByRole('button', { name: 'Assistent' }));
    expect(onNavigate).toHaveBeenLastCalledWith('assistant');
    fireEvent.click(within(relations).getByRole('button', { name: 'Nõunik' }));
    expect(onNavigate).toHaveBeenLastCalledWith('adviser');
    fireEvent.click(within(relations).getByRole('button', { name: 'Koordinaator' }));
    expect(onNavigate).toHaveBeenLastCalledWith('coordinator');
    expect(within(relations).getByText('in both documents')).toBeTruthy();
    // A group of a unit's staff is named, not linked: it is not one position.
    expect(within(relations).getByText('Osakonna teenistujad')).toBeTruthy();
    expect(within(relations).getByText(/staff of Laste heaolu osakond/)).toBeTruthy();
  });

  it('lists the position\'s gaps with their explanations and the positions involved', async () => {
    const { onNavigate } = renderPanel(positionDetails());
    const gaps = await screen.findByRole('region', { name: 'Substitution gaps' });
    await within(gaps).findByText('None of the substitutes has a job description.');
    expect([...gaps.querySelectorAll('.gap-kind')].map((e) => e.textContent)).toEqual(['Only undocumented substitutes', 'Unconfirmed line']);
    expect(within(gaps).getByText('Nõunik has no job description to confirm the line.')).toBeTruthy();
    fireEvent.click(within(gaps).getAllByRole('button', { name: 'Nõunik' })[0]);
    expect(onNavigate).toHaveBeenLastCalledWith('adviser');
  });

  it('points each substitution line at the lines of text that state it', async () => {
    renderPanel(positionDetails());
    const relations = await screen.findByRole('region', { name: 'Relations' });
    // The list entry of a substitution line (the manager, named first, is not in a list).
    const item = (name: string) => within(relations).getAllByRole('button', { name }).flatMap((b) => b.closest('li') ?? [])[0];
    // Stated by its own "Kes asendab" (substitutedBy), lines 10–11.
    expect(within(item('Perelepitusteenuse juht')).getByRole('button', { name: /lines 10–11/ })).toBeTruthy();
    expect(within(item('Nõunik')).getByRole('button', { name: /lines 10–11/ })).toBeTruthy();
    // Stated only by the other side's document.
    expect(within(item('Spetsialist')).getByText("stated only in the substitute's job description")).toBeTruthy();
    expect(within(item('Spetsialist')).queryByRole('button', { name: /lines/ })).toBeNull();
    expect(within(item('Koordinaator')).getByText("stated only in the substituted position's job description")).toBeTruthy();
    // The lines themselves, quoted once.
    const quotes = relations.querySelectorAll('.source-quote');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].textContent).toContain('Perelepitusteenuse juht Perelepitusteenuse juht, nõunik, -');
    expect(quotes[0].textContent).toContain('In this job description, lines 10–11');

    // Following the link shows those lines in the source text.
    fireEvent.click(within(item('Nõunik')).getByRole('button', { name: /lines 10–11/ }));
    const line = (n: number) => document.querySelector(`[data-line="${n}"]`)!;
    expect(line(10).classList.contains('highlighted')).toBe(true);
    expect(line(11).classList.contains('highlighted')).toBe(true);
    expect(line(9).classList.contains('highlighted')).toBe(false);
  });

  it('shows the source text with line numbers and highlights the lines of a field', async () => {
    renderPanel(positionDetails());
    fireEvent.click(await screen.findByRole('tab', { name: 'Source' }));
    const line = (n: number) => document.querySelector(`[data-line="${n}"]`)!;
    expect(line(5).textContent).toContain(purposeText);
    expect(line(5).textContent).toMatch(/^5/);
    expect(line(5).classList.contains('highlighted')).toBe(false);

    const purpose = screen.getByRole('button', { name: /^purpose/ });
    fireEvent.mouseEnter(purpose);
    expect(line(5).classList.contains('highlighted')).toBe(true);
    expect(line(7).classList.contains('highlighted')).toBe(false);
    fireEvent.mouseLeave(purpose);
    expect(line(5).classList.contains('highlighted')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: /^duties 1 › results 1/ }));
    expect(line(8).classList.contains('highlighted')).toBe(true);
    expect(line(7).classList.contains('highlighted')).toBe(false);
  });

  it('jumps from a section to its source lines', async () => {
    renderPanel(positionDetails());
    const duties = await screen.findByRole('region', { name: /^Duties/ });
    fireEvent.click(within(duties).getByRole('button', { name: 'Show in source' }));
    const line = (n: number) => document.querySelector(`[data-line="${n}"]`)!;
    expect(line(7).classList.contains('highlighted')).toBe(true);
    expect(line(8).classList.contains('highlighted')).toBe(true);
    expect(line(5).classList.contains('highlighted')).toBe(false);
  });

  it('says so when a position has no job description, or no longer exists', async () => {
    renderPanel({ ...positionDetails(), documented: false, jobDescription: null });
    expect(await screen.findByText(/No job description of this position has been imported/)).toBeTruthy();
    expect(screen.queryByRole('tab', { name: 'Source' })).toBeNull();
  });

  it('closes', async () => {
    const { onClose } = renderPanel(positionDetails());
    fireEvent.click(await screen.findByRole('button', { name: 'Close (Esc)' }));
    expect(onClose).toHaveBeenCalled();
  });
});
