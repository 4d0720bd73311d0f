// The assessment, end to end in the real app: look at every assessment step of
// the sample, then, in a new workshop, score five practices with the keyboard,
// record two votes that disagree, set targets (one below today's level), and
// check that the gap analysis ranks the expected practice first.

import { test, after } from "node:test";
import assert from "node:assert/strict";

import { AppSandbox, openStep, waitForSaved } from "./harness.js";

const sandbox = new AppSandbox("assessment");
after(() => sandbox.dispose());

async function currentPractice(browser) {
  return browser.$('[data-testid="practice-pane"]').getAttribute("data-practice");
}

test("every assessment step of the sample workshop renders", async () => {
  const browser = await sandbox.launch();
  await browser.$('[data-testid="workshop-row"]').waitForDisplayed({ timeout: 20000 });
  await browser.$('button[title^="Open"][title$="Harbourline Logistics"]').click();
  await browser.$("h1=Set up").waitForDisplayed({ timeout: 10000 });
  // The sample is fully scored: each assessment step says so.
  for (const slug of ["current-state", "target-state", "gap-analysis"]) {
    assert.equal(await browser.$(`[data-testid="progress-${slug}"]`).getText(), "Done", slug);
  }
  await browser.$("h2=Framework and scope").scrollIntoView();
  await sandbox.screenshot("01-sample-scope");

  await openStep(browser, "current-state", "Current state");
  await browser.$('[data-testid="practice-pane"]').waitForDisplayed();
  await sandbox.screenshot("02-sample-current-state");
  await browser.$('[data-testid="grid-view"]').click();
  await browser.$('[data-testid="current-grid"]').waitForDisplayed();
  await sandbox.screenshot("03-sample-current-grid");

  await openStep(browser, "target-state", "Target state");
  await sandbox.screenshot("04-sample-target-state");

  await openStep(browser, "gap-analysis", "Gap analysis");
  await browser.$('[data-testid="radar"] svg').waitForDisplayed({ timeout: 10000 });
  const first = await browser.$('[data-testid="ranked-gaps"] tbody tr');
  assert.equal(await first.getAttribute("data-practice"), "change-enablement");
  await sandbox.screenshot("05-sample-gap-analysis");
  await browser.$("h2=The gaps that matter most").scrollIntoView();
  await sandbox.screenshot("06-sample-gap-ranking");
  await browser.$("button=‹ Workshops").click();
  await browser.$('[data-testid="workshop-row"]').waitForDisplayed({ timeout: 10000 });
});

