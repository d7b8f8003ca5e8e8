/** The article as the editor API keeps it, and the fields an editor types in the desk. */
export type Status = 'draft' | 'scheduled' | 'published';

export interface ArticleImage {
  media: string;
  alt?: string;
  caption?: string;
  credit?: string;
}

export interface Correction {
  at?: string;
  kind: 'correction' | 'clarification' | 'update';
  text: string;
}

export interface Article {
  id: string;
  slug: string;
  url: string;
  title: string;
  summary?: string;
  body: string;
  author: string;
  location?: string;
  topics: { name: string; slug: string }[];
  status: Status;
  publishAt?: string;
  publishedAt?: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  image?: ArticleImage;
  corrections?: Correction[];
}

/** What the editor form holds: plain text fields, compared and merged one by one. */
export interface ArticleFields {
  title: string;
  summary: string;
  body: string;
  topics: string;
  location: string;
  author: string;
  imageMedia: string;
  imageAlt: string;
  imageCaption: string;
  imageCredit: string;
  publishAt: string;
}

export const FIELD_LABELS: Record<keyof ArticleFields, string> = {
  title: 'Titre',
  summary: 'Chapeau',
  body: 'Texte',
  topics: 'Sujets',
  location: 'Lieu',
  author: 'Auteur',
  imageMedia: 'Image principale',
  imageAlt: 'Texte alternatif',
  imageCaption: 'Légende',
  imageCredit: 'Crédit',
  publishAt: 'Programmer',
};

export const FIELD_NAMES = Object.keys(FIELD_LABELS) as (keyof ArticleFields)[];

export function emptyFields(): ArticleFields {
  return {
    title: '', summary: '', body: '', topics: '', location: '', author: '',
    imageMedia: '', imageAlt: '', imageCaption: '', imageCredit: '', publishAt: '',
  };
}

export function fieldsOf(article: Article): ArticleFields {
  return {
    title: article.title,
    summary: article.summary ?? '',
    body: article.body,
    topics: article.topics.map((t) => t.name).join(', '),
    location: article.location ?? '',
    author: article.author,
    imageMedia: article.image?.media ?? '',
    imageAlt: article.image?.alt ?? '',
    imageCaption: article.image?.caption ?? '',
    imageCredit: article.image?.credit ?? '',
    publishAt: article.publishAt ?? '',
  };
}

export function topicNames(topics: string): string[] {
  return topics.split(',').map((t) => t.trim()).filter((t) => t.length > 0);
}

/**
 * The body of a PUT (or of a preview): empty optional fields are left out, so the API removes
 * them; the author is sent only when the editor may sign for others.
 */
export function articleInput(fields: ArticleFields, status: 'draft' | 'published', actForOthers: boolean) {
  const input: Record<string, unknown> = {
    title: fields.title.trim(),
    body: fields.body,
    topics: topicNames(fields.topics),
    status,
  };
  if (fields.summary.trim()) input.summary = fields.summary.trim();
  if (fields.location.trim()) input.location = fields.location.trim();
  if (actForOthers && fields.author.trim()) input.author = fields.author.trim();
  if (fields.publishAt) input.publishAt = fields.publishAt;
  if (fields.imageMedia) {
    const image: ArticleImage = { media: fields.imageMedia };
    if (fields.imageAlt.trim()) image.alt = fields.imageAlt.trim();
    if (fields.imageCaption.trim()) image.caption = fields.imageCaption.trim();
    if (fields.imageCredit.trim()) image.credit = fields.imageCredit.trim();
    input.image = image;
  }
  return input;
}
