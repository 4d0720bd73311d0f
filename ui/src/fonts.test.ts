// The UI is drawn in one face (Arial: Liberation Sans on Linux), and WebKitGTK
// loads a font for each weight, size and variant of it that a screen shows:
// its sources keep to what that face draws without another one.
import { describe, expect, it } from "vitest";

/**
 * Beyond ASCII and Latin-1, the characters the UI's text may use: each one
 * checked against Liberation Sans (`fc-query --format=%{charset}`). A symbol
 * outside them makes WebKitGTK search the font list again for every size and
 * weight it appears in: write it through Icon, or check the face has it and
 * add it here.
 */
const FACE_HAS = "‘’“”–—…•·‹›←↑→↓−●○";

/** The UI's own sources: components, screens, libraries and styles, not tests nor the phones' page (a phone's browser draws its own). */
const sources = import.meta.glob<string>(["./**/*.svelte", "./**/*.ts", "./**/*.css", "!./**/*.test.ts", "!./phone/**", "!./test/**"], {
  query: "?raw",
  import: "default",
  eager: true,
});

describe("the UI's fonts", () => {
  it("leaves no character the face lacks in the UI's text", () => {
    const files = Object.keys(sources);
    expect(files.length).toBeGreaterThan(50); // the glob found the sources
    const found: string[] = [];
    for (const [file, text] of Object.entries(sources)) {
      for (const ch of new Set(text.match(/[^\t\n\r\u0020-\u00ff]/gu) ?? [])) {
        if (!FACE_HAS.includes(ch)) found.push(`${file}: "${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})`);
      }
    }
    expect(found).toEqual([]);
  });

  it("asks for no variant of the face's figures", () => {
    // Arial's and Liberation Sans's figures are all one width already, and
    // the faces have no "tnum" feature: `font-variant-numeric: tabular-nums`
    // changed nothing drawn, but each weight and size it was set on was one
    // font more for WebKitGTK to make (StepMeter's count: seven fonts matched
    // for home's first frame instead of six).
    const found = Object.entries(sources)
      .filter(([, text]) => /font-variant-numeric|font-feature-settings/.test(text))
      .map(([file]) => file);
    expect(found).toEqual([]);
  });
});
