/**
 * Where a refused edit is: the store names the input an error is about
 * (`place`: a row's id, or null for the section's own input, and the input's
 * name as the IPC writes it), and the screen marks that input with the
 * message beside it. What names no input is said once, at the top.
 */
import type { AppError } from "./ipc";

/** The message of `error` if it is about input `input` of row `row` (null: not in a row). */
export function messageAt(error: AppError | null | undefined, row: string | null, input: string): string | undefined {
  const place = error?.place;
  return place && place.row === row && place.input === input ? error.message : undefined;
}

/** The message of `error` if it names no input (the screen says it at the top). */
export function unplacedMessage(error: AppError | null | undefined): string | undefined {
  return error && !error.place ? error.message : undefined;
}
