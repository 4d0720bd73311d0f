// Set up's framework and scope: group selection, saving, and framework import errors.
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { mockIPC } from "@tauri-apps/api/mocks";
import { describe, expect, it } from "vitest";

import { Autosave } from "../lib/autosave.svelte";
import type { Framework, FrameworkSummary, Workshop } from "../lib/ipc";
import { workshopWith } from "../test/fixtures";
import ScopeCard from "./ScopeCard.svelte";

const framework: Framework = {
  id: "mini",
  name: "Mini",
  version: "1",
  description: "A tiny framework.",
  scale: [],
  groups: [
    { id: "a", name: "Group A" },
    { id: "b", name: "Group B" },
  ],
  practices: [
    { id: "alpha", name: "Alpha", group: "a", core: true, purpose: "", levels: [], questions: [] },
    { id: "beta", name: "Beta", group: "a", core: false, purpose: "", levels: [], questions: [] },
    { id: "gamma", name: "Gamma", group: "b", core: false, purpose: "", levels: [], questions: [] },
  ],
};

const summary: FrameworkSummary = { id: "mini", version: "1", name: "Mini", description: "", practices: 3, builtin: true };

function workshop(scope: string[]): Workshop {
  return workshopWith({ framework, scope, practices: [] });
}

describe("Framework and scope", () => {
  it("a group checkbox selects the whole group; the scope is saved", async () => {
    const scopes: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "list_frameworks") return [summary];
      if (cmd === "set_scope") {
        scopes.push((args as { practiceIds: string[] }).practiceIds);
        return workshop((args as { practiceIds: string[] }).practiceIds);
      }
      return null;
    });
    const autosave = new Autosave(10);
    render(ScopeCard, { props: { workshop: workshop(["alpha"]), autosave, onchange: () => undefined } });
    expect(screen.getByTestId("scope-count").textContent).toBe("1 in scope");
    const groupA = screen.getByRole("checkbox", { name: "Group A" });
    expect((groupA as HTMLInputElement).indeterminate).toBe(true);
    await fireEvent.click(groupA);
    await autosave.flush();
    expect(scopes.at(-1)).toEqual(["alpha", "beta"]);
    expect(screen.getByTestId("scope-count").textContent).toBe("2 in scope");
    await fireEvent.click(screen.getByText("None"));
    await autosave.flush();
    expect(scopes.at(-1)).toEqual([]);
  });

  it("a broken framework file is refused with its name and every problem", async () => {
    mockIPC((cmd) => {
      if (cmd === "list_frameworks") return [summary];
      if (cmd === "import_framework") {
        throw {
          code: "invalidInput",
          message: "The framework is not valid:\nline 3, column 1: missing field `practices`",
          field: null,
        };
      }
      return null;
    });
    const { container } = render(ScopeCard, {
      props: { workshop: workshop([]), autosave: new Autosave(10), onchange: () => undefined },
    });
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    const text = 'format = 1\nid = "x"\n';
    const file = new File([text], "acme.toml", { type: "text/plain" });
    // jsdom's File has no text(); WebKit's does.
    Object.defineProperty(file, "text", { value: () => Promise.resolve(text) });
    Object.defineProperty(input, "files", { value: [file], configurable: true });
    await fireEvent.change(input);
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("acme.toml: The framework is not valid:"));
    expect(screen.getByRole("alert").textContent).toContain("line 3, column 1: missing field `practices`");
  });
});
