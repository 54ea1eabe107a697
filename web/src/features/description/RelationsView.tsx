import type { PositionDetailsQuery } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { ConfidenceMark } from './ConfidenceMark';
import type { DoubtfulField } from './field-confidence';
import { PositionLink } from './PositionLink';
import type { SourceRange } from './source-ranges';
import { lineSourceNote, ownField, type LineDirection } from './substitution-source';
import { LineSourceLink, SourceQuote } from './SubstitutionSource';

type Details = NonNullable<PositionDetailsQuery['position']>;

const NO_DOUBTS: ReadonlyMap<string, DoubtfulField> = new Map();

export interface RelationsViewProps {
  position: Details;
  onNavigate(id: string): void;
  /** The position's own document, to point each substitution line at the lines that state it (the text is withheld below the hr role). */
  source?: { text: string | null; sources: readonly SourceRange[] } | null;
  onShowSource?(field: string): void;
  /** Header fields of its document read with low confidence: each gets a mark with its reasons. */
  doubts?: ReadonlyMap<string, DoubtfulField>;
}

/** Manager, reporting chain, reports, and substitution lines both ways, each a link. */
export function RelationsView({ position, onNavigate, source, onShowSource, doubts = NO_DOUBTS }: RelationsViewProps) {
  const t = useT();
  const none = <span className="muted">{t('panel.none')}</span>;
  const sources = source?.sources ?? [];
  const quoted = new Set<string>();
  return (
    <section className="panel-section relations" aria-labelledby="relations-heading">
      <h3 id="relations-heading">{t('panel.relations')}</h3>
      <dl className="relations-list">
        <dt>{t('panel.manager')}</dt>
        <dd>
          {position.manager ? <PositionLink {...position.manager} onNavigate={onNavigate} /> : none}
          <ConfidenceMark doubt={doubts.get('manager')} />
        </dd>

        {position.reportingChain.length > 1 && (
          <>
            <dt>{t('panel.chain')}</dt>
            <dd className="chain">
              {position.reportingChain.map((p, i) => (
                <span key={p.id}>
                  {i > 0 && <span aria-hidden="true"> › </span>}
                  <PositionLink {...p} onNavigate={onNavigate} />
                </span>
              ))}
            </dd>
          </>
        )}

        <dt>{t('panel.reports')}</dt>
        <dd>
          {position.reports.length ? (
            <ul>
              {position.reports.map((p) => (
                <li key={p.id}>
                  <PositionLink {...p} onNavigate={onNavigate} />
                </li>
              ))}
            </ul>
          ) : (
            none
          )}
          <ConfidenceMark doubt={doubts.get('subordinates')} />
        </dd>

        <dt>{t('panel.substitutes')}</dt>
        <dd>
          {lines(position.substitutes, 'substitutes')}
          <ConfidenceMark doubt={doubts.get('substitutedBy')} />
        </dd>

        <dt>{t('panel.substitutedFor')}</dt>
        <dd>
          {lines(position.substitutedFor, 'substitutedFor')}
          <ConfidenceMark doubt={doubts.get('substitutes')} />
        </dd>
      </dl>
    </section>
  );

  function lines(list: Details['substitutes'], direction: LineDirection) {
    if (!list.length) return none;
    const notes = list.map((line) => lineSourceNote(line, direction, sources));
    // The table layout keeps both lists in one cell: quote those lines once, not under each list.
    const ranges = notes.some((n) => n.kind === 'own') ? sources.filter((s) => s.field === ownField(direction)) : [];
    const rangeKey = ranges.map((r) => `${r.start}-${r.end}`).join(',');
    const text = source?.text ?? null;
    const quote = text !== null && ranges.length > 0 && !quoted.has(rangeKey);
    if (quote) quoted.add(rangeKey);
    return (
      <>
        <ul>
          {list.map((line, i) => (
            <li key={line.position?.id ?? `${line.kind}-${line.group?.id ?? line.label}-${i}`}>
              {line.position ? (
                <PositionLink {...line.position} onNavigate={onNavigate} />
              ) : (
                <span className="substitute-label">
                  {line.label}
                  <span className="muted"> ({line.group ? t('panel.kind.GROUP', { unit: line.group.name }) : t('panel.kind.PLACEHOLDER')})</span>
                </span>
              )}{' '}
              <span className={`line-status status-${line.status.toLowerCase()}`}>{t(`panel.status.${line.status}`)}</span>{' '}
              <LineSourceLink note={notes[i]} direction={direction} onShowSource={onShowSource} />
            </li>
          ))}
        </ul>
        {quote && <SourceQuote text={text} ranges={ranges} />}
      </>
    );
  }
}
