// Accessibility measured in the real window: axe-core (WCAG 2.1 A and AA,
// and best practices) on every screen — home, every step and every Progress
// tab of the sample workshop and of an empty one, and the dialogs open —
// failing on any serious or critical violation. Every result is written to
// target/e2e/axe-<screen>.json. The screens are also checked at 150 % zoom
// (on 1920×1080 and on 1024×768) for clipped or spilling controls, with
// screenshots.

import { test, after } from "node:test";
import assert from "node:assert/strict";

import { AppSandbox, accessibilityProblems, layoutProblems, pressKeys, setWindowSize, STEPS } from "./harness.js";

const sandbox = new AppSandbox("a11y");
after(() => sandbox.dispose());

const PROGRESS_TABS = ["maturity", "kpis", "delivery", "register"];

/** Every problem found on the screen shown now, named after it. */
async function check(browser, screen, found) {
  await browser.pause(300);
  for (const problem of await accessibilityProblems(browser, screen)) found.push(`${screen}: ${problem}`);
  for (const chart of await unnamedCharts(browser)) found.push(`${screen}: a chart without a text alternative: ${chart}`);
}

/** Opens a step of the open workshop and waits for its heading. */
async function step(browser, slug) {
  const heading = slug === "progress" ? "Progress" : STEPS.find(([s]) => s === slug)[1];
  await browser.$(`a[data-step="${slug}"]`).click();
  await browser.$(`h1=${heading}`).waitForDisplayed({ timeout: 10000 }).catch(async (e) => {
    await sandbox.screenshot(`failed-${slug}`);
    throw e;
  });
}

/** Every step and Progress tab of the workshop open now. */
async function everyScreen(browser, prefix, found) {
  for (const [slug] of STEPS) {
    await step(browser, slug);
    await check(browser, `${prefix}-${slug}`, found);
  }
  await step(browser, "progress");
  for (const key of PROGRESS_TABS) {
    await browser.$(`[data-testid="progress-tab-${key}"]`).click();
    await check(browser, `${prefix}-progress-${key}`, found);
  }
}

/** What is wrong with the charts shown: an SVG drawn as a picture without a name. */
async function unnamedCharts(browser) {
  return browser.execute(() =>
    [...document.querySelectorAll("svg[role='img']")]
      .filter((svg) => {
        const ids = (svg.getAttribute("aria-labelledby") ?? "").split(/\s+/).filter(Boolean);
        const named = ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ").trim();
        return !(named || svg.getAttribute("aria-label")?.trim());
      })
      .map((svg) => svg.outerHTML.slice(0, 80)),
  );
}

test("no serious or critical accessibility violation on any screen", async () => {
  const browser = await sandbox.launch();
  await browser.$('[data-testid="workshop-row"]').waitForDisplayed({ timeout: 20000 });
  await setWindowSize(browser, 1280, 800);
  const found = [];

  await check(browser, "home", found);
  await browser.$("button=New workshop").click();
  await browser.$("dialog[open]").waitForDisplayed({ timeout: 5000 });
  await check(browser, "home-new-workshop-dialog", found);
  await browser.keys("Escape");
  await browser.$("button=Backups…").click();
  await browser.$('[data-testid="backups"]').waitForDisplayed({ timeout: 5000 });
  await check(browser, "home-backups-dialog", found);
  await browser.keys("Escape");
  // Help › About (Alt+H, A), with the third-party notice open.
  pressKeys("alt+h", "a");
  await browser.$('[data-testid="show-notice"]').waitForDisplayed({ timeout: 10000 });
  await browser.$('[data-testid="show-notice"]').click();
  await browser.$('[data-testid="notice"]').waitForDisplayed({ timeout: 5000 });
  await check(browser, "home-about-dialog", found);
  await browser.keys("Escape");

  // The sample: every step and tab, with the keys dialog open on one.
  await browser.$('[data-testid="workshop-row"] button.open').click();
  await everyScreen(browser, "sample", found);
  await step(browser, "current-state");
  await browser.keys("?");
  await browser.$('[data-testid="keys-dialog"]').waitForDisplayed({ timeout: 5000 });
  await check(browser, "sample-keys-dialog", found);
  await browser.keys("Escape");

  // An empty workshop.
  await browser.$("button=‹ Workshops").click();
  await browser.$("button=New workshop").click();
  const dialog = await browser.$("dialog[open]");
  await dialog.$("input").setValue("Empty Org");
  const inputs = await dialog.$$("input");
  await inputs[1].setValue("Empty workshop");
  await dialog.$("button.primary").click();
  await browser.$('a[data-step="set-up"]').waitForDisplayed({ timeout: 10000 });
  await everyScreen(browser, "empty", found);

  // Each problem once, with the screens it is on.
  const where = new Map();
  for (const line of found) {
    const [screen, ...rest] = line.split(": ");
    const problem = rest.join(": ");
    where.set(problem, [...(where.get(problem) ?? []), screen]);
  }
  const report = [...where].map(([problem, screens]) => `${problem}\n    on ${screens.join(", ")}`);
  assert.deepEqual(report, [], `accessibility violations:\n${report.join("\n")}`);
});

