import { useQuery } from '@apollo/client/react';
import { describeError } from '../../app/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { unitGapsQuery } from '../coverage/coverage.queries';
import { GapKindBadge } from '../coverage/GapKindBadge';
import { PositionLink } from './PositionLink';

/**
 * The position's substitution gaps with their explanations. Asks for the coverage of its own
 * unit only (not the sub-units): the analysis still sees the whole organisation.
 */
export function PositionGaps({ positionId, unitId, onNavigate }: { positionId: string; unitId: string | null; onNavigate(id: string): void }) {
  const { t, lang } = useI18n();
  const { data, loading, error } = useQuery(unitGapsQuery, { variables: { unitId, positionId }, fetchPolicy: 'cache-and-network' });
  const coverage = data?.coverage.positions.find((p) => p.position.id === positionId);

  let body;
  if (error && !data) body = <p className="error-text" role="alert">{describeError(error, t)}</p>;
  else if (loading && !data) body = <p className="muted">{t('coverage.loading')}</p>;
  else if (!coverage?.gaps.length) body = <p className="muted">{t('panel.gaps.none')}</p>;
  else
    body = (
      <ul className="position-gaps">
        {coverage.gaps.map((gap, i) => (
          <li key={`${gap.kind}-${i}`}>
            <GapKindBadge kind={gap.kind} />
            <p className="gap-explanation">{lang === 'et' ? gap.explanationEt : gap.explanation}</p>
            {gap.relatedPositions.length > 0 && (
              <p className="small muted">
                {t('panel.gaps.related')}
                {gap.relatedPositions.map((p, j) => (
                  <span key={p.id}>
                    {j > 0 && ', '}
                    <PositionLink {...p} onNavigate={onNavigate} />
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ul>
    );

  return (
    <section className="panel-section gaps" aria-labelledby="gaps-heading">
      <h3 id="gaps-heading">{t('panel.gaps')}</h3>
      {body}
    </section>
  );
}
