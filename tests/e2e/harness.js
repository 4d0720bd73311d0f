// Drives the real SMO Workbench binary through tauri-driver and WebKitWebDriver.
//
// Every test run gets its own temporary home: the app's database
// (SMO_WORKBENCH_DATA_DIR) and WebKit's caches (XDG_*) go there and nowhere else.
// Screenshots are written to target/e2e/ at the repository root.

import { spawn, execSync, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, existsSync, readFileSync, readdirSync, readlinkSync, realpathSync, writeFileSync } from "node:fs";
import { createConnection } from "node:net";
import { tmpdir, homedir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { remote } from "webdriverio";

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, "../..");
const targetDir = process.env.CARGO_TARGET_DIR
  ? resolve(process.env.CARGO_TARGET_DIR)
  : join(repoRoot, "target");
export const appBinary = process.env.SMO_E2E_APP ?? join(targetDir, "debug", "smo-workbench");
export const screenshotDir = join(repoRoot, "target", "e2e");
/** The benchmark tool (built by the test command's app build), which seeds databases. */
export const benchBinary = join(targetDir, "debug", "smo-bench");

function findTauriDriver() {
  const candidates = [join(homedir(), ".cargo", "bin", "tauri-driver"), "/usr/local/bin/tauri-driver"];
  return candidates.find((p) => existsSync(p)) ?? "tauri-driver";
}

