import { fireEvent, render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";

import type { RaciIssue, RaciRow, Role } from "../../lib/ipc";
import RaciMatrix from "./RaciMatrix.svelte";

const role = (id: string, name: string): Role => ({ id, name, purpose: "", skills: "", filledBy: "", toRecruit: false, allocation: null });

describe("RACI matrix", () => {
  it("cycles a cell through – R A A/R C I and back, saving each time", async () => {
    // As in the app: the rows are reactive state the matrix edits in place.
    const rows = $state<RaciRow[]>([{ id: "r1", activity: "Approve changes", cells: [] }]);
    let saves = 0;
    render(RaciMatrix, { props: { rows, roles: [role("a", "SMO lead")], issues: [], practices: [], onchange: () => (saves += 1) } });
    const cell = () => screen.getByRole("button", { name: /^SMO lead on Approve changes/ });
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      await fireEvent.click(cell());
      seen.push(cell().textContent ?? "");
    }
    expect(seen).toEqual(["R", "A", "A/R", "C", "I", "–"]);
    expect(saves).toBe(6);
    expect(rows[0]!.cells).toEqual([]);
  });

  it("highlights a row that breaks the rule and explains why", () => {
    const rows: RaciRow[] = [
      {
        id: "r1",
        activity: "Approve changes",
        cells: [
          { roleId: "a", responsible: false, accountable: true, consulted: false, informed: false },
          { roleId: "b", responsible: false, accountable: true, consulted: false, informed: false },
        ],
      },
    ];
    const issues: RaciIssue[] = [{ rowId: "r1", roleIds: ["a", "b"], message: '"Approve changes" has 2 Accountables: keep one.' }];
    const { container } = render(RaciMatrix, {
      props: { rows, roles: [role("a", "Lead"), role("b", "Manager")], issues, practices: [], onchange: () => undefined },
    });
    expect(screen.getByTestId("raci-issue").textContent).toContain("2 Accountables");
    expect(container.querySelectorAll("button.flagged")).toHaveLength(2);
  });

  it("asks for roles before there is anything to fill", () => {
    render(RaciMatrix, { props: { rows: [], roles: [], issues: [], practices: [], onchange: () => undefined } });
    expect(screen.getByText(/Add the roles first/)).toBeTruthy();
  });
});
