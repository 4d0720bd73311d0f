//! The document tree: what a deliverable says, in order, with the hints a
//! renderer needs (which blocks start a page and which way it is turned,
//! which stay together, which columns hold numbers) and nothing about how it
//! is drawn: sizes, fonts, page breaks inside text, keep-with-next and column
//! widths are each renderer's job.

use smo_chart::Chart;
use smo_core::Document;

/// One deliverable, built from a workshop.
#[derive(Debug, Clone, PartialEq)]
pub struct Doc {
    /// Which of the three documents it is.
    pub document: Document,
    /// Its name on the cover: "SMO Charter".
    pub title: &'static str,
    /// What it covers, one line (the file's subject).
    pub subject: &'static str,
    /// The client.
    pub organisation: String,
    /// The workshop's title.
    pub workshop_title: String,
    /// Who wrote it (the facilitator), for the file's metadata.
    pub author: String,
    /// The export day, written in the reader's date style.
    pub exported: String,
    /// Who may read it ("Confidential — client"): on the cover and every
    /// page's foot.
    pub classification: String,
    /// Who prepared it for whom, at the cover's foot.
    pub prepared: String,
    /// The label/text pairs the cover lists, in order.
    pub cover: Vec<Fact>,
    /// Everything after the cover and the contents.
    pub body: Vec<Block>,
}

impl Doc {
    /// The headings that make the contents and the outline (chapters and
    /// sections), in order.
    pub fn outline(&self) -> Vec<&Heading> {
        fn walk<'a>(blocks: &'a [Block], out: &mut Vec<&'a Heading>) {
            for b in blocks {
                match b {
                    Block::Heading(h) if h.rank != Rank::Minor => out.push(h),
                    Block::Together(inner) => walk(inner, out),
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.body, &mut out);
        out
    }

    /// The charts the document shows, in reading order.
    pub fn figures(&self) -> Vec<&Chart> {
        fn walk<'a>(blocks: &'a [Block], out: &mut Vec<&'a Chart>) {
            for b in blocks {
                match b {
                    Block::Figure(f) => out.push(&f.chart),
                    Block::Together(inner) => walk(inner, out),
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.body, &mut out);
        out
    }

    /// Every word the document prints, block by block, in reading order
    /// (cover facts first): what tests read for order and for text that
    /// must never reach a client.
    pub fn text(&self) -> String {
        fn walk(blocks: &[Block], out: &mut String) {
            for b in blocks {
                match b {
                    Block::Heading(h) => out.push_str(&h.text),
                    Block::Paragraph(p) => out.push_str(&p.text),
                    Block::Bullets(items) | Block::Numbered(items) => {
                        out.push_str(&items.join("\n"));
                    }
                    Block::Facts(facts) => {
                        for f in facts {
                            out.push_str(&format!("{}: {}\n", f.label, f.text));
                        }
                    }
                    Block::Table(t) => {
                        for c in &t.columns {
                            out.push_str(&c.title);
                            out.push('\t');
                        }
                        for row in &t.rows {
                            out.push('\n');
                            out.push_str(&row.join("\t"));
                        }
                    }
                    Block::Figure(f) => out.push_str(&f.chart.title),
                    Block::Signature(s) => {
                        out.push_str(&s.name);
                        if let Some(said) = &s.approved {
                            out.push('\n');
                            out.push_str(said);
                        }
                    }
                    Block::Together(inner) => walk(inner, out),
                    Block::NewPage(_) => {}
                }
                out.push('\n');
            }
        }
        let mut out = String::new();
        for f in &self.cover {
            out.push_str(&format!("{}: {}\n", f.label, f.text));
        }
        walk(&self.body, &mut out);
        out
    }
}

/// A label and its text ("Sponsor", "Margit Okafor, CIO").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    /// The label.
    pub label: String,
    /// The text; never blank (a blank value is written "–").
    pub text: String,
}

impl Fact {
    /// A fact; a blank `text` becomes "–".
    pub fn new(label: &str, text: impl Into<String>) -> Fact {
        let text = text.into();
        Fact {
            label: label.to_owned(),
            text: if text.trim().is_empty() {
                "–".to_owned()
            } else {
                text
            },
        }
    }
}

/// One block of a document.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A heading.
    Heading(Heading),
    /// Running text; typed line breaks are kept.
    Paragraph(Paragraph),
    /// A bulleted list (never empty: the builder says "Not yet defined.").
    Bullets(Vec<String>),
    /// A numbered list, in order of importance (never empty).
    Numbered(Vec<String>),
    /// Label/text pairs.
    Facts(Vec<Fact>),
    /// A table (never empty: the builder says "Not yet defined.").
    Table(Table),
    /// A chart, laid out by `smo-chart` for print.
    Figure(Figure),
    /// An approver's name with lines to sign and date.
    Signature(Signature),
    /// Blocks kept on one page when they fit on one.
    Together(Vec<Block>),
    /// What follows starts on a fresh page turned this way (a page nothing
    /// has been written on yet is used, never left blank).
    NewPage(Orientation),
}

/// How important a heading is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rank {
    /// A chapter: in the contents and the outline.
    Chapter,
    /// A section of a chapter: in the contents and the outline, indented.
    Section,
    /// A heading over a few lines or a table: not in the contents.
    Minor,
}

/// A heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// Its words.
    pub text: String,
    /// Chapter, section or minor.
    pub rank: Rank,
}