test("motion stops for those who ask for less", async () => {
  const browser = sandbox.browser;
  // WebKitWebDriver cannot emulate the media feature: the rule is read from the CSSOM.
  const reduced = await browser.execute(() => {
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        if (rule instanceof CSSMediaRule && rule.conditionText.includes("prefers-reduced-motion: reduce")) {
          return [...rule.cssRules].map((r) => `${r.selectorText} { ${r.style.animationDuration} ${r.style.transitionDuration} }`);
        }
      }
    }
    return [];
  });
  assert.ok(
    reduced.some((r) => r.startsWith("*") && r.includes("0.01ms 0.01ms")),
    `no reduced-motion rule stops every animation and transition: ${reduced}`,
  );
});

test("at 150 % zoom every screen works without clipped controls, on a laptop and on a 1024×768 projector", async () => {
  const browser = sandbox.browser;
  const zoom = (factor) => browser.execute((f) => window.__TAURI_INTERNALS__.invoke("set_zoom", { factor: f }), factor);
  // WebKitWebDriver clicks where an element would be at 100 %: click from the page instead.
  const click = (selector) => browser.execute((s) => document.querySelector(s).click(), selector);
  const found = [];
  for (const [width, height] of [
    [1920, 1080],
    [1024, 768],
  ]) {
    await zoom(1);
    await setWindowSize(browser, width, height);
    await zoom(1.5);
    await browser.waitUntil(async () => Math.abs((await browser.execute(() => window.innerWidth)) - width / 1.5) <= 1, {
      timeout: 5000,
      timeoutMsg: "the zoom did not apply",
    });
    const at = `${width}×${height}`;
    await browser.execute(() => [...document.querySelectorAll("button")].find((b) => b.textContent.includes("Workshops"))?.click());
    await browser.$('[data-testid="workshop-row"]').waitForDisplayed({ timeout: 10000 });
    // Text is judged as drawn: 12 px on screen is 8 px of the page at 150 %.
    found.push(...(await layoutProblems(browser, 12 / 1.5)).map((p) => `${at} home: ${p}`));
    await sandbox.screenshot(`zoom150-${width}-home`);
    await browser.execute(() =>
      [...document.querySelectorAll('[data-testid="workshop-row"]')]
        .find((row) => row.textContent.includes("Harbourline"))
        .querySelector("button.open")
        .click(),
    );
    for (const [slug, heading] of [...STEPS, ["progress", "Progress"]]) {
      await browser.$(`a[data-step="${slug}"]`).waitForExist({ timeout: 10000 });
      await click(`a[data-step="${slug}"]`);
      await browser.$(`h1=${heading}`).waitForDisplayed({ timeout: 10000 });
      found.push(...(await layoutProblems(browser, 12 / 1.5)).map((p) => `${at} ${slug}: ${p}`));
      await sandbox.screenshot(`zoom150-${width}-${slug}`);
    }
  }
  await zoom(1);
  assert.deepEqual(found, [], "problems at 150 %");
});
