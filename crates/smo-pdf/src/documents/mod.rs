//! The PDF renderer: a `smo-doc` tree drawn as a PDF, with what every
//! document shares: the cover, the contents page with page numbers, and the
//! finishing (header, footer, metadata, outline).

use chrono::{DateTime, Utc};
use smo_chart::palette::{INK, MUTED, WHITE};
use smo_chart::Rgb;
use smo_core::logo::Logo;
use smo_core::{DateStyle, Document, Workshop};
use smo_doc::{Block, Doc, DocOptions, Rank, Signature, Tone, LANGUAGE};

use crate::assemble::{assemble, Meta};
use crate::fonts::{Face, Fonts};
use crate::layout::{
    Chrome, Mark, Marked, Marker, Orientation, Paper, Role, Style, Writer, BRAND, RULE,
};

/// How to export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportOptions {
    /// A4 or US Letter.
    pub paper: Paper,
    /// The export time: printed on the documents and stored in their metadata.
    pub at: DateTime<Utc>,
    /// How days are written (the same style as the app's screens).
    pub dates: DateStyle,
    /// The client's logo for the cover, if one is kept.
    pub logo: Option<Logo>,
}

/// Which document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Export {
    /// The SMO charter.
    Charter,
    /// The improvement roadmap.
    Roadmap,
    /// The assessment report.
    Assessment,
    /// The steering committee's progress report.
    Steering,
}

impl From<Document> for Export {
    fn from(d: Document) -> Export {
        match d {
            Document::Charter => Export::Charter,
            Document::Roadmap => Export::Roadmap,
            Document::Assessment => Export::Assessment,
            Document::Steering => Export::Steering,
        }
    }
}

impl Export {
    /// All four, in the order they are usually read.
    pub const ALL: [Export; 4] = [
        Export::Assessment,
        Export::Charter,
        Export::Roadmap,
        Export::Steering,
    ];

    /// Which document it is.
    pub fn document(self) -> Document {
        match self {
            Export::Charter => Document::Charter,
            Export::Roadmap => Document::Roadmap,
            Export::Assessment => Document::Assessment,
            Export::Steering => Document::Steering,
        }
    }

    /// The document's name on its cover.
    pub fn title(self) -> &'static str {
        smo_doc::title(self.document())
    }

    /// A file name for it: "Harbourline Logistics – SMO Charter.pdf".
    pub fn file_name(self, organisation: &str) -> String {
        smo_core::export_file_name(organisation, self.title(), "pdf")
    }

    /// Builds the document and draws it.
    pub fn build(self, workshop: &Workshop, options: &ExportOptions) -> Result<Pdf, PdfError> {
        let doc = smo_doc::build(
            self.document(),
            workshop,
            &DocOptions {
                at: options.at,
                dates: options.dates,
            },
        );
        render(&doc, options)
    }
}

/// A finished document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pdf {
    /// The file.
    pub bytes: Vec<u8>,
    /// How many pages it has.
    pub pages: usize,
    /// What the reader should know, e.g. characters the typeface lacks.
    pub warnings: Vec<String>,
}

/// Why a document could not be made. Content never causes one: any workshop
/// gives a valid PDF.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    /// The embedded typeface could not be read (a defect of the build).
    #[error("The PDF typeface cannot be loaded: {0}")]
    Fonts(String),
}

const CONTENTS_PER_PAGE: usize = 32;

