/**
 * Dates and times as the user reads them, in the user's locale. Calendar
 * dates ("2026-03-09") are days, not instants: they are never shifted by the
 * time zone.
 */

/** Parses "YYYY-MM-DD" into a local date at midnight, or null if it is not one. */
export function parseIsoDate(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(year, month - 1, day);
  const valid =
    date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return valid ? date : null;
}

const dayFormat = (locale?: string) =>
  new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric" });

/** "9 Mar 2026", or "9 – 10 Mar 2026" for a range, in the user's locale. */
export function formatDateRange(start: string, end: string | null, locale?: string): string {
  const from = parseIsoDate(start);
  if (!from) return start;
  const to = end ? parseIsoDate(end) : null;
  if (!to || to.getTime() === from.getTime()) return dayFormat(locale).format(from);
  return dayFormat(locale).formatRange(from, to);
}

/** "just now", "5 minutes ago", "yesterday", then a date: how long since `iso`. */
export function formatRelative(iso: string, now: Date = new Date(), locale?: string): string {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return iso;
  const seconds = Math.round((then.getTime() - now.getTime()) / 1000);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  const abs = Math.abs(seconds);
  if (abs < 45) return rtf.format(0, "second");
  if (abs < 45 * 60) return rtf.format(Math.round(seconds / 60), "minute");
  if (abs < 22 * 3600) return rtf.format(Math.round(seconds / 3600), "hour");
  if (abs < 6 * 86400) return rtf.format(Math.round(seconds / 86400), "day");
  return dayFormat(locale).format(then);
}

/** Today's date as "YYYY-MM-DD" in local time (the default for a new workshop). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
