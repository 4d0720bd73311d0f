import { describe, expect, it } from "vitest";

import type { WorkshopSummary } from "./ipc";
import { filterWorkshops, grow, LIST_WINDOW, searchKey } from "./workshopList";

function summary(organisation: string, title: string): WorkshopSummary {
  return {
    id: `${organisation}/${title}`,
    organisation,
    title,
    startDate: "2026-01-05",
    endDate: null,
    participantCount: 0,
    progress: { steps: [] },
    updatedAt: "2026-01-05T10:00:00Z",
  };
}

const list = [
  summary("Harbourline Logistics", "SMO charter workshop"),
  summary("Société Générale de Transport", "Kick-off"),
  summary("Northwind Health", "Service management workshop 0042"),
];

describe("searchKey", () => {
  it("ignores case, accents and extra spaces", () => {
    expect(searchKey("  Société   GÉNÉRALE ")).toBe("societe generale");
  });
});

describe("filterWorkshops", () => {
  it("keeps everything for an empty or blank query", () => {
    expect(filterWorkshops(list, "")).toBe(list);
    expect(filterWorkshops(list, "   ")).toBe(list);
  });

  it("matches organisation and title, every word, in any order", () => {
    expect(filterWorkshops(list, "harbour").map((w) => w.organisation)).toEqual(["Harbourline Logistics"]);
    expect(filterWorkshops(list, "workshop").length).toBe(2);
    expect(filterWorkshops(list, "0042 northwind").map((w) => w.organisation)).toEqual(["Northwind Health"]);
    expect(filterWorkshops(list, "northwind charter")).toEqual([]);
  });

  it("finds accented names from plain letters", () => {
    expect(filterWorkshops(list, "societe").map((w) => w.title)).toEqual(["Kick-off"]);
  });
});

describe("grow", () => {
  it("adds a window of rows and never passes the total", () => {
    expect(grow(0, 1000)).toBe(LIST_WINDOW);
    expect(grow(LIST_WINDOW, 1000)).toBe(2 * LIST_WINDOW);
    expect(grow(990, 1000)).toBe(1000);
    expect(grow(0, 3)).toBe(3);
  });
});
