/** Workshops for component tests: valid, minimal, and easy to extend. */
import type { AppStatus, Assessment, Brief, Charter, Framework, Idea, PracticeAssessment, Roadmap, Workshop } from "../lib/ipc";

/** The status of an app whose store opened without trouble. */
export function healthyStatus(): AppStatus {
  return {
    dataDir: "/data",
    databasePath: "/data/workbench.sqlite3",
    error: null,
    sampleCreated: false,
    recovery: null,
    readOnly: null,
    dateStyle: "dayMonthYear",
    zoom: 1,
  };
}

export function emptyCharter(): Charter {
  return {
    vision: { vision: "", mission: "", goals: "", checks: [] },
    purpose: { purpose: "", background: "" },
    scope: { included: [], excluded: [] },
    forms: { forms: [], notes: "" },
    objectives: [],
    stakeholders: [],
    roles: [],
    raci: [],
    authority: { areasOfInfluence: [], level: null, statement: "", decisionRights: [] },
    governance: [],
    kpis: [],
    reporting: [],
    communications: [],
    improvement: { reviewCadence: "", feedbackSources: [], register: [] },
    risks: [],
    approval: { approvers: [], status: "draft", submitted: null, approved: null },
  };
}

export function emptyRoadmap(): Roadmap {
  return {
    phases: (["quickWins", "foundation", "expansion", "optimisation"] as const).map((kind) => ({ kind, start: null, end: null })),
    initiatives: [],
  };
}

export function workshopWith(assessment: Assessment, extra: Partial<Workshop> = {}): Workshop {
  return {
    id: "w1",
    setUp: { organisation: "Acme", title: "SMO", sponsor: "", facilitator: "", startDate: "2026-05-04", endDate: null, notes: "" },
    participants: [],
    assessment,
    charter: emptyCharter(),
    charterVersions: [],
    roadmap: emptyRoadmap(),
    briefs: { assessment: blankBrief(), charter: blankBrief(), roadmap: blankBrief(), steering: blankBrief() },
    logo: null,
    exports: [],
    agenda: { items: [], practiceMinutes: null, clock: { state: "idle" } },
    checks: { raci: [], roadmap: [], sections: [] },
    history: { undo: 0, redo: 0 },
    progress: { steps: [] },
    followUp: { liveRound: { number: 1, name: "Baseline", heldOn: "2026-05-04" }, rounds: [], kpis: [], deliveries: [], ideas: [] },
    createdAt: "2026-05-04T09:00:00.000Z",
    updatedAt: "2026-05-04T09:00:00.000Z",
    ...extra,
  };
}

/** A three-practice framework with a full scale and descriptors. */
export function miniFramework(): Framework {
  return {
    id: "mini",
    name: "Mini",
    version: "1",
    description: "",
    scale: ["Absent", "Initial", "Repeatable", "Defined", "Managed", "Optimised"].map((name, level) => ({ level, name, summary: "" })),
    groups: [{ id: "g", name: "Group" }],
    practices: ["alpha", "beta", "gamma"].map((id) => ({
      id,
      name: id[0]!.toUpperCase() + id.slice(1),
      group: "g",
      core: true,
      purpose: `Why ${id} matters.`,
      levels: [0, 1, 2, 3, 4, 5].map((l) => `${id} at level ${l}`),
      questions: [`Who owns ${id}?`],
    })),
  };
}

/** Nothing recorded yet for `practiceId`. */
export function unassessed(practiceId: string): PracticeAssessment {
  return {
    practiceId,
    current: null,
    confidence: null,
    evidence: "",
    votes: [],
    spread: null,
    rounds: [],
    target: null,
    priority: null,
    horizon: null,
    strengths: "",
    weaknesses: "",
    recommendation: "",
    note: "",
  };
}

/** A blank brief: nothing written, a confidential draft. */
export function blankBrief(): Brief {
  return {
    keyMessages: [],
    decisions: [],
    nextSteps: [],
    assumptions: [],
    control: { version: "", date: null, author: "", reviewers: [], status: "draft", classification: "confidentialClient" },
  };
}

/** A workshop on the mini framework with all three practices in scope and two participants. */
export function miniWorkshop(extra: Partial<Workshop> = {}): Workshop {
  const ids = ["alpha", "beta", "gamma"];
  return workshopWith(
    { framework: miniFramework(), scope: ids, practices: ids.map(unassessed) },
    {
      participants: [
        { id: "p1", name: "Ada", role: "CIO", area: "Executive" },
        { id: "p2", name: "Bo", role: "Ops", area: "Operations" },
      ],
      ...extra,
    },
  );
}

/** An idea in the improvement register, new and unjudged unless `extra` says otherwise. */
export function ideaWith(id: string, extra: Partial<Idea> = {}): Idea {
  return {
    id,
    raisedOn: "2026-05-01",
    raisedBy: "Dana",
    description: `Idea ${id}`,
    source: "feedback",
    practiceId: null,
    expectedBenefit: "",
    size: null,
    priority: null,
    status: "new",
    owner: "",
    decision: "",
    initiativeId: null,
    ...extra,
  };
}
