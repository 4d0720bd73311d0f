//! The assessment report as one HTML page, for the comparison with a browser
//! printing to PDF: the same content as `smo_pdf`'s report (cover, contents,
//! executive summary with the five top gaps and the radar, heat map, a section
//! per practice group with every practice's levels, descriptors, gap,
//! confidence, votes and evidence, appendix), the same charts (as SVG, from
//! `smo_chart`) and the same font (Noto Sans, loaded from `fonts`), laid out
//! for A4 with print CSS. The app itself never shows or ships this page.

use std::fmt::Write;
use std::path::Path;

use smo_chart::svg::{escape as esc, to_svg};
use smo_chart::{gap_bars::gap_bars, heat_map::heat_map, radar, Frame};
use smo_core::{DateStyle, GapReport, Workshop};
use smo_pdf::documents::assessment::{
    group_note, method_text, practice_facts, summary_text, top_gap_rows, top_gaps_heading,
    RADAR_READS_UP_TO,
};

const STYLE: &str = r#"
@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-left { content: "Assessment report"; font: 8pt "Noto Sans"; color: #555; }
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
.practice { break-inside: avoid; }
.contents a { color: inherit; text-decoration: none; }
svg { max-width: 100%; height: auto; }
"#;

/// The assessment report of `workshop` as a standalone HTML document. `fonts`
/// is the directory holding the Noto Sans files; `exported` the date shown.
pub fn assessment_html(workshop: &Workshop, fonts: &Path, exported: &str) -> String {
    let report = GapReport::of(&workshop.assessment);
    let mut out = String::with_capacity(256 * 1024);
    let font_url = |file: &str| format!("file://{}/{file}", fonts.display());
    let _ = write!(
        out,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Assessment report · {}</title><style>",
        esc(&workshop.set_up.title)
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
    cover(&mut out, workshop, report.as_ref(), exported);
    contents(&mut out, report.as_ref());
    summary(&mut out, workshop, report.as_ref());
    if let Some(report) = &report {
        out.push_str("<section class=\"page\" id=\"heat-map\"><h1>Heat map</h1><p class=\"note\">Current level, target level and gap of every practice in scope. Darker is higher; a dash is a level not yet scored.</p>");
        out.push_str(&to_svg(
            &heat_map(report, Frame::PRINT_HEAT_MAP),
            "heat-map-chart",
        ));
        out.push_str("</section>");
        groups(&mut out, workshop, report);
    }
    appendix(&mut out, workshop);
    out.push_str("</body></html>\n");
    out
}

fn cover(out: &mut String, workshop: &Workshop, report: Option<&GapReport>, exported: &str) {
    let framework = workshop.assessment.framework.as_ref().map_or_else(
        || "Not chosen".to_owned(),
        |f| format!("{} {}", f.name, f.version),
    );
    let practices = report.map_or_else(
        || "–".to_owned(),
        |r| {
            format!(
                "{} in scope, {} with both levels",
                r.overall.practices, r.overall.scored
            )
        },
    );
    let _ = write!(
        out,
        "<section class=\"cover\"><div class=\"kind\">Assessment report</div><h1>{}</h1><p>{}</p><p class=\"note\">Current and target maturity, gaps and evidence</p><dl><dt>Framework</dt><dd>{}</dd><dt>Practices</dt><dd>{}</dd><dt>Sponsor</dt><dd>{}</dd><dt>Facilitator</dt><dd>{}</dd><dt>Exported</dt><dd>{}</dd></dl></section>",
        esc(&workshop.set_up.title),
        esc(&workshop.set_up.organisation),
        esc(&framework),
        esc(&practices),
        esc(&workshop.set_up.sponsor),
        esc(&workshop.set_up.facilitator),
        esc(exported),
    );
}

fn contents(out: &mut String, report: Option<&GapReport>) {
    out.push_str("<section class=\"page contents\"><h1>Contents</h1><ol><li><a href=\"#summary\">Executive summary</a></li>");
    if let Some(report) = report {
        out.push_str("<li><a href=\"#heat-map\">Heat map</a></li>");
        for (n, group) in report.groups.iter().enumerate() {
            let _ = write!(
                out,
                "<li><a href=\"#group-{n}\">{}</a></li>",
                esc(&group.name)
            );
        }
    }
    out.push_str("<li><a href=\"#appendix\">Appendix: method, scale and participants</a></li></ol></section>");
}

fn summary(out: &mut String, workshop: &Workshop, report: Option<&GapReport>) {
    out.push_str("<section class=\"page\" id=\"summary\"><h1>Executive summary</h1>");
    let Some(report) = report.filter(|r| !r.practices.is_empty()) else {
        out.push_str("<p class=\"note\">No practices are in scope yet, so there is nothing to summarise.</p></section>");
        return;
    };
    let _ = write!(
        out,
        "<p>{}</p>",
        esc(&summary_text(
            &workshop.set_up.organisation,
            &report.overall
        ))
    );
    let rows = top_gap_rows(report);
    let _ = write!(
        out,
        "<h3>{}</h3><table><thead><tr><th>#</th><th>Practice</th><th>Today</th><th>Target</th><th>Priority</th><th>Weighted gap</th></tr></thead><tbody>",
        esc(&top_gaps_heading(rows.len()))
    );
    for row in rows {
        out.push_str("<tr>");
        for cell in row {
            let _ = write!(out, "<td>{}</td>", esc(&cell));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    // As the PDF: a radar where it reads, else every gap, largest first.
    let chart = if report.practices.len() > RADAR_READS_UP_TO {
        gap_bars(report, Frame::PRINT_HEAT_MAP)
    } else {
        radar::practices_radar(report, Frame::PRINT_RADAR)
    };
    out.push_str(&to_svg(&chart, "summary-radar"));
    out.push_str("</section>");
}

fn groups(out: &mut String, workshop: &Workshop, report: &GapReport) {
    let Some(framework) = workshop.assessment.framework.as_ref() else {
        return;
    };
    for (n, group) in report.groups.iter().enumerate() {
        let _ = write!(
            out,
            "<section class=\"page\" id=\"group-{n}\"><h1>{}</h1><p class=\"note\">{}</p>",
            esc(&group.name),
            esc(&group_note(group))
        );
        for gap in report.practices_in(group) {
            let Some(practice) = framework.practice(&gap.practice_id) else {
                continue;
            };
            let _ = write!(
                out,
                "<div class=\"practice\"><h2>{}</h2><dl>",
                esc(&practice.name)
            );
            for (label, text) in practice_facts(workshop, framework, gap) {
                let _ = write!(out, "<dt>{label}</dt><dd>{}</dd>", esc(&text));
            }
            out.push_str("</dl>");
            if gap.target_below_current {
                out.push_str("<p class=\"note\">The target is below today's level.</p>");
            }
            out.push_str("</div>");
        }
        out.push_str("</section>");
    }
}

fn appendix(out: &mut String, workshop: &Workshop) {
    let _ = write!(
        out,
        "<section class=\"page\" id=\"appendix\"><h1>Appendix: method, scale and participants</h1><h2>Method</h2><p>{}</p><h2>Scale</h2><table><thead><tr><th>Level</th><th>Name</th><th>Meaning</th></tr></thead><tbody>",
        esc(&method_text(workshop, DateStyle::default()))
    );
    if let Some(f) = &workshop.assessment.framework {
        for s in &f.scale {
            let _ = write!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                s.level.value(),
                esc(&s.name),
                esc(&s.summary)
            );
        }
    }
    out.push_str("</tbody></table><h2>Participants</h2><table><thead><tr><th>Name</th><th>Role</th><th>Area</th></tr></thead><tbody>");
    for p in &workshop.participants {
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&p.name),
            esc(&p.role),
            esc(&p.area)
        );
    }
    out.push_str("</tbody></table></section>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use smo_core::sample::sample_workshop;

    #[test]
    fn escapes_text_from_the_workshop() {
        assert_eq!(esc("<b>&\"'"), "&lt;b&gt;&amp;&quot;&#39;");
    }

    #[test]
    fn the_page_holds_every_section_and_both_charts() {
        let mut store =
            smo_store::Store::open_in_memory(Box::new(chrono::Utc::now)).expect("store");
        let mut w = store.create_sample(&sample_workshop()).expect("sample");
        w.set_up.organisation = "<Harbourline & Co>".to_owned();
        let html = assessment_html(&w, Path::new("/fonts"), "1 January 2026");
        for needle in [
            "Executive summary",
            "gaps that matter most (tied gaps are all listed)",
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
