// The whole flow without a mouse, in the real window, with real key presses
// on the X display (xdotool, so GTK's menu keys act as they do for a user):
// a new workshop (Ctrl+N), its sponsor, a practice scored, a target and a
// priority set, a RACI row, an initiative, and the documents exported. Every
// element the Tab key reaches on the way must show where the focus is.

import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { AppSandbox, pressKeys, setWindowSize, typeKeys, waitForSaved } from "./harness.js";

const sandbox = new AppSandbox("keyboard");
const exportDir = mkdtempSync(join(tmpdir(), "smo-e2e-keyboard-export-"));
sandbox.extraEnv = { SMO_WORKBENCH_EXPORT_DIR: exportDir };
after(() => sandbox.dispose());

const press = pressKeys;
const type = typeKeys;

/** Elements that took the focus without showing it. */
const unseenFocus = new Set();

/** The focused element: a short description, whether it matches `target`, and whether its focus shows. */
function focused(browser, target) {
  return browser.execute((target) => {
    const el = document.activeElement;
    if (!el || el === document.body) return { what: "body", matches: false, visible: true };
    const s = getComputedStyle(el);
    const ring = (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 1) || (s.boxShadow && s.boxShadow !== "none");
    const label = el.labels?.[0]?.textContent ?? el.getAttribute("aria-label") ?? el.textContent ?? "";
    const matches = target.selector ? el.matches(target.selector) : label.trim().replace(/\s+/g, " ").startsWith(target.label);
    return { what: `<${el.tagName.toLowerCase()}> ${label.trim().replace(/\s+/g, " ").slice(0, 40)}`, matches, visible: ring };
  }, target);
}

/** Presses Tab (unless it is there already) until the focus is on `target` ({selector} or {label}), noting any focus that does not show. */
async function tabTo(browser, target, max = 250) {
  if ((await focused(browser, target)).matches) return; // already there (an editor focuses its first field)
  for (let n = 0; n < max; n++) {
    press("Tab");
    const now = await focused(browser, target);
    if (!now.visible) unseenFocus.add(now.what);
    if (now.matches) return;
  }
  await sandbox.screenshot("failed-tab");
  throw new Error(`Tab never reached ${JSON.stringify(target)}`);
}

/** Opens a step from the step list by keyboard. */
async function toStep(browser, slug, heading) {
  await tabTo(browser, { selector: `a[data-step="${slug}"]` });
  press("Return");
  await browser.$(`h1=${heading}`).waitForDisplayed({ timeout: 10000 });
}

