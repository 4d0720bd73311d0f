/**
 * Structural sharing for the store's replies: a reply is parsed afresh, so
 * every object in it is new even where nothing changed. `keepUnchanged`
 * hands back the objects the page already holds wherever the reply equals
 * them, so Svelte's equality checks (`===`) see what really changed: an edit
 * to a practice's level leaves its vote rounds, and the thirty vote rows
 * drawn from them, untouched instead of redrawing every row.
 */

/** Plain JSON data, as the store's replies are. */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * `next`, with every part that equals the same part of `previous` (as JSON:
 * objects with the same keys and equal values, arrays with equal items in
 * the same order) replaced by `previous`'s. Returns
 * `previous` itself when the two are equal. Neither argument is changed; a
 * new array or object is made only where something in it changed.
 */
export function keepUnchanged<T>(previous: T, next: T): T {
  return share(previous as Json, next as Json) as T;
}

function share(previous: Json, next: Json): Json {
  if (previous === next) return previous;
  if (Array.isArray(previous) && Array.isArray(next)) return shareArray(previous, next);
  if (isRecord(previous) && isRecord(next)) return shareRecord(previous, next);
  return next;
}

function shareArray(previous: Json[], next: Json[]): Json[] {
  let out: Json[] | null = previous.length === next.length ? null : [];
  for (let i = 0; i < next.length; i++) {
    const kept = i < previous.length ? share(previous[i] as Json, next[i] as Json) : (next[i] as Json);
    if (out === null && kept !== previous[i]) out = previous.slice(0, i);
    if (out !== null) out.push(kept);
  }
  return out ?? previous;
}

function shareRecord(previous: { [key: string]: Json }, next: { [key: string]: Json }): { [key: string]: Json } {
  const keys = Object.keys(next);
  let out: { [key: string]: Json } | null = keys.length === Object.keys(previous).length ? null : {};
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const had = Object.hasOwn(previous, key);
    const kept = had ? share(previous[key] as Json, next[key] as Json) : (next[key] as Json);
    if (out === null && (!had || kept !== previous[key])) {
      out = {};
      for (const earlier of keys.slice(0, i)) out[earlier] = previous[earlier] as Json;
    }
    if (out !== null) out[key] = kept;
  }
  return out ?? previous;
}
