// The home screen: the list of workshops, creating one, and the first-start messages.
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { mockIPC } from "@tauri-apps/api/mocks";
import { describe, expect, it } from "vitest";

import Home from "./Home.svelte";
import type { WorkshopPage, WorkshopSummary } from "./lib/ipc";
import { LIST_WINDOW } from "./lib/workshopList";
import { healthyStatus } from "./test/fixtures";

const status = healthyStatus();

function summaries(n: number): WorkshopSummary[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `w${i}`,
    organisation: i % 2 === 0 ? "Harbourline Logistics" : "Northwind Health",
    title: `Workshop ${String(i).padStart(3, "0")}`,
    startDate: "2026-01-05",
    endDate: null,
    participantCount: 3,
    progress: { steps: [] },
    round: i === 0 ? ([2, "Six-month review"] as [number, string]) : ([1, "Baseline"] as [number, string]),
    kpisNextDue: i === 0 ? "2026-01-31" : null,
    updatedAt: "2026-01-05T10:00:00Z",
  }));
}

/** The store's side of `workshop_page`, simplified (case only, no accents). */
function pageOf(list: WorkshopSummary[], search: string, limit: number): WorkshopPage {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const found = list.filter((w) => words.every((word) => `${w.organisation} ${w.title}`.toLowerCase().includes(word)));
  return { total: list.length, matching: found.length, workshops: found.slice(0, limit) };
}

type Asked = { search: string; limit: number };

function renderWith(
  list: WorkshopSummary[],
  reply: (asked: Asked) => WorkshopPage | Promise<WorkshopPage> = (a) => pageOf(list, a.search, a.limit),
) {
  const asked: Asked[] = [];
  mockIPC((cmd, args) => {
    if (cmd === "workshop_page") {
      const a = args as Asked;
      asked.push(a);
      return reply(a);
    }
    if (cmd === "first_screen_ready") return null;
    throw new Error(`unexpected ${cmd}`);
  });
  render(Home, { props: { status, go: async () => {}, prepareOpen: () => prepared.push("asked") } });
  return asked;
}

/** Each time Home asked App to load the workshop's screens ahead of an open. */
let prepared: string[] = [];

const rows = () => screen.queryAllByTestId("workshop-row");

describe("Home list", () => {
  it("shows a followed-up workshop's round and when its KPIs are due, and nothing for one in its baseline", async () => {
    renderWith(summaries(2));
    await waitFor(() => expect(rows().length).toBe(2));
    const lines = screen.getAllByTestId("after-line");
    expect(lines.length).toBe(1);
    // 31 Jan 2026 is past on any day these tests run.
    expect(lines[0]!.textContent?.replace(/\s+/g, " ")).toMatch(/Six-month review · KPIs overdue since 31 Jan 2026/);
  });

  it("asks for a first window of a long list and for more on request", async () => {
    const asked = renderWith(summaries(100));
    await waitFor(() => expect(rows().length).toBe(LIST_WINDOW));
    expect(asked[0]).toEqual({ search: "", limit: LIST_WINDOW });
    expect(screen.getByTestId("list-count").textContent).toContain("100 workshops");
    const more = screen.getByTestId("show-more");
    expect(more.textContent).toContain(`${100 - LIST_WINDOW} not shown`);
    await fireEvent.click(more);
    await waitFor(() => expect(rows().length).toBe(2 * LIST_WINDOW));
    expect(asked.at(-1)).toEqual({ search: "", limit: 2 * LIST_WINDOW });
  });

  it("sends the search to the store and says how many match", async () => {
    const asked = renderWith(summaries(100));
    await waitFor(() => expect(rows().length).toBe(LIST_WINDOW));
    await fireEvent.input(screen.getByTestId("list-search"), { target: { value: "northwind 07" } });
    // Odd indexes are Northwind; of those, 007 and 071, 073, 075, 077, 079 hold "07".
    await waitFor(() => expect(rows().length).toBe(6));
    expect(asked.at(-1)).toEqual({ search: "northwind 07", limit: LIST_WINDOW });
    expect(screen.getByTestId("list-count").textContent).toContain("6 of 100 match");
    expect(screen.queryByTestId("show-more")).toBeNull();
    await fireEvent.input(screen.getByTestId("list-search"), { target: { value: "nothing like this" } });
    await waitFor(() => expect(screen.getByTestId("no-match").textContent).toContain("nothing like this"));
    await fireEvent.click(screen.getByRole("button", { name: "Show all" }));
    await waitFor(() => expect(rows().length).toBe(LIST_WINDOW));
    expect(asked.at(-1)).toEqual({ search: "", limit: LIST_WINDOW });
  });

  it("keeps the newest search's answer when an older one arrives last", async () => {
    const list = summaries(100);
    let releaseSlow: () => void = () => {};
    const slow = new Promise<void>((r) => (releaseSlow = r));
    renderWith(list, async (a) => {
      if (a.search === "harbour") await slow;
      return pageOf(list, a.search, a.limit);
    });
    await waitFor(() => expect(rows().length).toBe(LIST_WINDOW));
    const box = screen.getByTestId("list-search");
    await fireEvent.input(box, { target: { value: "harbour" } });
    await fireEvent.input(box, { target: { value: "northwind 07" } });
    await waitFor(() => expect(rows().length).toBe(6));
    releaseSlow();
    await new Promise((r) => setTimeout(r, 20));
    expect(rows().length).toBe(6);
    expect(screen.getByTestId("list-count").textContent).toContain("6 of 100 match");
  });

  it("draws a short list whole, without search or paging", async () => {
    renderWith(summaries(4));
    await waitFor(() => expect(rows().length).toBe(4));
    expect(screen.queryByTestId("list-search")).toBeNull();
    expect(screen.queryByTestId("show-more")).toBeNull();
  });

  it("draws the app's mark in the page, not as an image WebKit builds a document for", async () => {
    renderWith(summaries(2));
    await waitFor(() => expect(rows()).toHaveLength(2));
    const brand = document.querySelector(".brand");
    expect(brand?.querySelector("img")).toBeNull();
    const mark = brand?.querySelector("svg");
    expect(mark?.getAttribute("viewBox")).toBe("0 0 512 512");
    // Its shade is found by an id that no other element of the page has.
    expect(mark?.querySelector("rect")?.getAttribute("fill")).toBe("url(#smo-logo-shade)");
    expect(document.querySelectorAll("#smo-logo-shade")).toHaveLength(1);
  });

  it("asks for the workshop's screens when an open is near: the pointer on the list, a row focused, New workshop", async () => {
    prepared = [];
    renderWith(summaries(3));
    await waitFor(() => expect(rows().length).toBe(3));
    expect(prepared).toEqual([]); // not for drawing the list
    const [, second, third] = rows();
    await fireEvent.pointerOver(second!);
    expect(prepared.length).toBe(1);
    third!.querySelector("button")!.focus();
    expect(prepared.length).toBe(2);
    await fireEvent.click(screen.getByRole("button", { name: "New workshop" }));
    expect(prepared.length).toBe(3);
  });
});
