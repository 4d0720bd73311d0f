// Recording a level redraws only what it changed: the vote rows beside it,
// drawn from the practice's rounds, are left alone although the store's reply
// carries those rounds parsed afresh.
import { fireEvent, render, screen } from "@testing-library/svelte";
import { mockIPC } from "@tauri-apps/api/mocks";
import { describe, expect, it } from "vitest";

import { Autosave } from "../lib/autosave.svelte";
import type { PracticeAssessment, Workshop } from "../lib/ipc";
import { miniWorkshop } from "../test/fixtures";
import CurrentStateStep from "./CurrentStateStep.svelte";

/** The mini workshop with a revealed vote of both participants on `alpha`. */
function voted(): Workshop {
  const w = miniWorkshop();
  const practices = w.assessment.practices.map((p): PracticeAssessment =>
    p.practiceId === "alpha"
      ? {
          ...p,
          rounds: [
            {
              question: "current",
              number: 1,
              state: "revealed",
              votes: [
                { participantId: "p1", level: 2 },
                { participantId: "p2", level: 3 },
              ],
              spread: { count: 2, min: 2, median: 2.5, max: 3, disagreement: false },
            },
          ],
        }
      : p,
  );
  return { ...w, assessment: { ...w.assessment, practices } };
}

describe("Current state redraws", () => {
  it("leaves the vote rows untouched when a level is recorded", async () => {
    let workshop = voted();
    // The store's reply, as IPC delivers it: equal data, never the same objects.
    mockIPC((cmd, args) => {
      const { practiceId, input } = args as { practiceId: string; input: { current: number } };
      if (cmd !== "record_current") return null;
      const practice = workshop.assessment.practices.find((p) => p.practiceId === practiceId)!;
      const { progress, checks, history, updatedAt } = workshop;
      return JSON.parse(
        JSON.stringify({ practice: { ...practice, current: input.current }, progress, checks, history, updatedAt }),
      ) as unknown;
    });
    const autosave = new Autosave(0);
    const view = render(CurrentStateStep, {
      props: {
        workshop,
        autosave,
        onchange: (w: Workshop) => {
          workshop = w;
          void view.rerender({ workshop: w });
        },
        go: () => undefined,
      },
    });
    const panel = screen.getByTestId("vote-panel");
    expect(panel.querySelectorAll("[data-vote-participant]")).toHaveLength(2);

    // The agree button follows the level; the people's rows must not move.
    const changes: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) changes.push(`${r.type}:${r.attributeName ?? ""}:${(r.target as Element).tagName ?? "#text"}`);
    });
    for (const row of panel.querySelectorAll("[data-vote-participant]")) {
      observer.observe(row, { subtree: true, attributes: true, childList: true, characterData: true });
    }

    for (const key of ["3", "2", "3"]) {
      await fireEvent.keyDown(screen.getByTestId("practice-pane"), { key });
      await autosave.flush();
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(workshop.assessment.practices.find((p) => p.practiceId === "alpha")?.current).toBe(3);
    expect(screen.getByTestId("current-level").textContent).toContain("Level 3");
    expect(changes).toEqual([]);
  });
});
