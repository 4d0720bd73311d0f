import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { mockIPC } from "@tauri-apps/api/mocks";
import { describe, expect, it } from "vitest";

import Home from "./Home.svelte";
import type { AppStatus, WorkshopSummary } from "./lib/ipc";
import { LIST_WINDOW } from "./lib/workshopList";

const status: AppStatus = { dataDir: "/data", databasePath: "/data/w.sqlite3", error: null, sampleCreated: false, recovery: null, readOnly: null };

function summaries(n: number): WorkshopSummary[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `w${i}`,
    organisation: i % 2 === 0 ? "Harbourline Logistics" : "Northwind Health",
    title: `Workshop ${String(i).padStart(3, "0")}`,
    startDate: "2026-01-05",
    endDate: null,
    participantCount: 3,
    progress: { steps: [] },
    updatedAt: "2026-01-05T10:00:00Z",
  }));
}

function renderWith(list: WorkshopSummary[]) {
  mockIPC((cmd) => {
    if (cmd === "list_workshops") return list;
    if (cmd === "first_screen_ready") return null;
    throw new Error(`unexpected ${cmd}`);
  });
  render(Home, { props: { status, go: async () => {} } });
}

const rows = () => screen.queryAllByTestId("workshop-row");

describe("Home list", () => {
  it("draws a first window of a long list and grows it on request", async () => {
    renderWith(summaries(100));
    await waitFor(() => expect(rows().length).toBe(LIST_WINDOW));
    expect(screen.getByTestId("list-count").textContent).toContain("100 workshops");
    const more = screen.getByTestId("show-more");
    expect(more.textContent).toContain(`${100 - LIST_WINDOW} not shown`);
    await fireEvent.click(more);
    await waitFor(() => expect(rows().length).toBe(2 * LIST_WINDOW));
  });

  it("finds workshops by organisation and title and says how many match", async () => {
    renderWith(summaries(100));
    await waitFor(() => expect(rows().length).toBe(LIST_WINDOW));
    await fireEvent.input(screen.getByTestId("list-search"), { target: { value: "northwind 07" } });
    // Odd indexes are Northwind; of those, 007 and 071, 073, 075, 077, 079 hold "07".
    await waitFor(() => expect(rows().length).toBe(6));
    expect(screen.getByTestId("list-count").textContent).toContain("6 of 100 match");
    expect(screen.queryByTestId("show-more")).toBeNull();
    await fireEvent.input(screen.getByTestId("list-search"), { target: { value: "nothing like this" } });
    await waitFor(() => expect(screen.getByTestId("no-match").textContent).toContain("nothing like this"));
    await fireEvent.click(screen.getByRole("button", { name: "Show all" }));
    await waitFor(() => expect(rows().length).toBe(LIST_WINDOW));
  });

  it("draws a short list whole, without search or paging", async () => {
    renderWith(summaries(4));
    await waitFor(() => expect(rows().length).toBe(4));
    expect(screen.queryByTestId("list-search")).toBeNull();
    expect(screen.queryByTestId("show-more")).toBeNull();
  });
});
