import { useEffect, useState } from 'preact/hooks';
import { ApiError, type EditorApi, type Revision } from './api';
import { type Article, FIELD_LABELS, FIELD_NAMES, fieldsOf } from './article';
import { type DiffLine, diffLines } from './diff';
import { readable } from './zonedTime';

/** Historique: every saved version with who and when, a diff of any two, and Restaurer. */
export function HistoryPanel(props: { api: EditorApi; article: Article; etag: string; timeZone: string; onRestored: (article: Article, etag: string) => void }) {
  const [revisions, setRevisions] = useState<Revision[] | null>(null);
  const [older, setOlder] = useState('');
  const [newer, setNewer] = useState('');
  const [diff, setDiff] = useState<{ field: string; lines: DiffLine[] }[] | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    props.api.revisions(props.article.id).then((page) => {
      setRevisions(page.items);
      if (page.items.length > 1) {
        setNewer(String(page.items[0].version));
        setOlder(String(page.items[1].version));
      }
    }).catch((e) => setError(e instanceof ApiError ? e.message : String(e)));
  }, [props.article.id, props.article.version, props.api]);

  const compare = async () => {
    setError('');
    try {
      const [a, b] = await Promise.all([props.api.revision(props.article.id, Number(older)), props.api.revision(props.article.id, Number(newer))]);
      const fa = fieldsOf(a);
      const fb = fieldsOf(b);
      setDiff(FIELD_NAMES.filter((f) => fa[f] !== fb[f]).map((f) => ({ field: FIELD_LABELS[f], lines: diffLines(fa[f], fb[f]) })));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const restore = async (version: number) => {
    setError('');
    try {
      const restored = await props.api.restore(props.article.id, version, props.etag);
      props.onRestored(restored.value, restored.etag);
    } catch (e) {
      setError(e instanceof ApiError && e.status === 412 ? 'L’article a changé entre-temps : rechargez-le avant de restaurer.' : e instanceof Error ? e.message : String(e));
    }
  };
  const options = (revisions ?? []).map((r) => <option value={r.version} key={r.version}>version {r.version}</option>);
  return (
    <section class="history" aria-labelledby="history-title">
      <h2 id="history-title">Historique</h2>
      {error && <p role="alert" class="error">{error}</p>}
      {revisions && (
        <ol class="revisions">
          {revisions.map((r) => (
            <li key={r.version}>
              <span>Version {r.version}, {readable(r.updatedAt, props.timeZone)}, par {r.by?.name || r.by?.sub || 'inconnu'}</span>
              {r.summary && <span class="summary"> — {r.summary}</span>}
              {r.version !== props.article.version && (
                <button type="button" onClick={() => restore(r.version)}>Restaurer la version {r.version}</button>
              )}
            </li>
          ))}
        </ol>
      )}
      {revisions && revisions.length > 1 && (
        <div class="compare">
          <label for="diff-older">Comparer la version</label>
          <select id="diff-older" value={older} onChange={(e) => setOlder(e.currentTarget.value)}>{options}</select>
          <label for="diff-newer">avec la version</label>
          <select id="diff-newer" value={newer} onChange={(e) => setNewer(e.currentTarget.value)}>{options}</select>
          <button type="button" onClick={compare}>Comparer</button>
        </div>
      )}
      {diff && diff.length === 0 && <p>Aucune différence.</p>}
      {diff && diff.map((d) => (
        <div class="diff" key={d.field}>
          <h3>{d.field}</h3>
          <pre>{d.lines.map((l, i) => (
            l.kind === 'same' ? <span key={i}>  {l.text}{'\n'}</span>
              : l.kind === 'removed' ? <del key={i}>− {l.text}{'\n'}</del>
                : <ins key={i}>+ {l.text}{'\n'}</ins>
          ))}</pre>
        </div>
      ))}
    </section>
  );
}
