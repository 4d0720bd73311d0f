// Generated from the Rust types by src-tauri/src/ipc_types.rs. Do not edit:
// run `UPDATE_IPC_TYPES=1 cargo test -p smo-workbench ipc_types` instead.

export type Field = "organisation" | "title" | "sponsor" | "facilitator" | "startDate" | "endDate" | "notes" | "participantName" | "participantRole" | "participantArea" | "evidence" | "strengths" | "weaknesses" | "recommendation" | "facilitatorNote" | "horizon" | "scope";

export type Place = { 
/**
 * The row's id, if the input is in a row.
 */
row: string | null, 
/**
 * The input's name.
 */
input: string, };

export type DateStyle = "dayMonthYear" | "monthDayYear";

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

export type StepCount = { 
/**
 * The step.
 */
step: Step, 
/**
 * Items done.
 */
done: number, 
/**
 * Items the step asks for.
 */
total: number, 
/**
 * Where the step stands.
 */
status: StepStatus, };

export type ProgressCounts = { 
/**
 * One entry per step, in [`Step::ALL`] order.
 */
steps: Array<StepCount>, };

export type PracticeChange = { 
/**
 * The practice's assessment, votes and spread included.
 */
practice: PracticeAssessment, 
/**
 * How complete each step is now.
 */
progress: WorkshopProgress, 
/**
 * How far undo and redo can go now.
 */
history: UndoDepth, 
/**
 * When the workshop last changed (this change).
 */
updatedAt: string, };

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

export type VoteQuestion = "current" | "target";

export type RoundState = "open" | "revealed";

export type VoteRound = { 
/**
 * What it asks.
 */
question: VoteQuestion, 
/**
 * 1 for the first round of the question, then 2, 3…
 */
number: number, 
/**
 * Open or revealed.
 */
state: RoundState, 
/**
 * The votes cast, in participant order.
 */
votes: Array<Vote>, 
/**
 * The spread of `votes` (derived).
 */
spread: VoteSpread | null, };

export type RoundRef = { 
/**
 * The practice.
 */
practiceId: string, 
/**
 * The question.
 */
question: VoteQuestion, 
/**
 * The round's number.
 */
number: number, };

export type VoterNames = "hidden" | "shown";

export type NamedVote = { 
/**
 * Who.
 */
name: string, 
/**
 * Their vote.
 */
level: Level, };

export type RevealedVotes = { 
/**
 * How many voted each level, 0 to 5.
 */
atLevel: Array<number>, 
/**
 * Lowest, median, highest and whether they differ by two levels or more.
 */
spread: VoteSpread | null, 
/**
 * Each voter with their level, only when names are shown; else empty.
 */
voters: Array<NamedVote>, };

export type RoomVote = { 
/**
 * What the round asks.
 */
question: VoteQuestion, 
/**
 * Its number.
 */
number: number, 
/**
 * Open or revealed.
 */
state: RoundState, 
/**
 * How many of the people in the room have voted.
 */
voted: number, 
/**
 * How many people are in the room.
 */
eligible: number, 
/**
 * After the reveal: the distribution; `None` while the round is open.
 */
revealed: RevealedVotes | null, };

export type LevelOnScreen = { 
/**
 * 0 to 5.
 */
level: Level, 
/**
 * The scale's name for it ("Defined").
 */
name: string, 
/**
 * What the practice looks like at that level.
 */
descriptor: string, };

export type EarlierRound = { 
/**
 * Its number.
 */
number: number, 
/**
 * Its spread once revealed.
 */
spread: VoteSpread | null, };

export type PracticeOnScreen = { 
/**
 * Current state or target state.
 */
step: Step, 
/**
 * What the room decides.
 */
question: VoteQuestion, 
/**
 * The practice's id.
 */
practiceId: string, 
/**
 * Its group's name.
 */
group: string, 
/**
 * Its name.
 */
name: string, 
/**
 * What it is for.
 */
purpose: string, 
/**
 * Its place in the scope, from 1.
 */
position: number, 
/**
 * How many practices are in scope.
 */
of: number, 
/**
 * The six levels with the practice's descriptors.
 */
levels: Array<LevelOnScreen>, 
/**
 * The latest round on `question`, as the room may see it.
 */
vote: RoomVote | null, 
/**
 * The earlier rounds on `question`, revealed, first first.
 */
earlier: Array<EarlierRound>, 
/**
 * The level agreed for `question` (the current or the target level);
 * `None` while a round is open, so an earlier agreement does not
 * anchor the votes.
 */
agreed: Level | null, };

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

export type FindingsInput = { 
/**
 * What works today.
 */
strengths: string, 
/**
 * What does not.
 */
weaknesses: string, 
/**
 * What the room recommends.
 */
recommendation: string, };

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
 * The votes of the latest round on the current level, in participant
 * order (derived from `rounds`; in files before format 3, the only votes).
 */
votes: Array<Vote>, 
/**
 * The spread of `votes` (derived).
 */
spread: VoteSpread | null, 
/**
 * Every vote round on the current and the target level, by question
 * then number (format 3; a file before it holds `votes` only, read as
 * one revealed round).
 */
rounds: Array<VoteRound>, 
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
horizon: Horizon | null, 
/**
 * What works today (empty in files of format 1).
 */
strengths: string, 
/**
 * What does not.
 */
weaknesses: string, 
/**
 * What the room recommends.
 */
recommendation: string, 
/**
 * The facilitator's private note (format 3): never on the projector,
 * never in a document.
 */
note: string, };

export type DocumentStatus = "draft" | "final";

export type Classification = "public" | "internal" | "confidentialClient" | "restricted";

export type DocumentControl = { 
/**
 * "1.0", "0.3 draft": as the consultancy numbers its versions.
 */
version: string, 
/**
 * The version's date; the export day when not set.
 */
date: string | null, 
/**
 * Who wrote it; the facilitator when blank.
 */
author: string, 
/**
 * Who reviewed it, one per line.
 */
reviewers: Array<string>, 
/**
 * Draft or final.
 */
status: DocumentStatus, 
/**
 * Who may read it.
 */
classification: Classification, };

