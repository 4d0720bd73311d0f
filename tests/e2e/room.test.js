// The room: the sample workshop run as a facilitator runs it, at the window
// sizes of a projector (1024×768), a small laptop (1280×720) and a large
// screen (1920×1080). Every step is photographed at each size (target/e2e/)
// and checked for what hurts in front of a client: a page that scrolls
// sideways, content spilling out of its box, text too small to read, and the
// votes below the fold. Then the keyboard traps and quick edits the dry run hit.

import { test, after } from "node:test";
import assert from "node:assert/strict";

import { AppSandbox, layoutProblems, openStep, setWindowSize, waitForSaved } from "./harness.js";

const sandbox = new AppSandbox("room");
after(() => sandbox.dispose());

const SIZES = [
  [1024, 768],
  [1280, 720],
  [1920, 1080],
];

const STEPS = [
  ["set-up", "Set up"],
  ["current-state", "Current state"],
  ["target-state", "Target state"],
  ["gap-analysis", "Gap analysis"],
  ["vision-mission", "Vision & mission"],
  ["charter", "Charter"],
  ["roadmap", "Roadmap"],
  ["export", "Export"],
];

async function openSample(browser) {
  await browser.$('[data-testid="workshop-row"]').waitForDisplayed({ timeout: 20000 });
  await browser.$('button[aria-label^="Open"][aria-label$="Harbourline Logistics"]').click();
  await browser.$("h1=Set up").waitForDisplayed({ timeout: 10000 });
}

/** The font size charts draw their text at, in screen pixels: the smallest and the median. */
async function chartText(browser, selector) {
  return browser.execute((selector) => {
    const sizes = [];
    for (const svg of document.querySelectorAll(`${selector} svg`)) {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      for (const t of svg.querySelectorAll("text")) sizes.push(parseFloat(t.getAttribute("font-size")) * scale);
    }
    sizes.sort((a, b) => a - b);
    return { min: sizes[0] ?? 0, median: sizes[Math.floor(sizes.length / 2)] ?? 0, count: sizes.length };
  }, selector);
}

test("every step of the sample at 1024×768, 1280×720 and 1920×1080: nothing clipped, spilled or too small", async () => {
  const browser = await sandbox.launch();
  await openSample(browser);
  const found = [];
  const charts = {};
  for (const [width, height] of SIZES) {
    await setWindowSize(browser, width, height);
    for (const [slug, heading] of STEPS) {
      await openStep(browser, slug, heading);
      if (slug === "gap-analysis") await browser.$('[data-testid="radar"] svg').waitForDisplayed({ timeout: 10000 });
      if (slug === "roadmap") await browser.$('[data-testid="timeline"] svg').waitForDisplayed({ timeout: 10000 });
      await browser.pause(300);
      await sandbox.screenshot(`${width}x${height}-${slug}`);
      for (const p of await layoutProblems(browser, 12)) found.push(`${width}×${height} ${heading}: ${p}`);
      if (slug === "gap-analysis") charts[`gap-${width}`] = await chartText(browser, ".charts");
      if (slug === "roadmap") charts[`timeline-${width}`] = await chartText(browser, '[data-testid="timeline"]');
    }
  }
  await setWindowSize(browser, 1280, 820);
  assert.deepEqual(found, [], found.join("\n"));
  // Chart labels are readable on a projector and grow with the window.
  for (const width of [1024, 1280, 1920]) {
    for (const chart of ["gap", "timeline"]) {
      const text = charts[`${chart}-${width}`];
      assert.ok(text.min >= 11.9 && text.median >= 13.5, `${chart} at ${width}: ${JSON.stringify(text)}`);
    }
  }
  assert.ok(charts["gap-1920"].median > charts["gap-1024"].median, `${JSON.stringify(charts)}`);
});
