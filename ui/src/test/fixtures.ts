/** Workshops for component tests: valid, minimal, and easy to extend. */
import type { Assessment, Charter, Roadmap, Workshop } from "../lib/ipc";

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
    checks: { raci: [], roadmap: [], sections: [] },
    history: { undo: 0, redo: 0 },
    progress: { steps: [] },
    createdAt: "2026-05-04T09:00:00.000Z",
    updatedAt: "2026-05-04T09:00:00.000Z",
    ...extra,
  };
}
