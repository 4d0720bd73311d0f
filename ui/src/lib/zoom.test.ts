// The zoom keys and steps.
import { describe, expect, it } from "vitest";

import { nextZoom, zoomKey, zoomLabel } from "./zoom";

describe("zoom", () => {
  it("Ctrl + / − / 0 step the zoom like a browser's", () => {
    expect(zoomKey({ key: "=", ctrlKey: true, metaKey: false, altKey: false })).toBe("in");
    expect(zoomKey({ key: "+", ctrlKey: true, metaKey: false, altKey: false })).toBe("in");
    expect(zoomKey({ key: "-", ctrlKey: true, metaKey: false, altKey: false })).toBe("out");
    expect(zoomKey({ key: "0", ctrlKey: true, metaKey: false, altKey: false })).toBe("reset");
    expect(zoomKey({ key: "0", ctrlKey: false, metaKey: false, altKey: false })).toBeNull();
    expect(nextZoom(1, "in")).toBe(1.1);
    expect(nextZoom(1.2, "in")).toBe(1.25);
    expect(nextZoom(1, "out")).toBe(0.9);
    expect(nextZoom(3, "in")).toBe(3);
    expect(nextZoom(0.67, "out")).toBe(0.67);
    expect(nextZoom(1.75, "reset")).toBe(1);
    expect(zoomLabel(1.25)).toBe("125 %");
  });
});
