// Target state with the keyboard: one Tab stop per row, ↓/Enter/↑, digits, H/M/L, Delete.
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";

import { Autosave } from "../lib/autosave.svelte";
import { FakeStore } from "../test/fakeStore";
import { miniWorkshop } from "../test/fixtures";
import { openStep } from "../test/openStep";
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

  it("a silent vote on the focused practice's target: dots, reveal, and Agree sets the target", async () => {
    const { store, autosave } = openStep(TargetStateStep, { go: () => undefined }, miniWorkshop());
    const beta = document.querySelector<HTMLElement>('tr[data-target-practice="beta"]')!;
    beta.focus();
    await fireEvent.focusIn(beta);
    await fireEvent.click(screen.getByTestId("show-votes"));
    expect(screen.getByText("Target of Beta")).toBeTruthy();
    const rows = [...document.querySelectorAll<HTMLElement>("[data-vote-participant]")];
    await fireEvent.keyDown(rows[0]!, { key: "3" });
    await fireEvent.keyDown(rows[1]!, { key: "4" });
    await autosave.flush();
    await waitFor(() => expect(screen.getByTestId("vote-count").textContent).toBe("2 of 2 have voted"));
    expect(store.callsOf("record_vote").map((c) => c.round)).toEqual([
      { practiceId: "beta", question: "target", number: 1 },
      { practiceId: "beta", question: "target", number: 1 },
    ]);
    await fireEvent.click(screen.getByTestId("reveal"));
    await waitFor(() => expect(screen.getByTestId("vote-spread")).toBeTruthy());
    // Median 3.5 rounds to 4: Agree sets the target, not the current level.
    await fireEvent.click(screen.getByTestId("agree"));
    await autosave.flush();
    expect(store.callsOf("record_target").at(-1)).toMatchObject({ practiceId: "beta", input: { target: 4 } });
    expect(store.callsOf("record_current")).toEqual([]);
  });
});
