// The desktop conventions in the real app: one instance per data directory
// (a second launch hands its workshop file to the first and exits), workshop
// files opened from the command line into the import flow with its conflict
// dialog, the menu bar and its keys driven by real key presses on the X
// display (xdotool), About, and the window's place kept across a restart and
// fitted when its screen is gone.

import { test, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";

import { AppSandbox, appBinary, pressKeys, repoRoot } from "./harness.js";

const sandbox = new AppSandbox("desktop");
after(() => sandbox.dispose());

/** A copy of a released workshop file whose workshop is new to any database. */
function workshopFile(name, title) {
  const file = JSON.parse(readFileSync(join(repoRoot, "crates/smo-store/tests/golden/workshop-file-v4.smow"), "utf8"));
  file.workshop.id = randomUUID();
  file.workshop.setUp.title = title;
  const path = join(sandbox.home, name);
  writeFileSync(path, JSON.stringify(file));
  return path;
}

/** Runs the app a second time on the sandbox's data directory; resolves with its exit code and stderr. */
function secondLaunch(...args) {
  return new Promise((resolve, reject) => {
    const child = spawn(appBinary, args, { env: sandbox.env(), stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the second launch did not exit: ${stderr}`));
    }, 20000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

test("a second launch hands its workshop file to the running app, which imports it", async () => {
  const browser = await sandbox.launch();
  await browser.$('[data-testid="workshop-row"]').waitForDisplayed({ timeout: 20000 });

  const file = workshopFile("Northwind review.smow", "Northwind review");
  const second = await secondLaunch(file);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stderr, /already running/);

  // The one file imported opens its workshop.
  await browser.$('a[data-step="set-up"]').waitForDisplayed({ timeout: 15000 });
  const heading = await browser.$("header .heading .title");
  await browser.waitUntil(async () => (await heading.isExisting()) && (await heading.getProperty("textContent")) === "Northwind review", {
    timeout: 10000,
    timeoutMsg: "the imported workshop was not opened",
  });
  await sandbox.screenshot("01-opened-from-second-launch");

  // The same file again: the conflict dialog asks, and Keep both keeps both.
  const again = await secondLaunch(file);
  assert.equal(again.code, 0, again.stderr);
  // One selector, looked up afresh on every poll: a dialog found a moment
  // before the import's own may be gone by the time it is asked for a button.
  const keepBoth = await browser.$('//dialog[@open]//button[normalize-space()="Keep both"]');
  await keepBoth.waitForClickable({ timeout: 15000 });
  await sandbox.screenshot("02-conflict");
  await keepBoth.click();
  await browser.waitUntil(async () => (await browser.$$('[data-testid="workshop-row"]*=Northwind review')).length === 2, {
    timeout: 10000,
    timeoutMsg: "keeping both did not list two copies",
  });

  // A file that is not a workshop is refused by name; nothing is imported.
  const notes = join(sandbox.home, "notes.smow");
  writeFileSync(notes, "these are my notes");
  assert.equal((await secondLaunch(notes)).code, 0);
  const notice = await browser.$('.notices*=notes.smow');
  await notice.waitForDisplayed({ timeout: 10000 });
  assert.equal((await browser.$$('[data-testid="workshop-row"]')).length, 3);
});

test("the menu bar's keys act through GTK, and About says what runs where", async () => {
  const browser = sandbox.browser;
  // F1: Help › Keyboard shortcuts, listing the menu's own keys.
  pressKeys("F1");
  const keys = await browser.$('[data-testid="keys-dialog"]');
  await keys.waitForDisplayed({ timeout: 10000 });
  assert.match(await keys.getText(), /Menu bar[\s\S]*Ctrl\+O[\s\S]*Import workshop file/);
  pressKeys("Escape");
  await keys.waitForDisplayed({ timeout: 5000, reverse: true });

  // Alt+H opens Help, A chooses About (mnemonics, as a keyboard user would).
  pressKeys("alt+h", "a");
  const about = await browser.$('[data-testid="about-dialog"]');
  await about.waitForDisplayed({ timeout: 10000 });
  await browser.$('[data-testid="about-version"]').waitForDisplayed({ timeout: 5000 });
  const text = await about.getText();
  assert.match(text, /0\.1\.0/);
  assert.ok(text.includes(sandbox.dataDir), text);
  assert.match(await browser.$('[data-testid="about-schema"]').getText(), /^\d+$/);
  assert.match(text, /MIT-licensed[\s\S]*Rust crates/);
  await browser.$('[data-testid="show-notice"]').click();
  const notice = await browser.$('[data-testid="notice"]');
  await notice.waitForDisplayed({ timeout: 5000 });
  assert.match(await notice.getText(), /tauri 2\.12\.\d+ — Apache-2\.0 OR MIT/);
  await sandbox.screenshot("03-about");
  await browser.$("dialog[open]").$("button=Close").click();

  // Ctrl+N (File › New workshop…) from inside a workshop goes home and asks.
  await browser.$('[data-testid="workshop-row"] button.open').click();
  await browser.$('a[data-step="set-up"]').waitForDisplayed({ timeout: 10000 });
  pressKeys("ctrl+n");
  await browser.$("dialog*=New workshop").waitForDisplayed({ timeout: 10000 });
  pressKeys("Escape");
});

test("the window comes back where it was, and onto a screen that is there", async () => {
  let browser = sandbox.browser;
  await browser.setWindowRect(60, 40, 1100, 700);
  const prefs = join(sandbox.dataDir, "preferences.json");
  await browser.waitUntil(
    async () => existsSync(prefs) && JSON.parse(readFileSync(prefs, "utf8")).window?.width === 1100,
    { timeout: 5000, timeoutMsg: "the window's place was not remembered" },
  );
  const kept = await browser.getWindowRect();
  await sandbox.quit();

  browser = await sandbox.launch();
  await browser.$('[data-testid="workshop-row"]').waitForDisplayed({ timeout: 20000 });
  assert.deepEqual(await browser.getWindowRect(), kept);
  await sandbox.quit();

  // Last time on a screen far to the right that is not there now.
  const saved = JSON.parse(readFileSync(prefs, "utf8"));
  mkdirSync(sandbox.dataDir, { recursive: true });
  writeFileSync(prefs, JSON.stringify({ ...saved, window: { x: 9000, y: 300, width: 1100, height: 700, maximized: false } }));
  browser = await sandbox.launch();
  await browser.$('[data-testid="workshop-row"]').waitForDisplayed({ timeout: 20000 });
  const rect = await browser.getWindowRect();
  const [screenWidth, screenHeight] = await browser.execute(() => [window.screen.width, window.screen.height]);
  assert.ok(rect.x >= 0 && rect.x + rect.width <= screenWidth && rect.y >= 0 && rect.y < screenHeight, JSON.stringify(rect));
});