/// Lays out `doc`: cover, contents (as many pages as its entries need),
/// the body, then the running header and footer; and assembles the file.
pub fn render(doc: &Doc, options: &ExportOptions) -> Result<Pdf, PdfError> {
    let fonts = Fonts::load().map_err(PdfError::Fonts)?;
    let mut warnings = Vec::new();
    let logo = match options.logo.as_ref().map(crate::logo::decode) {
        Some(Ok(image)) => Some(image),
        Some(Err(why)) => {
            warnings.push(format!("The logo cannot be read and is left out: {why}"));
            None
        }
        None => None,
    };
    let mut reserve = 1;
    loop {
        let mut w = Writer::new(&fonts, options.paper);
        draw_cover(&mut w, doc, logo.as_ref());
        for _ in 0..reserve {
            w.new_page(Orientation::Portrait, Chrome::HeaderAndFooter);
        }
        w.new_page(Orientation::Portrait, Chrome::HeaderAndFooter);
        draw_blocks(&mut w, &doc.body);
        let needed = w.marks.len().div_ceil(CONTENTS_PER_PAGE).max(1);
        if needed > reserve {
            reserve = needed;
            continue;
        }
        let marks = w.marks.clone();
        draw_contents(&mut w, &marks, reserve);
        let mut outline = vec![Mark {
            title: "Contents".into(),
            page: 1,
            level: 1,
        }];
        outline.extend(marks);
        w.finish_chrome(
            &format!("{} · {}", doc.title, doc.organisation),
            &doc.workshop_title,
            &format!("{} · Exported {}", doc.classification, doc.exported),
        );
        if !w.missing.is_empty() {
            let chars: String = w.missing.iter().collect();
            warnings.push(format!(
                "{} character(s) no embedded typeface has: emoji are left out, others print as □: {chars}",
                w.missing.len()
            ));
        }
        let tags = std::mem::take(&mut w.tags);
        let drawn = std::mem::take(&mut w.pages);
        let pages = drawn.len();
        let bytes = assemble(
            fonts,
            drawn,
            &tags,
            logo.as_ref().map(|image| (LOGO_ID, image)),
            &outline,
            &Meta {
                title: &format!("{} – {}", doc.title, doc.organisation),
                author: &doc.author,
                subject: doc.subject,
                at: options.at,
                language: LANGUAGE,
            },
        );
        return Ok(Pdf {
            bytes,
            pages,
            warnings,
        });
    }
}

/// Draws `blocks` in order from the cursor on, each as a structure element
/// of the tagged PDF.
fn draw_blocks(w: &mut Writer<'_>, blocks: &[Block]) {
    // A group's height measured for the heading before it (the index of the
    // group and its height on one page, if it fits on one), so the group is
    // not laid out on a trial page twice.
    let mut measured: Option<(usize, Option<f64>)> = None;
    for (n, block) in blocks.iter().enumerate() {
        match block {
            Block::Heading(h) => {
                // Kept with what follows when that is a group kept whole:
                // the heading moves with it rather than stay at a page's foot.
                if let Some(Block::Together(next)) = blocks.get(n + 1) {
                    let heading = height_on_one_page(w, std::slice::from_ref(block));
                    let group = height_on_one_page(w, next);
                    measured = Some((n + 1, group));
                    if let (Some(a), Some(b)) = (heading, group) {
                        w.ensure(a + b);
                    }
                }
                let (role, level) = match h.rank {
                    Rank::Chapter => (Role::H1, 1),
                    Rank::Section => (Role::H2, 2),
                    Rank::Minor => (Role::H3, 3),
                };
                w.begin(role, None);
                w.heading(&h.text, level);
            }
            Block::Paragraph(p) => {
                w.begin(Role::P, None);
                w.paragraph(&p.text, style(p.tone));
            }
            Block::Bullets(items) => {
                w.begin(Role::L, None);
                w.list(items, Marker::Bullet);
            }
            Block::Numbered(items) => {
                w.begin(Role::L, None);
                w.list(items, Marker::Number);
            }
            Block::Facts(facts) => {
                w.begin(Role::Div, None);
                w.facts(facts);
            }
            Block::Table(t) => {
                w.begin(Role::Table, None);
                w.table(&t.columns, &t.rows);
            }
            Block::Figure(f) => {
                let alt = format!("{}. {}", f.chart.title, f.chart.description);
                w.begin(Role::Figure, Some(alt));
                w.figure(&f.chart);
                if let Some(caption) = &f.caption {
                    w.begin(Role::Caption, None);
                    w.paragraph(caption, Style::NOTE);
                }
            }
            Block::Signature(s) => {
                w.begin(Role::P, None);
                signature(w, s);
            }
            Block::Together(inner) => {
                // Measured in the same orientation as now: drawing a heading
                // never turns the page.
                let height = match measured.take() {
                    Some((at, height)) if at == n => height,
                    _ => height_on_one_page(w, inner),
                };
                if let Some(height) = height {
                    w.ensure(height);
                }
                draw_blocks(w, inner);
            }
            Block::NewPage(orientation) => w.turn_page(*orientation),
        }
        w.end();
    }
}

