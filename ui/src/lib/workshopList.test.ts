// The home list's window of rows and how it grows.
import { describe, expect, it } from "vitest";

import { grow, LIST_WINDOW } from "./workshopList";

describe("grow", () => {
  it("adds a window of rows and never passes the number found", () => {
    expect(grow(0, 1000)).toBe(LIST_WINDOW);
    expect(grow(LIST_WINDOW, 1000)).toBe(2 * LIST_WINDOW);
    expect(grow(990, 1000)).toBe(1000);
    expect(grow(0, 3)).toBe(3);
  });
});
