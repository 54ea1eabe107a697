import '../review/review.css';
import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { describeError } from '../../app/errors';
import type { HeaderFieldViewFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { useGraphRefresh } from '../review/use-graph-refresh';
import { correctFieldMutation, undoCorrectionMutation } from './correction.queries';
import { CorrectionMark } from './CorrectionMark';
import { fieldLabel } from './field-confidence';
import { FieldEditor } from './FieldEditor';
import { isListField } from './header-fields';
import type { SourceRange } from './source-ranges';

/** A field the panel was opened at (a review item): scrolled to, its lines quoted, perhaps its editor open. */
export interface FieldFocus {
  /** Changes with every choice, so that choosing the same item again scrolls again. */
  key: string;
  field: string | null;
  lines: { start: number; end: number } | null;
  edit: boolean;
}

export interface HeaderFieldsViewProps {
  jobDescriptionId: string;
  fields: readonly HeaderFieldViewFragment[];
  /** hr and admin: edit and undo controls. */
  canCorrect: boolean;
  sourceText: string | null;
  sources: readonly SourceRange[];
  focus?: FieldFocus | null;
  onShowSource?(field: string): void;
}

/**
 * The header as read, field by field: the value in effect, a mark on a corrected or stale field,
 * and for hr an editor per field and Undo. A correction rebuilds the graph: the chart, coverage and
 * review list follow.
 */
export function HeaderFieldsView({ jobDescriptionId, fields, canCorrect, sourceText, sources, focus, onShowSource }: HeaderFieldsViewProps) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const [undoProblems, setUndoProblems] = useState<{ field: string; messages: readonly string[] } | null>(null);
  const refresh = useGraphRefresh();
  const [correctField] = useMutation(correctFieldMutation);
  const [undoCorrection, undoState] = useMutation(undoCorrectionMutation);
  const rows = useRef<HTMLDListElement>(null);

  useEffect(() => {
    if (!focus?.field) return;
    if (focus.edit && canCorrect) setEditing(focus.field);
    const row = rows.current?.querySelector<HTMLElement>(`[data-field="${focus.field}"]`);
    // Only the panel's own list scrolls: scrollIntoView would scroll the page as well.
    const box = row?.closest<HTMLElement>('.panel-body');
    if (row && box) box.scrollTop += row.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientHeight / 4;
  }, [focus?.key, focus?.field, focus?.edit, canCorrect]);

  const save = async (field: string, value: string[], comment: string | null): Promise<readonly string[]> => {
    try {
      const { data } = await correctField({ variables: { input: { jobDescriptionId, field, value, comment } } });
      const payload = data?.correctField;
      if (!payload?.ok) return payload?.errors.map((e) => e.message) ?? [t('error.other', { message: '?' })];
      setEditing(null);
      await refresh();
      return [];
    } catch (error) {
      return [describeError(error, t)];
    }
  };

  const undo = async (field: string, id: string) => {
    setUndoProblems(null);
    try {
      const { data } = await undoCorrection({ variables: { input: { id } } });
      const payload = data?.undoCorrection;
      if (!payload?.ok) return setUndoProblems({ field, messages: payload?.errors.map((e) => e.message) ?? [] });
      await refresh();
    } catch (error) {
      setUndoProblems({ field, messages: [describeError(error, t)] });
    }
  };

  return (
    <section className="panel-section header-fields" aria-labelledby="header-fields-heading">
      <h3 id="header-fields-heading">{t('fields.title')}</h3>
      <p className="muted small">{t('fields.hint')}</p>
      <dl className="header-field-list" ref={rows}>
        {fields.map((entry) => {
          const name = fieldLabel(entry.field, t);
          const focused = focus?.field === entry.field;
          const ranges = focused && focus?.lines ? [{ field: entry.field, ...focus.lines }] : sources.filter((s) => s.field === entry.field);
          return (
            <div key={entry.field} className={`header-field${focused ? ' is-focused' : ''}`} data-field={entry.field}>
              <dt>{name}</dt>
              <dd>
                <div className="header-field-value">
                  <Value field={entry.field} value={entry.value} empty={t('fields.empty')} />
                  <CorrectionMark entry={entry} />
                  {canCorrect && editing !== entry.field && (
                    <span className="header-field-controls">
                      <button type="button" className="link-button" onClick={() => setEditing(entry.field)} aria-label={t('fields.edit', { field: name })}>
                        ✎ <span aria-hidden="true">{t('review.correct')}</span>
                      </button>
                      {entry.correction && (
                        <button
                          type="button"
                          className="link-button"
                          disabled={undoState.loading}
                          onClick={() => void undo(entry.field, entry.correction!.id)}
                          aria-label={t('fields.undo', { field: name })}
                        >
                          ↶ <span aria-hidden="true">{t('review.undo')}</span>
                        </button>
                      )}
                    </span>
                  )}
                </div>
                {undoProblems?.field === entry.field && undoProblems.messages.length > 0 && (
                  <ul className="field-editor-errors" role="alert">
                    {undoProblems.messages.map((m, i) => (
                      <li key={i}>{m}</li>
                    ))}
                  </ul>
                )}
                {editing === entry.field && (
                  <FieldEditor field={entry.field} value={entry.value} onSave={(value, comment) => save(entry.field, value, comment)} onCancel={() => setEditing(null)} />
                )}
                {focused && <FocusedLines text={sourceText} ranges={ranges} field={entry.field} onShowSource={onShowSource} />}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}

function Value({ field, value, empty }: { field: string; value: readonly string[]; empty: string }) {
  if (!value.length) return <span className="muted">{empty}</span>;
  if (!isListField(field) || value.length === 1) return <span>{value.join(', ')}</span>;
  return (
    <ul className="header-field-items">
      {value.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

/** The lines the field (or the review item) points at, highlighted; below the hr role only their numbers. */
function FocusedLines({ text, ranges, field, onShowSource }: { text: string | null; ranges: readonly SourceRange[]; field: string; onShowSource?(field: string): void }) {
  const { t } = useI18n();
  if (!ranges.length) return null;
  const start = Math.min(...ranges.map((r) => r.start));
  const end = Math.max(...ranges.map((r) => r.end));
  const all = text?.split(/\r?\n/) ?? null;
  return (
    <figure className="source-quote focused-lines">
      <figcaption className="muted small">
        {t('fields.lines', { start, end })}
        {onShowSource && (
          <button type="button" className="link-button" onClick={() => onShowSource(field)}>
            ¶ {t('fields.showSource')}
          </button>
        )}
      </figcaption>
      {all && (
        <ol>
          {all.slice(start - 1, end).map((line, i) => (
            <li key={start + i} value={start + i} className="highlighted" data-line={start + i}>
              {line || ' '}
            </li>
          ))}
        </ol>
      )}
    </figure>
  );
}