/// How tall `blocks` are when drawn from the top of a fresh page like the
/// current one, or `None` when they take more than one page.
fn height_on_one_page(w: &Writer<'_>, blocks: &[Block]) -> Option<f64> {
    let mut trial = Writer::new(w.fonts(), w.paper());
    trial.new_page(w.orientation(), Chrome::HeaderAndFooter);
    // Not at the very top, so that the space above a heading counts as it
    // will in the flow.
    trial.space(1.0);
    let top = trial.y();
    draw_blocks(&mut trial, blocks);
    (trial.pages.len() == 1).then(|| trial.y() - top)
}

/// The style a paragraph of `tone` is set in.
fn style(tone: Tone) -> Style {
    match tone {
        Tone::Body => Style::BODY,
        Tone::Note => Style::NOTE,
        Tone::Strong => Style::BODY.with_face(Face::Bold),
    }
}

/// An approver's name, role and two lines (signature, date), kept together.
fn signature(w: &mut Writer<'_>, s: &Signature) {
    w.ensure(70.0);
    w.space(12.0);
    w.paragraph(&s.name, style(Tone::Strong));
    let y = w.y() + 28.0;
    let left = w.left();
    let width = w.content_width();
    let sig = width * 0.6;
    w.canvas().line((left, y), (left + sig, y), RULE, 0.8, None);
    w.canvas()
        .line((left + sig + 24.0, y), (left + width, y), RULE, 0.8, None);
    let label = Style::NOTE;
    w.canvas().text(left, y + 11.0, "Signature", label);
    w.canvas().text(left + sig + 24.0, y + 11.0, "Date", label);
    if let Some(said) = &s.approved {
        // Said on the line where the date would be signed.
        w.canvas()
            .text(left + sig + 24.0, y - 4.0, said, Style::BODY);
    }
    w.set_y(y + 20.0);
}

/// The name the logo's image goes by in the file.
const LOGO_ID: &str = "Logo";

