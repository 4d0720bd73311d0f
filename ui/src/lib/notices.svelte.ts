/**
 * Short, non-blocking messages at the edge of the screen: confirmations
 * ("Workshop duplicated") and failures that do not belong to one field.
 * They never stop the user from working.
 */
/** A button in a notice: "Undo" after a removal. */
export type NoticeAction = { label: string; run: () => void };
export type Notice = { id: number; tone: "info" | "error"; text: string; action?: NoticeAction | undefined };

class Notices {
  items = $state<Notice[]>([]);
  #next = 1;

  /** Shows `text`; returns the notice's id (for `dismiss`). */
  show(text: string, tone: Notice["tone"] = "info", ms: number = tone === "error" ? 8000 : 4000): number {
    return this.#add({ tone, text }, ms);
  }

  /** A notice with a button (kept up longer, so there is time to press it). */
  offer(text: string, action: NoticeAction, ms = 10000): number {
    return this.#add({ tone: "info", text, action }, ms);
  }

  #add(notice: Omit<Notice, "id">, ms: number): number {
    const id = this.#next++;
    this.items = [...this.items, { id, ...notice }];
    setTimeout(() => this.dismiss(id), ms);
    return id;
  }

  dismiss(id: number) {
    this.items = this.items.filter((n) => n.id !== id);
  }
}

export const notices = new Notices();
