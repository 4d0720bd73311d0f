// The date field: the app's one date style shown and read back, and a plain message for what is not a day.
import { fireEvent, render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";

import { useDateStyle } from "../lib/format";
import DateField from "./DateField.svelte";

function field(value: string | null, required = false) {
  const days: (string | null)[] = [];
  render(DateField, { props: { value, label: "Starts", required, onchange: (d: string | null) => days.push(d) } });
  return { days, input: screen.getByLabelText<HTMLInputElement>("Starts") };
}

describe("DateField", () => {
  it("shows the day in the app's style, not the webview's", () => {
    useDateStyle("dayMonthYear");
    expect(field("2026-03-09").input.value).toBe("9 Mar 2026");
  });

  it("shows it month first where the locale writes it so", () => {
    useDateStyle("monthDayYear");
    expect(field("2026-03-09").input.value).toBe("Mar 9, 2026");
    useDateStyle("dayMonthYear");
  });

  it("reports a typed day when the field is left, written back in the app's style", async () => {
    const { days, input } = field(null);
    await fireEvent.input(input, { target: { value: "31/12/2026" } });
    expect(days).toEqual([]);
    await fireEvent.change(input, { target: { value: "31/12/2026" } });
    expect(days).toEqual(["2026-12-31"]);
    expect(input.value).toBe("31 Dec 2026");
  });

  it("says plainly when the text is not a day, and reports nothing", async () => {
    const { days, input } = field("2026-03-09");
    await fireEvent.change(input, { target: { value: "31 Feb 2026" } });
    expect(days).toEqual([]);
    expect(screen.getByRole("alert").textContent).toMatch(/“31 Feb 2026” is not a day\. Write it like 9 Mar 2026/);
    expect(input.getAttribute("aria-invalid")).toBe("true");
    // What was typed stays to be corrected.
    expect(input.value).toBe("31 Feb 2026");
  });

  it("empties to no day unless a day is required", async () => {
    const optional = field("2026-03-09");
    await fireEvent.change(optional.input, { target: { value: "" } });
    expect(optional.days).toEqual([null]);
  });

  it("refuses to empty a required day", async () => {
    const { days, input } = field("2026-03-09", true);
    await fireEvent.change(input, { target: { value: " " } });
    expect(days).toEqual([]);
    expect(screen.getByRole("alert").textContent).toMatch(/A day is needed here/);
  });

  it("↑ and ↓ move the day by one", async () => {
    const { days, input } = field("2026-02-28");
    await fireEvent.keyDown(input, { key: "ArrowUp" });
    expect(input.value).toBe("1 Mar 2026");
    await fireEvent.keyDown(input, { key: "ArrowDown" });
    await fireEvent.keyDown(input, { key: "ArrowDown" });
    // (The value shown here stays 28 Feb: stepping back onto it is no change.)
    expect(days).toEqual(["2026-03-01", "2026-02-27"]);
  });
});
