//! SMO Workbench's Word renderer: a `smo-doc` tree written as an editable
//! .docx that reads like the PDF, built so a firm can take it over.
//!
//! - [`styles`](crate::styles): the named styles, declared once (Title,
//!   Heading 1–3, Caption, List Bullet/Number, the table styles…); the body
//!   formats nothing directly, so a template restyles it all;
//! - `body`: blocks as paragraphs and tables, page turns as sections,
//!   repeated header rows and rows kept whole, charts as pictures with alt
//!   text, keep-with-next for what belongs together;
//! - `parts`: the package's other parts (running header and footer with
//!   "Page X of Y" fields, the contents field, numbering, properties);
//! - [`Template`]: a firm's reference .docx whose styles, theme, fonts and
//!   header and footer replace ours.
//!
//! Deterministic like the PDF: the export time is an input and every zip
//! member carries it, so the same workshop at the same time gives the same
//! bytes. Pure apart from reading the bytes it is given.

mod body;
mod chart;
mod parts;
mod styles;
mod template;
mod xml;

use std::io::{Cursor, Write};

use chrono::{DateTime, Datelike, Timelike, Utc};
use smo_core::logo::Logo;
use smo_core::{DateStyle, Document, Workshop};
use smo_doc::{Doc, Paper};

use crate::body::{BodyWriter, Chrome};
use crate::parts::{kind, Relationship};
pub use crate::template::{Template, TemplateError};

/// How to write a Word document.
#[derive(Debug, Clone, Copy)]
pub struct WordOptions<'a> {
    /// A4 or US Letter.
    pub paper: Paper,
    /// The export time: the file's creation time and its members' times.
    pub at: DateTime<Utc>,
    /// The client's logo for the cover.
    pub logo: Option<&'a Logo>,
    /// The firm's reference template, if one is kept.
    pub template: Option<&'a Template>,
}

/// A finished Word document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The .docx file.
    pub bytes: Vec<u8>,
    /// What the reader should know (a chart that could not be drawn).
    pub warnings: Vec<String>,
}

/// Why a document could not be written: never its content.
#[derive(Debug, thiserror::Error)]
pub enum WordError {
    /// The package could not be assembled (a defect of the build).
    #[error("The Word file cannot be assembled: {0}")]
    Package(String),
}

/// Builds `document` from `workshop` and writes it as a .docx.
pub fn document(
    document: Document,
    workshop: &Workshop,
    dates: DateStyle,
    options: &WordOptions<'_>,
) -> Result<Word, WordError> {
    let doc = smo_doc::build(
        document,
        workshop,
        &smo_doc::DocOptions {
            at: options.at,
            dates,
        },
    );
    render(&doc, options)
}

