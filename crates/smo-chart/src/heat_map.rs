//! The heat map: one row per practice in scope, grouped, with a cell each for
//! the current level, the target level and the gap. Darker means higher; a
//! practice not scored shows an em dash on a pale cell, never a 0.

use smo_core::{GapReport, Level};

use crate::geometry::{approximate_width, chars_in, shorten};
use crate::palette::{GAPS, GRID, INK, LEVELS, MUTED, NOT_SCORED};
use crate::radar::format_level;
use crate::{Anchor, Chart, Frame, Point, Shape, Stroke, TextStyle};

/// The heat map of every practice in scope, grouped as in the framework,
/// filling `frame`'s width: the names take what they need (up to half the
/// width), the three columns share the rest (up to 6.4 × the text size each),
/// and rows are 2 × the text size tall, so the text is always set at
/// `frame.text` and the map grows down, not up in size, with more practices.
pub fn heat_map(report: &GapReport, frame: Frame) -> Chart {
    let t = frame.text;
    let row = 2.0 * t;
    let group_row = 2.4 * t;
    let header = 2.8 * t;
    let pad = 0.8 * t;
    let longest = report
        .practices
        .iter()
        .map(|p| approximate_width(&p.name, t))
        .chain(report.groups.iter().map(|g| approximate_width(&g.name, t)))
        .fold(14.0 * t, f64::max);
    let label_width = (longest + pad).min((frame.width - 2.0 * pad) * 0.5);
    let cell = ((frame.width - 2.0 * pad - label_width) / 3.0).min(6.4 * t);
    let width = pad + label_width + 3.0 * cell + pad;
    let max_chars = chars_in(label_width - pad, t);
    let style = |size, bold, color, anchor| TextStyle {
        size,
        bold,
        color,
        anchor,
    };
    let mut shapes = Vec::new();
    for (i, heading) in ["Current", "Target", "Gap"].iter().enumerate() {
        shapes.push(Shape::Text {
            at: Point {
                x: pad + label_width + cell * (i as f64 + 0.5),
                y: header - 0.9 * t,
            },
            text: shorten(heading, chars_in(cell, t)),
            style: style(t, true, INK, Anchor::Middle),
        });
    }

    let mut y = header;
    let mut lines = Vec::new();
    for group in &report.groups {
        let group_id = group.group_id.as_deref();
        shapes.push(Shape::Text {
            at: Point {
                x: pad,
                y: y + group_row - 0.7 * t,
            },
            text: shorten(&group.name, chars_in(width - 2.0 * pad, t)),
            style: style(t, true, MUTED, Anchor::Start),
        });
        y += group_row;
        for p in report
            .practices
            .iter()
            .filter(|p| Some(p.group_id.as_str()) == group_id)
        {
            shapes.push(Shape::Text {
                at: Point {
                    x: pad,
                    y: y + row - 0.65 * t,
                },
                text: shorten(&p.name, max_chars),
                style: style(t, false, INK, Anchor::Start),
            });
            let cells = [
                ("current", p.current.map(Level::value), &LEVELS),
                ("target", p.target.map(Level::value), &LEVELS),
                ("gap", p.gap, &GAPS),
            ];
            for (column, (what, value, ramp)) in cells.iter().enumerate() {
                let origin = Point {
                    x: pad + label_width + cell * column as f64,
                    y,
                };
                let fill = value
                    .and_then(|v| ramp.get(usize::from(v)).copied())
                    .unwrap_or(NOT_SCORED);
                let text = value.map_or_else(|| "—".to_owned(), |v| v.to_string());
                let tooltip = match value {
                    Some(v) => format!("{}: {what} {v}", p.name),
                    None => format!("{}: {what} not scored", p.name),
                };
                shapes.push(Shape::Rect {
                    origin,
                    width: cell,
                    height: row,
                    fill: Some(fill),
                    stroke: Some(Stroke {
                        color: crate::palette::WHITE,
                        width: 0.1 * t,
                        dash: None,
                    }),
                    tooltip: Some(tooltip),
                });
                shapes.push(Shape::Text {
                    at: Point {
                        x: origin.x + cell / 2.0,
                        y: y + row - 0.65 * t,
                    },
                    text,
                    style: style(
                        t,
                        false,
                        if value.is_some() {
                            fill.text_on()
                        } else {
                            MUTED
                        },
                        Anchor::Middle,
                    ),
                });
            }
            lines.push(describe_row(p));
            y += row;
        }
    }
    if report.practices.is_empty() {
        shapes.push(Shape::Text {
            at: Point { x: pad, y: y + row },
            text: "No practices in scope yet".into(),
            style: style(1.1 * t, false, MUTED, Anchor::Start),
        });
        y += row * 1.5;
    }
    shapes.push(Shape::Line {
        from: Point { x: pad, y: header },
        to: Point {
            x: width - pad,
            y: header,
        },
        stroke: Stroke {
            color: GRID,
            width: 0.1 * t,
            dash: None,
        },
    });

    // Legend: the two ramps, side by side when they fit, else one above the other.
    let key = 1.6 * t;
    let legend_label = 0.9 * t;
    let ramp_width = |label: &str| approximate_width(label, legend_label) + 0.6 * t + 6.0 * key;
    let side_by_side = pad + ramp_width("Level") + 1.8 * t + ramp_width("Gap") <= width - pad;
    let mut legend_y = y + 1.4 * t;
    let mut x = pad;
    for (label, ramp) in [("Level", &LEVELS), ("Gap", &GAPS)] {
        if x > pad && !side_by_side {
            x = pad;
            legend_y += 2.0 * t;
        }
        shapes.push(Shape::Text {
            at: Point {
                x,
                y: legend_y + 1.1 * t,
            },
            text: label.into(),
            style: style(legend_label, false, MUTED, Anchor::Start),
        });
        x += approximate_width(label, legend_label) + 0.6 * t;
        for (v, color) in ramp.iter().enumerate() {
            shapes.push(Shape::Rect {
                origin: Point { x, y: legend_y },
                width: key,
                height: 1.4 * t,
                fill: Some(*color),
                stroke: None,
                tooltip: None,
            });
            shapes.push(Shape::Text {
                at: Point {
                    x: x + key / 2.0,
                    y: legend_y + 1.05 * t,
                },
                text: v.to_string(),
                style: style(0.85 * t, false, color.text_on(), Anchor::Middle),
            });
            x += key;
        }
        x += 1.8 * t;
    }

    let height = legend_y + 3.0 * t;
    let title = "Heat map of current level, target level and gap by practice".to_owned();
    let description = if lines.is_empty() {
        format!("{title}: no practices in scope yet.")
    } else {
        format!("{title}. {}.", lines.join("; "))
    };
    Chart {
        width,
        height,
        title,
        description,
        shapes,
    }
}

