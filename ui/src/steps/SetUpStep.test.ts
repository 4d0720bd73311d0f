// Set up: the cursor on opening, removing a participant with their votes, and what its first frame draws.
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";

import { Autosave } from "../lib/autosave.svelte";
import { rowsThatFit } from "../lib/firstFrame.svelte";
import { notices } from "../lib/notices.svelte";
import { FakeStore } from "../test/fakeStore";
import { miniWorkshop } from "../test/fixtures";
import SetUpStep, { PARTICIPANT_ROW_REM } from "./SetUpStep.svelte";
import source from "./SetUpStep.svelte?raw";

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

describe("Set up's first frame", () => {
  const people = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: `Person ${i}`, role: "", area: "" }));
  const rows = () => document.querySelectorAll('[data-testid="participant-row"]').length;
  const scopeCard = () => document.querySelector('[data-testid="scope-count"]');
  const agendaCard = () => document.querySelector('[data-testid="agenda-card"]');

  it("draws the rows a window can show first, and the rest and the cards below them a frame later", async () => {
    const w = miniWorkshop({ participants: people(40) });
    new FakeStore(w);
    const height = window.innerHeight;
    window.innerHeight = 300;
    try {
      render(SetUpStep, { props: { workshop: w, autosave: new Autosave(10), onchange: () => undefined, onundo: () => undefined } });
      const first = rowsThatFit(PARTICIPANT_ROW_REM, 300);
      expect(first).toBeLessThan(40);
      expect(rows()).toBe(first);
      expect(scopeCard()).toBeNull();
      expect(agendaCard()).toBeNull();
      expect(screen.getByTestId("participant-count").textContent).toBe("40 people");
      await waitFor(() => expect(rows()).toBe(40));
      expect(scopeCard()).not.toBeNull();
      expect(agendaCard()).not.toBeNull();
    } finally {
      window.innerHeight = height;
    }
  });

  it("draws everything at once when the list fits in the window", () => {
    const w = miniWorkshop({ participants: people(5) });
    new FakeStore(w);
    render(SetUpStep, { props: { workshop: w, autosave: new Autosave(10), onchange: () => undefined, onundo: () => undefined } });
    expect(rows()).toBe(5);
    expect(scopeCard()).not.toBeNull();
    expect(agendaCard()).not.toBeNull();
  });

  it("keeps a skipped row as tall as the least row it counts with", () => {
    const height = /\.participants\s*\{[^}]*--skipped-height:\s*([\d.]+)rem/.exec(source);
    expect(Number(height?.[1])).toBe(PARTICIPANT_ROW_REM);
  });
});
