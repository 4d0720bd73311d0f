// Current state with the keyboard: levels, Enter, Delete, votes, and Hide.
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { mockIPC } from "@tauri-apps/api/mocks";
import { describe, expect, it } from "vitest";

import { Autosave } from "../lib/autosave.svelte";
import type { Workshop } from "../lib/ipc";
import { miniWorkshop } from "../test/fixtures";
import { openStep } from "../test/openStep";
import CurrentStateStep from "./CurrentStateStep.svelte";

function workshop(): Workshop {
  return miniWorkshop({ progress: { steps: [{ step: "currentState", done: 0, total: 3, status: "notStarted", missing: [] }] } });
}

function setUp() {
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  const w = workshop();
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: args as Record<string, unknown> });
    const practiceId = (args as { practiceId?: string }).practiceId;
    if (cmd.startsWith("record_") && practiceId) {
      const practice = w.assessment.practices.find((p) => p.practiceId === practiceId)!;
      return { practice, progress: w.progress, history: w.history, updatedAt: w.updatedAt };
    }
    return w;
  });
  const autosave = new Autosave(10);
  render(CurrentStateStep, { props: { workshop: w, autosave, onchange: () => undefined, go: () => undefined } });
  return { calls, autosave };
}

const pane = () => screen.getByTestId("practice-pane");

