import { InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { DeskConfig } from './config';

/** Who is signed in: the access token sent to the API and what its claims allow. */
export interface Session {
  accessToken: string;
  name: string;
  scopes: string[];
}

/** Bare, or under a resource server as Cognito names custom scopes (gazette/articles:act-for-others). */
export function hasScope(session: Session, wanted: string): boolean {
  return session.scopes.some((scope) => scope === wanted || scope.endsWith(`/${wanted}`));
}

export function canActForOthers(session: Session): boolean {
  return hasScope(session, 'articles:act-for-others');
}

function claimsOf(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0))));
}

export function sessionOf(accessToken: string, fallbackName = ''): Session {
  const claims = claimsOf(accessToken);
  const scope = typeof claims.scope === 'string' ? claims.scope : '';
  const name = typeof claims.name === 'string' ? claims.name : fallbackName;
  return { accessToken, name, scopes: scope.split(' ').filter(Boolean) };
}

/**
 * OIDC sign-in (authorization code + PKCE) through oidc-client-ts. Tokens are kept in this
 * page's memory only; the sign-in state (PKCE verifier) must survive the redirect, so it goes to
 * sessionStorage and is removed once used.
 */
export class SignIn {
  private readonly manager: UserManager;
  private readonly signOutParams: Record<string, string>;

  constructor(config: DeskConfig) {
    const origin = window.location.origin;
    const signedOutPage = `${origin}${import.meta.env.BASE_URL}`;
    this.signOutParams = config.signOutUrl ? { client_id: config.clientId, logout_uri: signedOutPage } : {};
    this.manager = new UserManager({
      metadataSeed: config.signOutUrl ? { end_session_endpoint: config.signOutUrl } : undefined,
      authority: config.issuer,
      client_id: config.clientId,
      scope: config.scope,
      redirect_uri: `${origin}${import.meta.env.BASE_URL}callback.html`,
      post_logout_redirect_uri: signedOutPage,
      response_type: 'code',
      userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
      stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
      automaticSilentRenew: false,
    });
  }

  /** On the callback page: finish the sign-in and go back to the desk's address without reloading. */
  async finish(): Promise<Session | null> {
    if (!window.location.pathname.endsWith('/callback.html')) return null;
    const user = await this.manager.signinRedirectCallback();
    const returnTo = typeof user.state === 'string' ? user.state : '';
    window.history.replaceState(null, '', `${import.meta.env.BASE_URL}${returnTo}`);
    return sessionOf(user.access_token, user.profile.name ?? '');
  }

  start(): Promise<void> {
    return this.manager.signinRedirect({ state: window.location.hash });
  }

  async end(): Promise<void> {
    const user = await this.manager.getUser();
    await this.manager.removeUser();
    await this.manager.signoutRedirect({ id_token_hint: user?.id_token, extraQueryParams: this.signOutParams });
  }
}
