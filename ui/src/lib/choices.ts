/**
 * The words for every choice come from smo-core (`generated/labels.ts`), the
 * same the documents print; this turns a table of them into the options a
 * select or a row of buttons shows, in the order the Rust type lists them.
 */
export * from "./generated/labels";

/** `labels` as options, in their order. */
export function choices<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
