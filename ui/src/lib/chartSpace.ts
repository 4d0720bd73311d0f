/**
 * The room a chart has on screen, measured where it is shown and sent with
 * the request, so smo-chart lays the chart out for that room and its text
 * comes out at the size asked for (never scaled down to 6 px).
 */
import type { ChartSpace } from "./ipc";

/** Chart text grows a little with the window: 15 px up to 1650 px wide, up to 18 px on a large screen. */
export function chartText(windowWidth: number): number {
  return Math.round(Math.min(18, Math.max(15, windowWidth / 110)) * 2) / 2;
}

/** The space for a chart `width` pixels wide and at most `maxHeight` tall, in a window `windowWidth` wide. */
export function chartSpace(width: number, maxHeight: number, windowWidth: number): ChartSpace {
  const text = chartText(windowWidth);
  return {
    width: Math.max(Math.round(width), 12 * text),
    maxHeight: Math.max(Math.round(maxHeight), 4 * text),
    text,
  };
}

/** Whether two spaces lay a chart out the same (within a few pixels, so a scroll bar does not redraw it). */
export function sameSpace(a: ChartSpace | null, b: ChartSpace): boolean {
  return a !== null && a.text === b.text && Math.abs(a.width - b.width) < 8 && Math.abs(a.maxHeight - b.maxHeight) < 8;
}