fn draw_cover(w: &mut Writer<'_>, doc: &Doc, logo: Option<&printpdf::RawImage>) {
    w.new_page(Orientation::Portrait, Chrome::Bare);
    let left = w.left();
    let width = w.content_width();
    let page_w = w.canvas().width;
    w.canvas().fill_rect(0.0, 0.0, page_w, 300.0, BRAND);
    if let Some(image) = logo {
        // On a white plate at the band's top right, at most 150 × 52 points.
        let scale = (150.0 / image.width as f64).min(52.0 / image.height as f64);
        let (lw, lh) = (image.width as f64 * scale, image.height as f64 * scale);
        let (pad, top) = (10.0, 40.0);
        let right = page_w - w.left();
        w.canvas().fill_rect(
            right - lw - 2.0 * pad,
            top,
            lw + 2.0 * pad,
            lh + 2.0 * pad,
            WHITE,
        );
        w.begin(Role::Figure, Some(format!("{}'s logo", doc.organisation)));
        w.canvas().image(
            LOGO_ID,
            image.width,
            (right - lw - pad, top + pad),
            (lw, lh),
        );
        w.end();
    }
    w.begin(Role::P, None);

    let kind = Style {
        face: Face::Bold,
        size: 11.0,
        color: Rgb(0xc9, 0xdb, 0xee),
    };
    w.canvas().text(left, 96.0, &doc.title.to_uppercase(), kind);
    let title_style = Style {
        face: Face::Bold,
        size: 28.0,
        color: WHITE,
    };
    let mut y = 140.0;
    let lines = w.wrap(&doc.organisation, title_style, width);
    for line in lines.iter().take(3) {
        w.canvas().text(left, y, line, title_style);
        y += title_style.leading();
    }
    let sub = Style {
        face: Face::Regular,
        size: 14.0,
        color: Rgb(0xe6, 0xee, 0xf7),
    };
    let lines = w.wrap(&doc.workshop_title, sub, width);
    for line in lines.iter().take(3) {
        w.canvas().text(left, y + 4.0, line, sub);
        y += sub.leading();
    }
    w.set_y(340.0);
    w.facts(&doc.cover);
    let h = w.canvas().height;
    let foot = Style {
        face: Face::Italic,
        size: 8.5,
        color: MUTED,
    };
    let prepared = w.fit_line(&doc.prepared, foot, width);
    w.canvas().text(left, h - 74.0, &prepared, foot);
    let classification = w.fit_line(
        &doc.classification,
        Style::BODY.with_face(Face::Bold),
        width,
    );
    w.canvas().text(
        left,
        h - 58.0,
        &classification,
        Style::BODY.with_face(Face::Bold),
    );
    w.end();
}

fn draw_contents(w: &mut Writer<'_>, marks: &[Mark], pages: usize) {
    let fonts = w.fonts();
    let toc = w.begin(Role::TOC, None);
    w.end();
    let mut missing = std::mem::take(&mut w.missing);
    for p in 0..pages {
        let Some(page) = w.pages.get_mut(1 + p) else {
            continue;
        };
        page.want = Marked::Element(toc);
        let width = page.width;
        let left = 56.0;
        let right = width - 56.0;
        let mut y = 70.0;
        if p == 0 {
            page.text(
                left,
                y + 17.0,
                "Contents",
                Style {
                    face: Face::Bold,
                    size: 17.0,
                    color: BRAND,
                },
            );
            y += 40.0;
        }
        for m in marks
            .iter()
            .skip(p * CONTENTS_PER_PAGE)
            .take(CONTENTS_PER_PAGE)
        {
            let style = if m.level == 1 {
                Style {
                    face: Face::Bold,
                    size: 10.5,
                    color: INK,
                }
            } else {
                Style::BODY
            };
            let indent = if m.level == 1 { 0.0 } else { 14.0 };
            let number = (m.page + 1).to_string();
            let nw = fonts.width(style.face, style.size, &number);
            let title = fonts.printable(style.face, &m.title, &mut missing);
            let title = fonts.fit(
                style.face,
                style.size,
                &title,
                right - left - indent - nw - 24.0,
            );
            let tw = fonts.width(style.face, style.size, &title);
            page.text(left + indent, y + style.size, &title, style);
            page.text(right - nw, y + style.size, &number, style);
            // Dot leaders between the title and the page number.
            let dots_from = left + indent + tw + 6.0;
            let dots_to = right - nw - 6.0;
            if dots_to > dots_from {
                let pair_w = fonts.width(Face::Regular, 9.0, ". ").max(0.1);
                let n = ((dots_to - dots_from) / pair_w).floor() as usize;
                let dots: String = std::iter::repeat_n(". ", n).collect::<String>();
                let dots = dots.trim_end();
                let dw = fonts.width(Face::Regular, 9.0, dots);
                page.text(
                    dots_to - dw,
                    y + style.size,
                    dots,
                    Style {
                        face: Face::Regular,
                        size: 9.0,
                        color: MUTED,
                    },
                );
            }
            y += if m.level == 1 { 19.0 } else { 15.5 };
        }
    }
    w.missing = missing;
}
