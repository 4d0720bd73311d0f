//! The gaps, largest first: one row per practice in ranking order, its
//! current level (a filled square) joined to its target (a diamond) on a 0–5
//! axis, and its weighted gap at the row's end; practices not yet scored
//! follow, marked so. Rows keep the text size, so the chart grows down with
//! more practices and reads at any number of them, unlike a radar.

use smo_core::{GapReport, Level, PracticeGap};

use crate::geometry::{approximate_width, chars_in, wrap_words};
use crate::palette::{CURRENT, GRID, INK, MUTED, TARGET, WHITE};
use crate::{Anchor, Chart, Frame, Point, Shape, Stroke, TextStyle};

/// The sorted gap chart of `report`, filling `frame`'s width.
pub fn gap_bars(report: &GapReport, frame: Frame) -> Chart {
    let t = frame.text;
    let pad = 0.8 * t;
    let header = 2.6 * t;
    let ranked: Vec<&PracticeGap> = report.top(usize::MAX).collect();
    let unranked: Vec<&PracticeGap> = report
        .practices
        .iter()
        .filter(|p| p.rank.is_none())
        .collect();
    let rows: Vec<&PracticeGap> = ranked.iter().chain(&unranked).copied().collect();
    let longest = rows
        .iter()
        .map(|p| approximate_width(&p.name, t))
        .fold(12.0 * t, f64::max);
    let label = (longest + pad).min(frame.width * 0.5);
    let value = 5.6 * t;
    let plot_left = pad + label + 0.6 * t;
    let plot_right = frame.width - pad - value;
    let x = |level: f64| plot_left + (plot_right - plot_left) * level / 5.0;
    // A name too long for its column takes two lines, never an ellipsis;
    // every row then grows to hold two.
    let names: Vec<Vec<String>> = rows
        .iter()
        .map(|p| wrap_words(&p.name, chars_in(label - pad, t), 2))
        .collect();
    let row = if names.iter().any(|n| n.len() > 1) {
        2.6 * t
    } else {
        1.9 * t
    };
    let height = header + row * rows.len().max(1) as f64 + pad;
    let style = |size, bold, color, anchor| TextStyle {
        size,
        bold,
        color,
        anchor,
    };
    let mut shapes = Vec::new();

    // The axis: a line and a label for every level, and the column's name.
    for level in 0..=5u8 {
        let gx = x(f64::from(level));
        shapes.push(Shape::Line {
            from: Point {
                x: gx,
                y: header - 0.4 * t,
            },
            to: Point {
                x: gx,
                y: height - pad,
            },
            stroke: Stroke {
                color: GRID,
                width: 0.05 * t,
                dash: None,
            },
        });
        shapes.push(Shape::Text {
            at: Point {
                x: gx,
                y: header - 0.9 * t,
            },
            text: level.to_string(),
            style: style(0.9 * t, false, MUTED, Anchor::Middle),
        });
    }
    shapes.push(Shape::Text {
        at: Point {
            x: frame.width - pad,
            y: header - 0.9 * t,
        },
        text: "Weighted".into(),
        style: style(0.9 * t, true, MUTED, Anchor::End),
    });

    let mut lines = Vec::new();
    for (n, (p, name)) in rows.iter().zip(&names).enumerate() {
        let y = header + row * n as f64;
        let mid = y + row / 2.0;
        let leading = 1.15 * t;
        let first = mid + 0.35 * t - leading * (name.len().max(1) - 1) as f64 / 2.0;
        for (k, line) in name.iter().enumerate() {
            shapes.push(Shape::Text {
                at: Point {
                    x: pad,
                    y: first + leading * k as f64,
                },
                text: line.clone(),
                style: style(t, false, INK, Anchor::Start),
            });
        }
        let (Some(current), Some(target)) = (p.current, p.target) else {
            shapes.push(Shape::Text {
                at: Point {
                    x: x(0.0) + 0.4 * t,
                    y: mid + 0.35 * t,
                },
                text: "not yet scored".into(),
                style: style(0.9 * t, false, MUTED, Anchor::Start),
            });
            lines.push(format!("{}: not yet scored", p.name));
            continue;
        };
        let (c, g) = (f64::from(current.value()), f64::from(target.value()));
        let (from, to) = (x(c.min(g)), x(c.max(g)));
        shapes.push(Shape::Rect {
            origin: Point {
                x: from,
                y: mid - 0.18 * t,
            },
            width: (to - from).max(0.0),
            height: 0.36 * t,
            fill: Some(GRID),
            stroke: None,
            tooltip: None,
        });
        let r = 0.42 * t;
        let cx = x(c);
        shapes.push(Shape::Rect {
            origin: Point {
                x: cx - r,
                y: mid - r,
            },
            width: 2.0 * r,
            height: 2.0 * r,
            fill: Some(CURRENT),
            stroke: Some(Stroke {
                color: WHITE,
                width: 0.08 * t,
                dash: None,
            }),
            tooltip: Some(format!("{}: today {}", p.name, level_name(current))),
        });
        let tx = x(g);
        let d = 0.55 * t;
        shapes.push(Shape::Polygon {
            points: vec![
                Point { x: tx, y: mid - d },
                Point { x: tx + d, y: mid },
                Point { x: tx, y: mid + d },
                Point { x: tx - d, y: mid },
            ],
            fill: Some((TARGET, 1.0)),
            stroke: Some(Stroke {
                color: WHITE,
                width: 0.08 * t,
                dash: None,
            }),
        });
        let weighted = p
            .weighted_gap
            .map_or_else(|| "–".to_owned(), |w| w.to_string());
        shapes.push(Shape::Text {
            at: Point {
                x: frame.width - pad,
                y: mid + 0.35 * t,
            },
            text: weighted.clone(),
            style: style(t, true, INK, Anchor::End),
        });
        lines.push(format!(
            "{}: today {}, target {}, weighted gap {weighted}",
            p.name,
            current.value(),
            target.value()
        ));
    }
    Chart {
        width: frame.width,
        height,
        title: "Gaps, largest first".into(),
        description: format!(
            "Practices by weighted gap, largest first: the current level (a square) joined to the target (a diamond) on a 0 to 5 scale. {}.",
            lines.join("; ")
        ),
        shapes,
    }
}

