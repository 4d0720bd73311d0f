// Undo and redo in the real app: score a practice with the keyboard, undo it
// with Ctrl+Z, redo it with the button.

import { test, after } from "node:test";
import assert from "node:assert/strict";
import { Key } from "webdriverio";

import { AppSandbox, waitForSaved } from "./harness.js";

const sandbox = new AppSandbox("undo");
after(() => sandbox.dispose());

async function level(browser) {
  return browser.$('[data-testid="current-level"]').getText();
}

test("a keyboard score is undone with Ctrl+Z and redone", async () => {
  const browser = await sandbox.launch();
  await browser.$('[data-testid="workshop-row"]').waitForDisplayed({ timeout: 20000 });
  await browser.$('button[title^="Open"][title$="Harbourline Logistics"]').click();
  await browser.$('a[data-step="current-state"]').click();
  await browser.$('[data-testid="practice-pane"]').waitForDisplayed({ timeout: 10000 });
  await browser.$("#practice-title").click();
  assert.match(await level(browser), /^Level 1/);
  await browser.keys(["4"]);
  await waitForSaved(browser);
  assert.match(await level(browser), /^Level 4/);

  await browser.keys([Key.Ctrl, "z"]);
  await browser.waitUntil(async () => (await level(browser)).startsWith("Level 1"), {
    timeout: 10000,
    timeoutMsg: "Ctrl+Z did not bring level 1 back",
  });
  await sandbox.screenshot("01-undone");
  await browser.$('[data-testid="redo"]').click();
  await browser.waitUntil(async () => (await level(browser)).startsWith("Level 4"), {
    timeout: 10000,
    timeoutMsg: "Redo did not bring level 4 back",
  });
});
