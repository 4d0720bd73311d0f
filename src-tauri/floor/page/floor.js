// Reports the first painted frame as SMO Workbench's page does
// (ui/src/lib/ipc.ts, reportFirstScreen): after the frame, then a task, with
// the same marks for the start's trace.
performance.mark("script");
requestAnimationFrame(() => {
  performance.mark("frame");
  const navigation = performance.getEntriesByType("navigation")[0];
  const marks = navigation
    ? [
        { name: "document received", at: navigation.responseEnd },
        { name: "DOM ready", at: navigation.domContentLoadedEventEnd },
      ]
    : [];
  for (const m of performance.getEntriesByType("mark")) marks.push({ name: m.name, at: m.startTime });
  setTimeout(() => void window.__TAURI_INTERNALS__.invoke("first_screen_ready", { marks }).catch(() => undefined), 0);
});
