/**
 * Autosave: every edit is sent to the store shortly after the user stops
 * typing, in order, and the newest value always wins.
 *
 * - Each thing being edited has a key ("setup", "participant:<id>").
 *   Scheduling a save for a key replaces the save still waiting for it and
 *   restarts its short delay, so a burst of keystrokes becomes one write.
 * - Saves for one key never overlap: a save starts only after the previous
 *   one for the same key has been acknowledged, so an older value can never
 *   overwrite a newer one.
 * - `flush()` sends everything waiting at once and resolves when all of it is
 *   acknowledged: used before closing, leaving a workshop, and on Ctrl+S.
 */
import type { AppError } from "./ipc";
import { toAppError } from "./ipc";

/** The longest a keystroke waits before it is sent, in milliseconds. */
export const SAVE_DELAY_MS = 300;

export type SaveStatus = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; at: Date } | { kind: "error"; error: AppError };

type Pending = { timer: ReturnType<typeof setTimeout> | undefined; run: () => Promise<void> };

export class Autosave {
  // Bookkeeping, not UI state: the reactive summary is `#busy` and `#errors`.
  /** Saves waiting for their delay to pass, by key. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #pending = new Map<string, Pending>();
  /** The last save started for each key (resolves when acknowledged). */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #inflight = new Map<string, Promise<void>>();
  #busy = $state(0);
  #errors = $state<Record<string, AppError>>({});
  #lastSaved = $state<Date | null>(null);
  #savedCount = $state(0);
  readonly #delayMs: number;

  constructor(delayMs: number = SAVE_DELAY_MS) {
    this.#delayMs = delayMs;
  }

  /** The state the save indicator shows. */
  get status(): SaveStatus {
    const firstError = Object.values(this.#errors)[0];
    if (firstError) return { kind: "error", error: firstError };
    if (this.#busy > 0) return { kind: "saving" };
    if (this.#lastSaved) return { kind: "saved", at: this.#lastSaved };
    return { kind: "idle" };
  }

  /** The error of the last save for `key`, if it failed. */
  errorFor(key: string): AppError | undefined {
    return this.#errors[key];
  }

  /** How many saves have been acknowledged since the app started. */
  get savedCount(): number {
    return this.#savedCount;
  }

  /** Whether anything is waiting or being written. */
  get busy(): boolean {
    return this.#busy > 0;
  }

  /**
   * Schedules `run` as the save for `key`, replacing one still waiting.
   * Typing uses the default delay; a discrete choice (a level, a vote) passes
   * 0 to be sent at once, still in order behind earlier saves for the key.
   */
  schedule(key: string, run: () => Promise<unknown>, delayMs: number = this.#delayMs): void {
    const waiting = this.#pending.get(key);
    if (waiting) {
      clearTimeout(waiting.timer);
    } else {
      this.#busy += 1;
    }
    const task = async () => {
      await run();
    };
    if (delayMs <= 0) {
      // A discrete choice goes now, not after a timer tick.
      this.#pending.set(key, { timer: undefined, run: task });
      this.#start(key);
      return;
    }
    const timer = setTimeout(() => this.#start(key), delayMs);
    this.#pending.set(key, { timer, run: task });
  }

  /** Drops a save still waiting for `key` (its subject was deleted). */
  cancel(key: string): void {
    const waiting = this.#pending.get(key);
    if (!waiting) return;
    clearTimeout(waiting.timer);
    this.#pending.delete(key);
    this.#busy -= 1;
    this.#clearError(key);
  }

  /**
   * Refuses an edit before it is sent (a check the UI can make itself, such
   * as an unreadable date): drops what was waiting for `key` and shows why.
   */
  reject(key: string, error: AppError): void {
    this.cancel(key);
    this.#errors = { ...this.#errors, [key]: error };
  }

  /** Sends everything waiting now; resolves once every save is acknowledged. */
  async flush(): Promise<void> {
    for (const [key, waiting] of [...this.#pending]) {
      clearTimeout(waiting.timer);
      this.#start(key);
    }
    await Promise.all([...this.#inflight.values()]);
  }

  #start(key: string): void {
    const waiting = this.#pending.get(key);
    if (!waiting) return;
    this.#pending.delete(key);
    const previous = this.#inflight.get(key) ?? Promise.resolve();
    const current = previous.then(async () => {
      try {
        await waiting.run();
        this.#clearError(key);
        // A fresh value each time, never mutated.
        // eslint-disable-next-line svelte/prefer-svelte-reactivity
        this.#lastSaved = new Date();
        this.#savedCount += 1;
      } catch (thrown) {
        this.#errors = { ...this.#errors, [key]: toAppError(thrown) };
      } finally {
        this.#busy -= 1;
      }
    });
    this.#inflight.set(key, current);
    void current.then(() => {
      if (this.#inflight.get(key) === current) this.#inflight.delete(key);
    });
  }

  #clearError(key: string): void {
    if (key in this.#errors) {
      const rest = { ...this.#errors };
      delete rest[key];
      this.#errors = rest;
    }
  }
}
