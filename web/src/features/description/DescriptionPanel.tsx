import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { describeError } from '../../app/errors';
import { CloseIcon } from '../../app/icons';
import { SignInNotice } from '../../app/SignInNotice';
import { StatusMessage } from '../../app/StatusMessage';
import { useT } from '../../i18n/I18nProvider';
import { positionDetailsQuery } from './description.query';
import { ConfidenceMark } from './ConfidenceMark';
import { useCanCorrect } from '../review/use-access';
import { lowConfidenceFields } from './field-confidence';
import { HeaderFieldsView, type FieldFocus } from './HeaderFieldsView';
import { JobDescriptionView } from './JobDescriptionView';
import { PositionGaps } from './PositionGaps';
import { RelationsView } from './RelationsView';
import { SourceView } from './SourceView';

type Tab = 'document' | 'source';

export interface DescriptionPanelProps {
  positionId: string;
  onClose(): void;
  onNavigate(id: string): void;
  /** Opened from a review item: the header field to show (its lines highlighted), perhaps to edit. */
  focus?: FieldFocus | null;
}

/**
 * The side panel: one position's whole job description, its header fields (corrected ones marked;
 * hr may correct them), relations and gaps, and its source text.
 */
export function DescriptionPanel({ positionId, onClose, onNavigate, focus = null }: DescriptionPanelProps) {
  const t = useT();
  const canCorrect = useCanCorrect();
  // Partial answers are shown: below the hr role the server withholds personal data (the source
  // text, signatories' names) with a FORBIDDEN error and answers the rest. Asked of the network
  // each time as well: a correction elsewhere may have changed what the cache holds.
  const { data, error, loading, refetch } = useQuery(positionDetailsQuery, { variables: { id: positionId }, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  const [tab, setTab] = useState<Tab>('document');
  const [sourceField, setSourceField] = useState<string | null>(null);
  useEffect(() => {
    setTab('document');
    setSourceField(null);
  }, [positionId]);
  useEffect(() => {
    if (focus) setTab('document');
  }, [focus]);

  const position = data?.position;
  const jd = position?.jobDescription ?? null;
  const doubts = lowConfidenceFields(jd);
  const showSource = (field: string) => {
    setSourceField(field);
    setTab('source');
  };

  let body;
  if (error && !position) {
    body = (
      <StatusMessage kind="error" title={describeError(error, t)} action={<button type="button" onClick={() => void refetch()}>{t('error.retry')}</button>} />
    );
  } else if (loading && !position) {
    body = <StatusMessage kind="loading">{t('panel.loading')}</StatusMessage>;
  } else if (!position) {
    body = <StatusMessage kind="empty">{t('panel.notFound')}</StatusMessage>;
  } else if (tab === 'source' && jd) {
    body =
      jd.sourceText === null ? (
        <SignInNotice>{t('panel.sourceWithheld')}</SignInNotice>
      ) : (
        <SourceView key={`${positionId}-${sourceField}`} text={jd.sourceText} sources={jd.sources} initialField={sourceField} />
      );
  } else {
    body = (
      <>
        <RelationsView position={position} onNavigate={onNavigate} source={jd && { text: jd.sourceText, sources: jd.sources }} onShowSource={jd?.sourceText != null ? showSource : undefined} doubts={doubts} />
        {jd && (
          <HeaderFieldsView
            key={jd.id}
            jobDescriptionId={jd.id}
            fields={jd.headerFields}
            canCorrect={canCorrect}
            sourceText={jd.sourceText}
            sources={jd.sources}
            focus={focus}
            onShowSource={jd.sourceText != null ? showSource : undefined}
          />
        )}
        <PositionGaps positionId={position.id} unitId={position.unit?.id ?? null} onNavigate={onNavigate} />
        {jd ? <JobDescriptionView jd={jd} onShowSource={showSource} /> : <p className="note">{t('panel.undocumented')}</p>}
      </>
    );
  }

  return (
    <aside className="description-panel" aria-labelledby="panel-title">
      <header className="panel-header">
        <div className="panel-titles">
          <h2 id="panel-title">{position?.title ?? '…'}</h2>
          <ConfidenceMark doubt={doubts.get('title') ?? doubts.get('specialization')} />
          {position?.unit && (
            <div className="panel-unit">
              {position.unit.name} · {t(`unit.kind.${position.unit.kind}`)}
            </div>
          )}
          <ConfidenceMark doubt={doubts.get('unitPath')} />
          {jd && <div className="panel-file muted small">{jd.sourceName}</div>}
        </div>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('panel.close')} title={t('panel.close')}>
          <CloseIcon />
        </button>
      </header>
      {jd && (
        <div className="tabs" role="tablist">
          <button type="button" role="tab" aria-selected={tab === 'document'} onClick={() => setTab('document')}>
            {t('panel.tab.document')}
          </button>
          <button type="button" role="tab" aria-selected={tab === 'source'} onClick={() => setTab('source')}>
            {t('panel.tab.source')}
          </button>
        </div>
      )}
      <div className="panel-body" role={jd ? 'tabpanel' : undefined}>
        {body}
      </div>
    </aside>
  );
}
