/**
 * The open workshop's agenda clock: the last reading the shell sent and the
 * page's count since (one tick a second while it runs). The shell reads the
 * real clock for every action; this only keeps the display moving.
 */
import { readingAfter } from "./agenda";
import { api, toAppError, type AgendaReading, type AgendaView, type ClockAction, type WorkshopId } from "./ipc";
import { notices } from "./notices.svelte";
import { room } from "./room.svelte";

export class AgendaClockState {
  view = $state.raw<AgendaView | null>(null);
  /** Seconds since `view` arrived (ticks while the clock runs). */
  #since = $state(0);
  #arrived = 0;
  #timer: ReturnType<typeof setInterval> | null = null;

  /** The reading now. */
  get reading(): AgendaReading | null {
    return this.view ? readingAfter(this.view.reading, this.#since) : null;
  }

  /** The item under way, if any. */
  get item() {
    const r = this.reading;
    return r && r.current !== null ? (this.view?.agenda.items[r.current] ?? null) : null;
  }

  set(view: AgendaView): void {
    this.view = view;
    this.#arrived = performance.now();
    this.#since = 0;
    if (this.#timer !== null) clearInterval(this.#timer);
    this.#timer = view.reading.running ? setInterval(() => (this.#since = (performance.now() - this.#arrived) / 1000), 1000) : null;
  }

  async load(workshopId: WorkshopId): Promise<void> {
    try {
      this.set(await api.agenda(workshopId));
    } catch (e) {
      notices.show(toAppError(e).message, "error");
    }
  }

  async act(workshopId: WorkshopId, action: ClockAction): Promise<void> {
    try {
      this.set(await api.agendaClock(workshopId, action));
      room.refresh();
    } catch (e) {
      notices.show(toAppError(e).message, "error");
    }
  }

  stop(): void {
    if (this.#timer !== null) clearInterval(this.#timer);
    this.#timer = null;
    this.view = null;
  }
}

export const clock = new AgendaClockState();