function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolvePort, reject) => {
    const attempt = () => {
      const socket = createConnection({ host: "127.0.0.1", port }, () => {
        socket.end();
        resolvePort();
      });
      socket.on("error", () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`tauri-driver did not listen on ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** A port for tauri-driver; its native driver listens 1000 above it. */
function randomDriverPort() {
  return 4444 + Math.floor(Math.random() * 1000);
}

/** A sandbox: a temporary home, a running tauri-driver, and app sessions on it. */
export class AppSandbox {
  constructor(name) {
    this.name = name;
    this.home = mkdtempSync(join(tmpdir(), `smo-e2e-${name}-`));
    this.dataDir = join(this.home, "data");
    this.port = randomDriverPort();
    this.driver = null;
    this.browser = null;
    /** More environment for the app (e.g. SMO_WORKBENCH_EXPORT_DIR). */
    this.extraEnv = {};
    mkdirSync(screenshotDir, { recursive: true });
  }

  env() {
    return {
      ...process.env,
      SMO_WORKBENCH_DATA_DIR: this.dataDir,
      HOME: this.home,
      XDG_DATA_HOME: join(this.home, "xdg-data"),
      XDG_CONFIG_HOME: join(this.home, "xdg-config"),
      XDG_CACHE_HOME: join(this.home, "xdg-cache"),
      XDG_STATE_HOME: join(this.home, "xdg-state"),
      XDG_RUNTIME_DIR: this.home,
      // Days are written day first ("9 Mar 2026") whatever the machine's locale;
      // a test that wants the other style sets LC_TIME in extraEnv.
      LC_ALL: "",
      LC_TIME: "en_GB.UTF-8",
      ...this.extraEnv,
    };
  }

  async startDriver() {
    if (!existsSync(appBinary)) throw new Error(`the app is not built: ${appBinary}`);
    const native = ["/usr/bin/WebKitWebDriver"].find((p) => existsSync(p));
    const args = ["--port", String(this.port), "--native-port", String(this.port + 1000)];
    if (native) args.push("--native-driver", native);
    this.driver = spawn(findTauriDriver(), args, { env: this.env(), stdio: ["ignore", "ignore", "inherit"] });
    await waitForPort(this.port, 15000);
  }

  /**
   * Launches the app and returns the WebdriverIO browser for its window.
   * `options` adds to or overrides WebdriverIO's (e.g. longer timeouts).
   */
  async launch(options = {}) {
    for (let attempt = 1; ; attempt++) {
      if (!this.driver) await this.startDriver();
      try {
        this.browser = await remote({
          hostname: "127.0.0.1",
          port: this.port,
          logLevel: "warn",
          connectionRetryCount: 2,
          capabilities: { "tauri:options": { application: appBinary } },
          ...options,
        });
        return this.browser;
      } catch (error) {
        // A request that never got an HTTP answer means the driver, not the
        // app, failed (tauri-driver drops the connection when its native
        // driver could not start, e.g. a port still held by an earlier one).
        // An app that fails to start gets an HTTP error and is not retried.
        if (attempt > 1 || !/Failed to fetch|UND_ERR_SOCKET|ECONNREFUSED|ECONNRESET|socket hang up/.test(String(error))) throw error;
        console.warn(`tauri-driver on port ${this.port} started no session (${error.message}); trying a new driver on another port`);
        this.driver.kill();
        this.driver = null;
        this.port = randomDriverPort();
      }
    }
  }

  /** Quits the app (ends the WebDriver session, which closes the process). */
  async quit() {
    if (this.browser) {
      await this.browser.deleteSession();
      this.browser = null;
    }
  }

  async screenshot(name) {
    // Let layout, fonts and transitions settle before taking the picture.
    await this.browser.pause(400);
    // WebKitWebDriver's own screenshot command hangs under Xvfb here, so the
    // picture is taken of the X display itself, cropped to the window.
    const file = join(screenshotDir, `${this.name}-${name}.png`);
    execSync(`xwd -root -silent | xwdtopnm 2>/dev/null | pnmcrop -black 2>/dev/null | pnmtopng > '${file}'`, { shell: "/bin/bash" });
  }

  /** A picture of one rectangle of the X display (a window placed there). */
  async screenshotAt(name, { left, top, width, height }) {
    await this.browser.pause(400);
    const file = join(screenshotDir, `${this.name}-${name}.png`);
    execSync(`xwd -root -silent | xwdtopnm 2>/dev/null | pnmcut -left ${left} -top ${top} -width ${width} -height ${height} | pnmtopng > '${file}'`, {
      shell: "/bin/bash",
    });
  }

  async dispose() {
    await this.quit().catch(() => undefined);
    this.driver?.kill();
    // An app whose web process died outlives its session; it would hold the
    // test runner's output open and the run would never end.
    for (const pid of processesWith(`SMO_WORKBENCH_DATA_DIR=${this.dataDir}`)) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  }
}

/** The eight steps: their slugs and headings. */
export const STEPS = [
  ["set-up", "Set up"],
  ["current-state", "Current state"],
  ["target-state", "Target state"],
  ["gap-analysis", "Gap analysis"],
  ["vision-mission", "Vision & mission"],
  ["charter", "Charter"],
  ["roadmap", "Roadmap"],
  ["export", "Export"],
];

/** Opens a step of the open workshop from the step list and waits for its heading. */
export async function openStep(browser, slug, heading) {
  await browser.$(`a[data-step="${slug}"]`).click();
  await browser.$(`h1=${heading}`).waitForDisplayed({ timeout: 10000 });
}

/** Waits until the save indicator says everything is saved. */
export async function waitForSaved(browser) {
  const status = await browser.$('[data-testid="save-status"]');
  await browser.waitUntil(async () => (await status.getAttribute("data-state")) === "saved", {
    timeout: 10000,
    timeoutMsg: "autosave never reported Saved",
  });
}

/**
 * Resizes the app window so that its page is `width` × `height` (under Xvfb
 * there is no window manager, so no frame; the menu bar above the page is
 * added to the window's height) and waits until the page has that size.
 */
export async function setWindowSize(browser, width, height) {
  // At the screen's top left corner, so the whole window is on the (virtual) screen.
  await browser.setWindowRect(0, 0, width, height);
  await browser.waitUntil(async () => (await browser.execute(() => window.innerWidth)) === width, {
    timeout: 5000,
    timeoutMsg: `the window did not become ${width} wide`,
  });
  const menuBar = height - (await browser.execute(() => window.innerHeight));
  if (menuBar > 0) await browser.setWindowRect(0, 0, width, height + menuBar);
  await browser.waitUntil(
    async () => {
      const [w, h] = await browser.execute(() => [window.innerWidth, window.innerHeight]);
      return w === width && h === height;
    },
    { timeout: 5000, timeoutMsg: `the page did not become ${width}×${height}` },
  );
  await browser.pause(250);
}

/**
 * What is wrong with the layout on screen now, as sentences: a page that
 * scrolls sideways, a box whose content spills out of it (a button, a card,
 * a table cell), text set below `minText` pixels (SVG text measured as drawn,
 * so a chart scaled down counts), text cut off without an ellipsis, and a
 * scroll area with WebKitGTK's overlay scrollbar (it takes no room, so the
 * page's own bar in styles.css is missing: the overlay bar fades out over
 * three seconds, repainting every frame, after each change of the area).
 * Empty when the screen is sound.
 */
export async function layoutProblems(browser, minText = 12) {
  return browser.execute((minText) => {
    const problems = [];
    // Rows and cards skipped while off screen (`.skipped-off-screen`, a
    // placeholder height until they scroll near) are checked as they will
    // be drawn: all of them laid out now, and left to WebKit again after.
    const skipped = [...document.querySelectorAll(".skipped-off-screen")];
    for (const el of skipped) el.style.contentVisibility = "visible";
    const name = (el) => {
      const text = (el.getAttribute("aria-label") || el.textContent || "").trim().replace(/\s+/g, " ").slice(0, 50);
      return `<${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? ` class="${el.className.split(" ")[0]}"` : ""}> "${text}"`;
    };
    const visible = (el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return false;
      const s = getComputedStyle(el);
      return s.visibility !== "hidden" && s.display !== "none" && !el.closest("[hidden], details:not([open]) > :not(summary)");
    };
    const root = document.scrollingElement;
    if (root.scrollWidth > window.innerWidth + 1) problems.push(`the page is ${root.scrollWidth}px wide in a ${window.innerWidth}px window`);
    for (const el of document.querySelectorAll("main, .step, .shell, .body")) {
      if (visible(el) && el.scrollWidth > el.clientWidth + 1) problems.push(`${name(el)} scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`);
    }
    // Scroll areas that scroll: their bar is the page's, which takes room.
    for (const el of document.querySelectorAll("*")) {
      if (el === document.documentElement || el === document.body || !visible(el)) continue;
      const s = getComputedStyle(el);
      if (["auto", "scroll"].includes(s.overflowY) && el.scrollHeight > el.clientHeight + 1) {
        const bar = el.offsetWidth - el.clientWidth - parseFloat(s.borderLeftWidth) - parseFloat(s.borderRightWidth);
        if (bar < 4) problems.push(`${name(el)} scrolls with an overlay scrollbar (${bar}px wide), not the page's`);
      }
    }
    // Boxes whose content spills out: buttons, cards, cells, labels.
    for (const el of document.querySelectorAll("button, .card, [class*='card'], td, th, [role='cell'], [role='columnheader'], label, h1, h2, h3, p, li")) {
      if (!visible(el) || el.closest("svg, .sr-only")) continue;
      const s = getComputedStyle(el);
      if (s.textOverflow === "ellipsis") continue;
      const clipped = s.overflowX !== "visible" || s.overflowY !== "visible";
      const spillsDown = el.scrollHeight > el.clientHeight + 2;
      const spillsRight = el.scrollWidth > el.clientWidth + 2;
      if ((spillsDown && !["auto", "scroll"].includes(s.overflowY)) || (spillsRight && !["auto", "scroll"].includes(s.overflowX))) {
        problems.push(`${name(el)} spills out of its box${clipped ? " and is cut off" : ""} (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`);
      }
    }
    // Text size as drawn.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const small = new Map();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent.trim() || !visible(el) || el.closest(".sr-only, kbd, option, [aria-hidden='true']")) continue;
      let size = parseFloat(getComputedStyle(el).fontSize);
      const svg = el.closest("svg");
      if (svg) {
        const box = svg.viewBox.baseVal;
        if (box && box.width > 0) size = size * (svg.getBoundingClientRect().width / box.width);
      }
      if (size < minText - 0.05) {
        const key = `${svg ? "chart text" : name(el)} at ${size.toFixed(1)}px`;
        small.set(key, (small.get(key) ?? 0) + 1);
      }
    }
    for (const [key, count] of small) problems.push(`${key}${count > 1 ? ` (${count} times)` : ""} is below ${minText}px`);
    for (const el of skipped) el.style.contentVisibility = "";
    return problems;
  }, minText);
}

