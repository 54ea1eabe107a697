import { describeError } from '../../app/errors';
import { StatusMessage } from '../../app/StatusMessage';
import { useT } from '../../i18n/I18nProvider';
import { OrgChart, type OrgChartProps } from './OrgChart';
import { useOrgData } from './use-org-data';

/** Loads the organisation and says what is happening until the chart can be drawn. */
export function ChartArea(props: Omit<OrgChartProps, 'data' | 'onLoadUnits' | 'onRetryUnit'>) {
  const t = useT();
  const state = useOrgData();
  if (state.status === 'error') {
    return (
      <StatusMessage
        kind="error"
        title={describeError(state.error, t)}
        action={
          <button type="button" onClick={state.retry}>
            {t('error.retry')}
          </button>
        }
      />
    );
  }
  if (state.status === 'loading') {
    return (
      <StatusMessage kind="loading">
        {state.step === 'units' ? t('load.units') : t('load.positions', { loaded: state.loaded, total: state.total ?? '?' })}
      </StatusMessage>
    );
  }
  if (state.total === 0) {
    return <StatusMessage kind="empty" title={t('empty.title')}>{t('empty.body')}</StatusMessage>;
  }
  return <OrgChart data={state.data} onLoadUnits={state.loadUnits} onRetryUnit={state.retryUnit} {...props} />;
}