describe("Current state keyboard", () => {
  it("digits set the level, Enter moves on, Delete clears", async () => {
    const { calls, autosave } = setUp();
    expect(pane().dataset.practice).toBe("alpha");
    await fireEvent.keyDown(pane(), { key: "3" });
    expect(screen.getByTestId("current-level").textContent).toContain("Level 3 · Defined");
    await autosave.flush();
    await fireEvent.keyDown(pane(), { key: "Enter" });
    expect(pane().dataset.practice).toBe("beta");
    await fireEvent.keyDown(pane(), { key: "1" });
    await autosave.flush();
    await fireEvent.keyDown(pane(), { key: "ArrowUp" });
    expect(pane().dataset.practice).toBe("alpha");
    await fireEvent.keyDown(pane(), { key: "Delete" });
    await autosave.flush();
    const recorded = calls
      .filter((c) => c.cmd === "record_current")
      .map((c) => [c.args.practiceId, (c.args.input as { current: number | null }).current]);
    expect(recorded).toEqual([
      ["alpha", 3],
      ["beta", 1],
      ["alpha", null],
    ]);
  });

  it("keys typed into the evidence box are text, not shortcuts", async () => {
    const { calls, autosave } = setUp();
    const box = screen.getByPlaceholderText(/Documents seen/);
    await fireEvent.keyDown(box, { key: "4" });
    await fireEvent.keyDown(box, { key: "Enter" });
    await autosave.flush();
    expect(pane().dataset.practice).toBe("alpha");
    expect(calls.filter((c) => c.cmd === "record_current")).toEqual([]);
  });

  it("a silent vote: digits in a row record that person's vote as a dot, Reveal shows the spread, Agree and Revote", async () => {
    const { store, autosave } = openStep(CurrentStateStep, { go: () => undefined }, workshop());
    await fireEvent.click(screen.getByTestId("show-votes"));
    const rows = () => [...document.querySelectorAll<HTMLElement>("[data-vote-participant]")];
    expect(rows()).toHaveLength(2);
    rows()[0]!.focus();
    await fireEvent.keyDown(rows()[0]!, { key: "1" });
    expect(document.activeElement).toBe(rows()[1]);
    await fireEvent.keyDown(rows()[1]!, { key: "4" });
    await autosave.flush();
    await waitFor(() => expect(screen.getByTestId("vote-count").textContent).toBe("2 of 2 have voted"));
    expect(store.callsOf("record_vote").map((c) => [c.round, c.participantId, c.level])).toEqual([
      [{ practiceId: "alpha", question: "current", number: 1 }, "p1", 1],
      [{ practiceId: "alpha", question: "current", number: 1 }, "p2", 4],
    ]);
    // Before the reveal: dots, never the levels chosen.
    const panel = screen.getByTestId("vote-panel");
    expect(panel.querySelectorAll("[aria-checked='true']")).toHaveLength(0);
    expect([...panel.querySelectorAll("[data-testid='vote-dot']")].map((d) => d.textContent)).toEqual(["●", "●"]);
    expect(rows()[0]!.getAttribute("aria-label")).toBe("Ada: voted");
    expect(screen.queryByTestId("vote-spread")).toBeNull();
    // The consensus level was not touched by the votes.
    expect(store.callsOf("record_current")).toEqual([]);

    await fireEvent.keyDown(pane(), { key: "r" });
    await waitFor(() => expect(screen.getByTestId("vote-spread")).toBeTruthy());
    expect(rows()[0]!.getAttribute("aria-label")).toBe("Ada: voted 1");
    expect(screen.getByTestId("disagreement").textContent).toContain("Hear the lowest (Ada) and the highest (Bo) first");
    // A late vote is refused on screen, before any call.
    rows()[0]!.focus();
    await fireEvent.keyDown(rows()[0]!, { key: "2" });
    expect(store.callsOf("record_vote")).toHaveLength(2);

    await fireEvent.click(screen.getByTestId("agree"));
    await autosave.flush();
    expect(store.callsOf("record_current").map((c) => (c.input as { current: number }).current)).toEqual([3]);

    await fireEvent.click(screen.getByTestId("revote"));
    await waitFor(() => expect(screen.getByTestId("round-label").textContent).toContain("Round 2"));
    expect(screen.getByTestId("earlier-rounds").textContent).toContain("Round 1: 1–4, median 2.5");
    expect(screen.queryByTestId("vote-spread")).toBeNull();
    expect(store.callsOf("start_vote_round")).toEqual([{ workshopId: "w1", practiceId: "alpha", question: "current" }]);
  });

  it("Enter on a level card just clicked moves on and keeps the level", async () => {
    const { calls, autosave } = setUp();
    const card = pane().querySelector<HTMLButtonElement>('[data-level="3"]')!;
    await fireEvent.click(card);
    card.focus();
    // Not prevented, Enter on a focused button would click it again.
    const notPrevented = await fireEvent.keyDown(card, { key: "Enter" });
    expect(notPrevented).toBe(false);
    expect(pane().dataset.practice).toBe("beta");
    await autosave.flush();
    const recorded = calls.filter((c) => c.cmd === "record_current").map((c) => (c.args.input as { current: number | null }).current);
    expect(recorded).toEqual([3]);
  });

  it("choosing the chosen level again keeps it; Delete clears it", async () => {
    const { calls, autosave } = setUp();
    const card = () => pane().querySelector<HTMLButtonElement>('[data-level="2"]')!;
    await fireEvent.click(card());
    await fireEvent.click(card());
    expect(card().getAttribute("aria-checked")).toBe("true");
    expect(screen.getByTestId("current-level").textContent).toContain("Level 2");
    await fireEvent.keyDown(card(), { key: "Delete" });
    expect(card().getAttribute("aria-checked")).toBe("false");
    await autosave.flush();
    const recorded = calls.filter((c) => c.cmd === "record_current").map((c) => (c.args.input as { current: number | null }).current);
    expect(recorded.at(-1)).toBeNull();
    expect(recorded).not.toContain(undefined);
  });

  it("Hide hides every trace of the votes: rows, spread and disagreement", async () => {
    const w = workshop();
    const votes = [
      { participantId: "p1", level: 1 },
      { participantId: "p2", level: 4 },
    ];
    const spread = { count: 2, min: 1, max: 4, median: 2.5, disagreement: true };
    w.assessment.practices[0] = {
      ...w.assessment.practices[0]!,
      votes,
      spread,
      rounds: [{ question: "current", number: 1, state: "revealed", votes, spread }],
    };
    mockIPC(() => w);
    render(CurrentStateStep, { props: { workshop: w, autosave: new Autosave(10), onchange: () => undefined, go: () => undefined } });
    expect(screen.getByTestId("disagreement")).toBeTruthy();
    await fireEvent.click(screen.getByRole("button", { name: /Hide votes/ }));
    expect(screen.queryByTestId("disagreement")).toBeNull();
    expect(screen.queryByTestId("vote-spread")).toBeNull();
    expect(document.querySelectorAll("[data-vote-participant]")).toHaveLength(0);
    expect(pane().textContent).not.toMatch(/median|differ/i);
    await fireEvent.click(screen.getByRole("button", { name: /Show votes/ }));
    expect(screen.getByTestId("disagreement")).toBeTruthy();
  });
});
