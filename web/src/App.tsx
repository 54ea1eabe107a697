import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useMemo } from 'react';
import { createApolloClient } from './app/apollo';
import { useUrlState } from './app/url-state';
import { ChartArea } from './features/chart/ChartArea';
import { DescriptionPanel } from './features/description/DescriptionPanel';
import { SearchBox } from './features/search/SearchBox';
import { I18nProvider, useT } from './i18n/I18nProvider';
import { LanguageSwitch } from './i18n/LanguageSwitch';

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

/** Header with search and language, the chart, and the side panel; the URL holds what is open. */
function Shell() {
  const t = useT();
  const [url, setUrl] = useUrlState();

  const select = useCallback((id: string) => setUrl({ position: id }), [setUrl]);
  const close = useCallback(() => setUrl({ position: null }), [setUrl]);
  const focusUnit = useCallback((id: string | null) => setUrl({ unit: id }), [setUrl]);
  const setOverlay = useCallback((on: boolean) => setUrl({ overlay: on }, 'replace'), [setUrl]);

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
      <header className="app-header">
        <div className="brand">
          <img src="/favicon.svg" alt="" width="24" height="24" />
          <span className="brand-name">{t('app.title')}</span>
          <span className="brand-subtitle">{t('app.subtitle')}</span>
        </div>
        <SearchBox onChoose={select} />
        <LanguageSwitch />
      </header>
      <main className="app-main">
        <div className="chart-area">
          <ChartArea
            selectedId={url.position}
            focusUnitId={url.unit}
            overlay={url.overlay}
            onSelect={select}
            onFocusUnit={focusUnit}
            onOverlayChange={setOverlay}
          />
        </div>
        {url.position && <DescriptionPanel positionId={url.position} onClose={close} onNavigate={select} />}
      </main>
    </div>
  );
}