export type Brief = { 
/**
 * The few things a reader must take away, most important first.
 */
keyMessages: Array<string>, 
/**
 * What the reader is asked to decide.
 */
decisions: Array<string>, 
/**
 * What happens next, with who and when.
 */
nextSteps: Array<string>, 
/**
 * What the document takes as given, and what limits it.
 */
assumptions: Array<string>, 
/**
 * Version, date, author, reviewers, status, classification.
 */
control: DocumentControl, };

export type Briefs = { 
/**
 * The assessment report's.
 */
assessment: Brief, 
/**
 * The charter's.
 */
charter: Brief, 
/**
 * The roadmap's.
 */
roadmap: Brief, 
/**
 * The steering report's (none before it existed).
 */
steering: Brief, };

export type LogoSize = { 
/**
 * Width in pixels.
 */
width: number, 
/**
 * Height in pixels.
 */
height: number, };

export type RecommendationDraft = { 
/**
 * The practice.
 */
practiceId: string, 
/**
 * The drafted text.
 */
text: string, };

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

export type Zoom = number;

export type ChartSpace = { 
/**
 * The width the chart fills.
 */
width: number, 
/**
 * The most height it may take.
 */
maxHeight: number, 
/**
 * Its body text size.
 */
text: number, };

export type GapCharts = { 
/**
 * The radars' room.
 */
radar: ChartSpace, 
/**
 * The heat map's room.
 */
heatMap: ChartSpace, };

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

export type VisionCheck = "alignedWithGoals" | "namesWhoIsServed" | "saysWhyItExists";

export type SmoForm = "serviceManagementForBusinessUnits" | "coordinationPoint" | "processOwners" | "catalogueAndServiceLevels" | "toolOwner" | "serviceDesk" | "policyAndTraining";

export type Rating = "high" | "medium" | "low";

export type AuthorityLevel = "advisory" | "coordinating" | "directive";

export type ImprovementStatus = "proposed" | "approved" | "inProgress" | "done" | "rejected";

export type ApprovalStatus = "draft" | "inReview" | "approved";

export type CharterSection = "purpose" | "scope" | "forms" | "objectives" | "stakeholders" | "roles" | "raci" | "authority" | "governance" | "kpis" | "reporting" | "communications" | "improvement" | "risks" | "approval";

export type VisionMission = { 
/**
 * Where the SMO is heading, in a sentence or two.
 */
vision: string, 
/**
 * What the SMO does, for whom, and why.
 */
mission: string, 
/**
 * The organisational goals the vision answers to.
 */
goals: string, 
/**
 * The checks the author has ticked.
 */
checks: Array<VisionCheck>, };

export type PurposeSection = { 
/**
 * Why the SMO is being created.
 */
purpose: string, 
/**
 * What led here.
 */
background: string, };

export type ScopeSection = { 
/**
 * In scope.
 */
included: Array<string>, 
/**
 * Out of scope.
 */
excluded: Array<string>, };

export type FormsSection = { 
/**
 * The forms chosen.
 */
forms: Array<SmoForm>, 
/**
 * How they combine, what is left out.
 */
notes: string, };

export type Objective = { 
/**
 * Stable id.
 */
id: string, 
/**
 * Short title.
 */
title: string, 
/**
 * Specific: what exactly.
 */
specific: string, 
/**
 * Measurable: how we will know.
 */
measurable: string, 
/**
 * Achievable: why it is realistic.
 */
achievable: string, 
/**
 * Relevant: which goal it serves.
 */
relevant: string, 
/**
 * Time-bound: by when.
 */
due: string | null, 
/**
 * Practices whose gaps it closes (framework practice ids).
 */
practices: Array<string>, };

export type Stakeholder = { 
/**
 * Stable id.
 */
id: string, 
/**
 * Person or group.
 */
name: string, 
/**
 * Role or position.
 */
role: string, 
/**
 * What they need from the SMO.
 */
interest: string, 
/**
 * How much they can shape the SMO's success.
 */
influence: Rating | null, };

export type Role = { 
/**
 * Stable id.
 */
id: string, 
/**
 * Role name ("SMO lead").
 */
name: string, 
/**
 * What the role is for.
 */
purpose: string, 
/**
 * Skills it needs.
 */
skills: string, 
/**
 * Who fills it, if anyone.
 */
filledBy: string, 
/**
 * Whether someone must be recruited.
 */
toRecruit: boolean, 
/**
 * Share of a full-time job, in percent (1–100).
 */
allocation: number | null, };

export type RaciRow = { 
/**
 * Stable id.
 */
id: string, 
/**
 * The process or activity.
 */
activity: string, 
/**
 * The roles' assignments; roles without one are left out.
 */
cells: Array<RaciCell>, };

export type RaciCell = { 
/**
 * The role's id.
 */
roleId: string, 
/**
 * Responsible: does the work.
 */
responsible: boolean, 
/**
 * Accountable: answers for it.
 */
accountable: boolean, 
/**
 * Consulted before.
 */
consulted: boolean, 
/**
 * Informed after.
 */
informed: boolean, };

export type AuthoritySection = { 
/**
 * Where the SMO has a say.
 */
areasOfInfluence: Array<string>, 
/**
 * How much authority it has.
 */
level: AuthorityLevel | null, 
/**
 * The authority in words.
 */
statement: string, 
/**
 * Decisions and the SMO's right in each.
 */
decisionRights: Array<DecisionRight>, };

export type DecisionRight = { 
/**
 * Stable id.
 */
id: string, 
/**
 * The decision ("Approve a new process").
 */
decision: string, 
/**
 * What the SMO may do ("Decides", "Recommends"…).
 */
right: string, };

export type GovernanceBody = { 
/**
 * Stable id.
 */
id: string, 
/**
 * Its name.
 */
name: string, 
/**
 * Who chairs it.
 */
chair: string, 
/**
 * Who sits on it.
 */
members: string, 
/**
 * How often it meets.
 */
cadence: string, 
/**
 * What it decides.
 */
decides: string, };

