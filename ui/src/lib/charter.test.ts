// The charter helpers: section updates, plain-text rendering and the version diff.
import { describe, expect, it } from "vitest";

import { emptyCharter } from "../test/fixtures";
import { diffLines, newId, sectionText, SECTIONS, updateFor } from "./charter";

describe("charter helpers", () => {
  it("lists the fifteen sections in document order", () => {
    expect(SECTIONS).toHaveLength(15);
    expect(SECTIONS[0]!.section).toBe("purpose");
    expect(SECTIONS.at(-1)!.section).toBe("approval");
  });

  it("makes distinct ids", () => {
    const ids = new Set(Array.from({ length: 50 }, () => newId("kpi")));
    expect(ids.size).toBe(50);
    expect([...ids][0]).toMatch(/^kpi-/);
  });

  it("saves a section with its own content", () => {
    const charter = emptyCharter();
    charter.scope.included = ["Depots"];
    expect(updateFor(charter, "scope")).toEqual({ section: "scope", content: { included: ["Depots"], excluded: [] } });
  });

  it("diffs lines, keeping what did not change", () => {
    expect(diffLines(["a", "b", "c"], ["a", "c", "d"])).toEqual([
      { kind: "same", text: "a" },
      { kind: "removed", text: "b" },
      { kind: "same", text: "c" },
      { kind: "added", text: "d" },
    ]);
    expect(diffLines([], ["x"])).toEqual([{ kind: "added", text: "x" }]);
  });

  it("renders RACI rows with role names and letters", () => {
    const charter = emptyCharter();
    charter.roles = [{ id: "r1", name: "SMO lead", purpose: "", skills: "", filledBy: "", toRecruit: true, allocation: null }];
    charter.raci = [
      { id: "x", activity: "Approve", cells: [{ roleId: "r1", responsible: true, accountable: true, consulted: false, informed: false }] },
    ];
    expect(sectionText(charter, "raci")).toEqual(["Approve: SMO lead RA"]);
  });

  it("formats days in the given locale", () => {});
});
