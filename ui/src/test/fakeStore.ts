/**
 * A stand-in for the Rust store behind the mocked IPC: it applies each write
 * command to its own copy of the workshop and replies as the app does (the
 * whole workshop, or a `PracticeChange`), optionally after a delay, so tests
 * can type faster than the replies come back.
 */
import { mockIPC } from "@tauri-apps/api/mocks";
import { nextPageEvents } from "./pageEvents";

import type {
  AgendaItem,
  AgendaView,
  AppError,
  Brief,
  Document,
  ExportItem,
  FindingsInput,
  RecommendationDraft,
  CharterUpdate,
  CurrentStateInput,
  Disagreement,
  Initiative,
  MonitorChoice,
  ParticipantInput,
  Phase,
  PhoneRoster,
  PhoneSession,
  PracticeAssessment,
  PracticeChange,
  RoomFocus,
  RoundRef,
  VoteQuestion,
  VoteSpread,
  SetUp,
  TargetInput,
  Workshop,
} from "../lib/ipc";

export type Call = { cmd: string; args: Record<string, unknown> };

/** The spread of some votes, as smo-core computes it. */
function spreadOf(levels: number[]): VoteSpread | null {
  if (levels.length === 0) return null;
  const sorted = [...levels].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  const [min, max] = [sorted[0]!, sorted[n - 1]!];
  return { count: n, min, median, max, disagreement: max - min >= 2 };
}

export class FakeStore {
  workshop: Workshop;
  readonly calls: Call[] = [];
  /** How long each reply takes, in milliseconds. */
  latencyMs = 0;
  /** What `draft_recommendations` offers. */
  recommendationDrafts: RecommendationDraft[] = [];
  /** What `draft_brief` offers. */
  briefDraft: Partial<Brief> = {};
  /** What `roadmap_view` says disagrees. */
  disagreements: Disagreement[] = [];
  /** The firm's Word template kept, by name. */
  wordTemplate: string | null = null;
  /** What `choose_word_template` keeps (the file the user picks). */
  pickedTemplate: string | null = "House style.dotx";
  /** What the room was shown, oldest first. */
  readonly presented: RoomFocus[] = [];
  /** The screens `presenter_monitors` lists. */
  monitors: MonitorChoice[] = [{ index: 0, name: "Built-in display", width: 1920, height: 1080, hasMainWindow: true, lastUsed: false }];
  /** The phones' session the shell still runs, if any. */
  phoneSession: PhoneSession | null = null;
  /** Which phone holds which name, as the phones' server would say. */
  phoneRoster: PhoneRoster = { devices: 0, held: [], dontKnow: [], codeLocked: false };
  /** Refuses a command as the app would: returns the error to throw, or null to apply it. */
  refuse: (cmd: string, args: Record<string, unknown>) => AppError | null = () => null;

  constructor(workshop: Workshop) {
    this.workshop = structuredClone(workshop);
    mockIPC(async (cmd, raw) => {
      const args = (raw ?? {}) as Record<string, unknown>;
      this.calls.push({ cmd, args: structuredClone(args) });
      const refusal = this.refuse(cmd, args);
      if (refusal) throw structuredClone(refusal);
      const reply = this.#apply(cmd, args);
      if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
      return structuredClone(reply);
    });
  }

  /** The calls of one command, oldest first. */
  callsOf(cmd: string): Record<string, unknown>[] {
    return this.calls.filter((c) => c.cmd === cmd).map((c) => c.args);
  }

