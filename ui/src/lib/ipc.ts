/**
 * The one module that talks to Tauri. Every command the UI may call has a
 * typed wrapper here; every failure comes back as an `AppError`
 * (`{code, message, field}`), whatever went wrong on the way.
 */
import { invoke } from "@tauri-apps/api/core";

import type {
  Delivery,
  Idea,
  KpiSettings,
  Measurement,
  ProgressScreen,
  RoundComparison,
  AgendaItem,
  AgendaLength,
  AgendaView,
  ClockAction,
  AppError,
  AppStatus,
  Brief,
  FindingsInput,
  RecommendationDraft,
  BackupSummary,
  ChartSpace,
  CharterUpdate,
  ConflictChoice,
  ImportOutcome,
  CharterVersion,
  ExportedFile,
  ExportItem,
  Document,
  ExportProgress,
  PaperSize,
  Initiative,
  InviteSize,
  Phase,
  RoadmapView,
  CurrentStateInput,
  FrameworkSummary,
  GapAnalysis,
  GapCharts,
  Level,
  MachineAddress,
  MonitorChoice,
  NewWorkshop,
  ParticipantId,
  ParticipantInput,
  PhoneRoster,
  PhoneSession,
  PhoneVote,
  PracticeChange,
  PresenterMode,
  RoomFocus,
  RoomScreen,
  RoundRef,
  SetUp,
  TargetInput,
  VoteQuestion,
  VoterNames,
  Workshop,
  WorkshopId,
  WorkshopPage,
  Zoom,
  About,
  FieldEdit,
  MenuCommand,
  MenuContext,
  PageEvent,
  PageMark,
} from "./generated/ipc-types";
import { FIRST_SCREEN_GLOBAL, type FirstScreen } from "./generated/ipc-types";

export type * from "./generated/ipc-types";

function isAppError(value: unknown): value is AppError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { code?: unknown }).code === "string" &&
    typeof (value as { message?: unknown }).message === "string"
  );
}

/** Turns anything a failed invoke throws into an `AppError`. */
export function toAppError(thrown: unknown): AppError {
  if (isAppError(thrown)) {
    return { code: thrown.code, message: thrown.message, field: thrown.field ?? null, place: thrown.place ?? null };
  }
  const message = typeof thrown === "string" ? thrown : thrown instanceof Error ? thrown.message : "Something went wrong inside the app.";
  return { code: "internal", message, field: null, place: null };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (thrown) {
    throw toAppError(thrown);
  }
}

