import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Observable } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { readToken, storeToken } from '../../web/src/app/apollo';
import { SignInControl } from '../../web/src/app/SignInControl';
import { SignInNotice } from '../../web/src/app/SignInNotice';
import { I18nProvider } from '../../web/src/i18n/I18nProvider';

/**
 * A client whose link answers CurrentRole as the server would for the token the request carries
 * ("Bearer hr-token" is hr, anything else a viewer), and records the tokens it was sent.
 */
function accessApi() {
  const tokens: (string | null)[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const token = readToken();
        tokens.push(token);
        const role = token === 'hr-token' ? 'HR' : 'VIEWER';
        observer.next({ data: { currentAccess: { __typename: 'AccessInfo', role, tokenName: token ? 'test token' : null } } });
        observer.complete();
        void operation;
      }),
  );
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), tokens };
}

function renderWith(children: React.ReactNode) {
  const api = accessApi();
  render(
    <I18nProvider lang="en">
      <ApolloProvider client={api.client}>{children}</ApolloProvider>
    </I18nProvider>,
  );
  return api;
}

// The dialog lives outside the app and speaks the language the app keeps (Estonian by default).
async function enterToken(token: string) {
  const input = await screen.findByLabelText('Ligipääsuvõti');
  fireEvent.change(input, { target: { value: token } });
  fireEvent.click(screen.getByRole('button', { name: 'Jätka' }));
}

describe('signing in from the header', () => {
  afterEach(() => storeToken(null));

  it('shows the role, signs in through the token dialog and shows the new role, then signs out', async () => {
    renderWith(<SignInControl />);
    const control = screen.getByRole('group', { name: 'Access' });
    await waitFor(() => expect(control.querySelector('.access-role')!.textContent).toBe('Viewer'));
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await enterToken('hr-token');
    await waitFor(() => expect(control.querySelector('.access-role')!.textContent).toBe('HR'));
    expect(readToken()).toBe('hr-token');

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(control.querySelector('.access-role')!.textContent).toBe('Viewer'));
    expect(readToken()).toBeNull();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
  });

  it('keeps the token it had when the dialog is cancelled', async () => {
    storeToken('viewer-token');
    renderWith(<SignInControl />);
    fireEvent.click(screen.getByRole('button', { name: 'Change token' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Loobu' }));
    await waitFor(() => expect(screen.queryByLabelText('Ligipääsuvõti')).toBeNull());
    expect(readToken()).toBe('viewer-token');
  });
});

describe('a notice of what needs more rights', () => {
  afterEach(() => storeToken(null));

  it('offers to sign in, and asks the views on screen again with the new token', async () => {
    const api = renderWith(
      <>
        <SignInControl />
        <SignInNotice>The source text is shown only with HR rights.</SignInNotice>
      </>,
    );
    const notice = screen.getByRole('note');
    expect(notice.textContent).toContain('only with HR rights');
    fireEvent.click(within(notice).getByRole('button', { name: 'Sign in' }));
    await enterToken('hr-token');
    await waitFor(() => expect(api.tokens).toContain('hr-token'));
    await waitFor(() => expect(screen.getByRole('group', { name: 'Access' }).querySelector('.access-role')!.textContent).toBe('HR'));
  });
});
