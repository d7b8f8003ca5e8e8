import { type ArticleFields, FIELD_NAMES } from './article';

/** What is kept of unsaved work: the typed text and the version it was typed on, never a token. */
export interface Draft {
  fields: ArticleFields;
  baseVersion: number | null;
  /** The fields as that version had them, to tell later which side changed what. */
  base: ArticleFields | null;
  savedAt: string;
}

const PREFIX = 'gazette-desk:draft:';

/**
 * Unsaved edits, one per article ("new" for one not created yet), kept in the browser's storage
 * until the API has them, so a reload or a lost connection loses nothing.
 */
export class DraftStore {
  constructor(private readonly storage: Storage) {}

  keep(articleId: string, fields: ArticleFields, baseVersion: number | null, base: ArticleFields | null = null, now = new Date()): void {
    const draft: Draft = { fields: onlyFields(fields), baseVersion, base: base && onlyFields(base), savedAt: now.toISOString() };
    try {
      this.storage.setItem(PREFIX + articleId, JSON.stringify(draft));
    } catch {
      // A full or disabled storage must not stop the editor typing; the text stays on screen.
    }
  }

  find(articleId: string): Draft | null {
    const raw = this.storage.getItem(PREFIX + articleId);
    if (!raw) return null;
    try {
      const draft = JSON.parse(raw) as Draft;
      return draft && typeof draft.fields === 'object' ? draft : null;
    } catch {
      return null;
    }
  }

  forget(articleId: string): void {
    this.storage.removeItem(PREFIX + articleId);
  }

  /** Moves the draft of a new article to the id the API gave it. */
  rename(from: string, to: string): void {
    const raw = this.storage.getItem(PREFIX + from);
    if (raw) this.storage.setItem(PREFIX + to, raw);
    this.storage.removeItem(PREFIX + from);
  }
}

function onlyFields(fields: ArticleFields): ArticleFields {
  const text: Partial<ArticleFields> = {};
  for (const name of FIELD_NAMES) text[name] = String(fields[name] ?? '');
  return text as ArticleFields;
}
