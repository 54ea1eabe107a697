import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { format, LANGUAGES, type Language, type LabelKey } from './labels';

export type Translate = (key: LabelKey, params?: Record<string, string | number>) => string;

interface I18n {
  lang: Language;
  setLang(lang: Language): void;
  t: Translate;
}

const STORAGE_KEY = 'orgraph.lang';

const I18nContext = createContext<I18n>({
  lang: 'et',
  setLang: () => {},
  t: (key, params) => format(LANGUAGES.et[key], params),
});

function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'et' || stored === 'en') return stored;
  } catch {
    // Storage can be unavailable (privacy mode); Estonian is the default.
  }
  return 'et';
}

export function I18nProvider({ children, lang: fixed }: { children: ReactNode; lang?: Language }) {
  const [lang, setLangState] = useState<Language>(() => fixed ?? initialLanguage());
  useEffect(() => {
    // Screen readers pronounce the interface in the chosen language.
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Language) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered, still switched.
    }
  }, []);
  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: (key, params) => format(LANGUAGES[lang][key], params) }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = () => useContext(I18nContext);
export const useT = () => useContext(I18nContext).t;
