/**
 * The home list of workshops: which ones a search shows, and how many rows
 * are drawn at a time.
 *
 * A consultant's laptop can hold hundreds of workshops; drawing every row at
 * start is what made the first screen slow (WebKitGTK lays out and paints
 * each one). The list draws a first window of rows and grows it as the user
 * scrolls towards the end (or presses "Show more"); a search narrows it first.
 */
import type { WorkshopSummary } from "./ipc";

/** Rows drawn at first, and added each time the list grows. */
export const LIST_WINDOW = 30;

/** Lower-cased, accents removed, runs of spaces made one: how text is compared. */
export function searchKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The workshops whose organisation or title contain every word of `query`
 * (in any order, ignoring case and accents), in the list's order.
 * An empty query keeps them all.
 */
export function filterWorkshops(workshops: readonly WorkshopSummary[], query: string): readonly WorkshopSummary[] {
  const words = searchKey(query).split(" ").filter((w) => w.length > 0);
  if (words.length === 0) return workshops;
  return workshops.filter((w) => {
    const haystack = searchKey(`${w.organisation} ${w.title}`);
    return words.every((word) => haystack.includes(word));
  });
}

/** How many rows to draw after growing from `shown` towards `total`. */
export function grow(shown: number, total: number): number {
  return Math.min(total, Math.max(shown, 0) + LIST_WINDOW);
}