export const api = {
  appStatus: () => call<AppStatus>("app_status"),
  /** The home list: the first `limit` workshops `search` finds, newest edit first. */
  workshopPage: (search: string, limit: number) => call<WorkshopPage>("workshop_page", { search, limit }),
  getWorkshop: (id: WorkshopId) => call<Workshop>("get_workshop", { id }),
  createWorkshop: (workshop: NewWorkshop) => call<Workshop>("create_workshop", { workshop }),
  createSampleWorkshop: () => call<Workshop>("create_sample_workshop"),
  renameWorkshop: (id: WorkshopId, title: string) => call<Workshop>("rename_workshop", { id, title }),
  duplicateWorkshop: (id: WorkshopId) => call<Workshop>("duplicate_workshop", { id }),
  deleteWorkshop: (id: WorkshopId) => call<null>("delete_workshop", { id }),
  updateSetUp: (id: WorkshopId, setUp: SetUp) => call<Workshop>("update_set_up", { id, setUp }),
  addParticipant: (workshopId: WorkshopId, participant: ParticipantInput) => call<Workshop>("add_participant", { workshopId, participant }),
  updateParticipant: (id: ParticipantId, participant: ParticipantInput) => call<Workshop>("update_participant", { id, participant }),
  removeParticipant: (id: ParticipantId) => call<Workshop>("remove_participant", { id }),
  moveParticipant: (id: ParticipantId, index: number) => call<Workshop>("move_participant", { id, index }),
  listFrameworks: () => call<FrameworkSummary[]>("list_frameworks"),
  /** `content` is the text of a file the user picked; no path is sent. */
  importFramework: (content: string) => call<FrameworkSummary>("import_framework", { content }),
  setFramework: (workshopId: WorkshopId, frameworkId: string, version: string) =>
    call<Workshop>("set_framework", { workshopId, frameworkId, version }),
  setScope: (workshopId: WorkshopId, practiceIds: string[]) => call<Workshop>("set_scope", { workshopId, practiceIds }),
  recordCurrent: (workshopId: WorkshopId, practiceId: string, input: CurrentStateInput) =>
    call<PracticeChange>("record_current", { workshopId, practiceId, input }),
  recordTarget: (workshopId: WorkshopId, practiceId: string, input: TargetInput) =>
    call<PracticeChange>("record_target", { workshopId, practiceId, input }),
  /** A vote (or, with `null`, its withdrawal) in the round `round` names; refused once it is revealed. */
  recordVote: (workshopId: WorkshopId, round: RoundRef, participantId: ParticipantId, level: Level | null) =>
    call<PracticeChange>("record_vote", { workshopId, round, participantId, level }),
  /** The first vote round on a practice's question, or a revote after a reveal. */
  startVoteRound: (workshopId: WorkshopId, practiceId: string, question: VoteQuestion) =>
    call<PracticeChange>("start_vote_round", { workshopId, practiceId, question }),
  /** The facilitator's private note on a practice: never on the projector, never in a document. */
  recordNote: (workshopId: WorkshopId, practiceId: string, note: string) =>
    call<PracticeChange>("record_note", { workshopId, practiceId, note }),
  revealVoteRound: (workshopId: WorkshopId, round: RoundRef) => call<PracticeChange>("reveal_vote_round", { workshopId, round }),
  recordFindings: (workshopId: WorkshopId, practiceId: string, input: FindingsInput) =>
    call<PracticeChange>("record_findings", { workshopId, practiceId, input }),
  /** A first recommendation per practice, from the framework's next-level descriptor. */
  draftRecommendations: (workshopId: WorkshopId) => call<RecommendationDraft[]>("draft_recommendations", { workshopId }),
  updateBrief: (workshopId: WorkshopId, document: Document, brief: Brief) =>
    call<Workshop>("update_brief", { workshopId, document, brief }),
  /** Asks for the client's logo (a native dialog) and keeps it; the workshop as it was if cancelled. */
  chooseLogo: (workshopId: WorkshopId) => call<Workshop>("choose_logo", { workshopId }),
  removeLogo: (workshopId: WorkshopId) => call<Workshop>("remove_logo", { workshopId }),
  /** A first brief for a document, from the workshop as of today. */
  draftBrief: (workshopId: WorkshopId, document: Document) => call<Brief>("draft_brief", { workshopId, document }),
  /** The report; with `charts`, its charts laid out for the room each has on screen. */
  /** The gap analysis of the round being scored, or of earlier round `round`. */
  gapAnalysis: (workshopId: WorkshopId, charts: GapCharts | null, round: number | null = null) =>
    call<GapAnalysis>("gap_analysis", { workshopId, charts, round }),
  updateCharter: (workshopId: WorkshopId, update: CharterUpdate) => call<Workshop>("update_charter", { workshopId, update }),
  saveCharterVersion: (workshopId: WorkshopId, note: string, approve: boolean) =>
    call<Workshop>("save_charter_version", { workshopId, note, approve }),
  charterVersion: (workshopId: WorkshopId, number: number) => call<CharterVersion>("charter_version", { workshopId, number }),
  saveInitiatives: (workshopId: WorkshopId, initiatives: Initiative[]) => call<Workshop>("save_initiatives", { workshopId, initiatives }),
  deleteInitiative: (workshopId: WorkshopId, initiativeId: string) => call<Workshop>("delete_initiative", { workshopId, initiativeId }),
  moveInitiative: (workshopId: WorkshopId, initiativeId: string, index: number) =>
    call<Workshop>("move_initiative", { workshopId, initiativeId, index }),
  setPhase: (workshopId: WorkshopId, phase: Phase) => call<Workshop>("set_phase", { workshopId, phase }),
  roadmapView: (workshopId: WorkshopId, timeline: ChartSpace) => call<RoadmapView>("roadmap_view", { workshopId, timeline }),
  progressScreen: (workshopId: WorkshopId, chart: ChartSpace) => call<ProgressScreen>("progress_screen", { workshopId, chart }),
  compareRounds: (workshopId: WorkshopId, before: number, after: number) =>
    call<RoundComparison>("compare_rounds", { workshopId, before, after }),
  reassess: (workshopId: WorkshopId, name: string, heldOn: string) => call<Workshop>("reassess", { workshopId, name, heldOn }),
  renameRound: (workshopId: WorkshopId, number: number, name: string, heldOn: string) =>
    call<Workshop>("rename_round", { workshopId, number, name, heldOn }),
  correctRoundLevel: (workshopId: WorkshopId, number: number, practiceId: string, level: Level | null) =>
    call<Workshop>("correct_round_level", { workshopId, number, practiceId, level }),
  saveKpiTracking: (workshopId: WorkshopId, settings: KpiSettings) => call<Workshop>("save_kpi_tracking", { workshopId, settings }),
  recordMeasurement: (workshopId: WorkshopId, kpiId: string, measurement: Measurement) =>
    call<Workshop>("record_measurement", { workshopId, kpiId, measurement }),
  deleteMeasurement: (workshopId: WorkshopId, kpiId: string, index: number) =>
    call<Workshop>("delete_measurement", { workshopId, kpiId, index }),
  saveDelivery: (workshopId: WorkshopId, initiativeId: string, delivery: Delivery) =>
    call<Workshop>("save_delivery", { workshopId, initiativeId, delivery }),
  saveIdea: (workshopId: WorkshopId, idea: Idea) => call<Workshop>("save_idea", { workshopId, idea }),
  deleteIdea: (workshopId: WorkshopId, ideaId: string) => call<Workshop>("delete_idea", { workshopId, ideaId }),
  promoteIdea: (workshopId: WorkshopId, ideaId: string, initiativeId: string) =>
    call<Workshop>("promote_idea", { workshopId, ideaId, initiativeId }),
  suggestInitiatives: (workshopId: WorkshopId) => call<Initiative[]>("suggest_initiatives", { workshopId }),
  /** Opens a native save dialog on the Rust side; `null` when the user cancels. */
  exportFiles: (workshopId: WorkshopId, items: ExportItem[], paper: PaperSize) =>
    call<ExportedFile[] | null>("export_files", { workshopId, items, paper }),
  /** The firm's Word template's file name, if one is kept. */
  wordTemplate: () => call<string | null>("word_template"),
  /** Native open dialog on the Rust side; the kept template's name afterwards. */
  chooseWordTemplate: () => call<string | null>("choose_word_template"),
  removeWordTemplate: () => call<null>("remove_word_template"),
  openExport: (handle: number) => call<null>("open_export", { handle }),
  /** Native save dialog on the Rust side; the path written, or `null` when cancelled. */
  exportWorkshopFile: (workshopId: WorkshopId) => call<string | null>("export_workshop_file", { workshopId }),
  /** Native open dialog on the Rust side. */
  importWorkshopFile: () => call<ImportOutcome>("import_workshop_file"),
  resolveImport: (choice: ConflictChoice) => call<ImportOutcome>("resolve_import", { choice }),
  restoreRescueBackup: () => call<null>("restore_rescue_backup"),
  listBackups: () => call<BackupSummary[]>("list_backups"),
  restoreBackup: (handle: number) => call<null>("restore_backup", { handle }),
  backupNow: () => call<null>("backup_now"),
  undo: (workshopId: WorkshopId) => call<Workshop | null>("undo", { workshopId }),
  redo: (workshopId: WorkshopId) => call<Workshop | null>("redo", { workshopId }),
  /** Zooms the whole UI and remembers it; 1 is 100 %. */
  setZoom: (factor: number) => call<Zoom>("set_zoom", { factor }),
  /** The screens the presenter window can be put on. */
  presenterMonitors: () => call<MonitorChoice[]>("presenter_monitors"),
  /** Opens the presenter window full screen on `monitor`, or as an ordinary window (`null`). */
  openPresenter: (monitor: number | null) => call<null>("open_presenter", { monitor }),
  closePresenter: () => call<null>("close_presenter"),
  /** Tells the presenter what this window is on (the shell decides what the room may see of it). */
  present: (focus: RoomFocus) => call<null>("present", { focus }),
  setPresenterMode: (mode: PresenterMode, names: VoterNames) => call<null>("set_presenter_mode", { mode, names }),
  /** The agenda and how the day stands, read now by the shell. */
  agenda: (workshopId: WorkshopId) => call<AgendaView>("agenda", { workshopId }),
  replanAgenda: (workshopId: WorkshopId, items: AgendaItem[], practiceMinutes: number | null) =>
    call<AgendaView>("replan_agenda", { workshopId, items, practiceMinutes }),
  useAgendaTemplate: (workshopId: WorkshopId, length: AgendaLength) => call<AgendaView>("use_agenda_template", { workshopId, length }),
  agendaClock: (workshopId: WorkshopId, action: ClockAction) => call<AgendaView>("agenda_clock", { workshopId, action }),
  /** This computer's network addresses, the room's networks first, loopback last. */
  phoneAddresses: () => call<MachineAddress[]>("phone_addresses"),
  /** Starts the phones' server for the workshop on `address` and shows how to join on the presenter. */
  openPhones: (workshopId: WorkshopId, address: string) => call<PhoneSession>("open_phones", { workshopId, address }),
  phoneSession: () => call<PhoneSession | null>("phone_session"),
  /** Shows how to join on the projector: filling it, or in its corner. */
  showJoinCode: (size: InviteSize) => call<null>("show_join_code", { size }),
  releasePhone: (participantId: ParticipantId) => call<PhoneRoster>("release_phone", { participantId }),
  closePhones: () => call<null>("close_phones"),
  /** Tells the menu bar what the page shows, so what cannot act is greyed out. */
  menuContext: (context: MenuContext) => call<null>("menu_context", { context }),
  /** Has the focused text field undo or redo its own typing. */
  editInField: (edit: FieldEdit) => call<null>("edit_in_field", { edit }),
  /** How many files (named on the command line, handed over, dropped) wait to be imported. */
  filesWaiting: () => call<number>("files_waiting"),
  /** Imports the oldest waiting file; `cancelled` when none waits. */
  importOpenedFile: () => call<ImportOutcome>("import_opened_file"),
  about: () => call<About>("about"),
  thirdPartyNotice: () => call<string>("third_party_notice"),
};

