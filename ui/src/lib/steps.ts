/** The eight steps of the workshop flow as the UI names and describes them. */
import type { Step, StepCount } from "./ipc";

/** `short` names the step in the narrow step rail (windows under 1440 px wide). */
export type StepInfo = { step: Step; slug: string; label: string; short: string };

export const STEPS: readonly StepInfo[] = [
  { step: "setUp", slug: "set-up", label: "Set up", short: "Set up" },
  { step: "currentState", slug: "current-state", label: "Current state", short: "Current" },
  { step: "targetState", slug: "target-state", label: "Target state", short: "Target" },
  { step: "gapAnalysis", slug: "gap-analysis", label: "Gap analysis", short: "Gaps" },
  { step: "visionMission", slug: "vision-mission", label: "Vision & mission", short: "Vision" },
  { step: "charter", slug: "charter", label: "Charter", short: "Charter" },
  { step: "roadmap", slug: "roadmap", label: "Roadmap", short: "Roadmap" },
  { step: "export", slug: "export", label: "Export", short: "Export" },
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
