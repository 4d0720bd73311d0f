/**
 * Prompts, hints and examples shown while drafting. They speak of the open
 * workshop (its organisation, the areas of the people in the room, its own
 * gaps) or in general terms; never of the sample workshop's business.
 * Pure functions of the workshop.
 */
import { PRIORITY_WEIGHT, scopedPractices } from "./assessment";
import type { Workshop } from "./ipc";

/** The organisation's name as a sentence can use it. */
function organisation(workshop: Workshop): string {
  return workshop.setUp.organisation.trim() || "the organisation";
}

/** Areas that are plainly IT's own; the people a vision serves are outside it. */
const IT_AREA = /\b(it|ict|technology|infrastructure|applications?|architecture|service desk|operations centre|security)\b/i;

/** The areas of the people in the room that are not IT, in the order first met. */
export function businessAreas(workshop: Workshop): string[] {
  const seen = new Map<string, string>();
  for (const p of workshop.participants) {
    const area = p.area.trim();
    if (area && !IT_AREA.test(area) && !seen.has(area.toLocaleLowerCase())) seen.set(area.toLocaleLowerCase(), area);
  }
  return [...seen.values()];
}

/** The questions that help the room write the vision. */
export function visionPrompts(workshop: Workshop): string[] {
  return [`What will the customers and colleagues of ${organisation(workshop)} notice in two years?`, "What will no longer happen?"];
}

/** The hint under "Names who the SMO serves". */
export function servedHint(workshop: Workshop): string {
  const areas = businessAreas(workshop).slice(0, 3);
  const who = areas.length > 0 ? [...areas, "customers", "the board"] : ["Business units", "customers", "colleagues", "the board"];
  const list = who.join(", ");
  return `${list.charAt(0).toLocaleUpperCase()}${list.slice(1)}: someone outside IT.`;
}

/** An example of organisational goals, for an empty goals box. */
export const GOALS_EXAMPLE =
  "e.g. No outage of a customer-facing service longer than an hour; new colleagues productive in their first week";

/**
 * An example objective for an empty objective title: built from the
 * workshop's largest weighted gap when there is one, else a general one.
 */
export function objectiveExample(workshop: Workshop): string {
  let best: { name: string; from: number; to: number; weight: number } | null = null;
  for (const { practice, assessment } of scopedPractices(workshop)) {
    const { current, target, priority } = assessment;
    if (current === null || target === null || target <= current) continue;
    const weight = (target - current) * (priority ? PRIORITY_WEIGHT[priority] : 1);
    if (!best || weight > best.weight) best = { name: practice.name, from: current, to: target, weight };
  }
  return best
    ? `e.g. Raise ${best.name} from level ${best.from} to level ${best.to}`
    : "e.g. One service desk for every part of the organisation";
}