/**
 * The presenter window's calls, and all it is granted
 * (`src-tauri/capabilities/presenter.json`; `tests/security.rs` holds the two together).
 */
export const presenterApi = {
  /** What the room is shown now. */
  roomScreen: () => call<RoomScreen>("room_screen"),
};

/**
 * What the shell tells this window's page (src-tauri/src/page_events.rs):
 * one `next_page_events` call always waits, and each reply's events go to
 * the handlers of their kind, in order. Not Tauri's events: each of those
 * runs a script from the app process, which then keeps a JavaScript engine
 * of its own.
 */
type PageEventKind = PageEvent["kind"];
type PayloadOf<K extends PageEventKind> = Extract<PageEvent, { kind: K }> extends { payload: infer P } ? P : undefined;

const pageEventHandlers = new Map<PageEventKind, Set<(payload: unknown) => void>>();
let hearingPageEvents = false;
/** How long to wait before asking again when a call for events failed. */
const PAGE_EVENTS_RETRY_MS = 1000;

function onPageEvent<K extends PageEventKind>(kind: K, handler: (payload: PayloadOf<K>) => void): () => void {
  let handlers = pageEventHandlers.get(kind);
  if (!handlers) pageEventHandlers.set(kind, (handlers = new Set()));
  const each = (payload: unknown) => handler(payload as PayloadOf<K>);
  handlers.add(each);
  if (!hearingPageEvents) {
    hearingPageEvents = true;
    void hearPageEvents();
  }
  return () => handlers.delete(each);
}

