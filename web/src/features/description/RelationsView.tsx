import type { PositionDetailsQuery } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { PositionLink } from './PositionLink';

type Details = NonNullable<PositionDetailsQuery['position']>;

/** Manager, reporting chain, reports, and substitution lines both ways, each a link. */
export function RelationsView({ position, onNavigate }: { position: Details; onNavigate(id: string): void }) {
  const t = useT();
  const none = <span className="muted">{t('panel.none')}</span>;
  return (
    <section className="panel-section relations" aria-labelledby="relations-heading">
      <h3 id="relations-heading">{t('panel.relations')}</h3>
      <dl className="relations-list">
        <dt>{t('panel.manager')}</dt>
        <dd>{position.manager ? <PositionLink {...position.manager} onNavigate={onNavigate} /> : none}</dd>

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
        </dd>

        <dt>{t('panel.substitutes')}</dt>
        <dd>{lines(position.substitutes)}</dd>

        <dt>{t('panel.substitutedFor')}</dt>
        <dd>{lines(position.substitutedFor)}</dd>
      </dl>
    </section>
  );

  function lines(list: Details['substitutes']) {
    if (!list.length) return none;
    return (
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
            <span className={`line-status status-${line.status.toLowerCase()}`}>{t(`panel.status.${line.status}`)}</span>
          </li>
        ))}
      </ul>
    );
  }
}
