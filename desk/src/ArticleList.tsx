import { useEffect, useState } from 'preact/hooks';
import { ApiError, type EditorApi } from './api';
import type { Article } from './article';
import type { DeskConfig } from './config';
import { readable } from './zonedTime';

export const STATUS_LABELS: Record<string, string> = { draft: 'brouillon', scheduled: 'programmé', published: 'publié' };

/** The articles, newest change first, filtered by status and topic, a page at a time (the API's cursor). */
export function ArticleList(props: { api: EditorApi; config: DeskConfig }) {
  const [status, setStatus] = useState('');
  const [topic, setTopic] = useState('');
  const [topics, setTopics] = useState<{ name: string; slug: string }[]>([]);
  const [cursors, setCursors] = useState<string[]>([]);
  const [page, setPage] = useState<{ articles: Article[]; nextCursor?: string } | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    props.api.topics().then(setTopics).catch(() => setTopics([]));
  }, [props.api]);
  useEffect(() => {
    setError('');
    props.api
      .listArticles({ status, topic, cursor: cursors[cursors.length - 1], limit: 20 })
      .then(setPage)
      .catch((e) => setError(e instanceof ApiError ? e.message : String(e)));
  }, [props.api, status, topic, cursors]);

  return (
    <section aria-labelledby="list-title">
      <div class="list-head">
        <h1 id="list-title">Articles</h1>
        <button type="button" onClick={() => (window.location.hash = '#/new')}>Nouvel article</button>
      </div>
      <div class="filters">
        <label for="filter-status">Statut</label>
        <select id="filter-status" value={status} onChange={(e) => { setStatus(e.currentTarget.value); setCursors([]); }}>
          <option value="">tous</option>
          <option value="draft">brouillon</option>
          <option value="scheduled">programmé</option>
          <option value="published">publié</option>
        </select>
        <label for="filter-topic">Sujet</label>
        <select id="filter-topic" value={topic} onChange={(e) => { setTopic(e.currentTarget.value); setCursors([]); }}>
          <option value="">tous</option>
          {topics.map((t) => <option value={t.slug} key={t.slug}>{t.name}</option>)}
        </select>
      </div>
      {error && <p role="alert" class="error">{error}</p>}
      {page && page.articles.length === 0 && <p>Aucun article.</p>}
      {page && page.articles.length > 0 && (
        <table class="articles">
          <thead><tr><th scope="col">Titre</th><th scope="col">Statut</th><th scope="col">Sujets</th><th scope="col">Modifié</th></tr></thead>
          <tbody>
            {page.articles.map((a) => (
              <tr key={a.id}>
                <td><a href={`#/articles/${a.id}`}>{a.title}</a></td>
                <td>{STATUS_LABELS[a.status]}</td>
                <td>{a.topics.map((t) => t.name).join(', ')}</td>
                <td>{readable(a.updatedAt, props.config.timeZone)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav class="pager" aria-label="Pages">
        <button type="button" disabled={cursors.length === 0} onClick={() => setCursors(cursors.slice(0, -1))}>Page précédente</button>
        <button type="button" disabled={!page?.nextCursor} onClick={() => page?.nextCursor && setCursors([...cursors, page.nextCursor])}>Page suivante</button>
      </nav>
    </section>
  );
}