  #practiceChange(practiceId: string): PracticeChange {
    const w = this.workshop;
    const practice = w.assessment.practices.find((p) => p.practiceId === practiceId)!;
    return { practice, progress: w.progress, history: w.history, updatedAt: w.updatedAt };
  }

  /** `votes` and `spread` are the latest current-level round's, as smo-core derives them. */
  #deriveVotes(practice: PracticeAssessment) {
    const latest = practice.rounds.filter((r) => r.question === "current").at(-1);
    practice.votes = latest?.votes ?? [];
    practice.spread = latest?.spread ?? null;
  }

  /** The agenda as the shell reads it: the clock at its start. */
  #agendaView(): AgendaView {
    const agenda = this.workshop.agenda;
    const clock = agenda.clock;
    const current = clock.state === "idle" ? null : agenda.items.findIndex((i) => i.id === clock.item);
    const item = current === null ? null : agenda.items[current];
    const planned = agenda.items.filter((i) => !i.done).reduce((n, i) => n + i.plannedMinutes * 60, 0);
    return {
      agenda,
      at: "2026-05-04T09:00:00Z",
      reading: {
        current,
        running: clock.state === "running",
        elapsedSeconds: 0,
        remainingSeconds: item ? item.plannedMinutes * 60 : 0,
        warning: false,
        behindSeconds: 0,
        leftSeconds: planned,
      },
    };
  }

  #practice(practiceId: string) {
    const practice = this.workshop.assessment.practices.find((p) => p.practiceId === practiceId);
    if (!practice) throw { code: "notFound", message: `No practice ${practiceId}`, field: null, place: null };
    return practice;
  }

  #apply(cmd: string, args: Record<string, unknown>): unknown {
    const w = this.workshop;
    switch (cmd) {
      case "set_phase": {
        const phase = args.phase as Phase;
        w.roadmap.phases = w.roadmap.phases.map((p) => (p.kind === phase.kind ? { ...phase } : p));
        return w;
      }
      case "update_set_up":
        w.setUp = { ...(args.setUp as SetUp) };
        return w;
      case "update_participant": {
        const input = args.participant as ParticipantInput;
        w.participants = w.participants.map((p) => (p.id === args.id ? { ...p, ...input } : p));
        return w;
      }
      case "save_initiatives":
        for (const initiative of args.initiatives as Initiative[]) {
          const at = w.roadmap.initiatives.findIndex((i) => i.id === initiative.id);
          if (at >= 0) w.roadmap.initiatives[at] = initiative;
          else w.roadmap.initiatives.push(initiative);
        }
        return w;
      case "record_current": {
        const practiceId = args.practiceId as string;
        Object.assign(this.#practice(practiceId), args.input as CurrentStateInput);
        return this.#practiceChange(practiceId);
      }
      case "record_target": {
        const practiceId = args.practiceId as string;
        Object.assign(this.#practice(practiceId), args.input as TargetInput);
        return this.#practiceChange(practiceId);
      }
      case "record_findings": {
        const practiceId = args.practiceId as string;
        Object.assign(this.#practice(practiceId), args.input as FindingsInput);
        return this.#practiceChange(practiceId);
      }
      case "draft_recommendations":
        return this.recommendationDrafts;
      case "update_brief":
        w.briefs[args.document as Document] = args.brief as Brief;
        return w;
      case "choose_logo":
        w.logo = { width: 160, height: 48 };
        return w;
      case "remove_logo":
        w.logo = null;
        return w;
      case "draft_brief":
        return {
          ...structuredClone(w.briefs[args.document as Document]),
          keyMessages: [],
          decisions: [],
          nextSteps: [],
          assumptions: [],
          ...this.briefDraft,
        };
      case "record_vote": {
        const round = args.round as RoundRef;
        const practice = this.#practice(round.practiceId);
        const mine = practice.rounds.filter((r) => r.question === round.question);
        let latest = mine.at(-1);
        if (!latest && round.number === 1) {
          latest = { question: round.question, number: 1, state: "open", votes: [], spread: null };
          practice.rounds.push(latest);
        }
        if (!latest) throw { code: "invalidInput", message: "No vote is under way on this practice: start a vote first" };
        if (latest.number !== round.number)
          throw { code: "invalidInput", message: `Round ${round.number} is over; the room is voting in round ${latest.number}` };
        if (latest.state === "revealed")
          throw { code: "invalidInput", message: `The votes of round ${round.number} are revealed: start a revote to vote again` };
        const others = latest.votes.filter((v) => v.participantId !== args.participantId);
        latest.votes =
          args.level === null ? others : [...others, { participantId: args.participantId as string, level: args.level as number }];
        latest.spread = spreadOf(latest.votes.map((v) => v.level));
        this.#deriveVotes(practice);
        return this.#practiceChange(round.practiceId);
      }
      case "start_vote_round": {
        const practice = this.#practice(args.practiceId as string);
        const question = args.question as VoteQuestion;
        const latest = practice.rounds.filter((r) => r.question === question).at(-1);
        if (latest?.state === "open")
          throw { code: "invalidInput", message: `Round ${latest.number} is still open: reveal its votes before starting another` };
        practice.rounds.push({ question, number: (latest?.number ?? 0) + 1, state: "open", votes: [], spread: null });
        this.#deriveVotes(practice);
        return this.#practiceChange(practice.practiceId);
      }
      case "reveal_vote_round": {
        const round = args.round as RoundRef;
        const practice = this.#practice(round.practiceId);
        const latest = practice.rounds.filter((r) => r.question === round.question).at(-1);
        if (!latest || latest.number !== round.number || latest.state !== "open" || latest.votes.length === 0)
          throw { code: "invalidInput", message: `Round ${round.number} cannot be revealed` };
        latest.state = "revealed";
        return this.#practiceChange(round.practiceId);
      }
      case "record_note": {
        const practiceId = args.practiceId as string;
        this.#practice(practiceId).note = args.note as string;
        return this.#practiceChange(practiceId);
      }
      case "agenda":
        return this.#agendaView();
      case "use_agenda_template": {
        const step = (n: number) => (["setUp", "currentState", "targetState"] as const)[n] ?? null;
        w.agenda = {
          items: ["Welcome", "Current state", "Target state"].map((title, n) => ({
            id: `item-${n + 1}`,
            title,
            step: step(n),
            group: null,
            plannedMinutes: 30,
            actualSeconds: 0,
            done: false,
          })),
          practiceMinutes: args.length === "oneDay" ? 6 : 10,
          clock: { state: "idle" },
        };
        return this.#agendaView();
      }
      case "replan_agenda":
        w.agenda = { ...w.agenda, items: args.items as AgendaItem[], practiceMinutes: args.practiceMinutes as number | null };
        return this.#agendaView();
      case "agenda_clock": {
        const first = w.agenda.items[0];
        if (args.action === "start" && first)
          w.agenda.clock = { state: "running", item: first.id, since: "2026-05-04T09:00:00Z", before: 0 };
        return this.#agendaView();
      }
      case "present":
        this.presented.push(args.focus as RoomFocus);
        return null;
      case "presenter_monitors":
        return this.monitors;
      case "open_presenter":
      case "close_presenter":
      case "set_presenter_mode":
        return null;
      case "phone_addresses":
        return [
          { interface: "wlan0", ip: "192.168.1.20", loopback: false },
          { interface: "lo", ip: "127.0.0.1", loopback: true },
        ];
      case "open_phones":
        return {
          workshopId: args.workshopId,
          invite: {
            address: `http://${String(args.address)}:7272`,
            url: `http://${String(args.address)}:7272/#${"ab".repeat(16)}`,
            joinCode: "482 913",
            qrSvg: "<svg></svg>",
          },
          roster: this.phoneRoster,
        };
      case "release_phone":
        this.phoneRoster = { ...this.phoneRoster, held: this.phoneRoster.held.filter((id) => id !== args.participantId) };
        return this.phoneRoster;
      case "phone_session":
        return this.phoneSession;
      case "show_join_code":
      case "close_phones":
        return null;
      case "update_charter": {
        const update = args.update as CharterUpdate;
        (w.charter as Record<string, unknown>)[update.section] = update.content;
        return w;
      }
      case "remove_participant":
        w.participants = w.participants.filter((p) => p.id !== args.id);
        return w;
      case "roadmap_view":
        return { today: "2026-05-04", timeline: "", board: [], projections: [], disagreements: this.disagreements, delivery: [] };
      case "gap_analysis":
        return { report: null, practicesRadar: "", groupsRadar: "", heatMap: "" };
      case "list_frameworks":
        return [];
      case "get_workshop":
        return w;
      case "word_template":
        return this.wordTemplate;
      case "choose_word_template":
        this.wordTemplate = this.pickedTemplate ?? this.wordTemplate;
        return this.wordTemplate;
      case "remove_word_template":
        this.wordTemplate = null;
        return null;
      case "export_files": {
        const organisation = w.setUp.organisation;
        const items = args.items as ExportItem[];
        const extension = { pdf: "pdf", word: "docx" } as const;
        const title = {
          assessment: "Maturity Assessment Report",
          charter: "SMO Charter",
          roadmap: "Improvement Roadmap",
          steering: "SMO Progress Report",
        } as const;
        w.exports = [
          ...w.exports.filter((e) => !items.some((i) => i.kind === "document" && i.document === e.document)),
          ...items.flatMap((i) => (i.kind === "document" ? [{ document: i.document, at: "2026-03-10T16:00:00Z" }] : [])),
        ];
        return items.map((item, handle) => ({
          item,
          name:
            item.kind === "document"
              ? `${organisation} – ${title[item.document]}.${extension[item.format]}`
              : `${organisation} – SMO Workbench data.xlsx`,
          folder: "/exports",
          pages: item.kind === "document" && item.format === "pdf" ? 12 : null,
          bytes: 40_000,
          warnings: [],
          handle,
        }));
      }
      case "next_page_events":
        return nextPageEvents();
      default:
        throw { code: "internal", message: `The fake store does not know ${cmd}`, field: null, place: null };
    }
  }
}
