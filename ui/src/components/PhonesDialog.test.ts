// Phones… from the facilitator's side: the machine's addresses to serve on,
// starting the phones on the one picked, what the dialog then says (who can
// join, the address and code), the names held by a phone with Release, and
// the vote panel's phone marks follow the same roster.
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, describe, expect, it } from "vitest";

import { room } from "../lib/room.svelte";
import { FakeStore } from "../test/fakeStore";
import { miniWorkshop } from "../test/fixtures";
import PhonesDialog from "./PhonesDialog.svelte";

afterEach(async () => {
  if (room.phones) await room.stopPhones();
});

describe("Phones…", () => {
  it("starts the phones on the address picked and lets the facilitator release a name", async () => {
    const workshop = miniWorkshop();
    const store = new FakeStore(workshop);
    const first = workshop.participants[0]!;
    store.phoneRoster = { devices: 2, held: [first.id], dontKnow: [], codeLocked: false };
    render(PhonesDialog, { workshop });

    await fireEvent.click(screen.getByTestId("phones-button"));
    const loopback = await screen.findByRole("radio", { name: /127\.0\.0\.1/ });
    expect((screen.getByRole("radio", { name: /192\.168\.1\.20/ }) as HTMLInputElement).checked).toBe(true);
    await fireEvent.click(loopback);
    await fireEvent.click(screen.getByTestId("start-phones"));

    await screen.findByTestId("phone-session");
    expect(store.callsOf("open_phones")).toEqual([{ workshopId: workshop.id, address: "127.0.0.1" }]);
    expect(screen.getByTestId("phone-address").textContent).toBe("http://127.0.0.1:7272");
    expect(screen.getByTestId("phone-code").textContent).toBe("482 913");
    expect(screen.getByText("Anyone on this network who has the code can join.")).toBeTruthy();
    expect(screen.getByTestId("phones-button").textContent).toBe(`Phones · 1 of ${workshop.participants.length}`);
    expect(room.onPhone(first.id)).toBe(true);

    await fireEvent.click(screen.getByRole("button", { name: "Release" }));
    await waitFor(() => expect(room.onPhone(first.id)).toBe(false));
    expect(store.callsOf("release_phone")).toEqual([{ participantId: first.id }]);

    await fireEvent.click(screen.getByTestId("stop-phones"));
    await waitFor(() => expect(screen.getByTestId("phones-button").textContent).toBe("Phones…"));
    expect(store.callsOf("close_phones")).toHaveLength(1);
  });

  it("picks up the phones still on after the page reloaded", async () => {
    const workshop = miniWorkshop();
    const store = new FakeStore(workshop);
    store.phoneSession = {
      workshopId: workshop.id,
      invite: {
        address: "http://192.168.1.20:7272",
        url: `http://192.168.1.20:7272/#${"cd".repeat(16)}`,
        joinCode: "111 222",
        qrSvg: "<svg></svg>",
      },
      roster: { devices: 1, held: ["p2"], dontKnow: [], codeLocked: false },
    };
    render(PhonesDialog, { workshop });
    await waitFor(() => expect(screen.getByTestId("phones-button").textContent).toBe("Phones · 1 of 2"));
    expect(room.onPhone("p2")).toBe(true);
    expect(store.callsOf("open_phones")).toHaveLength(0);
  });
});
