//! The body of document.xml: a `smo-doc` tree written as paragraphs and
//! tables in named styles, with sections for page turns, repeated header
//! rows, rows that stay whole, figures as pictures with alt text, and
//! keep-with-next for what belongs together.

use smo_chart::Chart;
use smo_doc::{Align, Block, Column, Doc, Fact, Orientation, Paper, Rank, Signature, Tone};

use crate::styles::{Style, BULLETS, NUMBERS};
use crate::xml::{escape, run};

/// Twips (twentieths of a point) per point.
const TWIPS: f64 = 20.0;
/// English metric units per point (drawing sizes).
pub(crate) const EMU: f64 = 12_700.0;

/// Where the body's drawing ids start.
const FIRST_DRAWING_ID: u32 = 1000;

/// The page margins, in twips.
const MARGIN_SIDE: u32 = 1134;
const MARGIN_TOP: u32 = 1418;
const MARGIN_BOTTOM: u32 = 1276;
const MARGIN_EDGE: u32 = 567;

/// A picture the document shows, kept in word/media.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Picture {
    /// Its relationship id in document.xml.rels ("rIdImage1").
    pub rel_id: String,
    /// Its file name in word/media.
    pub file: String,
    /// The PNG.
    pub png: Vec<u8>,
}

/// Draws charts as pictures (the caller's renderer and its failures).
pub(crate) trait ChartPainter {
    /// The chart as a PNG at print resolution.
    fn paint(&mut self, chart: &Chart) -> Result<Vec<u8>, String>;
}

/// What the header and footer parts are called, for the sections to refer to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Chrome {
    /// Relationship ids of the default header and footer.
    pub header: String,
    /// See `header`.
    pub footer: String,
    /// Relationship ids of the cover's (empty) header and footer.
    pub first_header: String,
    /// See `first_header`.
    pub first_footer: String,
}

/// document.xml being written.
pub(crate) struct BodyWriter<'a> {
    out: String,
    paper: Paper,
    orientation: Orientation,
    /// Nothing written since the last section break.
    fresh: bool,
    chrome: &'a Chrome,
    /// Sections closed so far (the first carries the cover's blank chrome).
    sections: u32,
    /// Numbered lists so far (each restarts at 1).
    pub numbered_lists: u32,
    /// Pictures so far.
    pub pictures: Vec<Picture>,
    /// Drawing ids so far (unique in the document).
    drawings: u32,
    painter: &'a mut dyn ChartPainter,
    /// What the reader should know (a chart that could not be drawn).
    pub warnings: Vec<String>,
}

