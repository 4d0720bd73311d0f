/**
 * Presenting to the room: whether the presenter window is open, whether it
 * follows, is frozen or blanked, whether names show after a reveal, and what
 * this window is on. Steps call `room.show(focus)` whenever what they show
 * changes; while presenting or while phones vote, the latest focus goes to
 * the shell (one call in flight at a time, the newest focus sent next, so
 * fast typing never queues). The phones' session lives here too: its
 * invitation, and which phone holds which name.
 */
import {
  api,
  onPhoneRoster,
  onPresenterClosed,
  toAppError,
  type InviteSize,
  type MachineAddress,
  type MonitorChoice,
  type ParticipantId,
  type PhoneRoster,
  type PhoneSession,
  type PresenterMode,
  type RoomFocus,
  type VoterNames,
  type WorkshopId,
} from "./ipc";
import { notices } from "./notices.svelte";

export class Room {
  /** The presenter window is open. */
  presenting = $state(false);
  mode = $state<PresenterMode>("following");
  names = $state<VoterNames>("hidden");
  /** Room mode is on (Current state): the step rail gives its room to the practice. */
  roomMode = $state(false);
  /** The screens last listed, for "Show on…". */
  monitors = $state<MonitorChoice[]>([]);
  /** The phones' session while phones vote. */
  phones = $state<PhoneSession | null>(null);
  /** Which phone holds which name (updated by the shell as phones join). */
  roster = $state<PhoneRoster | null>(null);
  /** How the invitation shows on the projector. */
  inviteSize = $state<InviteSize>("large");

  #focus: RoomFocus | null = null;
  #sending = false;
  #dirty = false;
  #listening = false;
  #hearingRoster = false;

  /** What this window is on now; sent to the presenter while presenting. */
  show(focus: RoomFocus): void {
    this.#focus = focus;
    if (this.#told()) void this.#send();
  }

  /** Sends the focus again (what it shows changed: the agenda's clock). */
  refresh(): void {
    if (this.#told()) void this.#send();
  }

  /** Whether the shell needs the focus: a presenter or phones follow it. */
  #told(): boolean {
    return this.presenting || this.phones !== null;
  }

  async #send(): Promise<void> {
    if (this.#sending) {
      this.#dirty = true;
      return;
    }
    this.#sending = true;
    try {
      do {
        this.#dirty = false;
        const focus = this.#focus;
        if (focus && this.#told()) await api.present(focus);
      } while (this.#dirty);
    } catch (e) {
      notices.show(toAppError(e).message, "error");
    } finally {
      this.#sending = false;
    }
  }

  /** Picks up the phones' session the shell still runs (after the page reloaded). */
  async restorePhones(): Promise<void> {
    if (this.phones) return;
    try {
      const session = await api.phoneSession();
      if (session && !this.phones) {
        await this.#hearRoster();
        this.phones = session;
        this.roster = session.roster;
      }
    } catch (e) {
      notices.show(toAppError(e).message, "error");
    }
  }

  async #hearRoster(): Promise<void> {
    if (this.#hearingRoster) return;
    await onPhoneRoster((roster) => (this.roster = roster));
    this.#hearingRoster = true;
  }

  /** This computer's addresses the phones' server can listen on. */
  async phoneAddresses(): Promise<MachineAddress[]> {
    try {
      return await api.phoneAddresses();
    } catch (e) {
      notices.show(toAppError(e).message, "error");
      return [];
    }
  }

  /** Starts the phones for `workshopId` on `address`; the room sees how to join. */
  async startPhones(workshopId: WorkshopId, address: string): Promise<boolean> {
    try {
      await this.#hearRoster();
      this.phones = await api.openPhones(workshopId, address);
      this.roster = this.phones.roster;
      this.inviteSize = "large";
      await this.#send();
      return true;
    } catch (e) {
      notices.show(toAppError(e).message, "error");
      return false;
    }
  }

  async stopPhones(): Promise<void> {
    try {
      await api.closePhones();
    } catch (e) {
      notices.show(toAppError(e).message, "error");
    }
    this.phones = null;
    this.roster = null;
  }

  async setInviteSize(size: InviteSize): Promise<void> {
    try {
      await api.showJoinCode(size);
      this.inviteSize = size;
    } catch (e) {
      notices.show(toAppError(e).message, "error");
    }
  }

  /** Frees `participant`'s name from the phone holding it. */
  async release(participant: ParticipantId): Promise<void> {
    try {
      this.roster = await api.releasePhone(participant);
    } catch (e) {
      notices.show(toAppError(e).message, "error");
    }
  }

  /** Whether a phone holds `participant`'s name. */
  onPhone(participant: ParticipantId): boolean {
    return this.roster?.held.includes(participant) ?? false;
  }

  async listMonitors(): Promise<MonitorChoice[]> {
    try {
      this.monitors = await api.presenterMonitors();
    } catch (e) {
      notices.show(toAppError(e).message, "error");
      this.monitors = [];
    }
    return this.monitors;
  }

  /**
   * Opens the presenter window on `monitor` (full screen), or, with `null`,
   * as a window to drag. `"auto"` picks the screen used last time (when it
   * is connected and the main window is not on it), else the first screen the
   * main window is not on, or a window when there is only one screen.
   */
  async open(monitor: number | null | "auto"): Promise<void> {
    try {
      let index: number | null;
      if (monitor === "auto") {
        const all = await this.listMonitors();
        // The screen used last time, when it is there and not this window's; else the first other one.
        const other = all.filter((m) => !m.hasMainWindow);
        index = all.length > 1 ? ((other.find((m) => m.lastUsed) ?? other[0])?.index ?? null) : null;
      } else {
        index = monitor;
      }
      if (!this.#listening) {
        await onPresenterClosed(() => this.#closed());
        this.#listening = true;
      }
      await api.openPresenter(index);
      this.presenting = true;
      this.mode = "following";
      await api.setPresenterMode(this.mode, this.names);
      await this.#send();
    } catch (e) {
      notices.show(toAppError(e).message, "error");
    }
  }

  async close(): Promise<void> {
    try {
      await api.closePresenter();
    } catch (e) {
      notices.show(toAppError(e).message, "error");
    }
    this.#closed();
  }

  #closed(): void {
    this.presenting = false;
    this.mode = "following";
  }

  async setMode(mode: PresenterMode): Promise<void> {
    if (!this.presenting) return;
    this.mode = mode;
    try {
      await api.setPresenterMode(mode, this.names);
    } catch (e) {
      notices.show(toAppError(e).message, "error");
    }
  }

  toggleBlank(): Promise<void> {
    return this.setMode(this.mode === "blank" ? "following" : "blank");
  }

  toggleFreeze(): Promise<void> {
    return this.setMode(this.mode === "frozen" ? "following" : "frozen");
  }

  async toggleNames(): Promise<void> {
    this.names = this.names === "hidden" ? "shown" : "hidden";
    if (this.presenting) await this.setMode(this.mode);
  }
}

export const room = new Room();
