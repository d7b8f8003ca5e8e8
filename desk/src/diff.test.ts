import { describe, expect, it } from 'vitest';
import { diffLines } from './diff';

describe('line diff', () => {
  it('shows a changed line as removed then added, and keeps the lines around it', () => {
    expect(diffLines('un\ndeux\ntrois', 'un\nDEUX\ntrois')).toEqual([
      { kind: 'same', text: 'un' },
      { kind: 'removed', text: 'deux' },
      { kind: 'added', text: 'DEUX' },
      { kind: 'same', text: 'trois' },
    ]);
  });

  it('shows lines added at the end and removed at the start', () => {
    const lines = diffLines('a\nb', 'b\nc');
    expect(lines.map((l) => `${l.kind}:${l.text}`)).toEqual(['removed:a', 'same:b', 'added:c']);
  });

  it('finds nothing between equal texts', () => {
    expect(diffLines('x\ny', 'x\ny').every((l) => l.kind === 'same')).toBe(true);
  });
});
