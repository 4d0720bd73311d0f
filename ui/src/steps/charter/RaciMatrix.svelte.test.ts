// The RACI while it is built: waiting rows summed up, flagged rows explained, the header pinned.
import { fireEvent, render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";

import type { RaciIssue, RaciRow } from "../../lib/ipc";
import RaciMatrix from "./RaciMatrix.svelte";

const roles = [
  { id: "r1", name: "Head of the SMO", purpose: "", skills: "", filledBy: "", toRecruit: false, allocation: null },
  { id: "r2", name: "Change manager", purpose: "", skills: "", filledBy: "", toRecruit: false, allocation: null },
];

/** What smo-core's raci_issues says of `rows` (no A; no R). */
function issuesOf(rows: RaciRow[]): RaciIssue[] {
  return rows.flatMap((r) => [
    ...(r.cells.some((c) => c.accountable)
      ? []
      : [{ rowId: r.id, roleIds: [], message: `“${r.activity}” has no Accountable: one role must answer for the outcome.` }]),
    ...(r.cells.some((c) => c.responsible)
      ? []
      : [{ rowId: r.id, roleIds: [], message: `“${r.activity}” has no Responsible: someone must do the work.` }]),
  ]);
}

describe("the RACI while it is being built", () => {
  it("a row per practice waits for letters before it is flagged, and says so once", async () => {
    // Reactive, as the charter the step edits is.
    const rows = $state<RaciRow[]>([]);
    const practices = ["Incident management", "Change enablement", "Service desk"].map((name, i) => ({ id: `p${i}`, name }));
    const { rerender } = render(RaciMatrix, { props: { rows, roles, issues: [], practices, onchange: () => undefined } });
    await fireEvent.click(screen.getByRole("button", { name: "Add a row per practice in scope" }));
    await rerender({ rows, roles, issues: issuesOf(rows), practices, onchange: () => undefined });
    expect(rows).toHaveLength(3);
    expect(screen.queryAllByTestId("raci-issue")).toHaveLength(0);
    expect(screen.getByTestId("raci-waiting").textContent?.replace(/\s+/g, " ")).toMatch(/3 rows have no letters yet/);

    // One letter in the first row: now it is the row's own business.
    await fireEvent.click(screen.getByRole("button", { name: "Head of the SMO on Incident management: –" }));
    await rerender({ rows, roles, issues: issuesOf(rows), practices, onchange: () => undefined });
    expect(screen.getAllByTestId("raci-issue").map((n) => n.textContent)).toEqual([
      "“Incident management” has no Accountable: one role must answer for the outcome.",
    ]);
    expect(screen.getByTestId("raci-waiting").textContent?.replace(/\s+/g, " ")).toMatch(/2 rows have no letters yet/);
  });

  it("keeps the role names in a header that sticks inside its own scrolling frame", () => {
    render(RaciMatrix, { props: { rows: [], roles, issues: [], practices: [], onchange: () => undefined } });
    const frame = screen.getByTestId("raci-scroll");
    expect(frame.querySelector("thead th.role")?.textContent).toBe("Head of the SMO");
  });
});
