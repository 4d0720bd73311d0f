//! Our layout layer over printpdf: text measured with the font's own metrics
//! and wrapped, paragraphs and table rows that break across pages cleanly,
//! table headers repeated on every page, charts placed as vectors, and a
//! running header and footer ("Page n of N") added once the page count is known.
//!
//! Coordinates here are points from the top-left corner of the page, y down,
//! like the chart geometry; [`Canvas`] flips them into PDF space. Nothing is
//! ever placed outside the margins: text too wide for its box is wrapped, a
//! word too long for a line is broken, and a table row taller than a page is
//! split line by line.

use std::collections::BTreeSet;

use printpdf::{
    Color, Line, LineDashPattern, LinePoint, Op, PaintMode, PdfFontHandle, Point, Polygon,
    PolygonRing, Pt, Rect, TextItem, WindingOrder,
};
use smo_chart::palette::{INK, MUTED};
use smo_chart::{Chart, Rgb};

use crate::draw::draw_chart;
use crate::fonts::{Face, Fonts};

pub use smo_doc::Paper;

/// Light lines and fills used by tables and rules.
pub const RULE: Rgb = Rgb(0xd5, 0xdb, 0xe3);
/// The tint behind table headers.
pub const HEADER_FILL: Rgb = Rgb(0xe9, 0xee, 0xf4);
pub use smo_chart::palette::BRAND;

const MARGIN_X: f64 = 56.0;
const MARGIN_TOP: f64 = 70.0;
const MARGIN_BOTTOM: f64 = 64.0;

/// How a run of text is set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    /// Face.
    pub face: Face,
    /// Size in points.
    pub size: f64,
    /// Colour.
    pub color: Rgb,
}

impl Style {
    /// Body text.
    pub const BODY: Style = Style {
        face: Face::Regular,
        size: 10.0,
        color: INK,
    };
    /// Small print in tables.
    pub const SMALL: Style = Style {
        face: Face::Regular,
        size: 8.5,
        color: INK,
    };
    /// A note.
    pub const NOTE: Style = Style {
        face: Face::Italic,
        size: 9.0,
        color: MUTED,
    };

    /// The distance between baselines.
    pub fn leading(self) -> f64 {
        self.size * 1.38
    }

    /// The same style in another face.
    pub fn with_face(self, face: Face) -> Style {
        Style { face, ..self }
    }
}

pub use smo_doc::{Align, Column, Fact, Orientation};

/// Where a line `width` wide starts in `column`'s cell at `x`, `cw` wide.
fn line_x(column: &Column, x: f64, cw: f64, pad: f64, width: f64) -> f64 {
    match column.align {
        Align::Start => x + pad,
        Align::End => x + cw - pad - width,
    }
}

/// Drawing on one page, in top-left coordinates.
pub struct Canvas {
    /// Width in points.
    pub width: f64,
    /// Height in points.
    pub height: f64,
    /// printpdf operations.
    pub ops: Vec<Op>,
    /// Whether the running header and footer go on this page.
    pub chrome: Chrome,
    /// What the next drawing belongs to (set by the [`Writer`]).
    pub want: Marked,
    /// The marked-content sequence open in `ops`.
    open: Marked,
    /// The structure element of each marked-content id on this page, in
    /// id order (ids count from 0).
    pub marked: Vec<usize>,
    /// The fill colour and font `ops` leave set, outside any saved state.
    pen: Pen,
}

/// The parts of the graphics state a text or a fill sets, as the page's
/// operations leave them: a text in the colour and font already set sets
/// neither again. Lines and polygons set theirs inside a saved state
/// (`q` … `Q`), which leaves these as they were.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Pen {
    /// The fill colour (text is filled), if one is set.
    fill: Option<Rgb>,
    /// The font and its size, if one is set.
    font: Option<(Face, f64)>,
}

/// What drawing on a page belongs to, for the tagged PDF's structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marked {
    /// Nothing open yet.
    Nothing,
    /// Page furniture a reader skips: running header and footer, rules.
    Artifact,
    /// The structure element with this index in [`Writer::tags`].
    Element(usize),
}

/// The standard structure types the documents use (PDF 1.7, 14.8.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The cover's words, a paragraph, a signature.
    P,
    /// A chapter's heading.
    H1,
    /// A section's heading.
    H2,
    /// A minor heading.
    H3,
    /// Label/text pairs.
    Div,
    /// A list.
    L,
    /// One of its items.
    LI,
    /// A table.
    Table,
    /// One of its rows.
    TR,
    /// A header cell.
    TH,
    /// A data cell.
    TD,
    /// A chart or the logo (with its text alternative).
    Figure,
    /// The words under a figure.
    Caption,
    /// The contents.
    TOC,
}

impl Role {
    /// Its name in the file.
    pub const fn name(self) -> &'static str {
        match self {
            Role::P => "P",
            Role::H1 => "H1",
            Role::H2 => "H2",
            Role::H3 => "H3",
            Role::Div => "Div",
            Role::L => "L",
            Role::LI => "LI",
            Role::Table => "Table",
            Role::TR => "TR",
            Role::TH => "TH",
            Role::TD => "TD",
            Role::Figure => "Figure",
            Role::Caption => "Caption",
            Role::TOC => "TOC",
        }
    }
}

/// A structure element of the tagged PDF: its role and, for a figure, its
/// text alternative.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    /// Its structure type.
    pub role: Role,
    /// What a figure shows, for readers who cannot see it.
    pub alt: Option<String>,
    /// The element it is part of (a cell's row, a row's table); `None` for
    /// a block of the document.
    pub parent: Option<usize>,
}

/// What marks each item of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    /// A bullet: items in no particular order.
    Bullet,
    /// 1., 2., 3.: items in order of importance.
    Number,
}

/// Whether a page carries the running header and footer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chrome {
    /// The cover: nothing but its own design.
    Bare,
    /// Every other page: title and organisation above, "Page n of N" below.
    HeaderAndFooter,
}

