// Set up: the cursor on opening, and removing a participant with their votes.
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";

import { Autosave } from "../lib/autosave.svelte";
import { notices } from "../lib/notices.svelte";
import { FakeStore } from "../test/fakeStore";
import { miniWorkshop } from "../test/fixtures";
import SetUpStep from "./SetUpStep.svelte";

describe("Set up", () => {
  it("opens with the cursor in the first field still empty", async () => {
    const w = miniWorkshop();
    w.setUp.sponsor = "";
    new FakeStore(w);
    render(SetUpStep, { props: { workshop: w, autosave: new Autosave(10), onchange: () => undefined, onundo: () => undefined } });
    await waitFor(() => expect((document.activeElement as HTMLInputElement | null)?.name).toBe("sponsor"));
  });

  it("removing a participant says how many votes went with them and offers Undo", async () => {
    const w = miniWorkshop();
    w.assessment.practices[0]!.votes = [
      { participantId: "p1", level: 2 },
      { participantId: "p2", level: 3 },
    ];
    w.assessment.practices[2]!.votes = [{ participantId: "p1", level: 4 }];
    new FakeStore(w);
    let undone = 0;
    render(SetUpStep, { props: { workshop: w, autosave: new Autosave(10), onchange: () => undefined, onundo: () => (undone += 1) } });
    await fireEvent.click(screen.getByRole("button", { name: "Remove Ada" }));
    await waitFor(() => expect(notices.items.at(-1)?.text).toBe("Removed Ada and their 2 votes."));
    const notice = notices.items.at(-1)!;
    expect(notice.action?.label).toBe("Undo");
    notice.action?.run();
    expect(undone).toBe(1);
  });
});
