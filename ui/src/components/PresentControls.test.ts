// Presenting from the keyboard: F5 opens the presenter (a window of its own
// with one screen, the chosen screen with two), B blanks, F freezes, Esc
// stops; each reaches the shell as the command behind it.
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, describe, expect, it } from "vitest";

import { room } from "../lib/room.svelte";
import { FakeStore } from "../test/fakeStore";
import { miniWorkshop } from "../test/fixtures";
import PresentControls from "./PresentControls.svelte";

afterEach(async () => {
  if (room.presenting) await room.close();
});

describe("Present", () => {
  it("F5, B, F and Esc drive the presenter window", async () => {
    const store = new FakeStore(miniWorkshop());
    render(PresentControls);
    room.show({ kind: "step", workshopId: "w1", step: "charter" });
    await fireEvent.keyDown(window, { key: "F5" });
    await waitFor(() => expect(screen.getByTestId("present-controls").dataset.mode).toBe("following"));
    expect(store.callsOf("open_presenter")).toEqual([{ monitor: null }]);
    // The focus already shown goes to the new window at once.
    await waitFor(() => expect(store.presented.at(-1)).toEqual({ kind: "step", workshopId: "w1", step: "charter" }));

    await fireEvent.keyDown(window, { key: "b" });
    await waitFor(() => expect(screen.getByTestId("present-controls").dataset.mode).toBe("blank"));
    await fireEvent.keyDown(window, { key: "b" });
    await fireEvent.keyDown(window, { key: "f" });
    await waitFor(() => expect(screen.getByTestId("present-controls").dataset.mode).toBe("frozen"));
    expect(store.callsOf("set_presenter_mode").map((c) => c.mode)).toEqual(["following", "blank", "following", "frozen"]);

    // Typing in a field is typing, not a shortcut.
    const field = document.createElement("input");
    document.body.append(field);
    await fireEvent.keyDown(field, { key: "b" });
    expect(store.callsOf("set_presenter_mode")).toHaveLength(4);
    field.remove();

    await fireEvent.keyDown(window, { key: "Escape" });
    await waitFor(() => expect(screen.getByTestId("present-controls").dataset.mode).toBe("off"));
    expect(store.callsOf("close_presenter")).toHaveLength(1);
  });

  it("with two screens, Present asks which one and opens full screen there", async () => {
    const store = new FakeStore(miniWorkshop());
    store.monitors = [
      { index: 0, name: "Built-in display", width: 1920, height: 1080, hasMainWindow: true, lastUsed: false },
      { index: 1, name: "Projector", width: 1024, height: 768, hasMainWindow: false, lastUsed: false },
    ];
    render(PresentControls);
    await fireEvent.click(screen.getByTestId("present"));
    const choice = await screen.findByRole("menuitem", { name: /Projector · 1024×768/ });
    expect(screen.getByRole("menuitem", { name: /Built-in display.*\(this screen\)/ })).toBeTruthy();
    await fireEvent.click(choice);
    await waitFor(() => expect(store.callsOf("open_presenter")).toEqual([{ monitor: 1 }]));
  });

  it("F5 goes to the screen used last time when it is connected", async () => {
    const store = new FakeStore(miniWorkshop());
    store.monitors = [
      { index: 0, name: "Built-in display", width: 1920, height: 1080, hasMainWindow: true, lastUsed: false },
      { index: 1, name: "Confidence monitor", width: 1280, height: 720, hasMainWindow: false, lastUsed: false },
      { index: 2, name: "Projector", width: 1024, height: 768, hasMainWindow: false, lastUsed: true },
    ];
    render(PresentControls);
    await fireEvent.keyDown(window, { key: "F5" });
    await waitFor(() => expect(store.callsOf("open_presenter")).toEqual([{ monitor: 2 }]));
    await room.close();

    // Gone (or the main window is on it now): the first other screen.
    store.monitors = store.monitors.map((m) => (m.index === 2 ? { ...m, hasMainWindow: true } : m));
    await fireEvent.keyDown(window, { key: "F5" });
    await waitFor(() => expect(store.callsOf("open_presenter").at(-1)).toEqual({ monitor: 1 }));
  });
});
