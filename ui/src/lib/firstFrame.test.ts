// The first frame's share of a screen: how many rows can be in the window.
import { describe, expect, it } from "vitest";

import styles from "../styles.css?raw";
import { PX_PER_REM, rowsThatFit } from "./firstFrame.svelte";

describe("rowsThatFit", () => {
  it("counts every row a window can show, one cut at each edge", () => {
    // 795 px of window (1280×820) over rows of 2.8 rem (42 px): 18.9 rows, and one more cut at the top.
    expect(rowsThatFit(2.8, 795)).toBe(20);
    expect(rowsThatFit(2.8, 840)).toBe(21);
    expect(rowsThatFit(2.8, 0)).toBe(1);
  });

  it("fails loudly on a row without height or a window without one", () => {
    expect(() => rowsThatFit(0, 795)).toThrow(/a row of 0 rem/);
    expect(() => rowsThatFit(Number.NaN, 795)).toThrow(/a row of NaN rem/);
    expect(() => rowsThatFit(2.8, Number.NaN)).toThrow(/window of NaN px/);
  });

  it("uses the root font size the stylesheet sets", () => {
    const root = /:root\s*\{[^}]*?\bfont-size:\s*([\d.]+)px/.exec(styles);
    expect(root?.[1]).toBeDefined();
    expect(Number(root?.[1])).toBe(PX_PER_REM);
  });
});
