//! The Word documents checked the way their readers' tools see them:
//! LibreOffice (headless) opens every one and prints it to PDF, whose text
//! must hold every section in the PDF renderer's order; the package's XML is
//! read for the styles, fields, sections and properties a firm relies on.
//! Page images of the sample go to `target/docx-pages/` for people to look at.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{DateTime, TimeZone, Utc};
use smo_core::{DateStyle, Document, Workshop};
use smo_doc::{Doc, DocOptions, Paper};
use smo_docx::{render, Template, WordOptions};
use smo_fixtures::{bare as blank, enlarge, largest, sample};

const DOCUMENTS: [Document; 3] = [Document::Assessment, Document::Charter, Document::Roadmap];

fn at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 31, 10, 0, 0)
        .single()
        .expect("time")
}

fn doc(document: Document, w: &Workshop) -> Doc {
    smo_doc::build(
        document,
        w,
        &DocOptions {
            at: at(),
            dates: DateStyle::default(),
        },
    )
}

fn options(template: Option<&Template>) -> WordOptions<'_> {
    WordOptions {
        paper: Paper::A4,
        at: at(),
        logo: None,
        template,
    }
}

/// A member of the package as text.
fn part(docx: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("zip");
    let mut file = zip.by_name(name).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut out = String::new();
    file.read_to_string(&mut out).expect("utf-8");
    out
}

fn names(docx: &[u8]) -> Vec<String> {
    let zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("zip");
    zip.file_names()
        .map(|n| n.expect("name").into_owned())
        .collect()
}

/// Converts every file in `files` to PDF with LibreOffice in one run and
/// returns the PDFs' paths, in order.
fn libreoffice_pdfs(dir: &Path, files: &[PathBuf]) -> Vec<PathBuf> {
    let profile = dir.join("lo-profile");
    let out = dir.join("pdf");
    let status = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(&out)
        .args(files)
        .output()
        .expect("LibreOffice (soffice) runs: scripts/test.sh installs it");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    files
        .iter()
        .map(|f| {
            let pdf = out.join(f.with_extension("pdf").file_name().expect("name"));
            assert!(
                pdf.exists(),
                "LibreOffice made no PDF of {}: {}",
                f.display(),
                String::from_utf8_lossy(&status.stdout)
            );
            pdf
        })
        .collect()
}

fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-layout"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Whitespace collapsed, so a heading wrapped over two lines still reads as one.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Where the headings occur in `text` in order from `from`, or the first
/// that does not follow the one before.
fn in_order(text: &str, headings: &[String], from: usize) -> Result<usize, String> {
    let mut at = from;
    for h in headings {
        match text[at..].find(h.as_str()) {
            Some(i) => at += i + h.len(),
            None => return Err(h.clone()),
        }
    }
    Ok(at)
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

#[test]
fn every_document_opens_in_libreoffice_with_its_sections_in_the_pdf_renderer_s_order() {
    let dir = tempfile::tempdir().expect("temp");
    let mut files = Vec::new();
    let mut expected = Vec::new();
    for (name, w) in [
        ("sample", sample()),
        ("bare", blank()),
        ("largest", largest()),
    ] {
        for document in DOCUMENTS {
            let d = doc(document, &w);
            let word = render(&d, &options(None)).expect("docx");
            assert!(
                word.warnings.is_empty(),
                "{name} {document:?}: {:?}",
                word.warnings
            );
            files.push(write(
                dir.path(),
                &format!("{name}-{document:?}.docx"),
                &word.bytes,
            ));
            let pdf = smo_pdf::render(
                &d,
                &smo_pdf::ExportOptions {
                    paper: Paper::A4,
                    at: at(),
                    dates: DateStyle::default(),
                    logo: None,
                },
            )
            .expect("pdf");
            let pdf_path = write(dir.path(), &format!("{name}-{document:?}.pdf"), &pdf.bytes);
            let headings: Vec<String> = d.outline().iter().map(|h| flat(&h.text)).collect();
            expected.push((format!("{name} {document:?}"), headings, pdf_path, d));
        }
    }
    let converted = libreoffice_pdfs(dir.path(), &files);
    for ((label, headings, pdf_path, d), word_pdf) in expected.iter().zip(&converted) {
        assert!(!headings.is_empty(), "{label}: a document has chapters");
        for (renderer, path) in [("PDF", pdf_path), ("Word", word_pdf)] {
            let text = flat(&pdf_text(path));
            // The contents list every chapter and section in order, then the
            // body has them again in the same order.
            let contents_end = in_order(&text, headings, 0)
                .unwrap_or_else(|h| panic!("{label} {renderer}: contents lack “{h}”"));
            in_order(&text, headings, contents_end)
                .unwrap_or_else(|h| panic!("{label} {renderer}: “{h}” is missing or out of order"));
            assert!(
                text.contains(&flat(d.title)),
                "{label} {renderer}: the title"
            );
        }
        let text = flat(&pdf_text(word_pdf));
        assert!(
            text.contains("Page 2 of"),
            "{label}: the footer's fields are filled in"
        );
        if !label.starts_with("sample") {
            review_pages(word_pdf, &label.to_lowercase().replace(' ', "-"));
        }
    }
}

#[test]
fn the_package_has_named_styles_fields_sections_and_properties() {
    let w = sample();
    for document in DOCUMENTS {
        let d = doc(document, &w);
        let word = render(&d, &options(None)).expect("docx");
        let styles = part(&word.bytes, "word/styles.xml");
        for id in [
            "Normal",
            "Title",
            "Heading1",
            "Heading2",
            "Heading3",
            "Caption",
            "ListBullet",
            "ListNumber",
            "SMOTable",
            "TOC1",
        ] {
            assert!(
                styles.contains(&format!("w:styleId=\"{id}\"")),
                "{document:?}: style {id}"
            );
        }
        let body = part(&word.bytes, "word/document.xml");
        assert!(
            body.contains(r#"TOC \o "1-2" \h \z \u"#),
            "{document:?}: the contents field"
        );
        assert!(
            body.contains("<w:tblHeader/>"),
            "{document:?}: header rows repeat"
        );
        assert!(
            body.contains("<w:cantSplit/>"),
            "{document:?}: rows stay whole"
        );
        assert!(
            body.contains("<w:pStyle w:val=\"Heading1\"/>"),
            "{document:?}: chapters in Heading 1"
        );
        assert!(
            !body.contains("<w:b/>"),
            "{document:?}: no direct bold: emphasis is a style"
        );
        let footer = part(&word.bytes, "word/footer1.xml");
        assert!(
            footer.contains(" PAGE ") && footer.contains(" NUMPAGES "),
            "{document:?}: Page X of Y"
        );
        let header = part(&word.bytes, "word/header1.xml");
        assert!(
            header.contains("Harbourline"),
            "{document:?}: the header names the client"
        );
        let settings = part(&word.bytes, "word/settings.xml");
        assert!(settings.contains("<w:updateFields w:val=\"true\"/>"));
        let core = part(&word.bytes, "docProps/core.xml");
        assert!(
            core.contains(&format!("<dc:title>{} – Harbourline", d.title)),
            "{core}"
        );
        assert!(core.contains("<dc:creator>") && core.contains("<dc:language>en-GB</dc:language>"));
        assert!(core.contains("<dc:subject>") && core.contains("2026-01-31T10:00:00Z"));
        assert!(part(&word.bytes, "docProps/app.xml").contains("<Company>Harbourline"));
        if document == Document::Roadmap {
            assert!(
                body.contains("w:orient=\"landscape\""),
                "the timeline is on landscape pages"
            );
        }
        if document != Document::Charter {
            // Charts as pictures of print resolution with their text alternative.
            let pictures: Vec<String> = names(&word.bytes)
                .into_iter()
                .filter(|n| n.starts_with("word/media/"))
                .collect();
            assert!(!pictures.is_empty(), "{document:?}: charts are pictures");
            assert!(body.contains("descr=\""), "{document:?}: alt text");
            let png = {
                let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&word.bytes)).expect("zip");
                let mut f = zip.by_name(&pictures[0]).expect("picture");
                let mut b = Vec::new();
                f.read_to_end(&mut b).expect("read");
                b
            };
            let width = u32::from_be_bytes([png[16], png[17], png[18], png[19]]);
            assert!(
                width >= 1600,
                "{document:?}: {width} px wide is not print resolution"
            );
        }
    }
}