export type Kpi = { 
/**
 * Stable id.
 */
id: string, 
/**
 * Name.
 */
name: string, 
/**
 * How it is calculated.
 */
definition: string, 
/**
 * Where it stands now.
 */
baseline: string, 
/**
 * Where it must get to.
 */
target: string, 
/**
 * How often it is measured.
 */
frequency: string, 
/**
 * Who owns it.
 */
owner: string, 
/**
 * Where the data comes from.
 */
dataSource: string, 
/**
 * The objective it tracks.
 */
objectiveId: string | null, };

export type Report = { 
/**
 * Stable id.
 */
id: string, 
/**
 * Name.
 */
name: string, 
/**
 * Who reads it.
 */
audience: string, 
/**
 * How often.
 */
frequency: string, 
/**
 * Who produces it.
 */
owner: string, };

export type Communication = { 
/**
 * Stable id.
 */
id: string, 
/**
 * Who hears it.
 */
audience: string, 
/**
 * What they hear.
 */
message: string, 
/**
 * Through what.
 */
channel: string, 
/**
 * How often.
 */
frequency: string, 
/**
 * Who sends it.
 */
owner: string, 
/**
 * From when.
 */
start: string | null, };

export type ImprovementSection = { 
/**
 * How often the SMO reviews its practices.
 */
reviewCadence: string, 
/**
 * Where feedback comes from.
 */
feedbackSources: Array<string>, 
/**
 * The improvement register.
 */
register: Array<Improvement>, };

export type Improvement = { 
/**
 * Stable id.
 */
id: string, 
/**
 * What to improve.
 */
description: string, 
/**
 * Where the idea came from.
 */
source: string, 
/**
 * Who owns it.
 */
owner: string, 
/**
 * Where it stands.
 */
status: ImprovementStatus, };

export type Risk = { 
/**
 * Stable id.
 */
id: string, 
/**
 * What could happen.
 */
description: string, 
/**
 * How likely.
 */
likelihood: Rating | null, 
/**
 * How bad.
 */
impact: Rating | null, 
/**
 * What is done about it.
 */
mitigation: string, 
/**
 * Who owns it.
 */
owner: string, };

export type ApprovalSection = { 
/**
 * The approvers.
 */
approvers: Array<Approver>, 
/**
 * Draft, in review, approved.
 */
status: ApprovalStatus, 
/**
 * When it was sent for review.
 */
submitted: string | null, 
/**
 * When it was approved.
 */
approved: string | null, };

export type Approver = { 
/**
 * Stable id.
 */
id: string, 
/**
 * Name.
 */
name: string, 
/**
 * Role.
 */
role: string, 
/**
 * Has this person approved?
 */
approved: boolean, };

export type Charter = { 
/**
 * Vision and mission (their own workshop step).
 */
vision: VisionMission, 
/**
 * Purpose and background.
 */
purpose: PurposeSection, 
/**
 * Scope.
 */
scope: ScopeSection, 
/**
 * Form(s).
 */
forms: FormsSection, 
/**
 * Objectives.
 */
objectives: Array<Objective>, 
/**
 * Stakeholders.
 */
stakeholders: Array<Stakeholder>, 
/**
 * Roles.
 */
roles: Array<Role>, 
/**
 * RACI rows.
 */
raci: Array<RaciRow>, 
/**
 * Authority.
 */
authority: AuthoritySection, 
/**
 * Governance bodies.
 */
governance: Array<GovernanceBody>, 
/**
 * KPIs.
 */
kpis: Array<Kpi>, 
/**
 * Reports.
 */
reporting: Array<Report>, 
/**
 * Communications plan.
 */
communications: Array<Communication>, 
/**
 * Continual improvement.
 */
improvement: ImprovementSection, 
/**
 * Risks.
 */
risks: Array<Risk>, 
/**
 * Approval.
 */
approval: ApprovalSection, };

export type CharterUpdate = { "section": "vision", "content": VisionMission } | { "section": "purpose", "content": PurposeSection } | { "section": "scope", "content": ScopeSection } | { "section": "forms", "content": FormsSection } | { "section": "objectives", "content": Array<Objective> } | { "section": "stakeholders", "content": Array<Stakeholder> } | { "section": "roles", "content": Array<Role> } | { "section": "raci", "content": Array<RaciRow> } | { "section": "authority", "content": AuthoritySection } | { "section": "governance", "content": Array<GovernanceBody> } | { "section": "kpis", "content": Array<Kpi> } | { "section": "reporting", "content": Array<Report> } | { "section": "communications", "content": Array<Communication> } | { "section": "improvement", "content": ImprovementSection } | { "section": "risks", "content": Array<Risk> } | { "section": "approval", "content": ApprovalSection };

export type RaciIssue = { 
/**
 * The row.
 */
rowId: string, 
/**
 * The roles involved (the Accountables, when there are several).
 */
roleIds: Array<string>, 
/**
 * The explanation, for people.
 */
message: string, };

export type CharterVersion = { 
/**
 * 1, 2, 3… in the order they were saved.
 */
number: number, 
/**
 * When it was saved.
 */
savedAt: string, 
/**
 * Whether this version is the approved one.
 */
approved: boolean, 
/**
 * A note the author gave it.
 */
note: string, 
/**
 * The whole charter as it was.
 */
charter: Charter, };

export type CharterVersionSummary = { 
/**
 * 1, 2, 3…
 */
number: number, 
/**
 * When it was saved.
 */
savedAt: string, 
/**
 * Whether it is an approved version.
 */
approved: boolean, 
/**
 * The author's note.
 */
note: string, };

export type Effort = "small" | "medium" | "large";

export type InitiativeStatus = "planned" | "inProgress" | "done" | "onHold";

export type PhaseKind = "quickWins" | "foundation" | "expansion" | "optimisation";

export type Phase = { 
/**
 * Which phase.
 */
kind: PhaseKind, 
/**
 * First day.
 */
start: string | null, 
/**
 * Last day.
 */
end: string | null, };