/// `v` rounded to `places` decimals, which is how the file writes it: every
/// number is written in full (`0.11372549` for 29/255), and most of a page's
/// bytes are numbers.
fn rounded(v: f64, places: i32) -> f32 {
    let scale = 10f64.powi(places);
    ((v * scale).round() / scale) as f32
}

/// A colour as the file writes it: three decimals give back each channel's
/// byte exactly (the error, at most 0.0005 × 255, is under half a step).
fn color(c: Rgb) -> Color {
    let channel = |v: u8| rounded(f64::from(v) / 255.0, 3);
    Color::Rgb(printpdf::Rgb {
        r: channel(c.0),
        g: channel(c.1),
        b: channel(c.2),
        icc_profile: None,
    })
}

/// A length or a position as the file writes it: to a hundredth of a point
/// (3.5 µm).
fn pt(v: f64) -> Pt {
    Pt(rounded(v, 2))
}

impl Canvas {
    /// Opens the marked-content sequence of what is wanted now, closing the
    /// one before if it belongs to something else.
    fn enter(&mut self) {
        if self.open == self.want {
            return;
        }
        if self.open != Marked::Nothing {
            self.ops.push(Op::EndMarkedContent);
        }
        match self.want {
            Marked::Nothing => {}
            Marked::Artifact => self.ops.push(Op::BeginMarkedContent {
                tag: "Artifact".to_owned(),
            }),
            Marked::Element(element) => {
                let mcid = self.marked.len();
                self.marked.push(element);
                self.ops.push(Op::BeginMarkedContentWithProperties {
                    tag: "Span".to_owned(),
                    properties: printpdf::DictItem::Dict {
                        map: [("MCID".to_owned(), printpdf::DictItem::Int(mcid as i64))].into(),
                    },
                });
            }
        }
        self.open = self.want;
    }

    /// Closes the marked-content sequence still open at the page's end.
    pub fn close_marked(&mut self) {
        if self.open != Marked::Nothing {
            self.ops.push(Op::EndMarkedContent);
            self.open = Marked::Nothing;
        }
    }

    fn point(&self, x: f64, y: f64) -> Point {
        Point {
            x: pt(x),
            y: pt(self.height - y),
        }
    }

    /// Sets the fill colour, unless it is set already.
    fn fill(&mut self, fill: Rgb) {
        if self.pen.fill != Some(fill) {
            self.ops.push(Op::SetFillColor { col: color(fill) });
            self.pen.fill = Some(fill);
        }
    }

    /// One line of printable text with its baseline at `y`.
    pub fn text(&mut self, x: f64, y: f64, text: &str, style: Style) {
        if text.is_empty() {
            return;
        }
        self.enter();
        self.ops.push(Op::StartTextSection);
        self.fill(style.color);
        // The font is text state, which `ET` keeps (ISO 32000-1, 9.3.1).
        if self.pen.font != Some((style.face, style.size)) {
            self.ops.push(Op::SetFont {
                font: PdfFontHandle::External(Fonts::id(style.face)),
                size: pt(style.size),
            });
            self.pen.font = Some((style.face, style.size));
        }
        self.ops.extend([
            Op::SetTextCursor {
                pos: self.point(x, y),
            },
            Op::ShowText {
                items: vec![TextItem::Text(text.to_owned())],
            },
            Op::EndTextSection,
        ]);
    }

    /// The image registered as `id` (an image `px_width` pixels wide), drawn
    /// `w` points wide with its top-left corner at (`x`, `y`).
    pub fn image(&mut self, id: &str, px_width: usize, (x, y): (f64, f64), (w, h): (f64, f64)) {
        self.enter();
        self.ops.push(Op::UseXobject {
            id: printpdf::XObjectId(id.to_owned()),
            transform: printpdf::XObjectTransform {
                translate_x: Some(pt(x)),
                translate_y: Some(pt(self.height - y - h)),
                dpi: Some((72.0 * px_width as f64 / w.max(0.01)) as f32),
                ..Default::default()
            },
        });
    }

    /// A filled rectangle, top-left at (`x`, `y`).
    pub fn fill_rect(&mut self, x: f64, y: f64, w: f64, h: f64, fill: Rgb) {
        self.enter();
        self.fill(fill);
        self.ops.push(Op::DrawRectangle {
            rectangle: Rect {
                x: pt(x),
                y: pt(self.height - y - h),
                width: pt(w),
                height: pt(h),
                mode: Some(PaintMode::Fill),
                winding_order: Some(WindingOrder::NonZero),
            },
        });
    }

    /// A straight line.
    pub fn line(
        &mut self,
        from: (f64, f64),
        to: (f64, f64),
        stroke: Rgb,
        width: f64,
        dash: Option<f64>,
    ) {
        self.enter();
        self.ops.push(Op::SaveGraphicsState);
        self.ops.extend([
            Op::SetOutlineColor { col: color(stroke) },
            Op::SetOutlineThickness { pt: pt(width) },
        ]);
        if let Some(d) = dash {
            self.ops.push(Op::SetLineDashPattern {
                dash: LineDashPattern::new(0.0, &[d as f32, d as f32]),
            });
        }
        self.ops.push(Op::DrawLine {
            line: Line {
                points: vec![
                    LinePoint {
                        p: self.point(from.0, from.1),
                        bezier: false,
                    },
                    LinePoint {
                        p: self.point(to.0, to.1),
                        bezier: false,
                    },
                ],
                is_closed: false,
            },
        });
        self.ops.push(Op::RestoreGraphicsState);
    }

