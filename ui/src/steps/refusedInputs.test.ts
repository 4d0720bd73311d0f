// A save the store refuses because of one input (a KPI's data source too
// long, an initiative ending before it starts) marks that very input and
// says why beside it; a refusal that names no input is said at the top.
import { fireEvent, screen, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";

import type { AppError, Initiative } from "../lib/ipc";
import { miniWorkshop } from "../test/fixtures";
import { openStep } from "../test/openStep";
import CharterStep from "./CharterStep.svelte";
import InitiativeEditor from "./roadmap/InitiativeEditor.svelte";
import RoadmapStep from "./RoadmapStep.svelte";

const noop = () => undefined;

const refusal = (message: string, row: string | null, input: string): AppError => ({
  code: "invalidInput",
  message,
  field: null,
  place: { row, input },
});

const alerts = (text: string) => screen.queryAllByRole("alert").filter((a) => a.textContent?.trim() === text);

describe("a refused input is marked where it is", () => {
  it("a KPI row's data source, among two KPIs", async () => {
    const workshop = miniWorkshop();
    const kpi = (id: string, name: string) => ({
      id,
      name,
      definition: "",
      baseline: "",
      target: "",
      frequency: "",
      owner: "",
      dataSource: "",
      objectiveId: null,
    });
    workshop.charter.kpis = [kpi("kpi-a", "First"), kpi("kpi-b", "Second")];
    const { store, autosave } = openStep(CharterStep, { section: "kpis" }, workshop);
    const message = "Data source is 501 characters long; at most 500 are allowed";
    store.refuse = (cmd) => (cmd === "update_charter" ? refusal(message, "kpi-b", "dataSource") : null);

    const second = document.querySelector<HTMLElement>('[data-row="kpi-b"]')!;
    const source = within(second).getByLabelText("Data source");
    await fireEvent.input(source, { target: { value: "x".repeat(501) } });
    await autosave.flush();

    expect(source.getAttribute("aria-invalid")).toBe("true");
    expect(alerts(message)).toHaveLength(1);
    expect(source.closest("label")!.textContent).toContain(message);
    // Nothing else is marked: not the first row's data source, not the second's name.
    const first = document.querySelector<HTMLElement>('[data-row="kpi-a"]')!;
    expect(within(first).getByLabelText("Data source").getAttribute("aria-invalid")).toBeNull();
    expect(within(second).getByLabelText("KPI").getAttribute("aria-invalid")).toBeNull();
    expect(document.querySelectorAll('[aria-invalid="true"]')).toHaveLength(1);

    // Once a save is accepted the mark goes.
    store.refuse = () => null;
    await fireEvent.input(source, { target: { value: "Service desk tool" } });
    await autosave.flush();
    expect(source.getAttribute("aria-invalid")).toBeNull();
    expect(alerts(message)).toHaveLength(0);
  });

  it("a section's own input, and a refusal naming none at the top", async () => {
    const { store, autosave } = openStep(CharterStep, { section: "purpose" });
    store.refuse = () => refusal("Background contains a control character (code 0x07)", null, "background");
    await fireEvent.input(screen.getByLabelText("Background"), { target: { value: "bell \u0007" } });
    await autosave.flush();
    expect(screen.getByLabelText("Background").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByLabelText("Purpose").getAttribute("aria-invalid")).toBeNull();
    expect(alerts("Background contains a control character (code 0x07)")).toHaveLength(1);

    store.refuse = () => ({ code: "storage", message: "The disk is full", field: null, place: null });
    await fireEvent.input(screen.getByLabelText("Purpose"), { target: { value: "Why" } });
    await autosave.flush();
    expect(alerts("The disk is full")).toHaveLength(1);
    expect(document.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);
  });

  it("an initiative's end before its start marks the end", async () => {
    const workshop = miniWorkshop();
    const initiative: Initiative = {
      id: "ini-1",
      title: "Drills",
      description: "",
      practices: [],
      owner: "",
      start: "2026-06-01",
      end: null,
      phase: null,
      effort: null,
      status: "planned",
      dependencies: [],
      milestone: false,
      raisesTo: null,
    };
    workshop.roadmap.initiatives = [initiative];
    const { store, autosave } = openStep(InitiativeEditor, { initiative, ondelete: noop, onclose: noop }, workshop);
    store.refuse = () => refusal("The end date is before the start date", "ini-1", "end");
    await fireEvent.change(screen.getByTestId("initiative-end"), { target: { value: "1 May 2026" } });
    await autosave.flush();
    expect(screen.getByTestId("initiative-end").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByTestId("initiative-start").getAttribute("aria-invalid")).toBe("false");
    expect(screen.getByTestId("initiative-error-end").textContent).toBe("The end date is before the start date");
    expect(screen.queryByTestId("initiative-error")).toBeNull();
  });

  it("a phase's end before its start marks that phase's end", async () => {
    const { store, autosave } = openStep(RoadmapStep, {});
    store.refuse = (cmd) => (cmd === "set_phase" ? refusal("The end date is before the start date", "foundation", "end") : null);
    await fireEvent.change(screen.getByLabelText("Foundation starts"), { target: { value: "2026-09-01" } });
    await autosave.flush();
    expect(screen.getByLabelText("Foundation ends").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByLabelText("Foundation starts").getAttribute("aria-invalid")).toBe("false");
    expect(screen.getByLabelText("Quick wins ends").getAttribute("aria-invalid")).toBe("false");
  });
});
