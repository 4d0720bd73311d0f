// Guidance speaks of the open workshop, and nothing in the UI speaks of the sample's business.
import { describe, expect, it } from "vitest";

import { miniWorkshop } from "../test/fixtures";
import { businessAreas, GOALS_EXAMPLE, objectiveExample, servedHint, visionPrompts } from "./guidance";

// The sample workshop's business: none of it may leak into another workshop's guidance.
const SAMPLE_WORDS = /harbourline|depot|shipper|booking|portal|freight|logistic/i;

describe("guidance speaks of the workshop at hand", () => {
  it("names the organisation and the areas in the room, and nothing of the sample", () => {
    const w = miniWorkshop();
    w.setUp.organisation = "Northwind Health";
    w.participants.push(
      { id: "p3", name: "Cy", role: "Lead", area: "Infrastructure" },
      { id: "p4", name: "Di", role: "Nurse", area: "Wards" },
    );
    expect(businessAreas(w)).toEqual(["Executive", "Operations", "Wards"]);
    const text = [...visionPrompts(w), servedHint(w), GOALS_EXAMPLE, objectiveExample(w)].join(" ");
    expect(text).toContain("Northwind Health");
    expect(servedHint(w)).toBe("Executive, Operations, Wards, customers, the board: someone outside IT.");
    expect(text).not.toMatch(SAMPLE_WORDS);
  });

  it("falls back to general words when the room has no areas yet", () => {
    const w = miniWorkshop({ participants: [] });
    expect(servedHint(w)).toBe("Business units, customers, colleagues, the board: someone outside IT.");
    expect(objectiveExample(w)).toBe("e.g. One service desk for every part of the organisation");
  });

  it("builds the example objective from the largest weighted gap", () => {
    const w = miniWorkshop();
    Object.assign(w.assessment.practices[0]!, { current: 1, target: 3, priority: "low" }); // 2
    Object.assign(w.assessment.practices[1]!, { current: 2, target: 4, priority: "high" }); // 6
    expect(objectiveExample(w)).toBe("e.g. Raise Beta from level 2 to level 4");
  });
});

describe("no screen carries the sample's words", () => {
  it("the UI's source names the sample only where it offers the sample", async () => {
    const sources = import.meta.glob(["../**/*.svelte", "../**/*.ts", "!../**/*.test.ts", "!../test/**"], {
      query: "?raw",
      import: "default",
      eager: true,
    });
    const offenders = Object.entries(sources)
      .filter(([, text]) => SAMPLE_WORDS.test((text as string).replace(/Harbourline Logistics, so you/g, "")))
      .map(([file]) => file);
    expect(offenders).toEqual([]);
  });
});
