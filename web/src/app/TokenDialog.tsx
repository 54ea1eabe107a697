import { useEffect, useRef, useState, type CSSProperties, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * Asks for an access token when the server refuses a request (401, `reason` says why) or when the
 * user signs in (`reason` null): a modal dialog of its own, mounted outside the app, so that any
 * request can ask from wherever it was made. Concurrent asks share one dialog. Resolves with the
 * token entered, or null when the user cancels.
 */
export function askForToken(reason: string | null): Promise<string | null> {
  pending ??= new Promise<string | null>((resolve) => {
    const host = document.createElement('div');
    document.body.appendChild(host);
    const root = createRoot(host);
    const done = (token: string | null) => {
      root.unmount();
      host.remove();
      pending = null;
      resolve(token);
    };
    root.render(<TokenDialog reason={reason} onDone={done} />);
  });
  return pending;
}

let pending: Promise<string | null> | null = null;

const TEXT = {
  et: {
    title: 'Sisesta ligipääsuvõti',
    body: 'Server nõuab ligipääsuvõtit. Selle annab administraator (käsk „orgraph token create”). Võti jäetakse selle brauseri meelde.',
    signIn: 'Ligipääsuvõti annab selle rolli õigused (näiteks HR näeb lähteteksti ja isikuandmeid). Selle annab administraator (käsk „orgraph token create”). Võti jäetakse selle brauseri meelde.',
    label: 'Ligipääsuvõti',
    submit: 'Jätka',
    cancel: 'Loobu',
  },
  en: {
    title: 'Enter an access token',
    body: 'The server requires an access token. An administrator makes one ("orgraph token create"). The token is kept in this browser.',
    signIn: 'An access token gives the rights of its role (HR, for one, sees the source text and personal data). An administrator makes one ("orgraph token create"). The token is kept in this browser.',
    label: 'Access token',
    submit: 'Continue',
    cancel: 'Cancel',
  },
} as const;

/** The interface language the app keeps (see I18nProvider), Estonian by default. */
function language(): keyof typeof TEXT {
  try {
    return localStorage.getItem('orgraph.lang') === 'en' ? 'en' : 'et';
  } catch {
    return 'et';
  }
}

export function TokenDialog({ reason, onDone }: { reason: string | null; onDone: (token: string | null) => void }) {
  const t = TEXT[language()];
  const dialog = useRef<HTMLDialogElement>(null);
  const [token, setToken] = useState('');

  useEffect(() => {
    const element = dialog.current;
    if (element && typeof element.showModal === 'function' && !element.open) element.showModal();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (token.trim()) onDone(token.trim());
  };

  return (
    <dialog ref={dialog} className="token-dialog" aria-labelledby="token-dialog-title" style={styles.dialog} onCancel={() => onDone(null)} open>
      <form onSubmit={submit} style={styles.form}>
        <h2 id="token-dialog-title" style={styles.title}>
          {t.title}
        </h2>
        {reason && <p style={styles.text}>{reason}</p>}
        <p style={styles.text}>{reason ? t.body : t.signIn}</p>
        <label style={styles.label}>
          {t.label}
          <input
            type="password"
            name="token"
            autoComplete="off"
            spellCheck={false}
            autoFocus
            value={token}
            onChange={(event) => setToken(event.target.value)}
            style={styles.input}
          />
        </label>
        <div style={styles.buttons}>
          <button type="button" onClick={() => onDone(null)}>
            {t.cancel}
          </button>
          <button type="submit" disabled={!token.trim()}>
            {t.submit}
          </button>
        </div>
      </form>
    </dialog>
  );
}

const styles: Record<string, CSSProperties> = {
  dialog: { maxWidth: 440, border: '1px solid #d5dde7', borderRadius: 8, padding: 0, boxShadow: '0 8px 32px rgba(0,0,0,.2)' },
  form: { display: 'flex', flexDirection: 'column', gap: 12, padding: 20, margin: 0 },
  title: { margin: 0, fontSize: 18 },
  text: { margin: 0, fontSize: 14, color: '#5d6b7a' },
  label: { display: 'flex', flexDirection: 'column', gap: 4, fontSize: 13, fontWeight: 600 },
  input: { font: 'inherit', fontFamily: 'ui-monospace, monospace', padding: '6px 8px', border: '1px solid #d5dde7', borderRadius: 4 },
  buttons: { display: 'flex', justifyContent: 'flex-end', gap: 8 },
};
