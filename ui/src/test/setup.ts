/** Vitest set-up: unmount components and clear the Tauri mock between tests. */
import { cleanup } from "@testing-library/svelte";
import { clearMocks } from "@tauri-apps/api/mocks";
import { afterEach } from "vitest";

afterEach(() => {
  cleanup();
  clearMocks();
});

// jsdom does not lay anything out, so it has no scrollIntoView.
Element.prototype.scrollIntoView ??= function scrollIntoView() {};

// Nor does it observe sizes: `bind:clientWidth` needs a ResizeObserver, and
// every element measures 0 wide here anyway.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// Nor does it implement modal dialogs: open and close them as a browser would.
HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
  this.open = false;
  this.dispatchEvent(new Event("close"));
};
