// Symbols are written through Icon, in a face that has them (the text's
// own characters are checked in fonts.test.ts).
import { render } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";

import Icon, { type IconName } from "./Icon.svelte";

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
});
