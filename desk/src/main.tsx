import { render } from 'preact';
import { App } from './App';
import { loadConfig } from './config';
import { type Session, SignIn } from './session';
import './desk.css';

async function start() {
  const root = document.getElementById('app')!;
  const config = await loadConfig();
  const signIn = new SignIn(config);
  let session: Session | null = null;
  let signInError: string | null = null;
  try {
    session = await signIn.finish();
  } catch (error) {
    // A refused or replayed callback (error=access_denied, a used code): say so on the sign-in screen.
    signInError = error instanceof Error ? error.message : String(error);
    window.history.replaceState(null, '', import.meta.env.BASE_URL);
  }
  render(<App config={config} signIn={signIn} initialSession={session} signInError={signInError} />, root);
}

start().catch((error) => {
  document.getElementById('app')!.textContent = `Le desk ne peut pas démarrer : ${error instanceof Error ? error.message : error}`;
});
