// The window does not keep what it no longer shows: the largest workshop of
// the benchmark's database (30 people, 34 practices with vote rounds, 200
// initiatives) opened on Current state and closed to the home list 50 times;
// the app's processes (WebKit's included) may not grow beyond a bound.

import { test, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

import { AppSandbox, benchBinary, processMemory } from "./harness.js";

const sandbox = new AppSandbox("memory");
after(() => sandbox.dispose());

/** Growth allowed over 50 cycles after a warm-up (measured: 2–3 MB); keeping one copy of the workshop per open grows ~36 MB. */
const BOUND_MB = 25;
const CYCLES = 50;
const WARM_UP = 10;

/** Opens the workshop on Current state and goes home, `times` times, inside the page. */
async function cycle(browser, id, times) {
  return browser.execute(
    async (id, times) => {
      const until = async (what, check) => {
        const t0 = performance.now();
        while (!check()) {
          if (performance.now() - t0 > 20000) throw new Error(`waited 20 s for ${what}`);
          await new Promise((r) => setTimeout(r, 10));
        }
      };
      for (let i = 0; i < times; i++) {
        window.location.hash = `#/w/${id}/current-state`;
        await until("the practice pane", () => document.querySelector('[data-testid="practice-pane"]'));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        window.location.hash = "#/";
        await until("the home list", () => document.querySelector('[data-testid="workshop-row"]') && !document.querySelector('[data-testid="practice-pane"]'));
      }
      return [...document.getElementsByTagName("*")].map((e) => `${e.tagName}.${e.className}`);
    },
    id,
    times,
  );
}

/**
 * The app's processes' memory once the page is idle: the lesser of two
 * readings 5 s apart. JavaScriptCore collects garbage when idle, but not on
 * a schedule, and a heap grown by a burst of garbage is returned to the
 * system slowly; what is retained never comes back.
 */
async function settled(browser) {
  let least = null;
  for (let i = 0; i < 2; i++) {
    await browser.pause(5000);
    const now = processMemory();
    if (!least || now.totalKiB < least.totalKiB) least = now;
  }
  return least;
}

const mb = (kib) => kib / 1024;
const line = (m) => m.processes.map((p) => `${p.name} ${mb(p.pssKiB).toFixed(0)}`).join(", ");

test("opening and closing the largest workshop 50 times does not grow memory", async () => {
  const seeded = JSON.parse(execFileSync(benchBinary, ["seed", "--data-dir", sandbox.dataDir, "--workshops", "2"], { encoding: "utf8" }));
  const browser = await sandbox.launch();
  await browser.$('[data-testid="workshop-row"]').waitForDisplayed({ timeout: 30000 });

  // The page's process collects all its garbage at each collection, and
  // collects once its heap has grown by twice its live size (the app sets
  // these before WebKit starts: src-tauri/src/webkit_environment.rs).
  const pages = processMemory().processes.filter((p) => p.name.startsWith("WebKitWebProces"));
  assert.ok(pages.length > 0, "the page's WebKit process is running");
  for (const page of pages) {
    const environment = readFileSync(`/proc/${page.pid}/environ`, "utf8").split("\0");
    for (const variable of ["JSC_useGenerationalGC=0", "JSC_largeHeapSize=8388608", "JSC_heapGrowthMaxIncrease=1"]) {
      assert.ok(environment.includes(variable), `the page's process (${page.pid}) runs with ${variable}`);
    }
  }

  // The warm-up loads the workshop's chunk and fills WebKit's caches once.
  const warm = await cycle(browser, seeded.largest, WARM_UP);
  const readings = [await settled(browser)];
  let home = warm;
  // In blocks of ten with a pause after each, as a day's use goes: fifty
  // opens in a few seconds would measure how far a burst of garbage grows
  // the heap, not what is kept.
  for (let done = 0; done < CYCLES; done += 10) {
    home = await cycle(browser, seeded.largest, 10);
    readings.push(await settled(browser));
  }
  const series = readings.map((m) => mb(m.totalKiB).toFixed(0)).join(", ");
  const first = readings[0];
  const last = readings[readings.length - 1];
  const grown = mb(last.totalKiB - first.totalKiB);
  console.log(`    after ${WARM_UP} cycles, then every 10: ${series} MB; at the end ${line(last)}: ${grown.toFixed(1)} MB more`);
  assert.deepEqual(home, warm, "the home list is made of the same elements after the cycles as before them");
  assert.ok(grown <= BOUND_MB, `memory grew ${grown.toFixed(1)} MB over ${CYCLES} cycles (bound ${BOUND_MB} MB): ${series}`);
});
