/**
 * Date and time as the newsroom reads them, in the site's time zone (not the browser's), turned
 * into the instant the API stores and back.
 */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - instant.getTime()) / 60000);
}

/** "2026-12-03" and "08:30" in Europe/Paris → "2026-12-03T07:30:00Z". */
export function instantOf(date: string, time: string, timeZone: string): string {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // The offset at the wall time, found by two steps so that days when clocks change come out right.
  let guess = wall - offsetMinutes(new Date(wall), timeZone) * 60000;
  guess = wall - offsetMinutes(new Date(guess), timeZone) * 60000;
  return new Date(guess).toISOString().replace('.000Z', 'Z');
}

/** An instant → the date and time fields of the site's time zone. */
export function wallTimeOf(instant: string, timeZone: string): { date: string; time: string } {
  const at = new Date(instant);
  const local = new Date(at.getTime() + offsetMinutes(at, timeZone) * 60000).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

/** "3 décembre 2026 à 08:30", for lists and revisions. */
export function readable(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('fr-FR', { timeZone, dateStyle: 'long', timeStyle: 'short' }).format(new Date(instant));
}
