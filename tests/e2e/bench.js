// SMO Workbench's benchmark harness (run by scripts/bench.sh; see README,
// "Performance"). Measures the real release app under Xvfb, the in-process
// timings from `smo-bench`, and headless Chromium printing the same assessment
// report, then prints one table and writes it to BENCHMARKS.md with the machine
// it ran on and the budget.
//
//   node bench.js --app BIN --floor BIN --bench-bin BIN --out DIR --report FILE [--deb FILE] [--tiny]
//   node bench.js --from-results DIR/results.json --report FILE   (the report again, nothing measured)
//
// --floor is a bare Tauri window (src-tauri/src/bin/smo-floor.rs), launched
// alternately with the app: start-up and memory are reported as ours, the
// floor's and the difference, which is what the budget holds.
//
// --tiny runs every measurement on a tiny input (few workshops, runs, edits):
// the test command uses it to check that the harness works, not to time.
// Nothing here fails because something is slow; it fails when a measurement
// cannot be taken.

import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";

const { values: args } = parseArgs({
  options: {
    app: { type: "string" },
    floor: { type: "string" },
    "bench-bin": { type: "string" },
    out: { type: "string" },
    report: { type: "string" },
    deb: { type: "string" },
    tiny: { type: "boolean", default: false },
    // Writes the report again from a run's results.json (after a change to
    // how the report is written), measuring nothing.
    "from-results": { type: "string" },
  },
});
for (const required of args["from-results"] ? ["report"] : ["app", "floor", "bench-bin", "out", "report"]) {
  if (!args[required]) throw new Error(`--${required} is required`);
}
const app = resolve(args.app ?? ".");
const floor = resolve(args.floor ?? ".");
// The shared harness reads the app's path when it is loaded.
process.env.SMO_E2E_APP = app;
const { AppSandbox, processMemory, processesWith, repoRoot } = await import("./harness.js");
const benchBin = resolve(args["bench-bin"] ?? ".");
const outDir = resolve(args.out ?? ".");
const tiny = args.tiny;

/** How much each measurement does: the real run, or the harness check. */
const plan = tiny
  ? { workshops: 20, launches: 2, floorLaunches: 2, runs: 3, edits: 20, chromiumRuns: 1, phones: 3, phonePractices: 2 }
  : // Against the floor, twice the launches: a difference of two medians of
    // ten read from 37 to 84 ms on the same code, one run to the next (4 Dec).
    { workshops: 1000, launches: 10, floorLaunches: 20, runs: 30, edits: 1000, chromiumRuns: 5, phones: 30, phonePractices: 34 };

/** The line the app writes to stderr once its first screen is interactive. */
const READY_LINE = "smo-workbench: first screen ready";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function summarise(samples) {
  if (samples.length === 0) throw new Error("no samples");
  // To the microsecond: a difference of two of WebKit's whole-millisecond
  // readings is 5.000000000003638, which is 5.
  const s = samples.map((x) => Math.round(x * 1000) / 1000).sort((a, b) => a - b);
  const rank = (q) => s[Math.min(s.length, Math.max(1, Math.ceil(q * s.length))) - 1];
  return { runs: s.length, medianMs: s[Math.floor(s.length / 2)], p99Ms: rank(0.99), maxMs: s[s.length - 1] };
}

function run(cmd, argv, options = {}) {
  return execFileSync(cmd, argv, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, ...options });
}

