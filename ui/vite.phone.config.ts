import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// The voting page phones open (served by the app's local server, smo-phones):
// one HTML file, one script and one style sheet with fixed names, which
// src-tauri embeds. Kept apart from the app's build so it carries none of it.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  // Nothing copied from a public/ folder: the page is only what src-tauri embeds.
  publicDir: false,
  build: {
    // Current mobile Safari and Chrome.
    target: ["safari15", "chrome110"],
    outDir: "dist-phone",
    emptyOutDir: true,
    assetsInlineLimit: 0,
    cssCodeSplit: false,
    modulePreload: false,
    rollupOptions: {
      input: "phone.html",
      output: {
        entryFileNames: "phone.js",
        chunkFileNames: "phone-[name].js",
        assetFileNames: "phone[extname]",
      },
    },
  },
});
