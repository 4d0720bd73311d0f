// The app frame: menu bar commands reach the screen that carries them out,
// and files dragged over the window show where to drop them.
import { cleanup, render, screen, waitFor } from "@testing-library/svelte";
import { emit } from "@tauri-apps/api/event";
import { mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import App from "./App.svelte";
import type { About } from "./lib/ipc";
import { healthyStatus } from "./test/fixtures";

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
  mockIPC(
    (cmd) => {
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
        default:
          return null;
      }
    },
    { shouldMockEvents: true },
  );
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
    await emit("smo://menu", "about");
    expect(await screen.findByTestId("about-dialog")).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId("about-schema").textContent).toBe("10"));

    await emit("smo://menu", "newWorkshop");
    expect(await screen.findByRole("heading", { name: "New workshop" })).toBeTruthy();

    await emit("smo://menu", "zoomIn");
    await waitFor(() => expect(calls).toContain("set_zoom"));
  });

  it("shows where to drop files dragged over the window, and hides it when they leave", async () => {
    render(App);
    await waitFor(() => expect(calls).toContain("app_status"));
    await emit("smo://files-dragged", 2);
    expect(await screen.findByText("Drop the 2 workshop files to import them")).toBeTruthy();
    await emit("smo://files-dragged", 0);
    await waitFor(() => expect(screen.queryByText(/Drop the/)).toBeNull());
  });
});
