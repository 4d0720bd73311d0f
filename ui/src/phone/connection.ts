/**
 * The phone's line to the laptop: its token (kept across reloads), the API's
 * requests, and the pushed view (server-sent events) that reconnects by
 * itself with back-off and at once when the phone wakes up.
 */
import type { PhoneChoice, PhoneError, PhoneView, RoundRef } from "../lib/generated/ipc-types";

const TOKEN_KEY = "smo-workbench-phone-token";

/** A refusal from the laptop, with its code and words for the person. */
export class Refused extends Error {
  readonly code: PhoneError["code"];
  constructor(error: PhoneError) {
    super(error.message);
    this.code = error.code;
  }
}

const unreachable: PhoneError = {
  code: "busy",
  message: "The laptop cannot be reached. Check you are on the room's Wi-Fi.",
};

async function call<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  const token = savedToken();
  if (token) headers["Authorization"] = `Bearer ${token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
    });
  } catch {
    throw new Refused(unreachable);
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = json as PhoneError | null;
    throw new Refused(error?.code ? error : unreachable);
  }
  return json as T;
}

export function savedToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function forgetToken(): void {
  try {
    localStorage.removeItem(TOKEN_KEY);
  } catch {
    // Private browsing without storage: the token lived in memory only.
  }
}

/** Joins with the QR code's secret or the typed code; keeps the token. */
export async function join(knock: { secret: string } | { code: string }): Promise<void> {
  const { token } = await call<{ token: string }>("POST", "/api/join", knock);
  localStorage.setItem(TOKEN_KEY, token);
}

export const view = () => call<PhoneView>("GET", "/api/view");
export const claim = (participantId: string) => call<PhoneView>("POST", "/api/claim", { participantId });
export const letGo = () => call<PhoneView>("POST", "/api/let-go", {});
export const vote = (round: RoundRef, choice: PhoneChoice) => call<PhoneView>("POST", "/api/vote", { round, choice });

/** Whether the line is up, and the delay before the next try when it is not. */
export type LineState = "live" | "reconnecting";

/** The delay before reconnect attempt `n` (from 0): 0.5 s doubling to 10 s. */
export function backOff(n: number): number {
  return Math.min(10_000, 500 * 2 ** n);
}

/**
 * Follows the pushed view until `stop()`: calls `onView` with every view,
 * `onState` when the line drops or comes back, `onRefused` when the token is
 * no longer good (the page should join again).
 */
export function follow(handlers: { onView: (v: PhoneView) => void; onState: (s: LineState) => void; onRefused: (e: Refused) => void }): {
  stop: () => void;
} {
  let source: EventSource | null = null;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const open = async () => {
    timer = null;
    source?.close();
    source = null;
    // Check the token first: an EventSource cannot read why it was refused.
    try {
      handlers.onView(await view());
    } catch (e) {
      if (e instanceof Refused && (e.code === "sessionEnded" || e.code === "unknownDevice")) {
        stopped = true;
        handlers.onRefused(e);
        return;
      }
      retry();
      return;
    }
    if (stopped) return;
    const token = savedToken() ?? "";
    source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    source.addEventListener("view", (event) => {
      attempt = 0;
      handlers.onState("live");
      handlers.onView(JSON.parse((event as MessageEvent<string>).data) as PhoneView);
    });
    source.onerror = () => {
      source?.close();
      source = null;
      retry();
    };
  };

  const retry = () => {
    if (stopped || timer) return;
    handlers.onState("reconnecting");
    timer = setTimeout(() => void open(), backOff(attempt++));
  };

  const wake = () => {
    if (document.visibilityState !== "visible" || stopped) return;
    if (timer) clearTimeout(timer);
    attempt = 0;
    void open();
  };
  document.addEventListener("visibilitychange", wake);
  void open();

  return {
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      source?.close();
      document.removeEventListener("visibilitychange", wake);
    },
  };
}