export type Initiative = { 
/**
 * Stable id.
 */
id: string, 
/**
 * What it is, in a few words.
 */
title: string, 
/**
 * What it involves.
 */
description: string, 
/**
 * The practices (framework ids) whose gaps it closes.
 */
practices: Array<string>, 
/**
 * Who owns it.
 */
owner: string, 
/**
 * First day.
 */
start: string | null, 
/**
 * Last day.
 */
end: string | null, 
/**
 * The phase it belongs to.
 */
phase: PhaseKind | null, 
/**
 * How big it is.
 */
effort: Effort | null, 
/**
 * Where it stands.
 */
status: InitiativeStatus, 
/**
 * Ids of the initiatives that must finish first.
 */
dependencies: Array<string>, 
/**
 * Whether its end is a milestone worth reporting.
 */
milestone: boolean, 
/**
 * The level its practices reach once it is done.
 */
raisesTo: Level | null, };

export type Roadmap = { 
/**
 * The four phases, in order.
 */
phases: Array<Phase>, 
/**
 * Initiatives, in the order the user put them.
 */
initiatives: Array<Initiative>, };

export type RoadmapIssue = { 
/**
 * The initiative concerned.
 */
initiativeId: string, 
/**
 * The explanation.
 */
message: string, };

export type Bucket = "now" | "next" | "later" | "done";

export type TargetReached = { "kind": "already" } | { "kind": "on", "on": string } | { "kind": "notPlanned" };

export type Projection = { 
/**
 * The practice.
 */
practiceId: string, 
/**
 * Its name.
 */
name: string, 
/**
 * Today's level.
 */
current: Level | null, 
/**
 * The target.
 */
target: Level | null, 
/**
 * The level expected once all its initiatives are done.
 */
projected: Level | null, 
/**
 * When the target is reached.
 */
reached: TargetReached, 
/**
 * The initiatives that raise it, by id.
 */
initiatives: Array<string>, };

export type Direction = "higherIsBetter" | "lowerIsBetter";

export type Frequency = "weekly" | "monthly" | "quarterly" | "halfYearly" | "yearly";

export type KpiScale = { 
/**
 * Where it stood when the charter was written.
 */
baseline: number, 
/**
 * Where it must get to.
 */
target: number, 
/**
 * What the numbers count.
 */
unit: string, 
/**
 * Which way is better.
 */
direction: Direction, };

export type Measurement = { 
/**
 * The day it was measured for.
 */
date: string, 
/**
 * The value, in the KPI's unit.
 */
value: number, 
/**
 * What is worth knowing about it.
 */
note: string, 
/**
 * Who measured it.
 */
by: string, };

export type KpiStatus = "onTrack" | "atRisk" | "offTrack" | "notMeasured";

export type KpiStanding = { 
/**
 * The latest measurement (by date; of two on one day, the later given).
 */
latest: Measurement | null, 
/**
 * Its progress from baseline to target.
 */
progress: number | null, 
/**
 * The share of the time from start to target date gone by, 0 to 1.
 */
expected: number, 
/**
 * On track, at risk, off track or not measured.
 */
status: KpiStatus, 
/**
 * When the next measurement is due.
 */
nextDue: string, 
/**
 * Whether it is past due.
 */
overdue: boolean, };

export type LevelDelta = { 
/**
 * The practice.
 */
practiceId: string, 
/**
 * Its name.
 */
name: string, 
/**
 * Its group's id.
 */
group: string, 
/**
 * Its level in the earlier round.
 */
before: Level | null, 
/**
 * Its level in the later round.
 */
after: Level | null, 
/**
 * `after` − `before`, when both are rated.
 */
delta: number | null, };

export type RoundComparison = { 
/**
 * Every practice in the later round's scope.
 */
deltas: Array<LevelDelta>, };

export type TrendPoint = { 
/**
 * The round's name ("Baseline, March 2026").
 */
round: string, 
/**
 * The average current level of the practices rated; `None` when none is.
 */
overall: number | null, 
/**
 * Each group of the framework, in its order: its id and average.
 */
groups: Array<[string, number | null]>, };

export type IdeaStatus = "new" | "assessed" | "approved" | "inProgress" | "done" | "rejected";

export type IdeaSource = "kpi" | "reassessment" | "feedback" | "incidentReview" | "audit";

export type Idea = { 
/**
 * Stable id.
 */
id: string, 
/**
 * The day it was raised.
 */
raisedOn: string, 
/**
 * Who raised it.
 */
raisedBy: string, 
/**
 * What it is.
 */
description: string, 
/**
 * What raised it.
 */
source: IdeaSource, 
/**
 * The practice it concerns, if one.
 */
practiceId: string | null, 
/**
 * What it would bring.
 */
expectedBenefit: string, 
/**
 * How big it is.
 */
size: Effort | null, 
/**
 * How much it matters.
 */
priority: Priority | null, 
/**
 * Where it stands.
 */
status: IdeaStatus, 
/**
 * Who owns it.
 */
owner: string, 
/**
 * What was decided, and why.
 */
decision: string, 
/**
 * The initiative it became, once promoted.
 */
initiativeId: string | null, };

export type Delivery = { 
/**
 * How much is done, 0 to 100.
 */
percent: number, 
/**
 * The day work actually started.
 */
actualStart: string | null, 
/**
 * The day it actually finished.
 */
actualEnd: string | null, 
/**
 * Where it stands, in words.
 */
note: string, 
/**
 * The start first planned (kept when the plan moves).
 */
baselineStart: string | null, 
/**
 * The end first planned (kept when the plan moves).
 */
baselineEnd: string | null, };

export type DeliveryState = { 
/**
 * Days the end has moved past the baseline end (negative: earlier);
 * `None` without both dates. The actual end counts once there is one.
 */
slipDays: number | null, 
/**
 * Not done and its (planned) end has passed.
 */
late: boolean, 
/**
 * On hold, or waiting on a dependency that is late or on hold.
 */
blocked: boolean, };

export type LiveRound = { 
/**
 * 1 for the baseline, one more for each re-assessment.
 */
number: number, 
/**
 * "Baseline, March 2026", "Six-month review".
 */
name: string, 
/**
 * The day it is held.
 */
heldOn: string, };

