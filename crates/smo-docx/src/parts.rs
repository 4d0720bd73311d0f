//! The package's fixed parts: content types, relationships, settings,
//! numbering, the running header and footer, and the document properties.

use chrono::{DateTime, SecondsFormat, Utc};
use smo_doc::{Doc, LANGUAGE};

use crate::body::Picture;
use crate::styles::{Style, BULLETS, NUMBERS, W, XML_HEAD};
use crate::xml::{escape, run};

const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL: &str = "http://schemas.openxmlformats.org/package/2006/relationships";

/// The namespaces document.xml, headers and footers declare.
pub(crate) fn namespaces() -> String {
    format!(
        "xmlns:w=\"{W}\" xmlns:r=\"{R}\" \
         xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" \
         xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" \
         xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""
    )
}

/// A relationship of a part to another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Relationship {
    /// Its id ("rIdStyles").
    pub id: String,
    /// Its type's last word ("styles", "header", "image").
    pub kind: &'static str,
    /// The target, relative to the part.
    pub target: String,
}

/// A relationships part listing `relationships`.
pub(crate) fn relationships(relationships: &[Relationship]) -> String {
    let mut out = format!("{XML_HEAD}<Relationships xmlns=\"{REL}\">");
    for r in relationships {
        let kind = match r.kind {
            "core-properties" => {
                "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
                    .to_owned()
            }
            other => format!("{R}/{other}"),
        };
        out.push_str(&format!(
            "<Relationship Id=\"{}\" Type=\"{kind}\" Target=\"{}\"/>",
            r.id,
            escape(&r.target)
        ));
    }
    out.push_str("</Relationships>");
    out
}

/// The package's own relationships: the document and its properties.
pub(crate) fn package_relationships() -> String {
    relationships(&[
        Relationship {
            id: "rId1".into(),
            kind: "officeDocument",
            target: "word/document.xml".into(),
        },
        Relationship {
            id: "rId2".into(),
            kind: "core-properties",
            target: "docProps/core.xml".into(),
        },
        Relationship {
            id: "rId3".into(),
            kind: "extended-properties",
            target: "docProps/app.xml".into(),
        },
    ])
}

/// [Content_Types].xml for the parts named (paths inside the package, with
/// their content types).
pub(crate) fn content_types(parts: &[(String, &str)], extensions: &[String]) -> String {
    let mut out = format!(
        "{XML_HEAD}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
         <Default Extension=\"png\" ContentType=\"image/png\"/>\
         <Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>"
    );
    for ext in extensions {
        let kind = match ext.as_str() {
            "jpg" => "image/jpeg",
            "gif" => "image/gif",
            "emf" => "image/x-emf",
            "wmf" => "image/x-wmf",
            "svg" => "image/svg+xml",
            "tif" | "tiff" => "image/tiff",
            "bmp" => "image/bmp",
            _ => "application/octet-stream",
        };
        out.push_str(&format!(
            "<Default Extension=\"{}\" ContentType=\"{kind}\"/>",
            escape(ext)
        ));
    }
    for (path, kind) in parts {
        out.push_str(&format!(
            "<Override PartName=\"/{}\" ContentType=\"{kind}\"/>",
            escape(path)
        ));
    }
    out.push_str("</Types>");
    out
}

/// Content types of the parts we write.
pub(crate) mod kind {
    /// word/document.xml.
    pub const DOCUMENT: &str =
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    /// word/styles.xml.
    pub const STYLES: &str =
        "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
    /// word/numbering.xml.
    pub const NUMBERING: &str =
        "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
    /// word/settings.xml.
    pub const SETTINGS: &str =
        "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
    /// A header.
    pub const HEADER: &str =
        "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
    /// A footer.
    pub const FOOTER: &str =
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
    /// A theme (from a template).
    pub const THEME: &str = "application/vnd.openxmlformats-officedocument.theme+xml";
    /// The font table (from a template).
    pub const FONT_TABLE: &str =
        "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
    /// docProps/core.xml.
    pub const CORE: &str = "application/vnd.openxmlformats-package.core-properties+xml";
    /// docProps/app.xml.
    pub const APP: &str = "application/vnd.openxmlformats-officedocument.extended-properties+xml";
}

/// settings.xml: fields (the contents, page numbers) are updated when Word
/// opens the file; the language and compatibility of current Word. (Word
/// refuses settings out of the schema's order.)
pub(crate) fn settings() -> String {
    format!(
        "{XML_HEAD}<w:settings xmlns:w=\"{W}\">\
         <w:defaultTabStop w:val=\"709\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>\
         <w:updateFields w:val=\"true\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>\
         <w:themeFontLang w:val=\"{LANGUAGE}\"/></w:settings>"
    )
}

/// numbering.xml: one bullet list definition and one numbered, and an
/// instance per numbered list so each starts at 1.
pub(crate) fn numbering(numbered_lists: u32) -> String {
    let level = |format: &str, text: &str, font: &str| {
        format!(
            "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"{format}\"/><w:lvlText w:val=\"{text}\"/>\
             <w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr>{font}</w:lvl>"
        )
    };
    let mut out = format!(
        "{XML_HEAD}<w:numbering xmlns:w=\"{W}\">\
         <w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>{}</w:abstractNum>\
         <w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"singleLevel\"/>{}</w:abstractNum>\
         <w:num w:numId=\"{BULLETS}\"><w:abstractNumId w:val=\"0\"/></w:num>",
        level("bullet", "•", "<w:rPr><w:rFonts w:ascii=\"Noto Sans\" w:hAnsi=\"Noto Sans\"/></w:rPr>"),
        level("decimal", "%1.", ""),
    );
    for n in 0..numbered_lists.max(1) {
        out.push_str(&format!(
            "<w:num w:numId=\"{}\"><w:abstractNumId w:val=\"1\"/>\
             <w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>",
            NUMBERS + n
        ));
    }
    out.push_str("</w:numbering>");
    out
}

