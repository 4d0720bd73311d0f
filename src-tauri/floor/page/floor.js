// Reports the first painted frame as SMO Workbench's page does
// (ui/src/lib/ipc.ts, reportFirstScreen): after the frame, then a task.
requestAnimationFrame(() => {
  setTimeout(() => void window.__TAURI_INTERNALS__.invoke("first_screen_ready").catch(() => undefined), 0);
});