fn level_name(level: Level) -> String {
    format!("level {}", level.value())
}

#[cfg(test)]
mod tests {
    use super::*;
    use smo_core::framework::{builtin_framework, DEFAULT_FRAMEWORK_ID};
    use smo_core::{Assessment, PracticeAssessment, Priority};

    /// Every practice of the default framework (34), with a spread of levels
    /// and priorities; the fourth not yet scored.
    fn report() -> GapReport {
        let framework = builtin_framework(DEFAULT_FRAMEWORK_ID)
            .expect("built in")
            .clone();
        let level = |v: usize| Level::try_from((v % 6) as i64).ok();
        let priorities = [Priority::High, Priority::Medium, Priority::Low];
        let assessment = Assessment {
            scope: framework.practices.iter().map(|p| p.id.clone()).collect(),
            practices: framework
                .practices
                .iter()
                .enumerate()
                .map(|(i, p)| PracticeAssessment {
                    current: if i == 3 { None } else { level(i % 3) },
                    target: level(i % 3 + 1 + i % 2),
                    priority: Some(priorities[i % 3]),
                    ..PracticeAssessment::empty(&p.id)
                })
                .collect(),
            framework: Some(framework),
        };
        GapReport::of(&assessment).expect("report")
    }

    #[test]
    fn rows_run_largest_gap_first_then_the_unscored() {
        let r = report();
        let chart = gap_bars(&r, Frame::PRINT_HEAT_MAP);
        let names: Vec<&str> = chart
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { text, style, .. }
                    if style.anchor == Anchor::Start && !style.bold && style.color == INK =>
                {
                    Some(text.as_str())
                }
                _ => None,
            })
            .collect();
        // A name on two lines reads back whole.
        let names = names.join(" ");
        let expected: Vec<&str> = r
            .top(usize::MAX)
            .chain(r.practices.iter().filter(|p| p.rank.is_none()))
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(names, expected.join(" "));
        assert!(!names.contains('…'), "no name is cut");
        assert!(chart.description.contains("not yet scored"));
    }

    #[test]
    fn more_practices_make_it_taller_not_smaller() {
        let r = report();
        let chart = gap_bars(&r, Frame::PRINT_HEAT_MAP);
        let sizes: Vec<f64> = chart
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { style, .. } => Some(style.size),
                _ => None,
            })
            .collect();
        assert!(sizes
            .iter()
            .all(|s| *s >= 0.9 * Frame::PRINT_HEAT_MAP.text - 1e-9));
        assert!(chart.height > 1.9 * Frame::PRINT_HEAT_MAP.text * r.practices.len() as f64);
        for s in &chart.shapes {
            if let Shape::Text { at, .. } = s {
                assert!(at.x >= 0.0 && at.x <= chart.width + 1e-9 && at.y <= chart.height);
            }
        }
    }
}
