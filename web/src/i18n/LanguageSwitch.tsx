import { useI18n } from './I18nProvider';
import type { Language } from './labels';

const CHOICES: { lang: Language; label: string; name: string }[] = [
  { lang: 'et', label: 'ET', name: 'Eesti keel' },
  { lang: 'en', label: 'EN', name: 'English' },
];

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t('lang.switch')}>
      {CHOICES.map((choice) => (
        <button
          key={choice.lang}
          type="button"
          lang={choice.lang}
          title={choice.name}
          aria-pressed={lang === choice.lang}
          onClick={() => setLang(choice.lang)}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}
