/** Vitest set-up: DOM matchers and a clean Tauri mock between tests. */
import { clearMocks } from "@tauri-apps/api/mocks";
import { afterEach } from "vitest";

afterEach(() => {
  clearMocks();
});
