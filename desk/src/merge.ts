import { type ArticleFields, FIELD_NAMES } from './article';

/** How one field stands between the version the editor started from, theirs, and the other's. */
export type FieldState = 'same' | 'mine' | 'theirs' | 'both';

export interface FieldComparison {
  field: keyof ArticleFields;
  base: string;
  mine: string;
  theirs: string;
  state: FieldState;
}

/**
 * Compares the editor's fields with the version saved meanwhile, field by field, against the
 * version both started from: a field only one side changed merges by itself, one both changed
 * differently is for the editor to decide.
 */
export function compareFields(base: ArticleFields, mine: ArticleFields, theirs: ArticleFields): FieldComparison[] {
  return FIELD_NAMES.map((field) => {
    const b = base[field];
    const m = mine[field];
    const t = theirs[field];
    let state: FieldState;
    if (m === t) state = 'same';
    else if (t === b) state = 'mine';
    else if (m === b) state = 'theirs';
    else state = 'both';
    return { field, base: b, mine: m, theirs: t, state };
  });
}

export type Choice = 'mine' | 'theirs';

/** The default choice per field: whichever side changed it; mine where both did. */
export function defaultChoices(comparisons: FieldComparison[]): Record<keyof ArticleFields, Choice> {
  const choices = {} as Record<keyof ArticleFields, Choice>;
  for (const c of comparisons) choices[c.field] = c.state === 'theirs' ? 'theirs' : 'mine';
  return choices;
}

export function mergeFields(mine: ArticleFields, theirs: ArticleFields, choices: Partial<Record<keyof ArticleFields, Choice>>): ArticleFields {
  const merged = { ...mine };
  for (const field of FIELD_NAMES) merged[field] = (choices[field] ?? 'mine') === 'theirs' ? theirs[field] : mine[field];
  return merged;
}