export type AssessmentRound = { 
/**
 * Its number, from 1.
 */
number: number, 
/**
 * Its name.
 */
name: string, 
/**
 * The day it was held.
 */
heldOn: string, 
/**
 * What was recorded per practice in scope then (levels, confidence,
 * evidence and votes), in scope order.
 */
practices: Array<PracticeAssessment>, };

export type TrackedKpi = { 
/**
 * The charter KPI's id.
 */
kpiId: string, 
/**
 * Baseline and target as numbers; `None` while the charter's words do
 * not read as numbers and none have been entered.
 */
scale: KpiScale | null, 
/**
 * When tracking starts (the baseline's day).
 */
start: string, 
/**
 * When the target is due; `None` until set.
 */
targetDate: string | null, 
/**
 * How often it is measured; `None` until set.
 */
frequency: Frequency | null, 
/**
 * Its measurements, oldest first.
 */
measurements: Array<Measurement>, };

export type KpiSettings = { 
/**
 * The charter KPI.
 */
kpiId: string, 
/**
 * Baseline and target as numbers.
 */
scale: KpiScale | null, 
/**
 * When tracking starts.
 */
start: string, 
/**
 * When the target is due.
 */
targetDate: string | null, 
/**
 * How often it is measured.
 */
frequency: Frequency | null, };

export type InitiativeDelivery = { 
/**
 * The initiative.
 */
initiativeId: string, 
/**
 * Its record.
 */
delivery: Delivery, };

export type FollowUp = { 
/**
 * The round being scored now.
 */
liveRound: LiveRound, 
/**
 * The earlier rounds, oldest first.
 */
rounds: Array<AssessmentRound>, 
/**
 * The KPIs with tracking recorded, in charter order (a KPI without a
 * record is tracked as [`TrackedKpi::read_from`] its words).
 */
kpis: Array<TrackedKpi>, 
/**
 * Initiatives with a delivery record, in roadmap order.
 */
deliveries: Array<InitiativeDelivery>, 
/**
 * The improvement register, newest first.
 */
ideas: Array<Idea>, };

export type KpiSource = "recorded" | "readFromCharter";

export type RoundSummary = { 
/**
 * Its number.
 */
number: number, 
/**
 * Its name.
 */
name: string, 
/**
 * The day it was held.
 */
heldOn: string, 
/**
 * How many practices in scope it rated.
 */
rated: number, 
/**
 * Whether it is the round being scored now.
 */
live: boolean, };

export type KpiRow = { 
/**
 * The charter's KPI (name, words for baseline and target, owner).
 */
kpi: Kpi, 
/**
 * Its tracking.
 */
tracking: TrackedKpi, 
/**
 * Where the tracking comes from.
 */
source: KpiSource, 
/**
 * Where it stands today, when it can be said.
 */
standing: KpiStanding | null, 
/**
 * What is missing before a status can be given, in words ("a target
 * date", "numbers for the baseline and target"); empty when nothing.
 */
missing: Array<string>, };

export type DeliveryRow = { 
/**
 * The initiative's id.
 */
initiativeId: string, 
/**
 * Its record.
 */
delivery: Delivery, 
/**
 * Slippage, late, blocked.
 */
state: DeliveryState, };

export type MaturityCheck = { 
/**
 * The practice.
 */
practiceId: string, 
/**
 * Its name.
 */
name: string, 
/**
 * Its level at the baseline.
 */
baseline: Level | null, 
/**
 * The level the plan projects once its initiatives are done.
 */
projected: Level | null, 
/**
 * The level the plan expected by today: the baseline raised by every
 * initiative of the practice planned (first planned) to end by today.
 */
plannedByNow: Level | null, 
/**
 * Its level in the latest round that rated it.
 */
achieved: Level | null, 
/**
 * Its target.
 */
target: Level | null, };

export type FollowUpView = { 
/**
 * The day it is for.
 */
today: string, 
/**
 * Every round, oldest first, the live one last.
 */
rounds: Array<RoundSummary>, 
/**
 * The average level of every round, overall and per group, oldest first.
 */
trend: Array<TrendPoint>, 
/**
 * The latest round with any rating: the live one once anything in it
 * is rated, else the last earlier round (a round just started has
 * nothing to report yet).
 */
latestRated: number, 
/**
 * The baseline against the latest levels: each practice's in the latest
 * round that rated it (none while only the baseline has ratings).
 */
sinceBaseline: RoundComparison | null, 
/**
 * The average of the latest levels, overall and per group (what
 * "maturity now" means while a round is part-way through).
 */
now: TrendPoint, 
/**
 * Every charter KPI.
 */
kpis: Array<KpiRow>, 
/**
 * How many KPIs are due for measuring today or overdue.
 */
kpisDue: number, 
/**
 * Every initiative's delivery, in roadmap order.
 */
deliveries: Array<DeliveryRow>, 
/**
 * Projected against achieved maturity, per practice in scope.
 */
maturity: Array<MaturityCheck>, 
/**
 * How many ideas stand in each status, in [`IdeaStatus::ALL`] order.
 */
ideasByStatus: Array<[IdeaStatus, number]>, };

export type ProgressScreen = { 
/**
 * Everything derived, as of today.
 */
view: FollowUpView, 
/**
 * The trend of every round (SVG markup; empty without a framework).
 */
trendChart: string, };

export type BoardEntry = { 
/**
 * The initiative.
 */
initiativeId: string, 
/**
 * Its column.
 */
bucket: Bucket, };

export type Disagreement = { 
/**
 * What disagrees.
 */
message: string, 
/**
 * What would resolve it.
 */
resolution: string, };

export type RoadmapView = { 
/**
 * The day the views were computed for.
 */
today: string, 
/**
 * The timeline (SVG markup).
 */
timeline: string, 
/**
 * Each initiative's board column, in roadmap order.
 */
board: Array<BoardEntry>, 
/**
 * What the roadmap does to each practice in scope.
 */
projections: Array<Projection>, 
/**
 * Where the plan, the targets and the charter disagree.
 */
disagreements: Array<Disagreement>, 
/**
 * How each initiative's delivery stands: slippage against its first
 * plan, late, blocked.
 */
delivery: Array<DeliveryRow>, };