    /// A closed polygon, filled and/or outlined.
    pub fn polygon(
        &mut self,
        points: &[(f64, f64)],
        fill: Option<Rgb>,
        stroke: Option<(Rgb, f64, Option<f64>)>,
    ) {
        if points.len() < 2 {
            return;
        }
        let ring = PolygonRing {
            points: points
                .iter()
                .map(|&(x, y)| LinePoint {
                    p: self.point(x, y),
                    bezier: false,
                })
                .collect(),
        };
        self.enter();
        self.ops.push(Op::SaveGraphicsState);
        if let Some(f) = fill {
            self.ops.push(Op::SetFillColor { col: color(f) });
        }
        let mode = match (fill, stroke) {
            (Some(_), Some(_)) => PaintMode::FillStroke,
            (Some(_), None) => PaintMode::Fill,
            _ => PaintMode::Stroke,
        };
        if let Some((s, w, dash)) = stroke {
            self.ops.extend([
                Op::SetOutlineColor { col: color(s) },
                Op::SetOutlineThickness { pt: pt(w) },
            ]);
            if let Some(d) = dash {
                self.ops.push(Op::SetLineDashPattern {
                    dash: LineDashPattern::new(0.0, &[d as f32, d as f32]),
                });
            }
        }
        self.ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings: vec![ring],
                mode,
                winding_order: WindingOrder::NonZero,
            },
        });
        self.ops.push(Op::RestoreGraphicsState);
    }
}

/// An entry of the outline (and of the contents page).
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// Its title.
    pub title: String,
    /// 0-based page index.
    pub page: usize,
    /// 1 for a section, 2 for a subsection.
    pub level: u8,
}

/// Lays out a document page by page.
pub struct Writer<'f> {
    fonts: &'f Fonts,
    paper: Paper,
    /// The pages so far.
    pub pages: Vec<Canvas>,
    y: f64,
    /// Outline entries, in order.
    pub marks: Vec<Mark>,
    /// Characters the typeface lacks, replaced where they appeared.
    pub missing: BTreeSet<char>,
    /// The structure elements of the tagged PDF, in the order begun.
    pub tags: Vec<Tag>,
    /// What is being drawn now belongs to.
    current: Marked,
}

impl<'f> Writer<'f> {
    /// An empty document.
    pub fn new(fonts: &'f Fonts, paper: Paper) -> Writer<'f> {
        Writer {
            fonts,
            paper,
            pages: Vec::new(),
            y: 0.0,
            marks: Vec::new(),
            missing: BTreeSet::new(),
            tags: Vec::new(),
            current: Marked::Artifact,
        }
    }

    /// Starts a structure element: what is drawn until [`Writer::end`]
    /// belongs to it. Returns its index.
    pub fn begin(&mut self, role: Role, alt: Option<String>) -> usize {
        self.tags.push(Tag {
            role,
            alt,
            parent: None,
        });
        let element = self.tags.len() - 1;
        self.current = Marked::Element(element);
        element
    }

    /// A structure element inside `parent` (a row in a table, a cell in a
    /// row), not yet drawn into.
    fn part_of(&mut self, parent: usize, role: Role) -> usize {
        self.tags.push(Tag {
            role,
            alt: None,
            parent: Some(parent),
        });
        self.tags.len() - 1
    }

    /// What is drawn next belongs to `marked`.
    fn draw_into(&mut self, marked: Marked) {
        self.current = marked;
    }

    /// Ends the structure element begun last: what follows is page furniture
    /// until the next one begins.
    pub fn end(&mut self) {
        self.current = Marked::Artifact;
    }

    /// The fonts.
    pub fn fonts(&self) -> &'f Fonts {
        self.fonts
    }

    /// Starts a page (landscape or portrait) with or without header and footer.
    pub fn new_page(&mut self, orientation: Orientation, chrome: Chrome) {
        let (w, h) = self.paper.size();
        let (width, height) = match orientation {
            Orientation::Portrait => (w, h),
            Orientation::Landscape => (h, w),
        };
        self.pages.push(Canvas {
            width,
            height,
            ops: Vec::new(),
            chrome,
            want: self.current,
            open: Marked::Nothing,
            marked: Vec::new(),
            pen: Pen::default(),
        });
        self.y = MARGIN_TOP;
    }

    /// Continues on a fresh page of the given orientation; a page nothing has
    /// been written on yet is reused rather than left blank.
    pub fn turn_page(&mut self, orientation: Orientation) {
        let (w, h) = self.paper.size();
        let (width, height) = match orientation {
            Orientation::Portrait => (w, h),
            Orientation::Landscape => (h, w),
        };
        match self.pages.last_mut() {
            Some(last) if last.ops.is_empty() && last.chrome == Chrome::HeaderAndFooter => {
                last.width = width;
                last.height = height;
                self.y = MARGIN_TOP;
            }
            _ => self.new_page(orientation, Chrome::HeaderAndFooter),
        }
    }

    fn page(&mut self) -> &mut Canvas {
        if self.pages.is_empty() {
            self.new_page(Orientation::Portrait, Chrome::HeaderAndFooter);
        }
        let last = self.pages.len() - 1;
        let current = self.current;
        let page = &mut self.pages[last];
        page.want = current;
        page
    }

    /// The page being written, 0-based.
    pub fn page_index(&self) -> usize {
        self.pages.len().saturating_sub(1)
    }

    fn page_size(&self) -> (f64, f64) {
        self.pages
            .last()
            .map_or(self.paper.size(), |p| (p.width, p.height))
    }

    /// The width text may use.
    pub fn content_width(&self) -> f64 {
        self.page_size().0 - 2.0 * MARGIN_X
    }

    fn bottom(&self) -> f64 {
        self.page_size().1 - MARGIN_BOTTOM
    }

    /// Room left on the page.
    pub fn remaining(&self) -> f64 {
        self.bottom() - self.y
    }

    /// Breaks the page unless `height` more points fit.
    pub fn ensure(&mut self, height: f64) {
        if self.pages.is_empty() || self.y + height > self.bottom() {
            let orientation = self.orientation();
            self.new_page(orientation, Chrome::HeaderAndFooter);
        }
    }

    /// Vertical space.
    pub fn space(&mut self, h: f64) {
        self.y += h;
    }

