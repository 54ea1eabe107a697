import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SearchBox } from '../../web/src/features/search/SearchBox';
import { searchPositionsQuery } from '../../web/src/features/search/search.query';
import { I18nProvider } from '../../web/src/i18n/I18nProvider';
import { searchHits } from './api-fixtures';

function renderSearch(mocks: { text: string; hits: unknown[] }[]) {
  const onChoose = vi.fn();
  render(
    <I18nProvider lang="en">
      <MockedProvider
        mocks={mocks.map(({ text, hits }) => ({
          request: { query: searchPositionsQuery, variables: { text } },
          result: { data: { search: hits } },
        }))}
      >
        <SearchBox onChoose={onChoose} debounceMs={0} />
      </MockedProvider>
    </I18nProvider>,
  );
  return { onChoose, input: screen.getByRole('combobox') };
}

describe('SearchBox', () => {
  it('lists the hits and hands the chosen position back', async () => {
    const { onChoose, input } = renderSearch([{ text: 'rehabilitatsioon', hits: searchHits() }]);
    fireEvent.change(input, { target: { value: 'rehabilitatsioon' } });
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.querySelector('.hit-title')!.textContent)).toEqual(['Nõunik (rehabilitatsioon)', 'Teenuse juht']);
    // The matched words are marked.
    expect(options[1].querySelector('mark')!.textContent).toBe('Rehabilitatsiooniteenuse');
    fireEvent.click(screen.getByRole('option', { name: /Teenuse juht/ }));
    expect(onChoose).toHaveBeenCalledWith('service-lead');
  });

  it('marks a title hit in its title and says which field any other hit matched', async () => {
    const { input } = renderSearch([{ text: 'rehabilitatsioon', hits: searchHits() }]);
    fireEvent.change(input, { target: { value: 'rehabilitatsioon' } });
    const [titleHit, dutiesHit] = await screen.findAllByRole('option');
    expect(titleHit.querySelector('.hit-title mark')!.textContent).toBe('rehabilitatsioon');
    expect(titleHit.querySelector('.hit-snippet')).toBeNull();
    expect(dutiesHit.querySelector('.hit-field')!.textContent).toBe('duties:');
  });

  it('tells a same-titled position apart by its place instead of its unit alone', async () => {
    const { input } = renderSearch([{ text: 'rehabilitatsioon', hits: searchHits() }]);
    fireEvent.change(input, { target: { value: 'rehabilitatsioon' } });
    const [adviser, lead] = await screen.findAllByRole('option');
    expect(adviser.querySelector('.hit-unit')!.textContent).toBe('Erihoolekande ja rehabilitatsiooni talitus');
    expect(lead.querySelector('.hit-unit')!.textContent).toBe('Erihoolekande ja rehabilitatsiooni talitus, teenuse-juht.txt');
  });

  it('chooses with the keyboard', async () => {
    const { onChoose, input } = renderSearch([{ text: 'rehabilitatsioon', hits: searchHits() }]);
    fireEvent.change(input, { target: { value: 'rehabilitatsioon' } });
    await screen.findAllByRole('option');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChoose).toHaveBeenCalledWith('service-lead');
  });

  it('says when the text is too short or nothing matches', async () => {
    const { input } = renderSearch([{ text: 'xyzzy', hits: [] }]);
    fireEvent.change(input, { target: { value: 'xy' } });
    expect(await screen.findByText('Type at least 3 letters.')).toBeTruthy();
    fireEvent.change(input, { target: { value: 'xyzzy' } });
    expect(await screen.findByText('Nothing found for "xyzzy".')).toBeTruthy();
  });
});