export type GapChart = "practicesRadar" | "groupsRadar" | "heatMap";

export type RoomFocus = { "kind": "step", 
/**
 * The workshop.
 */
workshopId: WorkshopId, 
/**
 * The step.
 */
step: Step, } | { "kind": "practice", 
/**
 * The workshop.
 */
workshopId: WorkshopId, 
/**
 * The practice.
 */
practiceId: string, 
/**
 * Current or target level.
 */
question: VoteQuestion, } | { "kind": "gaps", 
/**
 * The workshop.
 */
workshopId: WorkshopId, 
/**
 * Which chart.
 */
chart: GapChart, } | { "kind": "draft", 
/**
 * The workshop.
 */
workshopId: WorkshopId, 
/**
 * Vision & mission or Charter.
 */
step: Step, 
/**
 * What is drafted ("Mission").
 */
heading: string, 
/**
 * The text so far, paragraphs separated by line breaks.
 */
text: string, };

export type PresenterMode = "following" | "frozen" | "blank";

export type RankedGap = { 
/**
 * 1 for the gap that matters most.
 */
rank: number, 
/**
 * The practice.
 */
name: string, 
/**
 * Today's level.
 */
current: Level | null, 
/**
 * The target.
 */
target: Level | null, 
/**
 * Levels to climb.
 */
gap: number | null, };

export type RoomView = { "kind": "waiting" } | { "kind": "blank", 
/**
 * The client.
 */
organisation: string, } | { "kind": "step", 
/**
 * The client.
 */
organisation: string, 
/**
 * The workshop's title.
 */
title: string, 
/**
 * The step.
 */
step: Step, } | { "kind": "practice", 
/**
 * The client.
 */
organisation: string, 
/**
 * The practice as the room may see it.
 */
practice: PracticeOnScreen, } | { "kind": "gaps", 
/**
 * The client.
 */
organisation: string, 
/**
 * Which chart.
 */
chart: GapChart, 
/**
 * The chart (SVG).
 */
svg: string, 
/**
 * The gaps that matter most, first first (at most ten).
 */
ranking: Array<RankedGap>, } | { "kind": "draft", 
/**
 * The client.
 */
organisation: string, 
/**
 * The step.
 */
step: Step, 
/**
 * What is drafted.
 */
heading: string, 
/**
 * The text so far.
 */
text: string, } | { "kind": "roadmap", 
/**
 * The client.
 */
organisation: string, 
/**
 * The timeline (SVG).
 */
timeline: string, };

export type RoomTimer = { 
/**
 * The item under way.
 */
title: string, 
/**
 * Seconds left of its plan; negative once it overruns.
 */
remainingSeconds: number, 
/**
 * Whether the clock is counting.
 */
running: boolean, };

export type InviteSize = "large" | "corner";

export type RoomInvite = { 
/**
 * The address to type.
 */
address: string, 
/**
 * The six digits to type there.
 */
joinCode: string, 
/**
 * The QR code of the address with its secret (SVG).
 */
qrSvg: string, 
/**
 * Filling the screen or in its corner.
 */
size: InviteSize, };

export type RoomScreen = { 
/**
 * What is on screen.
 */
view: RoomView, 
/**
 * The agenda item under way and its countdown, when the clock is on.
 */
timer: RoomTimer | null, 
/**
 * How to join from a phone, while the phones are on.
 */
invite: RoomInvite | null, };

export type MachineAddress = { 
/**
 * The network interface ("wlan0").
 */
interface: string, 
/**
 * The address ("192.168.1.20").
 */
ip: string, 
/**
 * Whether only this machine can reach it (for a demo).
 */
loopback: boolean, };

export type Invite = { 
/**
 * The address to type ("http://192.168.1.20:7272").
 */
address: string, 
/**
 * The QR code's address: `address` with the session's secret after `#`.
 */
url: string, 
/**
 * The six digits to type after opening `address` ("482 913").
 */
joinCode: string, 
/**
 * The QR code of `url` (SVG).
 */
qrSvg: string, };

export type PhoneRoster = { 
/**
 * Devices that joined.
 */
devices: number, 
/**
 * The names held, each by one device.
 */
held: Array<ParticipantId>, 
/**
 * Who answered "don't know" in the round on screen.
 */
dontKnow: Array<ParticipantId>, 
/**
 * Whether typed codes are refused for everyone after too many misses
 * (the QR code still works).
 */
codeLocked: boolean, };

export type PhoneSession = { 
/**
 * The workshop the phones vote in.
 */
workshopId: WorkshopId, 
/**
 * How to join.
 */
invite: Invite, 
/**
 * Who holds which name.
 */
roster: PhoneRoster, };

export type PhoneVote = { 
/**
 * The workshop voted in.
 */
workshopId: WorkshopId, 
/**
 * The practice as it now is.
 */
change: PracticeChange, };

export type NameOnPhone = { 
/**
 * Who.
 */
id: ParticipantId, 
/**
 * Their name.
 */
name: string, 
/**
 * Whether another device holds it.
 */
held: boolean, };

export type PhoneChoice = { "kind": "level", 
/**
 * 0 to 5.
 */
level: Level, } | { "kind": "dontKnow" };

export type PhoneView = { 
/**
 * The workshop's title.
 */
title: string, 
/**
 * The client.
 */
organisation: string, 
/**
 * The names to claim one from.
 */
names: Array<NameOnPhone>, 
/**
 * The name this device holds.
 */
me: ParticipantId | null, 
/**
 * The step the facilitator is on, when it is not a vote.
 */
step: Step | null, 
/**
 * The practice being voted on (votes as counts, distribution after the reveal).
 */
practice: PracticeOnScreen | null, 
/**
 * The round a vote from this device goes to.
 */
round: RoundRef | null, 
/**
 * This device's answer in that round.
 */
mine: PhoneChoice | null, };