async function hearPageEvents(): Promise<void> {
  for (;;) {
    const events = await call<PageEvent[]>("next_page_events").catch(() => null);
    if (!Array.isArray(events)) {
      await new Promise((resolve) => setTimeout(resolve, PAGE_EVENTS_RETRY_MS));
      continue;
    }
    for (const event of events) {
      const payload = "payload" in event ? event.payload : undefined;
      for (const handler of [...(pageEventHandlers.get(event.kind) ?? [])]) {
        try {
          handler(payload);
        } catch (error) {
          console.error(`A handler of the ${event.kind} page event failed`, error);
        }
      }
    }
  }
}

/** Calls `handler` with every vote recorded from a phone. */
export async function onPhoneVote(handler: (vote: PhoneVote) => void): Promise<() => void> {
  return onPageEvent("phoneVote", handler);
}

/** Calls `handler` whenever which phone holds which name changes. */
export async function onPhoneRoster(handler: (roster: PhoneRoster) => void): Promise<() => void> {
  return onPageEvent("phoneRoster", handler);
}

/** Calls `handler` with every screen the presenter window is sent. */
export async function onRoomScreen(handler: (screen: RoomScreen) => void): Promise<() => void> {
  return onPageEvent("roomScreen", handler);
}

/** Calls `handler` when the presenter window closes, however it was closed. */
export async function onPresenterClosed(handler: () => void): Promise<() => void> {
  return onPageEvent("presenterClosed", () => handler());
}

