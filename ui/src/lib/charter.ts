/**
 * What the charter and roadmap screens share: section names and guidance,
 * new row ids, the update that saves a section, a plain-text rendering of each
 * section and a line diff to compare versions. Pure functions, no Tauri.
 */
import { choices, FORM_LABEL } from "./choices";
import { formatDay } from "./format";
import type { Charter, CharterSection, CharterUpdate, SmoForm } from "./ipc";

export type SectionInfo = { section: CharterSection; label: string; guidance: string };

export const SECTIONS: readonly SectionInfo[] = [
  {
    section: "purpose",
    label: "Purpose and background",
    guidance: "Why the SMO is being created now, and what led here. Two short paragraphs an executive reads in a minute.",
  },
  { section: "scope", label: "Scope", guidance: "What the SMO covers and, just as important, what it does not. One line per item." },
  {
    section: "forms",
    label: "Form of the SMO",
    guidance: "SMOs take one or several forms. Choose what this one will be at the start; note what it may grow into.",
  },
  {
    section: "objectives",
    label: "Objectives",
    guidance: "Specific, measurable, achievable, relevant and dated. Link each to the practices whose gaps it closes.",
  },
  {
    section: "stakeholders",
    label: "Stakeholders and participants",
    guidance: "The workshop's participants are listed from Set up. Add the people and groups beyond the room whose support the SMO needs.",
  },
  {
    section: "roles",
    label: "Roles and responsibilities",
    guidance: "Each role's purpose, the skills it needs, and who fills it, or that someone must be recruited.",
  },
  {
    section: "raci",
    label: "RACI",
    guidance:
      "For each process or activity: who does it (R), who answers for it (A, exactly one), who is consulted (C) and informed (I). Click a cell to cycle through the letters.",
  },
  {
    section: "authority",
    label: "Influence, authority and decision rights",
    guidance: "Where the SMO has a say, how much authority it has, and which decisions it takes, recommends or is consulted on.",
  },
  {
    section: "governance",
    label: "Governance structure",
    guidance: "The bodies that steer service management: who chairs, who sits, how often they meet, what they decide.",
  },
  {
    section: "kpis",
    label: "Key performance indicators",
    guidance: "How progress is measured: definition, baseline, target, frequency, owner and data source, linked to an objective.",
  },
  { section: "reporting", label: "Reporting", guidance: "Which reports go to whom, how often, and who produces them." },
  {
    section: "communications",
    label: "Communications plan",
    guidance: "Who hears what, through which channel, how often, from whom, starting when.",
  },
  {
    section: "improvement",
    label: "Continual improvement",
    guidance: "How often the SMO reviews its practices, where feedback comes from, and the register of improvements.",
  },
  {
    section: "risks",
    label: "Risks",
    guidance: "What could stop the SMO succeeding, how likely and how bad, what is done about it and who owns it.",
  },
  {
    section: "approval",
    label: "Approval",
    guidance:
      "Who approves the charter and where that stands. Save a version before sending it for review; approving saves an approved version.",
  },
];

/** What each form of SMO does, said under its name on the Forms section. */
const FORM_DESCRIPTION: Record<SmoForm, string> = {
  serviceManagementForBusinessUnits: "A group that runs service management on behalf of the business units.",
  coordinationPoint: "A hub that coordinates service management across the parts of IT.",
  processOwners: "The owners of incident, problem, change and the other processes, together.",
  catalogueAndServiceLevels: "Owns the service catalogue, the SLAs and the monitoring of service levels.",
  toolOwner: "Central owner of the service desk tool, asset management and the CMDB.",
  serviceDesk: "One service desk for the whole organisation.",
  policyAndTraining: "Sets standards and policies and trains the specialists who apply them.",
};

export const FORMS: readonly { form: SmoForm; label: string; description: string }[] = choices(FORM_LABEL).map(({ value, label }) => ({
  form: value,
  label,
  description: FORM_DESCRIPTION[value],
}));

/** A new, unique row id. */
export function newId(prefix = "row"): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `${prefix}-${random}`;
}

/** The update that saves `section` (or the vision and mission) as it is in `charter`. */
export function updateFor(charter: Charter, section: CharterSection | "vision"): CharterUpdate {
  switch (section) {
    case "vision":
      return { section: "vision", content: charter.vision };
    case "purpose":
      return { section: "purpose", content: charter.purpose };
    case "scope":
      return { section: "scope", content: charter.scope };
    case "forms":
      return { section: "forms", content: charter.forms };
    case "objectives":
      return { section: "objectives", content: charter.objectives };
    case "stakeholders":
      return { section: "stakeholders", content: charter.stakeholders };
    case "roles":
      return { section: "roles", content: charter.roles };
    case "raci":
      return { section: "raci", content: charter.raci };
    case "authority":
      return { section: "authority", content: charter.authority };
    case "governance":
      return { section: "governance", content: charter.governance };
    case "kpis":
      return { section: "kpis", content: charter.kpis };
    case "reporting":
      return { section: "reporting", content: charter.reporting };
    case "communications":
      return { section: "communications", content: charter.communications };
    case "improvement":
      return { section: "improvement", content: charter.improvement };
    case "risks":
      return { section: "risks", content: charter.risks };
    case "approval":
      return { section: "approval", content: charter.approval };
  }
}

