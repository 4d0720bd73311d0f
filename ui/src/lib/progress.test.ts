// The Progress screen's showing rules: numbers with units, typed numbers,
// the KPI chart's geometry and the register's filters and sorting.
import { describe, expect, it } from "vitest";

import { ideaWith } from "../test/fixtures";
import { NO_FILTER, parseNumber, sparkline, visibleIdeas, withUnit } from "./progress";

describe("numbers", () => {
  it("writes a value in its unit", () => {
    expect(withUnit(83, "%")).toBe("83%");
    expect(withUnit(4, "days")).toBe("4 days");
    expect(withUnit(99.4, "%")).toBe("99.4%");
    expect(withUnit(14.5, "")).toBe("14.5");
  });

  it("reads what people type, and refuses what is not a number", () => {
    expect(parseNumber("83")).toBe(83);
    expect(parseNumber(" 99,4 ")).toBe(99.4);
    expect(parseNumber("1,250")).toBe(1250);
    expect(parseNumber("-3.5")).toBe(-3.5);
    expect(parseNumber("about 40")).toBeNull();
    expect(parseNumber("")).toBeNull();
    expect(parseNumber("1e9")).toBeNull();
  });
});

describe("the KPI chart", () => {
  it("puts the higher value higher and draws baseline and target", () => {
    const line = sparkline(
      [
        { date: "2026-04-30", value: 48, note: "", by: "" },
        { date: "2026-11-30", value: 83, note: "", by: "" },
      ],
      { baseline: 40, target: 95, unit: "%", direction: "higherIsBetter" },
    );
    const [first, last] = line.dots;
    expect(last!.y).toBeLessThan(first!.y);
    expect(last!.x).toBeGreaterThan(first!.x);
    expect(line.targetY!).toBeLessThan(line.baselineY!);
    expect(line.path.startsWith("M")).toBe(true);
  });

  it("draws one measurement in the middle", () => {
    const line = sparkline([{ date: "2026-04-30", value: 5, note: "", by: "" }], null);
    expect(line.dots[0]!.x).toBe(line.width / 2);
    expect(line.baselineY).toBeNull();
  });
});

describe("the register", () => {
  const ideas = [
    ideaWith("a", { raisedOn: "2026-04-01", priority: "low", status: "done", source: "audit" }),
    ideaWith("b", { raisedOn: "2026-06-01", priority: "high", status: "approved", practiceId: "service-desk" }),
    ideaWith("c", { raisedOn: "2026-05-01", status: "new", description: "Remote control for depots" }),
  ];

  it("sorts newest first, by priority, or by status", () => {
    expect(visibleIdeas(ideas, NO_FILTER, "raised").map((i) => i.id)).toEqual(["b", "c", "a"]);
    expect(visibleIdeas(ideas, NO_FILTER, "priority").map((i) => i.id)).toEqual(["b", "a", "c"]);
    expect(visibleIdeas(ideas, NO_FILTER, "status").map((i) => i.id)).toEqual(["c", "b", "a"]);
  });

  it("filters by status, source, practice and words", () => {
    expect(visibleIdeas(ideas, { ...NO_FILTER, status: "approved" }, "raised").map((i) => i.id)).toEqual(["b"]);
    expect(visibleIdeas(ideas, { ...NO_FILTER, source: "audit" }, "raised").map((i) => i.id)).toEqual(["a"]);
    expect(visibleIdeas(ideas, { ...NO_FILTER, practiceId: "service-desk" }, "raised").map((i) => i.id)).toEqual(["b"]);
    expect(visibleIdeas(ideas, { ...NO_FILTER, text: "DEPOTS" }, "raised").map((i) => i.id)).toEqual(["c"]);
  });
});
