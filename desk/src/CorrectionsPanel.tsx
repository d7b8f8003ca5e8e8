import { useState } from 'preact/hooks';
import { ApiError, type EditorApi } from './api';
import type { Article, Correction } from './article';
import { FieldErrors, describedBy } from './Field';
import { fieldMessages } from './problems';
import { readable } from './zonedTime';

const KINDS: Record<Correction['kind'], string> = { correction: 'Rectificatif', clarification: 'Précision', update: 'Mise à jour' };

/** Rectificatif: a note added to a published article; the list only grows (the API refuses removals). */
export function CorrectionsPanel(props: { api: EditorApi; article: Article; etag: string; timeZone: string; onAdded: (article: Article, etag: string) => void }) {
  const [kind, setKind] = useState<Correction['kind']>('correction');
  const [text, setText] = useState('');
  const [messages, setMessages] = useState<string[]>([]);
  const existing = props.article.corrections ?? [];
  const add = async () => {
    setMessages([]);
    // The new note goes without `at`: the API stamps it, so no clock of ours can put it in the future.
    const corrections = [...existing, { kind, text: text.trim() }];
    try {
      const changed = await props.api.patch(props.article.id, { corrections }, props.etag);
      setText('');
      props.onAdded(changed.value, changed.etag);
    } catch (e) {
      if (e instanceof ApiError) {
        const all = fieldMessages(e.problem);
        setMessages([...Object.values(all).flat()]);
      } else setMessages([String(e)]);
    }
  };
  return (
    <section class="corrections" aria-labelledby="corrections-title">
      <h2 id="corrections-title">Rectificatif</h2>
      {existing.length > 0 && (
        <ul>{existing.map((c) => <li key={`${c.at}-${c.text}`}>{KINDS[c.kind]}{c.at ? ` du ${readable(c.at, props.timeZone)}` : ""} : {c.text}</li>)}</ul>
      )}
      <div class="field">
        <label for="correction-kind">Nature</label>
        <select id="correction-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as Correction['kind'])}>
          {Object.entries(KINDS).map(([value, label]) => <option value={value} key={value}>{label}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="correction-text">Texte du rectificatif</label>
        <textarea id="correction-text" rows={3} value={text} aria-describedby={describedBy('correction-text', messages)}
          onInput={(e) => setText(e.currentTarget.value)} />
        <FieldErrors id="correction-text" messages={messages} />
      </div>
      <button type="button" disabled={!text.trim()} onClick={add}>Ajouter le rectificatif</button>
    </section>
  );
}
