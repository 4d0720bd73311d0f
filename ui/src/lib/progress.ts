/**
 * The Progress screen's arithmetic that is only about showing: numbers with
 * their unit, the small chart of a KPI's measurements, and the register's
 * filters and sorting. What a status or a slip means is smo-core's (the view
 * arrives computed); nothing here decides it.
 */
import type { Idea, IdeaSource, IdeaStatus, KpiScale, KpiStatus, Measurement, Priority } from "./ipc";

/** The slug of the Progress screen in the workshop's URL. */
export const PROGRESS_SLUG = "progress";

/** A value in its unit: "83%", "4 days", "99.4%". */
export function withUnit(value: number, unit: string): string {
  const text = Number.isInteger(value)
    ? String(value)
    : value
        .toFixed(Math.abs(value) < 10 ? 2 : 1)
        .replace(/0+$/, "")
        .replace(/\.$/, "");
  if (!unit) return text;
  return unit === "%" ? `${text}%` : `${text} ${unit}`;
}

/** A share 0–1 as a whole percentage ("55%"), clamped for a bar's width. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** The class that colours a status (always shown with its words too). */
export function statusTone(status: KpiStatus): string {
  return { onTrack: "ok", atRisk: "risk", offTrack: "off", notMeasured: "none" }[status];
}

/** A KPI's measurements drawn small: the points joined, with the baseline and target as lines. */
export type Sparkline = {
  width: number;
  height: number;
  path: string;
  dots: { x: number; y: number; label: string }[];
  baselineY: number | null;
  targetY: number | null;
};

export function sparkline(measurements: Measurement[], scale: KpiScale | null, width = 220, height = 56): Sparkline {
  const pad = 6;
  const values = measurements.map((m) => m.value);
  if (scale) values.push(scale.baseline, scale.target);
  const lo = values.length ? Math.min(...values) : 0;
  const hi = values.length ? Math.max(...values) : 1;
  const span = hi - lo || 1;
  const y = (v: number) => pad + (height - 2 * pad) * (1 - (v - lo) / span);
  const days = measurements.map((m) => Date.parse(m.date));
  const first = days.length ? Math.min(...days) : 0;
  const last = days.length ? Math.max(...days) : 1;
  const x = (d: number) => (last === first ? width / 2 : pad + (width - 2 * pad) * ((d - first) / (last - first)));
  const dots = measurements.map((m, i) => ({
    x: x(days[i]!),
    y: y(m.value),
    label: `${m.date}: ${withUnit(m.value, scale?.unit ?? "")}`,
  }));
  return {
    width,
    height,
    path: dots.map((d, i) => `${i === 0 ? "M" : "L"}${d.x.toFixed(1)},${d.y.toFixed(1)}`).join(" "),
    dots,
    baselineY: scale ? y(scale.baseline) : null,
    targetY: scale ? y(scale.target) : null,
  };
}

/** What the register is narrowed to. Empty strings match everything. */
export type IdeaFilter = { status: IdeaStatus | ""; source: IdeaSource | ""; practiceId: string; text: string };

export const NO_FILTER: IdeaFilter = { status: "", source: "", practiceId: "", text: "" };

export type IdeaSort = "raised" | "priority" | "status";

const PRIORITY_RANK: Record<Priority, number> = { high: 0, medium: 1, low: 2 };
const STATUS_RANK: Record<IdeaStatus, number> = { new: 0, assessed: 1, approved: 2, inProgress: 3, done: 4, rejected: 5 };

/** The ideas `filter` lets through, in `sort` order (newest first; highest priority first; by status in the register's order). */
export function visibleIdeas(ideas: Idea[], filter: IdeaFilter, sort: IdeaSort): Idea[] {
  const text = filter.text.trim().toLowerCase();
  const kept = ideas.filter(
    (i) =>
      (!filter.status || i.status === filter.status) &&
      (!filter.source || i.source === filter.source) &&
      (!filter.practiceId || i.practiceId === filter.practiceId) &&
      (!text || [i.description, i.raisedBy, i.owner, i.expectedBenefit, i.decision].some((t) => t.toLowerCase().includes(text))),
  );
  const newest = (a: Idea, b: Idea) => b.raisedOn.localeCompare(a.raisedOn);
  const by: Record<IdeaSort, (a: Idea, b: Idea) => number> = {
    raised: newest,
    priority: (a, b) => (a.priority ? PRIORITY_RANK[a.priority] : 3) - (b.priority ? PRIORITY_RANK[b.priority] : 3) || newest(a, b),
    status: (a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || newest(a, b),
  };
  return [...kept].sort(by[sort]);
}

/** A number typed in a field ("83", "99,4", "1 250"), or null when it is not one. */
export function parseNumber(text: string): number | null {
  const bare = text.trim().replace(/\s/g, "");
  // "1,250" groups thousands; "99,4" is a decimal comma.
  const cleaned = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(bare) ? bare.replace(/,/g, "") : bare.replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}
