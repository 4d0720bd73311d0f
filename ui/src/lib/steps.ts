/** The eight steps of the workshop flow as the UI names and describes them. */
import type { Step, StepCount } from "./ipc";

/** `short` names the step in the narrow step rail (windows under 1440 px wide). */
export type StepInfo = { step: Step; slug: string; label: string; short: string; summary: string };

export const STEPS: readonly StepInfo[] = [
  { step: "setUp", slug: "set-up", label: "Set up", short: "Set up", summary: "The engagement, its sponsor and the people in the room." },
  { step: "currentState", slug: "current-state", label: "Current state", short: "Current", summary: "Where each practice stands today, with votes, evidence and confidence." },
  { step: "targetState", slug: "target-state", label: "Target state", short: "Target", summary: "The level each practice must reach, its business priority and horizon." },
  { step: "gapAnalysis", slug: "gap-analysis", label: "Gap analysis", short: "Gaps", summary: "Gaps weighted by priority: radar, heat map and a ranked list." },
  { step: "visionMission", slug: "vision-mission", label: "Vision & mission", short: "Vision", summary: "Why the SMO exists and whom it serves, aligned with the organisation's goals." },
  { step: "charter", slug: "charter", label: "Charter", short: "Charter", summary: "Scope, objectives, roles, RACI, governance, KPIs, communications and approval." },
  { step: "roadmap", slug: "roadmap", label: "Roadmap", short: "Roadmap", summary: "Initiatives in phases with owners, dates, dependencies and milestones." },
  { step: "export", slug: "export", label: "Export", short: "Export", summary: "The charter, the roadmap and the assessment report as PDFs for executives." },
];

export function stepBySlug(slug: string | undefined): StepInfo {
  return STEPS.find((s) => s.slug === slug) ?? STEPS[0]!;
}

/**
 * One step's entry in a progress: a `StepProgress` (with hints) from a
 * workshop, a `StepCount` from the home list.
 */
export function progressOf<P extends StepCount>(progress: { steps: P[] }, step: Step): P | undefined {
  return progress.steps.find((p) => p.step === step);
}

/** A short label for a step's completion: "3 of 5", "Done", "Not started". */
export function completionLabel(p: StepCount | undefined): string {
  if (!p || p.total === 0) return "Not started";
  if (p.status === "complete") return "Done";
  return `${p.done} of ${p.total}`;
}
