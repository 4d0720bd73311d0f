//! The named styles every Word document uses, declared once: the body refers
//! to them by id and never formats text directly, so a firm's template that
//! defines the same names restyles the whole document in one step.
//!
//! Ids are Word's own for its built-in styles (Title, Heading1, Caption,
//! ListBullet…), so a reference template made in Word already has them.

use smo_doc::LANGUAGE;

/// A paragraph, character or table style the body uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    /// Running text (the default paragraph style).
    Normal,
    /// The document's name on the cover.
    Title,
    /// The organisation and workshop under the title.
    Subtitle,
    /// A chapter.
    Heading1,
    /// A section of a chapter.
    Heading2,
    /// A heading over a few lines or a table.
    Heading3,
    /// A line under a chart.
    Caption,
    /// A note beside the content ("Not yet defined.", legends).
    Note,
    /// A bulleted item.
    ListBullet,
    /// A numbered item.
    ListNumber,
    /// "Contents" above the table of contents.
    TocHeading,
    /// A chapter's line in the contents.
    Toc1,
    /// A section's line in the contents.
    Toc2,
    /// The running header.
    Header,
    /// The running footer.
    Footer,
    /// Emphasised words (a character style).
    Strong,
    /// Tables of data: a shaded header row, light rules.
    Table,
    /// Label/text pairs: no rules, labels in bold.
    Facts,
}

impl Style {
    /// Every style, in the order styles.xml lists them.
    pub(crate) const ALL: [Style; 18] = [
        Style::Normal,
        Style::Title,
        Style::Subtitle,
        Style::Heading1,
        Style::Heading2,
        Style::Heading3,
        Style::Caption,
        Style::Note,
        Style::ListBullet,
        Style::ListNumber,
        Style::TocHeading,
        Style::Toc1,
        Style::Toc2,
        Style::Header,
        Style::Footer,
        Style::Strong,
        Style::Table,
        Style::Facts,
    ];

    /// Its id in the file (what paragraphs refer to).
    pub(crate) fn id(self) -> &'static str {
        match self {
            Style::Normal => "Normal",
            Style::Title => "Title",
            Style::Subtitle => "Subtitle",
            Style::Heading1 => "Heading1",
            Style::Heading2 => "Heading2",
            Style::Heading3 => "Heading3",
            Style::Caption => "Caption",
            Style::Note => "Note",
            Style::ListBullet => "ListBullet",
            Style::ListNumber => "ListNumber",
            Style::TocHeading => "TOCHeading",
            Style::Toc1 => "TOC1",
            Style::Toc2 => "TOC2",
            Style::Header => "Header",
            Style::Footer => "Footer",
            Style::Strong => "Strong",
            Style::Table => "SMOTable",
            Style::Facts => "SMOFacts",
        }
    }

    /// Its name, as Word's style gallery shows it (and as a template must
    /// spell it to restyle it).
    pub(crate) fn name(self) -> &'static str {
        match self {
            Style::Normal => "Normal",
            Style::Title => "Title",
            Style::Subtitle => "Subtitle",
            Style::Heading1 => "heading 1",
            Style::Heading2 => "heading 2",
            Style::Heading3 => "heading 3",
            Style::Caption => "caption",
            Style::Note => "Note",
            Style::ListBullet => "List Bullet",
            Style::ListNumber => "List Number",
            Style::TocHeading => "TOC Heading",
            Style::Toc1 => "toc 1",
            Style::Toc2 => "toc 2",
            Style::Header => "header",
            Style::Footer => "footer",
            Style::Strong => "Strong",
            Style::Table => "SMO Table",
            Style::Facts => "SMO Facts",
        }
    }

    /// Its definition in styles.xml.
    pub(crate) fn definition(self) -> String {
        let (kind, body) = match self {
            Style::Normal => (
                "paragraph\" w:default=\"1",
                "<w:qFormat/><w:pPr><w:widowControl/></w:pPr>".to_owned(),
            ),
            Style::Title => (
                "paragraph",
                format!(
                    "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>\
                     <w:pPr><w:spacing w:before=\"0\" w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/><w:outlineLvl w:val=\"9\"/></w:pPr>\
                     <w:rPr><w:b/><w:color w:val=\"{BRAND}\"/><w:kern w:val=\"28\"/><w:sz w:val=\"60\"/></w:rPr>"
                ),
            ),
            Style::Subtitle => (
                "paragraph",
                format!(
                    "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>\
                     <w:pPr><w:spacing w:after=\"480\"/></w:pPr>\
                     <w:rPr><w:color w:val=\"{MUTED}\"/><w:sz w:val=\"30\"/></w:rPr>"
                ),
            ),
            Style::Heading1 => ("paragraph", heading(0, 34, BRAND, 360)),
            Style::Heading2 => ("paragraph", heading(1, 26, BRAND, 280)),
            Style::Heading3 => ("paragraph", heading(2, 22, INK, 200)),
            Style::Caption => (
                "paragraph",
                format!(
                    "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>\
                     <w:pPr><w:spacing w:before=\"60\" w:after=\"200\"/></w:pPr>\
                     <w:rPr><w:i/><w:color w:val=\"{MUTED}\"/><w:sz w:val=\"17\"/></w:rPr>"
                ),
            ),
            Style::Note => (
                "paragraph",
                format!(
                    "<w:basedOn w:val=\"Normal\"/><w:qFormat/>\
                     <w:rPr><w:i/><w:color w:val=\"{MUTED}\"/><w:sz w:val=\"18\"/></w:rPr>"
                ),
            ),
            Style::ListBullet => ("paragraph", list(BULLETS)),
            Style::ListNumber => ("paragraph", list(NUMBERS)),
            Style::TocHeading => (
                "paragraph",
                "<w:basedOn w:val=\"Heading1\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"39\"/><w:unhideWhenUsed/><w:qFormat/>\
                 <w:pPr><w:outlineLvl w:val=\"9\"/></w:pPr>"
                    .to_owned(),
            ),
            Style::Toc1 => (
                "paragraph",
                "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"39\"/><w:unhideWhenUsed/>\
                 <w:pPr><w:spacing w:before=\"120\" w:after=\"40\"/></w:pPr><w:rPr><w:b/></w:rPr>"
                    .to_owned(),
            ),
            Style::Toc2 => (
                "paragraph",
                "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"39\"/><w:unhideWhenUsed/>\
                 <w:pPr><w:spacing w:after=\"40\"/><w:ind w:left=\"360\"/></w:pPr>"
                    .to_owned(),
            ),
            Style::Header | Style::Footer => (
                "paragraph",
                format!(
                    "<w:basedOn w:val=\"Normal\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>\
                     <w:pPr><w:spacing w:after=\"0\"/></w:pPr>\
                     <w:rPr><w:color w:val=\"{MUTED}\"/><w:sz w:val=\"16\"/></w:rPr>"
                ),
            ),
            Style::Strong => (
                "character",
                "<w:uiPriority w:val=\"22\"/><w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr>".to_owned(),
            ),
            Style::Table => (
                "table",
                format!(
                    "<w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"59\"/>\
                     <w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>\
                     <w:rPr><w:sz w:val=\"18\"/></w:rPr>\
                     <w:tblPr><w:tblBorders>\
                     <w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"{RULE}\"/>\
                     <w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"{RULE}\"/>\
                     <w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"{RULE}\"/>\
                     </w:tblBorders><w:tblCellMar><w:top w:w=\"60\" w:type=\"dxa\"/><w:left w:w=\"100\" w:type=\"dxa\"/>\
                     <w:bottom w:w=\"60\" w:type=\"dxa\"/><w:right w:w=\"100\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>\
                     <w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:bCs/><w:color w:val=\"{INK}\"/></w:rPr>\
                     <w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{HEADER_FILL}\"/></w:tcPr></w:tblStylePr>"
                ),
            ),
            Style::Facts => (
                "table",
                "<w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"59\"/>\
                 <w:pPr><w:spacing w:before=\"0\" w:after=\"60\"/></w:pPr>\
                 <w:tblPr><w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"120\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>\
                 <w:tblStylePr w:type=\"firstCol\"><w:rPr><w:b/><w:bCs/></w:rPr></w:tblStylePr>"
                    .to_owned(),
            ),
        };
        format!(
            "<w:style w:type=\"{kind}\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/>{body}</w:style>",
            id = self.id(),
            name = self.name()
        )
    }
}

