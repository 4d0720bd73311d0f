/**
 * What the assessment steps share: the framework's practices grouped as the
 * room sees them, level and priority names, and the keyboard rules.
 * Pure functions over the generated IPC types; no Tauri, no DOM state.
 */
import type { Framework, Practice, PracticeAssessment, PracticeChange, Priority, Workshop } from "./ipc";
import { keepUnchanged } from "./sharing";

export const LEVELS = [0, 1, 2, 3, 4, 5] as const;
export const PRIORITIES: readonly Priority[] = ["high", "medium", "low"];
export { PRIORITY_LABEL } from "./choices";
export const PRIORITY_WEIGHT: Record<Priority, number> = { high: 3, medium: 2, low: 1 };
/** Horizons offered in one click, in months; any 1–120 can be typed. */
export const HORIZONS = [3, 6, 12, 18, 24, 36] as const;

export type PracticeGroupView = { id: string; name: string; practices: Practice[] };

/** The framework's groups, each with its practices that pass `keep`, empty groups left out. */
export function groupPractices(framework: Framework, keep: (p: Practice) => boolean = () => true): PracticeGroupView[] {
  return framework.groups
    .map((g) => ({ id: g.id, name: g.name, practices: framework.practices.filter((p) => p.group === g.id && keep(p)) }))
    .filter((g) => g.practices.length > 0);
}

/**
 * The workshop with a recorded practice's change applied: the reply to
 * recording a level, a target or a vote carries that practice and the
 * workshop's progress, not the workshop itself (nor its checks, which only
 * the charter and the roadmap change). What the reply
 * leaves as it was stays the object the page holds (`keepUnchanged`), so an
 * edit redraws only what it changed.
 */
export function withPracticeChange(workshop: Workshop, change: PracticeChange): Workshop {
  const id = change.practice.practiceId;
  const practices = workshop.assessment.practices;
  const at = practices.findIndex((p) => p.practiceId === id);
  const held = practices[at];
  const practice = held ? keepUnchanged(held, change.practice) : change.practice;
  return {
    ...workshop,
    assessment:
      practice === held ? workshop.assessment : { ...workshop.assessment, practices: practices.map((p, i) => (i === at ? practice : p)) },
    progress: keepUnchanged(workshop.progress, change.progress),
    history: keepUnchanged(workshop.history, change.history),
    updatedAt: change.updatedAt,
  };
}

/** The practices in scope, in scope order, with what was recorded for each. */
export function scopedPractices(workshop: Workshop): { practice: Practice; assessment: PracticeAssessment }[] {
  const framework = workshop.assessment.framework;
  if (!framework) return [];
  return workshop.assessment.practices.flatMap((assessment) => {
    const practice = framework.practices.find((p) => p.id === assessment.practiceId);
    return practice ? [{ practice, assessment }] : [];
  });
}

/** The name of `level` on the framework's scale ("Defined"). */
export function levelName(framework: Framework | null, level: number | null): string {
  if (level === null) return "Not scored";
  return framework?.scale.find((s) => s.level === level)?.name ?? String(level);
}

/** Whether a key press is meant for a text control, so shortcuts must leave it alone. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !["checkbox", "radio", "button", "submit", "reset"].includes(target.type);
  }
  return false;
}

/** The level a key stands for ("0"–"5", also on the keypad), or null. */
export function levelFromKey(event: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey">): number | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  return /^[0-5]$/.test(event.key) ? Number(event.key) : null;
}

/** "2.5" or "3": a median or average for people. */
export function formatLevel(value: number | null | undefined): string {
  if (value === null || value === undefined) return "–";
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** Matches a practice against a search text (name, id or purpose, case-insensitive). */
export function matchesSearch(practice: Practice, query: string): boolean {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return true;
  return [practice.name, practice.id, practice.purpose].some((t) => t.toLocaleLowerCase().includes(q));
}
