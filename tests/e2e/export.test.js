// Export end to end in the real app: the sample's three PDFs are written
// (to a folder given by SMO_WORKBENCH_EXPORT_DIR, since a native dialog cannot
// be driven by WebDriver), listed with their page counts, and valid PDFs.

import { test, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { join } from "node:path";
import { Key } from "webdriverio";

import { AppSandbox, layoutProblems, openStep, setWindowSize, waitForSaved } from "./harness.js";

const sandbox = new AppSandbox("export");
const exportDir = join(sandbox.home, "exports");
mkdirSync(exportDir, { recursive: true });
// The logo the app's "Choose a PNG…" reads (a native dialog cannot be driven).
const logoFile = join(sandbox.home, "logo.png");
writeFileSync(logoFile, tinyPng(120, 40));
sandbox.extraEnv = { SMO_WORKBENCH_EXPORT_DIR: exportDir, SMO_WORKBENCH_LOGO_FILE: logoFile };
after(() => sandbox.dispose());

/** A `w` × `h` PNG: an opaque navy image, written by hand (signature, IHDR, IDAT, IEND). */
function tinyPng(w, h) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.concat(Array.from({ length: h }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(w * 3, 0x40)])));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

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

test("findings typed on Gap analysis and a brief written on Export reach the assessment report", async () => {
  const browser = sandbox.browser;
  // Gap analysis: a recommendation for change enablement, taken from the draft and added to.
  await openStep(browser, "gap-analysis", "Gap analysis");
  const card = await browser.$('[data-testid="findings"]');
  await card.waitForDisplayed({ timeout: 10000 });
  await browser.$('[data-testid="findings-practice"]').selectByAttribute("value", "change-enablement");
  const weaknesses = await browser.$('[data-testid="findings-weaknesses"]');
  assert.match(await weaknesses.getValue(), /bypass/, "the sample's own findings are shown");
  await weaknesses.setValue("Depot and portal changes bypass the change meeting; seen again in May.");
  await waitForSaved(browser);
  for (const [w, h] of [
    [1024, 768],
    [1920, 1080],
  ]) {
    await setWindowSize(browser, w, h);
    await browser.execute((el) => el.scrollIntoView({ block: "start" }), card);
    assert.deepEqual(await layoutProblems(browser), [], `Gap analysis at ${w}×${h}`);
    await sandbox.screenshot(`${w}x${h}-findings`);
  }

  // Export: the assessment report's first decision and its version.
  await openStep(browser, "export", "Export");
  const brief = await browser.$('[data-testid="brief"]');
  await brief.waitForDisplayed({ timeout: 10000 });
  const decisions = await brief.$("textarea");
  const before = await decisions.getValue();
  assert.match(before, /Confirm the targets and priorities/, "the sample's brief is shown");
  // Typed as a person would: a new first line, then Enter.
  await browser.execute((el) => {
    el.focus();
    el.setSelectionRange(0, 0);
  }, decisions);
  await browser.keys("Fund the merged service desk from July.");
  await browser.keys([Key.Enter]);
  assert.equal(await decisions.getValue(), "Fund the merged service desk from July.\n" + before);
  const version = await browser.$('[data-testid="brief-version"]');
  await version.setValue("2.0");
  await waitForSaved(browser);
  for (const [w, h] of [
    [1024, 768],
    [1920, 1080],
  ]) {
    await setWindowSize(browser, w, h);
    await browser.execute((el) => el.scrollIntoView({ block: "start" }), brief);
    assert.deepEqual(await layoutProblems(browser), [], `Export at ${w}×${h}`);
    await sandbox.screenshot(`${w}x${h}-brief`);
  }

  // The client's logo, for every cover.
  await browser.$('[data-testid="logo-choose"]').click();
  await browser.waitUntil(async () => (await browser.$('[data-testid="logo"]').getText()).includes("120 × 40 pixels"), {
    timeout: 10000,
    timeoutMsg: "the logo was not taken",
  });

  await browser.$('[data-export="charter"]').click();
  await browser.$('[data-export="roadmap"]').click();
  await browser.$('[data-testid="export-button"]').click();
  await browser.$('[data-testid="exported"]').waitForDisplayed({ timeout: 30000 });
  await browser.waitUntil(async () => (await browser.$('[data-testid="exported"]').getText()).includes("Maturity Assessment Report"), {
    timeout: 30000,
  });
  const report = join(exportDir, "Harbourline Logistics – Maturity Assessment Report.pdf");
  const text = execFileSync("pdftotext", ["-raw", report, "-"]).toString().split(/\s+/).join(" ");
  const at = (needle) => {
    const i = text.indexOf(needle);
    assert.ok(i >= 0, `the report says “${needle}”`);
    return i;
  };
  // Led by the decisions requested, the one typed first.
  assert.ok(at("Decisions requested") < at("1. Fund the merged service desk from July."));
  assert.ok(at("1. Fund the merged service desk from July.") < at("2. Confirm the targets and priorities"));
  assert.ok(at("2. Confirm the targets and priorities") < at("Key findings"));
  at("Depot and portal changes bypass the change meeting; seen again in May.");
  at("Version 2.0 of 20 Mar 2026");
  const images = execFileSync("pdfimages", ["-list", report]).toString();
  assert.match(images, /^\s+1\s+0 image\s+120\s+40 /m, images);
});
