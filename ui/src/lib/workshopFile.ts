/**
 * Saving a workshop as a `.smow` file, from the home list or the open
 * workshop (File › Export workshop file…): the shell asks where, and the
 * outcome is said in a notice.
 */
import { api, toAppError, type WorkshopId } from "./ipc";
import { notices } from "./notices.svelte";

/** Asks where to save workshop `id` and saves it; says where, or why not. */
export async function saveWorkshopFile(id: WorkshopId): Promise<void> {
  try {
    const path = await api.exportWorkshopFile(id);
    if (path) notices.show(`Saved ${path}`);
  } catch (e) {
    notices.show(toAppError(e).message, "error");
  }
}
