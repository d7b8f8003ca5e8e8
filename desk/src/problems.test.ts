import { describe, expect, it } from 'vitest';
import { fieldMessages, formFieldOf } from './problems';

describe('problem mapping', () => {
  it('puts each error beside the field the API names, indexes and image paths included', () => {
    expect(formFieldOf('title')).toBe('title');
    expect(formFieldOf('topics[2]')).toBe('topics');
    expect(formFieldOf('image.alt')).toBe('imageAlt');
    expect(formFieldOf('image.media')).toBe('imageMedia');
    expect(formFieldOf('focus')).toBeUndefined();
  });

  it('keeps errors of unknown fields and field-less problems for the form itself', () => {
    const messages = fieldMessages({
      type: 'urn:gazette:problem:invalid-article', title: 'Invalid article', status: 400,
      detail: 'The article breaks 3 rule(s); see errors.',
      errors: [
        { field: 'title', reason: 'is required' },
        { field: 'topics[0]', reason: 'is too long' },
        { field: 'slug', reason: 'is already in use' },
      ],
    });
    expect(messages.title).toEqual(['is required']);
    expect(messages.topics).toEqual(['is too long']);
    expect(messages.form).toEqual(['slug : is already in use']);

    const bare = fieldMessages({ type: 'urn:gazette:problem:forbidden', title: 'Forbidden', status: 403, detail: 'No scope.' });
    expect(bare).toEqual({ form: ['No scope.'] });
  });
});
