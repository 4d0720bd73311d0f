// The Export step: each document in the formats ticked for it, the workbook,
// and the firm's Word template, as the app is asked for them.
import { fireEvent, render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";

import { Autosave } from "../lib/autosave.svelte";
import type { ExportItem } from "../lib/ipc";
import { FakeStore } from "../test/fakeStore";
import { miniWorkshop } from "../test/fixtures";
import ExportStep from "./ExportStep.svelte";

function box(selector: string): HTMLInputElement {
  const el = document.querySelector<HTMLInputElement>(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
}

describe("The Export step", () => {
  it("exports each document in the formats ticked for it, and the workbook, in one go", async () => {
    const workshop = miniWorkshop();
    const store = new FakeStore(workshop);
    render(ExportStep, { props: { workshop, autosave: new Autosave(10), onchange: () => undefined } });
    const button = screen.getByTestId("export-button");
    expect(button.textContent?.trim()).toBe("Export 3 files…");
    await fireEvent.click(box('[data-export="assessment"]'));
    await fireEvent.click(box('[data-export-word="charter"]'));
    await fireEvent.click(box('[data-export="workbook"]'));
    expect(button.textContent?.trim()).toBe("Export 4 files…");
    await fireEvent.click(button);
    const saved = await screen.findByTestId("exported");
    const items = store.callsOf("export_files")[0]?.items as ExportItem[];
    expect(items).toEqual([
      { kind: "document", document: "charter", format: "pdf" },
      { kind: "document", document: "charter", format: "word" },
      { kind: "document", document: "roadmap", format: "pdf" },
      { kind: "workbook" },
    ]);
    expect(saved.textContent).toContain("SMO Charter.docx");
    expect(saved.textContent).toContain("SMO Workbench data.xlsx");
    // Pages only where the format fixes them.
    expect(saved.textContent?.match(/12 pages/g)?.length).toBe(2);
  });

  it("offers nothing to export when nothing is ticked", async () => {
    const workshop = miniWorkshop();
    new FakeStore(workshop);
    render(ExportStep, { props: { workshop, autosave: new Autosave(10), onchange: () => undefined } });
    for (const kind of ["assessment", "charter", "roadmap"]) await fireEvent.click(box(`[data-export="${kind}"]`));
    expect(screen.getByTestId<HTMLButtonElement>("export-button").disabled).toBe(true);
  });

  it("keeps a firm's Word template and goes back to the built-in styles", async () => {
    const workshop = miniWorkshop();
    const store = new FakeStore(workshop);
    render(ExportStep, { props: { workshop, autosave: new Autosave(10), onchange: () => undefined } });
    const line = screen.getByTestId("word-template");
    expect(line.textContent).toContain("built-in styles");
    await fireEvent.click(screen.getByTestId("choose-word-template"));
    await screen.findByText("House style.dotx");
    expect(line.textContent).toContain("take their styles, fonts, colours and header from House style.dotx");
    await fireEvent.click(screen.getByRole("button", { name: "Use the built-in styles" }));
    await screen.findByTestId("choose-word-template");
    expect(store.callsOf("remove_word_template")).toHaveLength(1);
    expect(store.wordTemplate).toBeNull();
  });
});