    /// Breaks `text` into lines of at most `width` points; explicit line
    /// breaks are kept, and a word longer than a line is cut.
    pub fn wrap(&mut self, text: &str, style: Style, width: f64) -> Vec<String> {
        // The lines people typed ("\r\n", "\r" or "\n") stay lines; each is
        // made printable on its own, since a line break is not a glyph.
        let typed: Vec<String> = text
            .replace("\r\n", "\n")
            .split(['\n', '\r'])
            .map(|line| self.fonts.printable(style.face, line, &mut self.missing))
            .collect();
        let measure = |s: &str| self.fonts.width(style.face, style.size, s);
        // The line's advance so far (em), so each word is measured once: the
        // same sums, in the same order, as measuring the whole line again.
        let advance = |start: f64, s: &str| self.fonts.advance_from(style.face, start, s);
        let mut lines = Vec::new();
        for paragraph in &typed {
            let mut line = String::new();
            let mut line_em = 0.0;
            for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
                let candidate_em = if line.is_empty() {
                    advance(0.0, word)
                } else {
                    advance(advance(line_em, " "), word)
                };
                if candidate_em * style.size <= width {
                    if !line.is_empty() {
                        line.push(' ');
                    }
                    line.push_str(word);
                    line_em = candidate_em;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                // The word alone: cut it into pieces that fit.
                let mut piece = String::new();
                for c in word.chars() {
                    piece.push(c);
                    if measure(&piece) > width && piece.chars().count() > 1 {
                        piece.pop();
                        lines.push(std::mem::take(&mut piece));
                        piece.push(c);
                    }
                }
                line_em = advance(0.0, &piece);
                line = piece;
            }
            lines.push(line);
        }
        while lines.len() > 1 && lines.last().is_some_and(String::is_empty) {
            lines.pop();
        }
        lines
    }

    /// One line of text at the cursor's x offset `dx`, advancing the cursor.
    fn line_at(&mut self, dx: f64, text: &str, style: Style) {
        self.ensure(style.leading());
        let baseline = self.y + style.size;
        self.page().text(MARGIN_X + dx, baseline, text, style);
        self.y += style.leading();
    }

    /// A heading; level 1 and 2 headings go into the outline.
    pub fn heading(&mut self, text: &str, level: u8) {
        let style = match level {
            1 => Style {
                face: Face::Bold,
                size: 17.0,
                color: BRAND,
            },
            2 => Style {
                face: Face::Bold,
                size: 12.5,
                color: INK,
            },
            _ => Style {
                face: Face::Bold,
                size: 10.5,
                color: INK,
            },
        };
        let before = if level == 1 { 6.0 } else { 10.0 };
        // Keep a heading with enough of what follows (a table's header and
        // first rows, a few lines of text) never to strand it at a page's foot.
        let keep = match level {
            1 => 150.0,
            2 => 100.0,
            _ => 70.0,
        };
        self.ensure(before + style.leading() + keep);
        if self.y > MARGIN_TOP {
            self.y += before;
        }
        if level <= 2 {
            self.marks.push(Mark {
                title: text.to_owned(),
                page: self.page_index(),
                level,
            });
        }
        let width = self.content_width();
        for line in self.wrap(text, style, width) {
            self.line_at(0.0, &line, style);
        }
        if level == 1 {
            let y = self.y + 1.0;
            let w = self.content_width();
            self.page()
                .line((MARGIN_X, y), (MARGIN_X + w, y), RULE, 0.8, None);
            self.y += 8.0;
        } else {
            self.y += 2.0;
        }
    }

    /// The widest a line of running text in `style` is set: about 72
    /// characters (34 ems), so a paragraph reads comfortably; tables and
    /// charts use the full width.
    fn measure(&self, style: Style) -> f64 {
        self.content_width().min(34.0 * style.size)
    }

    /// A paragraph, wrapped to the measure and broken across pages line by line.
    /// Never leaves one line of it alone at a page's foot (an orphan) or
    /// at the next page's head (a widow): the break moves up a line.
    pub fn paragraph(&mut self, text: &str, style: Style) {
        let width = self.measure(style);
        let lines = self.wrap(text, style, width);
        let fit = (self.remaining() / style.leading()).floor().max(0.0) as usize;
        let n = lines.len();
        let break_before = match (n, fit) {
            (n, 1) if n >= 2 => Some(0),
            (n, fit) if n >= 3 && fit == n - 1 => Some(n - 2),
            _ => None,
        };
        for (k, line) in lines.iter().enumerate() {
            if break_before == Some(k) && !self.pages.is_empty() {
                let orientation = self.orientation();
                self.new_page(orientation, Chrome::HeaderAndFooter);
            }
            self.line_at(0.0, line, style);
        }
        self.y += style.size * 0.5;
    }

    /// A paragraph, or "Not yet defined" when `text` is blank.
    pub fn paragraph_or_missing(&mut self, text: &str) {
        if text.trim().is_empty() {
            self.paragraph("Not yet defined.", Style::NOTE);
        } else {
            self.paragraph(text, Style::BODY);
        }
    }

    /// A list, bulleted or numbered, or "Not yet defined" when empty.
    pub fn list(&mut self, items: &[String], marker: Marker) {
        if items.is_empty() {
            self.paragraph("Not yet defined.", Style::NOTE);
            return;
        }
        let style = Style::BODY;
        let indent = match marker {
            Marker::Bullet => 14.0,
            Marker::Number => 18.0,
        };
        let width = self.measure(style) - indent;
        // Each item is a list item of the list being drawn.
        let list = match self.current {
            Marked::Element(e) => Some(e),
            _ => None,
        };
        for (k, item) in items.iter().enumerate() {
            if let Some(l) = list {
                let li = self.part_of(l, Role::LI);
                self.draw_into(Marked::Element(li));
            }
            let lines = self.wrap(item, style, width);
            // An item of two or three lines is not split across pages.
            if lines.len() <= 3 {
                self.ensure(style.leading() * lines.len() as f64);
            }
            for (n, line) in lines.iter().enumerate() {
                if n == 0 {
                    self.ensure(style.leading());
                    let baseline = self.y + style.size;
                    let mark = match marker {
                        Marker::Bullet => "•".to_owned(),
                        Marker::Number => format!("{}.", k + 1),
                    };
                    self.page().text(MARGIN_X + 3.0, baseline, &mark, style);
                }
                self.line_at(indent, line, style);
            }
            if lines.len() > 1 {
                self.y += 2.0;
            }
        }
        if let Some(l) = list {
            self.draw_into(Marked::Element(l));
        }
        self.y += style.size * 0.5;
    }

