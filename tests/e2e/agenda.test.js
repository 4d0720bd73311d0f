// The agenda in the real app: a two-day plan from Set up, the clock started,
// paused, resumed and moved on from the top bar, a quiet warning near an
// item's end, the clock still running after the app is quit and started
// again, the actual minutes beside the plan, and the assessment report's
// appendix of how the day went. Then room mode: the practice, the vote, the
// private note, and `?` for every key.

import { test, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { AppSandbox, openStep, setWindowSize, waitForSaved, screenshotDir } from "./harness.js";

const exportDir = mkdtempSync(join(tmpdir(), "smo-agenda-export-"));
const sandbox = new AppSandbox("agenda");
sandbox.extraEnv = { SMO_WORKBENCH_EXPORT_DIR: exportDir };
after(() => sandbox.dispose());

async function openSample(browser) {
  await browser.$('[data-testid="workshop-row"]').waitForDisplayed({ timeout: 20000 });
  await browser.$('button[title^="Open"][title$="Harbourline Logistics"]').click();
  await browser.$("h1=Set up").waitForDisplayed({ timeout: 10000 });
}

const timerState = (browser) => browser.$('[data-testid="agenda-timer"]').getAttribute("data-state");

test("a two-day agenda runs from the top bar, survives a restart and reaches the report", async () => {
  let browser = await sandbox.launch();
  await openSample(browser);
  await setWindowSize(browser, 1280, 820);
  const card = await browser.$('[data-testid="agenda-card"]');
  await card.scrollIntoView();
  await browser.$('[data-testid="two-day-plan"]').click();
  await browser.waitUntil(async () => (await browser.$$("[data-agenda-item]")).length > 8, {
    timeout: 5000,
    timeoutMsg: "the two-day plan did not appear",
  });
  // The first item planned for 2 minutes: the warning is on at once.
  const minutes = await browser.$('input[aria-label="Planned minutes of Welcome, goals and ground rules"]');
  await minutes.setValue("2");
  await waitForSaved(browser);
  await sandbox.screenshot("1280x820-agenda-planned");

  await browser.$('[data-testid="agenda-start"]').click();
  await browser.waitUntil(async () => (await timerState(browser)) === "running", { timeout: 5000, timeoutMsg: "the clock did not start" });
  await browser.waitUntil(async () => (await browser.$('[data-testid="agenda-timer"]').getAttribute("class")).includes("warning"), {
    timeout: 5000,
    timeoutMsg: "no quiet warning two minutes before the end",
  });
  const first = await browser.$('[data-testid="agenda-countdown"]').getText();
  assert.match(first, /^[12]:\d\d$/);
  await browser.$('[data-testid="agenda-timer"]').$("button=Pause").click();
  await browser.waitUntil(async () => (await timerState(browser)) === "paused", { timeout: 5000, timeoutMsg: "the clock did not pause" });
  await browser.$('[data-testid="agenda-timer"]').$("button=Resume").click();
  await browser.waitUntil(async () => (await timerState(browser)) === "running", { timeout: 5000, timeoutMsg: "the clock did not resume" });
  await browser.$('[data-testid="agenda-timer"]').$("button=Next").click();
  await browser.waitUntil(async () => (await browser.$('[data-testid="agenda-timer"] .what').getAttribute("title")).startsWith("Current state"), {
    timeout: 5000,
    timeoutMsg: "Next did not move to the assessment",
  });
  // Plan against actual: the first item's minutes are booked; the day's standing shows.
  await browser
    .waitUntil(async () => (await browser.$$('[data-testid="agenda-actual"]')[0].getText()) === "0", {
      timeout: 5000,
      timeoutMsg: "the first item's actual minutes were not booked",
    })
    .catch(async (e) => {
      const seen = await browser.execute(() => [...document.querySelectorAll('[data-testid="agenda-actual"]')].slice(0, 3).map((t) => t.outerHTML));
      throw new Error(`${e.message}: ${JSON.stringify(seen)}`);
    });
  assert.match(await browser.$('[data-testid="agenda-standing"]').getText(), /min ahead|on time/);
  await sandbox.screenshot("1280x820-agenda-running");

  // Quit and start again: the clock is still on the second item, running.
  await sandbox.quit();
  browser = await sandbox.launch();
  await openSample(browser);
  await browser.waitUntil(async () => (await timerState(browser)) === "running", {
    timeout: 10000,
    timeoutMsg: "the clock did not survive the restart",
  });
  assert.match(await browser.$('[data-testid="agenda-timer"] .what').getAttribute("title"), /^Current state/);

  // Room mode on Current state: the practice, the vote, the private note.
  await openStep(browser, "current-state", "Current state");
  await browser.$('[data-testid="room-mode"]').click();
  await browser.$('[data-testid="vote-panel"]').waitForDisplayed({ timeout: 5000 });
  assert.equal(await browser.$("nav.list").isExisting(), false, "room mode gives the list's room to the practice");
  const note = await browser.$('[data-testid="private-note"]');
  await note.setValue("Ask Jonas about the January outage first.");
  await waitForSaved(browser);
  // The key list, with the keyboard alone (out of the note first: in a text
  // field ? is a question mark).
  await browser.keys(["Tab"]);
  await browser.execute(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
  await browser.keys(["?"]);
  await browser.$('[data-testid="keys-dialog"]').waitForDisplayed({ timeout: 5000 });
  assert.match(await browser.$('[data-testid="keys-dialog"]').getText(), /Reveal the votes/);
  await sandbox.screenshot("1280x820-keys");
  await browser.keys(["Escape"]);
  await browser.waitUntil(async () => !(await browser.$('[data-testid="keys-dialog"]').isExisting()), { timeout: 5000, timeoutMsg: "? stayed open" });
  for (const [w, h] of [
    [1024, 768],
    [1920, 1080],
  ]) {
    await setWindowSize(browser, w, h);
    await sandbox.screenshot(`${w}x${h}-room-mode`);
  }

  // Out of room mode, the steps are back.
  await browser.$("button=One at a time").click();
  await browser.$('a[data-step="export"]').waitForDisplayed({ timeout: 5000 });

  // The day so far reaches the assessment report's appendix; the note does not.
  await browser.$('[data-testid="agenda-timer"]').$("button=Next").click();
  await openStep(browser, "export", "Export");
  for (const kind of ["charter", "roadmap"]) {
    const box = await browser.$(`[data-export="${kind}"]`);
    if (await box.isSelected()) await box.click();
  }
  await browser.$('[data-testid="export-button"]').click();
  await browser.$('[data-testid="exported"]').waitForDisplayed({ timeout: 30000 });
  const pdf = readdirSync(exportDir).find((f) => f.endsWith("Maturity Assessment Report.pdf"));
  assert.ok(pdf, readdirSync(exportDir).join(", "));
  const text = execFileSync("pdftotext", ["-layout", join(exportDir, pdf), "-"]).toString();
  assert.match(text, /How the day went/);
  assert.match(text, /Welcome, goals and ground rules\s+2\s+0\s+−2/);
  assert.doesNotMatch(text, /Ask Jonas about the January outage/);
  execFileSync("pdftoppm", ["-r", "60", "-png", join(exportDir, pdf), join(screenshotDir, "agenda-report")]);
});
