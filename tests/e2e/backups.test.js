// Backups in the real app: back up, delete a workshop, restore the backup
// from the Backups screen, and find the workshop again.

import { test, after } from "node:test";
import assert from "node:assert/strict";

import { AppSandbox } from "./harness.js";

const sandbox = new AppSandbox("backups");
after(() => sandbox.dispose());

test("a deleted workshop comes back from a backup", async () => {
  const browser = await sandbox.launch();
  await browser.$('[data-testid="workshop-row"]').waitForDisplayed({ timeout: 20000 });
  await sandbox.screenshot("01-home");

  await browser.$("button=Backups…").click();
  await browser.$("button=Back up now").waitForClickable({ timeout: 5000 });
  await browser.$("button=Back up now").click();
  await browser.waitUntil(async () => (await browser.$$('[data-testid="backups"] tbody tr')).length >= 2, {
    timeout: 5000,
    timeoutMsg: "the manual backup was not listed",
  });
  const manual = await browser.$('[data-testid="backups"]').$("tr*=Made by hand");
  const cells = await manual.$$("td");
  assert.equal(await cells[2].getText(), "1", "the manual backup holds the sample");
  await sandbox.screenshot("02-backups");
  await browser.$("dialog").$("button=Close").click();

  // Delete the sample.
  await browser.$("button=Delete").click();
  await browser.$("dialog").$("button.danger").waitForClickable({ timeout: 5000 });
  await browser.$("dialog").$("button.danger").click();
  await browser.waitUntil(async () => !(await browser.$('[data-testid="workshop-row"]').isExisting()), {
    timeout: 5000,
    timeoutMsg: "the workshop was not deleted",
  });

  // Restore the backup made by hand.
  await browser.$("button=Backups…").click();
  const row = await browser.$('[data-testid="backups"]').$("tr*=Made by hand");
  await row.waitForDisplayed({ timeout: 5000 });
  await row.$("button=Restore…").click();
  const confirm = await browser.$("dialog*=Every workshop is replaced").$("button=Restore");
  await confirm.waitForClickable({ timeout: 5000 });
  await confirm.click();
  const restored = await browser.$('[data-testid="workshop-row"]');
  await restored.waitForDisplayed({ timeout: 10000 });
  assert.match(await restored.getText(), /Harbourline Logistics/);
  await sandbox.screenshot("03-restored");
});
