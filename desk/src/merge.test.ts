import { describe, expect, it } from 'vitest';
import { emptyFields } from './article';
import { compareFields, defaultChoices, mergeFields } from './merge';

const base = { ...emptyFields(), title: 'Budget', summary: 'Le vote', body: 'Texte.' };

describe('merge by field', () => {
  it('keeps a change from each side when they touched different fields', () => {
    const mine = { ...base, summary: 'Le vote, enfin' };
    const theirs = { ...base, title: 'Budget 2027' };
    const comparisons = compareFields(base, mine, theirs);
    const state = Object.fromEntries(comparisons.map((c) => [c.field, c.state]));
    expect(state.title).toBe('theirs');
    expect(state.summary).toBe('mine');
    expect(state.body).toBe('same');
    const merged = mergeFields(mine, theirs, defaultChoices(comparisons));
    expect(merged.title).toBe('Budget 2027');
    expect(merged.summary).toBe('Le vote, enfin');
  });

  it('marks a field both changed differently and follows the editor’s choice for it', () => {
    const mine = { ...base, body: 'Mon texte.' };
    const theirs = { ...base, body: 'Leur texte.' };
    const [body] = compareFields(base, mine, theirs).filter((c) => c.field === 'body');
    expect(body.state).toBe('both');
    expect(mergeFields(mine, theirs, { body: 'theirs' }).body).toBe('Leur texte.');
    expect(mergeFields(mine, theirs, { body: 'mine' }).body).toBe('Mon texte.');
  });

  it('sees the same change made on both sides as no conflict', () => {
    const both = { ...base, location: 'Lyon' };
    const [location] = compareFields(base, both, { ...both }).filter((c) => c.field === 'location');
    expect(location.state).toBe('same');
  });
});
