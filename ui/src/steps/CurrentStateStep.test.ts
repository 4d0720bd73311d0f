import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { mockIPC } from "@tauri-apps/api/mocks";
import { describe, expect, it } from "vitest";

import { Autosave } from "../lib/autosave.svelte";
import type { Framework, Workshop } from "../lib/ipc";
import { workshopWith } from "../test/fixtures";
import CurrentStateStep from "./CurrentStateStep.svelte";

const framework: Framework = {
  id: "mini",
  name: "Mini",
  version: "1",
  description: "",
  scale: ["Absent", "Initial", "Repeatable", "Defined", "Managed", "Optimised"].map((name, level) => ({ level, name, summary: "" })),
  groups: [{ id: "g", name: "Group" }],
  practices: ["alpha", "beta", "gamma"].map((id) => ({
    id,
    name: id[0]!.toUpperCase() + id.slice(1),
    group: "g",
    core: true,
    purpose: `Why ${id} matters.`,
    levels: [0, 1, 2, 3, 4, 5].map((l) => `${id} at level ${l}`),
    questions: [`Who owns ${id}?`],
  })),
};

function workshop(): Workshop {
  const empty = (practiceId: string) => ({
    practiceId,
    current: null,
    confidence: null,
    evidence: "",
    votes: [],
    spread: null,
    target: null,
    priority: null,
    horizon: null,
  });
  return workshopWith(
    { framework, scope: ["alpha", "beta", "gamma"], practices: ["alpha", "beta", "gamma"].map(empty) },
    {
      participants: [
        { id: "p1", name: "Ada", role: "CIO", area: "" },
        { id: "p2", name: "Bo", role: "Ops", area: "" },
      ],
      progress: { steps: [{ step: "currentState", done: 0, total: 3, status: "notStarted", missing: [] }] },
    },
  );
}

function setUp() {
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  const w = workshop();
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: args as Record<string, unknown> });
    const practiceId = (args as { practiceId?: string }).practiceId;
    if (cmd.startsWith("record_") && practiceId) {
      const practice = w.assessment.practices.find((p) => p.practiceId === practiceId)!;
      return { practice, progress: w.progress, checks: w.checks, history: w.history, updatedAt: w.updatedAt };
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
    const box = screen.getByPlaceholderText(/Documents shown/);
    await fireEvent.keyDown(box, { key: "4" });
    await fireEvent.keyDown(box, { key: "Enter" });
    await autosave.flush();
    expect(pane().dataset.practice).toBe("alpha");
    expect(calls.filter((c) => c.cmd === "record_current")).toEqual([]);
  });

  it("in a vote row a digit records that person's vote and moves to the next person", async () => {
    const { calls, autosave } = setUp();
    await fireEvent.click(screen.getByText("Record each participant's view"));
    const rows = document.querySelectorAll<HTMLElement>("[data-vote-participant]");
    expect(rows).toHaveLength(2);
    rows[0]!.focus();
    await fireEvent.keyDown(rows[0]!, { key: "1" });
    expect(document.activeElement).toBe(rows[1]);
    await fireEvent.keyDown(rows[1]!, { key: "4" });
    await autosave.flush();
    await waitFor(() => expect(calls.filter((c) => c.cmd === "record_vote")).toHaveLength(2));
    const votes = calls.filter((c) => c.cmd === "record_vote").map((c) => [c.args.participantId, c.args.level]);
    expect(votes).toEqual([
      ["p1", 1],
      ["p2", 4],
    ]);
    // The consensus level was not touched by the votes.
    expect(calls.filter((c) => c.cmd === "record_current")).toEqual([]);
  });
});