fn describe_row(p: &smo_core::PracticeGap) -> String {
    let level = |l: Option<Level>| l.map_or("not scored".to_owned(), |l| l.value().to_string());
    let gap = p
        .gap
        .map_or("unknown".to_owned(), |g| format_level(f64::from(g)));
    format!(
        "{}: current {}, target {}, gap {gap}",
        p.name,
        level(p.current),
        level(p.target)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use smo_core::framework::{builtin_framework, DEFAULT_FRAMEWORK_ID};
    use smo_core::{Assessment, PracticeAssessment, Priority};

    fn report(rows: &[(&str, Option<i64>, Option<i64>)]) -> GapReport {
        let framework = builtin_framework(DEFAULT_FRAMEWORK_ID)
            .expect("built in")
            .clone();
        let level = |v: Option<i64>| v.map(|v| Level::try_from(v).expect("level"));
        let assessment = Assessment {
            scope: rows.iter().map(|(id, _, _)| (*id).to_owned()).collect(),
            practices: rows
                .iter()
                .map(|(id, c, t)| PracticeAssessment {
                    current: level(*c),
                    target: level(*t),
                    priority: Some(Priority::Medium),
                    ..PracticeAssessment::empty(id)
                })
                .collect(),
            framework: Some(framework),
        };
        GapReport::of(&assessment).expect("report")
    }

    fn texts(chart: &Chart) -> Vec<&str> {
        chart
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn three_cells_per_practice_and_a_dash_where_nothing_is_scored() {
        let chart = heat_map(
            &report(&[
                ("incident-management", Some(2), Some(4)),
                ("service-desk", None, Some(3)),
            ]),
            Frame::PRINT_HEAT_MAP,
        );
        let cells: Vec<&Option<String>> = chart
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Rect { tooltip, .. } if tooltip.is_some() => Some(tooltip),
                _ => None,
            })
            .collect();
        assert_eq!(cells.len(), 6);
        assert_eq!(cells[0].as_deref(), Some("Incident management: current 2"));
        assert_eq!(
            cells[3].as_deref(),
            Some("Service desk: current not scored")
        );
        let t = texts(&chart);
        assert!(t.contains(&"Service management practices"));
        assert_eq!(
            t.iter().filter(|x| **x == "—").count(),
            2,
            "current and gap"
        );
        assert!(chart
            .description
            .contains("Service desk: current not scored, target 3, gap unknown"));
    }

    #[test]
    fn darker_cells_for_higher_levels() {
        let chart = heat_map(
            &report(&[("incident-management", Some(0), Some(5))]),
            Frame::PRINT_HEAT_MAP,
        );
        let fills: Vec<crate::Rgb> = chart
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Rect {
                    fill: Some(f),
                    tooltip: Some(_),
                    ..
                } => Some(*f),
                _ => None,
            })
            .collect();
        assert_eq!(fills, [LEVELS[0], LEVELS[5], GAPS[5]]);
        assert!(fills[1].luminance() < fills[0].luminance());
    }

    #[test]
    fn the_map_fills_its_width_and_keeps_its_text_inside_at_the_size_asked_for() {
        let report = report(&[
            ("incident-management", Some(2), Some(4)),
            ("service-configuration-management", None, Some(3)),
            ("monitoring-and-event-management", Some(1), Some(3)),
        ]);
        for frame in [
            Frame::PRINT_HEAT_MAP,
            Frame::new(300.0, 1000.0, 15.0).expect("frame"),
            Frame::new(700.0, 1000.0, 17.0).expect("frame"),
        ] {
            let chart = heat_map(&report, frame);
            assert!(
                chart.width <= frame.width + 1e-9 && chart.width > 0.8 * frame.width,
                "{frame:?}: {}",
                chart.width
            );
            for s in &chart.shapes {
                if let Shape::Text { at, text, style } = s {
                    assert!(style.size >= 0.85 * frame.text - 1e-9);
                    let w = crate::geometry::approximate_width(text, style.size);
                    let left = match style.anchor {
                        Anchor::Start => at.x,
                        Anchor::Middle => at.x - w / 2.0,
                        Anchor::End => at.x - w,
                    };
                    assert!(
                        left >= 0.0 && left + w <= chart.width + 1e-9,
                        "{frame:?}: {text}"
                    );
                    assert!(at.y <= chart.height, "{frame:?}: {text}");
                }
            }
        }
    }
}