impl<'a> BodyWriter<'a> {
    pub(crate) fn new(
        paper: Paper,
        chrome: &'a Chrome,
        painter: &'a mut dyn ChartPainter,
    ) -> BodyWriter<'a> {
        BodyWriter {
            out: String::with_capacity(64 * 1024),
            paper,
            orientation: Orientation::Portrait,
            fresh: true,
            chrome,
            sections: 0,
            numbered_lists: 0,
            pictures: Vec::new(),
            drawings: 0,
            painter,
            warnings: Vec::new(),
        }
    }

    /// The page's width and height in twips, turned the current way.
    fn page_size(&self) -> (u32, u32) {
        let (w, h) = self.paper.size();
        let (w, h) = (twips(w), twips(h));
        match self.orientation {
            Orientation::Portrait => (w, h),
            Orientation::Landscape => (h, w),
        }
    }

    /// The width text runs across, in twips.
    fn text_width(&self) -> u32 {
        self.page_size().0 - 2 * MARGIN_SIDE
    }

    /// The height text runs down, in twips.
    fn text_height(&self) -> u32 {
        self.page_size().1 - MARGIN_TOP - MARGIN_BOTTOM
    }

    /// The section properties of the section now ending.
    fn section_properties(&self) -> String {
        let (w, h) = self.page_size();
        let orient = match self.orientation {
            Orientation::Portrait => "",
            Orientation::Landscape => " w:orient=\"landscape\"",
        };
        let mut out = String::from("<w:sectPr>");
        if self.sections == 0 {
            let c = self.chrome;
            out.push_str(&format!(
                "<w:headerReference w:type=\"default\" r:id=\"{}\"/>\
                 <w:footerReference w:type=\"default\" r:id=\"{}\"/>\
                 <w:headerReference w:type=\"first\" r:id=\"{}\"/>\
                 <w:footerReference w:type=\"first\" r:id=\"{}\"/>",
                c.header, c.footer, c.first_header, c.first_footer
            ));
        }
        out.push_str(&format!(
            "<w:pgSz w:w=\"{w}\" w:h=\"{h}\"{orient}/>\
             <w:pgMar w:top=\"{MARGIN_TOP}\" w:right=\"{MARGIN_SIDE}\" w:bottom=\"{MARGIN_BOTTOM}\" w:left=\"{MARGIN_SIDE}\" \
             w:header=\"{MARGIN_EDGE}\" w:footer=\"{MARGIN_EDGE}\" w:gutter=\"0\"/>"
        ));
        if self.sections == 0 {
            out.push_str("<w:titlePg/>");
        }
        out.push_str("</w:sectPr>");
        out
    }

    /// Ends the current section; what follows starts on a new page turned
    /// `next`.
    pub(crate) fn section_break(&mut self, next: Orientation) {
        let props = self.section_properties();
        self.out.push_str("<w:p><w:pPr>");
        self.out.push_str(&props);
        self.out.push_str("</w:pPr></w:p>");
        self.sections += 1;
        self.orientation = next;
        self.fresh = true;
    }

    /// The finished body, the last section's properties closing it.
    pub(crate) fn finish(mut self) -> (String, u32, Vec<Picture>, Vec<String>) {
        let props = self.section_properties();
        self.out.push_str(&props);
        (self.out, self.numbered_lists, self.pictures, self.warnings)
    }

    /// A paragraph in `style` of runs already written.
    fn paragraph_of(&mut self, style: Style, keep: Keep, extra_ppr: &str, runs: &str) {
        self.fresh = false;
        self.out.push_str("<w:p><w:pPr>");
        if style != Style::Normal {
            self.out
                .push_str(&format!("<w:pStyle w:val=\"{}\"/>", style.id()));
        }
        if keep == Keep::WithNext {
            self.out.push_str("<w:keepNext/>");
        }
        self.out.push_str(extra_ppr);
        self.out.push_str("</w:pPr>");
        self.out.push_str(runs);
        self.out.push_str("</w:p>");
    }

    /// A paragraph of `text` in `style`.
    pub(crate) fn paragraph(&mut self, style: Style, keep: Keep, text: &str) {
        self.paragraph_of(style, keep, "", &run(text, ""));
    }

    /// The cover: logo, title, subtitle, facts, who prepared it and its
    /// classification; then the contents on a page of its own.
    pub(crate) fn cover(&mut self, doc: &Doc, logo: Option<(&[u8], (u32, u32))>) {
        if let Some((png, (w, h))) = logo {
            // At most 150 × 52 points, at the top right.
            let scale = (150.0 / f64::from(w)).min(52.0 / f64::from(h));
            let size = (f64::from(w) * scale, f64::from(h) * scale);
            let alt = format!("{}'s logo", doc.organisation);
            let drawing = self.picture(png.to_vec(), size, &alt);
            self.paragraph_of(
                Style::Normal,
                Keep::Free,
                "<w:spacing w:after=\"1200\"/><w:jc w:val=\"right\"/>",
                &drawing,
            );
        } else {
            self.paragraph_of(
                Style::Normal,
                Keep::Free,
                "<w:spacing w:after=\"1800\"/>",
                "",
            );
        }
        self.paragraph(Style::Title, Keep::WithNext, doc.title);
        let subtitle = [doc.organisation.trim(), doc.workshop_title.trim()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        self.paragraph(Style::Subtitle, Keep::Free, &subtitle);
        self.facts(&doc.cover, Keep::Free);
        self.paragraph_of(
            Style::Note,
            Keep::WithNext,
            "<w:spacing w:before=\"960\"/>",
            &run(&doc.prepared, ""),
        );
        self.paragraph_of(
            Style::Normal,
            Keep::Free,
            "",
            &run(&doc.classification, "<w:rStyle w:val=\"Strong\"/>"),
        );
        self.page_break();
        self.contents(doc);
    }

    fn page_break(&mut self) {
        self.out
            .push_str("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
    }

    /// The table-of-contents field (chapters and sections, as links), its
    /// entries written in already so it reads before Word updates the page
    /// numbers on opening.
    fn contents(&mut self, doc: &Doc) {
        self.out.push_str(
            "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>",
        );
        self.paragraph(Style::TocHeading, Keep::Free, "Contents");
        let field_begin = "<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r>\
             <w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-2\" \\h \\z \\u </w:instrText></w:r>\
             <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>";
        let outline = doc.outline();
        if outline.is_empty() {
            self.paragraph_of(Style::Toc1, Keep::Free, "", field_begin);
        }
        for (n, h) in outline.iter().enumerate() {
            let style = match h.rank {
                Rank::Chapter => Style::Toc1,
                _ => Style::Toc2,
            };
            let mut runs = String::new();
            if n == 0 {
                runs.push_str(field_begin);
            }
            runs.push_str(&run(&h.text, ""));
            self.paragraph_of(style, Keep::Free, "", &runs);
        }
        self.paragraph_of(
            Style::Normal,
            Keep::Free,
            "",
            "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>",
        );
        self.out.push_str("</w:sdtContent></w:sdt>");
    }

    /// Writes `blocks` in order.
    pub(crate) fn blocks(&mut self, blocks: &[Block], keep_last: Keep) {
        for (n, block) in blocks.iter().enumerate() {
            let keep = if n + 1 == blocks.len() {
                keep_last
            } else {
                Keep::Free
            };
            self.block(block, keep);
        }
    }

    fn block(&mut self, block: &Block, keep: Keep) {
        match block {
            Block::Heading(h) => {
                let style = match h.rank {
                    Rank::Chapter => Style::Heading1,
                    Rank::Section => Style::Heading2,
                    Rank::Minor => Style::Heading3,
                };
                self.paragraph(style, keep, &h.text);
            }
            Block::Paragraph(p) => match p.tone {
                Tone::Body => self.paragraph(Style::Normal, keep, &p.text),
                Tone::Note => self.paragraph(Style::Note, keep, &p.text),
                Tone::Strong => self.paragraph_of(
                    Style::Normal,
                    keep,
                    "",
                    &run(&p.text, "<w:rStyle w:val=\"Strong\"/>"),
                ),
            },
            Block::Bullets(items) => self.list(items, BULLETS, Style::ListBullet, keep),
            Block::Numbered(items) => {
                let num = NUMBERS + self.numbered_lists;
                self.numbered_lists += 1;
                self.list(items, num, Style::ListNumber, keep);
            }
            Block::Facts(facts) => self.facts(facts, keep),
            Block::Table(t) => self.table(&t.columns, &t.rows, keep),
            Block::Figure(f) => {
                let caption = f.caption.as_deref().filter(|c| !c.trim().is_empty());
                self.figure(
                    &f.chart,
                    if caption.is_some() {
                        Keep::WithNext
                    } else {
                        keep
                    },
                );
                if let Some(caption) = caption {
                    self.paragraph(Style::Caption, keep, caption);
                }
            }
            Block::Signature(s) => self.signature(s, keep),
            Block::Together(inner) => self.blocks(inner, Keep::WithNext.or(keep)),
            Block::NewPage(orientation) => {
                if self.fresh {
                    self.orientation = *orientation;
                } else {
                    self.section_break(*orientation);
                }
            }
        }
    }

    fn list(&mut self, items: &[String], num: u32, style: Style, keep: Keep) {
        let numbering =
            format!("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"{num}\"/></w:numPr>");
        for (n, item) in items.iter().enumerate() {
            let keep = if n + 1 == items.len() {
                keep
            } else {
                Keep::Free
            };
            self.paragraph_of(style, keep, &numbering, &run(item, ""));
        }
    }

    /// Label/text pairs as a two-column table without rules.
    fn facts(&mut self, facts: &[Fact], keep: Keep) {
        let total = self.text_width();
        let label = total * 3 / 10;
        let widths = [label, total - label];
        self.fresh = false;
        self.table_start(Style::Facts, &widths, false);
        for (n, f) in facts.iter().enumerate() {
            let keep = if n + 1 == facts.len() {
                keep
            } else {
                Keep::WithNext
            };
            self.out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            self.cell(widths[0], Align::Start, &f.label, keep);
            self.cell(widths[1], Align::Start, &f.text, keep);
            self.out.push_str("</w:tr>");
        }
        self.out.push_str("</w:tbl>");
        self.spacer();
    }

    /// A data table: the header row repeats on every page and no row splits
    /// across pages unless it is too tall for one.
    fn table(&mut self, columns: &[Column], rows: &[Vec<String>], keep: Keep) {
        let widths = column_widths(columns, rows, self.text_width());
        let page_height = self.text_height();
        self.fresh = false;
        self.table_start(Style::Table, &widths, true);
        self.out
            .push_str("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
        for (c, w) in columns.iter().zip(&widths) {
            self.cell(*w, c.align, &c.title, Keep::WithNext);
        }
        self.out.push_str("</w:tr>");
        for (n, row) in rows.iter().enumerate() {
            let row_keep = if n + 1 == rows.len() {
                keep
            } else {
                Keep::Free
            };
            // A row taller than half a page may split: Word would otherwise
            // push it whole onto a page it overflows.
            let tall = columns
                .iter()
                .zip(&widths)
                .zip(row)
                .any(|((_, w), text)| estimated_height(text, *w) > page_height / 2);
            self.out.push_str(if tall {
                "<w:tr>"
            } else {
                "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            });
            for ((c, w), text) in columns.iter().zip(&widths).zip(row) {
                self.cell(*w, c.align, text, row_keep);
            }
            self.out.push_str("</w:tr>");
        }
        self.out.push_str("</w:tbl>");
        self.spacer();
    }

    fn table_start(&mut self, style: Style, widths: &[u32], header: bool) {
        let first_row = u8::from(header);
        let first_col = u8::from(!header);
        self.out.push_str(&format!(
            "<w:tbl><w:tblPr><w:tblStyle w:val=\"{}\"/><w:tblW w:w=\"{}\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>\
             <w:tblLook w:firstRow=\"{first_row}\" w:lastRow=\"0\" w:firstColumn=\"{first_col}\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>",
            style.id(),
            widths.iter().sum::<u32>()
        ));
        for w in widths {
            self.out.push_str(&format!("<w:gridCol w:w=\"{w}\"/>"));
        }
        self.out.push_str("</w:tblGrid>");
    }

    fn cell(&mut self, width: u32, align: Align, text: &str, keep: Keep) {
        self.out.push_str(&format!(
            "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr>"
        ));
        if keep == Keep::WithNext {
            self.out.push_str("<w:keepNext/>");
        }
        if align == Align::End {
            self.out.push_str("<w:jc w:val=\"right\"/>");
        }
        self.out.push_str("</w:pPr>");
        self.out.push_str(&run(text, ""));
        self.out.push_str("</w:p></w:tc>");
    }

    /// Room after a table (Word puts none there).
    fn spacer(&mut self) {
        self.out
            .push_str("<w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"120\" w:lineRule=\"exact\"/></w:pPr></w:p>");
    }

    /// A chart as a picture as wide as the text at most.
    fn figure(&mut self, chart: &Chart, keep: Keep) {
        match self.painter.paint(chart) {
            Ok(png) => {
                let most = f64::from(self.text_width()) / TWIPS;
                let scale = (most / chart.width).min(1.0);
                let alt = if chart.description.trim().is_empty() {
                    chart.title.clone()
                } else {
                    format!("{}. {}", chart.title, chart.description)
                };
                let drawing = self.picture(png, (chart.width * scale, chart.height * scale), &alt);
                self.paragraph_of(Style::Normal, keep, "<w:jc w:val=\"center\"/>", &drawing);
            }
            Err(why) => {
                self.warnings.push(format!(
                    "The chart “{}” cannot be drawn: {why}",
                    chart.title
                ));
                self.paragraph(Style::Note, keep, &chart.title);
            }
        }
    }

    /// An inline picture run of `png`, `size` points, described by `alt`.
    fn picture(&mut self, png: Vec<u8>, (w, h): (f64, f64), alt: &str) -> String {
        self.drawings += 1;
        // Drawing ids are unique in the whole package: a template's header
        // pictures keep their own small ones.
        let n = FIRST_DRAWING_ID + self.drawings;
        let rel_id = format!("rIdImage{n}");
        let file = format!("image{n}.png");
        let (cx, cy) = (emu(w), emu(h));
        let alt = escape(alt);
        let drawing = format!(
            "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">\
             <wp:extent cx=\"{cx}\" cy=\"{cy}\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>\
             <wp:docPr id=\"{n}\" name=\"Picture {n}\" descr=\"{alt}\"/>\
             <wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>\
             <a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">\
             <pic:pic><pic:nvPicPr><pic:cNvPr id=\"{n}\" name=\"{file}\" descr=\"{alt}\"/><pic:cNvPicPr/></pic:nvPicPr>\
             <pic:blipFill><a:blip r:embed=\"{rel_id}\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
             <pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm>\
             <a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>\
             </a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
        );
        self.pictures.push(Picture { rel_id, file, png });
        drawing
    }

    /// The approver's name, then lines to sign and date with their labels
    /// (the approval written on the date's line when given), kept together.
    fn signature(&mut self, s: &Signature, keep: Keep) {
        self.paragraph_of(
            Style::Normal,
            Keep::WithNext,
            "<w:spacing w:before=\"240\"/>",
            &run(&s.name, "<w:rStyle w:val=\"Strong\"/>"),
        );
        let total = self.text_width();
        let sign = total * 6 / 10;
        let gap = 480;
        let widths = [sign, gap, total - sign - gap];
        self.table_start(Style::Facts, &widths, false);
        let line = "<w:tcBorders><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"8A94A3\"/></w:tcBorders>";
        self.out
            .push_str("<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val=\"620\"/></w:trPr>");
        for (k, w) in widths.iter().enumerate() {
            let border = if k == 1 { "" } else { line };
            let text = if k == 2 {
                s.approved.as_deref().unwrap_or("")
            } else {
                ""
            };
            self.out.push_str(&format!(
                "<w:tc><w:tcPr><w:tcW w:w=\"{w}\" w:type=\"dxa\"/>{border}<w:vAlign w:val=\"bottom\"/></w:tcPr>\
                 <w:p><w:pPr><w:keepNext/></w:pPr>{}</w:p></w:tc>",
                run(text, "<w:b w:val=\"0\"/>")
            ));
        }
        self.out
            .push_str("</w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for (k, w) in widths.iter().enumerate() {
            let label = ["Signature", "", "Date"][k];
            let keep = if keep == Keep::WithNext {
                "<w:keepNext/>"
            } else {
                ""
            };
            self.out.push_str(&format!(
                "<w:tc><w:tcPr><w:tcW w:w=\"{w}\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"{}\"/>{keep}</w:pPr>{}</w:p></w:tc>",
                Style::Note.id(),
                run(label, "<w:b w:val=\"0\"/>")
            ));
        }
        self.out.push_str("</w:tr></w:tbl>");
        self.spacer();
    }
}

/// Whether a block stays on the page of what follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Keep {
    /// Where the page breaks is Word's choice.
    Free,
    /// On the same page as the next paragraph.
    WithNext,
}

impl Keep {
    fn or(self, other: Keep) -> Keep {
        if self == Keep::WithNext || other == Keep::WithNext {
            Keep::WithNext
        } else {
            Keep::Free
        }
    }
}

/// Column widths in twips from the columns' weights, summing to `total`;
/// a column is never narrower than its longest word — the header's, or a
/// cell's up to [`LONGEST_KEPT_WORD`] characters — so "Frequency" or
/// "Optimisation" never breaks in two, when the table's width allows.
fn column_widths(columns: &[Column], rows: &[Vec<String>], total: u32) -> Vec<u32> {
    let longest = |text: &str| {
        text.split_whitespace()
            .map(|w| w.chars().count())
            .max()
            .unwrap_or(0)
    };
    let least: Vec<f64> = columns
        .iter()
        .enumerate()
        .map(|(k, c)| {
            let cells = rows
                .iter()
                .filter_map(|r| r.get(k))
                .map(|t| longest(t))
                .filter(|n| *n <= LONGEST_KEPT_WORD)
                .max()
                .unwrap_or(0);
            // 9-point text: at most about 0.68 em a character in bold (the
            // header), 0.6 em in regular, plus the cell's margins.
            (longest(&c.title) as f64 * 0.68).max(cells as f64 * 0.6) * 9.0 * TWIPS + 240.0
        })
        .collect();
    let total_f = f64::from(total);
    let mut fixed = vec![false; columns.len()];
    let mut widths = vec![0.0; columns.len()];
    // Columns whose share is below their least width get it; the rest share
    // what remains by weight, until every share suffices.
    loop {
        let free: f64 = total_f
            - widths
                .iter()
                .zip(&fixed)
                .filter(|(_, f)| **f)
                .map(|(w, _)| *w)
                .sum::<f64>();
        let weights: f64 = columns
            .iter()
            .zip(&fixed)
            .filter(|(_, f)| !**f)
            .map(|(c, _)| c.weight.max(0.1))
            .sum();
        let mut changed = false;
        for (k, c) in columns.iter().enumerate() {
            if fixed[k] {
                continue;
            }
            widths[k] = free * c.weight.max(0.1) / weights.max(0.1);
            if widths[k] < least[k] && least.iter().sum::<f64>() <= total_f {
                widths[k] = least[k];
                fixed[k] = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let mut widths: Vec<u32> = widths.iter().map(|w| w.floor().max(0.0) as u32).collect();
    let used: u32 = widths.iter().sum();
    if let Some(last) = widths.last_mut() {
        *last += total.saturating_sub(used);
    }
    widths
}

/// Words longer than this may break inside a cell rather than widen its
/// column (a pasted URL, a 300-character word).
const LONGEST_KEPT_WORD: usize = 16;

/// Roughly how tall `text` sets in a cell `width` twips wide, in twips
/// (9-point text, an average character half an em wide).
fn estimated_height(text: &str, width: u32) -> u32 {
    let per_line = (f64::from(width) / (9.0 * 0.5 * TWIPS)).max(1.0);
    let lines: f64 = text
        .split('\n')
        .map(|l| (l.chars().count() as f64 / per_line).ceil().max(1.0))
        .sum();
    (lines * 11.0 * TWIPS) as u32
}

fn twips(points: f64) -> u32 {
    (points * TWIPS).round() as u32
}

fn emu(points: f64) -> u64 {
    (points * EMU).round() as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_widths_follow_the_weights_and_fill_the_width() {
        let columns = [Column::new("a", 1.0), Column::new("b", 3.0)];
        let widths = column_widths(&columns, &[], 10_000);
        assert_eq!(widths, vec![2500, 7500]);
        let odd = [
            Column::new("a", 1.0),
            Column::new("b", 1.0),
            Column::new("c", 1.0),
        ];
        assert_eq!(column_widths(&odd, &[], 1000).iter().sum::<u32>(), 1000);
    }

    #[test]
    fn a_column_has_room_for_its_longest_word_but_not_a_pasted_one() {
        let kpis = [
            Column::new("Definition", 8.0),
            Column::new("Frequency", 0.5),
            Column::new("Owner", 1.0),
        ];
        let widths = column_widths(&kpis, &[], 10_000);
        assert!(widths[1] >= 9 * 122, "{widths:?}");
        assert_eq!(widths.iter().sum::<u32>(), 10_000);
        let phases = [Column::new("Phase", 0.5), Column::new("Initiatives", 6.0)];
        let rows = vec![
            vec!["Optimisation".to_owned(), "x".repeat(300)],
            vec!["y".repeat(300), "z".to_owned()],
        ];
        let widths = column_widths(&phases, &rows, 10_000);
        assert!(widths[0] >= 12 * 108, "{widths:?}");
        assert!(
            widths[0] < 2000,
            "a 300-character word does not widen it: {widths:?}"
        );
        assert_eq!(widths.iter().sum::<u32>(), 10_000);
    }

    #[test]
    fn a_cell_of_ten_thousand_characters_is_taller_than_a_page() {
        assert!(estimated_height(&"word ".repeat(2000), 4000) > 14_000);
        assert!(estimated_height("short", 4000) < 400);
    }
}
