// Generated from smo-core's labels by src-tauri/src/ipc_types.rs. Do not edit:
// run `UPDATE_IPC_TYPES=1 cargo test -p smo-workbench ipc_types` instead.
import type {
  ApprovalStatus,
  AuthorityLevel,
  Classification,
  Confidence,
  Direction,
  DocumentFormat,
  DocumentStatus,
  Effort,
  Frequency,
  IdeaSource,
  IdeaStatus,
  ImprovementStatus,
  InitiativeStatus,
  KpiStatus,
  MenuCommand,
  PhaseKind,
  Priority,
  Rating,
  SmoForm,
  VoteQuestion,
} from "./ipc-types";

/** How sure the room is. */
export const CONFIDENCE_LABEL: Record<Confidence, string> = {
  low: "Low",
  medium: "Medium",
  high: "High",
};

/** How much a gap matters. */
export const PRIORITY_LABEL: Record<Priority, string> = {
  high: "High",
  medium: "Medium",
  low: "Low",
};

/** High, medium or low (influence, likelihood, impact). */
export const RATING_LABEL: Record<Rating, string> = {
  high: "High",
  medium: "Medium",
  low: "Low",
};

/** The roadmap's phases, in order. */
export const PHASE_LABEL: Record<PhaseKind, string> = {
  quickWins: "Quick wins",
  foundation: "Foundation",
  expansion: "Expansion",
  optimisation: "Optimisation",
};

/** Where an initiative stands. */
export const STATUS_LABEL: Record<InitiativeStatus, string> = {
  planned: "Planned",
  inProgress: "In progress",
  done: "Done",
  onHold: "On hold",
};

/** How big an initiative is, with what the size means. */
export const EFFORT_LABEL: Record<Effort, string> = {
  small: "S · weeks",
  medium: "M · months",
  large: "L · a programme",
};

/** How big an initiative is, in a letter. */
export const EFFORT_CODE: Record<Effort, string> = {
  small: "S",
  medium: "M",
  large: "L",
};

/** Where an improvement in the register stands. */
export const IMPROVEMENT_STATUS_LABEL: Record<ImprovementStatus, string> = {
  proposed: "Proposed",
  approved: "Approved",
  inProgress: "In progress",
  done: "Done",
  rejected: "Rejected",
};

/** Which way a KPI gets better. */
export const DIRECTION_LABEL: Record<Direction, string> = {
  higherIsBetter: "higher is better",
  lowerIsBetter: "lower is better",
};

/** How often a KPI is measured. */
export const FREQUENCY_LABEL: Record<Frequency, string> = {
  weekly: "Weekly",
  monthly: "Monthly",
  quarterly: "Quarterly",
  halfYearly: "Every six months",
  yearly: "Yearly",
};

/** Whether a KPI is where it should be by now. */
export const KPI_STATUS_LABEL: Record<KpiStatus, string> = {
  onTrack: "On track",
  atRisk: "At risk",
  offTrack: "Off track",
  notMeasured: "Not measured",
};

/** Where an idea in the improvement register stands. */
export const IDEA_STATUS_LABEL: Record<IdeaStatus, string> = {
  new: "New",
  assessed: "Assessed",
  approved: "Approved",
  inProgress: "In progress",
  done: "Done",
  rejected: "Rejected",
};

/** What raised an idea. */
export const IDEA_SOURCE_LABEL: Record<IdeaSource, string> = {
  kpi: "KPI",
  reassessment: "Re-assessment",
  feedback: "Feedback",
  incidentReview: "Incident or problem review",
  audit: "Audit",
};

/** Where the charter's approval stands. */
export const APPROVAL_STATUS_LABEL: Record<ApprovalStatus, string> = {
  draft: "Draft",
  inReview: "In review",
  approved: "Approved",
};

/** The SMO's level of authority. */
export const AUTHORITY_LABEL: Record<AuthorityLevel, string> = {
  advisory: "Advisory",
  coordinating: "Coordinating",
  directive: "Directive",
};

/** What each level of authority means. */
export const AUTHORITY_MEANING: Record<AuthorityLevel, string> = {
  advisory: "The SMO advises; others decide.",
  coordinating: "The SMO coordinates and escalates; decisions are shared.",
  directive: "The SMO sets standards others must follow.",
};

/** Whether a document is a draft or final. */
export const DOCUMENT_STATUS_LABEL: Record<DocumentStatus, string> = {
  draft: "Draft",
  final: "Final",
};

/** What a vote round asks. */
export const QUESTION_LABEL: Record<VoteQuestion, string> = {
  current: "Current level",
  target: "Target level",
};

/** The formats a document is exported in. */
export const DOCUMENT_FORMAT_LABEL: Record<DocumentFormat, string> = {
  pdf: "PDF",
  word: "Word",
};

/** Who may read a document. */
export const CLASSIFICATION_LABEL: Record<Classification, string> = {
  public: "Public",
  internal: "Internal",
  confidentialClient: "Confidential — client",
  restricted: "Restricted",
};

/** The menu bar's commands, as the menus name them. */
export const MENU_TITLE: Record<MenuCommand, string> = {
  newWorkshop: "New workshop…",
  importWorkshopFile: "Import workshop file…",
  exportWorkshopFile: "Export workshop file…",
  exportDocuments: "Export documents…",
  quit: "Quit",
  undo: "Undo",
  redo: "Redo",
  present: "Present",
  zoomIn: "Zoom in",
  zoomOut: "Zoom out",
  zoomReset: "Actual size",
  fullScreen: "Full screen",
  keyboardShortcuts: "Keyboard shortcuts",
  openDataFolder: "Open data folder",
  about: "About SMO Workbench",
};

/** The menu bar's keys ("" where a command has none). */
export const MENU_SHORTCUT: Record<MenuCommand, string> = {
  newWorkshop: "Ctrl+N",
  importWorkshopFile: "Ctrl+O",
  exportWorkshopFile: "Ctrl+Shift+S",
  exportDocuments: "Ctrl+E",
  quit: "Ctrl+Q",
  undo: "Ctrl+Z",
  redo: "Ctrl+Shift+Z",
  present: "F5",
  zoomIn: "Ctrl+=",
  zoomOut: "Ctrl+-",
  zoomReset: "Ctrl+0",
  fullScreen: "F11",
  keyboardShortcuts: "F1",
  openDataFolder: "",
  about: "",
};

/** The forms an SMO can take, in the order the seed article lists them. */
export const FORM_LABEL: Record<SmoForm, string> = {
  serviceManagementForBusinessUnits: "Service management for the business units",
  coordinationPoint: "Coordination point",
  processOwners: "Group of process owners",
  catalogueAndServiceLevels: "Owner of the catalogue and service levels",
  toolOwner: "Owner of the service management tools",
  serviceDesk: "Organisation-wide service desk",
  policyAndTraining: "Policy and training unit",
};

/** The statuses an idea may move to from each (smo-core's IdeaStatus::next). */
export const IDEA_STATUS_NEXT: Record<IdeaStatus, IdeaStatus[]> = {
  new: ["assessed", "rejected"],
  assessed: ["approved", "new", "rejected"],
  approved: ["inProgress", "assessed", "rejected"],
  inProgress: ["done", "approved"],
  done: [],
  rejected: ["new"],
};
