// What executives read beyond the data, captured where it belongs: findings
// and recommendations on Gap analysis, each document's brief on Export.
import { fireEvent, render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";

import { Autosave } from "../lib/autosave.svelte";
import type { AppError } from "../lib/ipc";
import { FakeStore } from "../test/fakeStore";
import { miniWorkshop } from "../test/fixtures";
import BriefCard from "./BriefCard.svelte";
import FindingsCard from "./FindingsCard.svelte";

const practices = [
  { practiceId: "beta", name: "Beta" },
  { practiceId: "alpha", name: "Alpha" },
];

const titles = [
  { kind: "assessment" as const, title: "Assessment report" },
  { kind: "charter" as const, title: "Charter" },
  { kind: "roadmap" as const, title: "Roadmap" },
];

describe("Findings and recommendations", () => {
  it("are typed per practice, saved on their own, and a drafted recommendation is taken on request", async () => {
    const workshop = miniWorkshop();
    const store = new FakeStore(workshop);
    store.recommendationDrafts = [{ practiceId: "beta", text: "Move from level 1 (Initial) to level 2 (Repeatable): beta at level 2." }];
    const autosave = new Autosave(10);
    render(FindingsCard, { props: { workshop, autosave, onchange: () => undefined, practices } });
    // The largest gap first.
    expect(screen.getByTestId<HTMLSelectElement>("findings-practice").value).toBe("beta");
    await fireEvent.input(screen.getByTestId("findings-weaknesses"), { target: { value: "Three tools" } });
    const draft = await screen.findByTestId("findings-draft");
    expect(draft.textContent).toContain("beta at level 2.");
    await fireEvent.click(screen.getByRole("button", { name: "Use this draft" }));
    await autosave.flush();
    const beta = store.workshop.assessment.practices.find((p) => p.practiceId === "beta")!;
    expect(beta.weaknesses).toBe("Three tools");
    expect(beta.recommendation).toBe("Move from level 1 (Initial) to level 2 (Repeatable): beta at level 2.");
    // Taken: the offer goes; another practice starts empty and is saved apart.
    expect(screen.queryByTestId("findings-draft")).toBeNull();
    await fireEvent.change(screen.getByTestId("findings-practice"), { target: { value: "alpha" } });
    expect(screen.getByTestId<HTMLTextAreaElement>("findings-weaknesses").value).toBe("");
    await fireEvent.input(screen.getByTestId("findings-strengths"), { target: { value: "An owner" } });
    await autosave.flush();
    expect(store.workshop.assessment.practices.find((p) => p.practiceId === "alpha")!.strengths).toBe("An owner");
    expect(beta.weaknesses).toBe("Three tools");
  });
});

describe("A document's brief", () => {
  it("is drafted into the empty lists only, edited line by line and saved with its control block", async () => {
    const workshop = miniWorkshop();
    workshop.briefs.charter.decisions = ["Approve the charter."];
    const store = new FakeStore(workshop);
    store.briefDraft = { decisions: ["Drafted decision"], keyMessages: ["Drafted message"], nextSteps: ["Drafted step"] };
    const autosave = new Autosave(10);
    render(BriefCard, { props: { workshop, autosave, onchange: () => undefined, titles } });
    // The assessment report's brief is blank: its export uses a draft, and says so.
    expect(screen.getByTestId("brief-blank").textContent).toContain("the export leads with a draft");
    await fireEvent.click(screen.getByRole("button", { name: "Charter" }));
    expect(screen.queryByTestId("brief-blank")).toBeNull();
    await fireEvent.click(screen.getByTestId("brief-draft"));
    await autosave.flush();
    const charter = store.workshop.briefs.charter;
    // What was written stays; the empty lists take the draft.
    expect(charter.decisions).toEqual(["Approve the charter."]);
    expect(charter.keyMessages).toEqual(["Drafted message"]);
    expect(charter.nextSteps).toEqual(["Drafted step"]);
    const messages = screen.getByLabelText<HTMLTextAreaElement>("Key findings");
    expect(messages.value).toBe("Drafted message");
    await fireEvent.input(messages, { target: { value: "First\n\n  Second  " } });
    await fireEvent.input(screen.getByTestId("brief-version"), { target: { value: "1.0" } });
    await fireEvent.change(screen.getByTestId("brief-classification"), { target: { value: "internal" } });
    await autosave.flush();
    expect(store.workshop.briefs.charter.keyMessages).toEqual(["First", "Second"]);
    expect(store.workshop.briefs.charter.control.version).toBe("1.0");
    expect(store.workshop.briefs.charter.control.classification).toBe("internal");
    // The other documents' briefs are untouched.
    expect(store.workshop.briefs.assessment.keyMessages).toEqual([]);
  });

  it("a refused list is marked at that list with the store's words", async () => {
    const workshop = miniWorkshop();
    const store = new FakeStore(workshop);
    const refusal: AppError = {
      code: "invalidInput",
      message: "A next step is 600 characters long; at most 500 are allowed",
      field: null,
      place: { row: null, input: "nextSteps" },
    };
    store.refuse = (cmd) => (cmd === "update_brief" ? refusal : null);
    const autosave = new Autosave(10);
    render(BriefCard, { props: { workshop, autosave, onchange: () => undefined, titles } });
    const steps = screen.getByLabelText<HTMLTextAreaElement>("Next steps");
    await fireEvent.input(steps, { target: { value: "x".repeat(600) } });
    await autosave.flush().catch(() => undefined);
    expect(await screen.findByText(refusal.message)).toBeTruthy();
    expect(steps.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByLabelText("Key findings").getAttribute("aria-invalid")).toBeNull();
  });
});

describe("The client's logo", () => {
  it("is chosen through the app's own dialog, said by its size, and removed", async () => {
    const workshop = miniWorkshop();
    const store = new FakeStore(workshop);
    const autosave = new Autosave(10);
    const { rerender } = render(BriefCard, {
      props: { workshop, autosave, onchange: (w) => void rerender({ workshop: w }), titles },
    });
    expect(screen.getByTestId("logo").textContent).toContain("None");
    await fireEvent.click(screen.getByTestId("logo-choose"));
    expect(await screen.findByText(/a PNG of 160 × 48 pixels/)).toBeTruthy();
    // No path crosses from the page: the command names only the workshop.
    expect(store.callsOf("choose_logo")).toEqual([{ workshopId: workshop.id }]);
    await fireEvent.click(screen.getByTestId("logo-remove"));
    expect(await screen.findByText(/None: the covers carry/)).toBeTruthy();
    expect(store.workshop.logo).toBeNull();
  });
});
