// keepUnchanged: a reply's unchanged parts are the objects the page holds.
import { describe, expect, it } from "vitest";

import { keepUnchanged } from "./sharing";

describe("keepUnchanged", () => {
  const round = () => ({ number: 1, state: "revealed", votes: [{ participantId: "p1", level: 3 }], spread: { median: 3 } });

  it("returns what the page holds when the reply equals it", () => {
    const held = { practiceId: "x", current: 2, rounds: [round()] };
    const reply = JSON.parse(JSON.stringify(held)) as typeof held;
    expect(keepUnchanged(held, reply)).toBe(held);
  });

  it("makes new objects only along the path to what changed", () => {
    const held = { practiceId: "x", current: 2, rounds: [round(), { ...round(), number: 2 }] };
    const reply = { ...JSON.parse(JSON.stringify(held)), current: 3 } as typeof held;
    const kept = keepUnchanged(held, reply);
    expect(kept).not.toBe(held);
    expect(kept).toEqual(reply);
    expect(kept.rounds).toBe(held.rounds);

    const revoted = JSON.parse(JSON.stringify(held)) as typeof held;
    revoted.rounds[1]!.votes[0]!.level = 4;
    const afterVote = keepUnchanged(held, revoted);
    expect(afterVote).toEqual(revoted);
    expect(afterVote.rounds).not.toBe(held.rounds);
    expect(afterVote.rounds[0]).toBe(held.rounds[0]);
    expect(afterVote.rounds[1]!.spread).toBe(held.rounds[1]!.spread);
    expect(afterVote.rounds[1]!.votes).not.toBe(held.rounds[1]!.votes);
  });

  it("sees added, removed and renamed keys and items", () => {
    const held: { rounds: number[]; note?: string; extra?: string } = { rounds: [1, 2], note: "a" };
    expect(keepUnchanged(held, { rounds: [1, 2, 3], note: "a" })).toEqual({ rounds: [1, 2, 3], note: "a" });
    expect(keepUnchanged(held, { rounds: [1], note: "a" })).toEqual({ rounds: [1], note: "a" });
    expect(keepUnchanged(held, { rounds: [1, 2] })).toEqual({ rounds: [1, 2] });
    const renamed = keepUnchanged(held, { rounds: [1, 2], extra: "a" });
    expect(renamed).toEqual({ rounds: [1, 2], extra: "a" });
    expect(renamed.rounds).toBe(held.rounds);
  });

  it("tells null, arrays and objects apart", () => {
    expect(keepUnchanged<unknown>({ a: null }, { a: {} })).toEqual({ a: {} });
    expect(keepUnchanged<unknown>({ a: [] }, { a: {} })).toEqual({ a: {} });
    expect(keepUnchanged<unknown>({ a: {} }, { a: [] })).toEqual({ a: [] });
    expect(keepUnchanged<unknown>([0], ["0"])).toEqual(["0"]);
  });

  it("never changes either argument", () => {
    const held = { a: [1, { b: 2 }] };
    const reply = { a: [1, { b: 3 }, 4] };
    const heldCopy = structuredClone(held);
    const replyCopy = structuredClone(reply);
    keepUnchanged<unknown>(held, reply);
    expect(held).toEqual(heldCopy);
    expect(reply).toEqual(replyCopy);
  });
});
