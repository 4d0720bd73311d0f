import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// The UI is served from the app binary (tauri://localhost); no dev server is
// needed to run or test it. Build output goes to ui/dist (tauri.conf.json).
export default defineConfig(({ mode }) => ({
  plugins: [svelte()],
  // Component tests mount Svelte's browser build, not its server build.
  resolve: mode === "test" ? { conditions: ["browser"] } : undefined,
  clearScreen: false,
  // Home draws the app's mark from its one source file, outside ui/.
  server: { fs: { allow: [".", "../assets/icons"] } },
  build: {
    // WebKitGTK 2.38 and later run Safari 16's JavaScript. For "safari15"
    // the build turned the private class fields of Svelte's runtime into
    // WeakMap look-ups, one per access, and home's script was 4 KB longer
    // (BENCHMARKS.md, "Start-up, part by part (4 Dec, night)").
    target: "safari16",
    outDir: "dist",
    emptyOutDir: true,
    // Inline assets would need `data:` in the CSP; keep every asset a file.
    assetsInlineLimit: 0,
    // Two pages: the app, and the presenter window's (which loads none of the app).
    rollupOptions: {
      input: { main: "index.html", presenter: "presenter.html" },
    },
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
    setupFiles: ["src/test/setup.ts"],
    // Stylesheets as written: without this, a `?raw` import of CSS reads empty.
    css: { include: [/.+/] },
  },
}));