#[test]
fn pages_are_the_paper_chosen_and_turn_for_the_timeline() {
    let d = doc(Document::Roadmap, &sample());
    for (paper, (w, h)) in [(Paper::A4, (11906, 16838)), (Paper::Letter, (12240, 15840))] {
        let word = render(
            &d,
            &WordOptions {
                paper,
                ..options(None)
            },
        )
        .expect("docx");
        let body = part(&word.bytes, "word/document.xml");
        assert!(
            body.contains(&format!("<w:pgSz w:w=\"{w}\" w:h=\"{h}\"/>")),
            "{paper:?}: portrait pages"
        );
        assert!(
            body.contains(&format!(
                "<w:pgSz w:w=\"{h}\" w:h=\"{w}\" w:orient=\"landscape\"/>"
            )),
            "{paper:?}: the timeline's landscape section"
        );
    }
}

#[test]
fn the_same_export_gives_the_same_bytes_and_a_later_one_differs() {
    let w = sample();
    for document in DOCUMENTS {
        let d = doc(document, &w);
        let a = render(&d, &options(None)).expect("docx");
        let b = render(&d, &options(None)).expect("docx");
        assert!(a.bytes == b.bytes, "{document:?}: same input, same bytes");
        let later = WordOptions {
            at: at() + chrono::Duration::hours(1),
            ..options(None)
        };
        assert!(render(&d, &later).expect("docx").bytes != a.bytes);
    }
}

