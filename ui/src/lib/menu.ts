/**
 * Where the menu bar's commands (and files handed to the app) are carried
 * out: the screen that can act registers a handler while it is shown; App
 * routes each command to it, or, for a command only home can carry out,
 * goes home and leaves it waiting for home's handler.
 */
import type { MenuCommand } from "./ipc";

/** A menu command, or workshop files waiting to be imported. */
export type Request = MenuCommand | "filesOpened";

const handlers = new Map<Request, () => void>();
let waiting: Request | null = null;

/** Carries `request` out with `handler` while it is registered; returns the unregistering function. */
export function handle(request: Request, handler: () => void): () => void {
  handlers.set(request, handler);
  if (waiting === request) {
    waiting = null;
    handler();
  }
  return () => {
    if (handlers.get(request) === handler) handlers.delete(request);
  };
}

/** Registers several handlers at once; returns one function that unregisters them all. */
export function handleAll(table: Partial<Record<Request, () => void>>): () => void {
  const stops = Object.entries(table).map(([request, handler]) => handle(request as Request, handler));
  return () => stops.forEach((stop) => stop());
}

/** Carries `request` out now if a screen shown can; false when none can. */
export function dispatch(request: Request): boolean {
  const handler = handlers.get(request);
  if (!handler) return false;
  handler();
  return true;
}

/** Leaves `request` for the next screen that registers a handler for it. */
export function dispatchWhenShown(request: Request): void {
  if (!dispatch(request)) waiting = request;
}