export type PhoneErrorCode = "badRequest" | "tooLarge" | "wrongSite" | "unknownDevice" | "sessionEnded" | "wrongCode" | "locked" | "tooManyDevices" | "nameHeld" | "noName" | "roundClosed" | "busy" | "notFound" | "cannotStart";

export type PhoneError = { 
/**
 * What went wrong.
 */
code: PhoneErrorCode, 
/**
 * In words.
 */
message: string, };

export type JoinRequest = { 
/**
 * The 32 hex digits after `#` in the QR code's address.
 */
secret: string | null, 
/**
 * The six digits on the screen.
 */
code: string | null, };

export type Joined = { 
/**
 * Sent as `Authorization: Bearer …` (and `?token=` for the stream).
 */
token: string, };

export type ClaimRequest = { 
/**
 * Who.
 */
participantId: ParticipantId, };

export type VoteRequest = { 
/**
 * The round, as the phone was shown it.
 */
round: RoundRef, 
/**
 * A level, or "don't know".
 */
choice: PhoneChoice, };

export type AgendaItem = { 
/**
 * Stable identity, kept across edits.
 */
id: string, 
/**
 * What the room reads ("Current state: service management practices", "Lunch").
 */
title: string, 
/**
 * The step it runs in, if any (a break has none).
 */
step: Step | null, 
/**
 * The framework group of practices it covers, if it covers one group.
 */
group: string | null, 
/**
 * Minutes planned, 1 to [`MAX_ITEM_MINUTES`].
 */
plannedMinutes: number, 
/**
 * Seconds it actually took (so far, for the item under way: booked
 * when the facilitator moves on or finishes).
 */
actualSeconds: number, 
/**
 * Whether it has been run (the facilitator moved on from it).
 */
done: boolean, };

export type AgendaClock = { "state": "idle" } | { "state": "running", 
/**
 * The item under way.
 */
item: string, 
/**
 * When the clock was last started or resumed.
 */
since: string, 
/**
 * Seconds spent on the item before `since`.
 */
before: number, } | { "state": "paused", 
/**
 * The item under way.
 */
item: string, 
/**
 * Seconds spent on it.
 */
elapsed: number, };

export type ClockAction = "start" | "pause" | "resume" | "next" | "finish";

export type Agenda = { 
/**
 * The items, in order.
 */
items: Array<AgendaItem>, 
/**
 * A timebox per practice on Current state, in minutes; `None` for none.
 */
practiceMinutes: number | null, 
/**
 * The clock.
 */
clock: AgendaClock, };

export type AgendaLength = "oneDay" | "twoDays";

export type AgendaReading = { 
/**
 * The item under way (running or paused), by its place in the list.
 */
current: number | null, 
/**
 * Whether the clock is counting.
 */
running: boolean, 
/**
 * Seconds spent on the item under way.
 */
elapsedSeconds: number, 
/**
 * Seconds left of its plan; negative once it overruns.
 */
remainingSeconds: number, 
/**
 * Within two minutes of its planned end, not yet over.
 */
warning: boolean, 
/**
 * Seconds the day is behind its plan (negative: ahead): the finished
 * items' overruns, and the item under way's once it overruns.
 */
behindSeconds: number, 
/**
 * Seconds of plan left: the item under way's remainder and every later
 * item not yet run.
 */
leftSeconds: number, };

export type AgendaView = { 
/**
 * The plan, the time spent and the clock.
 */
agenda: Agenda, 
/**
 * How the day stands at `at`.
 */
reading: AgendaReading, 
/**
 * When the clock was read.
 */
at: string, };

export type MonitorChoice = { 
/**
 * Its place in the system's list (what `open_presenter` takes).
 */
index: number, 
/**
 * Its name, or "Screen 2" when it has none.
 */
name: string, 
/**
 * Its size in pixels.
 */
width: number, 
/**
 * Its height in pixels.
 */
height: number, 
/**
 * Whether the main window is on it now.
 */
hasMainWindow: boolean, 
/**
 * Whether the presenter window last went to it.
 */
lastUsed: boolean, };

export type Document = "assessment" | "charter" | "roadmap" | "steering";

export type DocumentExport = { 
/**
 * Which document.
 */
document: Document, 
/**
 * When.
 */
at: string, };

export type DocumentFormat = "pdf" | "word";

export type PaperSize = "a4" | "letter";

export type ExportItem = { "kind": "document", 
/**
 * Which document.
 */
document: Document, 
/**
 * PDF or Word.
 */
format: DocumentFormat, } | { "kind": "workbook" };

export type ExportProgress = { 
/**
 * Files finished.
 */
done: number, 
/**
 * Files asked for.
 */
total: number, 
/**
 * The one being built now.
 */
current: ExportItem | null, };

export type ExportedFile = { 
/**
 * What it is.
 */
item: ExportItem, 
/**
 * Its file name (not its path).
 */
name: string, 
/**
 * Its folder, for the user to read.
 */
folder: string, 
/**
 * Pages, when the format fixes them (PDF; a word processor lays out
 * Word pages itself).
 */
pages: number | null, 
/**
 * Size in bytes.
 */
bytes: number, 
/**
 * What the reader should know (characters the typeface lacks…).
 */
warnings: Array<string>, 
/**
 * Pass to `open_export` to show it.
 */
handle: number, };

export type ImportOutcome = { "kind": "cancelled" } | { "kind": "imported", 
/**
 * The workshop's id in the database.
 */
id: WorkshopId, 
/**
 * Its title.
 */
title: string, } | { "kind": "conflict", 
/**
 * Its title in the file.
 */
title: string, };

export type ConflictChoice = "replace" | "keepBoth" | "cancel";

export type UndoDepth = { 
/**
 * Steps that can be undone.
 */
undo: number, 
/**
 * Steps that can be redone.
 */
redo: number, };

export type SectionCheck = { 
/**
 * The section.
 */
section: CharterSection, 
/**
 * What it still needs; `None` when it is done.
 */
missing: string | null, };

export type WorkshopChecks = { 
/**
 * RACI rows without exactly one Accountable and a Responsible.
 */
raci: Array<RaciIssue>, 
/**
 * Initiatives starting before what they depend on ends, or outside their phase.
 */
roadmap: Array<RoadmapIssue>, 
/**
 * Each charter section, in order, and what it still needs (`None` when done).
 */
sections: Array<SectionCheck>, };

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
 * Vision, mission and charter.
 */