/// A firm's reference template made the way Word saves one: its own
/// Heading 1 (serif, red) and Normal, a header with its logo.
fn firm_template() -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let o = zip::write::SimpleFileOptions::default();
    let mut add = |name: &str, bytes: &[u8]| {
        zip.start_file(name, o).expect("start");
        zip.write_all(bytes).expect("write");
    };
    add("[Content_Types].xml", br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#);
    add("word/styles.xml", br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="DejaVu Serif" w:hAnsi="DejaVu Serif"/><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="DejaVu Serif" w:hAnsi="DejaVu Serif"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="DejaVu Serif" w:hAnsi="DejaVu Serif"/><w:b/><w:color w:val="C00000"/><w:sz w:val="36"/></w:rPr></w:style></w:styles>"#);
    add("word/document.xml", br#"<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body><w:p/><w:sectPr><w:headerReference w:type="default" r:id="rId7"/></w:sectPr></w:body></w:document>"#);
    add("word/_rels/document.xml.rels", br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>"#);
    add("word/header1.xml", br#"<?xml version="1.0"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:p><w:r><w:t>Northwind Advisory - client confidential</w:t></w:r></w:p></w:hdr>"#);
    add("word/_rels/header1.xml.rels", br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>"#);
    add(
        "word/media/image1.png",
        include_bytes!("../../../assets/icons/32x32.png"),
    );
    zip.finish().expect("zip").into_inner()
}

#[test]
fn a_firm_s_template_restyles_the_document_and_brings_its_header() {
    let dir = tempfile::tempdir().expect("temp");
    let template = Template::from_docx(&firm_template()).expect("template");
    assert!(template.defines("Heading1") && !template.defines("SMOTable"));
    let d = doc(Document::Charter, &sample());
    let word = render(&d, &options(Some(&template))).expect("docx");
    let styles = part(&word.bytes, "word/styles.xml");
    assert!(
        styles.contains("C00000"),
        "the template's Heading 1 is used"
    );
    assert_eq!(
        styles.matches("w:styleId=\"Heading1\"").count(),
        1,
        "and not ours beside it"
    );
    assert!(
        styles.contains("w:styleId=\"SMOTable\""),
        "a style it lacks comes from ours"
    );
    let header = part(&word.bytes, "word/header1.xml");
    assert!(header.contains("Northwind Advisory"), "the firm's header");
    let rels = part(&word.bytes, "word/_rels/header1.xml.rels");
    assert!(
        rels.contains("media/template-header-0-image1.png"),
        "{rels}"
    );
    assert!(names(&word.bytes).contains(&"word/media/template-header-0-image1.png".to_owned()));
    let path = write(dir.path(), "firm.docx", &word.bytes);
    let pdf = &libreoffice_pdfs(dir.path(), &[path])[0];
    let text = flat(&pdf_text(pdf));
    assert!(
        text.contains("Northwind Advisory"),
        "the firm's header prints"
    );
    let fonts = Command::new("pdffonts")
        .arg(pdf)
        .output()
        .expect("pdffonts");
    let fonts = String::from_utf8_lossy(&fonts.stdout);
    assert!(
        fonts.contains("DejaVuSerif"),
        "the template's typeface is visible: {fonts}"
    );
    review_pages(pdf, "charter-with-firm-template");
}

#[test]
fn what_is_not_a_template_is_refused_with_a_reason() {
    let err = Template::from_docx(b"%PDF-1.7 not a docx").expect_err("not a zip");
    assert!(err.to_string().contains("not a Word document"), "{err}");
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("readme.txt", zip::write::SimpleFileOptions::default())
        .expect("start");
    zip.write_all(b"hello").expect("write");
    let bytes = zip.finish().expect("zip").into_inner();
    let err = Template::from_docx(&bytes).expect_err("a zip without styles");
    assert!(err.to_string().contains("no Word styles"), "{err}");
}

#[test]
fn hostile_text_gives_documents_libreoffice_opens() {
    let dir = tempfile::tempdir().expect("temp");
    let mut w = sample();
    w.set_up.organisation = "Παπαδόπουλος & Кузнецова <Řezníčková> s.r.o.".into();
    w.charter.purpose.purpose = "Lorem ipsum dolor sit amet, ".repeat(360);
    w.charter.purpose.background = "x".repeat(300);
    w.charter.vision.vision =
        "Mission statement with 日本語 characters\u{1} the typeface lacks".into();
    enlarge(&mut w);
    let mut files = Vec::new();
    for document in DOCUMENTS {
        let word = render(&doc(document, &w), &options(None)).expect("docx");
        let body = part(&word.bytes, "word/document.xml");
        assert!(
            !body.contains('\u{1}'),
            "a control character never reaches the XML"
        );
        if document == Document::Charter {
            assert!(
                body.contains("日本語"),
                "characters the typeface lacks are kept for Word to substitute"
            );
        }
        files.push(write(
            dir.path(),
            &format!("{document:?}.docx"),
            &word.bytes,
        ));
    }
    for (document, pdf) in DOCUMENTS.iter().zip(libreoffice_pdfs(dir.path(), &files)) {
        let text = flat(&pdf_text(&pdf));
        assert!(text.contains("Παπαδόπουλος"), "{document:?}: Greek");
        assert!(text.contains("Кузнецова"), "{document:?}: Cyrillic");
        assert!(
            text.contains("<Řezníčková>"),
            "{document:?}: markup characters"
        );
        if *document == Document::Charter {
            assert!(text.contains("Indicator 60"), "every KPI");
            assert!(
                text.matches("Lorem ipsum").count() >= 300,
                "all 10,000 characters"
            );
        }
        if *document == Document::Roadmap {
            assert!(text.contains("Initiative 200"));
        }
    }
}

#[test]
fn page_images_of_the_word_documents_are_rendered_for_review() {
    let dir = tempfile::tempdir().expect("temp");
    let w = sample();
    let logo = smo_core::logo::Logo::from_png(
        include_bytes!("../../../assets/icons/128x128.png").to_vec(),
    )
    .expect("logo");
    let mut files = Vec::new();
    for document in DOCUMENTS {
        let word = render(
            &doc(document, &w),
            &WordOptions {
                logo: Some(&logo),
                ..options(None)
            },
        )
        .expect("docx");
        files.push(write(
            dir.path(),
            &format!("sample-{document:?}.docx"),
            &word.bytes,
        ));
    }
    for (document, pdf) in DOCUMENTS.iter().zip(libreoffice_pdfs(dir.path(), &files)) {
        review_pages(&pdf, &format!("sample-{document:?}").to_lowercase());
    }
}

/// Page images under target/docx-pages/ (first pages only, for people).
fn review_pages(pdf: &Path, name: &str) {
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/docx-pages");
    std::fs::create_dir_all(&out).expect("dir");
    let status = Command::new("pdftoppm")
        .args(["-r", "60", "-png", "-l", "12"])
        .arg(pdf)
        .arg(out.join(name))
        .status()
        .expect("pdftoppm");
    assert!(status.success());
}

/// Word (unlike LibreOffice) refuses a file whose properties are out of the
/// schema's order: every `pPr`, `rPr`, `tblPr`, `tcPr`, `sectPr` and the
/// settings list their children in ECMA-376's sequence.
#[test]
fn properties_follow_the_schema_s_order() {
    use quick_xml::events::Event;
    const ORDER: [(&str, &[&str]); 6] = [
        (
            "pPr",
            &[
                "pStyle",
                "keepNext",
                "keepLines",
                "pageBreakBefore",
                "widowControl",
                "numPr",
                "pBdr",
                "shd",
                "tabs",
                "spacing",
                "ind",
                "contextualSpacing",
                "jc",
                "outlineLvl",
                "rPr",
                "sectPr",
            ],
        ),
        (
            "rPr",
            &[
                "rStyle", "rFonts", "b", "bCs", "i", "iCs", "color", "kern", "sz", "szCs", "lang",
            ],
        ),
        (
            "tblPr",
            &[
                "tblStyle",
                "tblW",
                "jc",
                "tblInd",
                "tblBorders",
                "tblLayout",
                "tblCellMar",
                "tblLook",
            ],
        ),
        (
            "tcPr",
            &["tcW", "gridSpan", "vMerge", "tcBorders", "shd", "vAlign"],
        ),
        (
            "sectPr",
            &[
                "headerReference",
                "footerReference",
                "type",
                "pgSz",
                "pgMar",
                "cols",
                "titlePg",
            ],
        ),
        (
            "settings",
            &[
                "defaultTabStop",
                "characterSpacingControl",
                "updateFields",
                "compat",
                "themeFontLang",
            ],
        ),
    ];
    let check = |xml: &str, part: &str| {
        let mut reader = quick_xml::Reader::from_str(xml);
        // The open elements, each with the children seen so far.
        let mut stack: Vec<(String, Vec<String>)> = Vec::new();
        loop {
            let event = reader.read_event().expect("well-formed XML");
            let (name, empty) = match &event {
                Event::Start(e) => (
                    String::from_utf8_lossy(e.local_name().as_ref()).into_owned(),
                    false,
                ),
                Event::Empty(e) => (
                    String::from_utf8_lossy(e.local_name().as_ref()).into_owned(),
                    true,
                ),
                Event::End(_) => {
                    stack.pop();
                    continue;
                }
                Event::Eof => break,
                _ => continue,
            };
            if let Some((parent, seen)) = stack.last_mut() {
                if let Some((_, order)) = ORDER.iter().find(|(p, _)| p == parent) {
                    let rank = |n: &str| {
                        let n = if n == "footerReference" {
                            "headerReference"
                        } else {
                            n
                        };
                        order.iter().position(|o| *o == n)
                    };
                    let here = rank(&name).unwrap_or_else(|| {
                        panic!("{part}: <{name}> in <{parent}> is not in the order list")
                    });
                    if let Some(last) = seen.last() {
                        assert!(
                            rank(last).is_some_and(|r| r <= here),
                            "{part}: <{name}> after <{last}> in <{parent}>"
                        );
                    }
                    seen.push(name.clone());
                }
            }
            if !empty {
                stack.push((name, Vec::new()));
            }
        }
    };
    let logo =
        smo_core::logo::Logo::from_png(include_bytes!("../../../assets/icons/32x32.png").to_vec())
            .expect("logo");
    for w in [sample(), blank()] {
        for document in DOCUMENTS {
            let word = render(
                &doc(document, &w),
                &WordOptions {
                    logo: Some(&logo),
                    ..options(None)
                },
            )
            .expect("docx");
            for name in [
                "word/document.xml",
                "word/styles.xml",
                "word/settings.xml",
                "word/header1.xml",
                "word/footer1.xml",
                "word/numbering.xml",
            ] {
                check(&part(&word.bytes, name), &format!("{document:?} {name}"));
            }
        }
    }
}
