import type { ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';
import { useSignIn } from './access';

/**
 * Something withheld below a role ("shown only with HR rights"), with the way in: signing in
 * opens the token dialog, and the view it sits in asks again with the new token.
 */
export function SignInNotice({ children }: { children: ReactNode }) {
  const t = useT();
  const { signIn } = useSignIn();
  return (
    <div className="note sign-in-notice" role="note">
      <p>{children}</p>
      <button type="button" className="primary-button" onClick={() => void signIn()}>
        {t('access.signIn')}
      </button>
    </div>
  );
}
