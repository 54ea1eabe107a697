import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { createApolloClient } from './app/apollo';
import { SignInControl } from './app/SignInControl';
import { toggleId, useUrlState, type ChartMode, type ReviewStatusFilter } from './app/url-state';
import { ChartArea } from './features/chart/ChartArea';
import { AbsencePanel } from './features/coverage/AbsencePanel';
import { CoveragePanel } from './features/coverage/CoveragePanel';
import { DescriptionPanel } from './features/description/DescriptionPanel';
import type { FieldFocus } from './features/description/HeaderFieldsView';
import { focusOf, type ReviewFocus } from './features/review/review-kinds';
import { ReviewPanel } from './features/review/ReviewPanel';
import type { GapKind, ReviewItemViewFragment, ReviewKind } from './gql/graphql';
import type { GapFilter } from './features/coverage/gap-entries';
import { SearchBox } from './features/search/SearchBox';
import { I18nProvider, useT } from './i18n/I18nProvider';
import { LanguageSwitch } from './i18n/LanguageSwitch';

/** Moves focus to the chart itself (a fragment link alone scrolls but may leave focus behind in some browsers). */
function skipToChart(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('chart')?.focus();
}

export function App({ client }: { client?: ApolloClient }) {
  const apollo = useMemo(() => client ?? createApolloClient(), [client]);
  return (
    <I18nProvider>
      <ApolloProvider client={apollo}>
        <ReactFlowProvider>
          <Shell />
        </ReactFlowProvider>
      </ApolloProvider>
    </I18nProvider>
  );
}

/**
 * Header with search and language; the chart, with the list of its mode on the left (gaps,
 * absences, or review items) and the open job description on the right. The URL holds what is
 * open; the review item chosen (which field of the panel to show) lives here.
 */
function Shell() {
  const t = useT();
  const [url, setUrl] = useUrlState();

  const select = useCallback((id: string) => setUrl({ position: id }), [setUrl]);
  const close = useCallback(() => setUrl({ position: null }), [setUrl]);
  // The gap list follows the chart's focus; its own unit filter can then choose another.
  const focusUnit = useCallback((id: string | null) => setUrl({ unit: id, gapUnit: id }), [setUrl]);
  const setOverlay = useCallback((on: boolean) => setUrl({ overlay: on }, 'replace'), [setUrl]);
  const setMode = useCallback((mode: ChartMode) => setUrl({ mode }), [setUrl]);
  // Marking absences replaces the history entry: Back leaves the mode rather than undoing clicks.
  const toggleAbsent = useCallback((id: string) => setUrl((state) => ({ absent: toggleId(state.absent, id) }), 'replace'), [setUrl]);
  const resetAbsent = useCallback(() => setUrl({ absent: [] }, 'replace'), [setUrl]);
  const setEscalate = useCallback((on: boolean) => setUrl({ escalate: on }, 'replace'), [setUrl]);
  const gapFilter = useMemo(() => ({ kind: url.gapKind as GapKind | null, unitId: url.gapUnit, lowConfidence: url.lowConfidence }), [url.gapKind, url.gapUnit, url.lowConfidence]);
  const setGapFilter = useCallback(
    (filter: Required<GapFilter>) => setUrl({ gapKind: filter.kind, gapUnit: filter.unitId, lowConfidence: filter.lowConfidence }, 'replace'),
    [setUrl],
  );
  const setReviewFilter = useCallback(
    ({ kind, status }: { kind: ReviewKind | null; status: ReviewStatusFilter }) => setUrl({ reviewKind: kind, reviewStatus: status }, 'replace'),
    [setUrl],
  );

  // Choosing a review item opens its first position at the item's field; choosing it again scrolls there again.
  const [reviewFocus, setReviewFocus] = useState<(ReviewFocus & { key: string }) | null>(null);
  const choices = useRef(0);
  const chooseItem = useCallback(
    (item: ReviewItemViewFragment, edit: boolean) => {
      const focus = focusOf(item, edit);
      if (!focus) return;
      setReviewFocus({ ...focus, key: `${focus.itemId}:${++choices.current}` });
      setUrl({ position: focus.positionId });
    },
    [setUrl],
  );
  const focusHere = reviewFocus && reviewFocus.positionId === url.position ? reviewFocus : null;
  const fieldFocus = useMemo<FieldFocus | null>(
    () => (focusHere ? { key: focusHere.key, field: focusHere.field, lines: focusHere.lines, edit: focusHere.edit } : null),
    [focusHere],
  );

  // Escape closes the panel (the search box stops its own Escape from reaching here).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && url.position) close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [url.position, close]);

  return (
    <div className="app">
      {/* The first Tab stop: past the header and side list straight to the chart's toolbar and cards. */}
      <a className="skip-link" href="#chart" onClick={skipToChart}>
        {t('skip.chart')}
      </a>
      <header className="app-header">
        <div className="brand">
          <img src="/favicon.svg" alt="" width="24" height="24" />
          <span className="brand-name">{t('app.title')}</span>
          <span className="brand-subtitle">{t('app.subtitle')}</span>
        </div>
        <SearchBox onChoose={select} />
        <LanguageSwitch />
        <SignInControl />
      </header>
      <main className="app-main">
        {url.mode === 'coverage' && <CoveragePanel filter={gapFilter} onFilterChange={setGapFilter} selectedId={url.position} onChoose={select} />}
        {url.mode === 'absence' && (
          <AbsencePanel
            absentIds={url.absent}
            escalate={url.escalate}
            onEscalateChange={setEscalate}
            onToggleAbsent={toggleAbsent}
            onReset={resetAbsent}
            onChoose={select}
          />
        )}
        {url.mode === 'review' && (
          <ReviewPanel
            focusUnitId={url.unit}
            kind={url.reviewKind}
            status={url.reviewStatus}
            onFilterChange={setReviewFilter}
            selectedItemId={focusHere?.itemId ?? null}
            onChoose={chooseItem}
          />
        )}
        <div className="chart-area" id="chart" tabIndex={-1} aria-label={t('skip.chart.target')}>
          <ChartArea
            selectedId={url.position}
            focusUnitId={url.unit}
            overlay={url.overlay}
            mode={url.mode}
            absentIds={url.absent}
            escalate={url.escalate}
            onSelect={select}
            onFocusUnit={focusUnit}
            onOverlayChange={setOverlay}
            onModeChange={setMode}
            onToggleAbsent={toggleAbsent}
          />
        </div>
        {url.position && <DescriptionPanel positionId={url.position} onClose={close} onNavigate={select} focus={fieldFocus} />}
      </main>
    </div>
  );
}
