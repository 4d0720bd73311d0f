// What an undo or redo changed: the place to open and the words of the notice.
import { describe, expect, it } from "vitest";

import { miniWorkshop } from "../test/fixtures";
import { changedPlace, historyNotice } from "./history";

describe("what an undo changed", () => {
  it("finds the charter section, so the charter stays on it", () => {
    const before = miniWorkshop();
    const after = structuredClone(before);
    after.charter.objectives = [
      { id: "o", title: "x", specific: "", measurable: "", achievable: "", relevant: "", due: null, practices: [] },
    ];
    const place = changedPlace(before, after);
    expect(place).toMatchObject({ step: "charter", section: "objectives" });
    expect(historyNotice("undo", place)).toBe("Undone: the charter's “Objectives” (Charter).");
  });

  it("finds the practice whose level or votes changed", () => {
    const before = miniWorkshop();
    const after = structuredClone(before);
    after.assessment.practices[1]!.votes = [{ participantId: "p1", level: 2 }];
    expect(changedPlace(before, after)).toMatchObject({ step: "currentState", practiceId: "beta", what: "the votes on Beta" });
    const targeted = structuredClone(before);
    targeted.assessment.practices[2]!.target = 4;
    expect(historyNotice("redo", changedPlace(before, targeted))).toBe("Redone: the target of Gamma (Target state).");
  });

  it("finds a practice's findings and a document's brief", () => {
    const before = miniWorkshop();
    const found = structuredClone(before);
    found.assessment.practices[0]!.weaknesses = "No register";
    const place = changedPlace(before, found);
    expect(place).toMatchObject({ step: "gapAnalysis", practiceId: "alpha" });
    expect(historyNotice("undo", place)).toBe("Undone: the findings on Alpha (Gap analysis).");
    const briefed = structuredClone(before);
    briefed.briefs.charter.decisions = ["Approve the charter."];
    expect(historyNotice("undo", changedPlace(before, briefed))).toBe("Undone: what the charter tells its readers (Export).");
  });

  it("names a removed participant's step and a roadmap change", () => {
    const before = miniWorkshop();
    const after = structuredClone(before);
    after.participants.pop();
    expect(changedPlace(before, after)).toMatchObject({ step: "setUp", what: "the participants" });
    const phased = structuredClone(before);
    phased.roadmap.phases[0]!.start = "2026-06-01";
    expect(changedPlace(before, phased)).toMatchObject({ step: "roadmap", what: "the roadmap's phase dates" });
  });

  it("says only the verb when nothing visible changed", () => {
    const w = miniWorkshop();
    expect(changedPlace(w, structuredClone(w))).toBeNull();
    expect(historyNotice("undo", null)).toBe("Undone.");
  });
});
