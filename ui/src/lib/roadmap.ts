/** Names and small rules of the roadmap screens: phases, buckets, statuses. */
import type { Bucket, Effort, InitiativeStatus, PhaseKind, TargetReached } from "./ipc";
import { formatDay } from "./format";

export const PHASES: readonly { kind: PhaseKind; label: string; hint: string }[] = [
  { kind: "quickWins", label: "Quick wins", hint: "Visible results within weeks" },
  { kind: "foundation", label: "Foundation", hint: "The processes, roles and tools everything stands on" },
  { kind: "expansion", label: "Expansion", hint: "Spreading the practices across the organisation" },
  { kind: "optimisation", label: "Optimisation", hint: "Measuring and refining" },
];

export const BUCKETS: readonly { bucket: Bucket; label: string; hint: string }[] = [
  { bucket: "now", label: "Now", hint: "Under way or dated around today" },
  { bucket: "next", label: "Next", hint: "Starting within 90 days" },
  { bucket: "later", label: "Later", hint: "Further out or not yet dated" },
  { bucket: "done", label: "Done", hint: "Finished" },
];

export const STATUS_LABEL: Record<InitiativeStatus, string> = {
  planned: "Planned",
  inProgress: "In progress",
  done: "Done",
  onHold: "On hold",
};

export const EFFORT_LABEL: Record<Effort, string> = { small: "S", medium: "M", large: "L" };

export const phaseLabel = (kind: PhaseKind | null) => PHASES.find((p) => p.kind === kind)?.label ?? "–";

/** "Reached on 31 Dec 2026", "Already at target", "Not reached by this roadmap". */
export function reachedLabel(reached: TargetReached): string {
  switch (reached.kind) {
    case "already":
      return "Already at target";
    case "on":
      return formatDay(reached.on);
    case "notPlanned":
      return "Not reached by this roadmap";
  }
}
