// The app frame: menu bar commands reach the screen that carries them out,
// and files dragged over the window show where to drop them.
import { cleanup, render, screen, waitFor } from "@testing-library/svelte";
import { mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import App from "./App.svelte";
import type { About, FirstScreen } from "./lib/ipc";
import { FIRST_SCREEN_GLOBAL } from "./lib/generated/ipc-types";
import { healthyStatus } from "./test/fixtures";
import { nextPageEvents, sendPageEvent } from "./test/pageEvents";

const status = healthyStatus();

const about: About = {
  version: "0.1.0",
  licence: "MIT",
  dataDir: "/data",
  databasePath: "/data/workbench.sqlite3",
  schemaVersion: 10,
  knownSchemaVersion: 10,
  thirdPartySummary: "SMO Workbench is MIT-licensed. It is built with 406 Rust crates.",
};

let calls: string[] = [];

beforeEach(() => {
  calls = [];
  window.location.hash = "";
  mockIPC((cmd) => {
    calls.push(cmd);
    switch (cmd) {
      case "app_status":
        return status;
      case "workshop_page":
        return { total: 0, matching: 0, workshops: [] };
      case "files_waiting":
        return 0;
      case "about":
        return about;
      case "set_zoom":
        return 1.1;
      case "next_page_events":
        return nextPageEvents();
      default:
        return null;
    }
  });
});

// App stops listening once its listeners are registered, a moment after it
// unmounts: let that happen before the mocks are cleared.
afterEach(async () => {
  cleanup();
  await new Promise((resolve) => setTimeout(resolve, 0));
});

describe("App", () => {
  it("opens About and the New workshop dialog from the menu bar", async () => {
    render(App);
    await screen.findByText(/No workshops yet|Create your first workshop|New workshop/);
    await sendPageEvent({ kind: "menu", payload: "about" });
    expect(await screen.findByTestId("about-dialog")).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId("about-schema").textContent).toBe("10"));

    await sendPageEvent({ kind: "menu", payload: "newWorkshop" });
    expect(await screen.findByRole("heading", { name: "New workshop" })).toBeTruthy();

    await sendPageEvent({ kind: "menu", payload: "zoomIn" });
    await waitFor(() => expect(calls).toContain("set_zoom"));
  });

  it("shows where to drop files dragged over the window, and hides it when they leave", async () => {
    render(App);
    await waitFor(() => expect(calls).toContain("app_status"));
    await sendPageEvent({ kind: "filesDragged", payload: 2 });
    expect(await screen.findByText("Drop the 2 workshop files to import them")).toBeTruthy();
    await sendPageEvent({ kind: "filesDragged", payload: 0 });
    await waitFor(() => expect(screen.queryByText(/Drop the/)).toBeNull());
  });
});

describe("the first screen handed over with the page", () => {
  const handed: FirstScreen = {
    status: { ...status, dateStyle: "monthDayYear" },
    page: {
      total: 1,
      matching: 1,
      workshops: [
        {
          id: "w1",
          organisation: "Harbourline Logistics",
          title: "SMO charter",
          startDate: "2026-03-02",
          endDate: null,
          participantCount: 4,
          progress: { steps: [] },
          round: [1, "Baseline"],
          kpisNextDue: null,
          updatedAt: "2026-03-09T10:00:00Z",
        },
      ],
    },
  };
  const globals = window as unknown as Record<string, unknown>;

  /** The page was loaded as `type` says (a launch's first load is "navigate"). */
  function loadedBy(type: NavigationTimingType) {
    const navigation = { type } as PerformanceNavigationTiming;
    vi.spyOn(performance, "getEntriesByType").mockImplementation((kind) => (kind === "navigation" ? [navigation] : []));
  }

  afterEach(() => {
    vi.restoreAllMocks();
    delete globals[FIRST_SCREEN_GLOBAL];
  });

  it("draws home from it in the first render, asking for neither the status nor the list", () => {
    globals[FIRST_SCREEN_GLOBAL] = handed;
    loadedBy("navigate");
    render(App);
    expect(screen.getAllByTestId("workshop-row").length).toBe(1);
    expect(screen.getByText("Harbourline Logistics")).toBeTruthy();
    // Its status is the one used: days written month first.
    expect(screen.getByText("Mar 2, 2026")).toBeTruthy();
    expect(calls).not.toContain("app_status");
    expect(calls).not.toContain("workshop_page");
    expect(globals[FIRST_SCREEN_GLOBAL], "taken once").toBeUndefined();
  });

  it("asks afresh after a reload, when what was handed over may be old", async () => {
    globals[FIRST_SCREEN_GLOBAL] = handed;
    loadedBy("reload");
    render(App);
    await waitFor(() => expect(screen.getByText(/No workshops yet/i)).toBeTruthy());
    expect(calls).toContain("app_status");
    expect(calls).toContain("workshop_page");
    expect(screen.queryByText("Harbourline Logistics")).toBeNull();
  });
});
