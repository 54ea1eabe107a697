import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { useDebouncedValue } from '../search/use-debounced-value';
import { titleSuggestionsQuery, unitNameSuggestionsQuery } from './correction.queries';
import { fieldLabel } from './field-confidence';
import { draftOf, isListField, sameList, suggestsNothing, suggestsUnits, valueOfDraft } from './header-fields';

export interface FieldEditorProps {
  field: string;
  /** The value in effect, where editing starts. */
  value: readonly string[];
  /** Resolves with the problems the server reported (none: saved). */
  onSave(value: string[], comment: string | null): Promise<readonly string[]>;
  onCancel(): void;
}

/**
 * The editor of one header field: a text box for a single field, a list of boxes for a list
 * (add and remove), suggestions from the positions (or units) in the graph, an optional comment.
 * Escape cancels; the problems the server reports are shown here.
 */
export function FieldEditor({ field, value, onSave, onCancel }: FieldEditorProps) {
  const t = useT();
  const ids = useId();
  const list = isListField(field);
  const name = fieldLabel(field, t);
  const [items, setItems] = useState(() => draftOf(field, value));
  const [adding, setAdding] = useState('');
  const [comment, setComment] = useState('');
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [saving, setSaving] = useState(false);
  const [typed, setTyped] = useState('');
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const next = valueOfDraft(list ? [...items, adding] : items);
  const unchanged = sameList(next, value);
  const suggestionsId = `${ids}-suggestions`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (unchanged || saving) return;
    setSaving(true);
    const reported = await onSave(next, comment.trim() || null);
    setSaving(false);
    setProblems(reported);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // The panel closes on Escape; here it only leaves the editor.
    event.stopPropagation();
    event.nativeEvent.stopImmediatePropagation();
    onCancel();
  };
  const add = () => {
    if (!adding.trim()) return;
    setItems((current) => [...current, adding.trim()]);
    setAdding('');
  };
  const input = (text: string, onChange: (text: string) => void, label: string, ref?: typeof first) => (
    <input
      ref={ref}
      type="text"
      value={text}
      aria-label={label}
      list={suggestsNothing(field) ? undefined : suggestionsId}
      onChange={(e) => {
        onChange(e.target.value);
        setTyped(e.target.value);
      }}
      onFocus={(e) => setTyped(e.target.value)}
    />
  );

  return (
    <form className="field-editor" onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown} aria-label={t('fields.edit', { field: name })}>
      {list ? (
        <ul className="field-editor-items">
          {items.map((item, i) => (
            <li key={i}>
              {input(item, (text) => setItems((current) => current.map((old, j) => (j === i ? text : old))), t('fields.item', { field: name, number: i + 1 }), i === 0 ? first : undefined)}
              <button type="button" className="field-editor-remove" onClick={() => setItems((current) => current.filter((_, j) => j !== i))} aria-label={t('fields.remove', { item: item || '—' })} title={t('fields.remove', { item: item || '—' })}>
                ×
              </button>
            </li>
          ))}
          <li className="field-editor-add">
            {input(adding, setAdding, t('fields.newItem', { field: name }), items.length === 0 ? first : undefined)}
            <button type="button" onClick={add} disabled={!adding.trim()}>
              {t('fields.add')}
            </button>
          </li>
        </ul>
      ) : (
        input(items[0] ?? '', (text) => setItems([text]), t('fields.value', { field: name }), first)
      )}
      {!suggestsNothing(field) && <Suggestions id={suggestionsId} field={field} text={typed} />}
      <input type="text" className="field-editor-comment" value={comment} onChange={(e) => setComment(e.target.value)} aria-label={t('review.comment')} placeholder={t('review.comment')} />
      {problems.length > 0 && (
        <ul className="field-editor-errors" role="alert">
          {problems.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
      )}
      <div className="field-editor-buttons">
        <button type="submit" className="primary-button" disabled={unchanged || saving}>
          {saving ? t('fields.saving') : t('fields.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('fields.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A datalist of titles containing what is typed (or of unit names): one request per pause in typing. */
function Suggestions({ id, field, text }: { id: string; field: string; text: string }) {
  const units = suggestsUnits(field);
  const query = useDebouncedValue(text.trim(), 250);
  const titles = useQuery(titleSuggestionsQuery, { variables: { text: query }, skip: units || query.length < 2 });
  const unitNames = useQuery(unitNameSuggestionsQuery, { skip: !units });
  const options = units
    ? (unitNames.data?.units.map((u) => u.name) ?? [])
    : (titles.data ?? titles.previousData)?.positions.nodes.map((p) => p.title) ?? [];
  return (
    <datalist id={id}>
      {[...new Set(options)].map((option) => (
        <option key={option} value={option} />
      ))}
    </datalist>
  );
}
