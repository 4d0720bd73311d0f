/**
 * Renders a step (or the initiative editor) on a fake store, with its
 * replies flowing back into it as in the app.
 */
import { render } from "@testing-library/svelte";
import type { Component } from "svelte";

import { Autosave } from "../lib/autosave.svelte";
import type { Workshop } from "../lib/ipc";
import { FakeStore } from "./fakeStore";
import { miniWorkshop } from "./fixtures";

/** The save delay the tests use: short, so a test can type within it and still wait for it. */
export const DELAY_MS = 40;

type StepProps = { workshop: Workshop; autosave: Autosave; onchange: (w: Workshop) => void };

/** Renders `step` with `props` on a fake store seeded with `workshop`. */
export function openStep<P extends StepProps>(step: Component<P>, props: Omit<P, keyof StepProps>, workshop: Workshop = miniWorkshop()) {
  const store = new FakeStore(workshop);
  const autosave = new Autosave(DELAY_MS);
  const all: StepProps = { ...props, workshop, autosave, onchange: (w) => void rerender({ workshop: w }) };
  const { rerender } = render(step as unknown as Component<StepProps>, { props: all });
  return { store, autosave };
}
