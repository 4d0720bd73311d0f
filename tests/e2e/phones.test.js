// Phones voting in the room, end to end: the real app window starts the
// phones' server on 127.0.0.1, and headless Chromium (Debian's chromium and
// chromedriver, a 360×640 phone) opens the voting page as three phones: one
// by the link with the secret, one by typing the code, one more by the link.
// They claim names, vote silently, the app's counter and the presenter move,
// the facilitator reveals, the phones show the distribution, and a phone
// that reloads is still the same person with its vote. The phone page is
// photographed at 360×640 (target/e2e/phones-*.png).

import { test, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

import { remote } from "webdriverio";

import { AppSandbox, openStep, screenshotDir, setWindowSize } from "./harness.js";

const sandbox = new AppSandbox("phones");
const phones = [];
let chromedriver = null;
after(async () => {
  for (const p of phones) await p.deleteSession().catch(() => undefined);
  chromedriver?.kill();
  await sandbox.dispose();
});

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** A phone: a headless Chromium the size of a small phone, its own profile. */
async function phone() {
  if (!chromedriver) {
    const binary = ["/usr/bin/chromedriver"].find((p) => existsSync(p));
    assert.ok(binary, "chromedriver is installed (apt-get install chromium-driver)");
    const port = await freePort();
    chromedriver = spawn(binary, [`--port=${port}`], { stdio: "ignore" });
    chromedriver.port = port;
    await new Promise((r) => setTimeout(r, 500));
  }
  const browser = await remote({
    hostname: "127.0.0.1",
    port: chromedriver.port,
    logLevel: "warn",
    connectionRetryCount: 5,
    capabilities: {
      browserName: "chrome",
      "goog:chromeOptions": {
        binary: "/usr/bin/chromium",
        args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"],
        mobileEmulation: { deviceMetrics: { width: 360, height: 640, pixelRatio: 1, touch: true, mobile: true } },
      },
    },
  });
  phones.push(browser);
  return browser;
}

async function photograph(browser, name) {
  await browser.pause(200);
  await browser.saveScreenshot(join(screenshotDir, `phones-${name}.png`));
}

/** The text of the phone's page. */
const pageText = (browser) => browser.execute(() => document.body.innerText);

async function claim(browser, name) {
  await browser.$(`button.name=${name}`).waitForClickable({ timeout: 10000 });
  await browser.$(`button.name=${name}`).click();
  await browser.$(".me").waitForDisplayed({ timeout: 10000 });
}

async function voteFor(browser, level) {
  const button = browser.$(`//button[contains(@class,"level")][.//span[contains(@class,"number") and normalize-space()="${level}"]]`);
  await button.waitForClickable({ timeout: 10000 });
  await button.click();
  await browser.$(".voted").waitForDisplayed({ timeout: 10000 });
}

test("phones claim names, vote in the facilitator's round, see the reveal, and come back after a reload", async () => {
  const app = await sandbox.launch();
  await app.$('[data-testid="workshop-row"]').waitForDisplayed({ timeout: 20000 });
  await app.$('button[title^="Open"][title$="Harbourline Logistics"]').click();
  await app.$("h1=Set up").waitForDisplayed({ timeout: 10000 });
  const people = await app.$$('[data-testid="participant-row"] input[aria-label^="Name"]').map((e) => e.getValue());
  await setWindowSize(app, 1024, 768);
  await openStep(app, "current-state", "Current state");
  const practice = await app.$("#practice-title").getText();

  // Phones…: loopback for the test; the dialog shows the address, code and link.
  await app.$('[data-testid="phones-button"]').click();
  await app.$('input[name="phone-address"][value="127.0.0.1"]').waitForDisplayed({ timeout: 5000 });
  await app.$('input[name="phone-address"][value="127.0.0.1"]').click();
  await sandbox.screenshotAt("1024x768-choose-address", { left: 0, top: 0, width: 1024, height: 768 });
  await app.$('[data-testid="start-phones"]').click();
  await app.$('[data-testid="phone-session"]').waitForDisplayed({ timeout: 10000 });
  const address = await app.$('[data-testid="phone-address"]').getText();
  const code = await app.$('[data-testid="phone-code"]').getText();
  assert.match(address, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.match(code, /^\d{3} \d{3}$/);
  await app.$("summary=The link with the code in it").click();
  const link = await app.$('[data-testid="phone-link"]').getText();
  assert.match(link, new RegExp(`^${address}/#[0-9a-f]{32}$`));
  await sandbox.screenshotAt("1024x768-session", { left: 0, top: 0, width: 1024, height: 768 });
  await app.$("button=Close").click();

  // The projector shows how to join, large, beside the main window.
  await app.keys(["F5"]);
  await app.waitUntil(async () => (await app.getWindowHandles()).length === 2, { timeout: 10000, timeoutMsg: "no presenter window" });
  const main = await app.getWindowHandle();
  const presenter = (await app.getWindowHandles()).find((h) => h !== main);
  const inPresenter = async (work) => {
    await app.switchToWindow(presenter);
    try {
      return await work();
    } finally {
      await app.switchToWindow(main);
    }
  };
  await inPresenter(async () => {
    await app.setWindowRect(1100, 0, 1024, 768);
    await app.$('[data-testid="room-invite"]').waitForDisplayed({ timeout: 5000 });
    const text = await app.execute(() => document.body.innerText);
    assert.ok(text.includes(address) && text.includes(code), "the projector shows the address and the code");
  });
  await sandbox.screenshotAt("1024x768-presenter-invite", { left: 1100, top: 0, width: 1024, height: 768 });

  // A silent vote on the practice on screen.
  await app.$("#practice-title").click();
  await app.keys(["v"]);
  await app.$('[data-testid="vote-count"]').waitForDisplayed({ timeout: 5000 });

  // Phone A by the link: straight to the names.
  const a = await phone();
  await a.url(link);
  await a.$("h1=Who are you?").waitForDisplayed({ timeout: 10000 });
  assert.equal(await a.execute(() => location.hash), "", "the secret is taken out of the address bar");
  await photograph(a, "360x640-names");
  await claim(a, people[0]);
  await a.$(`h1=${practice}`).waitForDisplayed({ timeout: 10000 });
  await photograph(a, "360x640-voting");
  await voteFor(a, 3);
  await photograph(a, "360x640-voted");

  // Phone B types the code.
  const b = await phone();
  await b.url(address);
  await b.$("#code").waitForDisplayed({ timeout: 10000 });
  await photograph(b, "360x640-join");
  await b.$("#code").setValue(code);
  await b.$("button=Join").click();
  await b.$("h1=Who are you?").waitForDisplayed({ timeout: 10000 });
  const taken = await b.$(`button.name*=${people[0]}`);
  assert.equal(await taken.isEnabled(), false, "a name held by another phone cannot be claimed");
  await claim(b, people[1]);
  // "Don't know" first: no level is recorded, the facilitator sees a "?".
  await b.$("button=Don't know").click();
  await b.$(".voted*=don't know").waitForDisplayed({ timeout: 10000 });
  await app.waitUntil(async () => (await app.$$('[data-testid="vote-dot"]').map((d) => d.getText()))[1] === "?", {
    timeout: 5000,
    timeoutMsg: "the facilitator did not see the \"don't know\"",
  });
  await voteFor(b, 1);

  // Phone C by the link as well.
  const c = await phone();
  await c.url(link);
  await claim(c, people[2]);
  await voteFor(c, 4);

  // The facilitator's counter and the presenter moved; no level is shown yet.
  await app.$('[data-testid="vote-count"]*=3 of').waitForDisplayed({ timeout: 5000 });
  await app.$('[data-testid="phones-button"]').click();
  await app.$("button=Move the code to the projector's corner").click();
  await app.$("button=Close").click();
  await inPresenter(async () => {
    await app.$('[data-testid="room-invite-corner"]').waitForDisplayed({ timeout: 5000 });
    await app.$('[data-testid="room-voted"]*=3 of').waitForDisplayed({ timeout: 5000 });
  });
  await sandbox.screenshotAt("1024x768-presenter-voting", { left: 1100, top: 0, width: 1024, height: 768 });
  await sandbox.screenshotAt("1024x768-main-voting", { left: 0, top: 0, width: 1024, height: 768 });
  assert.equal((await app.$$('[data-testid="on-phone"]')).length, 3, "three names marked as on a phone");
  const early = await pageText(a);
  assert.match(early, new RegExp(`3 of ${people.length} have voted`), "phones see the count move (pushed)");
  assert.doesNotMatch(early, /The room's votes/);

  // The reveal reaches every phone.
  await app.keys(["r"]);
  await app.$('[data-testid="vote-spread"]').waitForDisplayed({ timeout: 5000 });
  for (const p of [a, b, c]) await p.$("h2=The room's votes").waitForDisplayed({ timeout: 5000 });
  const counts = await b.$$(".bar-count").map((e) => e.getText());
  assert.deepEqual(counts, ["0", "1", "0", "1", "1", "0"]);
  await photograph(b, "360x640-revealed");

  // A phone that reloads is the same person with its vote.
  await a.refresh();
  await a.$("h2=The room's votes").waitForDisplayed({ timeout: 10000 });
  const again = await pageText(a);
  assert.match(again, new RegExp(`You are ${people[0]}`));
  assert.match(again, /Your vote: 3/);

  // At 1920×1080: the session dialog, and the projector showing the code again.
  await setWindowSize(app, 1920, 1080);
  await app.$('[data-testid="phones-button"]').click();
  await app.$("button=Show the code large on the projector").click();
  await inPresenter(async () => {
    await app.setWindowRect(1940, 0, 1920, 1080);
    await app.$('[data-testid="room-invite"]').waitForDisplayed({ timeout: 5000 });
  });
  await sandbox.screenshotAt("1920x1080-session", { left: 0, top: 0, width: 1920, height: 1080 });
  await sandbox.screenshotAt("1920x1080-presenter-invite", { left: 1940, top: 0, width: 1920, height: 1080 });

  // Stopping the phones: the page says so when it next asks.
  await app.$('[data-testid="stop-phones"]').click();
  await app.$('[data-testid="phones-button"]=Phones…').waitForDisplayed({ timeout: 10000 });
  await a.$(".line.down").waitForDisplayed({ timeout: 10000 });
});
