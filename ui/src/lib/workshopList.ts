/**
 * The home list of workshops: how many rows it asks for and draws at a time.
 *
 * A consultant's laptop can hold hundreds of workshops; drawing every row at
 * start is what made the first screen slow (WebKitGTK lays out and paints
 * each one). The list asks the store for a first page of rows (the search is
 * done there too, see `WorkshopSearch` in smo-core) and asks for a longer one
 * as the user scrolls towards the end (or presses "Show more").
 */

import { LIST_WINDOW } from "./generated/ipc-types";

/** Rows asked for at first, and added each time the list grows (declared in smo-core). */
export { LIST_WINDOW };

/** How many rows to ask for after growing from `shown` towards `matching`. */
export function grow(shown: number, matching: number): number {
  return Math.min(matching, Math.max(shown, 0) + LIST_WINDOW);
}
