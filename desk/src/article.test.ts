import { describe, expect, it } from 'vitest';
import { articleInput, emptyFields } from './article';

describe('what the editor sends', () => {
  it('sends the author only for a token that may sign for others', () => {
    const fields = { ...emptyFields(), title: 'Titre', body: 'Texte', topics: 'Économie, Lyon', author: 'Camille' };
    expect(articleInput(fields, 'draft', false)).not.toHaveProperty('author');
    expect(articleInput(fields, 'draft', true)).toMatchObject({ author: 'Camille', topics: ['Économie', 'Lyon'] });
  });

  it('leaves out empty optional fields and an image without a picture, so PUT removes them', () => {
    const input = articleInput({ ...emptyFields(), title: 'T', body: 'B', topics: 'X', imageAlt: 'orphan' }, 'published', true);
    expect(Object.keys(input).sort()).toEqual(['body', 'status', 'title', 'topics']);
  });

  it('sends the lead image with its texts when a picture is chosen', () => {
    const input = articleInput({ ...emptyFields(), title: 'T', body: 'B', topics: 'X', imageMedia: '01m8wa8h0xzqvnfvnrvvgh1tqx', imageAlt: ' Un marché ' }, 'draft', false);
    expect(input.image).toEqual({ media: '01m8wa8h0xzqvnfvnrvvgh1tqx', alt: 'Un marché' });
  });
});
