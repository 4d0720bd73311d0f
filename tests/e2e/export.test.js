// Export end to end in the real app: the sample's three PDFs are written
// (to a folder given by SMO_WORKBENCH_EXPORT_DIR, since a native dialog cannot
// be driven by WebDriver), listed with their page counts, and valid PDFs;
// then Word documents in a firm's template and the workbook.

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
// The firm's template "Use a firm's template…" reads: made here with Python's
// zipfile, with a Heading 1 of its own (dark red) and a header line.
const templateFile = join(sandbox.home, "Northwind house style.dotx");
execFileSync("python3", [
  "-c",
  `
import sys, zipfile
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
with zipfile.ZipFile(sys.argv[1], "w") as z:
    z.writestr("word/styles.xml", f'<?xml version="1.0"?><w:styles {W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:rPr><w:color w:val="8B0000"/><w:sz w:val="40"/></w:rPr></w:style></w:styles>')
    z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {W} {R}><w:body><w:sectPr><w:headerReference w:type="default" r:id="rIdH"/></w:sectPr></w:body></w:document>')
    z.writestr("word/_rels/document.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>')
    z.writestr("word/header1.xml", f'<?xml version="1.0"?><w:hdr {W}><w:p><w:r><w:t>Northwind Advisory</w:t></w:r></w:p></w:hdr>')
`,
  templateFile,
]);
sandbox.extraEnv = {
  SMO_WORKBENCH_EXPORT_DIR: exportDir,
  SMO_WORKBENCH_LOGO_FILE: logoFile,
  SMO_WORKBENCH_WORD_TEMPLATE_FILE: templateFile,
};

/** The text of `member` inside the zip at `path` (a .docx or .xlsx). */
function zipMember(path, member) {
  return execFileSync("python3", ["-c", "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())", path, member]).toString();
}
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
  await browser.$('button[title^="Open"][title$="Harbourline Logistics"]').click();
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

test("Word documents take the firm's template, and the workbook holds the data", async () => {
  const browser = sandbox.browser;
  await openStep(browser, "export", "Export");
  await browser.$('[data-testid="choose-word-template"]').click();
  await browser.waitUntil(async () => (await browser.$('[data-testid="word-template"]').getText()).includes("Northwind house style.dotx"), {
    timeout: 10000,
    timeoutMsg: "the template was not kept",
  });
  // Word only for the charter and the roadmap, and the workbook.
  const tick = async (selector, on) => {
    const box = await browser.$(selector);
    if ((await box.isSelected()) !== on) await box.click();
  };
  for (const kind of ["assessment", "charter", "roadmap"]) await tick(`[data-export="${kind}"]`, false);
  await tick('[data-export-word="assessment"]', false);
  await tick('[data-export-word="charter"]', true);
  await tick('[data-export-word="roadmap"]', true);
  await tick('[data-export="workbook"]', true);
  assert.equal(await browser.$('[data-testid="export-button"]').getText(), "Export 3 files…");
  for (const [w, h] of [
    [1024, 768],
    [1920, 1080],
  ]) {
    await setWindowSize(browser, w, h);
    await browser.execute(() => window.scrollTo(0, 0));
    assert.deepEqual(await layoutProblems(browser), [], `Export at ${w}×${h}`);
    await sandbox.screenshot(`${w}x${h}-word-and-workbook`);
  }
  await browser.$('[data-testid="export-button"]').click();
  await browser.waitUntil(async () => (await browser.$('[data-testid="exported"]').getText()).includes("SMO Workbench data.xlsx"), {
    timeout: 60000,
    timeoutMsg: "the workbook was not listed",
  });
  const listed = await browser.$('[data-testid="exported"]').getText();
  assert.match(listed, /Harbourline Logistics – SMO Charter\.docx/);
  assert.match(listed, /Harbourline Logistics – Improvement Roadmap\.docx/);
  assert.doesNotMatch(listed, /Improvement Roadmap\.docx[^\n]*\n[^\n]*pages/, "Word files carry no page count");

  const charter = join(exportDir, "Harbourline Logistics – SMO Charter.docx");
  assert.match(zipMember(charter, "word/styles.xml"), /8B0000/, "the template's Heading 1");
  assert.match(zipMember(charter, "word/header1.xml"), /Northwind Advisory/, "the template's header");
  assert.match(zipMember(charter, "word/document.xml"), /Harbourline Logistics/);
  const roadmap = join(exportDir, "Harbourline Logistics – Improvement Roadmap.docx");
  assert.match(zipMember(roadmap, "word/document.xml"), /w:orient="landscape"/, "the timeline turns the page");
  const book = join(exportDir, "Harbourline Logistics – SMO Workbench data.xlsx");
  assert.match(zipMember(book, "xl/workbook.xml"), /name="Assessment".*name="Roadmap".*name="KPIs".*name="RACI".*name="Communications"/s);
  await sandbox.screenshot("03-word-and-workbook-exported");

  // Back to the built-in styles.
  await browser.$("button=Use the built-in styles").click();
  await browser.waitUntil(async () => (await browser.$('[data-testid="word-template"]').getText()).includes("built-in styles"), {
    timeout: 10000,
  });
});
