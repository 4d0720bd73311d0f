import { vitePreprocess } from "@sveltejs/vite-plugin-svelte";

export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    // Styles go to the CSS bundle, never inline: the CSP has no 'unsafe-inline'.
    css: "external",
  },
};
