//! A `smo-doc` tree as one HTML page, for the comparison with a browser
//! printing to PDF: the same document the PDF renderer draws (cover,
//! contents, every block in order), the same charts (as SVG, from
//! `smo_chart`) and the same font (Noto Sans, loaded from `fonts`), laid out
//! for A4 with print CSS. Every word comes from the tree: this renderer holds
//! no text of its own beyond "Contents". The app itself never shows or ships
//! this page.

use std::fmt::Write;
use std::path::Path;

use smo_chart::svg::{escape as esc, to_svg};
use smo_doc::{Align, Block, Doc, Fact, Orientation, Rank, Tone};

const STYLE: &str = r#"
@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-left { content: "SMO Workbench"; font: 8pt "Noto Sans"; color: #555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt "Noto Sans"; color: #555; } }
body { font-family: "Noto Sans", sans-serif; font-size: 10pt; line-height: 1.35; color: #1d232b; }
h1 { font-size: 18pt; margin: 0 0 8pt; color: #1b3a5c; }
h2 { font-size: 13pt; margin: 14pt 0 4pt; break-after: avoid; color: #1b3a5c; }
h3 { font-size: 11pt; margin: 10pt 0 4pt; break-after: avoid; }
.page { break-before: page; }
.cover { height: 240mm; display: flex; flex-direction: column; justify-content: center; }
.cover .kind { font-size: 12pt; color: #555; text-transform: uppercase; letter-spacing: 0.08em; }
.cover h1 { font-size: 28pt; }
.note { color: #555; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; }
th { text-align: left; background: #e8eef5; font-weight: 700; }
th, td { border-bottom: 0.5pt solid #c9d2dc; padding: 3pt 5pt; vertical-align: top; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
dl { display: grid; grid-template-columns: 22mm 1fr; gap: 2pt 8pt; margin: 0 0 6pt; }
dt { font-weight: 700; }
dd { margin: 0; }
.together { break-inside: avoid; }
.landscape { page: landscape; }
@page landscape { size: A4 landscape; }
ul { margin: 0 0 6pt; }
.num { text-align: right; }
.signature { margin: 14pt 0 6pt; }
.signature .lines { display: grid; grid-template-columns: 3fr 2fr; gap: 18pt; margin-top: 26pt; }
.signature .lines span { border-top: 0.8pt solid #c9d2dc; font-size: 9pt; color: #555; padding-top: 2pt; }
.contents a { color: inherit; text-decoration: none; }
svg { max-width: 100%; height: auto; }
"#;

/// `doc` as a standalone HTML document. `fonts` is the directory holding the
/// Noto Sans files.
pub fn document_html(doc: &Doc, fonts: &Path) -> String {
    let mut out = String::with_capacity(256 * 1024);
    let font_url = |file: &str| format!("file://{}/{file}", fonts.display());
    let _ = write!(
        out,
        "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{} · {}</title><style>",
        esc(doc.title),
        esc(&doc.organisation)
    );
    for (file, weight, style) in [
        ("NotoSans-Regular.ttf", 400, "normal"),
        ("NotoSans-Bold.ttf", 700, "normal"),
        ("NotoSans-Italic.ttf", 400, "italic"),
        ("NotoSans-BoldItalic.ttf", 700, "italic"),
    ] {
        let _ = write!(
            out,
            "@font-face {{ font-family: \"Noto Sans\"; src: url(\"{}\"); font-weight: {weight}; font-style: {style}; }}",
            font_url(file)
        );
    }
    out.push_str(STYLE);
    out.push_str("</style></head><body>");
    let _ = write!(
        out,
        "<section class=\"cover\"><div class=\"kind\">{}</div><h1>{}</h1><p>{}</p>",
        esc(doc.title),
        esc(&doc.organisation),
        esc(&doc.workshop_title)
    );
    facts(&mut out, &doc.cover);
    out.push_str("</section><section class=\"page contents\"><h1>Contents</h1><ol>");
    for (n, h) in doc.outline().into_iter().enumerate() {
        let _ = write!(
            out,
            "<li class=\"{}\"><a href=\"#h{n}\">{}</a></li>",
            if h.rank == Rank::Chapter {
                "chapter"
            } else {
                "section"
            },
            esc(&h.text)
        );
    }
    out.push_str("</ol></section><section class=\"page\">");
    let mut anchors = 0;
    let mut figures = 0;
    blocks(&mut out, &doc.body, &mut anchors, &mut figures);
    out.push_str("</section></body></html>\n");
    out
}

fn facts(out: &mut String, facts: &[Fact]) {
    out.push_str("<dl>");
    for f in facts {
        let _ = write!(out, "<dt>{}</dt><dd>{}</dd>", esc(&f.label), esc(&f.text));
    }
    out.push_str("</dl>");
}

/// Text with its typed line breaks kept.
fn lines(text: &str) -> String {
    esc(text).replace("\r\n", "\n").replace('\n', "<br>")
}

fn blocks(out: &mut String, list: &[Block], anchors: &mut usize, figures: &mut usize) {
    for block in list {
        match block {
            Block::Heading(h) => {
                let tag = match h.rank {
                    Rank::Chapter => "h1",
                    Rank::Section => "h2",
                    Rank::Minor => "h3",
                };
                if h.rank == Rank::Minor {
                    let _ = write!(out, "<{tag}>{}</{tag}>", esc(&h.text));
                } else {
                    let _ = write!(out, "<{tag} id=\"h{anchors}\">{}</{tag}>", esc(&h.text));
                    *anchors += 1;
                }
            }
            Block::Paragraph(p) => {
                let class = match p.tone {
                    Tone::Body => "",
                    Tone::Note => " class=\"note\"",
                    Tone::Strong => " class=\"strong\"",
                };
                let _ = write!(out, "<p{class}>{}</p>", lines(&p.text));
            }
            Block::Bullets(items) => {
                out.push_str("<ul>");
                for i in items {
                    let _ = write!(out, "<li>{}</li>", lines(i));
                }
                out.push_str("</ul>");
            }
            Block::Numbered(items) => {
                out.push_str("<ol>");
                for i in items {
                    let _ = write!(out, "<li>{}</li>", lines(i));
                }
                out.push_str("</ol>");
            }
            Block::Facts(list) => facts(out, list),
            Block::Table(t) => {
                out.push_str("<table><thead><tr>");
                let class = |a: Align| match a {
                    Align::Start => "",
                    Align::End => " class=\"num\"",
                };
                for c in &t.columns {
                    let _ = write!(out, "<th{}>{}</th>", class(c.align), esc(&c.title));
                }
                out.push_str("</tr></thead><tbody>");
                for row in &t.rows {
                    out.push_str("<tr>");
                    for (cell, c) in row.iter().zip(&t.columns) {
                        let _ = write!(out, "<td{}>{}</td>", class(c.align), lines(cell));
                    }
                    out.push_str("</tr>");
                }
                out.push_str("</tbody></table>");
            }
            Block::Figure(f) => {
                out.push_str("<figure>");
                out.push_str(&to_svg(&f.chart, &format!("figure-{figures}")));
                *figures += 1;
                if let Some(caption) = &f.caption {
                    let _ = write!(
                        out,
                        "<figcaption class=\"note\">{}</figcaption>",
                        esc(caption)
                    );
                }
                out.push_str("</figure>");
            }
            Block::Signature(s) => {
                let _ = write!(
                    out,
                    "<div class=\"signature\"><p class=\"strong\">{}</p><div class=\"lines\"><span>Signature</span><span>{}</span></div></div>",
                    esc(&s.name),
                    s.approved.as_deref().map_or_else(|| "Date".to_owned(), esc)
                );
            }
            Block::Together(inner) => {
                out.push_str("<div class=\"together\">");
                blocks(out, inner, anchors, figures);
                out.push_str("</div>");
            }
            Block::NewPage(orientation) => {
                let class = match orientation {
                    Orientation::Portrait => "page",
                    Orientation::Landscape => "page landscape",
                };
                let _ = write!(out, "</section><section class=\"{class}\">");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use smo_core::sample::sample_workshop;
    use smo_core::{DateStyle, Document};
    use smo_doc::DocOptions;

    #[test]
    fn escapes_text_from_the_workshop() {
        assert_eq!(esc("<b>&\"'"), "&lt;b&gt;&amp;&quot;&#39;");
    }

    #[test]
    fn the_page_holds_every_section_of_the_tree_and_its_charts() {
        let mut store =
            smo_store::Store::open_in_memory(Box::new(chrono::Utc::now)).expect("store");
        let mut w = store.create_sample(&sample_workshop()).expect("sample");
        w.set_up.organisation = "<Harbourline & Co>".to_owned();
        let options = DocOptions {
            at: chrono::Utc
                .with_ymd_and_hms(2026, 11, 30, 9, 0, 0)
                .single()
                .expect("time"),
            dates: DateStyle::DayMonthYear,
        };
        let doc = smo_doc::build(Document::Assessment, &w, &options);
        let html = document_html(&doc, Path::new("/fonts"));
        // Every heading of the tree, in the tree's order.
        let mut from = 0;
        for h in doc.outline() {
            let at = html[from..]
                .find(&esc(&h.text))
                .unwrap_or_else(|| panic!("{} missing or out of order", h.text));
            from += at;
        }
        for needle in [
            "Executive summary",
            "Heat map",
            "Change enablement",
            "Appendix: method, scale and participants",
            "file:///fonts/NotoSans-Regular.ttf",
            "&lt;Harbourline &amp; Co&gt;",
        ] {
            assert!(html.contains(needle), "missing {needle}");
        }
        assert!(!html.contains("<Harbourline"));
        assert_eq!(html.matches("<svg").count(), 2, "radar and heat map");
    }
}