/// Writes `doc` as a .docx.
pub fn render(doc: &Doc, options: &WordOptions<'_>) -> Result<Word, WordError> {
    let chrome = Chrome {
        header: "rIdHeader".into(),
        footer: "rIdFooter".into(),
        first_header: "rIdFirstHeader".into(),
        first_footer: "rIdFirstFooter".into(),
    };
    let mut painter = chart::Painted::all(&doc.figures());
    let mut body = BodyWriter::new(options.paper, &chrome, &mut painter);
    let logo = options
        .logo
        .map(|l| (l.png(), (l.size().width, l.size().height)));
    body.cover(doc, logo);
    body.section_break(smo_doc::Orientation::Portrait);
    body.blocks(&doc.body, body::Keep::Free);
    let (xml, numbered_lists, pictures, warnings) = body.finish();

    let mut package = Package::new(options.at);
    let mut types: Vec<(String, &str)> = Vec::new();
    let mut rels = vec![
        rel("rIdStyles", "styles", "styles.xml"),
        rel("rIdNumbering", "numbering", "numbering.xml"),
        rel("rIdSettings", "settings", "settings.xml"),
        rel(&chrome.header, "header", "header1.xml"),
        rel(&chrome.footer, "footer", "footer1.xml"),
        rel(&chrome.first_header, "header", "header2.xml"),
        rel(&chrome.first_footer, "footer", "footer2.xml"),
    ];
    rels.extend(parts::picture_relationships(&pictures));

    let template = options.template;
    let styles = template.map_or_else(styles::styles_xml, Template::styles_xml);
    if let Some(theme) = template.and_then(|t| t.theme.as_ref()) {
        rels.push(rel("rIdTheme", "theme", "theme/theme1.xml"));
        types.push(("word/theme/theme1.xml".into(), kind::THEME));
        package.add("word/theme/theme1.xml", theme)?;
    }
    if let Some(fonts) = template.and_then(|t| t.font_table.as_ref()) {
        rels.push(rel("rIdFontTable", "fontTable", "fontTable.xml"));
        types.push(("word/fontTable.xml".into(), kind::FONT_TABLE));
        package.add("word/fontTable.xml", fonts)?;
    }

    let document = format!(
        "{}<w:document {}><w:body>{xml}</w:body></w:document>",
        styles::XML_HEAD,
        parts::namespaces()
    );
    let chrome_parts = [
        (
            "header1.xml",
            kind::HEADER,
            template.and_then(|t| t.header.as_ref()),
            parts::header(doc),
        ),
        (
            "footer1.xml",
            kind::FOOTER,
            template.and_then(|t| t.footer.as_ref()),
            parts::footer(doc),
        ),
        (
            "header2.xml",
            kind::HEADER,
            None,
            parts::empty_chrome("hdr"),
        ),
        (
            "footer2.xml",
            kind::FOOTER,
            None,
            parts::empty_chrome("ftr"),
        ),
    ];
    types.extend([
        ("word/document.xml".to_owned(), kind::DOCUMENT),
        ("word/styles.xml".to_owned(), kind::STYLES),
        ("word/numbering.xml".to_owned(), kind::NUMBERING),
        ("word/settings.xml".to_owned(), kind::SETTINGS),
        ("docProps/core.xml".to_owned(), kind::CORE),
        ("docProps/app.xml".to_owned(), kind::APP),
    ]);
    for (name, content_type, _, _) in &chrome_parts {
        types.push((format!("word/{name}"), *content_type));
    }
    let mut extensions: Vec<String> = Vec::new();
    for (_, _, from_template, _) in &chrome_parts {
        for (path, _) in from_template.iter().flat_map(|t| &t.files) {
            if let Some((_, ext)) = path.rsplit_once('.') {
                let ext = ext.to_ascii_lowercase();
                if !matches!(ext.as_str(), "png" | "jpeg" | "xml" | "rels")
                    && !extensions.contains(&ext)
                {
                    extensions.push(ext);
                }
            }
        }
    }

    package.add(
        "[Content_Types].xml",
        parts::content_types(&types, &extensions).as_bytes(),
    )?;
    package.add("_rels/.rels", parts::package_relationships().as_bytes())?;
    package.add(
        "docProps/core.xml",
        parts::core_properties(doc, options.at).as_bytes(),
    )?;
    package.add("docProps/app.xml", parts::app_properties(doc).as_bytes())?;
    package.add("word/document.xml", document.as_bytes())?;
    package.add(
        "word/_rels/document.xml.rels",
        parts::relationships(&rels).as_bytes(),
    )?;
    package.add("word/styles.xml", styles.as_bytes())?;
    package.add(
        "word/numbering.xml",
        parts::numbering(numbered_lists).as_bytes(),
    )?;
    package.add("word/settings.xml", parts::settings().as_bytes())?;
    for (name, _, from_template, ours) in &chrome_parts {
        match from_template {
            Some(part) => {
                package.add(&format!("word/{name}"), &part.xml)?;
                let rels: String = parts::raw_relationships(&part.relationships);
                package.add(&format!("word/_rels/{name}.rels"), rels.as_bytes())?;
                for (path, bytes) in &part.files {
                    package.add(&format!("word/{path}"), bytes)?;
                }
            }
            None => package.add(&format!("word/{name}"), ours.as_bytes())?,
        }
    }
    for p in &pictures {
        package.add(&format!("word/media/{}", p.file), &p.png)?;
    }
    Ok(Word {
        bytes: package.finish()?,
        warnings,
    })
}

fn rel(id: &str, kind: &'static str, target: &str) -> Relationship {
    Relationship {
        id: id.to_owned(),
        kind,
        target: target.to_owned(),
    }
}

/// The zip being written: members deflated, each stamped with the export
/// time, in the order added.
struct Package {
    zip: zip::ZipWriter<Cursor<Vec<u8>>>,
    options: zip::write::SimpleFileOptions,
}

impl Package {
    fn new(at: DateTime<Utc>) -> Package {
        let time = u16::try_from(at.year())
            .ok()
            .and_then(|year| {
                zip::DateTime::from_date_and_time(
                    year,
                    u8::try_from(at.month()).ok()?,
                    u8::try_from(at.day()).ok()?,
                    u8::try_from(at.hour()).ok()?,
                    u8::try_from(at.minute()).ok()?,
                    u8::try_from(at.second()).ok()?,
                )
                .ok()
            })
            .unwrap_or_default();
        Package {
            zip: zip::ZipWriter::new(Cursor::new(Vec::new())),
            options: zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated)
                .last_modified_time(time)
                .unix_permissions(0o644),
        }
    }

    fn add(&mut self, name: &str, bytes: &[u8]) -> Result<(), WordError> {
        let fail = |e: &dyn std::fmt::Display| WordError::Package(format!("{name}: {e}"));
        self.zip
            .start_file(name, self.options)
            .map_err(|e| fail(&e))?;
        self.zip.write_all(bytes).map_err(|e| fail(&e))
    }

    fn finish(self) -> Result<Vec<u8>, WordError> {
        self.zip
            .finish()
            .map(Cursor::into_inner)
            .map_err(|e| WordError::Package(e.to_string()))
    }
}
