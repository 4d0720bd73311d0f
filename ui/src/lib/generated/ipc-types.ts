// Generated from the Rust types by src-tauri/src/ipc_types.rs. Do not edit:
// run `UPDATE_IPC_TYPES=1 cargo test -p smo-workbench ipc_types` instead.

export type Field = "organisation" | "title" | "sponsor" | "facilitator" | "startDate" | "endDate" | "notes" | "participantName" | "participantRole" | "participantArea";

export type Step = "setUp" | "currentState" | "targetState" | "gapAnalysis" | "visionMission" | "charter" | "roadmap" | "export";

export type StepStatus = "notStarted" | "inProgress" | "complete";

export type StepProgress = { 
/**
 * The step.
 */
step: Step, 
/**
 * Items done.
 */
done: number, 
/**
 * Items the step asks for; 0 for a step that asks nothing yet.
 */
total: number, 
/**
 * `NotStarted` when nothing is done, `Complete` when everything is.
 */
status: StepStatus, 
/**
 * What is still missing, as short imperative hints ("Name the sponsor").
 */
missing: Array<string>, };

export type WorkshopProgress = { 
/**
 * One entry per step, in [`Step::ALL`] order.
 */
steps: Array<StepProgress>, };

export type WorkshopId = string;

export type ParticipantId = string;

export type NewWorkshop = { 
/**
 * The client organisation.
 */
organisation: string, 
/**
 * The workshop's title.
 */
title: string, 
/**
 * The (first) day of the workshop.
 */
startDate: string, 
/**
 * Who runs it.
 */
facilitator: string, };

export type SetUp = { 
/**
 * The client organisation. Required.
 */
organisation: string, 
/**
 * The workshop's title. Required.
 */
title: string, 
/**
 * The executive sponsor.
 */
sponsor: string, 
/**
 * Who runs the workshop.
 */
facilitator: string, 
/**
 * The first day.
 */
startDate: string, 
/**
 * The last day, for workshops over several days; never before `start_date`.
 */
endDate: string | null, 
/**
 * Free engagement notes: context, constraints, agreements.
 */
notes: string, };

export type ParticipantInput = { 
/**
 * Full name. Required.
 */
name: string, 
/**
 * Job title or role in the workshop.
 */
role: string, 
/**
 * Part of the organisation they speak for.
 */
area: string, };

export type Participant = { 
/**
 * Stable identity, kept across edits and reordering.
 */
id: ParticipantId, 
/**
 * Full name.
 */
name: string, 
/**
 * Job title or role.
 */
role: string, 
/**
 * Part of the organisation.
 */
area: string, };

export type Workshop = { 
/**
 * Its identity.
 */
id: WorkshopId, 
/**
 * The "Set up" step.
 */
setUp: SetUp, 
/**
 * Participants, in the order the facilitator put them.
 */
participants: Array<Participant>, 
/**
 * How complete each step is.
 */
progress: WorkshopProgress, 
/**
 * When it was created.
 */
createdAt: string, 
/**
 * When anything in it last changed.
 */
updatedAt: string, };

export type WorkshopSummary = { 
/**
 * Its identity.
 */
id: WorkshopId, 
/**
 * The client organisation.
 */
organisation: string, 
/**
 * The workshop's title.
 */
title: string, 
/**
 * The first day.
 */
startDate: string, 
/**
 * The last day, if it runs over several.
 */
endDate: string | null, 
/**
 * How many participants it has.
 */
participantCount: number, 
/**
 * How complete each step is.
 */
progress: WorkshopProgress, 
/**
 * When anything in it last changed.
 */
updatedAt: string, };

export type ErrorCode = "invalidInput" | "notFound" | "newerDatabase" | "damagedDatabase" | "storage" | "internal";

export type AppError = { 
/**
 * What kind of failure.
 */
code: ErrorCode, 
/**
 * A sentence for the user.
 */
message: string, 
/**
 * The field the failure is about, if any.
 */
field: Field | null, };

export type AppStatus = { 
/**
 * The data directory.
 */
dataDir: string, 
/**
 * The database file.
 */
databasePath: string, 
/**
 * Why the database could not be opened; `None` when it is open.
 */
error: AppError | null, 
/**
 * Whether the sample workshop was created at this start (empty database).
 */
sampleCreated: boolean, };
