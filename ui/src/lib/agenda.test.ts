// The page's count between two readings of the shell's clock.
import { describe, expect, it } from "vitest";

import { formatCountdown, formatLeft, readingAfter, scheduleWords } from "./agenda";
import type { AgendaReading } from "./ipc";

const running: AgendaReading = {
  current: 1,
  running: true,
  elapsedSeconds: 600,
  remainingSeconds: 130,
  warning: false,
  behindSeconds: 300,
  leftSeconds: 130 + 1800,
};

describe("the clock between readings", () => {
  it("counts down, warns two minutes before the end, then counts the overrun into the day's delay", () => {
    expect(readingAfter(running, 5)).toMatchObject({ elapsedSeconds: 605, remainingSeconds: 125, warning: false });
    expect(readingAfter(running, 10)).toMatchObject({ remainingSeconds: 120, warning: true, behindSeconds: 300 });
    const over = readingAfter(running, 190);
    expect(over).toMatchObject({ remainingSeconds: -60, warning: false, behindSeconds: 360, leftSeconds: 1800 });
  });

  it("a paused clock does not move", () => {
    const paused = { ...running, running: false };
    expect(readingAfter(paused, 500)).toEqual(paused);
  });

  it("writes the countdown, the overrun, the delay and what is left", () => {
    expect(formatCountdown(725)).toBe("12:05");
    expect(formatCountdown(3729)).toBe("1:02:09");
    expect(formatCountdown(-200)).toBe("+3:20");
    expect(scheduleWords(1500)).toBe("25 min behind");
    expect(scheduleWords(-600)).toBe("10 min ahead");
    expect(scheduleWords(20)).toBe("on time");
    expect(scheduleWords(80 * 60)).toBe("1 h 20 min behind");
    expect(scheduleWords(-3 * 3600)).toBe("3 h ahead");
    // An agenda left running since an earlier workshop day.
    expect(scheduleWords(386420 * 60)).toBe("268 days behind");
    expect(formatLeft(7800)).toBe("2 h 10 min");
    expect(formatLeft(2700)).toBe("45 min");
  });
});