/// A paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// Its words.
    pub text: String,
    /// How it reads.
    pub tone: Tone,
}

/// How a paragraph reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Running text.
    Body,
    /// A note beside the content: a caption, a legend, "Not yet defined".
    Note,
    /// Emphasised: a name to sign under, a key statement.
    Strong,
}

/// Paper sizes, chosen at export (every renderer lays pages out on it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    /// 210 × 297 mm.
    A4,
    /// 8.5 × 11 in.
    Letter,
}

impl Paper {
    /// Width and height in points, portrait.
    pub fn size(self) -> (f64, f64) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

/// Which way a page is turned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Orientation {
    /// Taller than wide.
    Portrait,
    /// Wider than tall: timelines and wide tables.
    Landscape,
}

/// A table: a header row (repeated on every page it spans) and rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The columns, left to right.
    pub columns: Vec<Column>,
    /// The rows, one text per column.
    pub rows: Vec<Vec<String>>,
}

/// A column of a table.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// Its header.
    pub title: String,
    /// Its share of the width (relative to the other columns): a hint.
    pub weight: f64,
    /// Where its text sits in the cell.
    pub align: Align,
}

/// Where text sits in a table cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// At the start (left): words.
    Start,
    /// At the end (right): numbers, so their digits line up.
    End,
}

impl Column {
    /// A column of words with a header and a relative width.
    pub fn new(title: &str, weight: f64) -> Column {
        Column {
            title: title.to_owned(),
            weight,
            align: Align::Start,
        }
    }

    /// A column of numbers (levels, counts, percentages): right-aligned.
    pub fn number(title: &str, weight: f64) -> Column {
        Column {
            align: Align::End,
            ..Column::new(title, weight)
        }
    }
}

/// A chart with its caption.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The chart's geometry (its title and description are its text
    /// alternative).
    pub chart: Chart,
    /// What the reader should know to read it, printed under it.
    pub caption: Option<String>,
}

/// An approver's signature block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// "Margit Okafor, Chief Information Officer".
    pub name: String,
    /// "Approved on 20 Mar 2026" when the approver has approved.
    pub approved: Option<String>,
}

/// Blocks being written, with the few rules every document shares (an empty
/// list or table says so).
#[derive(Debug, Default)]
pub struct Body {
    /// The blocks so far.
    pub blocks: Vec<Block>,
}

/// What a document says where something has not been written yet.
pub const NOT_YET_DEFINED: &str = "Not yet defined.";

impl Body {
    /// A heading.
    pub fn heading(&mut self, text: impl Into<String>, rank: Rank) {
        self.blocks.push(Block::Heading(Heading {
            text: text.into(),
            rank,
        }));
    }

    /// A paragraph.
    pub fn paragraph(&mut self, text: impl Into<String>, tone: Tone) {
        self.blocks.push(Block::Paragraph(Paragraph {
            text: text.into(),
            tone,
        }));
    }

    /// A paragraph of running text, or "Not yet defined." when `text` is blank.
    pub fn text_or_missing(&mut self, text: &str) {
        if text.trim().is_empty() {
            self.paragraph(NOT_YET_DEFINED, Tone::Note);
        } else {
            self.paragraph(text, Tone::Body);
        }
    }

    /// A bulleted list, or "Not yet defined." when empty.
    pub fn bullets(&mut self, items: &[String]) {
        if items.is_empty() {
            self.paragraph(NOT_YET_DEFINED, Tone::Note);
        } else {
            self.blocks.push(Block::Bullets(items.to_vec()));
        }
    }

    /// A numbered list, or "Not yet defined." when empty.
    pub fn numbered(&mut self, items: &[String]) {
        if items.is_empty() {
            self.paragraph(NOT_YET_DEFINED, Tone::Note);
        } else {
            self.blocks.push(Block::Numbered(items.to_vec()));
        }
    }

    /// Label/text pairs.
    pub fn facts(&mut self, pairs: &[(&str, String)]) {
        self.blocks.push(Block::Facts(
            pairs
                .iter()
                .map(|(label, text)| Fact::new(label, text.clone()))
                .collect(),
        ));
    }

    /// A table, or "Not yet defined." when it has no rows.
    pub fn table(&mut self, columns: Vec<Column>, rows: Vec<Vec<String>>) {
        if rows.is_empty() {
            self.paragraph(NOT_YET_DEFINED, Tone::Note);
        } else {
            self.blocks.push(Block::Table(Table { columns, rows }));
        }
    }

    /// A chart with an optional caption.
    pub fn figure(&mut self, chart: Chart, caption: Option<&str>) {
        self.blocks.push(Block::Figure(Figure {
            chart,
            caption: caption.map(str::to_owned),
        }));
    }

    /// What follows starts on a fresh page.
    pub fn new_page(&mut self, orientation: Orientation) {
        self.blocks.push(Block::NewPage(orientation));
    }

    /// Blocks written by `write`, kept on one page when they fit on one.
    pub fn together(&mut self, write: impl FnOnce(&mut Body)) {
        let mut inner = Body::default();
        write(&mut inner);
        self.blocks.push(Block::Together(inner.blocks));
    }

    /// A signature block.
    pub fn signature(&mut self, name: String, approved: Option<String>) {
        self.blocks
            .push(Block::Signature(Signature { name, approved }));
    }
}