test("score with the keyboard, vote, set targets, and read the ranking", async () => {
  const browser = sandbox.browser;
  await browser.$("button=New workshop").click();
  const org = await browser.$("dialog input");
  await org.waitForDisplayed();
  await org.setValue("Aurora Telecom");
  await browser.$("button=Create workshop").click();
  await browser.$("h1=Set up").waitForDisplayed({ timeout: 10000 });
  for (const [name, role] of [["Ada Okoro", "Service Desk Lead"], ["Bo Lindgren", "Head of Infrastructure"]]) {
    await browser.$('input[aria-label="New participant\'s name"]').setValue(name);
    await browser.$('input[aria-label="New participant\'s role"]').setValue(role);
    await browser.$("button=Add participant").click();
    await browser.$(`input[aria-label^="Name of participant"][value="${name}"]`).waitForExist({ timeout: 10000 }).catch(() => undefined);
  }
  await browser.$('[data-testid="participant-count"]*=2 people').waitForDisplayed({ timeout: 10000 });
  assert.equal(await browser.$('[data-testid="scope-count"]').getText(), "12 in scope");

  // Current state: five practices, digits then Enter, without touching the mouse.
  await openStep(browser, "current-state", "Current state");
  const pane = await browser.$('[data-testid="practice-pane"]');
  await pane.waitForDisplayed();
  await browser.$("#practice-title").click(); // focus lands on the pane
  const scores = [
    ["continual-improvement", "2"],
    ["knowledge-management", "3"],
    ["measurement-and-reporting", "1"],
    ["change-enablement", "1"],
    ["incident-management", "2"],
  ];
  for (const [practice, level] of scores) {
    assert.equal(await currentPractice(browser), practice);
    await browser.keys([level]);
    await browser.waitUntil(async () => (await browser.$('[data-testid="current-level"]').getText()).startsWith(`Level ${level}`), {
      timeout: 5000,
      timeoutMsg: `level ${level} was not shown for ${practice}`,
    });
    if (practice !== "incident-management") await browser.keys(["Enter"]);
  }

  // Votes on incident management: 1 and 4, two levels or more apart.
  await browser.$('[data-testid="show-votes"]').click();
  const rows = await browser.$$("[data-vote-participant]");
  assert.equal(rows.length, 2);
  await rows[0].$(".who").click();
  await browser.keys(["1"]);
  await browser.keys(["4"]); // focus moved on to the second person
  // A silent vote: two dots, no levels, until R reveals them.
  await browser.$('[data-testid="vote-count"]*=2 of 2 have voted').waitForDisplayed({ timeout: 5000 });
  assert.equal(await browser.$('[data-testid="vote-spread"]').isExisting(), false);
  await browser.keys(["r"]);
  const disagreement = await browser.$('[data-testid="disagreement"]');
  await disagreement.waitForDisplayed({ timeout: 5000 });
  assert.match(await browser.$('[data-testid="vote-spread"]').getText(), /2 votes: 1–4, median 2\.5/);
  await waitForSaved(browser);
  await sandbox.screenshot("07-votes-disagree");
  assert.equal(await browser.$('[data-testid="progress-current-state"]').getText(), "5 of 12");

  // Target state: levels, priorities and horizons; knowledge aims below today.
  await openStep(browser, "target-state", "Target state");
  const targets = [
    ["continual-improvement", "3", "Low", "24"],
    ["knowledge-management", "2", "Low", "12"],
    ["measurement-and-reporting", "4", "Medium", "12"],
    ["change-enablement", "4", null, "6"],
    ["incident-management", "4", "High", "12"],
  ];
  for (const [practice, target, priority, horizon] of targets) {
    const row = await browser.$(`tr[data-target-practice="${practice}"]`);
    await row.$('[aria-label^="Target level"]').$(`button=${target}`).click();
    if (priority) {
      await row.$('[aria-label^="Priority"]').$(`button=${priority}`).click();
    } else {
      await browser.keys(["h"]); // focus is in the row: H sets high priority
      await row.$('[aria-label^="Priority"] button[aria-checked="true"]').waitForExist({ timeout: 5000 });
      assert.equal(await row.$('[aria-label^="Priority"] button[aria-checked="true"]').getText(), "High");
    }
    await row.$("select").selectByAttribute("value", horizon);
  }
  const warning = await browser.$('tr[data-target-practice="knowledge-management"] .warn');
  assert.match(await warning.getText(), /Below today's level \(3\)/);
  await waitForSaved(browser);
  await browser.waitUntil(async () => (await browser.$('[data-testid="progress-target-state"]').getText()) === "5 of 12", {
    timeout: 5000,
    timeoutMsg: "target progress did not reach 5 of 12",
  });
  await sandbox.screenshot("08-targets");

  // Gap analysis: change enablement (gap 3 × high 3 = 9) ranks first, then
  // measurement (3 × 2 = 6) ahead of incident (2 × 3 = 6) on the larger raw gap.
  await openStep(browser, "gap-analysis", "Gap analysis");
  await browser.$('[data-testid="radar"] svg').waitForDisplayed({ timeout: 10000 });
  const ranked = await browser.$$('[data-testid="ranked-gaps"] tbody tr');
  const order = [];
  for (const row of ranked) order.push(await row.getAttribute("data-practice"));
  assert.deepEqual(order, ["change-enablement", "measurement-and-reporting", "incident-management", "continual-improvement", "knowledge-management"]);
  assert.equal(await ranked[0].$("th").getText(), "Change enablement");
  assert.equal(await ranked[0].$(".weighted").getText(), "9");
  const unranked = await browser.$('[data-testid="unranked"]').getText();
  assert.match(unranked, /Not ranked yet \(7\)/);
  const radarTitle = await browser.$('[data-testid="radar"] svg title').getProperty("textContent");
  assert.equal(radarTitle, "Current and target level by practice");
  await sandbox.screenshot("09-gap-analysis");
});
