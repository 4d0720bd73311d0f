/**
 * The agenda's clock on screen: the shell reads the clock and sends a reading
 * (`AgendaView`); between readings the page counts on from it, by the time
 * since it arrived. Pure functions; the ticking lives in `clock.svelte.ts`.
 */
import type { AgendaReading } from "./ipc";

/** `reading`, `seconds` later, if the clock was running. */
export function readingAfter(reading: AgendaReading, seconds: number): AgendaReading {
  if (!reading.running || seconds <= 0 || reading.current === null) return reading;
  const d = Math.floor(seconds);
  const remaining = reading.remainingSeconds - d;
  const later = reading.leftSeconds - Math.max(0, reading.remainingSeconds);
  return {
    ...reading,
    elapsedSeconds: reading.elapsedSeconds + d,
    remainingSeconds: remaining,
    warning: remaining > 0 && remaining <= 120,
    behindSeconds: reading.behindSeconds + Math.max(0, -remaining) - Math.max(0, -reading.remainingSeconds),
    leftSeconds: later + Math.max(0, remaining),
  };
}

/** "12:05", "1:02:09"; past zero "+3:20" (the overrun). */
export function formatCountdown(seconds: number): string {
  const over = seconds < 0;
  const s = Math.abs(Math.trunc(seconds));
  const [h, m, r] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const pad = (n: number) => String(n).padStart(2, "0");
  const text = h > 0 ? `${h}:${pad(m)}:${pad(r)}` : `${m}:${pad(r)}`;
  return over ? `+${text}` : text;
}

/** "25 min behind", "1 h 20 min ahead", "3 days behind", "on time": the day against its plan. */
export function scheduleWords(behindSeconds: number): string {
  const minutes = Math.floor((Math.abs(behindSeconds) + 30) / 60);
  if (minutes === 0) return "on time";
  const days = Math.round(minutes / (24 * 60));
  const span = minutes >= 24 * 60 ? `${days} ${days === 1 ? "day" : "days"}` : formatLeft(minutes * 60);
  return behindSeconds > 0 ? `${span} behind` : `${span} ahead`;
}

/** "2 h 10 min", "45 min": time left in the plan. */
export function formatLeft(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