    /// A table; the header row is repeated on every page it spans. An empty
    /// table prints "Not yet defined" instead.
    pub fn table(&mut self, columns: &[Column], rows: &[Vec<String>]) {
        if rows.is_empty() {
            self.paragraph("Not yet defined.", Style::NOTE);
            return;
        }
        let style = Style::SMALL;
        let header_style = style.with_face(Face::Bold);
        let pad_x = 4.0;
        let pad_y = 3.0;
        let widths = self.column_widths(columns, rows, style, pad_x);
        let header: Vec<Vec<String>> = columns
            .iter()
            .zip(&widths)
            .map(|(c, w)| self.wrap(&c.title, header_style, w - 2.0 * pad_x))
            .collect();
        let header_height =
            header.iter().map(Vec::len).max().unwrap_or(1) as f64 * style.leading() + 2.0 * pad_y;

        // The table's structure: a row of header cells, then a row of data
        // cells per row; a header repeated on a later page is page furniture.
        let table = match self.current {
            Marked::Element(e) => Some(e),
            _ => None,
        };
        let mut header_cells: Option<Vec<usize>> = table.map(|t| {
            let tr = self.part_of(t, Role::TR);
            columns.iter().map(|_| self.part_of(tr, Role::TH)).collect()
        });
        let draw_header = |w: &mut Writer<'_>, cells: Option<Vec<usize>>| {
            // The shading and rules are page furniture; the words are cells.
            w.draw_into(Marked::Artifact);
            let y = w.y;
            let x0 = MARGIN_X;
            let width = w.content_width();
            w.page().fill_rect(x0, y, width, header_height, HEADER_FILL);
            let mut x = x0;
            for (k, ((lines, cw), column)) in header.iter().zip(&widths).zip(columns).enumerate() {
                w.draw_into(match cells.as_ref().and_then(|c| c.get(k)) {
                    Some(&cell) => Marked::Element(cell),
                    None => Marked::Artifact,
                });
                for (n, line) in lines.iter().enumerate() {
                    let baseline = y + pad_y + style.size + n as f64 * style.leading();
                    let lw = w.fonts.width(header_style.face, header_style.size, line);
                    let lx = line_x(column, x, *cw, pad_x, lw);
                    w.page().text(lx, baseline, line, header_style);
                }
                x += cw;
            }
            w.draw_into(Marked::Artifact);
            w.y += header_height;
        };

