// The assessment helpers: grouping practices, level keys, withPracticeChange.
import { describe, expect, it } from "vitest";

import { workshopWith } from "../test/fixtures";
import { formatLevel, groupPractices, isTyping, levelFromKey, matchesSearch, withPracticeChange } from "./assessment";
import type { Framework, Practice, PracticeAssessment, PracticeChange } from "./ipc";

const practice = (id: string, group: string, name = id): Practice => ({
  id,
  name,
  group,
  core: false,
  purpose: `Purpose of ${name}`,
  levels: ["0", "1", "2", "3", "4", "5"],
  questions: ["?"],
});

const framework: Framework = {
  id: "f",
  name: "F",
  version: "1",
  description: "",
  scale: [],
  groups: [
    { id: "a", name: "A" },
    { id: "b", name: "B" },
    { id: "c", name: "C" },
  ],
  practices: [practice("x", "b"), practice("y", "a", "Incident management"), practice("z", "b")],
};

describe("assessment helpers", () => {
  it("groups practices in framework group order and drops empty groups", () => {
    const groups = groupPractices(framework);
    expect(groups.map((g) => [g.id, g.practices.map((p) => p.id)])).toEqual([
      ["a", ["y"]],
      ["b", ["x", "z"]],
    ]);
    expect(groupPractices(framework, (p) => p.id === "z").map((g) => g.id)).toEqual(["b"]);
  });

  it("reads digits 0 to 5 as levels and nothing else", () => {
    const key = (k: string, mods: Partial<KeyboardEvent> = {}) =>
      levelFromKey({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });
    expect(key("0")).toBe(0);
    expect(key("5")).toBe(5);
    expect(key("6")).toBeNull();
    expect(key("a")).toBeNull();
    expect(key("3", { ctrlKey: true })).toBeNull();
  });

  it("leaves text controls alone but not buttons or checkboxes", () => {
    const input = document.createElement("input");
    expect(isTyping(input)).toBe(true);
    input.type = "checkbox";
    expect(isTyping(input)).toBe(false);
    expect(isTyping(document.createElement("textarea"))).toBe(true);
    expect(isTyping(document.createElement("button"))).toBe(false);
    expect(isTyping(null)).toBe(false);
  });

  it("formats medians and searches case-insensitively", () => {
    expect(formatLevel(2.5)).toBe("2.5");
    expect(formatLevel(3)).toBe("3");
    expect(formatLevel(null)).toBe("–");
    expect(matchesSearch(framework.practices[1]!, "INCIDENT")).toBe(true);
    expect(matchesSearch(framework.practices[1]!, "change")).toBe(false);
    expect(matchesSearch(framework.practices[1]!, "  ")).toBe(true);
  });
});

describe("withPracticeChange", () => {
  const recorded = (practiceId: string, current: number | null): PracticeAssessment => ({
    practiceId,
    current,
    confidence: null,
    evidence: "",
    target: null,
    priority: null,
    horizon: null,
    votes: [],
    spread: null,
    rounds: [],
    strengths: "",
    weaknesses: "",
    recommendation: "",
    note: "",
  });

  it("replaces only the changed practice and takes the derived state from the reply", () => {
    const before = workshopWith({ framework, scope: ["x", "y"], practices: [recorded("x", 1), recorded("y", 2)] });
    const progress = { steps: [{ step: "currentState" as const, done: 2, total: 2, status: "complete" as const, missing: [] }] };
    const after = withPracticeChange(before, {
      practice: recorded("y", 4),
      progress,
      history: { undo: 3, redo: 0 },
      updatedAt: "2026-05-04T10:00:00.000Z",
    });
    expect(after.assessment.practices.map((p) => [p.practiceId, p.current])).toEqual([
      ["x", 1],
      ["y", 4],
    ]);
    expect(after.assessment.practices[0]).toBe(before.assessment.practices[0]);
    expect(after.progress).toEqual(progress);
    expect(after.history).toEqual({ undo: 3, redo: 0 });
    expect(after.updatedAt).toBe("2026-05-04T10:00:00.000Z");
    expect(before.assessment.practices[1]!.current).toBe(2);
  });

  it("keeps what the reply leaves unchanged as the objects the page holds", () => {
    const voted: PracticeAssessment = {
      ...recorded("y", 2),
      rounds: [
        {
          question: "current",
          number: 1,
          state: "revealed",
          votes: [{ participantId: "p1", level: 2 }],
          spread: { count: 1, min: 2, median: 2, max: 2, disagreement: false },
        },
      ],
    };
    const before = workshopWith({ framework, scope: ["x", "y"], practices: [recorded("x", 1), voted] });
    // The store's reply is parsed afresh: equal, never the same objects.
    const reply = (current: number) => ({
      ...(JSON.parse(JSON.stringify({ practice: { ...voted, current }, progress: before.progress, history: before.history })) as Omit<
        PracticeChange,
        "updatedAt"
      >),
      updatedAt: "2026-05-04T10:00:00.000Z",
    });
    const after = withPracticeChange(before, reply(3));
    expect(after.assessment.practices[1]!.current).toBe(3);
    expect(after.assessment.practices[1]!.rounds).toBe(voted.rounds);
    expect(after.progress).toBe(before.progress);
    expect(after.checks).toBe(before.checks);

    const again = withPracticeChange(after, reply(3));
    expect(again.assessment).toBe(after.assessment);
    expect(again.updatedAt).toBe("2026-05-04T10:00:00.000Z");
  });

  it("takes a reply of the earlier shape, which carried the checks, and keeps the page's own", () => {
    const before = workshopWith({ framework, scope: ["x", "y"], practices: [recorded("x", 1), recorded("y", 2)] });
    const earlier = {
      practice: recorded("y", 3),
      progress: before.progress,
      checks: { raci: [], roadmap: [{ initiativeId: "i1", message: "An older reply's check" }], sections: [] },
      history: before.history,
      updatedAt: "2026-05-04T10:00:00.000Z",
    };
    const after = withPracticeChange(before, earlier);
    expect(after.assessment.practices[1]!.current).toBe(3);
    expect(after.checks).toBe(before.checks);
  });
});