function tryRun(cmd, argv) {
  try {
    return run(cmd, argv, { stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

function machine() {
  const osRelease = readFileSync("/etc/os-release", "utf8");
  const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(osRelease)?.[1] ?? "unknown";
  const pkg = (name) => tryRun("dpkg-query", ["-W", "-f=${Version}", name]);
  return {
    date: new Date().toISOString().slice(0, 10),
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: pretty,
    kernel: os.release(),
    webkit: pkg("libwebkit2gtk-4.1-0") ?? "unknown",
    chromium: tryRun("chromium", ["--version"]) ?? "not installed",
    rustc: tryRun("rustc", ["--version"]) ?? "unknown",
    node: process.version,
  };
}

// ---------------------------------------------------------------- app launches

/** A fresh home for one launch: WebKit's caches and settings go there. */
function freshHome(name) {
  return mkdtempSync(join(os.tmpdir(), `smo-bench-${name}-`));
}

function appEnv(home, dataDir) {
  return {
    ...process.env,
    SMO_WORKBENCH_DATA_DIR: dataDir,
    HOME: home,
    XDG_DATA_HOME: join(home, "xdg-data"),
    XDG_CONFIG_HOME: join(home, "xdg-config"),
    XDG_CACHE_HOME: join(home, "xdg-cache"),
    XDG_STATE_HOME: join(home, "xdg-state"),
    XDG_RUNTIME_DIR: home,
  };
}

/** The start's timeline the app and the floor print after the ready line (src-tauri/src/startup.rs). */
const TRACE_LINE = /smo-workbench: start, ms after it: (.*)\n/;

/**
 * A start of `outsideMs` (from `spawn` to the ready line) in three parts,
 * from its timeline: the launch (from `spawn` to the process's `main`), the
 * shell (from `main` to the page beginning to load: Tauri, GTK, the window,
 * WebKit's processes) and the page (from then to the first screen ready).
 */
function startParts(stderr, outsideMs) {
  const insideMs = Number(/first screen ready (\d+) ms after start/.exec(stderr)?.[1]);
  const pageLoad = Number(/(?:^|· )page load started (\d+)/.exec(TRACE_LINE.exec(stderr)?.[1] ?? "")?.[1]);
  if (!Number.isFinite(insideMs) || !Number.isFinite(pageLoad)) throw new Error(`no start timeline; stderr:\n${stderr}`);
  return { launchMs: outsideMs - insideMs, shellMs: pageLoad, pageMs: insideMs - pageLoad };
}

/**
 * Launches `binary` (the app, or the floor) once and times it from spawn to
 * the ready line (the first screen drawn and interactive); with `memory`, two
 * seconds later takes the PSS of its processes; then closes it. With
 * `timeline`, the launch also prints its timeline, and the parts of the
 * start are returned (`startParts`).
 */
async function coldStart(dataDir, n, { binary = app, memory = false, timeline = false } = {}) {
  const home = freshHome(`start-${n}`);
  const started = performance.now();
  const env = { ...appEnv(home, dataDir), ...(timeline ? { SMO_WORKBENCH_START_TRACE: "1" } : {}) };
  const child = spawn(binary, [], { env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  let traced = () => undefined;
  const tracedLine = new Promise((resolve) => (traced = resolve));
  const ready = await new Promise((resolveReady, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line after 30 s; stderr:\n${stderr}`)), 30000);
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
      if (stderr.includes(READY_LINE)) {
        clearTimeout(timer);
        resolveReady(performance.now());
      }
      if (TRACE_LINE.test(stderr)) traced();
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      traced(); // no timeline to wait for: startParts says so
      reject(new Error(`the app exited (${code}) before its first screen; stderr:\n${stderr}`));
    });
  });
  const parts = timeline ? (await tracedLine, startParts(stderr, ready - started)) : {};
  let held = null;
  if (memory) {
    await sleep(2000);
    held = appMemory(binary);
  }
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
  // The next launch starts once this one's WebKit processes have all gone
  // (~15 ms after the app), so that none pays for the one before it.
  for (let waited = 0; processesWith(`HOME=${home}`).length > 0 && waited < 5000; waited += 50) await sleep(50);
  await sleep(300);
  rmSync(home, { recursive: true, force: true });
  if (!memory && !timeline) return ready - started;
  return { ms: ready - started, memory: held, ...parts };
}

/**
 * The app on the sample database and the floor, launched alternately `n`
 * times each with fresh WebKit profiles: start-up and memory of both.
 */
async function againstTheFloor(sampleDir, n) {
  const ours = [];
  const bare = [];
  for (let i = 0; i < n; i++) {
    ours.push(await coldStart(sampleDir, `ours-${i}`, { binary: app, memory: true, timeline: true }));
    bare.push(await coldStart(sampleDir, `floor-${i}`, { binary: floor, memory: true, timeline: true }));
  }
  const memoryOf = (runs) => {
    // The launch with the median total, so its processes add up to it.
    const sorted = [...runs].sort((a, b) => a.memory.totalKiB - b.memory.totalKiB);
    return sorted[Math.floor(sorted.length / 2)].memory;
  };
  const of = (runs) => ({
    start: summarise(runs.map((r) => r.ms)),
    launch: summarise(runs.map((r) => r.launchMs)),
    shell: summarise(runs.map((r) => r.shellMs)),
    page: summarise(runs.map((r) => r.pageMs)),
    memory: memoryOf(runs),
    // Each launch's parts, in results.json only: which part a slow launch lost its time in.
    launches: runs.map(({ ms, launchMs, shellMs, pageMs }) => ({ ms, launchMs, shellMs, pageMs })),
  });
  const [oursOf, floorOf] = [of(ours), of(bare)];
  return { ours: oursOf, floor: floorOf, startDifferenceMs: oursOf.start.medianMs - floorOf.start.medianMs };
}

/** PSS of the app's process tree (or the floor's). */
function appMemory(binary = app) {
  return processMemory(binary);
}

// ------------------------------------------------------------ in the app window

/** Times `runs` calls of one command from inside the page (IPC both ways, JSON included). */
async function timeCommand(browser, command, commandArgs, runs) {
  return browser.execute(
    async (command, commandArgs, runs) => {
      const invoke = window.__TAURI_INTERNALS__.invoke;
      const times = [];
      let bytes = 0;
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        const reply = await invoke(command, commandArgs);
        times.push(performance.now() - t0);
        if (i === 0) bytes = JSON.stringify(reply).length;
      }
      return { times, bytes };
    },
    command,
    commandArgs,
    runs,
  );
}

/**
 * Opens a workshop from the home list by clicking its row and times it until
 * its first step is drawn; then goes home again and times the home list being
 * drawn. Both measured in the page, to the end of the frame that first shows
 * it: an animation-frame callback, asked for before the page asks for its
 * own, notes whether the screen is in the DOM as each frame starts; the task
 * it queues then runs as soon as that frame is painted, before any work the
 * page queued for after it. (Asking for the frame only once the screen was
 * seen in the DOM, as this did until 3 Dec, missed the frame already under
 * way about half the time and counted the next one: 7 ms more at the median.)
 */
async function timeOpenAndHome(browser, title, runs) {
  return browser.execute(
    async (title, runs) => {
      const drawn = (test) =>
        new Promise((resolve, reject) => {
          const deadline = performance.now() + 20000;
          const frame = () => {
            if (test()) setTimeout(() => resolve(performance.now()), 0);
            else if (performance.now() > deadline) reject(new Error("timed out"));
            else requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        });
      const row = () =>
        [...document.querySelectorAll('[data-testid="workshop-row"] button.open')].find(
          (b) => b.querySelector(".title")?.textContent === title,
        );
      const open = [];
      const home = [];
      for (let i = 0; i < runs; i++) {
        await drawn(() => row());
        const t0 = performance.now();
        const step = drawn(() => document.querySelector("a[data-step]") && document.querySelector("h1"));
        row().click();
        open.push((await step) - t0);
        const t1 = performance.now();
        const list = drawn(() => row());
        window.location.hash = "#/";
        home.push((await list) - t1);
      }
      return { open, home };
    },
    title,
    runs,
  );
}

/**
 * Makes `edits` level changes with the keyboard on the Current state step
 * (keys 2 and 3 in turn on the practice shown) and times each from the key
 * press to the save indicator acknowledging it (the store has committed and
 * the UI has drawn the result), and from the key press to the chosen level
 * drawn (the level card checked, then the second animation frame after it:
 * 33 ms at 60 Hz is drawn within one frame).
 */
async function timeAutosave(browser, edits) {
  return browser.execute(async (edits) => {
    const status = document.querySelector('[data-testid="save-status"]');
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const times = [];
    const drawn = [];
    for (let i = 0; i < edits; i++) {
      const level = String(2 + (i % 2));
      const checked = () => document.querySelector(`.levels [data-level="${level}"]`)?.getAttribute("aria-checked") === "true";
      const before = Number(status.dataset.savedCount);
      const acknowledged = new Promise((resolveAck, reject) => {
        const timer = setTimeout(() => reject(new Error(`edit ${i} was never acknowledged`)), 10000);
        const observer = new MutationObserver(() => {
          if (Number(status.dataset.savedCount) > before) {
            observer.disconnect();
            clearTimeout(timer);
            resolveAck(performance.now());
          }
        });
        observer.observe(status, { attributes: true, attributeFilter: ["data-saved-count"] });
      });
      const t0 = performance.now();
      document.body.dispatchEvent(new KeyboardEvent("keydown", { key: level, bubbles: true, cancelable: true }));
      const levelDrawn = (async () => {
        // Svelte updates the page in a microtask; a timer only if it has not.
        for (let spins = 0; !checked(); spins++) await (spins < 50 ? Promise.resolve() : new Promise((r) => setTimeout(r, 1)));
        await frame();
        await frame();
        return performance.now();
      })();
      times.push((await acknowledged) - t0);
      drawn.push((await levelDrawn) - t0);
    }
    if (status.dataset.state !== "saved") throw new Error(`the save indicator says ${status.dataset.state}`);
    return { times, drawn };
  }, edits);
}

/**
 * What the autosave round trip is made of, in the same window: the command
 * alone (`record_current` invoked directly, so nothing on the page changes),
 * and WebKit's next frame after a change to the page that needs a layout (one
 * line of text in the step) or only a repaint (a background colour).
 */
async function timeParts(browser, workshopId, commands, frames) {
  return browser.execute(
    async (workshopId, commands, frames) => {
      const invoke = window.__TAURI_INTERNALS__.invoke;
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      const practiceId = document.querySelector('[data-testid="practice-pane"]').dataset.practice;
      const command = [];
      for (let i = 0; i < commands; i++) {
        const input = { current: 2 + (i % 2), confidence: null, evidence: "" };
        const t0 = performance.now();
        await invoke("record_current", { workshopId, practiceId, input });
        command.push(performance.now() - t0);
      }
      const probe = document.createElement("p");
      probe.textContent = "Benchmark probe";
      document.querySelector("main.step").append(probe);
      await frame();
      await frame();
      const nextFrame = async (change) => {
        const times = [];
        for (let i = 0; i < frames; i++) {
          await frame();
          const t0 = performance.now();
          change(i);
          await frame();
          await frame();
          times.push(performance.now() - t0);
        }
        return times;
      };
      const layout = await nextFrame((i) => (probe.textContent = `Benchmark probe ${i}`));
      const repaint = await nextFrame((i) => (probe.style.background = i % 2 ? "#e8f0f8" : "#f3f6f9"));
      probe.remove();
      return { command, layout, repaint };
    },
    workshopId,
    commands,
    frames,
  );
}

async function measureInApp(dataDir, seeded) {
  const sandbox = new AppSandbox("bench");
  sandbox.dataDir = dataDir;
  try {
    // One script may run for minutes (1,000 edits); never retry one.
    const browser = await sandbox.launch({ connectionRetryTimeout: 20 * 60 * 1000, connectionRetryCount: 0 });
    await browser.setTimeout({ script: 20 * 60 * 1000 });
    await browser.$('[data-testid="workshop-row"]').waitForDisplayed({ timeout: 30000 });
    await sleep(2000);
    const memoryHome = appMemory();
    const phase = (what) => console.log(`    ${new Date().toISOString().slice(11, 19)} ${what}`);
    phase("workshop_page");
    const list = await timeCommand(browser, "workshop_page", { search: "", limit: 30 }, plan.runs);
    phase("get_workshop");
    const get = await timeCommand(browser, "get_workshop", { id: seeded.largest }, plan.runs);
    phase("open and home in the UI");
    const ui = await timeOpenAndHome(browser, "Largest workshop (benchmark)", Math.min(plan.runs, 10));
    phase("autosave");

    // Open the largest workshop on Current state and leave it open.
    await browser.execute((id) => (window.location.hash = `#/w/${id}/current-state`), seeded.largest);
    await browser.$("h1=Current state").waitForDisplayed({ timeout: 30000 });
    await sleep(1000);
    const autosave = await timeAutosave(browser, plan.edits);
    phase("parts of the round trip");
    const parts = await timeParts(browser, seeded.largest, Math.ceil(plan.edits / 5), plan.runs);
    // Idle, the page gives back its garbage when JavaScriptCore collects it,
    // which is not on a schedule: the least of readings 5 s apart over 30 s
    // (the first, at 10 s, is reported beside it).
    await sleep(5000);
    const readings = [];
    for (let i = 0; i < 6; i++) {
      await sleep(5000);
      readings.push(appMemory());
    }
    const memory = readings.reduce((least, m) => (m.totalKiB < least.totalKiB ? m : least));
    const memoryFirst = readings[0];
    await sandbox.screenshot("largest-current-state");
    return {
      listIpc: { ...summarise(list.times), bytes: list.bytes },
      openIpc: { ...summarise(get.times), bytes: get.bytes },
      openUi: summarise(ui.open),
      homeUi: summarise(ui.home),
      autosave: summarise(autosave.times),
      keyToFrame: summarise(autosave.drawn),
      commandIpc: summarise(parts.command),
      layoutFrame: summarise(parts.layout),
      repaintFrame: summarise(parts.repaint),
      memory,
      memoryFirst,
      memoryHome,
    };
  } finally {
    await sandbox.dispose();
  }
}

// -------------------------------------------------------------------- Chromium

function pdfPages(file) {
  const info = tryRun("pdfinfo", [file]);
  return Number(/^Pages:\s+(\d+)/m.exec(info ?? "")?.[1] ?? 0);
}

/** Headless Chromium printing `html` to PDF, `runs` times, each a fresh browser. */
function chromiumPrint(html, runs) {
  const pdf = html.replace(/\.html$/, ".chromium.pdf");
  const times = [];
  for (let i = 0; i < runs; i++) {
    const profile = mkdtempSync(join(os.tmpdir(), "smo-bench-chromium-"));
    rmSync(pdf, { force: true });
    const argv = [
      "--headless",
      "--disable-gpu",
      "--no-first-run",
      "--no-default-browser-check",
      "--allow-file-access-from-files",
      `--user-data-dir=${profile}`,
      "--no-pdf-header-footer",
      `--print-to-pdf=${pdf}`,
      `file://${html}`,
    ];
    if (process.getuid?.() === 0) argv.unshift("--no-sandbox");
    const t0 = performance.now();
    run("chromium", argv, { stdio: ["ignore", "ignore", "ignore"] });
    times.push(performance.now() - t0);
    rmSync(profile, { recursive: true, force: true });
    if (!existsSync(pdf)) throw new Error(`Chromium wrote no PDF for ${html}`);
  }
  return { ...summarise(times), bytes: statSync(pdf).size, pages: pdfPages(pdf), file: pdf };
}

// ---------------------------------------------------------------------- report

const BUDGET = {
  // Ours beyond a bare Tauri window's, measured in the same run.
  startOverFloorMs: 75,
  homeMemoryOverFloorMiB: 30,
  sessionMemoryOverFloorMiB: 80,
  editIpcP99Ms: 5,
  // The second animation frame after the change: 33 ms at 60 Hz.
  keyToFrameP99Ms: 34,
  listMs: 20,
  openMs: 50,
  pdfMs: 100,
  // A Word document (charts drawn to pictures) or the workbook: waited for once per export.
  editableMs: 1000,
  chromiumRatio: 20,
  debMiB: 10,
  importScalingRatio: 12,
  // A phone follows the facilitator "within a second"; a vote reaches the counter sooner.
  phoneVoteP99Ms: 1000,
};

const ms = (v) => (v >= 100 ? `${v.toFixed(0)} ms` : `${v.toFixed(1)} ms`);
const kb = (bytes) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`);
const verdict = (ok) => (ok ? "met" : "**over**");

function table(m) {
  const rows = [];
  const row = (what, result, budget, ok) => rows.push(`| ${what} | ${result} | ${budget} | ${ok === undefined ? "" : verdict(ok)} |`);
  const mb = (kib) => `${(kib / 1024).toFixed(0)} MB`;
  const parts = (memory) => memory.processes.map((p) => `${p.name} ${(p.pssKiB / 1024).toFixed(0)}`).join(", ");
  const f = m.floor;
  row(
    `Cold start to the first interactive screen, sample database, against a bare Tauri window (${f.ours.start.runs} launches each, alternating)`,
    `median ${ms(f.ours.start.medianMs)}, the floor ${ms(f.floor.start.medianMs)}: **${ms(f.startDifferenceMs)}** ours`,
    `≤ ${BUDGET.startOverFloorMs} ms over the floor`,
    f.startDifferenceMs <= BUDGET.startOverFloorMs,
  );
  const homeOver = (f.ours.memory.totalKiB - f.floor.memory.totalKiB) / 1024;
  row(
    `Memory, PSS of the app and its WebKit processes, on the home list 2 s after start (sample database), against the bare window`,
    `${mb(f.ours.memory.totalKiB)} (${parts(f.ours.memory)}), the floor ${mb(f.floor.memory.totalKiB)} (${parts(f.floor.memory)}): **${homeOver.toFixed(0)} MB** ours`,
    `≤ ${BUDGET.homeMemoryOverFloorMiB} MB over the floor`,
    homeOver <= BUDGET.homeMemoryOverFloorMiB,
  );
  const sessionOver = (m.app.memory.totalKiB - f.floor.memory.totalKiB) / 1024;
  row(
    `Memory, largest workshop open after the whole benchmark session, against the bare window`,
    `${mb(m.app.memory.totalKiB)} (${parts(m.app.memory)}; ${mb(m.app.memoryFirst.totalKiB)} at the first reading): **${sessionOver.toFixed(0)} MB** over the floor`,
    `≤ ${BUDGET.sessionMemoryOverFloorMiB} MB over the floor`,
    sessionOver <= BUDGET.sessionMemoryOverFloorMiB,
  );
  row(
    `Cold start to the first interactive screen (${m.seeded.workshops} workshops; ${m.start.runs} launches)`,
    `median ${ms(m.start.medianMs)}, max ${ms(m.start.maxMs)}`,
    "",
  );
  row(
    `An edit's IPC round trip from the page: \`record_current\` on the largest workshop (request, store, commit, reply; ${m.app.commandIpc.runs} edits)`,
    `p50 ${ms(m.app.commandIpc.medianMs)}, p99 ${ms(m.app.commandIpc.p99Ms)}`,
    `p99 ≤ ${BUDGET.editIpcP99Ms} ms`,
    Math.round(m.app.commandIpc.p99Ms * 1000) / 1000 <= BUDGET.editIpcP99Ms,
  );
  row(
    `Key press → the chosen level drawn, largest workshop on Current state (to the second animation frame after the page changed; ${m.app.keyToFrame.runs} presses)`,
    `p50 ${ms(m.app.keyToFrame.medianMs)}, p99 ${ms(m.app.keyToFrame.p99Ms)}`,
    `p99 ≤ ${BUDGET.keyToFrameP99Ms} ms (one frame at 60 Hz)`,
    m.app.keyToFrame.p99Ms <= BUDGET.keyToFrameP99Ms,
  );
  row(
    `Autosave round trip, key press → command → SQLite commit → UI acknowledged (largest workshop, ${m.app.autosave.runs} edits)`,
    `p50 ${ms(m.app.autosave.medianMs)}, p99 ${ms(m.app.autosave.p99Ms)}`,
    "",
  );
  row(
    `Home list, ${m.seeded.workshops} workshops: \`workshop_page\`, the first 30 rows and the counts, through IPC (${kb(m.app.listIpc.bytes)} of JSON)`,
    `median ${ms(m.app.listIpc.medianMs)}, p99 ${ms(m.app.listIpc.p99Ms)}`,
    `< ${BUDGET.listMs} ms`,
    m.app.listIpc.medianMs < BUDGET.listMs,
  );
  row(
    `Home list, ${m.seeded.workshops} workshops: from leaving a workshop to the list drawn`,
    `median ${ms(m.app.homeUi.medianMs)}, max ${ms(m.app.homeUi.maxMs)}`,
    "",
  );
  row(
    `Open the largest workshop: \`get_workshop\` through IPC (${kb(m.app.openIpc.bytes)} of JSON)`,
    `median ${ms(m.app.openIpc.medianMs)}, p99 ${ms(m.app.openIpc.p99Ms)}`,
    `< ${BUDGET.openMs} ms`,
    m.app.openIpc.medianMs < BUDGET.openMs,
  );
  row(
    `Open the largest workshop: click on the home list to its first step drawn`,
    `median ${ms(m.app.openUi.medianMs)}, max ${ms(m.app.openUi.maxMs)}`,
    `< ${BUDGET.openMs} ms`,
    m.app.openUi.medianMs < BUDGET.openMs,
  );
  for (const pdf of m.inProcess.pdfs) {
    row(
      `PDF: ${pdf.document}, ${pdf.workshop} (${pdf.pages} pages, ${kb(pdf.bytes)})`,
      `median ${ms(pdf.timing.medianMs)}, max ${ms(pdf.timing.maxMs)}`,
      `< ${BUDGET.pdfMs} ms`,
      pdf.timing.maxMs < BUDGET.pdfMs,
    );
  }
  for (const f of m.inProcess.editable ?? []) {
    row(
      `${f.what}, largest (${kb(f.bytes)})`,
      `median ${ms(f.timing.medianMs)}, max ${ms(f.timing.maxMs)}`,
      `< ${BUDGET.editableMs} ms`,
      f.timing.maxMs < BUDGET.editableMs,
    );
  }
  for (const c of m.chromium) {
    const ours = m.inProcess.pdfs.find((p) => p.workshop === c.workshop && p.document === "Maturity Assessment Report");
    const ratio = c.medianMs / ours.timing.medianMs;
    row(
      `Headless Chromium printing the ${c.workshop} assessment report from HTML (${c.pages} pages, ${kb(c.bytes)})`,
      `median ${ms(c.medianMs)}: ours is **${ratio.toFixed(0)}×** faster and ${(c.bytes / ours.bytes).toFixed(1)}× smaller`,
      `≥ ${BUDGET.chromiumRatio}×`,
      ratio >= BUDGET.chromiumRatio,
    );
  }
  row(
    `Export the largest workshop to \`.smow\` (${kb(m.inProcess.smowBytes)})`,
    `median ${ms(m.inProcess.smowExport.medianMs)}, max ${ms(m.inProcess.smowExport.maxMs)}`,
    "",
  );
  row(
    `Import that \`.smow\` (read, check, write in one transaction)`,
    `median ${ms(m.inProcess.smowImport.medianMs)}, max ${ms(m.inProcess.smowImport.maxMs)}`,
    "",
  );
  const scaling = m.inProcess.importScaling;
  row(
    `Import, "keep both", of the sample with ${scaling.participants * 10} participants voting on every practice, against ${scaling.participants}`,
    `median ${ms(scaling.large.medianMs)} against ${ms(scaling.small.medianMs)}: **${scaling.ratio.toFixed(1)}×** for ten times the votes`,
    `≤ ${BUDGET.importScalingRatio}×`,
    scaling.ratio <= BUDGET.importScalingRatio,
  );
  const ph = m.phones;
  row(
    `Phones: ${ph.phones} phones vote at once on each of ${ph.practices} practices of the largest workshop through the voting server on loopback (${ph.sent} votes): a phone's vote → the facilitator's counter`,
    `p50 ${ms(ph.toCounter.medianMs)}, p99 ${ms(ph.toCounter.p99Ms)}; ${ph.lost} of ${ph.sent} lost (each vote's write p50 ${ms(ph.recording.medianMs)}; the ${ph.phones} sent at once queue for the one writer)`,
    `p99 < ${BUDGET.phoneVoteP99Ms} ms, none lost`,
    ph.toCounter.p99Ms < BUDGET.phoneVoteP99Ms && ph.lost === 0,
  );
  if (m.deb) {
    row(`\`.deb\` package (${m.deb.name})`, kb(m.deb.bytes), `< ${BUDGET.debMiB} MB`, m.deb.bytes < BUDGET.debMiB * 1024 * 1024);
  } else {
    row("`.deb` package", "not built in this run", `< ${BUDGET.debMiB} MB`);
  }
  return ["| Measurement | Result | Budget | |", "|---|---|---|---|", ...rows].join("\n");
}

function breakdown(m) {
  const p = m.inProcess;
  const a = m.app;
  return [
    "| In process (no webview), release build | Median | p99 |",
    "|---|---:|---:|",
    `| \`workshop_page\`: read the names of ${p.workshops} workshops, the first 30 in full, and encode JSON (${kb(p.pageBytes)}) | ${ms(p.page.medianMs)} | ${ms(p.page.p99Ms)} |`,
    `| \`get_workshop\`: read the largest workshop and encode JSON (${kb(p.openLargestBytes)}) | ${ms(p.openLargest.medianMs)} | ${ms(p.openLargest.p99Ms)} |`,
    `| \`record_current\` on the largest workshop, edits in a burst (one undo step) | ${ms(p.editInBurst.medianMs)} | ${ms(p.editInBurst.p99Ms)} |`,
    `| \`record_current\`, each edit after a pause (an undo snapshot first) | ${ms(p.editAfterPause.medianMs)} | ${ms(p.editAfterPause.p99Ms)} |`,
    "",
    "| In the app window, largest workshop on Current state | Median | p99 |",
    "|---|---:|---:|",
    `| \`record_current\` invoked from the page: IPC, commit, reply (nothing on the page changes) | ${ms(a.commandIpc.medianMs)} | ${ms(a.commandIpc.p99Ms)} |`,
    `| One line of text in the step changes (a layout): to the second animation frame after it (33 ms at 60 Hz = drawn within one frame) | ${ms(a.layoutFrame.medianMs)} | ${ms(a.layoutFrame.p99Ms)} |`,
    `| One background colour changes (a repaint only): the same | ${ms(a.repaintFrame.medianMs)} | ${ms(a.repaintFrame.p99Ms)} |`,
    "",
    "| Start against the floor, part by part (the launches above; the median of each part) | Ours | The floor | Ours over it |",
    "|---|---:|---:|---:|",
    ...[
      ["launch", "From the launch to the process's `main`: the system loading the binary and its libraries"],
      ["shell", "The shell, from `main` to the page beginning to load: Tauri, GTK, the window, WebKit's processes"],
      ["page", "The page, from its load to its first screen drawn and reported"],
    ].map(([part, what]) => {
      const ours = m.floor.ours[part].medianMs;
      const bare = m.floor.floor[part].medianMs;
      return `| ${what} | ${ms(ours)} | ${ms(bare)} | ${ms(ours - bare)} |`;
    }),
    "",
    "| Floors on this machine | Result |",
    "|---|---|",
    `| Cold start on a database of 2 workshops (${m.smallStart.runs} launches) | median ${ms(m.smallStart.medianMs)}, max ${ms(m.smallStart.maxMs)} |`,
    `| Memory on the home list right after start (${m.seeded.workshops} workshops) | ${(a.memoryHome.totalKiB / 1024).toFixed(0)} MB (${a.memoryHome.processes.map((p) => p.name + " " + (p.pssKiB / 1024).toFixed(0)).join(", ")}) |`,
  ].join("\n");
}

function machineText(info) {
  return [
    `- Date: ${info.date}`,
    `- CPU: ${info.cpu}, ${info.cores} cores; memory ${info.memoryGiB} GiB`,
    `- System: ${info.os}, Linux ${info.kernel}, Xvfb`,
    `- WebKitGTK ${info.webkit}; ${info.chromium}`,
    `- ${info.rustc}; Node ${info.node}`,
  ].join("\n");
}

// ------------------------------------------------------------------------ main

async function main() {
  mkdirSync(outDir, { recursive: true });
  const info = machine();
  const work = mkdtempSync(join(os.tmpdir(), "smo-bench-"));
  const dataDir = join(work, "data");
  const filesDir = join(outDir, "files");
  console.log(`==> seeding ${plan.workshops} workshops`);
  const seeded = JSON.parse(run(benchBin, ["seed", "--data-dir", dataDir, "--workshops", String(plan.workshops)]));
  console.log("==> in-process timings (store, PDFs, workshop files)");
  const inProcess = JSON.parse(
    run(benchBin, ["measure", "--data-dir", dataDir, "--out", filesDir, "--fonts", join(repoRoot, "assets", "fonts"),
      "--runs", String(plan.runs), "--edits", String(plan.edits)]),
  );
  console.log(`==> ${plan.phones} phones voting on ${plan.phonePractices} practices`);
  const phones = JSON.parse(run(benchBin, ["phones", "--phones", String(plan.phones), "--practices", String(plan.phonePractices)]));
  console.log("==> headless Chromium printing the assessment report");
  const chromium = inProcess.html.map((html, i) => ({
    workshop: i === 0 ? "sample" : "largest",
    ...chromiumPrint(html, plan.chromiumRuns),
  }));
  console.log(`==> cold start, ${plan.launches} launches, then as many on a database of 2 workshops`);
  const starts = [];
  for (let n = 0; n < plan.launches; n++) starts.push(await coldStart(dataDir, n));
  // The same launches on a small database show what start-up costs without
  // our data: WebKitGTK's own processes and the page.
  const smallDir = join(work, "small");
  run(benchBin, ["seed", "--data-dir", smallDir, "--workshops", "2"]);
  const smallStarts = [];
  for (let n = 0; n < plan.launches; n++) smallStarts.push(await coldStart(smallDir, n));
  console.log(`==> the app on the sample database and a bare Tauri window, ${plan.floorLaunches} launches each, alternating`);
  // The first launch on an empty directory creates the sample workshop, as for
  // a new user; it and one launch of the floor warm the file cache, uncounted.
  const sampleDir = join(work, "sample");
  await coldStart(sampleDir, "warm-up");
  await coldStart(sampleDir, "warm-up-floor", { binary: floor });
  const floorRuns = await againstTheFloor(sampleDir, plan.floorLaunches);
  console.log("==> in the app window: list, open, autosave, memory");
  const inApp = await measureInApp(dataDir, seeded);
  const deb = args.deb ? { name: args.deb.split("/").pop(), bytes: statSync(args.deb).size } : null;

  const results = {
    machine: info,
    tiny,
    seeded,
    start: summarise(starts),
    smallStart: summarise(smallStarts),
    floor: floorRuns,
    app: inApp,
    inProcess,
    phones,
    chromium,
    deb,
  };
  writeFileSync(join(outDir, "results.json"), JSON.stringify(results, null, 2));
  writeReport(results);
  rmSync(work, { recursive: true, force: true });
}

/** Writes the report (`--report`) of one run's results. */
function writeReport(results) {
  const main = table(results);
  const report = [
    "# Benchmarks",
    "",
    results.tiny
      ? "**Tiny run** (the test command's check that the harness works): the numbers below are not measurements."
      : "Written by `scripts/bench.sh` (see README, \"Performance\"); rerun it to refresh this file.",
    "",
    "## Machine",
    "",
    machineText(results.machine),
    "",
    "## Results against the budget",
    "",
    main,
    "",
    "## Breakdown",
    "",
    breakdown(results),
    "",
  ].join("\n");
  writeFileSync(args.report, report + EXPLANATIONS + keptAnalysis(args.report));
  console.log(`\n${main}\n\n${breakdown(results)}\n\nwritten to ${args.report}`);
}

/**
 * The hand-written analysis at the end of an existing report (from the
 * ANALYSIS marker on), kept when the numbers above it are refreshed.
 */
function keptAnalysis(file) {
  if (!existsSync(file)) return "";
  const text = readFileSync(file, "utf8");
  const at = text.indexOf(ANALYSIS);
  return at < 0 ? "" : `\n${text.slice(at)}`;
}

const ANALYSIS = "<!-- analysis: kept by bench.js when it rewrites this file -->";

/** What the numbers mean and how they were taken; appended to the report. */
const EXPLANATIONS = readFileSync(join(repoRoot, "tests", "e2e", "bench-notes.md"), "utf8");

(args["from-results"] ? Promise.resolve().then(() => writeReport(JSON.parse(readFileSync(args["from-results"], "utf8")))) : main()).catch((e) => {
  console.error(e);
  process.exit(1);
});