        let wrapped: Vec<Vec<Vec<String>>> = rows
            .iter()
            .map(|row| {
                widths
                    .iter()
                    .enumerate()
                    .map(|(i, w)| {
                        let text = row.get(i).map_or("", String::as_str);
                        self.wrap(text, style, w - 2.0 * pad_x)
                    })
                    .collect()
            })
            .collect();
        let heights: Vec<f64> = wrapped
            .iter()
            .map(|cells| {
                cells.iter().map(Vec::len).max().unwrap_or(1) as f64 * style.leading() + 2.0 * pad_y
            })
            .collect();
        self.ensure(header_height + style.leading() + 2.0 * pad_y);
        let first_page_room = self.remaining() - header_height;
        let page_room = self.bottom() - MARGIN_TOP - header_height;
        let early_break = last_page_break(&heights, first_page_room, page_room, 3);
        if early_break == Some(0) {
            self.ensure(f64::MAX);
        }
        draw_header(self, header_cells.take());
        for (k, cells) in wrapped.iter().enumerate() {
            if k > 0 && early_break == Some(k) {
                self.ensure(f64::MAX);
                draw_header(self, None);
            }
            let data_cells: Option<Vec<usize>> = table.map(|t| {
                let tr = self.part_of(t, Role::TR);
                cells.iter().map(|_| self.part_of(tr, Role::TD)).collect()
            });
            let lines = cells.iter().map(Vec::len).max().unwrap_or(1);
            let mut start = 0;
            while start < lines {
                // How many of the remaining lines fit here? A whole row moves to
                // the next page if it would fit there; only a row taller than a
                // page is split.
                let fit_here = ((self.remaining() - 2.0 * pad_y) / style.leading()).floor();
                let fit_here = if fit_here < 1.0 { 0 } else { fit_here as usize };
                let rest = lines - start;
                let page_lines = (((self.bottom() - MARGIN_TOP - header_height - 2.0 * pad_y)
                    / style.leading())
                .floor() as usize)
                    .max(1);
                if fit_here < rest && (rest <= page_lines || fit_here == 0) {
                    self.ensure(f64::MAX);
                    draw_header(self, None);
                    continue;
                }
                let take = rest.min(fit_here).max(1);
                let y = self.y;
                let mut x = MARGIN_X;
                for (i, ((cell, cw), column)) in cells.iter().zip(&widths).zip(columns).enumerate()
                {
                    if let Some(&td) = data_cells.as_ref().and_then(|c| c.get(i)) {
                        self.draw_into(Marked::Element(td));
                    }
                    for (n, line) in cell.iter().skip(start).take(take).enumerate() {
                        let baseline = y + pad_y + style.size + n as f64 * style.leading();
                        let lw = self.fonts.width(style.face, style.size, line);
                        let lx = line_x(column, x, *cw, pad_x, lw);
                        self.page().text(lx, baseline, line, style);
                    }
                    x += cw;
                }
                self.draw_into(Marked::Artifact);
                let h = take as f64 * style.leading() + 2.0 * pad_y;
                self.y += h;
                let width = self.content_width();
                let line_y = self.y;
                self.page().line(
                    (MARGIN_X, line_y),
                    (MARGIN_X + width, line_y),
                    RULE,
                    0.5,
                    None,
                );
                start += take;
            }
        }
        self.y += 8.0;
    }

    /// Column widths: shares of the content width by weight, then widened so
    /// that no column is narrower than its longest word (words are only cut
    /// when a word is wider than a column could ever be).
    fn column_widths(
        &self,
        columns: &[Column],
        rows: &[Vec<String>],
        style: Style,
        pad: f64,
    ) -> Vec<f64> {
        let total_width = self.content_width();
        let total: f64 = columns.iter().map(|c| c.weight).sum::<f64>().max(1e-9);
        let mut widths: Vec<f64> = columns
            .iter()
            .map(|c| total_width * c.weight / total)
            .collect();
        let longest_word = |text: &str, face: Face| {
            text.split_whitespace()
                .map(|w| self.fonts.width(face, style.size, w))
                .fold(0.0_f64, f64::max)
        };
        let cap = total_width * 0.35;
        let mins: Vec<f64> = columns
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let body = rows
                    .iter()
                    .filter_map(|r| r.get(i))
                    .map(|t| longest_word(t, style.face))
                    .fold(0.0_f64, f64::max);
                (body.max(longest_word(&c.title, Face::Bold)) + 2.0 * pad + 1.0).min(cap)
            })
            .collect();
        for _ in 0..3 {
            let short: f64 = widths
                .iter()
                .zip(&mins)
                .map(|(w, m)| (m - w).max(0.0))
                .sum();
            if short <= 0.0 {
                break;
            }
            let spare: f64 = widths
                .iter()
                .zip(&mins)
                .map(|(w, m)| (w - m).max(0.0))
                .sum();
            if spare <= 0.0 {
                break;
            }
            let take = (short / spare).min(1.0);
            for (w, m) in widths.iter_mut().zip(&mins) {
                if *w < *m {
                    *w = *m;
                } else {
                    *w -= (*w - m) * take;
                }
            }
        }
        let sum: f64 = widths.iter().sum();
        widths.iter().map(|w| w * total_width / sum).collect()
    }

    /// Label / text pairs as a two-column table without a header (a blank
    /// text is already "–": [`Fact::new`]).
    pub fn facts(&mut self, facts: &[Fact]) {
        let style = Style::BODY;
        let label_w = 150.0;
        let width = self.content_width() - label_w;
        for Fact { label, text } in facts {
            let lines = self.wrap(text, style, width);
            for (n, line) in lines.iter().enumerate() {
                if n == 0 {
                    self.ensure(style.leading());
                    let baseline = self.y + style.size;
                    self.page().text(
                        MARGIN_X,
                        baseline,
                        label,
                        Style {
                            color: MUTED,
                            ..style.with_face(Face::Bold)
                        },
                    );
                }
                self.line_at(label_w, line, style);
            }
        }
        self.y += 6.0;
    }

    /// A chart, scaled to fit the content width and `max_height`.
    pub fn chart(&mut self, chart: &Chart, max_height: f64) {
        let width = self.content_width();
        // The 6 points below the chart count against `max_height` too, or a
        // chart scaled to the room left would not fit it.
        let scale = (width / chart.width)
            .min((max_height - 6.0).max(1.0) / chart.height)
            .min(1.25);
        let h = chart.height * scale;
        self.ensure(h + 6.0);
        let x = MARGIN_X + (width - chart.width * scale) / 2.0;
        let y = self.y;
        let fonts = self.fonts;
        let mut missing = std::mem::take(&mut self.missing);
        let page = self.page();
        draw_chart(page, fonts, chart, (x, y), scale, &mut missing);
        self.missing = missing;
        self.y += h + 6.0;
    }

    /// A figure: as large as the width allows (up to 1.25 × its laid-out
    /// size), shrunk to the room left on the page down to three quarters of
    /// that; with less room it starts a fresh page rather than be drawn
    /// small, unless a fresh page would hardly give it more room (it follows
    /// its heading at a page's top: moving would strand the heading).
    pub fn figure(&mut self, chart: &Chart) {
        let natural = (self.content_width() / chart.width).min(1.25) * chart.height + 6.0;
        let whole_page = self.page_size().1 - MARGIN_TOP - MARGIN_BOTTOM;
        if self.remaining() < natural * 0.75 && self.remaining() < whole_page * 0.8 {
            let orientation = self.orientation();
            self.new_page(orientation, Chrome::HeaderAndFooter);
        }
        let room = self.remaining();
        self.chart(chart, room);
    }

    /// `text` made printable and shortened with "…" to fit `width` on one
    /// line in `style` (for a cover's foot; running text wraps instead).
    pub fn fit_line(&mut self, text: &str, style: Style, width: f64) -> String {
        let printable = self.fonts.printable(style.face, text, &mut self.missing);
        self.fonts.fit(style.face, style.size, &printable, width)
    }

    /// The paper.
    pub fn paper(&self) -> Paper {
        self.paper
    }

    /// Which way the current page is turned.
    pub fn orientation(&self) -> Orientation {
        match self.pages.last() {
            Some(p) if p.width > p.height => Orientation::Landscape,
            _ => Orientation::Portrait,
        }
    }

    /// Writes the running header and footer on every page that has them.
    pub fn finish_chrome(&mut self, title: &str, right: &str, footer_left: &str) {
        let total = self.pages.len();
        let style = Style {
            face: Face::Regular,
            size: 8.0,
            color: MUTED,
        };
        let fonts = self.fonts;
        let mut missing = std::mem::take(&mut self.missing);
        for (n, page) in self.pages.iter_mut().enumerate() {
            if page.chrome == Chrome::Bare {
                continue;
            }
            page.want = Marked::Artifact;
            let w = page.width;
            let h = page.height;
            // The left side (the document and the client's name) takes the
            // room it needs; the right (the workshop's title) what is left,
            // shortened, or nothing when too little is left to read.
            let full = w - 2.0 * MARGIN_X;
            let gap = 24.0;
            let title = fonts.printable(style.face, title, &mut missing);
            let title = fonts.fit(style.face, style.size, &title, full);
            let room = full - fonts.width(style.face, style.size, &title) - gap;
            page.text(MARGIN_X, 38.0, &title, style);
            if room >= 80.0 {
                let right = fonts.printable(style.face, right, &mut missing);
                let right = fonts.fit(style.face, style.size, &right, room);
                let rw = fonts.width(style.face, style.size, &right);
                page.text(w - MARGIN_X - rw, 38.0, &right, style);
            }
            page.line((MARGIN_X, 44.0), (w - MARGIN_X, 44.0), RULE, 0.5, None);
            let footer = format!("Page {} of {total}", n + 1);
            let fw = fonts.width(style.face, style.size, &footer);
            page.text(w - MARGIN_X - fw, h - 30.0, &footer, style);
            let left = fonts.printable(style.face, footer_left, &mut missing);
            let left = fonts.fit(style.face, style.size, &left, full - fw - gap);
            page.text(MARGIN_X, h - 30.0, &left, style);
        }
        self.missing = missing;
    }

    /// Moves the cursor to `y` on the current page.
    pub fn set_y(&mut self, y: f64) {
        self.y = y;
    }

    /// The cursor.
    pub fn y(&self) -> f64 {
        self.y
    }

    /// The left margin.
    pub fn left(&self) -> f64 {
        MARGIN_X
    }

    /// Draws on the current page directly (cover pages).
    pub fn canvas(&mut self) -> &mut Canvas {
        self.page()
    }
}