charter: Charter, 
/**
 * Saved charter versions, newest first.
 */
charterVersions: Array<CharterVersionSummary>, 
/**
 * The improvement roadmap.
 */
roadmap: Roadmap, 
/**
 * What each document says to executives beyond the data.
 */
briefs: Briefs, 
/**
 * The size of the client's logo, if one is kept (the image itself is
 * read only to export).
 */
logo: LogoSize | null, 
/**
 * When each document was last exported (none yet: empty). Kept beside
 * the workshop, not in it: undo and workshop files leave it alone.
 */
exports: Array<DocumentExport>, 
/**
 * The agenda: plan, time spent and clock. Beside the workshop like the
 * logo: undo leaves it alone, workshop files carry it.
 */
agenda: Agenda, 
/**
 * Its life after the workshop: assessment rounds, KPI tracking,
 * delivery and the improvement register.
 */
followUp: FollowUp, 
/**
 * What is allowed but worth a second look (derived).
 */
checks: WorkshopChecks, 
/**
 * How many changes can be undone and redone.
 */
history: UndoDepth, 
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
progress: ProgressCounts, 
/**
 * The assessment round being scored: its number (1 for the baseline) and name.
 */
round: [number, string], 
/**
 * When the first of its tracked KPIs is next due for measuring, if any is tracked.
 */
kpisNextDue: string | null, 
/**
 * When anything in it last changed.
 */
updatedAt: string, };

export type WorkshopPage = { 
/**
 * Every workshop in the database.
 */
total: number, 
/**
 * How many the search finds (`total` for an empty search).
 */
matching: number, 
/**
 * The first of them, at most the number asked for.
 */
workshops: Array<WorkshopSummary>, };

export type ErrorCode = "invalidInput" | "notFound" | "conflict" | "readOnly" | "newerDatabase" | "damagedDatabase" | "storage" | "network" | "internal";

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
 * The set-up or participant field the failure is about, if any.
 */
field: Field | null, 
/**
 * The input in a charter section or the roadmap the failure is about
 * (its row and name), if any: the UI marks that input.
 */
place: Place | null, };

export type Recovery = { 
/**
 * Where the damaged file was moved.
 */
movedTo: string, 
/**
 * What SQLite said about it.
 */
detail: string, 
/**
 * When the newest usable backup was made, if there is one.
 */
backupMadeAt: string | null, 
/**
 * How many workshops that backup holds (`None` without a backup).
 */
backupWorkshops: number | null, };

export type BackupSummary = { 
/**
 * Pass to `restore_backup`.
 */
handle: number, 
/**
 * When it was made.
 */
createdAt: string, 
/**
 * Why: "daily", "pre-migration", "manual" or "before-restore".
 */
kind: string, 
/**
 * Size in bytes.
 */
size: number, 
/**
 * Workshops it holds; `None` when the file cannot be read (damaged).
 */
workshops: number | null, };

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
sampleCreated: boolean, 
/**
 * Set when a damaged database was moved aside and a fresh one opened.
 */
recovery: Recovery | null, 
/**
 * Set when the database is open read-only (written by a newer version):
 * why, in words for the user.
 */
readOnly: string | null, 
/**
 * How days are written, on screen and in the documents, from the
 * user's locale (`LC_ALL`, `LC_TIME`, `LANG`).
 */
dateStyle: DateStyle, 
/**
 * The UI's zoom when the app started (remembered from the last run).
 */
zoom: Zoom, };

export type About = { 
/**
 * The app's version.
 */
version: string, 
/**
 * The app's own licence.
 */
licence: string, 
/**
 * The data directory.
 */
dataDir: string, 
/**
 * The database file.
 */
databasePath: string, 
/**
 * The schema version the database is at (`None`: it could not be opened).
 */
schemaVersion: number | null, 
/**
 * The newest schema version this build knows.
 */
knownSchemaVersion: number, 
/**
 * The notice's opening paragraph: what it covers, in numbers.
 */
thirdPartySummary: string, };

export type MenuCommand = "newWorkshop" | "importWorkshopFile" | "exportWorkshopFile" | "exportDocuments" | "quit" | "undo" | "redo" | "present" | "zoomIn" | "zoomOut" | "zoomReset" | "fullScreen" | "keyboardShortcuts" | "openDataFolder" | "about";

export type MenuContext = { 
/**
 * A workshop is open (not the home list).
 */
workshopOpen: boolean, 
/**
 * The open workshop has a change to undo.
 */
canUndo: boolean, 
/**
 * The open workshop has a change to redo.
 */
canRedo: boolean, };

export type PageEvent = { "kind": "closeRequested" } | { "kind": "menu", "payload": MenuCommand } | { "kind": "filesOpened", "payload": number } | { "kind": "filesDragged", "payload": number } | { "kind": "phoneVote", "payload": PhoneVote } | { "kind": "phoneRoster", "payload": PhoneRoster } | { "kind": "roomScreen", "payload": RoomScreen } | { "kind": "presenterClosed" } | { "kind": "exportProgress", "payload": ExportProgress };

export type FieldEdit = "undo" | "redo";

export type PageMark = { 
/**
 * What happened.
 */
name: string, 
/**
 * When, in ms after the page's time origin.
 */
at: number, };

export type FirstScreen = { 
/**
 * What `app_status` answers.
 */
status: AppStatus, 
/**
 * What `workshop_page` answers with no search and `LIST_WINDOW` rows;
 * `None` when the store is not open or the page could not be read (the
 * page then asks, and shows the command's error).
 */
page: WorkshopPage | null, };

/** Rows the home list shows at first, and adds each time it grows (smo-core's LIST_WINDOW). */
export const LIST_WINDOW = 30;

/** The global the shell hands the first screen in (src-tauri/src/first_screen.rs). */
export const FIRST_SCREEN_GLOBAL = "__SMO_FIRST_SCREEN__";
