// Dates as people read them, held to the same examples as smo-core's DateStyle.
import { describe, expect, it } from "vitest";

import examples from "../../../tests/fixtures/day-formats.json";
import type { DateStyle } from "./ipc";
import { dateRangeDays, formatDay, formatMoment, formatRelative, parseDay, parseIsoDate, todayIso } from "./format";

describe("format", () => {
  it("reads calendar dates without shifting them by time zone", () => {
    expect(parseIsoDate("2026-03-09")?.getDate()).toBe(9);
    expect(parseIsoDate("2026-02-30")).toBeNull();
    expect(parseIsoDate("09/03/2026")).toBeNull();
  });

  it("writes and reads days by the same examples as smo-core", () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
    for (const e of examples) {
      const style = e.style as DateStyle;
      expect(formatDay(e.day, style)).toBe(e.written);
      for (const text of [e.written, ...e.reads]) expect(parseDay(text, style), `${style} reads ${text}`).toBe(e.day);
    }
  });

  it("refuses what is not a day", () => {
    for (const text of ["", "31 Feb 2026", "9 Mar 26", "Ma 9 2026", "9 3", "2026-13-01", "hello"]) {
      expect(parseDay(text, "dayMonthYear"), text).toBeNull();
    }
  });

  it("formats single days and ranges in the app's style", () => {
    expect(dateRangeDays("2026-03-09", null, "dayMonthYear")).toEqual(["9 Mar 2026"]);
    expect(dateRangeDays("2026-03-09", "2026-03-09", "dayMonthYear")).toEqual(["9 Mar 2026"]);
    expect(dateRangeDays("2026-03-09", "2026-03-10", "dayMonthYear")).toEqual(["9 Mar 2026", "10 Mar 2026"]);
    expect(dateRangeDays("2026-03-09", "2026-03-10", "monthDayYear")).toEqual(["Mar 9, 2026", "Mar 10, 2026"]);
    expect(formatDay(null)).toBe("–");
  });

  it("writes a moment as a day and a local time in the app's style", () => {
    const at = new Date(2026, 2, 9, 14, 5).toISOString();
    expect(formatMoment(at, "dayMonthYear")).toBe("9 Mar 2026, 14:05");
    expect(formatMoment(at, "monthDayYear")).toBe("Mar 9, 2026, 2:05 PM");
  });

  it("says how long ago an edit was", () => {
    const now = new Date("2026-03-09T12:00:00Z");
    expect(formatRelative("2026-03-09T11:59:50Z", now)).toBe("just now");
    expect(formatRelative("2026-03-09T11:55:00Z", now)).toBe("5 minutes ago");
    expect(formatRelative("2026-03-09T11:59:00Z", now)).toBe("1 minute ago");
    expect(formatRelative("2026-03-09T09:00:00Z", now)).toBe("3 hours ago");
    expect(formatRelative("2026-03-08T12:00:00Z", now)).toBe("yesterday");
    expect(formatRelative("2026-03-06T12:00:00Z", now)).toBe("3 days ago");
    expect(formatRelative("2026-03-09T12:10:00Z", now)).toBe("in 10 minutes");
    expect(formatRelative("2026-02-20T12:00:00Z", now)).toBe(formatDay(todayIso(new Date("2026-02-20T12:00:00Z"))));
    expect(formatRelative("not a time", now)).toBe("not a time");
    expect(todayIso(new Date(2026, 0, 5))).toBe("2026-01-05");
  });
});
