/**
 * Short, non-blocking messages at the edge of the screen: confirmations
 * ("Workshop duplicated") and failures that do not belong to one field.
 * They never stop the user from working.
 */
export type Notice = { id: number; tone: "info" | "error"; text: string };

class Notices {
  items = $state<Notice[]>([]);
  #next = 1;

  show(text: string, tone: Notice["tone"] = "info", ms: number = tone === "error" ? 8000 : 4000) {
    const id = this.#next++;
    this.items = [...this.items, { id, tone, text }];
    setTimeout(() => this.dismiss(id), ms);
  }

  dismiss(id: number) {
    this.items = this.items.filter((n) => n.id !== id);
  }
}

export const notices = new Notices();
