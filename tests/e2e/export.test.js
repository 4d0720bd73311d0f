// Export end to end in the real app: the sample's three PDFs are written
// (to a folder given by SMO_WORKBENCH_EXPORT_DIR, since a native dialog cannot
// be driven by WebDriver), listed with their page counts, and valid PDFs.

import { test, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { AppSandbox } from "./harness.js";

const sandbox = new AppSandbox("export");
const exportDir = join(sandbox.home, "exports");
mkdirSync(exportDir, { recursive: true });
sandbox.extraEnv = { SMO_WORKBENCH_EXPORT_DIR: exportDir };
after(() => sandbox.dispose());

test("the sample's three documents export as valid PDFs", async () => {
  const browser = await sandbox.launch();
  await browser.$('[data-testid="workshop-row"]').waitForDisplayed({ timeout: 20000 });
  await browser.$('button[aria-label^="Open"][aria-label$="Harbourline Logistics"]').click();
  await browser.$("h1=Set up").waitForDisplayed({ timeout: 10000 });
  await browser.$('a[data-step="export"]').click();
  await browser.$("h1=Export").waitForDisplayed({ timeout: 10000 });
  await sandbox.screenshot("01-export-step");
  await browser.$('[data-testid="export-button"]').click();
  const done = await browser.$('[data-testid="exported"]');
  await done.waitForDisplayed({ timeout: 30000 });
  const text = await done.getText();
  assert.match(text, /Harbourline Logistics – SMO Charter\.pdf/);
  assert.match(text, /Harbourline Logistics – Improvement Roadmap\.pdf/);
  assert.match(text, /Harbourline Logistics – Maturity Assessment Report\.pdf/);
  // The Export step counts what was exported, and says when.
  await browser.waitUntil(async () => (await browser.$('[data-testid="progress-export"]').getText()) === "Done", {
    timeout: 10000,
    timeoutMsg: "the Export step did not become Done after exporting all three documents",
  });
  for (const kind of ["assessment", "charter", "roadmap"]) {
    assert.match(await browser.$(`[data-testid="exported-${kind}"]`).getText(), /^Last exported \d{1,2} \w{3} \d{4}, \d{2}:\d{2}$/);
  }
  await sandbox.screenshot("02-exported");

  const files = readdirSync(exportDir).sort();
  assert.equal(files.length, 3, files.join(", "));
  for (const f of files) {
    const path = join(exportDir, f);
    assert.equal(readFileSync(path).subarray(0, 5).toString(), "%PDF-");
    const info = execFileSync("pdfinfo", [path]).toString();
    assert.match(info, /Pages:\s+\d+/);
  }
});
