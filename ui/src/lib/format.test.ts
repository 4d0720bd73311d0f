import { describe, expect, it } from "vitest";

import { formatDateRange, formatRelative, parseIsoDate, todayIso } from "./format";

describe("format", () => {
  it("reads calendar dates without shifting them by time zone", () => {
    expect(parseIsoDate("2026-03-09")?.getDate()).toBe(9);
    expect(parseIsoDate("2026-02-30")).toBeNull();
    expect(parseIsoDate("09/03/2026")).toBeNull();
  });

  it("formats single days and ranges in the given locale", () => {
    expect(formatDateRange("2026-03-09", null, "en-GB")).toBe("9 Mar 2026");
    expect(formatDateRange("2026-03-09", "2026-03-10", "en-GB")).toMatch(/9.+10 Mar 2026/);
  });

  it("says how long ago an edit was", () => {
    const now = new Date("2026-03-09T12:00:00Z");
    expect(formatRelative("2026-03-09T11:59:50Z", now, "en")).toBe("now");
    expect(formatRelative("2026-03-09T11:55:00Z", now, "en")).toBe("5 minutes ago");
    expect(todayIso(new Date(2026, 0, 5))).toBe("2026-01-05");
  });
});
