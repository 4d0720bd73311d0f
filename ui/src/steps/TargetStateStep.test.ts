// Target state with the keyboard: one Tab stop per row, ↓/Enter/↑, digits, H/M/L, Delete.
import { fireEvent, render } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";

import { Autosave } from "../lib/autosave.svelte";
import { FakeStore } from "../test/fakeStore";
import { miniWorkshop } from "../test/fixtures";
import TargetStateStep from "./TargetStateStep.svelte";

function setUp() {
  const workshop = miniWorkshop();
  const store = new FakeStore(workshop);
  const autosave = new Autosave(10);
  render(TargetStateStep, { props: { workshop, autosave, onchange: () => undefined, go: () => undefined } });
  const rows = [...document.querySelectorAll<HTMLElement>("tr[data-target-practice]")];
  return { store, autosave, rows };
}

const tabbable = (root: HTMLElement) =>
  [root, ...root.querySelectorAll<HTMLElement>("button, select, input, [tabindex]")].filter((e) => e.tabIndex >= 0);

describe("Target state keyboard", () => {
  it("a row is two Tab stops: the row and its horizon", () => {
    const { rows } = setUp();
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(tabbable(row).map((e) => e.tagName)).toEqual(["TR", "SELECT"]);
  });

  it("↓ and Enter move to the next row, ↑ back; digits and letters set the row's target and priority", async () => {
    const { store, autosave, rows } = setUp();
    rows[0]!.focus();
    await fireEvent.keyDown(rows[0]!, { key: "3" });
    await fireEvent.keyDown(rows[0]!, { key: "m" });
    await fireEvent.keyDown(rows[0]!, { key: "ArrowDown" });
    expect(document.activeElement).toBe(rows[1]);
    await fireEvent.keyDown(rows[1]!, { key: "5" });
    // Enter on a target button just clicked moves on instead of clicking it again.
    const four = rows[1]!.querySelector<HTMLButtonElement>('[role="radio"][title="Managed"]') ?? rows[1]!.querySelectorAll("button")[4]!;
    await fireEvent.click(four);
    four.focus();
    expect(await fireEvent.keyDown(four, { key: "Enter" })).toBe(false);
    expect(document.activeElement).toBe(rows[2]);
    await fireEvent.keyDown(rows[2]!, { key: "ArrowUp" });
    expect(document.activeElement).toBe(rows[1]);
    await autosave.flush();
    expect(store.workshop.assessment.practices.map((p) => [p.target, p.priority])).toEqual([
      [3, "medium"],
      [4, null],
      [null, null],
    ]);
  });

  it("clicking the chosen target keeps it; Delete clears it", async () => {
    const { store, autosave, rows } = setUp();
    const two = rows[0]!.querySelectorAll("button")[2]!;
    await fireEvent.click(two);
    await fireEvent.click(two);
    await autosave.flush();
    expect(store.workshop.assessment.practices[0]?.target).toBe(2);
    rows[0]!.focus();
    await fireEvent.keyDown(rows[0]!, { key: "Delete" });
    await autosave.flush();
    expect(store.workshop.assessment.practices[0]?.target).toBeNull();
  });
});
