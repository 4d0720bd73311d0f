// Vision, charter and roadmap, end to end in the real app: look at the
// sample's, then in a new workshop write a vision and mission, link an
// objective to a gap, make a RACI row with two Accountables and read the
// explanation, and create two dependent initiatives that appear on the timeline.

import { test, after } from "node:test";
import assert from "node:assert/strict";

import { AppSandbox, openStep, waitForSaved } from "./harness.js";

const sandbox = new AppSandbox("plan");
after(() => sandbox.dispose());

/** Date inputs have no typing model in WebKitGTK: set the value as a picker would. */
/** Types a day into a date field as a person does, then leaves the field (Tab). */
async function typeDate(browser, element, text) {
  await element.setValue(text);
  await browser.keys(["Tab"]);
}

test("the sample's vision, charter and roadmap render", async () => {
  const browser = await sandbox.launch();
  await browser.$('[data-testid="workshop-row"]').waitForDisplayed({ timeout: 20000 });
  await browser.$('button[title^="Open"][title$="Harbourline Logistics"]').click();
  await browser.$("h1=Set up").waitForDisplayed({ timeout: 10000 });
  for (const slug of ["vision-mission", "charter", "roadmap"]) {
    assert.equal(await browser.$(`[data-testid="progress-${slug}"]`).getText(), "Done", slug);
  }
  await openStep(browser, "vision-mission", "Vision & mission");
  await sandbox.screenshot("01-sample-vision");

  await openStep(browser, "charter", "Charter");
  await sandbox.screenshot("02-sample-charter-purpose");
  await browser.$('button[data-section="raci"]').click();
  await browser.$('[data-testid="raci"]').waitForDisplayed();
  await sandbox.screenshot("03-sample-charter-raci");
  await browser.$('button[data-section="kpis"]').click();
  await sandbox.screenshot("04-sample-charter-kpis");
  // Version 1 is the first draft: comparing shows what changed since.
  await browser.$("button=Versions (1)").click();
  const compare = await browser.$('[data-testid="versions"]').$("button=Compare with current");
  await compare.waitForClickable({ timeout: 5000 });
  await compare.click();
  const body = await browser.$('[data-testid="version-body"]');
  await body.waitForDisplayed({ timeout: 5000 });
  const compared = await body.getText();
  assert.match(compared, /Risks\s+changed/i);
  assert.match(compared, /Scope\s+unchanged/i);
  await sandbox.screenshot("04b-sample-version-compare");
  await browser.$("button=Close").click();

  await openStep(browser, "roadmap", "Roadmap");
  await browser.$('[data-testid="timeline"] svg').waitForDisplayed({ timeout: 10000 });
  await sandbox.screenshot("05-sample-roadmap-timeline");
  await browser.$("button=Now / next / later").click();
  await browser.$('[data-testid="board"]').waitForDisplayed();
  await sandbox.screenshot("06-sample-roadmap-board");
  await browser.$("button=Table").click();
  await browser.$('[data-testid="initiative-table"]').waitForDisplayed();
  await browser.$("h2=Projected maturity").scrollIntoView();
  await sandbox.screenshot("07-sample-roadmap-projections");
  await browser.$("button=‹ Workshops").click();
  await browser.$('[data-testid="workshop-row"]').waitForDisplayed({ timeout: 10000 });
});

