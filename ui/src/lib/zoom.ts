/**
 * The zoom of the whole UI, stepped with Ctrl + / − / 0 like a browser's:
 * the steps, and which key does what. The shell applies and remembers it.
 */

/** The zoom steps, as factors (1 is 100 %). */
export const ZOOM_STEPS = [0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;

export type ZoomKey = "in" | "out" | "reset";

/** What a key press asks of the zoom, or null when it is not a zoom key. */
export function zoomKey(event: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey">): ZoomKey | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  if (event.key === "+" || event.key === "=") return "in";
  if (event.key === "-" || event.key === "_") return "out";
  if (event.key === "0") return "reset";
  return null;
}

/** The zoom after `key`, from `current` (which need not be a step). */
export function nextZoom(current: number, key: ZoomKey): number {
  if (key === "reset") return 1;
  if (key === "in") return ZOOM_STEPS.find((z) => z > current + 0.001) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1]!;
  return [...ZOOM_STEPS].reverse().find((z) => z < current - 0.001) ?? ZOOM_STEPS[0]!;
}

/** "125 %". */
export function zoomLabel(factor: number): string {
  return `${Math.round(factor * 100)} %`;
}
