// Generated from the Rust types by src-tauri/src/ipc_types.rs. Do not edit:
// run `UPDATE_IPC_TYPES=1 cargo test -p smo-workbench ipc_types` instead.

export type Field = "organisation" | "title" | "sponsor" | "facilitator" | "startDate" | "endDate" | "notes" | "participantName" | "participantRole" | "participantArea" | "evidence" | "horizon" | "scope";

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

export type Level = number;

export type Horizon = number;

export type ScaleLevel = { 
/**
 * The level, 0 to 5.
 */
level: Level, 
/**
 * Its name in this framework ("Defined").
 */
name: string, 
/**
 * One sentence on what the level means across all practices.
 */
summary: string, };

export type PracticeGroup = { 
/**
 * Stable identifier, unique in the framework.
 */
id: string, 
/**
 * Display name.
 */
name: string, };

export type Practice = { 
/**
 * Stable identifier, unique in the framework; scores are keyed by it.
 */
id: string, 
/**
 * Display name.
 */
name: string, 
/**
 * The id of the group it belongs to.
 */
group: string, 
/**
 * Whether it is in the default scope of a new workshop.
 */
core: boolean, 
/**
 * What the practice is for, in a paragraph.
 */
purpose: string, 
/**
 * What one would observe at each level, index = level (0 to 5).
 */
levels: Array<string>, 
/**
 * Questions the facilitator can ask the room.
 */
questions: Array<string>, };

export type Framework = { 
/**
 * Stable identifier ("itil4-practices").
 */
id: string, 
/**
 * Display name.
 */
name: string, 
/**
 * The framework's own version ("1.0.0"); a changed text gets a new version.
 */
version: string, 
/**
 * What it covers, in a sentence or two.
 */
description: string, 
/**
 * The scale, levels 0 to 5 in order.
 */
scale: Array<ScaleLevel>, 
/**
 * Practice groups, in display order.
 */
groups: Array<PracticeGroup>, 
/**
 * Practices, in display order.
 */
practices: Array<Practice>, };

export type FrameworkSummary = { 
/**
 * The framework's id.
 */
id: string, 
/**
 * Its version.
 */
version: string, 
/**
 * Its name.
 */
name: string, 
/**
 * What it covers.
 */
description: string, 
/**
 * How many practices it holds.
 */
practices: number, 
/**
 * Shipped with the app (true) or imported by the user (false).
 */
builtin: boolean, };

export type Confidence = "low" | "medium" | "high";

export type Priority = "high" | "medium" | "low";

export type Vote = { 
/**
 * Who voted.
 */
participantId: ParticipantId, 
/**
 * The level they see.
 */
level: Level, };

export type VoteSpread = { 
/**
 * How many participants voted.
 */
count: number, 
/**
 * The lowest vote.
 */
min: Level, 
/**
 * The median vote (the mean of the two middle votes when the count is even).
 */
median: number, 
/**
 * The highest vote.
 */
max: Level, 
/**
 * Whether `max − min` reaches [`VoteSpread::DISAGREEMENT`].
 */
disagreement: boolean, };

export type CurrentStateInput = { 
/**
 * The agreed (consensus) level; `None` while not yet scored.
 */
current: Level | null, 
/**
 * How sure the room is.
 */
confidence: Confidence | null, 
/**
 * What was heard or shown: documents, examples, anecdotes.
 */
evidence: string, };

export type TargetInput = { 
/**
 * The level the practice must reach.
 */
target: Level | null, 
/**
 * How much reaching it matters.
 */
priority: Priority | null, 
/**
 * By when, in months from the workshop.
 */
horizon: Horizon | null, };

export type PracticeAssessment = { 
/**
 * The practice, by its id in the workshop's framework.
 */
practiceId: string, 
/**
 * The agreed current level; `None` while not scored.
 */
current: Level | null, 
/**
 * How sure the room is of `current`.
 */
confidence: Confidence | null, 
/**
 * The evidence heard.
 */
evidence: string, 
/**
 * Participants' own votes, in participant order.
 */
votes: Array<Vote>, 
/**
 * The spread of `votes` (derived).
 */
spread: VoteSpread | null, 
/**
 * The target level.
 */
target: Level | null, 
/**
 * How much the gap matters.
 */
priority: Priority | null, 
/**
 * Months to reach the target.
 */
horizon: Horizon | null, };

export type Assessment = { 
/**
 * The framework the workshop is assessed with; `None` until one is chosen.
 */
framework: Framework | null, 
/**
 * The practices in scope, in the framework's order.
 */
scope: Array<string>, 
/**
 * What is recorded for each practice in scope, in scope order.
 */
practices: Array<PracticeAssessment>, };

export type PracticeGap = { 
/**
 * The practice's id.
 */
practiceId: string, 
/**
 * Its name.
 */
name: string, 
/**
 * Its group's id.
 */
groupId: string, 
/**
 * The agreed current level.
 */
current: Level | null, 
/**
 * The target level.
 */
target: Level | null, 
/**
 * How much closing the gap matters.
 */
priority: Priority | null, 
/**
 * Levels to climb; `None` when either level is missing.
 */
gap: number | null, 
/**
 * `gap × priority weight`; `None` when the gap or the priority is missing.
 */
weightedGap: number | null, 
/**
 * The target is below the current level.
 */
targetBelowCurrent: boolean, 
/**
 * 1-based place in the ranking; `None` when not ranked.
 */
rank: number | null, };

export type GapSummary = { 
/**
 * The group's id; `None` for the overall summary.
 */
groupId: string | null, 
/**
 * The group's name, or "All practices in scope".
 */
name: string, 
/**
 * Practices in scope in this set.
 */
practices: number, 
/**
 * Practices with both levels known.
 */
scored: number, 
/**
 * Mean current level.
 */
averageCurrent: number | null, 
/**
 * Mean target level.
 */
averageTarget: number | null, 
/**
 * Mean gap.
 */
averageGap: number | null, 
/**
 * Mean weighted gap.
 */
averageWeightedGap: number | null, };

export type GapReport = { 
/**
 * Every practice in scope, in scope order.
 */
practices: Array<PracticeGap>, 
/**
 * Ids of ranked practices, the gap that matters most first.
 */
ranking: Array<string>, 
/**
 * One summary per group with practices in scope, in the framework's order.
 */
groups: Array<GapSummary>, 
/**
 * The summary over all practices in scope.
 */
overall: GapSummary, };

export type GapAnalysis = { 
/**
 * The numbers; `None` while the workshop has no framework.
 */
report: GapReport | null, 
/**
 * Radar of every practice in scope (SVG markup).
 */
practicesRadar: string, 
/**
 * Radar of the group averages (SVG markup).
 */
groupsRadar: string, 
/**
 * Heat map of current, target and gap (SVG markup).
 */
heatMap: string, };

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
 * The framework, the scope and what was recorded per practice.
 */
assessment: Assessment, 
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
