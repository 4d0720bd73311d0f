// The voting page on a phone, with the laptop's API faked: joining by the
// typed code, choosing a name, voting (the round it names, the "your vote is
// in" state), the reveal's distribution, and the back-off of reconnects.
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { PhoneView, PracticeOnScreen } from "../lib/generated/ipc-types";
import { backOff } from "./connection";
import Phone from "./Phone.svelte";

const names = [
  { id: "p1", name: "Margit Okafor", held: false },
  { id: "p2", name: "Ravi Menon", held: true },
];

function practice(revealed: number[] | null): PracticeOnScreen {
  return {
    step: "currentState",
    question: "current",
    practiceId: "continual-improvement",
    group: "General management practices",
    name: "Continual improvement",
    purpose: "Makes improving a routine part of everyone's job.",
    position: 1,
    of: 16,
    levels: [0, 1, 2, 3, 4, 5].map((level) => ({ level, name: `Level ${level} name`, descriptor: `What ${level} looks like` })),
    vote: {
      question: "current",
      number: 1,
      state: revealed ? "revealed" : "open",
      voted: revealed ? 2 : 1,
      eligible: 7,
      revealed: revealed ? { atLevel: revealed, spread: null, voters: [] } : null,
    },
    earlier: [],
    agreed: null,
  };
}

function view(extra: Partial<PhoneView> = {}): PhoneView {
  return {
    title: "Chartering the SMO",
    organisation: "Harbourline Logistics",
    names,
    me: null,
    step: "currentState",
    practice: null,
    round: null,
    mine: null,
    ...extra,
  };
}

/** The laptop: answers each path with the next reply queued for it. */
class FakeLaptop {
  calls: { method: string; path: string; body: unknown; token: string | null }[] = [];
  replies = new Map<string, unknown[]>();
  reply(path: string, ...bodies: unknown[]) {
    this.replies.set(path, [...(this.replies.get(path) ?? []), ...bodies]);
  }
  fetch = async (path: string, init: RequestInit) => {
    const headers = (init.headers ?? {}) as Record<string, string>;
    this.calls.push({
      method: init.method ?? "GET",
      path,
      body: init.body ? JSON.parse(String(init.body)) : undefined,
      token: headers["Authorization"] ?? null,
    });
    const queue = this.replies.get(path) ?? [];
    const body = queue.length > 1 ? queue.shift() : queue[0];
    if (body === undefined) return new Response(JSON.stringify({ code: "notFound", message: "no reply" }), { status: 404 });
    return new Response(JSON.stringify(body), { status: 200 });
  };
}

class QuietEventSource {
  addEventListener() {}
  close() {}
  onerror: (() => void) | null = null;
}

let laptop: FakeLaptop;
beforeEach(() => {
  laptop = new FakeLaptop();
  vi.stubGlobal("fetch", laptop.fetch);
  vi.stubGlobal("EventSource", QuietEventSource);
  localStorage.clear();
  history.replaceState(null, "", "/");
});
afterEach(() => vi.unstubAllGlobals());

describe("the phone page", () => {
  it("joins with the typed code and lists the names, one held elsewhere", async () => {
    laptop.reply("/api/join", { token: "t1" });
    laptop.reply("/api/view", view());
    render(Phone);
    const join = screen.getByRole("button", { name: "Join" });
    expect((join as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.input(screen.getByLabelText("Join code"), { target: { value: "482 913" } });
    expect((join as HTMLButtonElement).disabled).toBe(false);
    await fireEvent.click(join);
    await screen.findByRole("heading", { name: "Who are you?" });
    expect(laptop.calls[0]).toMatchObject({ method: "POST", path: "/api/join", body: { code: "482 913" } });
    expect(localStorage.getItem("smo-workbench-phone-token")).toBe("t1");
    expect((screen.getByRole("button", { name: /Ravi Menon/ }) as HTMLButtonElement).disabled).toBe(true);

    laptop.reply("/api/claim", view({ me: "p1" }));
    await fireEvent.click(screen.getByRole("button", { name: "Margit Okafor" }));
    await screen.findByText("Nothing to vote on right now");
    expect(laptop.calls.at(-1)).toMatchObject({ path: "/api/claim", body: { participantId: "p1" }, token: "Bearer t1" });
  });

  it("joins by the secret in the address and takes it out of the address bar", async () => {
    history.replaceState(null, "", `/#${"ab".repeat(16)}`);
    laptop.reply("/api/join", { token: "t2" });
    laptop.reply("/api/view", view());
    render(Phone);
    await screen.findByRole("heading", { name: "Who are you?" });
    expect(laptop.calls[0]?.body).toEqual({ secret: "ab".repeat(16) });
    expect(location.hash).toBe("");
  });

  it("votes in the round it was shown and says the vote is in", async () => {
    localStorage.setItem("smo-workbench-phone-token", "t3");
    const round = { practiceId: "continual-improvement", question: "current" as const, number: 1 };
    laptop.reply("/api/view", view({ me: "p1", practice: practice(null), round }));
    render(Phone);
    await screen.findByRole("heading", { name: "Continual improvement" });
    expect(screen.getByText(/1 of 7 have voted/)).toBeTruthy();

    laptop.reply("/api/vote", view({ me: "p1", practice: practice(null), round, mine: { kind: "level", level: 3 } }));
    await fireEvent.click(screen.getByRole("button", { name: /^3 Level 3 name/ }));
    await screen.findByText(/Your vote is in/);
    expect(laptop.calls.at(-1)).toMatchObject({ path: "/api/vote", body: { round, choice: { kind: "level", level: 3 } } });
    expect(screen.getByRole("button", { name: /^3 Level 3 name/ }).getAttribute("aria-pressed")).toBe("true");
  });

  it("after the reveal shows the distribution and no level buttons", async () => {
    localStorage.setItem("smo-workbench-phone-token", "t4");
    laptop.reply(
      "/api/view",
      view({
        me: "p1",
        practice: practice([0, 1, 0, 1, 0, 0]),
        round: { practiceId: "continual-improvement", question: "current", number: 1 },
        mine: { kind: "level", level: 3 },
      }),
    );
    render(Phone);
    await screen.findByRole("heading", { name: "The room's votes" });
    expect(screen.queryByRole("button", { name: "Don't know" })).toBeNull();
    expect(screen.getByText("Your vote: 3.", { exact: false })).toBeTruthy();
  });

  it("goes back to joining when the vote it joined has ended", async () => {
    localStorage.setItem("smo-workbench-phone-token", "old");
    vi.stubGlobal(
      "fetch",
      async () => new Response(JSON.stringify({ code: "sessionEnded", message: "The vote this phone joined has ended." }), { status: 401 }),
    );
    render(Phone);
    await screen.findByText("The vote this phone joined has ended.");
    await waitFor(() => expect(localStorage.getItem("smo-workbench-phone-token")).toBeNull());
    expect(screen.getByLabelText("Join code")).toBeTruthy();
  });
});

describe("reconnecting", () => {
  it("backs off from half a second, doubling, to at most ten", () => {
    expect([0, 1, 2, 3, 4, 5, 9].map(backOff)).toEqual([500, 1000, 2000, 4000, 8000, 10000, 10000]);
  });
});
