//! The three documents and what they share: the cover, the contents page with
//! page numbers, and the finishing (header, footer, metadata, outline).

pub mod assessment;
mod charter;
mod roadmap;

use chrono::{DateTime, Utc};
use smo_chart::palette::{INK, MUTED, WHITE};
use smo_core::{DateStyle, Document, Workshop};

use crate::assemble::{assemble, Meta};
use crate::fonts::{Face, Fonts};
use crate::layout::{Chrome, Column, Mark, Orientation, Paper, Style, Writer, BRAND};

pub use assessment::assessment_report;
pub use charter::charter;
pub use roadmap::roadmap;

/// How to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportOptions {
    /// A4 or US Letter.
    pub paper: Paper,
    /// The export time: printed on the documents and stored in their metadata.
    pub at: DateTime<Utc>,
    /// How days are written (the same style as the app's screens).
    pub dates: DateStyle,
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
}

impl From<Document> for Export {
    fn from(d: Document) -> Export {
        match d {
            Document::Charter => Export::Charter,
            Document::Roadmap => Export::Roadmap,
            Document::Assessment => Export::Assessment,
        }
    }
}

impl Export {
    /// All three, in the order they are usually read.
    pub const ALL: [Export; 3] = [Export::Assessment, Export::Charter, Export::Roadmap];

    /// The document's name on its cover.
    pub fn title(self) -> &'static str {
        match self {
            Export::Charter => "SMO Charter",
            Export::Roadmap => "Improvement Roadmap",
            Export::Assessment => "Maturity Assessment Report",
        }
    }

    /// A file name for it: "Harbourline Logistics – SMO Charter.pdf".
    pub fn file_name(self, organisation: &str) -> String {
        let org = smo_core::portable::safe_file_name(organisation);
        if org.is_empty() {
            format!("{}.pdf", self.title())
        } else {
            format!("{org} – {}.pdf", self.title())
        }
    }

    /// Builds the document.
    pub fn build(self, workshop: &Workshop, options: &ExportOptions) -> Result<Pdf, PdfError> {
        match self {
            Export::Charter => charter(workshop, options),
            Export::Roadmap => roadmap(workshop, options),
            Export::Assessment => assessment_report(workshop, options),
        }
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

/// What the cover shows.
pub(crate) struct Cover<'a> {
    pub kind: Export,
    pub workshop: &'a Workshop,
    pub facts: Vec<(&'static str, String)>,
}

const CONTENTS_PER_PAGE: usize = 32;

/// Lays out a document: cover, contents (as many pages as its entries need),
/// then `body`, then the running header and footer; and assembles the file.
pub(crate) fn build(
    cover: &Cover<'_>,
    options: &ExportOptions,
    subject: &str,
    body: impl Fn(&mut Writer<'_>),
) -> Result<Pdf, PdfError> {
    let fonts = Fonts::load().map_err(PdfError::Fonts)?;
    let mut reserve = 1;
    loop {
        let mut w = Writer::new(&fonts, options.paper);
        draw_cover(&mut w, cover, options);
        for _ in 0..reserve {
            w.new_page(Orientation::Portrait, Chrome::HeaderAndFooter);
        }
        w.new_page(Orientation::Portrait, Chrome::HeaderAndFooter);
        body(&mut w);
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
        let set_up = &cover.workshop.set_up;
        let title = format!("{} · {}", cover.kind.title(), set_up.organisation);
        w.finish_chrome(
            &title,
            &set_up.title,
            &format!("Exported {}", options.dates.day(options.at.date_naive())),
        );
        let mut warnings = Vec::new();
        if !w.missing.is_empty() {
            let chars: String = w.missing.iter().collect();
            warnings.push(format!(
                "{} character(s) no embedded typeface has: emoji are left out, others print as □: {chars}",
                w.missing.len()
            ));
        }
        let pages = w.pages.len();
        let author = if set_up.facilitator.trim().is_empty() {
            "SMO Workbench".to_owned()
        } else {
            set_up.facilitator.clone()
        };
        let bytes = assemble(
            &fonts,
            std::mem::take(&mut w.pages),
            &outline,
            &Meta {
                title: &format!("{} – {}", cover.kind.title(), set_up.organisation),
                author: &author,
                subject,
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

/// The language every document is written in.
pub const LANGUAGE: &str = "en-GB";

/// The workshop's participants as a table: name, role, area.
pub(crate) fn participants(w: &mut Writer<'_>, workshop: &Workshop) {
    let people: Vec<Vec<String>> = workshop
        .participants
        .iter()
        .map(|p| vec![p.name.clone(), p.role.clone(), p.area.clone()])
        .collect();
    w.table(
        &[
            Column::new("Name", 2.0),
            Column::new("Role", 2.5),
            Column::new("Area", 1.5),
        ],
        &people,
    );
}

fn draw_cover(w: &mut Writer<'_>, cover: &Cover<'_>, options: &ExportOptions) {
    w.new_page(Orientation::Portrait, Chrome::Bare);
    let set_up = &cover.workshop.set_up;
    let left = w.left();
    let width = w.content_width();
    let page_w = w.canvas().width;
    w.canvas().fill_rect(0.0, 0.0, page_w, 300.0, BRAND);
    let kind = Style {
        face: Face::Bold,
        size: 11.0,
        color: Rgb(0xc9, 0xdb, 0xee),
    };
    w.canvas()
        .text(left, 96.0, &cover.kind.title().to_uppercase(), kind);
    let title_style = Style {
        face: Face::Bold,
        size: 28.0,
        color: WHITE,
    };
    let mut y = 140.0;
    let lines = w.wrap(&set_up.organisation, title_style, width);
    for line in lines.iter().take(3) {
        w.canvas().text(left, y, line, title_style);
        y += title_style.leading();
    }
    let sub = Style {
        face: Face::Regular,
        size: 14.0,
        color: Rgb(0xe6, 0xee, 0xf7),
    };
    let lines = w.wrap(&set_up.title, sub, width);
    for line in lines.iter().take(3) {
        w.canvas().text(left, y + 4.0, line, sub);
        y += sub.leading();
    }
    w.set_y(340.0);
    let mut facts = vec![
        (
            "Workshop",
            options.dates.range(set_up.start_date, set_up.end_date),
        ),
        ("Sponsor", set_up.sponsor.clone()),
        ("Facilitator", set_up.facilitator.clone()),
    ];
    facts.extend(cover.facts.iter().cloned());
    facts.push(("Exported", options.dates.day(options.at.date_naive())));
    w.facts(&facts);
    let h = w.canvas().height;
    w.canvas().text(
        left,
        h - 60.0,
        "Prepared with SMO Workbench",
        Style {
            face: Face::Italic,
            size: 8.5,
            color: MUTED,
        },
    );
}

use smo_chart::Rgb;

fn draw_contents(w: &mut Writer<'_>, marks: &[Mark], pages: usize) {
    let fonts = w.fonts();
    let mut missing = std::mem::take(&mut w.missing);
    for p in 0..pages {
        let Some(page) = w.pages.get_mut(1 + p) else {
            continue;
        };
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
