// The shell's page events in tests (src-tauri/src/page_events.rs): a mocked
// `next_page_events` answers with `nextPageEvents()`, and a test sends what
// the shell would with `sendPageEvent`.
import type { PageEvent } from "../lib/ipc";

// Module state, not a test's: the page's one waiting call outlives the mocks
// of the test that started it.
const queued: PageEvent[] = [];
let waiting: ((events: PageEvent[]) => void) | null = null;

/** What a mocked `next_page_events` replies: what is queued, or the next event sent. */
export function nextPageEvents(): Promise<PageEvent[]> {
  if (queued.length > 0) return Promise.resolve(queued.splice(0));
  return new Promise((resolve) => (waiting = resolve));
}

/** Sends `event` to the page, as the shell would, and lets its handlers run. */
export async function sendPageEvent(event: PageEvent): Promise<void> {
  queued.push(event);
  const wake = waiting;
  waiting = null;
  wake?.(queued.splice(0));
  await new Promise((resolve) => setTimeout(resolve, 0));
}
