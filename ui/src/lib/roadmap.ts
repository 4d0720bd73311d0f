/** Names and small rules of the roadmap screens: phases, buckets, statuses. */
import { choices, PHASE_LABEL } from "./choices";
import { formatDay } from "./format";
import type { Bucket, PhaseKind, TargetReached } from "./ipc";

export { EFFORT_CODE, EFFORT_LABEL, STATUS_LABEL } from "./choices";

/** What each phase is for, said on the phase cards. */
const PHASE_HINT: Record<PhaseKind, string> = {
  quickWins: "Visible results within weeks",
  foundation: "The processes, roles and tools everything stands on",
  expansion: "Spreading the practices across the organisation",
  optimisation: "Measuring and refining",
};

export const PHASES: readonly { kind: PhaseKind; label: string; hint: string }[] = choices(PHASE_LABEL).map(({ value, label }) => ({
  kind: value,
  label,
  hint: PHASE_HINT[value],
}));

export const BUCKETS: readonly { bucket: Bucket; label: string; hint: string }[] = [
  { bucket: "now", label: "Now", hint: "Under way or dated around today" },
  { bucket: "next", label: "Next", hint: "Starting within 90 days" },
  { bucket: "later", label: "Later", hint: "Further out or not yet dated" },
  { bucket: "done", label: "Done", hint: "Finished" },
];

export const phaseLabel = (kind: PhaseKind | null) => (kind ? PHASE_LABEL[kind] : "–");

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
