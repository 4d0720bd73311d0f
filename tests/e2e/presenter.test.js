// The presenter window in the real app: opened with F5 beside the
// facilitator's window, it shows the practice and who has voted (never a
// level or a name) until the reveal, then the distribution; it follows a
// change of practice at once, B blanks it, F freezes it, Esc closes it.
// Both windows are photographed at 1024×768 and 1920×1080 (target/e2e/),
// the presenter to the right of the main window on a wide virtual screen.

import { test, after } from "node:test";
import assert from "node:assert/strict";

import { AppSandbox, openStep, setWindowSize, waitForSaved } from "./harness.js";

const sandbox = new AppSandbox("presenter");
after(() => sandbox.dispose());

const PRESENTER_TITLE = "SMO Workbench — presenter";

/** The window handles of the facilitator's window and the presenter's. */
async function handles(browser) {
  const out = {};
  for (const h of await browser.getWindowHandles()) {
    await browser.switchToWindow(h);
    out[(await browser.getTitle()) === PRESENTER_TITLE ? "presenter" : "main"] = h;
  }
  return out;
}

/** Runs `work` in the presenter window, then comes back to the main one. */
async function inPresenter(browser, windows, work) {
  await browser.switchToWindow(windows.presenter);
  try {
    return await work();
  } finally {
    await browser.switchToWindow(windows.main);
  }
}

/** Waits until the presenter page satisfies `check` (its text and a few facts). */
async function waitForRoom(browser, windows, check, message) {
  await inPresenter(browser, windows, () =>
    browser.waitUntil(
      async () => {
        const seen = await browser.execute(() => ({
          screen: document.querySelector('[data-testid="room"]')?.getAttribute("data-screen") ?? "",
          practice: document.querySelector('[data-testid="room-practice"]')?.textContent ?? "",
          voted: document.querySelector('[data-testid="room-voted"]')?.textContent ?? "",
          tallies: [...document.querySelectorAll('[data-testid="room-tally"]')].map((t) => t.textContent.trim()),
          text: document.body.innerText,
        }));
        return check(seen);
      },
      { timeout: 5000, timeoutMsg: message },
    ),
  );
}

async function roomText(browser, windows) {
  return inPresenter(browser, windows, () => browser.execute(() => document.body.innerText));
}

