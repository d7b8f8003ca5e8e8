import { describe, expect, it } from 'vitest';
import { emptyFields } from './article';
import { DraftStore } from './drafts';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() { return this.items.size; }
  clear() { this.items.clear(); }
  getItem(key: string) { return this.items.get(key) ?? null; }
  key(index: number) { return [...this.items.keys()][index] ?? null; }
  removeItem(key: string) { this.items.delete(key); }
  setItem(key: string, value: string) { this.items.set(key, value); }
  dump() { return [...this.items.values()].join('\n'); }
}

describe('draft storage', () => {
  it('gives back the text typed on an article after a reload, with the version it was typed on', () => {
    const storage = new MemoryStorage();
    new DraftStore(storage).keep('a1', { ...emptyFields(), title: 'Titre', body: 'Texte en cours' }, 3);
    const draft = new DraftStore(storage).find('a1');
    expect(draft?.fields.body).toBe('Texte en cours');
    expect(draft?.baseVersion).toBe(3);
    expect(new DraftStore(storage).find('a2')).toBeNull();
  });

  it('keeps only the form’s fields, whatever else the object carries', () => {
    const storage = new MemoryStorage();
    const withExtra = { ...emptyFields(), body: 'x', accessToken: 'eyJsecret' } as never;
    new DraftStore(storage).keep('a1', withExtra, 1);
    expect(storage.dump()).not.toContain('eyJsecret');
  });

  it('forgets a draft once saved and moves a new article’s draft to its id', () => {
    const storage = new MemoryStorage();
    const drafts = new DraftStore(storage);
    drafts.keep('new', { ...emptyFields(), body: 'nouveau' }, null);
    drafts.rename('new', 'a9');
    expect(drafts.find('new')).toBeNull();
    expect(drafts.find('a9')?.fields.body).toBe('nouveau');
    drafts.forget('a9');
    expect(drafts.find('a9')).toBeNull();
  });

  it('reads a damaged entry as no draft rather than failing', () => {
    const storage = new MemoryStorage();
    storage.setItem('gazette-desk:draft:a1', '{not json');
    expect(new DraftStore(storage).find('a1')).toBeNull();
  });
});
