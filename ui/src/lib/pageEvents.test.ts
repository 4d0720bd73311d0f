// How the page hears the shell: one waiting `next_page_events` call, each
// reply's events handed to the handlers of their kind, in order.
import { mockIPC } from "@tauri-apps/api/mocks";
import { describe, expect, it, vi } from "vitest";

import { nextPageEvents, sendPageEvent } from "../test/pageEvents";
import { onFilesDragged, onMenuCommand } from "./ipc";

describe("page events", () => {
  it("hands each event to the handlers of its kind, in order, with one call waiting at a time", async () => {
    let calls = 0;
    mockIPC((cmd) => {
      if (cmd !== "next_page_events") throw new Error(`unexpected ${cmd}`);
      calls += 1;
      return nextPageEvents();
    });
    const menu: string[] = [];
    const dragged: number[] = [];
    const stopMenu = await onMenuCommand((command) => menu.push(command));
    await onFilesDragged((count) => dragged.push(count));
    await vi.waitFor(() => expect(calls).toBe(1));

    await sendPageEvent({ kind: "menu", payload: "about" });
    await sendPageEvent({ kind: "filesDragged", payload: 2 });
    await sendPageEvent({ kind: "menu", payload: "zoomIn" });
    expect(menu).toEqual(["about", "zoomIn"]);
    expect(dragged).toEqual([2]);
    // Asked again after each reply, never twice at once.
    expect(calls).toBe(4);

    stopMenu();
    await sendPageEvent({ kind: "menu", payload: "zoomOut" });
    await sendPageEvent({ kind: "filesDragged", payload: 0 });
    expect(menu).toEqual(["about", "zoomIn"]);
    expect(dragged).toEqual([2, 0]);
  });

  it("goes on handing events over when a handler throws", async () => {
    mockIPC(() => nextPageEvents());
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const heard: string[] = [];
    const stopThrowing = await onMenuCommand(() => {
      throw new Error("broken handler");
    });
    const stopHearing = await onMenuCommand((command) => heard.push(command));
    await sendPageEvent({ kind: "menu", payload: "about" });
    await sendPageEvent({ kind: "menu", payload: "newWorkshop" });
    expect(heard).toEqual(["about", "newWorkshop"]);
    expect(error).toHaveBeenCalledTimes(2);
    stopThrowing();
    stopHearing();
    error.mockRestore();
  });
});
