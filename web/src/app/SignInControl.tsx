import { useT } from '../i18n/I18nProvider';
import { useCurrentRole, useSignIn } from './access';

/** The header's account corner: the role the browser has, sign in (or change the token), sign out. */
export function SignInControl() {
  const t = useT();
  const { role, hasToken } = useCurrentRole();
  const { signIn, signOut } = useSignIn();
  return (
    <div className="sign-in-control" role="group" aria-label={t('access.label')}>
      <span className="access-role" aria-live="polite">
        {role ? t(`access.role.${role}`) : '…'}
      </span>
      <button type="button" onClick={() => void signIn()}>
        {hasToken ? t('access.changeToken') : t('access.signIn')}
      </button>
      {hasToken && (
        <button type="button" onClick={() => void signOut()}>
          {t('access.signOut')}
        </button>
      )}
    </div>
  );
}
