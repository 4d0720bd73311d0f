/**
 * Every key the workshop screens answer to, by where it works: what `?`
 * shows. Each handler lives with its screen (WorkshopView, PresentControls,
 * CurrentStateStep, VotePanel, TargetStateStep); change this list with them.
 * The menu bar's keys come from the menu's declaration.
 */
import { MENU_SHORTCUT, MENU_TITLE } from "./generated/labels";
import type { MenuCommand } from "./ipc";

export type KeyGroup = { where: string; keys: [keys: string, does: string][] };

/** The menu bar's keys, from its one declaration (src-tauri/src/menu.rs). */
const MENU_KEYS: KeyGroup = {
  where: "Menu bar (Alt opens it)",
  keys: (Object.keys(MENU_SHORTCUT) as MenuCommand[])
    .filter((command) => MENU_SHORTCUT[command] !== "")
    .map((command) => [MENU_SHORTCUT[command], MENU_TITLE[command]]),
};

export const KEY_GROUPS: readonly KeyGroup[] = [
  MENU_KEYS,
  {
    where: "Anywhere in a workshop",
    keys: [
      ["F5", "Present: open the presenter window for the projector"],
      ["B", "While presenting: blank the projector (again: back)"],
      ["F", "While presenting: freeze the projector (again: follow)"],
      ["Esc", "While presenting: stop presenting"],
      ["Ctrl+Z / Ctrl+Shift+Z", "Undo / redo"],
      ["Ctrl + / Ctrl − / Ctrl 0", "Zoom in / out / back to 100 %"],
      ["?", "Show these keys"],
    ],
  },
  {
    where: "Current state (one at a time and room mode)",
    keys: [
      ["0 – 5", "Agree that level for the practice"],
      ["↓ or Enter / ↑", "Next / previous practice"],
      ["Del", "Clear the level"],
      ["V", "Start a silent vote, or a revote after a reveal"],
      ["R", "Reveal the votes"],
      ["A", "After a reveal: agree the median"],
      ["Tab to a person, 0 – 5", "Record their vote (then the next person); Del clears it"],
    ],
  },
  {
    where: "Target state (a practice's row focused)",
    keys: [
      ["0 – 5", "Set the target level"],
      ["H / M / L", "Priority high, medium or low"],
      ["↓ or Enter / ↑", "Next / previous practice"],
      ["V / R / A", "Vote on the focused practice's target, reveal, agree"],
    ],
  },
];
