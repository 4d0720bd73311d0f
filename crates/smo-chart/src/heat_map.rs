//! The heat map: one row per practice in scope, grouped, with a cell each for
//! the current level, the target level and the gap. Darker means higher; a
//! practice not scored shows an em dash on a pale cell, never a 0.

use smo_core::{GapReport, Level};

use crate::geometry::{approximate_width, shorten};
use crate::palette::{GAPS, GRID, INK, LEVELS, MUTED, NOT_SCORED};
use crate::radar::format_level;
use crate::{Anchor, Chart, Point, Shape, Stroke, TextStyle};

const ROW: f64 = 20.0;
const GROUP_ROW: f64 = 24.0;
const HEADER: f64 = 28.0;
const CELL: f64 = 64.0;
const PAD: f64 = 8.0;
const LEGEND: f64 = 40.0;
const LABEL_SIZE: f64 = 10.0;
const MAX_LABEL: f64 = 260.0;

/// The heat map of every practice in scope, grouped as in the framework.
pub fn heat_map(report: &GapReport) -> Chart {
    let label_width = report
        .practices
        .iter()
        .map(|p| approximate_width(&p.name, LABEL_SIZE))
        .chain(
            report
                .groups
                .iter()
                .map(|g| approximate_width(&g.name, LABEL_SIZE)),
        )
        .fold(140.0_f64, f64::max)
        .min(MAX_LABEL)
        + PAD;
    let width = PAD + label_width + 3.0 * CELL + PAD;
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
                x: PAD + label_width + CELL * (i as f64 + 0.5),
                y: HEADER - 9.0,
            },
            text: (*heading).into(),
            style: style(10.0, true, INK, Anchor::Middle),
        });
    }

    let mut y = HEADER;
    let mut lines = Vec::new();
    let max_chars = ((MAX_LABEL) / (LABEL_SIZE * 0.55)) as usize;
    for group in &report.groups {
        let group_id = group.group_id.as_deref();
        shapes.push(Shape::Text {
            at: Point {
                x: PAD,
                y: y + GROUP_ROW - 7.0,
            },
            text: shorten(&group.name, max_chars),
            style: style(LABEL_SIZE, true, MUTED, Anchor::Start),
        });
        y += GROUP_ROW;
        for p in report
            .practices
            .iter()
            .filter(|p| Some(p.group_id.as_str()) == group_id)
        {
            shapes.push(Shape::Text {
                at: Point {
                    x: PAD,
                    y: y + ROW - 6.0,
                },
                text: shorten(&p.name, max_chars),
                style: style(LABEL_SIZE, false, INK, Anchor::Start),
            });
            let cells = [
                ("current", p.current.map(Level::value), &LEVELS),
                ("target", p.target.map(Level::value), &LEVELS),
                ("gap", p.gap, &GAPS),
            ];
            for (column, (what, value, ramp)) in cells.iter().enumerate() {
                let origin = Point {
                    x: PAD + label_width + CELL * column as f64,
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
                    width: CELL,
                    height: ROW,
                    fill: Some(fill),
                    stroke: Some(Stroke {
                        color: crate::palette::WHITE,
                        width: 1.0,
                        dash: None,
                    }),
                    tooltip: Some(tooltip),
                });
                shapes.push(Shape::Text {
                    at: Point {
                        x: origin.x + CELL / 2.0,
                        y: y + ROW - 6.0,
                    },
                    text,
                    style: style(
                        10.0,
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
            y += ROW;
        }
    }
    if report.practices.is_empty() {
        shapes.push(Shape::Text {
            at: Point { x: PAD, y: y + ROW },
            text: "No practices in scope yet".into(),
            style: style(11.0, false, MUTED, Anchor::Start),
        });
        y += ROW * 1.5;
    }
    shapes.push(Shape::Line {
        from: Point { x: PAD, y: HEADER },
        to: Point {
            x: width - PAD,
            y: HEADER,
        },
        stroke: Stroke {
            color: GRID,
            width: 1.0,
            dash: None,
        },
    });

    // Legend: the two ramps.
    let legend_y = y + 14.0;
    let mut x = PAD;
    for (label, ramp) in [("Level", &LEVELS), ("Gap", &GAPS)] {
        shapes.push(Shape::Text {
            at: Point {
                x,
                y: legend_y + 11.0,
            },
            text: label.into(),
            style: style(9.0, false, MUTED, Anchor::Start),
        });
        x += approximate_width(label, 9.0) + 6.0;
        for (v, color) in ramp.iter().enumerate() {
            shapes.push(Shape::Rect {
                origin: Point { x, y: legend_y },
                width: 16.0,
                height: 14.0,
                fill: Some(*color),
                stroke: None,
                tooltip: None,
            });
            shapes.push(Shape::Text {
                at: Point {
                    x: x + 8.0,
                    y: legend_y + 10.5,
                },
                text: v.to_string(),
                style: style(8.0, false, color.text_on(), Anchor::Middle),
            });
            x += 16.0;
        }
        x += 18.0;
    }

    let height = legend_y + LEGEND - 10.0;
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
        let chart = heat_map(&report(&[
            ("incident-management", Some(2), Some(4)),
            ("service-desk", None, Some(3)),
        ]));
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
        let chart = heat_map(&report(&[("incident-management", Some(0), Some(5))]));
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
}
