import { describe, expect, it } from 'vitest';
import { instantOf, wallTimeOf } from './zonedTime';

describe('site time zone', () => {
  it('reads a date and time in Paris as the right instant, winter and summer', () => {
    expect(instantOf('2026-12-03', '08:30', 'Europe/Paris')).toBe('2026-12-03T07:30:00Z');
    expect(instantOf('2026-07-14', '22:00', 'Europe/Paris')).toBe('2026-07-14T20:00:00Z');
  });

  it('shows an instant as the wall time in Paris, whatever the browser’s zone', () => {
    expect(wallTimeOf('2026-12-03T07:30:00Z', 'Europe/Paris')).toEqual({ date: '2026-12-03', time: '08:30' });
    expect(wallTimeOf('2026-03-29T01:30:00Z', 'Europe/Paris')).toEqual({ date: '2026-03-29', time: '03:30' });
  });
});
