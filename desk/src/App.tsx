import { useEffect, useMemo, useState } from 'preact/hooks';
import { EditorApi } from './api';
import { ArticleList } from './ArticleList';
import type { DeskConfig } from './config';
import { DraftStore } from './drafts';
import { Editor } from './Editor';
import { type Session, SignIn } from './session';

/** The desk's shell: signed out, the list, or the editor of one article (#/articles/<id>, #/new). */
export function App(props: { config: DeskConfig; signIn: SignIn; initialSession: Session | null; signInError?: string | null }) {
  const [session, setSession] = useState(props.initialSession);
  const [route, setRoute] = useState(window.location.hash);
  useEffect(() => {
    const onHash = () => setRoute(window.location.hash);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const api = useMemo(() => new EditorApi(props.config.apiUrl, () => session?.accessToken ?? ''), [session, props.config.apiUrl]);
  const drafts = useMemo(() => new DraftStore(window.localStorage), []);

  if (!session) {
    return (
      <main class="signed-out">
        <h1>Gazette — le desk</h1>
        <p>Connectez-vous pour écrire et publier.</p>
        {props.signInError && <p role="alert" class="problem">La connexion a échoué : {props.signInError}</p>}
        <button type="button" onClick={() => props.signIn.start()}>Se connecter</button>
      </main>
    );
  }
  const editing = route.match(/^#\/articles\/([0-9a-z]+)/);
  const signOut = async () => {
    setSession(null);
    await props.signIn.end().catch(() => undefined);
  };
  return (
    <>
      <header class="bar">
        <a class="brand" href="#/">Gazette — le desk</a>
        <span class="who">{session.name}</span>
        <button type="button" onClick={signOut}>Se déconnecter</button>
      </header>
      <main>
        {editing || route === '#/new' ? (
          <Editor key={editing?.[1] ?? 'new'} id={editing?.[1] ?? null} api={api} drafts={drafts} config={props.config} session={session} />
        ) : (
          <ArticleList api={api} config={props.config} />
        )}
      </main>
    </>
  );
}