test("a workshop from nothing to exported documents, by keyboard alone", async () => {
  const browser = await sandbox.launch();
  await browser.$('[data-testid="workshop-row"]').waitForDisplayed({ timeout: 20000 });
  await setWindowSize(browser, 1280, 800);

  // File › New workshop… (Ctrl+N): the dialog opens on its first field.
  press("ctrl+n");
  await browser.$("dialog[open]").waitForDisplayed({ timeout: 10000 });
  type("Keyboard Co");
  press("Tab");
  type("Keyboard-only workshop");
  press("Return");
  await browser.$("h1=Set up").waitForDisplayed({ timeout: 10000 });

  await tabTo(browser, { label: "Sponsor" });
  type("Ada Lovelace, COO");
  await waitForSaved(browser);
  // Edit › Undo (Ctrl+Z) in a text field is the field's own undo: the
  // typing goes, the workshop's other changes (its name) stay.
  const sponsor = await browser.$("input:focus");
  press("ctrl+z");
  await browser.waitUntil(async () => (await sponsor.getValue()) !== "Ada Lovelace, COO", {
    timeout: 5000,
    timeoutMsg: "Ctrl+Z did not undo the typing in the field",
  });
  assert.equal(await browser.$("header .heading .title").getProperty("textContent"), "Keyboard-only workshop");
  press("ctrl+a");
  type("Ada Lovelace, COO");
  await waitForSaved(browser);

  // Current state: the first practice scored 2 from the step list.
  await toStep(browser, "current-state", "Current state");
  press("2");
  await browser.waitUntil(async () => /^1 of \d+/.test(await browser.$('[data-testid="progress-current-state"]').getText()), {
    timeout: 10000,
    timeoutMsg: "the practice was not scored",
  });
  // Outside a field, Ctrl+Z undoes the workshop's last change, and Ctrl+Shift+Z redoes it.
  await waitForSaved(browser);
  const scored = () => browser.$('[data-testid="progress-current-state"]').getText();
  press("ctrl+z");
  await browser.waitUntil(async () => /^0 of/.test(await scored()), { timeout: 10000, timeoutMsg: "Ctrl+Z did not undo the score" });
  press("ctrl+shift+z");
  await browser.waitUntil(async () => /^1 of/.test(await scored()), { timeout: 10000, timeoutMsg: "Ctrl+Shift+Z did not redo the score" });

  // Target state: the first practice's row, target 4, priority high.
  await toStep(browser, "target-state", "Target state");
  await tabTo(browser, { selector: "tr[data-target-practice]" });
  press("4", "h");
  const row = await browser.$("tr[data-target-practice]");
  await browser.waitUntil(async () => /target 4, priority High/i.test(await row.getAttribute("aria-label")), {
    timeout: 10000,
    timeoutMsg: "the target and priority were not set",
  });

  // Charter: a role, then a RACI row where it is accountable.
  await toStep(browser, "charter", "Charter");
  await tabTo(browser, { selector: 'button[data-section="roles"]' });
  press("Return");
  await tabTo(browser, { label: "+ Add a role" });
  press("Return");
  await tabTo(browser, { selector: '[data-row-list="Role"] .row-card input[type="text"]' });
  type("Head of the SMO");
  await waitForSaved(browser);
  await tabTo(browser, { selector: 'button[data-section="raci"]' });
  press("Return");
  await tabTo(browser, { label: "+ Add a row" });
  press("Return");
  await tabTo(browser, { selector: 'input[aria-label="Activity 1"]' });
  type("Approve normal changes");
  press("Tab", "space", "space");
  const cell = await browser.$("tr[data-raci-row] td.cell button");
  await browser.waitUntil(async () => (await cell.getText()) === "A", {
    timeout: 5000,
    timeoutMsg: "the cell did not become A",
  }).catch(async (e) => {
    await sandbox.screenshot("failed-raci");
    console.log(await cell.getAttribute("aria-label"));
    throw e;
  });
  assert.match(await cell.getAttribute("aria-label"), /^Head of the SMO on Approve normal changes/);
  await waitForSaved(browser);
  assert.equal(await browser.$('input[aria-label="Activity 1"]').getValue(), "Approve normal changes");

  // Roadmap: an initiative, named in its editor.
  await toStep(browser, "roadmap", "Roadmap");
  await tabTo(browser, { label: "+ Add initiative" });
  press("Return");
  const title = await browser.$('[data-testid="initiative-title"]');
  await title.waitForDisplayed({ timeout: 5000 });
  await tabTo(browser, { selector: '[data-testid="initiative-title"]' });
  press("ctrl+a");
  type("Weekly change advisory board");
  await waitForSaved(browser);
  assert.equal(await title.getValue(), "Weekly change advisory board");
  press("Escape");

  // Export: the three documents.
  await toStep(browser, "export", "Export");
  await tabTo(browser, { selector: '[data-testid="export-button"]' });
  press("Return");
  await browser.$('[data-testid="exported"]').waitForDisplayed({ timeout: 60000 });
  await sandbox.screenshot("01-exported");
  const pdfs = readdirSync(exportDir).filter((f) => f.endsWith(".pdf"));
  assert.equal(pdfs.length, 3, pdfs.join(", "));

  assert.deepEqual([...unseenFocus], [], "elements that took the focus without showing it");
});
