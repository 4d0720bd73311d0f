/**
 * Dates and times as the user reads them. A calendar day is written by one
 * rule everywhere, the same as the exported documents: the `DateStyle` the
 * app picked from the user's locale ("9 Mar 2026", or "Mar 9, 2026" where
 * the month comes first). This is smo-core's `dates.rs` in TypeScript; both
 * are held to tests/fixtures/day-formats.json. Calendar dates
 * ("2026-03-09") are days, not instants: they are never shifted by the time
 * zone.
 */
import type { DateStyle } from "./ipc";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const FULL_MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

let appStyle: DateStyle = "dayMonthYear";

/** Sets the style every day is written in (once, from the app's status). */
export function useDateStyle(style: DateStyle): void {
  appStyle = style;
}

/** The style days are written in now. */
export function dateStyle(): DateStyle {
  return appStyle;
}

function isoParts(iso: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** "9 Mar 2026" (or "Mar 9, 2026"); "–" when there is no day. */
export function formatDay(iso: string | null | undefined, style: DateStyle = appStyle): string {
  if (!iso) return "–";
  const parts = isoParts(iso);
  if (!parts) return iso;
  const [y, m, d] = parts;
  return style === "monthDayYear" ? `${MONTHS[m - 1]} ${d}, ${y}` : `${d} ${MONTHS[m - 1]} ${y}`;
}

/**
 * Reads a day as people type it ("9 Mar 2026", "9 March 2026", "Mar 9, 2026",
 * "2026-03-09", or digits in the style's order: "9/3/2026" day first) into
 * "YYYY-MM-DD"; null when it is not a real day. The year has four digits.
 */
export function parseDay(text: string, style: DateStyle = appStyle): string | null {
  const words = text
    .trim()
    .split(/[\s,/.-]+/)
    .filter(Boolean);
  if (words.length !== 3) return null;
  const [a, b, c] = words as [string, string, string];
  const number = (w: string) => (/^\d{1,4}$/.test(w) ? Number(w) : null);
  const year = (w: string) => (/^\d{4}$/.test(w) ? Number(w) : null);
  const month = (w: string) => {
    if (w.length < 3) return null;
    const at = FULL_MONTHS.findIndex((m) => m.startsWith(w.toLowerCase()));
    return at < 0 ? null : at + 1;
  };
  let ymd: [number | null, number | null, number | null];
  if (year(a) !== null) ymd = [year(a), number(b), number(c)];
  else if (month(a) !== null) ymd = [year(c), month(a), number(b)];
  else if (month(b) !== null) ymd = [year(c), month(b), number(a)];
  else if (style === "monthDayYear") ymd = [year(c), number(a), number(b)];
  else ymd = [year(c), number(b), number(a)];
  const [y, m, d] = ymd;
  if (y === null || m === null || d === null) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  return parseIsoDate(iso) ? iso : null;
}

/** Parses "YYYY-MM-DD" into a local date at midnight, or null if it is not one. */
export function parseIsoDate(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(year, month - 1, day);
  const valid = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return valid ? date : null;
}

/**
 * The days a range is written with, to be joined by " – " ("9 Mar 2026 –
 * 10 Mar 2026"): its first and last, or one when both are the same.
 */
export function dateRangeDays(start: string, end: string | null, style: DateStyle = appStyle): string[] {
  if (!end || end === start) return [formatDay(start, style)];
  return [formatDay(start, style), formatDay(end, style)];
}

/**
 * A moment as people read it: "9 Mar 2026, 14:05" (or "Mar 9, 2026, 2:05 PM"
 * where the month comes first), in local time.
 */
export function formatMoment(iso: string, style: DateStyle = appStyle): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const minutes = String(at.getMinutes()).padStart(2, "0");
  const time =
    style === "monthDayYear"
      ? `${((at.getHours() + 11) % 12) + 1}:${minutes} ${at.getHours() < 12 ? "AM" : "PM"}`
      : `${String(at.getHours()).padStart(2, "0")}:${minutes}`;
  return `${formatDay(todayIso(at), style)}, ${time}`;
}

/**
 * "just now", "5 minutes ago", "yesterday", then a date: how long since
 * `iso`, in the UI's English (not the locale's: `Intl.RelativeTimeFormat`
 * would write French words into an English sentence, and its first use
 * costs the start-up ~6 ms of locale data).
 */
export function formatRelative(iso: string, now: Date = new Date()): string {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return iso;
  const seconds = Math.round((then.getTime() - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return "just now";
  if (abs < 45 * 60) return since(Math.round(seconds / 60), "minute");
  if (abs < 22 * 3600) return since(Math.round(seconds / 3600), "hour");
  if (abs < 6 * 86400) {
    const days = Math.round(seconds / 86400);
    if (days === -1) return "yesterday";
    if (days === 1) return "tomorrow";
    return since(days, "day");
  }
  return formatDay(todayIso(then));
}

/** "5 minutes ago", or "in 5 minutes" for a clock ahead of this one. */
function since(count: number, unit: "minute" | "hour" | "day"): string {
  const n = Math.abs(count);
  const amount = `${n} ${unit}${n === 1 ? "" : "s"}`;
  return count < 0 ? `${amount} ago` : `in ${amount}`;
}

/** The day `days` after `iso` (before, when negative), as "YYYY-MM-DD". */
export function addDays(iso: string, days: number): string {
  const date = parseIsoDate(iso) ?? new Date();
  date.setDate(date.getDate() + days);
  return todayIso(date);
}

/** Today's date as "YYYY-MM-DD" in local time (the default for a new workshop). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
