import type { ArticleFields } from './article';

/** An RFC 9457 problem document as the editor API writes it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  requestId?: string;
  errors?: { field: string; reason: string }[];
}

/** The problem's messages, grouped by the form field they belong to; the rest under `form`. */
export type FieldMessages = Partial<Record<keyof ArticleFields | 'form', string[]>>;

// The API names fields as in its JSON ("title", "topics[2]", "image.alt"); the form has one
// input per top-level field and one per image text.
const API_TO_FORM: Record<string, keyof ArticleFields> = {
  title: 'title',
  summary: 'summary',
  body: 'body',
  topics: 'topics',
  location: 'location',
  author: 'author',
  publishAt: 'publishAt',
  image: 'imageMedia',
  'image.media': 'imageMedia',
  'image.alt': 'imageAlt',
  'image.caption': 'imageCaption',
  'image.credit': 'imageCredit',
  alt: 'imageAlt',
  caption: 'imageCaption',
  credit: 'imageCredit',
};

export function formFieldOf(apiField: string): keyof ArticleFields | undefined {
  const withoutIndex = apiField.replace(/\[\d+\]/g, '');
  return API_TO_FORM[withoutIndex] ?? API_TO_FORM[withoutIndex.split('.')[0]];
}

export function fieldMessages(problem: Problem): FieldMessages {
  const messages: FieldMessages = {};
  const add = (key: keyof FieldMessages, text: string) => {
    (messages[key] ??= []).push(text);
  };
  for (const error of problem.errors ?? []) {
    const field = formFieldOf(error.field);
    if (field) add(field, error.reason);
    else add('form', `${error.field} : ${error.reason}`);
  }
  if (!problem.errors?.length) add('form', problem.detail || problem.title);
  return messages;
}
