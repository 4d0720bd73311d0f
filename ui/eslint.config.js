// Lint rules for the UI. The one hard rule beyond the recommended sets: only
// src/lib/ipc.ts may import @tauri-apps/* (tests may use the mocks).
import js from "@eslint/js";
import svelte from "eslint-plugin-svelte";
import globals from "globals";
import ts from "typescript-eslint";

import svelteConfig from "./svelte.config.js";

export default ts.config(
  { ignores: ["dist/", "dist-phone/", "node_modules/", "src/lib/generated/"] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["**/*.svelte", "**/*.svelte.ts"],
    languageOptions: {
      parserOptions: { projectService: true, extraFileExtensions: [".svelte"], parser: ts.parser, svelteConfig },
    },
  },
  {
    files: ["src/**/*.ts", "src/**/*.svelte"],
    ignores: ["src/lib/ipc.ts", "src/**/*.test.ts", "src/test/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@tauri-apps/*"], message: "Only src/lib/ipc.ts talks to Tauri." }] }],
    },
  },
  {
    rules: {
      "svelte/no-navigation-without-resolve": "off",
    },
  },
);
