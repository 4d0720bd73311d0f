// The improvement register: a status offers only the moves the register
// allows (smo-core's rule, generated), only an approved idea not yet made an
// initiative offers "Make initiative", and making one sends the idea with a
// new initiative id and shows the link the store replies with.
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { mockIPC } from "@tauri-apps/api/mocks";
import { describe, expect, it } from "vitest";

import { Autosave } from "../../lib/autosave.svelte";
import type { Idea, Workshop } from "../../lib/ipc";
import { ideaWith, miniWorkshop } from "../../test/fixtures";
import RegisterTab from "./RegisterTab.svelte";

function withIdeas(ideas: Idea[]): Workshop {
  const w = miniWorkshop();
  return { ...w, followUp: { ...w.followUp, ideas } };
}

describe("Improvement register", () => {
  it("offers only the allowed moves and promotes an approved idea", async () => {
    let workshop = withIdeas([ideaWith("a", { status: "new" }), ideaWith("b", { status: "approved", description: "Phone into the CAB" })]);
    const asked: { cmd: string; args: Record<string, unknown> }[] = [];
    mockIPC((cmd, args) => {
      asked.push({ cmd, args: args as Record<string, unknown> });
      if (cmd === "promote_idea") {
        const a = args as { ideaId: string; initiativeId: string };
        workshop = {
          ...workshop,
          roadmap: {
            ...workshop.roadmap,
            initiatives: [
              ...workshop.roadmap.initiatives,
              {
                id: a.initiativeId,
                title: "Phone into the CAB",
                description: "",
                practices: [],
                owner: "",
                start: null,
                end: null,
                phase: null,
                effort: null,
                status: "planned",
                dependencies: [],
                milestone: false,
                raisesTo: null,
              },
            ],
          },
          followUp: {
            ...workshop.followUp,
            ideas: workshop.followUp.ideas.map((i) =>
              i.id === a.ideaId ? { ...i, status: "inProgress", initiativeId: a.initiativeId } : i,
            ),
          },
        };
        return workshop;
      }
      throw new Error(`unexpected ${cmd}`);
    });
    const changes: Workshop[] = [];
    const { rerender } = render(RegisterTab, {
      props: { workshop, autosave: new Autosave(10), onchange: (w: Workshop) => changes.push(w) },
    });

    const status = (id: string) =>
      [...screen.getByTestId(`idea-${id}`).querySelectorAll<HTMLOptionElement>('[data-testid="idea-status"] option')].map((o) => o.value);
    expect(status("a")).toEqual(["new", "assessed", "rejected"]);
    expect(status("b")).toEqual(["approved", "inProgress", "assessed", "rejected"]);
    expect(screen.getByTestId("idea-a").querySelector('[data-testid="promote-idea"]')).toBeNull();

    await fireEvent.click(screen.getByTestId("idea-b").querySelector<HTMLButtonElement>('[data-testid="promote-idea"]')!);
    await waitFor(() => expect(changes.length).toBe(1));
    const sent = asked.find((a) => a.cmd === "promote_idea")!.args;
    expect(sent.ideaId).toBe("b");
    expect(String(sent.initiativeId)).toMatch(/^ini-/);
    await rerender({ workshop: changes[0]!, autosave: new Autosave(10), onchange: (w: Workshop) => changes.push(w) });
    expect(screen.getByTestId("idea-b").textContent).toContain("Initiative: Phone into the CAB");
    expect(screen.getByTestId("idea-b").querySelector('[data-testid="promote-idea"]')).toBeNull();
  });

  it("filters by status and says when nothing matches", async () => {
    render(RegisterTab, {
      props: {
        workshop: withIdeas([ideaWith("a", { status: "new" }), ideaWith("b", { status: "done" })]),
        autosave: new Autosave(10),
        onchange: () => undefined,
      },
    });
    const filter = screen.getByTestId<HTMLSelectElement>("filter-status");
    await fireEvent.change(filter, { target: { value: "done" } });
    await waitFor(() => expect(screen.queryByTestId("idea-a")).toBeNull());
    expect(screen.getByTestId("idea-b")).toBeTruthy();
    await fireEvent.change(filter, { target: { value: "rejected" } });
    await waitFor(() => expect(screen.getByTestId("register").textContent).toContain("No idea matches the filters."));
  });
});
