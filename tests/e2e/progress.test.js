// After the workshop, end to end in the real app: the sample's Progress
// screen (trend, KPI dashboard, delivery, register) at a projector's and a
// desktop's size; three KPI measurements recorded; an initiative marked done
// and one made late by moving its plan (the first plan kept as the
// baseline); an approved idea promoted to a roadmap initiative; a new
// assessment round started with every practice "not yet re-rated"; and the
// steering report exported and read.

import { test, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";

import { AppSandbox, layoutProblems, openStep, setWindowSize, screenshotDir, waitForSaved } from "./harness.js";

const sandbox = new AppSandbox("progress");
const exportDir = join(sandbox.home, "exports");
mkdirSync(exportDir, { recursive: true });
sandbox.extraEnv = { SMO_WORKBENCH_EXPORT_DIR: exportDir };
after(() => sandbox.dispose());

async function openProgress(browser) {
  await browser.$('a[data-step="progress"]').click();
  await browser.$("h1=Progress").waitForDisplayed({ timeout: 10000 });
}

async function tab(browser, key) {
  await browser.$(`[data-testid="progress-tab-${key}"]`).click();
}

async function checkLayout(browser, what) {
  for (const [w, h] of [
    [1024, 768],
    [1920, 1080],
  ]) {
    await setWindowSize(browser, w, h);
    const problems = await layoutProblems(browser);
    assert.deepEqual(problems, [], `${what} at ${w}×${h}`);
    await sandbox.screenshot(`${what}-${w}`);
  }
}

test("the sample's progress: two rounds, KPI history, delivery and register", async () => {
  const browser = await sandbox.launch();
  await browser.$('[data-testid="workshop-row"]').waitForDisplayed({ timeout: 20000 });
  const row = await browser.$('[data-testid="after-line"]');
  assert.match(await row.getText(), /Six-month review, September 2026/);
  await browser.$('button[title^="Open"][title$="Harbourline Logistics"]').click();
  await browser.$("h1=Set up").waitForDisplayed({ timeout: 10000 });
  await openProgress(browser);
  await browser.$('[data-testid="trend-chart"] svg').waitForDisplayed({ timeout: 10000 });
  const rounds = await browser.$$('[data-testid="rounds"] li');
  assert.equal(rounds.length, 2);
  assert.match(await browser.$('[data-testid="most-improved"]').getText(), /Change enablement/);
  assert.match(await browser.$('[data-testid="most-declined"]').getText(), /Knowledge management/);
  await checkLayout(browser, "01-maturity");

  await tab(browser, "kpis");
  await browser.$('[data-testid="kpi-dashboard"]').waitForDisplayed();
  assert.equal(await browser.$('[data-testid="kpi-kpi-fcr"] [data-testid="kpi-status"]').getText(), "Off track");
  assert.equal(await browser.$('[data-testid="kpi-kpi-change"] [data-testid="kpi-status"]').getText(), "On track");
  await checkLayout(browser, "02-kpis");

  await tab(browser, "delivery");
  await browser.$('[data-testid="delivery-table"]').waitForDisplayed();
  await checkLayout(browser, "03-delivery");

  await tab(browser, "register");
  await browser.$('[data-testid="register"]').waitForDisplayed();
  await checkLayout(browser, "04-register");

  // Gap analysis shows any round: the baseline, read-only, against today's targets.
  await openStep(browser, "gap-analysis", "Gap analysis");
  const summary = await browser.$('[data-testid="gap-summary"]');
  await summary.waitForDisplayed({ timeout: 10000 });
  const average = async () => (await summary.$(".big").getText()).trim();
  assert.equal(await average(), "1.4", "the six-month review's average today");
  await browser.$('[data-testid="gap-round"]').selectByAttribute("value", "1");
  await browser.$('[data-testid="earlier-round"]').waitForDisplayed({ timeout: 10000 });
  await browser.waitUntil(async () => (await average()) === "1.2", { timeout: 10000, timeoutMsg: "the baseline's average is not shown" });
  await sandbox.screenshot("04b-gap-baseline");
  await browser.$('[data-testid="gap-round"]').selectByAttribute("value", "");
  await browser.$('[data-testid="earlier-round"]').waitForDisplayed({ reverse: true, timeout: 10000 });
  await browser.waitUntil(async () => (await average()) === "1.4", { timeout: 10000, timeoutMsg: "back to the round being scored" });
  await openProgress(browser);
});

test("three measurements move a KPI's status and history", async () => {
  const browser = sandbox.browser;
  await tab(browser, "kpis");
  const card = await browser.$('[data-testid="kpi-kpi-fcr"]');
  for (const [day, value] of [
    ["30 Nov 2026", "58"],
    ["1 Dec 2026", "61"],
    ["2 Dec 2026", "63"],
  ]) {
    await card.$('[data-testid="measure"]').click();
    const form = await card.$('[data-testid="measure-form"]');
    await form.waitForDisplayed();
    await form.$('[data-testid="measure-value"]').setValue(value);
    const dayField = await form.$('[data-testid="measure-day"]');
    await dayField.setValue(day);
    await browser.keys(["Tab"]);
    await form.$('[data-testid="measure-save"]').click();
    await form.waitForDisplayed({ reverse: true, timeout: 10000 });
  }
  await browser.waitUntil(async () => (await card.$("summary").getText()).startsWith("7 measurements"), {
    timeout: 10000,
    timeoutMsg: "the three measurements were not all recorded",
  });
  // 63% of the way from 48% to 65% is 88%: ahead of the time gone by.
  await browser.waitUntil(async () => (await card.$('[data-testid="kpi-status"]').getText()) === "On track", {
    timeout: 10000,
    timeoutMsg: "first-contact resolution did not come back on track",
  });
  // Words that are not a number are refused, nothing recorded.
  await card.$('[data-testid="measure"]').click();
  await card.$('[data-testid="measure-value"]').setValue("about sixty");
  await card.$('[data-testid="measure-save"]').click();
  assert.match(await card.$('[role="alert"]').getText(), /not a number/);
  await card.$("button=Cancel").click();
  await sandbox.screenshot("05-kpis-measured");
});

test("an initiative done, one late against its first plan, and an idea made an initiative", async () => {
  const browser = sandbox.browser;
  await tab(browser, "delivery");
  const catalogue = await browser.$('[data-testid="delivery-ini-catalogue"]');
  await catalogue.waitForDisplayed();
  const end = await catalogue.$('[data-testid="delivery-planned-end"]');
  await end.setValue("16 Nov 2026");
  await browser.keys(["Tab"]);
  await waitForSaved(browser);
  await browser.waitUntil(async () => /Late/.test(await catalogue.getText()), {
    timeout: 10000,
    timeoutMsg: "moving the planned end into the past did not make the initiative late",
  });
  assert.match(await catalogue.getText(), /First planned 18 Dec 2026/);

  // Marked done, it is 100 % done and ends today (it had no actual end).
  const desk = await browser.$('[data-testid="delivery-ini-desk"]');
  await desk.$('[data-testid="delivery-status"]').selectByAttribute("value", "done");
  await waitForSaved(browser);
  const actualEnd = await desk.$('input[aria-label="Actual end of Merge the three service desks"]');
  await browser.waitUntil(async () => (await actualEnd.getValue()) !== "", { timeout: 10000, timeoutMsg: "marking it done gave it no actual end" });
  assert.equal(await desk.$('[data-testid="delivery-percent"]').getValue(), "100");
  await browser.waitUntil(async () => (await browser.$('[data-testid="delivery-counts"]').getText()).startsWith("6 done"), {
    timeout: 10000,
    timeoutMsg: "the merged desk was not counted done",
  });
  await sandbox.screenshot("06-delivery-late");

  await tab(browser, "register");
  const idea = await browser.$('[data-testid="idea-idea-cab-phone"]');
  await idea.$('[data-testid="promote-idea"]').click();
  await browser.waitUntil(async () => /Initiative: Let depot managers join the CAB by phone/.test(await idea.getText()), {
    timeout: 10000,
    timeoutMsg: "the promoted idea does not name its initiative",
  });
  assert.match(await idea.$('[data-testid="idea-status"]').getValue(), /inProgress/);
  await openStep(browser, "roadmap", "Roadmap");
  await browser.$("button=Table").click();
  assert.match(await browser.$('[data-testid="initiative-table"]').getText(), /Let depot managers join the CAB by phone/);
});

test("re-assessing starts a round where every practice is not yet re-rated", async () => {
  const browser = sandbox.browser;
  await openProgress(browser);
  await browser.$('[data-testid="reassess"]').click();
  await browser.$('[data-testid="round-name"]').setValue("Twelve-month review");
  await browser.$('[data-testid="start-round"]').click();
  await browser.$('[data-testid="round-name"]').waitForDisplayed({ reverse: true, timeout: 10000 });
  await browser.waitUntil(async () => (await browser.$$('[data-testid="rounds"] li')).length === 3, {
    timeout: 10000,
    timeoutMsg: "the third round is not listed",
  });
  assert.match(await browser.$('[data-testid="progress-round"]').getProperty("textContent"), /Twelve-month review/);
  await openStep(browser, "current-state", "Current state");
  // The practice list shows on wide windows, the jump list on narrow ones.
  const listed = await browser.$('[data-list-practice="change-enablement"]');
  if (await listed.isDisplayed()) await listed.click();
  else await browser.$("select.jump").selectByAttribute("value", "change-enablement");
  await browser.$("h2=Change enablement").waitForDisplayed({ timeout: 10000 });
  await browser.$("#practice-title").click();
  assert.match(await browser.$('[data-testid="current-level"]').getText(), /Not yet re-rated/);
  assert.equal(await browser.$('[data-testid="previous-level"]').getText(), "Six-month review, September 2026: level 1");
  await browser.keys(["2"]);
  await browser.waitUntil(async () => /Level 2/.test(await browser.$('[data-testid="current-level"]').getText()), {
    timeout: 10000,
    timeoutMsg: "the new round's score did not land",
  });
  await waitForSaved(browser);
  await openProgress(browser);
  await browser.$('[data-testid="trend-chart"] svg').waitForDisplayed({ timeout: 10000 });
  await sandbox.screenshot("07-third-round");
});

test("the steering report exports and leads with its summary", async () => {
  const browser = sandbox.browser;
  await openStep(browser, "export", "Export");
  for (const kind of ["assessment", "charter", "roadmap"]) {
    const box = await browser.$(`[data-export="${kind}"]`);
    if (await box.isSelected()) await box.click();
  }
  await browser.$('[data-export="steering"]').click();
  await browser.$('[data-export-word="steering"]').click();
  await browser.$('[data-testid="export-button"]').click();
  await browser.$('[data-testid="exported"]').waitForDisplayed({ timeout: 30000 });
  const files = readdirSync(exportDir).sort();
  assert.deepEqual(files, ["Harbourline Logistics – SMO Progress Report.docx", "Harbourline Logistics – SMO Progress Report.pdf"]);
  const pdf = join(exportDir, files[1]);
  const text = execFileSync("pdftotext", [pdf, "-"]).toString().replace(/\s+/g, " ");
  assert.match(text, /Executive summary/);
  assert.match(text, /Twelve-month review/);
  // The change since the baseline, to the round just scored: change enablement 0 → 2.
  assert.match(text, /Change enablement: 0 → 2 \(\+2\)/);
  assert.match(text, /Let depot managers join the CAB by phone/);
  assert.match(text, /Late or blocked.*Service catalogue and service levels/);
  execFileSync("pdftoppm", ["-r", "60", "-png", pdf, join(screenshotDir, "progress-08-steering-page")]);
});
