import { useQuery } from '@apollo/client/react';
import { useId, useState, type KeyboardEvent } from 'react';
import { describeError } from '../../app/errors';
import { SearchIcon } from '../../app/icons';
import { useT } from '../../i18n/I18nProvider';
import type { LabelKey } from '../../i18n/labels';
import { searchPositionsQuery } from './search.query';
import { Snippet } from './Snippet';
import { useDebouncedValue } from './use-debounced-value';

/** The API ignores words shorter than this. */
const MIN_LENGTH = 3;

export interface SearchBoxProps {
  onChoose(positionId: string): void;
  debounceMs?: number;
  /** What the box is for, when it is not the header's search (its label and placeholder). */
  label?: string;
  placeholder?: string;
  /** Empties the box after a choice, ready for the next one (marking several positions in turn). */
  clearOnChoose?: boolean;
}

/**
 * Search by title, unit or duty. Results appear as a list under the box; choosing one (click,
 * or arrows and Enter) hands its position to `onChoose`.
 */
export function SearchBox({ onChoose, debounceMs = 250, label, placeholder, clearOnChoose = false }: SearchBoxProps) {
  const t = useT();
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDebouncedValue(text.trim(), debounceMs);
  const searchable = query.length >= MIN_LENGTH;
  const { data, loading, error } = useQuery(searchPositionsQuery, { variables: { text: query }, skip: !searchable });
  const hits = searchable ? (data?.search ?? []) : [];

  const showList = open && text.trim().length > 0;

  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    setOpen(false);
    if (clearOnChoose) setText('');
    onChoose(hit.position.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, hits.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape' && showList) {
      // Closing the results must not also close the side panel; a second Escape does that.
      event.stopPropagation();
      setOpen(false);
    }
  };

  let status: string | null = null;
  if (text.trim().length > 0 && text.trim().length < MIN_LENGTH) status = t('search.tooShort');
  else if (searchable && error) status = describeError(error, t);
  else if (searchable && loading && !hits.length) status = t('search.searching');
  else if (searchable && data && !hits.length) status = t('search.none', { text: query });

  return (
    <div className="search-box" role="search" aria-label={label}>
      <label className="search-input">
        <SearchIcon />
        <span className="visually-hidden">{label ?? t('search.label')}</span>
        <input
          type="search"
          value={text}
          placeholder={placeholder ?? t('search.placeholder')}
          role="combobox"
          aria-expanded={showList && hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList && hits[active] ? `${listId}-${active}` : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
        />
      </label>
      {showList && (
        <div className="search-results">
          {status && (
            <p className="search-status" role="status">
              {status}
            </p>
          )}
          {hits.length > 0 && (
            <ul id={listId} role="listbox" aria-label={t('search.results')}>
              {hits.map((hit, i) => (
                <li
                  key={`${hit.position.id}-${i}`}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'active' : undefined}
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseEnter={() => setActive(i)}
                  onClick={() => choose(i)}
                >
                  {/* A title hit shows its title marked; any other says which field matched, and how. */}
                  <span className="hit-title">{hit.field === 'title' ? <Snippet text={hit.snippet} /> : hit.position.title}</span>
                  {(hit.position.distinguishingPlace ?? hit.position.unit?.name) && (
                    <span className="hit-unit">{hit.position.distinguishingPlace ?? hit.position.unit?.name}</span>
                  )}
                  {hit.field !== 'title' && (
                    <span className="hit-snippet">
                      <span className="hit-field">{fieldLabel(hit.field, t)}:</span> <Snippet text={hit.snippet} />
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

function fieldLabel(field: string, t: (key: LabelKey) => string): string {
  const key = `search.field.${field}` as LabelKey;
  return ['title', 'unit', 'purpose', 'duties'].includes(field) ? t(key) : field;
}
