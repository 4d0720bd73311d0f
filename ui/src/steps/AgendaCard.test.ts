// Set up's agenda: a default plan in one click, minutes edited and saved,
// a plan replaced only when confirmed.
import { fireEvent, screen, waitFor } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";

import { miniWorkshop } from "../test/fixtures";
import { openStep } from "../test/openStep";
import AgendaCard from "./AgendaCard.svelte";

describe("Agenda", () => {
  it("starts from a plan, saves edited minutes, and asks before replacing the plan", async () => {
    const { store, autosave } = openStep(AgendaCard, {}, miniWorkshop());
    await fireEvent.click(screen.getByTestId("two-day-plan"));
    await waitFor(() => expect(document.querySelectorAll("[data-agenda-item]")).toHaveLength(3));
    expect(store.callsOf("use_agenda_template")).toEqual([{ workshopId: "w1", length: "twoDays" }]);

    const minutes = screen.getByLabelText("Planned minutes of Current state");
    await fireEvent.input(minutes, { target: { value: "45" } });
    await autosave.flush();
    const saved = store.callsOf("replan_agenda").at(-1)!;
    expect((saved.items as { plannedMinutes: number }[]).map((i) => i.plannedMinutes)).toEqual([30, 45, 30]);
    expect(saved.practiceMinutes).toBe(10);

    // Replacing a plan that is there asks first; keeping it changes nothing.
    await fireEvent.click(screen.getByText("One-day plan"));
    await fireEvent.click(await screen.findByText("Keep this agenda"));
    expect(store.callsOf("use_agenda_template")).toHaveLength(1);
    await fireEvent.click(screen.getByText("One-day plan"));
    await fireEvent.click(await screen.findByText("Replace it"));
    await waitFor(() => expect(store.callsOf("use_agenda_template")).toHaveLength(2));
  });
});
