// The app frame: menu bar commands reach the screen that carries them out,
// and files dragged over the window show where to drop them.
import { cleanup, render, screen, waitFor } from "@testing-library/svelte";
import { mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import App from "./App.svelte";
import type { About, FirstScreen } from "./lib/ipc";
import { FIRST_SCREEN_GLOBAL } from "./lib/generated/ipc-types";
import { healthyStatus, miniWorkshop } from "./test/fixtures";
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

describe("opening a workshop from home", () => {
  const listed = {
    id: "w1",
    organisation: "Harbourline Logistics",
    title: "SMO charter",
    startDate: "2026-03-02",
    endDate: null,
    participantCount: 2,
    progress: { steps: [] },
    round: [1, "Baseline"],
    kpisNextDue: null,
    updatedAt: "2026-03-09T10:00:00Z",
  };

  it("reads the workshop before showing it: drawn once, complete, never an empty frame first", async () => {
    const workshop = miniWorkshop({ id: "w1" });
    workshop.setUp.title = "SMO charter";
    let reply: (() => void) | null = null;
    mockIPC((cmd) => {
      calls.push(cmd);
      switch (cmd) {
        case "app_status":
          return status;
        case "workshop_page":
          return { total: 1, matching: 1, workshops: [listed] };
        case "get_workshop":
          return new Promise((resolve) => (reply = () => resolve(workshop)));
        case "next_page_events":
          return nextPageEvents();
        default:
          return null;
      }
    });
    render(App);
    const open = await screen.findByTitle("Open SMO charter for Harbourline Logistics");
    const loading: string[] = [];
    const watch = new MutationObserver(() => {
      if (document.body.textContent?.includes("Opening the workshop")) loading.push("seen");
    });
    watch.observe(document.body, { childList: true, subtree: true, characterData: true });
    open.click();
    await waitFor(() => expect(reply).not.toBeNull(), { timeout: 10_000 });
    // Home stays until the workshop is read.
    expect(screen.getByTitle("Open SMO charter for Harbourline Logistics")).toBeTruthy();
    reply!();
    // (The first open also loads the workshop's screens: slow under Vitest.)
    expect(await screen.findByRole("heading", { name: "Set up" }, { timeout: 10_000 })).toBeTruthy();
    watch.disconnect();
    expect(loading, 'no "Opening the workshop…" frame').toEqual([]);
    expect(calls.filter((c) => c === "get_workshop")).toEqual(["get_workshop"]);
    expect(window.location.hash).toBe("#/w/w1");
  });

  it("asks for the workshop itself when it is reached by its address", async () => {
    const workshop = miniWorkshop({ id: "w1" });
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === "app_status") return status;
      if (cmd === "get_workshop") return workshop;
      if (cmd === "next_page_events") return nextPageEvents();
      return null;
    });
    window.location.hash = "#/w/w1/current-state";
    render(App);
    expect(await screen.findByRole("heading", { name: "Current state" }, { timeout: 10_000 })).toBeTruthy();
    expect(calls.filter((c) => c === "get_workshop")).toEqual(["get_workshop"]);
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