const axeSource = readFileSync(join(here, "node_modules", "axe-core", "axe.min.js"), "utf8");

/**
 * Runs axe-core (WCAG 2.1 A and AA rules, and best practices) on the page
 * shown now, inside the real window; writes every violation to
 * target/e2e/axe-<name>.json and returns the serious and critical ones as
 * sentences ("color-contrast (serious): … at .selector").
 */
export async function accessibilityProblems(browser, name) {
  const injected = await browser.execute(() => typeof window.axe === "object");
  if (!injected) await browser.execute(`${axeSource}\n;return true;`);
  const violations = await browser.executeAsync((done) => {
    window.axe
      .run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        resultTypes: ["violations"],
      })
      .then((r) =>
        done(
          r.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.slice(0, 8).map((n) => ({ target: n.target.join(" "), summary: n.failureSummary })),
            count: v.nodes.length,
          })),
        ),
      )
      .catch((e) => done([{ id: "axe-failed", impact: "critical", help: String(e), nodes: [], count: 1 }]));
  });
  writeFileSync(join(screenshotDir, `axe-${name}.json`), JSON.stringify(violations, null, 2));
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target} — ${(n.summary ?? "").replace(/\s+/g, " ").slice(0, 200)}`));
}

/**
 * Presses `keys` (xdotool's names: "ctrl+n", "Tab", "alt+h") on the X display
 * with the app's main window focused: real key events, which GTK sees first
 * (so the menu bar's keys and mnemonics act), then the page.
 */
export function pressKeys(...keys) {
  const ids = execFileSync("xdotool", ["search", "--name", "^SMO Workbench$"], { encoding: "utf8" }).trim().split("\n");
  execFileSync("xdotool", ["windowfocus", "--sync", ids[ids.length - 1]]);
  for (const key of keys) execFileSync("xdotool", ["key", "--clearmodifiers", key]);
}

/** Types `text` as real key presses into whatever has the focus. */
export function typeKeys(text) {
  execFileSync("xdotool", ["type", "--delay", "15", text]);
}

/** Every process, as pid → parent pid. */
function processTable() {
  const table = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      table.set(Number(entry), ppid);
    } catch {
      // the process ended while we looked
    }
  }
  return table;
}

/**
 * PSS in kB of a running binary's process (found by its executable: the app,
 * or the benchmark's floor) and all its descendants (WebKit's processes).
 */
export function processMemory(binary = appBinary) {
  const table = processTable();
  const target = realpathSync(binary);
  const roots = [...table.keys()].filter((pid) => {
    try {
      return readlinkSync(`/proc/${pid}/exe`) === target;
    } catch {
      return false;
    }
  });
  if (roots.length !== 1) throw new Error(`expected one app process, found ${roots.length}`);
  const tree = new Set(roots);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of table) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  const processes = [];
  for (const pid of tree) {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
      const pss = Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0);
      const name = readFileSync(`/proc/${pid}/comm`, "utf8").trim();
      processes.push({ pid, name, pssKiB: pss });
    } catch {
      // gone
    }
  }
  processes.sort((a, b) => b.pssKiB - a.pssKiB);
  return { totalKiB: processes.reduce((s, p) => s + p.pssKiB, 0), processes };
}

/** The processes whose environment holds `entry` ("NAME=value"), this one excepted. */
export function processesWith(entry) {
  const pids = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${name}/environ`, "utf8").split("\0").includes(entry)) pids.push(Number(name));
    } catch {
      // ended, or not ours to read
    }
  }
  return pids;
}
