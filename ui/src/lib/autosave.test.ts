// The save queue: delays, order per key, flush, and errors that name their key.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { Autosave } from "./autosave.svelte";

describe("Autosave", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("coalesces a burst of edits into one save of the newest value", async () => {
    const saved: string[] = [];
    const a = new Autosave(300);
    for (const v of ["N", "No", "Nor"]) a.schedule("setup", async () => saved.push(v));
    expect(a.status.kind).toBe("saving");
    await vi.advanceTimersByTimeAsync(299);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(["Nor"]);
    expect(a.status.kind).toBe("saved");
  });

  it("never lets an older save finish after a newer one for the same key", async () => {
    const order: string[] = [];
    let release: () => void = () => undefined;
    const a = new Autosave(10);
    a.schedule(
      "k",
      () =>
        new Promise<void>(
          (r) =>
            (release = () => {
              order.push("old");
              r();
            }),
        ),
    );
    await vi.advanceTimersByTimeAsync(10);
    a.schedule("k", async () => order.push("new"));
    await vi.advanceTimersByTimeAsync(10);
    expect(order).toEqual([]); // the new save waits for the old one
    release();
    await a.flush();
    expect(order).toEqual(["old", "new"]);
  });

  it("flush sends waiting saves at once and keeps errors per key", async () => {
    const a = new Autosave(300);
    a.schedule("a", async () => undefined);
    a.schedule("b", async () => {
      throw { code: "invalidInput", message: "Organisation cannot be empty", field: "organisation" };
    });
    await a.flush();
    expect(a.errorFor("b")?.field).toBe("organisation");
    expect(a.status).toMatchObject({ kind: "error", error: { code: "invalidInput" } });
    a.schedule("b", async () => undefined);
    await a.flush();
    expect(a.status.kind).toBe("saved");
  });
});
