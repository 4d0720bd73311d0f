//! Writes a [`Chart`] as an SVG document: presentation attributes only (no
//! `style`, which the app's content security policy blocks), every text
//! escaped, and a `<title>` and `<desc>` referenced by `aria-labelledby` so a
//! screen reader announces what the chart shows.

use std::fmt::Write;

use crate::{Anchor, Chart, Point, Shape, Stroke};

/// The chart as a standalone `<svg>` element. `id` must be unique in the page;
/// it prefixes the ids of the title and description.
pub fn to_svg(chart: &Chart, id: &str) -> String {
    let id = escape(id);
    let mut out = String::with_capacity(chart.shapes.len() * 120 + 512);
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" aria-labelledby="{id}-title {id}-desc" font-family="Inter, 'Noto Sans', 'DejaVu Sans', sans-serif">"#,
        w = num(chart.width),
        h = num(chart.height),
    );
    let _ = write!(
        out,
        r#"<title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        escape(&chart.title),
        escape(&chart.description)
    );
    for shape in &chart.shapes {
        match shape {
            Shape::Polygon {
                points,
                fill,
                stroke,
            } => {
                let _ = write!(out, r#"<polygon points="{}""#, points_attr(points));
                match fill {
                    Some((color, opacity)) => {
                        let _ = write!(
                            out,
                            r#" fill="{}" fill-opacity="{}""#,
                            color.hex(),
                            num(*opacity)
                        );
                    }
                    None => out.push_str(r#" fill="none""#),
                }
                stroke_attrs(&mut out, stroke.as_ref());
                out.push_str("/>");
            }
            Shape::Line { from, to, stroke } => {
                let _ = write!(
                    out,
                    r#"<line x1="{}" y1="{}" x2="{}" y2="{}""#,
                    num(from.x),
                    num(from.y),
                    num(to.x),
                    num(to.y)
                );
                stroke_attrs(&mut out, Some(stroke));
                out.push_str("/>");
            }
            Shape::Dot {
                center,
                radius,
                fill,
            } => {
                let _ = write!(
                    out,
                    r#"<circle cx="{}" cy="{}" r="{}" fill="{}"/>"#,
                    num(center.x),
                    num(center.y),
                    num(*radius),
                    fill.hex()
                );
            }
            Shape::Rect {
                origin,
                width,
                height,
                fill,
                stroke,
                tooltip,
            } => {
                let _ = write!(
                    out,
                    r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{}""#,
                    num(origin.x),
                    num(origin.y),
                    num(*width),
                    num(*height),
                    fill.map_or_else(|| "none".to_owned(), |c| c.hex())
                );
                stroke_attrs(&mut out, stroke.as_ref());
                match tooltip {
                    Some(t) => {
                        let _ = write!(out, "><title>{}</title></rect>", escape(t));
                    }
                    None => out.push_str("/>"),
                }
            }
            Shape::Text { at, text, style } => {
                let anchor = match style.anchor {
                    Anchor::Start => "start",
                    Anchor::Middle => "middle",
                    Anchor::End => "end",
                };
                let _ = write!(
                    out,
                    r#"<text x="{}" y="{}" font-size="{}" fill="{}" text-anchor="{anchor}"{}>{}</text>"#,
                    num(at.x),
                    num(at.y),
                    num(style.size),
                    style.color.hex(),
                    if style.bold {
                        r#" font-weight="600""#
                    } else {
                        ""
                    },
                    escape(text)
                );
            }
        }
    }
    out.push_str("</svg>");
    out
}

fn stroke_attrs(out: &mut String, stroke: Option<&Stroke>) {
    match stroke {
        Some(s) => {
            let _ = write!(
                out,
                r#" stroke="{}" stroke-width="{}""#,
                s.color.hex(),
                num(s.width)
            );
            if let Some(d) = s.dash {
                let _ = write!(out, r#" stroke-dasharray="{}""#, num(d));
            }
        }
        None => out.push_str(r#" stroke="none""#),
    }
}

fn points_attr(points: &[Point]) -> String {
    let parts: Vec<String> = points
        .iter()
        .map(|p| format!("{},{}", num(p.x), num(p.y)))
        .collect();
    parts.join(" ")
}

/// A coordinate with at most two decimals and no trailing zeros.
fn num(v: f64) -> String {
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_owned()
    } else {
        s.to_owned()
    }
}

/// Escapes text for XML or HTML content and attribute values (control
/// characters other than newline and tab become U+FFFD).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::radar::{radar, RadarAxis};

    #[test]
    fn text_is_escaped_and_the_chart_is_labelled() {
        let chart = radar(
            "Radar",
            &[
                RadarAxis {
                    label: "<script>alert(1)</script> & co".into(),
                    current: Some(2.0),
                    target: Some(3.0),
                },
                RadarAxis {
                    label: "B".into(),
                    current: Some(1.0),
                    target: Some(3.0),
                },
                RadarAxis {
                    label: "C".into(),
                    current: Some(4.0),
                    target: Some(4.0),
                },
            ],
            crate::Frame::PRINT_RADAR,
        );
        let svg = to_svg(&chart, "radar");
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;"));
        assert!(svg.contains(r#"aria-labelledby="radar-title radar-desc""#));
        assert!(svg.contains(r#"<title id="radar-title">Radar</title>"#));
        assert!(!svg.contains("style="));
        assert_eq!(svg.matches("<polygon").count(), 5 + 2);
    }

    #[test]
    fn numbers_are_short() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.345), "12.35");
        assert_eq!(num(-0.001), "0");
    }
}
