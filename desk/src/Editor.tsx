import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, type EditorApi } from './api';
import { type Article, type ArticleFields, articleInput, emptyFields, fieldsOf } from './article';
import { STATUS_LABELS } from './ArticleList';
import type { DeskConfig } from './config';
import { ConflictPanel } from './ConflictPanel';
import { CorrectionsPanel } from './CorrectionsPanel';
import type { DraftStore } from './drafts';
import { FieldErrors, TextField, describedBy } from './Field';
import { HistoryPanel } from './HistoryPanel';
import { ImagePanel } from './ImagePanel';
import { MarkdownToolbar } from './MarkdownToolbar';
import { compareFields, type FieldComparison } from './merge';
import { type FieldMessages, fieldMessages } from './problems';
import { canActForOthers, type Session } from './session';
import { TopicsInput } from './TopicsInput';
import { instantOf, wallTimeOf } from './zonedTime';

interface Conflict { comparisons: FieldComparison[]; theirs: Article; etag: string }

// A new article gets its address once created, and the editor is made again for it: what the
// last action said must survive that.
let carriedNotice = '';
function goToArticle(id: string, notice: string) {
  carriedNotice = notice;
  window.location.hash = `#/articles/${id}`;
}

/** The editor of one article: its fields, the actions on it, and the panels beside it. */
export function Editor(props: { id: string | null; api: EditorApi; drafts: DraftStore; config: DeskConfig; session: Session }) {
  const draftKey = props.id ?? 'new';
  const [article, setArticle] = useState<Article | null>(null);
  const [etag, setEtag] = useState('');
  const [base, setBase] = useState<ArticleFields>(emptyFields());
  const [fields, setFields] = useState<ArticleFields>(emptyFields());
  const [messages, setMessages] = useState<FieldMessages>({});
  const [notice, setNotice] = useState(() => { const n = carriedNotice; carriedNotice = ''; return n; });
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [panel, setPanel] = useState<'' | 'history' | 'corrections'>('');
  const [topics, setTopics] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const confirmDelete = useRef<HTMLDialogElement>(null);
  const bodyArea = useRef<HTMLTextAreaElement>(null);
  const actForOthers = canActForOthers(props.session);

  const show = (next: Article, nextEtag: string) => {
    setArticle(next);
    setEtag(nextEtag);
    setBase(fieldsOf(next));
    setFields(fieldsOf(next));
  };

  useEffect(() => {
    props.api.topics().then((list) => setTopics(list.map((t) => t.name))).catch(() => undefined);
    const draft = props.drafts.find(draftKey);
    if (!props.id) {
      if (draft) { setFields(draft.fields); setNotice('Vos modifications non enregistrées ont été restaurées.'); }
      return;
    }
    props.api.read(props.id).then(({ value, etag: current }) => {
      show(value, current);
      if (draft) {
        // Typed on an older version: save against that version, so a 412 shows what changed since.
        setFields(draft.fields);
        if (draft.baseVersion !== null && draft.base) { setEtag(`"${draft.baseVersion}"`); setBase(draft.base); }
        setNotice('Vos modifications non enregistrées ont été restaurées.');
      }
    }).catch((e) => setNotice(e instanceof ApiError ? e.message : String(e)));
  }, [props.id]);

  const change = (patch: Partial<ArticleFields>) => {
    const next = { ...fields, ...patch };
    setFields(next);
    props.drafts.keep(draftKey, next, article ? Number(etag.replace(/"/g, '')) : null, article ? base : null);
  };

  const status = (): 'draft' | 'published' => (article && article.status !== 'draft' ? 'published' : 'draft');
  const failed = async (e: unknown, tried: ArticleFields) => {
    if (e instanceof ApiError && e.status === 412 && article) {
      const theirs = await props.api.read(article.id);
      setConflict({ comparisons: compareFields(base, tried, fieldsOf(theirs.value)), theirs: theirs.value, etag: theirs.etag });
      setNotice('');
    } else if (e instanceof ApiError) {
      setMessages(fieldMessages(e.problem));
      setNotice('');
    } else {
      setNotice(`Pas de connexion à l’API ; votre texte est gardé sur cet appareil. (${e instanceof Error ? e.message : e})`);
    }
  };

  /** Saves the fields; answers the article as saved, or null when the API refused. */
  const save = async (toSave = fields, against = etag): Promise<{ value: Article; etag: string } | null> => {
    setMessages({});
    setBusy(true);
    try {
      const input = articleInput(toSave, status(), actForOthers);
      const saved = article ? await props.api.replace(article.id, input, against) : await props.api.create(input);
      if (article) props.drafts.forget(draftKey); else props.drafts.rename('new', saved.value.id);
      props.drafts.forget(saved.value.id);
      show(saved.value, saved.etag);
      setNotice('Enregistré.');
      return saved;
    } catch (e) {
      await failed(e, toSave);
      return null;
    } finally {
      setBusy(false);
    }
  };

  const act = async (what: 'publish' | 'unpublish') => {
    const saved = JSON.stringify(fields) === JSON.stringify(base) && article ? { value: article, etag } : await save();
    if (!saved) return;
    try {
      const changed = what === 'publish' ? await props.api.publish(saved.value.id, saved.etag) : await props.api.unpublish(saved.value.id, saved.etag);
      show(changed.value, changed.etag);
      const said = what === 'publish' ? (changed.value.status === 'scheduled' ? 'Programmé.' : 'Publié.') : 'Dépublié : l’article est redevenu un brouillon.';
      if (article) setNotice(said); else goToArticle(changed.value.id, said);
    } catch (e) {
      await failed(e, fields);
    }
  };

  const remove = async () => {
    confirmDelete.current?.close();
    if (!article) return;
    try {
      await props.api.remove(article.id, etag);
      props.drafts.forget(draftKey);
      window.location.hash = '#/';
    } catch (e) {
      await failed(e, fields);
    }
  };

  const showPreview = async () => {
    if (preview !== null) return setPreview(null);
    try {
      const input: Record<string, unknown> = articleInput(fields, status(), actForOthers);
      if (article) input.id = article.id;
      setPreview(await props.api.preview(input));
    } catch (e) {
      await failed(e, fields);
    }
  };

  const resolve = (resolved: ArticleFields) => {
    if (!conflict) return;
    const { theirs, etag: theirEtag } = conflict;
    setConflict(null);
    setArticle(theirs);
    setBase(fieldsOf(theirs));
    setFields(resolved);
    setEtag(theirEtag);
    props.drafts.keep(draftKey, resolved, theirs.version, fieldsOf(theirs));
    setNotice('Version choisie : enregistrez pour la garder.');
  };

  const schedule = fields.publishAt ? wallTimeOf(fields.publishAt, props.config.timeZone) : { date: '', time: '' };
  const setSchedule = (date: string, time: string) =>
    change({ publishAt: date ? instantOf(date, time || '08:00', props.config.timeZone) : '' });

  return (
    <div class={preview !== null ? 'editor with-preview' : 'editor'}>
      <section class="form" aria-labelledby="editor-title">
        <h1 id="editor-title">{article ? `Article ${STATUS_LABELS[article.status]}` : 'Nouvel article'}</h1>
        {article?.status === 'published' && <p><a href={`${props.config.siteUrl}/articles/${article.slug}/`} target="_blank" rel="noopener">Voir la page publiée</a></p>}
        {notice && <p role="status" class="notice">{notice}</p>}
        <FieldErrors id="form" messages={messages.form} />
        {conflict && <ConflictPanel comparisons={conflict.comparisons} mine={fields} theirs={fieldsOf(conflict.theirs)} otherName={conflict.theirs.author} onResolve={resolve} />}
        <TextField id="field-title" label="Titre" value={fields.title} messages={messages.title} onInput={(v) => change({ title: v })} />
        <div class="field">
          <label for="field-summary">Chapeau</label>
          <textarea id="field-summary" rows={2} value={fields.summary} aria-describedby={describedBy('field-summary', messages.summary)} onInput={(e) => change({ summary: e.currentTarget.value })} />
          <FieldErrors id="field-summary" messages={messages.summary} />
        </div>
        <div class="field">
          <label for="field-body">Texte</label>
          <MarkdownToolbar target={bodyArea} value={fields.body} onChange={(v) => change({ body: v })} />
          <textarea id="field-body" ref={bodyArea} rows={14} value={fields.body} aria-describedby={describedBy('field-body', messages.body)} onInput={(e) => change({ body: e.currentTarget.value })} />
          <FieldErrors id="field-body" messages={messages.body} />
        </div>
        <TopicsInput value={fields.topics} known={topics} messages={messages.topics} onChange={(v) => change({ topics: v })} />
        <TextField id="field-location" label="Lieu" value={fields.location} messages={messages.location} onInput={(v) => change({ location: v })} />
        {actForOthers && <TextField id="field-author" label="Auteur" value={fields.author} messages={messages.author} onInput={(v) => change({ author: v })} />}
        <ImagePanel api={props.api} fields={fields} messages={messages} onChange={change} />
        <fieldset class="schedule">
          <legend>Programmer</legend>
          <label for="field-schedule-date">Date</label>
          <input id="field-schedule-date" type="date" value={schedule.date} aria-describedby={describedBy('field-schedule', messages.publishAt)} onInput={(e) => setSchedule(e.currentTarget.value, schedule.time)} />
          <label for="field-schedule-time">Heure ({props.config.timeZone})</label>
          <input id="field-schedule-time" type="time" value={schedule.time} onInput={(e) => setSchedule(schedule.date, e.currentTarget.value)} />
          <FieldErrors id="field-schedule" messages={messages.publishAt} />
        </fieldset>
        <div class="actions">
          <button type="button" disabled={busy} onClick={async () => { const saved = await save(); if (saved && !article) goToArticle(saved.value.id, 'Enregistré.'); }}>Enregistrer</button>
          <button type="button" aria-pressed={preview !== null} onClick={showPreview}>Aperçu</button>
          <button type="button" disabled={busy} onClick={() => act('publish')}>Publier</button>
          {article && article.status !== 'draft' && <button type="button" onClick={() => act('unpublish')}>Dépublier</button>}
          {article && <button type="button" class="danger" onClick={() => confirmDelete.current?.showModal()}>Supprimer</button>}
          {article && <button type="button" aria-pressed={panel === 'history'} onClick={() => setPanel(panel === 'history' ? '' : 'history')}>Historique</button>}
          {article?.status === 'published' && <button type="button" aria-pressed={panel === 'corrections'} onClick={() => setPanel(panel === 'corrections' ? '' : 'corrections')}>Rectificatif</button>}
        </div>
        {article && panel === 'history' && <HistoryPanel api={props.api} article={article} etag={etag} timeZone={props.config.timeZone} onRestored={(a, t) => { show(a, t); setNotice(`Version restaurée : c’est maintenant la version ${a.version}.`); }} />}
        {article && panel === 'corrections' && <CorrectionsPanel api={props.api} article={article} etag={etag} timeZone={props.config.timeZone} onAdded={(a, t) => { show(a, t); setNotice('Rectificatif ajouté.'); }} />}
        <dialog ref={confirmDelete} aria-labelledby="delete-title">
          <h2 id="delete-title">Supprimer cet article ?</h2>
          <p>Ses pages seront retirées du site. Cette action est définitive.</p>
          <button type="button" class="danger" onClick={remove}>Supprimer définitivement</button>
          <button type="button" onClick={() => confirmDelete.current?.close()}>Annuler</button>
        </dialog>
      </section>
      {preview !== null && (
        <section class="preview" aria-label="Aperçu">
          <iframe title="Aperçu de la page" sandbox="" srcdoc={preview} />
        </section>
      )}
    </div>
  );
}
