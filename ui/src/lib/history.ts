/**
 * What an undo or a redo changed, found by comparing the workshop before and
 * after it: the step (and charter section, practice or initiative) to show,
 * and a sentence for the notice. Pure functions of two workshops.
 */
import { SECTIONS } from "./charter";
import type { CharterSection, Step, Workshop } from "./ipc";
import { STEPS } from "./steps";

/** Where a change was: the step, and inside it what to open. */
export type Place = {
  step: Step;
  /** The charter section (Charter step). */
  section?: CharterSection;
  /** The practice (Current state and Target state). */
  practiceId?: string;
  /** What changed, for people: "the Objectives section of the charter". */
  what: string;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The first place, in the order of the steps, where `before` and `after` differ; null when nothing did. */
export function changedPlace(before: Workshop, after: Workshop): Place | null {
  if (!same(before.setUp, after.setUp)) return { step: "setUp", what: "the engagement's details" };
  if (!same(before.participants, after.participants)) return { step: "setUp", what: "the participants" };
  const a = before.assessment;
  const b = after.assessment;
  if (!same(a.framework?.id, b.framework?.id) || !same(a.scope, b.scope))
    return { step: "setUp", what: "the framework or the practices in scope" };
  const name = (id: string) =>
    b.framework?.practices.find((p) => p.id === id)?.name ?? a.framework?.practices.find((p) => p.id === id)?.name ?? id;
  for (const next of b.practices) {
    const prev = a.practices.find((p) => p.practiceId === next.practiceId);
    if (!prev) continue;
    if (prev.current !== next.current || prev.confidence !== next.confidence || prev.evidence !== next.evidence)
      return { step: "currentState", practiceId: next.practiceId, what: `the current state of ${name(next.practiceId)}` };
    if (!same(prev.votes, next.votes))
      return { step: "currentState", practiceId: next.practiceId, what: `the votes on ${name(next.practiceId)}` };
    if (prev.target !== next.target || prev.priority !== next.priority || prev.horizon !== next.horizon)
      return { step: "targetState", practiceId: next.practiceId, what: `the target of ${name(next.practiceId)}` };
    if (prev.strengths !== next.strengths || prev.weaknesses !== next.weaknesses || prev.recommendation !== next.recommendation)
      return { step: "gapAnalysis", practiceId: next.practiceId, what: `the findings on ${name(next.practiceId)}` };
  }
  if (!same(before.charter.vision, after.charter.vision)) return { step: "visionMission", what: "the vision and mission" };
  for (const info of SECTIONS) {
    if (!same(before.charter[info.section], after.charter[info.section]))
      return { step: "charter", section: info.section, what: `the charter's “${info.label}”` };
  }
  if (
    !same(
      before.charterVersions.map((v) => v.number),
      after.charterVersions.map((v) => v.number),
    )
  )
    return { step: "charter", section: "approval", what: "the charter's versions" };
  if (!same(before.roadmap.phases, after.roadmap.phases)) return { step: "roadmap", what: "the roadmap's phase dates" };
  if (!same(before.roadmap.initiatives, after.roadmap.initiatives)) {
    const changed = after.roadmap.initiatives.find(
      (i) =>
        !same(
          i,
          before.roadmap.initiatives.find((j) => j.id === i.id),
        ),
    );
    const removed = before.roadmap.initiatives.find((i) => !after.roadmap.initiatives.some((j) => j.id === i.id));
    const title = (changed ?? removed)?.title;
    return { step: "roadmap", what: title ? `the initiative “${title}”` : "the order of the initiatives" };
  }
  for (const [document, label] of [
    ["assessment", "the assessment report"],
    ["charter", "the charter"],
    ["roadmap", "the roadmap"],
  ] as const) {
    if (!same(before.briefs[document], after.briefs[document])) return { step: "export", what: `what ${label} tells its readers` };
  }
  return null;
}

/** "Undone: the votes on Incident management." */
export function historyNotice(direction: "undo" | "redo", place: Place | null): string {
  const verb = direction === "undo" ? "Undone" : "Redone";
  if (!place) return `${verb}.`;
  const step = STEPS.find((s) => s.step === place.step)?.label ?? "";
  return `${verb}: ${place.what} (${step}).`;
}