/// The numbering definitions lists use (see `numbering.xml`).
pub(crate) const BULLETS: u32 = 1;
/// The first numbering instance of numbered lists (each list restarts at 1
/// with an instance of its own, numbered from here).
pub(crate) const NUMBERS: u32 = 2;

fn heading(level: u8, half_points: u32, colour: &str, before: u32) -> String {
    format!(
        "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>\
         <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"{before}\" w:after=\"120\"/><w:outlineLvl w:val=\"{level}\"/></w:pPr>\
         <w:rPr><w:b/><w:bCs/><w:color w:val=\"{colour}\"/><w:sz w:val=\"{half_points}\"/><w:szCs w:val=\"{half_points}\"/></w:rPr>"
    )
}

fn list(num: u32) -> String {
    format!(
        "<w:basedOn w:val=\"Normal\"/><w:qFormat/>\
         <w:pPr><w:numPr><w:numId w:val=\"{num}\"/></w:numPr><w:spacing w:after=\"60\"/><w:contextualSpacing/></w:pPr>"
    )
}

const BRAND: &str = "1F4E79";
const INK: &str = "1D2633";
const MUTED: &str = "5B6778";
const RULE: &str = "D5DBE3";
const HEADER_FILL: &str = "E9EEF4";

/// The typeface the documents are set in (the PDF's; Word substitutes its
/// own where it is not installed).
pub(crate) const FONT: &str = "Noto Sans";

/// The defaults every paragraph starts from: typeface, size, language and
/// spacing. Spacing lives here and not in Normal so that a table style's
/// tighter spacing wins inside tables.
pub(crate) fn doc_defaults() -> String {
    format!(
        "<w:docDefaults><w:rPrDefault><w:rPr>\
         <w:rFonts w:ascii=\"{FONT}\" w:hAnsi=\"{FONT}\" w:cs=\"{FONT}\" w:eastAsia=\"{FONT}\"/>\
         <w:color w:val=\"{INK}\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>\
         <w:lang w:val=\"{LANGUAGE}\" w:eastAsia=\"{LANGUAGE}\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>\
         <w:pPrDefault><w:pPr><w:spacing w:after=\"140\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
    )
}

/// The whole of styles.xml: the defaults, Word's normal table (which table
/// styles are based on) and every style above.
pub(crate) fn styles_xml() -> String {
    let mut out = String::from(XML_HEAD);
    out.push_str(&format!("<w:styles xmlns:w=\"{W}\">"));
    out.push_str(&doc_defaults());
    out.push_str(TABLE_NORMAL);
    for style in Style::ALL {
        out.push_str(&style.definition());
    }
    out.push_str("</w:styles>");
    out
}

/// Word's base table style.
pub(crate) const TABLE_NORMAL: &str = "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>";

/// The XML declaration every part starts with.
pub(crate) const XML_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
/// WordprocessingML's namespace.
pub(crate) const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