/// Where a table of rows `heights` tall should break a page early so that
/// its last page holds at least `min_rows` rows (fewer only when the whole
/// table has fewer): `Some(row)` to start a new page before `row`. The first
/// page has `first` points for rows, every later page `full`; `Some(0)` moves
/// a table too short to share its rows whole to the next. `None` when the
/// table fits where it starts, when its last page already holds enough, or
/// when a row taller than a page makes the breaks the table's own business.
fn last_page_break(heights: &[f64], first: f64, full: f64, min_rows: usize) -> Option<usize> {
    if heights.iter().any(|h| *h > full) {
        return None;
    }
    // Where each page starts, filling greedily.
    let mut starts = vec![0];
    let mut room = first;
    for (k, h) in heights.iter().enumerate() {
        if *h > room {
            starts.push(k);
            room = full;
        }
        room -= h;
    }
    let last = *starts.last()?;
    let on_last = heights.len() - last;
    if starts.len() < 2 || on_last >= min_rows {
        return None;
    }
    // Move rows from the page before until the last holds `min_rows`, while
    // the page before keeps at least `min_rows` (or all it has, if fewer).
    let before = starts[starts.len() - 2];
    let wanted = heights
        .len()
        .saturating_sub(min_rows)
        .max(before + min_rows.min(last - before));
    if wanted < last && wanted > before {
        return Some(wanted);
    }
    // Too few rows to share: a table that fits on one page moves whole.
    (heights.iter().sum::<f64>() <= full).then_some(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_words_whole_and_lines_within_the_width() {
        let fonts = Fonts::load().expect("fonts");
        let mut w = Writer::new(&fonts, Paper::A4);
        let text = "2 · Repeatable: Incidents are logged, categorised and prioritised in a tool by most teams, but escalation and major incident handling are improvised.";
        let lines = w.wrap(text, Style::BODY, 333.28);
        assert!(lines.iter().all(|l| !l.is_empty()), "{lines:?}");
        let target = "4 · Managed: Change success rate, lead time and changes causing incidents are measured; the process is tuned by those figures, e.g. more standard changes where risk is low.";
        let t = w.wrap(target, Style::BODY, 333.28);
        assert!(t.iter().all(|l| !l.is_empty()), "{t:?}");
        for l in &lines {
            assert!(fonts.width(Face::Regular, 10.0, l) <= 331.0, "{l}");
        }
        assert_eq!(lines.join(" "), text);
    }

    /// How many lines of text each page holds.
    fn lines_per_page(w: &Writer<'_>) -> Vec<usize> {
        w.pages
            .iter()
            .map(|p| {
                p.ops
                    .iter()
                    .filter(|op| matches!(op, Op::ShowText { .. }))
                    .count()
            })
            .collect()
    }

    /// Each page's colour and font changes, in order: "fill" or the font's
    /// resource name, "text" for a line shown.
    fn pen_changes(page: &Canvas) -> Vec<String> {
        page.ops
            .iter()
            .filter_map(|op| match op {
                Op::SetFillColor { .. } => Some("fill".to_owned()),
                Op::SetFont {
                    font: PdfFontHandle::External(id),
                    ..
                } => Some(id.0.clone()),
                Op::ShowText { .. } => Some("text".to_owned()),
                Op::SaveGraphicsState => Some("q".to_owned()),
                Op::RestoreGraphicsState => Some("Q".to_owned()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_colour_or_font_already_set_is_not_set_again() {
        let fonts = Fonts::load().expect("fonts");
        let mut w = Writer::new(&fonts, Paper::A4);
        w.new_page(Orientation::Portrait, Chrome::Bare);
        let page = w.canvas();
        page.text(60.0, 100.0, "one", Style::SMALL);
        page.text(60.0, 112.0, "two", Style::SMALL);
        page.fill_rect(56.0, 120.0, 100.0, 10.0, RULE);
        page.text(60.0, 140.0, "ink again", Style::SMALL);
        page.polygon(&[(0.0, 0.0), (10.0, 0.0), (5.0, 5.0)], Some(BRAND), None);
        page.text(60.0, 150.0, "still ink", Style::SMALL);
        page.text(60.0, 160.0, "bold", Style::SMALL.with_face(Face::Bold));
        page.text(60.0, 170.0, "larger", Style::BODY.with_face(Face::Bold));
        assert_eq!(
            pen_changes(page),
            [
                "fill", "SMOREG", "text", "text", "fill", "fill", "text", "q", "fill", "Q", "text",
                "SMOBLD", "text", "SMOBLD", "text"
            ]
        );
        // A new page sets both again.
        w.new_page(Orientation::Portrait, Chrome::Bare);
        let page = w.canvas();
        page.text(60.0, 100.0, "one", Style::SMALL);
        assert_eq!(pen_changes(page), ["fill", "SMOREG", "text"]);
    }

    #[test]
    fn every_line_on_every_page_has_its_colour_and_font_set_on_that_page() {
        let fonts = Fonts::load().expect("fonts");
        let mut w = Writer::new(&fonts, Paper::A4);
        w.new_page(Orientation::Portrait, Chrome::HeaderAndFooter);
        for n in 0..6 {
            w.heading(&format!("Section {n}"), 1);
            w.paragraph(&vec!["word"; 200].join(" "), Style::BODY);
            let rows: Vec<Vec<String>> = (0..30)
                .map(|r| vec![format!("Practice {r}"), r.to_string()])
                .collect();
            w.table(
                &[Column::new("Practice", 3.0), Column::number("Votes", 1.0)],
                &rows,
            );
        }
        w.finish_chrome("Title", "Workshop", "Exported");
        assert!(w.pages.len() > 5);
        for (n, page) in w.pages.iter().enumerate() {
            let (mut fill, mut font, mut saved) = (false, false, Vec::new());
            for change in pen_changes(page) {
                match change.as_str() {
                    "text" => assert!(fill && font, "page {n}: a line before its colour or font"),
                    "fill" => fill = true,
                    "q" => saved.push((fill, font)),
                    "Q" => (fill, font) = saved.pop().expect("q before Q"),
                    _ => font = true,
                }
            }
        }
    }

    #[test]
    fn a_paragraph_leaves_no_line_alone_at_a_page_foot_or_head() {
        let fonts = Fonts::load().expect("fonts");
        let text = vec!["word"; 60].join(" ");
        let line = Style::BODY.leading();
        // Room for one line: the paragraph starts on the next page.
        let mut w = Writer::new(&fonts, Paper::A4);
        w.new_page(Orientation::Portrait, Chrome::HeaderAndFooter);
        w.set_y(w.bottom() - 1.5 * line);
        w.paragraph(&text, Style::BODY);
        assert_eq!(lines_per_page(&w)[0], 0, "an orphan at the foot");
        // Room for all but its last line: two lines go over, not one.
        let mut w = Writer::new(&fonts, Paper::A4);
        w.new_page(Orientation::Portrait, Chrome::HeaderAndFooter);
        let n = w.wrap(&text, Style::BODY, w.measure(Style::BODY)).len();
        assert!(n >= 3);
        w.set_y(w.bottom() - (n as f64 - 0.5) * line);
        w.paragraph(&text, Style::BODY);
        assert_eq!(lines_per_page(&w), vec![n - 2, 2], "a widow at the head");
    }

    #[test]
    fn a_word_longer_than_a_line_is_cut() {
        let fonts = Fonts::load().expect("fonts");
        let mut w = Writer::new(&fonts, Paper::A4);
        let word = "x".repeat(300);
        let lines = w.wrap(&word, Style::BODY, 200.0);
        assert!(lines.len() > 3);
        assert_eq!(lines.concat(), word);
        for l in &lines {
            assert!(fonts.width(Face::Regular, 10.0, l) <= 200.0);
        }
    }

    #[test]
    fn numbers_end_on_one_line_and_words_start_on_one() {
        let fonts = Fonts::load().expect("fonts");
        let mut w = Writer::new(&fonts, Paper::A4);
        w.new_page(Orientation::Portrait, Chrome::Bare);
        let rows: Vec<Vec<String>> = [
            ("Incident management", "4"),
            ("Change", "12"),
            ("Release", "100"),
        ]
        .iter()
        .map(|(a, b)| vec![(*a).to_owned(), (*b).to_owned()])
        .collect();
        w.table(
            &[Column::new("Practice", 3.0), Column::number("Votes", 1.0)],
            &rows,
        );
        // Each shown text and where it starts, in page order.
        let mut at = None;
        let mut shown = Vec::new();
        for op in &w.pages[0].ops {
            match op {
                Op::SetTextCursor { pos } => at = Some(pos.x.0),
                Op::ShowText { items } => {
                    if let (Some(x), Some(TextItem::Text(t))) = (at, items.first()) {
                        shown.push((t.clone(), f64::from(x)));
                    }
                }
                _ => {}
            }
        }
        let end = |t: &str, face: Face| {
            let (_, x) = shown.iter().find(|(s, _)| s == t).expect(t);
            x + fonts.width(face, Style::SMALL.size, t)
        };
        let ends = [
            end("Votes", Face::Bold),
            end("4", Face::Regular),
            end("12", Face::Regular),
            end("100", Face::Regular),
        ];
        assert!(
            ends.iter().all(|e| (e - ends[0]).abs() < 0.01),
            "right edges {ends:?}"
        );
        let start = |t: &str| {
            shown
                .iter()
                .find(|(s, _)| s == t)
                .map(|(_, x)| *x)
                .expect(t)
        };
        assert!((start("Practice") - start("Change")).abs() < 0.01);
        assert!((start("Change") - start("Incident management")).abs() < 0.01);
    }

    #[test]
    fn a_tables_last_page_never_holds_a_lone_row() {
        // Ten rows of 10 points, more than the 90 points of a page.
        let rows = [10.0; 10];
        // Greedy: 7 rows, then 3: enough on the last page.
        assert_eq!(last_page_break(&rows, 75.0, 90.0, 3), None);
        // 9 rows fit, 1 would be alone: break before row 7 instead.
        assert_eq!(last_page_break(&rows, 95.0, 90.0, 3), Some(7));
        // Everything fits: no break.
        assert_eq!(last_page_break(&rows, 200.0, 100.0, 3), None);
        // A row taller than a page: the table splits it, no early break.
        assert_eq!(last_page_break(&[10.0, 150.0], 50.0, 100.0, 3), None);
        // A small table that would split moves whole to the next page.
        assert_eq!(last_page_break(&[40.0, 40.0], 50.0, 100.0, 3), Some(0));
    }

    #[test]
    fn running_text_is_set_to_about_seventy_characters_a_line() {
        let fonts = Fonts::load().expect("fonts");
        let mut w = Writer::new(&fonts, Paper::A4);
        w.new_page(Orientation::Portrait, Chrome::Bare);
        let text = "The Service Management Office owns how IT services are designed, changed, supported and reported across all fourteen depots and the customer portal, and gives depot operations, finance and IT one accountable point for service quality.";
        let width = w.measure(Style::BODY);
        let lines = w.wrap(text, Style::BODY, width);
        let longest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        assert!(
            (60..=80).contains(&longest),
            "{longest} characters: {lines:?}"
        );
    }
}