test("the presenter shows who has voted, never what, until the reveal; follows; blanks; freezes; closes", async () => {
  const browser = await sandbox.launch();
  await browser.$('[data-testid="workshop-row"]').waitForDisplayed({ timeout: 20000 });
  await browser.$('button[title^="Open"][title$="Harbourline Logistics"]').click();
  await browser.$("h1=Set up").waitForDisplayed({ timeout: 10000 });
  const people = await browser.$$('[data-testid="participant-row"] input[aria-label^="Name"]').map((e) => e.getValue());
  await setWindowSize(browser, 1024, 768);
  await openStep(browser, "current-state", "Current state");
  const practice = await browser.$("#practice-title").getText();

  // F5 presents; with one screen, as a window of its own.
  await browser.keys(["F5"]);
  await browser.waitUntil(async () => (await browser.getWindowHandles()).length === 2, { timeout: 10000, timeoutMsg: "no presenter window" });
  const windows = await handles(browser);
  await browser.switchToWindow(windows.presenter);
  await browser.setWindowRect(1100, 0, 1024, 768);
  await browser.switchToWindow(windows.main);
  await browser.$('[data-testid="present-controls"][data-mode="following"]').waitForDisplayed({ timeout: 5000 });
  await waitForRoom(browser, windows, (r) => r.practice === practice, `the presenter did not show ${practice}`);

  // A silent vote: three people vote; the room sees three dots and no level.
  await browser.$("#practice-title").click();
  await browser.keys(["v"]);
  await browser.$('[data-testid="vote-count"]').waitForDisplayed({ timeout: 5000 });
  const rows = await browser.$$("[data-vote-participant]");
  await rows[0].$(".who").click();
  await browser.keys(["1", "4", "2"]);
  await browser.$('[data-testid="vote-count"]*=3 of').waitForDisplayed({ timeout: 5000 });
  await waitForRoom(browser, windows, (r) => r.voted.includes(`3 of ${people.length} have voted`), "the room did not see 3 votes");
  const before = await roomText(browser, windows);
  for (const name of people) assert.ok(!before.includes(name), `${name} is on the projector before the reveal`);
  assert.doesNotMatch(before, /median|differ/i);
  assert.equal(await inPresenter(browser, windows, () => browser.$$('[data-testid="room-tally"]').length), 0);
  await sandbox.screenshotAt("1024x768-main-voting", { left: 0, top: 0, width: 1024, height: 768 });
  await sandbox.screenshotAt("1024x768-presenter-voting", { left: 1100, top: 0, width: 1024, height: 768 });

  // The reveal: the distribution, the spread, the disagreement.
  await browser.keys(["r"]);
  await browser.$('[data-testid="vote-spread"]').waitForDisplayed({ timeout: 5000 });
  await waitForRoom(browser, windows, (r) => r.tallies.join(",") === ",1,1,,1,", "the room did not see one vote at 1, 2 and 4");
  const after = await roomText(browser, windows);
  assert.match(after, /Median 2 · 1–4/);
  assert.match(after, /Views differ by 3 levels/);
  for (const name of people) assert.ok(!after.includes(name), `${name} is on the projector without names turned on`);
  await sandbox.screenshotAt("1024x768-main-revealed", { left: 0, top: 0, width: 1024, height: 768 });
  await sandbox.screenshotAt("1024x768-presenter-revealed", { left: 1100, top: 0, width: 1024, height: 768 });

  // Agree: the room sees the agreed level.
  await browser.$('[data-testid="agree"]').click();
  await waitForSaved(browser);
  await waitForRoom(browser, windows, (r) => /Agreed: 2/.test(r.text), "the agreed level did not reach the room");

  // It follows a change of practice at once.
  await browser.$("#practice-title").click();
  await browser.keys(["ArrowDown"]);
  const next = await browser.$("#practice-title").getText();
  assert.notEqual(next, practice);
  await waitForRoom(browser, windows, (r) => r.practice === next, "the presenter did not follow to the next practice");

  // B blanks it to the organisation's name; B again brings it back.
  await browser.keys(["b"]);
  await waitForRoom(browser, windows, (r) => r.screen === "blank" && r.text.trim() === "Harbourline Logistics", "B did not blank the projector");
  await sandbox.screenshotAt("1024x768-presenter-blank", { left: 1100, top: 0, width: 1024, height: 768 });
  await browser.keys(["b"]);
  await waitForRoom(browser, windows, (r) => r.practice === next, "B did not bring the practice back");

  // F freezes it: the facilitator moves on, the room does not.
  await browser.keys(["f"]);
  await browser.$('[data-testid="present-controls"][data-mode="frozen"]').waitForDisplayed({ timeout: 5000 });
  await browser.keys(["ArrowDown"]);
  const third = await browser.$("#practice-title").getText();
  await browser.pause(500);
  assert.equal(await inPresenter(browser, windows, () => browser.$('[data-testid="room-practice"]').getText()), next);
  await browser.keys(["f"]);
  await waitForRoom(browser, windows, (r) => r.practice === third, "the presenter did not follow again after F");

  // The other steps: the gap analysis's radar and ranking, the timeline, a draft as it is typed.
  await openStep(browser, "gap-analysis", "Gap analysis");
  await waitForRoom(browser, windows, (r) => r.screen === "gaps", "the gap analysis did not reach the room");
  await sandbox.screenshotAt("1024x768-presenter-gaps", { left: 1100, top: 0, width: 1024, height: 768 });
  await openStep(browser, "vision-mission", "Vision & mission");
  const mission = await browser.$("textarea#mission");
  await mission.click();
  await browser.keys([" Typed live."]);
  await waitForRoom(browser, windows, (r) => r.screen === "draft" && r.text.includes("Typed live."), "the mission was not shown as typed");
  await waitForSaved(browser);

  // 1920×1080: both windows again.
  await setWindowSize(browser, 1920, 1080);
  await browser.switchToWindow(windows.presenter);
  await browser.setWindowRect(1984, 0, 1920, 1080);
  await browser.switchToWindow(windows.main);
  await openStep(browser, "current-state", "Current state");
  await waitForRoom(browser, windows, (r) => r.screen === "practice", "no practice at 1920×1080");
  await sandbox.screenshotAt("1920x1080-main", { left: 0, top: 0, width: 1920, height: 1080 });
  await sandbox.screenshotAt("1920x1080-presenter", { left: 1984, top: 0, width: 1920, height: 1080 });
  await openStep(browser, "gap-analysis", "Gap analysis");
  await waitForRoom(browser, windows, (r) => r.screen === "gaps", "the gap analysis did not reach the room");
  await sandbox.screenshotAt("1920x1080-presenter-gaps", { left: 1984, top: 0, width: 1920, height: 1080 });
  // The facilitator puts the heat map on the projector instead of the radar.
  await browser.$('[data-testid="project-heat-map"]').click();
  await waitForRoom(browser, windows, (r) => r.text.includes("General management practices"), "the heat map did not reach the room");
  assert.equal(await inPresenter(browser, windows, () => browser.$('[data-testid="room-chart"]').getAttribute("data-chart")), "heatMap");
  await sandbox.screenshotAt("1920x1080-presenter-heat-map", { left: 1984, top: 0, width: 1920, height: 1080 });
  await openStep(browser, "roadmap", "Roadmap");
  await waitForRoom(browser, windows, (r) => r.screen === "roadmap", "the timeline did not reach the room");
  await sandbox.screenshotAt("1920x1080-presenter-roadmap", { left: 1984, top: 0, width: 1920, height: 1080 });

  // Esc stops presenting: the window goes.
  await browser.$("body").click();
  await browser.keys(["Escape"]);
  await browser.waitUntil(async () => (await browser.getWindowHandles()).length === 1, { timeout: 10000, timeoutMsg: "the presenter stayed open" });
  await browser.$('[data-testid="present-controls"][data-mode="off"]').waitForDisplayed({ timeout: 5000 });
});
