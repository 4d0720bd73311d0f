/**
 * A screen's first frame holds what can be in the window; what cannot be
 * there yet comes in the frame after.
 *
 * Opening the largest workshop, Set up built all 30 participant rows and
 * the two cards under them before its first frame, though a 1280×820
 * window shows none of them. Holding back the rows no window of its height
 * can show, and the cards after them, drew it 7 ms sooner (BENCHMARKS.md,
 * "Opening, what the window shows first"). What is held back comes in the
 * next frame, long before anyone can scroll to it.
 */

/** Whether the screen's first frame has been painted. */
export class FirstFrame {
  /** False while the first frame is being built; true from the next task after it is painted. */
  drawn = $state(false);

  constructor() {
    // The frame's callback runs before it is painted; the task after it, once it is.
    requestAnimationFrame(() => setTimeout(() => (this.drawn = true), 0));
  }
}

/** CSS pixels in a rem: the root's font size (`:root` in styles.css; zoom scales rems and pixels alike). */
export const PX_PER_REM = 15;

/**
 * How many rows of at least `rowRem` rem can be in a window `windowPx` CSS
 * pixels high, wherever the list starts: every row the first frame might
 * show. A list longer than this reaches below the window, and so does
 * everything after it.
 */
export function rowsThatFit(rowRem: number, windowPx: number): number {
  if (!(rowRem > 0) || !Number.isFinite(windowPx)) throw new Error(`rowsThatFit: a row of ${rowRem} rem in a window of ${windowPx} px`);
  return Math.ceil(Math.max(windowPx, 0) / (rowRem * PX_PER_REM)) + 1;
}
