// The home list with many workshops in the real app: it draws a first window
// of rows, grows as the list is scrolled to its end, and finds a workshop by
// organisation and title.

import { test, after } from "node:test";
import assert from "node:assert/strict";

import { AppSandbox } from "./harness.js";

const sandbox = new AppSandbox("home");
after(() => sandbox.dispose());

const rowCount = async (browser) => (await browser.$$('[data-testid="workshop-row"]')).length;

test("a long list is drawn a window at a time and can be searched", async () => {
  const browser = await sandbox.launch();
  await browser.$('[data-testid="workshop-row"]').waitForDisplayed({ timeout: 20000 });

  // 44 more workshops next to the sample, made through the app's own command.
  await browser.execute(async () => {
    const invoke = window.__TAURI_INTERNALS__.invoke;
    for (let n = 1; n <= 44; n++) {
      const organisation = n % 2 ? "Kestrel Insurance" : "Orchard University";
      const workshop = { organisation, title: `Review ${String(n).padStart(2, "0")}`, startDate: "2026-03-02", facilitator: "" };
      await invoke("create_workshop", { workshop });
    }
  });
  await browser.refresh();
  await browser.$('[data-testid="workshop-row"]').waitForDisplayed({ timeout: 20000 });
  assert.match(await browser.$('[data-testid="list-count"]').getText(), /^45 workshops/);
  assert.equal(await rowCount(browser), 30, "a first window of rows");
  assert.match(await browser.$('[data-testid="show-more"]').getText(), /15 not shown/);
  await sandbox.screenshot("01-long-list");

  // Scrolling to the end draws the rest.
  await browser.execute(() => document.querySelector(".home").scrollTo(0, 1e6));
  await browser.waitUntil(async () => (await rowCount(browser)) === 45, {
    timeout: 5000,
    timeoutMsg: "scrolling to the end did not draw the remaining rows",
  });
  assert.equal(await browser.$('[data-testid="show-more"]').isExisting(), false);

  // Every word must match, in organisation or title, in any order.
  await browser.$('[data-testid="list-search"]').setValue("orchard 1");
  await browser.waitUntil(async () => (await rowCount(browser)) === 5, {
    timeout: 5000,
    timeoutMsg: "the search did not narrow the list to Orchard's reviews 10–18",
  });
  assert.match(await browser.$('[data-testid="list-count"]').getText(), /5 of 45 match/);
  const titles = [];
  for (const title of await browser.$$('[data-testid="workshop-row"] .title')) titles.push(await title.getProperty("textContent"));
  assert.deepEqual(titles.sort(), ["Review 10", "Review 12", "Review 14", "Review 16", "Review 18"]);
  await sandbox.screenshot("02-search");

  await browser.$('[data-testid="list-search"]').setValue("no such workshop");
  await browser.$('[data-testid="no-match"]').waitForDisplayed({ timeout: 5000 });
  await browser.$("button=Show all").click();
  await browser.waitUntil(async () => (await rowCount(browser)) === 30, { timeout: 5000, timeoutMsg: "Show all did not bring the list back" });
});
