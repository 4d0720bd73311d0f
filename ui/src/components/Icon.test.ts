// Symbols are written through Icon, in a face that has them: the UI's own
// text keeps to characters its face has (Liberation Sans on Linux, Arial
// elsewhere).
import { render } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";

import Icon, { type IconName } from "./Icon.svelte";

/**
 * Beyond ASCII and Latin-1, the characters the UI's text may use: each one
 * checked against Liberation Sans (`fc-query --format=%{charset}`). A symbol
 * outside them makes WebKitGTK search the font list again for every size and
 * weight it appears in: write it through Icon, or check the face has it and
 * add it here.
 */
const FACE_HAS = "‘’“”–—…•·‹›←↑→↓−●○";

/** The UI's own sources: components, screens, libraries and styles, not tests nor the phones' page (a phone's browser draws its own). */
const sources = import.meta.glob<string>(
  ["../**/*.svelte", "../**/*.ts", "../**/*.css", "!../**/*.test.ts", "!../phone/**", "!../test/**"],
  {
    query: "?raw",
    import: "default",
    eager: true,
  },
);

describe("Icon", () => {
  it("writes each symbol in a face that has it, hidden from assistive technology", () => {
    const names: IconName[] = ["check", "cross", "play", "milestone", "undo", "redo", "arrowUpRight"];
    const written = new Set<string>();
    for (const name of names) {
      const { container, unmount } = render(Icon, { props: { name } });
      const symbol = container.querySelector(`[data-icon="${name}"]`);
      expect(symbol?.getAttribute("aria-hidden")).toBe("true");
      expect(symbol?.textContent).toMatch(/^[\u0100-\u{10ffff}]$/u);
      written.add(symbol!.textContent!);
      unmount();
    }
    expect(written.size).toBe(names.length);
  });

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
});