/// A header or footer part: a borderless row of two cells, the first text
/// at the left, the second at the right, as wide as the text on portrait and
/// landscape pages alike.
fn chrome_part(element: &str, style: Style, left: &str, right: &str) -> String {
    let cell = |jc: &str, runs: &str| {
        format!(
            "<w:tc><w:tcPr><w:tcW w:w=\"2500\" w:type=\"pct\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"{}\"/>\
             <w:jc w:val=\"{jc}\"/></w:pPr>{runs}</w:p></w:tc>",
            style.id()
        )
    };
    format!(
        "{XML_HEAD}<w:{element} {}><w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/>\
         <w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>\
         <w:tblLook w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>\
         <w:tblGrid><w:gridCol w:w=\"4819\"/><w:gridCol w:w=\"4819\"/></w:tblGrid><w:tr>{}{}</w:tr></w:tbl>\
         <w:p><w:pPr><w:pStyle w:val=\"{}\"/><w:spacing w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/></w:pPr></w:p></w:{element}>",
        namespaces(),
        cell("left", left),
        cell("right", right),
        style.id()
    )
}

/// The running header: the document and the client at the left, the
/// workshop at the right.
pub(crate) fn header(doc: &Doc) -> String {
    chrome_part(
        "hdr",
        Style::Header,
        &run(&format!("{} · {}", doc.title, doc.organisation), ""),
        &run(&doc.workshop_title, ""),
    )
}

/// The running footer: classification and export day at the left, "Page X
/// of Y" (fields Word and LibreOffice fill in) at the right.
pub(crate) fn footer(doc: &Doc) -> String {
    let field = |name: &str| {
        format!(
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> {name} </w:instrText></w:r>\
             <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        )
    };
    let right = format!(
        "{}{}{}{}",
        run("Page ", ""),
        field("PAGE"),
        run(" of ", ""),
        field("NUMPAGES")
    );
    chrome_part(
        "ftr",
        Style::Footer,
        &run(
            &format!("{} · Exported {}", doc.classification, doc.exported),
            "",
        ),
        &right,
    )
}

/// An empty header or footer (the cover has none).
pub(crate) fn empty_chrome(element: &str) -> String {
    format!(
        "{XML_HEAD}<w:{element} {}><w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr></w:p></w:{element}>",
        namespaces()
    )
}

/// docProps/core.xml: title, subject, author, language, and the export time
/// as both creation and modification (so the same export gives the same
/// bytes).
pub(crate) fn core_properties(doc: &Doc, at: DateTime<Utc>) -> String {
    let at = at.to_rfc3339_opts(SecondsFormat::Secs, true);
    format!(
        "{XML_HEAD}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         <dc:title>{}</dc:title><dc:subject>{}</dc:subject><dc:creator>{}</dc:creator>\
         <cp:keywords>{}</cp:keywords><dc:language>{LANGUAGE}</dc:language>\
         <cp:lastModifiedBy>{}</cp:lastModifiedBy><cp:revision>1</cp:revision>\
         <dcterms:created xsi:type=\"dcterms:W3CDTF\">{at}</dcterms:created>\
         <dcterms:modified xsi:type=\"dcterms:W3CDTF\">{at}</dcterms:modified></cp:coreProperties>",
        escape(&format!("{} – {}", doc.title, doc.organisation)),
        escape(doc.subject),
        escape(&doc.author),
        escape(&doc.classification),
        escape(&doc.author),
    )
}

/// docProps/app.xml: the application and the client's organisation.
pub(crate) fn app_properties(doc: &Doc) -> String {
    format!(
        "{XML_HEAD}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" \
         xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">\
         <Application>SMO Workbench</Application><Company>{}</Company><DocSecurity>0</DocSecurity></Properties>",
        escape(&doc.organisation)
    )
}

/// The relationships of document.xml to its pictures.
pub(crate) fn picture_relationships(pictures: &[Picture]) -> Vec<Relationship> {
    pictures
        .iter()
        .map(|p| Relationship {
            id: p.rel_id.clone(),
            kind: "image",
            target: format!("media/{}", p.file),
        })
        .collect()
}

/// A relationships part copied from a template (types as written there).
pub(crate) fn raw_relationships(relationships: &[(String, String, String, bool)]) -> String {
    let mut out = format!("{XML_HEAD}<Relationships xmlns=\"{REL}\">");
    for (id, kind, target, external) in relationships {
        out.push_str(&format!(
            "<Relationship Id=\"{}\" Type=\"{}\" Target=\"{}\"{}/>",
            escape(id),
            escape(kind),
            escape(target),
            if *external {
                " TargetMode=\"External\""
            } else {
                ""
            }
        ));
    }
    out.push_str("</Relationships>");
    out
}