const dash = (s: string | null | undefined) => (s && s.trim() ? s.trim() : "–");

/** A section as plain lines, for reading a version and comparing two. */
export function sectionText(charter: Charter, section: CharterSection | "vision"): string[] {
  const roleName = (id: string) => charter.roles.find((r) => r.id === id)?.name ?? id;
  switch (section) {
    case "vision":
      return [`Vision: ${dash(charter.vision.vision)}`, `Mission: ${dash(charter.vision.mission)}`, `Goals: ${dash(charter.vision.goals)}`];
    case "purpose":
      return [`Purpose: ${dash(charter.purpose.purpose)}`, `Background: ${dash(charter.purpose.background)}`];
    case "scope":
      return [...charter.scope.included.map((i) => `In: ${i}`), ...charter.scope.excluded.map((i) => `Out: ${i}`)];
    case "forms":
      return [
        ...charter.forms.forms.map((f) => `Form: ${FORMS.find((x) => x.form === f)?.label ?? f}`),
        `Notes: ${dash(charter.forms.notes)}`,
      ];
    case "objectives":
      return charter.objectives.map(
        (o) => `${dash(o.title)} — measure: ${dash(o.measurable)}; due ${formatDay(o.due)}; closes ${o.practices.join(", ") || "–"}`,
      );
    case "stakeholders":
      return charter.stakeholders.map((s) => `${dash(s.name)} (${dash(s.role)}): ${dash(s.interest)}; influence ${dash(s.influence)}`);
    case "roles":
      return charter.roles.map(
        (r) => `${dash(r.name)}: ${r.toRecruit ? "to recruit" : dash(r.filledBy)}; ${r.allocation ?? "–"}%; skills ${dash(r.skills)}`,
      );
    case "raci":
      return charter.raci.map((row) => {
        const cells = row.cells
          .map(
            (c) =>
              `${roleName(c.roleId)} ${[c.responsible && "R", c.accountable && "A", c.consulted && "C", c.informed && "I"].filter(Boolean).join("")}`,
          )
          .filter((c) => !c.endsWith(" "));
        return `${dash(row.activity)}: ${cells.join(", ") || "–"}`;
      });
    case "authority":
      return [
        `Level: ${dash(charter.authority.level)}`,
        `Statement: ${dash(charter.authority.statement)}`,
        ...charter.authority.areasOfInfluence.map((a) => `Influence: ${a}`),
        ...charter.authority.decisionRights.map((d) => `Decision: ${dash(d.decision)} — ${dash(d.right)}`),
      ];
    case "governance":
      return charter.governance.map((b) => `${dash(b.name)}: chair ${dash(b.chair)}; ${dash(b.cadence)}; decides ${dash(b.decides)}`);
    case "kpis":
      return charter.kpis.map((k) => `${dash(k.name)}: ${dash(k.baseline)} → ${dash(k.target)}, ${dash(k.frequency)}, ${dash(k.owner)}`);
    case "reporting":
      return charter.reporting.map((r) => `${dash(r.name)} to ${dash(r.audience)}, ${dash(r.frequency)}, by ${dash(r.owner)}`);
    case "communications":
      return charter.communications.map(
        (c) =>
          `${dash(c.audience)}: ${dash(c.message)} via ${dash(c.channel)}, ${dash(c.frequency)}, ${dash(c.owner)} from ${formatDay(c.start)}`,
      );
    case "improvement":
      return [
        `Review cadence: ${dash(charter.improvement.reviewCadence)}`,
        ...charter.improvement.feedbackSources.map((f) => `Feedback: ${f}`),
        ...charter.improvement.register.map((r) => `Improvement: ${dash(r.description)} (${r.status}, ${dash(r.owner)})`),
      ];
    case "risks":
      return charter.risks.map(
        (r) =>
          `${dash(r.description)}: likelihood ${dash(r.likelihood)}, impact ${dash(r.impact)}; ${dash(r.mitigation)} (${dash(r.owner)})`,
      );
    case "approval":
      return [
        `Status: ${charter.approval.status}`,
        `Submitted: ${formatDay(charter.approval.submitted)}`,
        `Approved: ${formatDay(charter.approval.approved)}`,
        ...charter.approval.approvers.map((a) => `Approver: ${dash(a.name)} (${dash(a.role)})${a.approved ? " (approved)" : ""}`),
      ];
  }
}

export type DiffLine = { kind: "same" | "added" | "removed"; text: string };

/** A line diff from `before` to `after` (longest common subsequence). */
export function diffLines(before: string[], after: string[]): DiffLine[] {
  const n = before.length;
  const m = after.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = before[i] === after[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      out.push({ kind: "same", text: before[i]! });
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) {
      out.push({ kind: "removed", text: before[i++]! });
    } else {
      out.push({ kind: "added", text: after[j++]! });
    }
  }
  while (i < n) out.push({ kind: "removed", text: before[i++]! });
  while (j < m) out.push({ kind: "added", text: after[j++]! });
  return out;
}

/** One editable field of a row in a `RowList`. */
export type RowField = {
  key: string;
  label: string;
  kind: "text" | "textarea" | "select" | "date" | "number" | "checkbox" | "multi";
  span?: 1 | 2 | 3 | 4;
  options?: readonly { value: string; label: string }[];
  placeholder?: string;
  min?: number;
  max?: number;
};
