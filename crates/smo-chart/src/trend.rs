//! Maturity over the assessment rounds: one column per round (the baseline
//! first), the average level of the practices rated on a 0–5 axis, overall as
//! a thick line with its value at every round, each group as a thin dashed
//! line named at its end. A round where a group has nothing rated leaves a
//! gap in its line, never a drop to 0.

use smo_core::reassessment::TrendPoint;

use crate::geometry::{approximate_width, chars_in, shorten, wrap_words};
use crate::palette::{CURRENT, GRID, INK, MUTED};
use crate::{Anchor, Chart, Frame, Point, Rgb, Shape, Stroke, TextStyle};

/// The groups' lines: muted, told apart by their dash and their name.
const GROUP_COLOURS: [Rgb; 4] = [
    Rgb(0x6b, 0x7f, 0x99),
    Rgb(0x9a, 0x6a, 0x2b),
    Rgb(0x4f, 0x7d, 0x5c),
    Rgb(0x7a, 0x5a, 0x8c),
];

/// The trend of `points` (oldest round first); `groups` names each group id.
pub fn trend(points: &[TrendPoint], groups: &[(String, String)], frame: Frame) -> Chart {
    let t = frame.text;
    let pad = 0.8 * t;
    let names: Vec<String> = groups.iter().map(|(_, name)| shorten(name, 28)).collect();
    let legend = names
        .iter()
        .map(|n| approximate_width(n, 0.85 * t))
        .fold(approximate_width("Overall", t), f64::max)
        + 1.2 * t;
    let left = pad + 1.6 * t;
    let right = (frame.width - pad - legend).max(left + 4.0 * t);
    let top = pad + 0.6 * t;
    let plot = (frame.max_height - top - 3.4 * t).clamp(8.0 * t, 18.0 * t);
    let bottom = top + plot;
    let height = bottom + 3.6 * t;
    let y = |level: f64| bottom - plot * level / 5.0;
    let n = points.len().max(1);
    let x = |i: usize| {
        if n == 1 {
            (left + right) / 2.0
        } else {
            left + (right - left) * i as f64 / (n - 1) as f64
        }
    };
    let style = |size, bold, color, anchor| TextStyle {
        size,
        bold,
        color,
        anchor,
    };
    let mut shapes = Vec::new();
    for level in 0..=5u8 {
        let gy = y(f64::from(level));
        shapes.push(Shape::Line {
            from: Point { x: left, y: gy },
            to: Point { x: right, y: gy },
            stroke: Stroke {
                color: GRID,
                width: 0.05 * t,
                dash: None,
            },
        });
        shapes.push(Shape::Text {
            at: Point {
                x: left - 0.5 * t,
                y: gy + 0.3 * t,
            },
            text: level.to_string(),
            style: style(0.85 * t, false, MUTED, Anchor::End),
        });
    }
    // Each round named under its column, in up to two lines that fit the
    // room between columns (the ends anchored inward).
    let room = if n == 1 {
        right - left
    } else {
        (right - left) / (n - 1) as f64 * 0.9
    };
    for (i, p) in points.iter().enumerate() {
        let anchor = match (i, n) {
            (_, 1) => Anchor::Middle,
            (0, _) => Anchor::Start,
            (i, n) if i + 1 == n => Anchor::End,
            _ => Anchor::Middle,
        };
        for (line, text) in wrap_words(&p.round, chars_in(room, 0.85 * t), 2)
            .into_iter()
            .enumerate()
        {
            shapes.push(Shape::Text {
                at: Point {
                    x: x(i),
                    y: bottom + 1.4 * t + line as f64 * 1.05 * t,
                },
                text,
                style: style(0.85 * t, false, INK, anchor),
            });
        }
    }
    // A line through the values that are there; each run of rounds with a
    // value is joined, a round without one breaks the line.
    let mut line = |values: Vec<Option<f64>>, stroke: Stroke, dots: Option<Rgb>| {
        for i in 1..values.len() {
            if let (Some(a), Some(b)) = (values[i - 1], values[i]) {
                shapes.push(Shape::Line {
                    from: Point {
                        x: x(i - 1),
                        y: y(a),
                    },
                    to: Point { x: x(i), y: y(b) },
                    stroke,
                });
            }
        }
        if let Some(fill) = dots {
            for (i, v) in values.iter().enumerate() {
                if let Some(v) = v {
                    shapes.push(Shape::Dot {
                        center: Point { x: x(i), y: y(*v) },
                        radius: 0.3 * t,
                        fill,
                    });
                }
            }
        }
    };
    let mut ends = Vec::new();
    for (g, (id, _)) in groups.iter().enumerate() {
        let colour = GROUP_COLOURS[g % GROUP_COLOURS.len()];
        let values: Vec<Option<f64>> = points
            .iter()
            .map(|p| {
                p.groups
                    .iter()
                    .find(|(gid, _)| gid == id)
                    .and_then(|(_, v)| *v)
            })
            .collect();
        if let Some(last) = values.iter().rev().flatten().next() {
            ends.push((*last, names[g].clone(), colour, false));
        }
        line(
            values,
            Stroke {
                color: colour,
                width: 0.1 * t,
                dash: Some(0.35 * t * (1.0 + g as f64 % 3.0)),
            },
            None,
        );
    }
    let overall: Vec<Option<f64>> = points.iter().map(|p| p.overall).collect();
    if let Some(last) = overall.iter().rev().flatten().next() {
        ends.push((*last, "Overall".to_owned(), CURRENT, true));
    }
    line(
        overall.clone(),
        Stroke {
            color: CURRENT,
            width: 0.22 * t,
            dash: None,
        },
        Some(CURRENT),
    );
    // Each value above its point, kept inside the plot at either end.
    for (i, v) in overall.iter().enumerate() {
        if let Some(v) = v {
            let anchor = match (i, n) {
                (_, 1) => Anchor::Middle,
                (0, _) => Anchor::Start,
                (i, n) if i + 1 == n => Anchor::End,
                _ => Anchor::Middle,
            };
            shapes.push(Shape::Text {
                at: Point {
                    x: x(i),
                    y: y(*v) - 0.7 * t,
                },
                text: format!("{v:.1}"),
                style: style(0.9 * t, true, CURRENT, anchor),
            });
        }
    }
    // Names at the right end, nudged apart so none overlaps another.
    ends.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut last_y = f64::NEG_INFINITY;
    for (value, name, colour, bold) in ends {
        let ly = (y(value) + 0.3 * t).max(last_y + 1.1 * t);
        last_y = ly;
        shapes.push(Shape::Text {
            at: Point {
                x: right + 0.6 * t,
                y: ly,
            },
            text: name,
            style: style(if bold { t } else { 0.85 * t }, bold, colour, Anchor::Start),
        });
    }
    let description = points
        .iter()
        .map(|p| match p.overall {
            Some(v) => format!("{}: {v:.1}", p.round),
            None => format!("{}: nothing rated", p.round),
        })
        .collect::<Vec<_>>()
        .join("; ");
    Chart {
        width: frame.width,
        height,
        title: "Average maturity by assessment round".into(),
        description: format!(
            "Average current level of the practices rated, by round. {description}."
        ),
        shapes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(round: &str, overall: Option<f64>, groups: &[(&str, Option<f64>)]) -> TrendPoint {
        TrendPoint {
            round: round.into(),
            overall,
            groups: groups.iter().map(|(g, v)| ((*g).into(), *v)).collect(),
        }
    }

    fn frame() -> Frame {
        Frame::new(600.0, 300.0, 12.0).expect("a frame")
    }

    #[test]
    fn every_round_is_named_and_the_description_reads_the_values() {
        let points = [
            point("Baseline", Some(1.2), &[("a", Some(1.0))]),
            point("Review", Some(1.9), &[("a", None)]),
        ];
        let chart = trend(&points, &[("a".into(), "General".into())], frame());
        let texts: Vec<&str> = chart
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        assert!(texts.contains(&"Baseline") && texts.contains(&"Review"));
        assert!(texts.contains(&"1.2") && texts.contains(&"1.9"));
        assert!(chart.description.contains("Baseline: 1.2; Review: 1.9"));
        // The group has no value in the review: no line for it, only the overall's.
        let lines = chart
            .shapes
            .iter()
            .filter(|s| matches!(s, Shape::Line { stroke, .. } if stroke.color != GRID))
            .count();
        assert_eq!(lines, 1);
    }

    #[test]
    fn end_labels_never_overlap() {
        let points = [point(
            "Only",
            Some(2.0),
            &[("a", Some(2.0)), ("b", Some(2.0)), ("c", Some(2.05))],
        )];
        let groups: Vec<(String, String)> = ["a", "b", "c"]
            .iter()
            .map(|g| ((*g).into(), format!("Group {g}")))
            .collect();
        let chart = trend(&points, &groups, frame());
        let mut ys: Vec<f64> = chart
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { at, text, .. } if text.starts_with("Group") || text == "Overall" => {
                    Some(at.y)
                }
                _ => None,
            })
            .collect();
        ys.sort_by(f64::total_cmp);
        assert_eq!(ys.len(), 4);
        assert!(
            ys.windows(2).all(|w| w[1] - w[0] >= 1.1 * 12.0 - 1e-9),
            "{ys:?}"
        );
    }
}