test("vision, an objective on a gap, a broken RACI row, and two dependent initiatives", async () => {
  const browser = sandbox.browser;
  await browser.$("button=New workshop").click();
  await browser.$("dialog input").waitForDisplayed();
  await browser.$("dialog input").setValue("Borealis Rail");
  await browser.$("button=Create workshop").click();
  await browser.$("h1=Set up").waitForDisplayed({ timeout: 10000 });

  // A gap to link to: incident management from 1 to 4.
  await openStep(browser, "current-state", "Current state");
  await browser.$('[data-list-practice="incident-management"]').click();
  await browser.keys(["1"]);
  await openStep(browser, "target-state", "Target state");
  const row = await browser.$('tr[data-target-practice="incident-management"]');
  await row.$('[aria-label^="Target level"]').$("button=4").click();
  await row.$('[aria-label^="Priority"]').$("button=High").click();

  // Vision and mission.
  await openStep(browser, "vision-mission", "Vision & mission");
  await browser.$('[data-testid="vision"]').setValue("Every passenger-facing service runs one way and gets better every quarter.");
  await browser.$('[data-testid="mission"]').setValue("The SMO owns how Borealis Rail's IT services are changed, supported and reported, for stations, crews and passengers.");
  await browser.$("label*=Names who the SMO serves").$("input").click();
  await waitForSaved(browser);
  await browser.waitUntil(async () => (await browser.$('[data-testid="progress-vision-mission"]').getText()) === "3 of 5", {
    timeout: 5000,
    timeoutMsg: "vision progress did not reach 3 of 5",
  });
  await sandbox.screenshot("08-vision");

  // An objective linked to the incident management gap.
  await openStep(browser, "charter", "Charter");
  await browser.$('button[data-section="objectives"]').click();
  await browser.$("button=+ Add an objective").click();
  const objective = await browser.$('[data-row-list="Objective"] .row-card');
  await objective.$('input[type="text"]').setValue("Lead every major incident within 15 minutes");
  await objective.$("label.chip*=Incident management (1→4)").$("input").click();
  await waitForSaved(browser);
  assert.equal(await objective.$("label.chip.on").getText(), "Incident management (1→4)");

  // Two roles, then a RACI row where both are Accountable.
  await browser.$('button[data-section="roles"]').click();
  for (const name of ["Head of the SMO", "Incident manager"]) {
    await browser.$("button=+ Add a role").click();
    const cards = await browser.$$('[data-row-list="Role"] .row-card');
    await cards[cards.length - 1].$('input[type="text"]').setValue(name);
  }
  await browser.$('button[data-section="raci"]').click();
  await browser.$("button=+ Add a row").click();
  await browser.$('input[aria-label="Activity 1"]').setValue("Declare a major incident");
  for (const role of ["Head of the SMO", "Incident manager"]) {
    const cell = await browser.$(`button[aria-label^="${role} on Declare a major incident"]`);
    await cell.click(); // R
    await cell.click(); // A
  }
  const issue = await browser.$('[data-testid="raci-issue"]');
  await issue.waitForDisplayed({ timeout: 10000 });
  assert.match(await issue.getText(), /“Declare a major incident” has 2 Accountables/);
  await waitForSaved(browser);
  await sandbox.screenshot("09-raci-two-accountables");

  // Two initiatives, the second depending on the first.
  await openStep(browser, "roadmap", "Roadmap");
  const plans = [
    ["Major incident procedure", "1 Jun 2026", "31/7/2026"],
    ["Major incident drills", "2026-08-01", "31 October 2026"],
  ];
  for (const [title, start, end] of plans) {
    await browser.$("button=+ Add initiative").click();
    const titleInput = await browser.$('[data-testid="initiative-title"]');
    await titleInput.waitForDisplayed({ timeout: 5000 });
    await browser.waitUntil(async () => (await titleInput.getValue()) === "New initiative", { timeout: 5000 });
    await titleInput.clearValue();
    await titleInput.setValue(title);
    await typeDate(browser, await browser.$('[data-testid="initiative-start"]'), start);
    await typeDate(browser, await browser.$('[data-testid="initiative-end"]'), end);
    // However it was typed, the day reads back in the app's one style.
    assert.match(await browser.$('[data-testid="initiative-end"]').getValue(), /^\d{1,2} (Jul|Oct) 2026$/);
    if (title === "Major incident drills") {
      await browser.$("label.chip*=Major incident procedure").$("input").click();
    }
    await waitForSaved(browser);
  }
  assert.equal(await browser.$('[data-testid="initiative-error"]').isExisting(), false);
  await browser.$('button[aria-label="Close the editor"]').click();
  await browser.waitUntil(
    async () => {
      const desc = await browser.$('[data-testid="timeline"] svg desc').getProperty("textContent").catch(() => "");
      return String(desc).includes("Major incident drills waits for Major incident procedure");
    },
    { timeout: 10000, timeoutMsg: "the timeline never showed the dependency" },
  );
  // The timeline is redrawn for its new width once the editor has closed:
  // the titles, on one line each now, are read in one go.
  const timelineTexts = () => browser.execute(() => [...document.querySelectorAll('[data-testid="timeline"] svg text')].map((t) => t.textContent));
  await browser.waitUntil(async () => (await timelineTexts()).includes("Major incident procedure"), {
    timeout: 5000,
    timeoutMsg: "the wider timeline never showed the title on one line",
  });
  const texts = await timelineTexts();
  assert.ok(texts.includes("Major incident drills"));
  await sandbox.screenshot("10-timeline-with-dependency");
});
