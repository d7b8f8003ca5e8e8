import { render } from 'preact';
import { App } from './App';
import { loadConfig } from './config';
import { type Session, SignIn, sessionOf } from './session';
import './desk.css';

async function start() {
  const root = document.getElementById('app')!;
  const config = await loadConfig();
  const signIn = new SignIn(config);
  let session: Session | null = null;
  if (import.meta.env.MODE === 'e2e') {
    // Test-only: the e2e suite hands in the local cloud's token. Vite drops this block from
    // the production build (MODE is replaced at build time), so no page can inject a token there.
    const token = (window as unknown as { __GAZETTE_E2E_TOKEN__?: string }).__GAZETTE_E2E_TOKEN__;
    if (token) session = sessionOf(token);
  }
  try {
    session = (await signIn.finish()) ?? session;
  } catch (error) {
    console.error('sign-in failed', error);
    window.history.replaceState(null, '', import.meta.env.BASE_URL);
  }
  render(<App config={config} signIn={signIn} initialSession={session} />, root);
}

start().catch((error) => {
  document.getElementById('app')!.textContent = `Le desk ne peut pas démarrer : ${error instanceof Error ? error.message : error}`;
});
