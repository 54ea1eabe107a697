import type { ReactNode } from 'react';
import type { JobDescriptionDetailsFragment } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { NotStated, Section } from './Section';

/** Every section of a job description, as written (only the headings are translated). */
export function JobDescriptionView({ jd, onShowSource }: { jd: JobDescriptionDetailsFragment; onShowSource?(field: string): void }) {
  const t = useT();
  const section = (id: string, title: string, field: string | undefined, body: ReactNode) => (
    <Section id={id} title={title} field={field} onShowSource={onShowSource}>
      {body}
    </Section>
  );
  const list = (items: readonly string[]) => (items.length ? <ul>{items.map((item, i) => <li key={i}>{item}</li>)}</ul> : <NotStated />);
  const { requirements: req } = jd;

  return (
    <div className="job-description">
      {section('purpose', t('section.purpose'), 'purpose', jd.purpose ? <p>{jd.purpose}</p> : <NotStated />)}

      {section(
        'duties',
        t('section.duties'),
        'duties',
        jd.duties.length ? (
          <ol className="duties">
            {jd.duties.map((duty, i) => (
              <li key={i}>
                <span className="duty-number">{duty.number}</span>
                <div>
                  <p className="duty-text">{duty.text}</p>
                  {duty.results.length > 0 && (
                    <div className="duty-results">
                      <span className="results-label">{t('section.results')}</span>
                      <ul>
                        {duty.results.map((result, j) => (
                          <li key={j}>{result}</li>
                        ))}
                      </ul>
                    </div>
                  )}
                </div>
              </li>
            ))}
          </ol>
        ) : (
          <NotStated />
        ),
      )}

      {section('rights', t('section.rights'), 'rights', list(jd.rights))}
      {section('responsibilities', t('section.responsibilities'), 'responsibilities', list(jd.responsibilities))}

      {section(
        'requirements',
        t('section.requirements'),
        'requirements',
        <dl className="requirements">
          <Row label={t('section.education')} value={req.education} />
          <Row label={t('section.experience')} value={req.experience} />
          <dt>{t('section.languages')}</dt>
          <dd>
            {req.languages.length ? (
              <ul className="languages">
                {req.languages.map((language, i) => (
                  <li key={i} title={language.text}>
                    <span className="language-name">{language.language}</span>
                    {language.level && <span className="level-badge">{language.level}</span>}
                    {language.alternatives.length > 0 && (
                      <span className="muted"> ({t('section.or', { alternatives: language.alternatives.join(', ') })})</span>
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <NotStated />
            )}
          </dd>
          <Row label={t('section.computerSkills')} value={req.computerSkills} />
          <Row label={t('section.domainKnowledge')} value={req.domainKnowledge} />
          {req.other.map((row, i) => (
            <div key={i} className="dl-row">
              <dt>{row.label}</dt>
              <dd>{row.text}</dd>
            </div>
          ))}
        </dl>,
      )}

      {section(
        'competencies',
        t('section.competencies'),
        'competencies',
        jd.competencies.length ? (
          jd.competencies.map((group, i) => (
            <div key={i} className="competency">
              <h4>{group.group}</h4>
              {list(group.items)}
            </div>
          ))
        ) : (
          <NotStated />
        ),
      )}

      {section(
        'additional',
        t('section.additionalCompetencies'),
        'additionalCompetencies',
        jd.additionalCompetencies.length ? (
          <dl className="additional">
            {jd.additionalCompetencies.map((item, i) => (
              <div key={i} className="dl-row">
                <dt>{item.name}</dt>
                <dd>{item.description}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <NotStated />
        ),
      )}

      {jd.workTools && section('work-tools', t('section.workTools'), 'workTools', <p>{jd.workTools}</p>)}
      {jd.amendment && section('amendment', t('section.amendment'), 'amendment', <p>{jd.amendment}</p>)}

      {section(
        'approval',
        t('section.approval'),
        'approval',
        jd.approval ? (
          <p>
            {t('section.approval.text', {
              number: jd.approval.number ?? '—',
              date: jd.approval.date ?? '—',
              issuer: jd.approval.issuer ?? '—',
            })}
          </p>
        ) : jd.contractAnnex ? (
          <p>
            {t('section.contractAnnex')}
            {jd.contractAnnex.contractNumber ? ` ${jd.contractAnnex.contractNumber}` : ''}
          </p>
        ) : (
          <NotStated />
        ),
      )}

      {section(
        'signatures',
        t('section.signatures'),
        'signatures',
        jd.signatures.length ? (
          <dl className="signatures">
            {jd.signatures.map((signature, i) => (
              <div key={i} className="dl-row">
                <dt>{t(`section.party.${signature.party}`)}</dt>
                <dd>
                  {signature.name}
                  {signature.role && <span className="muted">, {signature.role}</span>}
                </dd>
              </div>
            ))}
          </dl>
        ) : (
          <NotStated />
        ),
      )}

      {jd.warnings.length > 0 &&
        section(
          'warnings',
          t('section.warnings'),
          undefined,
          <ul className="warnings">
            {jd.warnings.map((warning, i) => (
              <li key={i}>
                <span className="muted">{t('section.line', { line: warning.line })}:</span> {warning.message}
              </li>
            ))}
          </ul>,
        )}
    </div>
  );
}

/** A requirement row, left out when the document states nothing for it. */
function Row({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}
