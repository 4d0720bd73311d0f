// Two edits of one record within the save delay must both arrive, and a reply
// that lands while the user goes on typing must never undo a keystroke. Each
// test types as fast as a keyboard can (no pause between the two edits) into
// a screen backed by a fake store, then reads what the store holds.
import { fireEvent, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";

import { miniWorkshop } from "../test/fixtures";
import { DELAY_MS, openStep } from "../test/openStep";
import BriefCard from "./BriefCard.svelte";
import CharterStep from "./CharterStep.svelte";
import CurrentStateStep from "./CurrentStateStep.svelte";
import FindingsCard from "./FindingsCard.svelte";
import InitiativeEditor from "./roadmap/InitiativeEditor.svelte";
import RoadmapStep from "./RoadmapStep.svelte";
import SetUpStep from "./SetUpStep.svelte";
import TargetStateStep from "./TargetStateStep.svelte";
import VisionMissionStep from "./VisionMissionStep.svelte";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const noop = () => undefined;

describe("two quick edits of one record both arrive", () => {
  it("a phase's start and then its end", async () => {
    const { store, autosave } = openStep(RoadmapStep, {});
    await fireEvent.change(screen.getByLabelText("Quick wins starts"), { target: { value: "2026-06-01" } });
    await fireEvent.change(screen.getByLabelText("Quick wins ends"), { target: { value: "2026-08-31" } });
    await autosave.flush();
    expect(store.workshop.roadmap.phases[0]).toEqual({ kind: "quickWins", start: "2026-06-01", end: "2026-08-31" });
    // Every phase, in any order.
    await fireEvent.change(screen.getByLabelText("Optimisation ends"), { target: { value: "2027-12-31" } });
    await fireEvent.change(screen.getByLabelText("Optimisation starts"), { target: { value: "2027-06-01" } });
    await fireEvent.change(screen.getByLabelText("Foundation starts"), { target: { value: "2026-09-01" } });
    await autosave.flush();
    expect(store.workshop.roadmap.phases[3]).toEqual({ kind: "optimisation", start: "2027-06-01", end: "2027-12-31" });
    expect(store.workshop.roadmap.phases[1]?.start).toBe("2026-09-01");
    expect(store.workshop.roadmap.phases[0]?.end).toBe("2026-08-31");
  });

  it("an initiative's start and end, title and owner", async () => {
    const workshop = miniWorkshop();
    const initiative = {
      id: "ini-1",
      title: "Old",
      description: "",
      practices: [],
      owner: "",
      start: null,
      end: null,
      phase: null,
      effort: null,
      status: "planned" as const,
      dependencies: [],
      milestone: false,
      raisesTo: null,
    };
    workshop.roadmap.initiatives = [initiative];
    const { store, autosave } = openStep(InitiativeEditor, { initiative, ondelete: noop, onclose: noop }, workshop);
    // Days are typed as people write them and count when the field is left.
    await fireEvent.change(screen.getByTestId("initiative-start"), { target: { value: "1 Jun 2026" } });
    await fireEvent.change(screen.getByTestId("initiative-end"), { target: { value: "15/7/2026" } });
    await fireEvent.input(screen.getByTestId("initiative-title"), { target: { value: "New" } });
    await fireEvent.input(screen.getByLabelText("Owner"), { target: { value: "Ravi" } });
    await autosave.flush();
    expect(store.workshop.roadmap.initiatives[0]).toMatchObject({ title: "New", owner: "Ravi", start: "2026-06-01", end: "2026-07-15" });
  });

  it("the engagement's organisation and then its title", async () => {
    const { store, autosave } = openStep(SetUpStep, { onundo: noop });
    await fireEvent.input(screen.getByLabelText(/^Organisation/), { target: { value: "Northwind" } });
    await fireEvent.input(screen.getByLabelText(/^Workshop title/), { target: { value: "Kick-off" } });
    await autosave.flush();
    expect(store.workshop.setUp).toMatchObject({ organisation: "Northwind", title: "Kick-off" });
  });

  it("a participant's name and then their role", async () => {
    const { store, autosave } = openStep(SetUpStep, { onundo: noop });
    const row = document.querySelector<HTMLElement>('[data-participant="p1"]')!;
    const [name, role] = [...row.querySelectorAll("input")];
    await fireEvent.input(name!, { target: { value: "Ada L." } });
    await fireEvent.input(role!, { target: { value: "CTO" } });
    await autosave.flush();
    expect(store.workshop.participants[0]).toMatchObject({ name: "Ada L.", role: "CTO" });
  });

  it("a practice's level, confidence and evidence", async () => {
    const { store, autosave } = openStep(CurrentStateStep, { go: noop });
    const pane = screen.getByTestId("practice-pane");
    await fireEvent.keyDown(pane, { key: "2" });
    await fireEvent.click(screen.getByRole("button", { name: "High" }));
    await fireEvent.input(screen.getByLabelText("Evidence"), { target: { value: "Runbook shown" } });
    await autosave.flush();
    expect(store.workshop.assessment.practices[0]).toMatchObject({ current: 2, confidence: "high", evidence: "Runbook shown" });
  });

  it("a target and then its priority", async () => {
    const { store, autosave } = openStep(TargetStateStep, { go: noop });
    const row = document.querySelector<HTMLElement>('[data-target-practice="beta"]')!;
    row.querySelector("button")!.focus();
    await fireEvent.keyDown(row.querySelector("button")!, { key: "4" });
    await fireEvent.keyDown(row.querySelector("button")!, { key: "h" });
    await autosave.flush();
    expect(store.workshop.assessment.practices[1]).toMatchObject({ target: 4, priority: "high" });
  });

  it("the vision and then the mission", async () => {
    const { store, autosave } = openStep(VisionMissionStep, { go: noop });
    await fireEvent.input(screen.getByTestId("vision"), { target: { value: "One front door" } });
    await fireEvent.input(screen.getByTestId("mission"), { target: { value: "We run it" } });
    await autosave.flush();
    expect(store.workshop.charter.vision).toMatchObject({ vision: "One front door", mission: "We run it" });
  });

  it("a charter section's two fields", async () => {
    const { store, autosave } = openStep(CharterStep, {});
    await fireEvent.input(screen.getByLabelText("Purpose"), { target: { value: "Why" } });
    await fireEvent.input(screen.getByLabelText("Background"), { target: { value: "Because" } });
    await autosave.flush();
    expect(store.workshop.charter.purpose).toEqual({ purpose: "Why", background: "Because" });
  });
});

describe("two quick edits of a finding or a brief both arrive", () => {
  it("a practice's strengths and then its weaknesses", async () => {
    const practices = [{ practiceId: "alpha", name: "Alpha" }];
    const { store, autosave } = openStep(FindingsCard, { practices });
    await fireEvent.input(screen.getByTestId("findings-strengths"), { target: { value: "An owner" } });
    await fireEvent.input(screen.getByTestId("findings-weaknesses"), { target: { value: "No register" } });
    await autosave.flush();
    expect(store.workshop.assessment.practices[0]).toMatchObject({ strengths: "An owner", weaknesses: "No register" });
  });

  it("a brief's decisions and then its version", async () => {
    const titles = [{ kind: "assessment" as const, title: "Assessment report" }];
    const { store, autosave } = openStep(BriefCard, { titles });
    await fireEvent.input(screen.getByLabelText("Decisions requested"), { target: { value: "Approve" } });
    await fireEvent.input(screen.getByTestId("brief-version"), { target: { value: "1.0" } });
    await autosave.flush();
    expect(store.workshop.briefs.assessment.decisions).toEqual(["Approve"]);
    expect(store.workshop.briefs.assessment.control.version).toBe("1.0");
  });
});

describe("a reply never undoes what was typed after it was sent", () => {
  it("evidence typed while the previous save is on its way", async () => {
    const { store, autosave } = openStep(CurrentStateStep, { go: noop });
    store.latencyMs = DELAY_MS * 2;
    const box = screen.getByLabelText<HTMLTextAreaElement>("Evidence");
    await fireEvent.input(box, { target: { value: "Runbook" } });
    await pause(DELAY_MS + 10); // the first save is now in flight
    await fireEvent.input(box, { target: { value: "Runbook and wiki" } });
    await pause(DELAY_MS * 2 + 10); // its reply lands
    expect(box.value).toBe("Runbook and wiki");
    await autosave.flush();
    expect(box.value).toBe("Runbook and wiki");
    expect(store.workshop.assessment.practices[0]?.evidence).toBe("Runbook and wiki");
  });

  it("a phase's end set while the start's save is on its way", async () => {
    const { store, autosave } = openStep(RoadmapStep, {});
    store.latencyMs = DELAY_MS * 2;
    const start = screen.getByLabelText<HTMLInputElement>("Expansion starts");
    const end = screen.getByLabelText<HTMLInputElement>("Expansion ends");
    await fireEvent.change(start, { target: { value: "2027-01-01" } });
    await pause(DELAY_MS + 10);
    await fireEvent.change(end, { target: { value: "2027-06-30" } });
    await pause(DELAY_MS * 2 + 10);
    expect([start.value, end.value]).toEqual(["1 Jan 2027", "30 Jun 2027"]);
    await autosave.flush();
    expect(store.workshop.roadmap.phases[2]).toEqual({ kind: "expansion", start: "2027-01-01", end: "2027-06-30" });
  });

  it("a brief's next steps typed while its decisions' save is on its way", async () => {
    const titles = [{ kind: "charter" as const, title: "Charter" }];
    const { store, autosave } = openStep(BriefCard, { titles });
    store.latencyMs = DELAY_MS * 2;
    const decisions = screen.getByLabelText<HTMLTextAreaElement>("Decisions requested");
    const steps = screen.getByLabelText<HTMLTextAreaElement>("Next steps");
    await fireEvent.input(decisions, { target: { value: "Approve" } });
    await pause(DELAY_MS + 10);
    await fireEvent.input(steps, { target: { value: "Launch" } });
    await pause(DELAY_MS * 2 + 10);
    expect([decisions.value, steps.value]).toEqual(["Approve", "Launch"]);
    await autosave.flush();
    expect(store.workshop.briefs.charter).toMatchObject({ decisions: ["Approve"], nextSteps: ["Launch"] });
  });

  it("the engagement's title typed while the organisation's save is on its way", async () => {
    const { store, autosave } = openStep(SetUpStep, { onundo: noop });
    store.latencyMs = DELAY_MS * 2;
    const organisation = screen.getByLabelText<HTMLInputElement>(/^Organisation/);
    const title = screen.getByLabelText<HTMLInputElement>(/^Workshop title/);
    await fireEvent.input(organisation, { target: { value: "Northwind" } });
    await pause(DELAY_MS + 10);
    await fireEvent.input(title, { target: { value: "Kick-off" } });
    await pause(DELAY_MS * 2 + 10);
    expect([organisation.value, title.value]).toEqual(["Northwind", "Kick-off"]);
    await autosave.flush();
    expect(store.workshop.setUp).toMatchObject({ organisation: "Northwind", title: "Kick-off" });
  });
});
