/** Dates and times as typed into the clinic forms. */

/** `YYYY-MM-DD` for a real calendar date as typed into a date input, or null. */
export function isoFromParts({ day, month, year }: { day: string; month: string; year: string }): string | null {
  const [d, m, y] = [day, month, year].map((part) => Number(part.trim()));
  if (!d || !m || !y || !/^\d{4}$/.test(year.trim())) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** `HH:MM` (24-hour) from what was typed: "9:30", "09.30", "1430"; null when it is not a time of day. */
export function clockTime(typed: string): string | null {
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(typed.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