/**
 * The first screen's data, handed over by the shell with the page (see
 * src-tauri/src/first_screen.rs): what `appStatus` and the home list's first
 * `workshopPage` would answer. Taken once, on the launch's first load; `null`
 * after that, after a reload (the data may be old by then) and where the
 * shell handed nothing (ask the commands then).
 */
export function takeFirstScreen(): FirstScreen | null {
  const globals = window as unknown as Record<string, FirstScreen | undefined>;
  const first = globals[FIRST_SCREEN_GLOBAL] ?? null;
  delete globals[FIRST_SCREEN_GLOBAL];
  const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  return navigation?.type === "navigate" ? first : null;
}

let firstScreenReported = false;

/**
 * Tells the shell, once per launch, that the first screen is drawn and
 * answers input; it logs the start-up time. Called after the frame that
 * shows the screen has been painted.
 */
export function reportFirstScreen(): void {
  if (firstScreenReported) return;
  firstScreenReported = true;
  performance.mark("in the DOM");
  requestAnimationFrame(() => {
    performance.mark("frame");
    setTimeout(() => void call<null>("first_screen_ready", { marks: startMarks() }).catch(() => undefined), 0);
  });
}

/** The page's start, for the shell's trace: the document's own milestones and our marks. */
function startMarks(): PageMark[] {
  const marks: PageMark[] = [];
  const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  if (navigation) {
    marks.push({ name: "document received", at: navigation.responseEnd });
    marks.push({ name: "DOM ready", at: navigation.domContentLoadedEventEnd });
  }
  for (const m of performance.getEntriesByType("mark")) marks.push({ name: m.name, at: m.startTime });
  return marks;
}

/** Calls `handler` with every menu command the page carries out (src-tauri/src/menu.rs). */
export async function onMenuCommand(handler: (command: MenuCommand) => void): Promise<() => void> {
  return onPageEvent("menu", handler);
}

/** Calls `handler` with how many files are dragged over the window (0: none any more). */
export async function onFilesDragged(handler: (count: number) => void): Promise<() => void> {
  return onPageEvent("filesDragged", handler);
}

/** Calls `handler` whenever workshop files are handed to the app to open (src-tauri/src/opened_files.rs). */
export async function onFilesOpened(handler: () => void): Promise<() => void> {
  return onPageEvent("filesOpened", () => handler());
}

/** Calls `handler` with each export progress report until the returned function is called. */
export async function onExportProgress(handler: (p: ExportProgress) => void): Promise<() => void> {
  return onPageEvent("exportProgress", handler);
}

/**
 * Runs `flush` when the window is asked to close, then lets it close. The
 * shell closes the window anyway if this takes more than a few seconds.
 */
export async function beforeWindowCloses(flush: () => Promise<void>): Promise<() => void> {
  return onPageEvent("closeRequested", () => {
    void flush()
      .catch(() => undefined)
      .finally(() => call<null>("confirm_close"));
  });
}
