//! The radar: one spoke per practice (or group), the current state as a filled
//! polygon and the target as a dashed one, on rings for levels 1 to 5.
//!
//! A spoke without a value gets no point: a missing score is left out of the
//! polygon and its label says "not scored", never drawn as level 0.

use std::f64::consts::PI;

use smo_core::GapReport;

use crate::geometry::{approximate_width, shorten};
use crate::palette::{CURRENT, GRID, INK, MUTED, TARGET};
use crate::{Anchor, Chart, Point, Shape, Stroke, TextStyle};

/// One spoke of the radar.
#[derive(Debug, Clone, PartialEq)]
pub struct RadarAxis {
    /// What the spoke stands for.
    pub label: String,
    /// The current level (0–5), possibly an average.
    pub current: Option<f64>,
    /// The target level (0–5), possibly an average.
    pub target: Option<f64>,
}

const TOP_LEVEL: f64 = 5.0;
const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 520.0;
const LEGEND_HEIGHT: f64 = 30.0;
const LABEL_ROOM: f64 = 150.0;

/// The radar of every practice in scope.
pub fn practices_radar(report: &GapReport) -> Chart {
    let axes: Vec<RadarAxis> = report
        .practices
        .iter()
        .map(|p| RadarAxis {
            label: p.name.clone(),
            current: p.current.map(|l| f64::from(l.value())),
            target: p.target.map(|l| f64::from(l.value())),
        })
        .collect();
    radar("Current and target level by practice", &axes)
}

/// The radar of group averages.
pub fn groups_radar(report: &GapReport) -> Chart {
    let axes: Vec<RadarAxis> = report
        .groups
        .iter()
        .map(|g| RadarAxis {
            label: g.name.clone(),
            current: g.average_current,
            target: g.average_target,
        })
        .collect();
    radar("Average current and target level by practice group", &axes)
}

/// A radar of `axes`, clockwise from the top.
pub fn radar(title: &str, axes: &[RadarAxis]) -> Chart {
    let mut shapes = legend();
    let center = Point {
        x: WIDTH / 2.0,
        y: LEGEND_HEIGHT + (HEIGHT - LEGEND_HEIGHT) / 2.0,
    };
    let radius = (WIDTH / 2.0 - LABEL_ROOM).min((HEIGHT - LEGEND_HEIGHT) / 2.0 - 28.0);
    let n = axes.len();
    if n == 0 {
        shapes.push(Shape::Text {
            at: center,
            text: "No practices in scope yet".into(),
            style: TextStyle {
                size: 13.0,
                bold: false,
                color: MUTED,
                anchor: Anchor::Middle,
            },
        });
        return Chart {
            width: WIDTH,
            height: HEIGHT,
            title: title.to_owned(),
            description: "Empty radar: no practices are in scope yet.".into(),
            shapes,
        };
    }
    let angle = |i: usize| -PI / 2.0 + 2.0 * PI * i as f64 / n as f64;
    let at = |i: usize, value: f64| {
        let r = radius * value.clamp(0.0, TOP_LEVEL) / TOP_LEVEL;
        Point {
            x: center.x + r * angle(i).cos(),
            y: center.y + r * angle(i).sin(),
        }
    };
    let thin = |color| Stroke {
        color,
        width: 0.75,
        dash: None,
    };

    // Rings for levels 1 to 5 (polygons; a circle-like polygon below 3 spokes).
    let corners = n.max(24 * usize::from(n < 3));
    for level in 1..=5 {
        let value = f64::from(level);
        let points = (0..corners)
            .map(|k| {
                let a = -PI / 2.0 + 2.0 * PI * k as f64 / corners as f64;
                let r = radius * value / TOP_LEVEL;
                Point {
                    x: center.x + r * a.cos(),
                    y: center.y + r * a.sin(),
                }
            })
            .collect();
        shapes.push(Shape::Polygon {
            points,
            fill: None,
            stroke: Some(thin(GRID)),
        });
    }
    for i in 0..n {
        shapes.push(Shape::Line {
            from: center,
            to: at(i, TOP_LEVEL),
            stroke: thin(GRID),
        });
    }
    for level in 1..=5 {
        let p = at(0, f64::from(level));
        shapes.push(Shape::Text {
            at: Point {
                x: p.x + 4.0,
                y: p.y + 3.0,
            },
            text: level.to_string(),
            style: TextStyle {
                size: 8.0,
                bold: false,
                color: MUTED,
                anchor: Anchor::Start,
            },
        });
    }

    // Current (filled) and target (dashed) polygons over the spokes with a value.
    let series = |value: fn(&RadarAxis) -> Option<f64>| -> Vec<(usize, Point)> {
        axes.iter()
            .enumerate()
            .filter_map(|(i, a)| value(a).map(|v| (i, at(i, v))))
            .collect()
    };
    let current = series(|a| a.current);
    let target = series(|a| a.target);
    if current.len() >= 2 {
        shapes.push(Shape::Polygon {
            points: current.iter().map(|(_, p)| *p).collect(),
            fill: Some((CURRENT, 0.22)),
            stroke: Some(Stroke {
                color: CURRENT,
                width: 2.0,
                dash: None,
            }),
        });
    }
    if target.len() >= 2 {
        shapes.push(Shape::Polygon {
            points: target.iter().map(|(_, p)| *p).collect(),
            fill: None,
            stroke: Some(Stroke {
                color: TARGET,
                width: 2.0,
                dash: Some(5.0),
            }),
        });
    }
    for (_, p) in &target {
        shapes.push(Shape::Dot {
            center: *p,
            radius: 2.5,
            fill: TARGET,
        });
    }
    for (_, p) in &current {
        shapes.push(Shape::Dot {
            center: *p,
            radius: 3.0,
            fill: CURRENT,
        });
    }

    // Labels outside the rings.
    let size = match n {
        0..=12 => 10.5,
        13..=24 => 9.0,
        _ => 8.0,
    };
    let max_chars = (LABEL_ROOM / (size * 0.55)) as usize;
    for (i, axis) in axes.iter().enumerate() {
        let (cos, sin) = (angle(i).cos(), angle(i).sin());
        let anchor = if cos > 0.15 {
            Anchor::Start
        } else if cos < -0.15 {
            Anchor::End
        } else {
            Anchor::Middle
        };
        let scored = axis.current.is_some();
        let text = if scored {
            shorten(&axis.label, max_chars)
        } else {
            format!(
                "{} (not scored)",
                shorten(&axis.label, max_chars.saturating_sub(14))
            )
        };
        let r = radius + 8.0;
        let baseline_shift = if sin > 0.5 {
            size * 0.9
        } else if sin < -0.5 {
            -2.0
        } else {
            size * 0.35
        };
        shapes.push(Shape::Text {
            at: Point {
                x: center.x + r * cos,
                y: center.y + r * sin + baseline_shift,
            },
            text,
            style: TextStyle {
                size,
                bold: false,
                color: if scored { INK } else { MUTED },
                anchor,
            },
        });
    }

    Chart {
        width: WIDTH,
        height: HEIGHT,
        title: title.to_owned(),
        description: describe(title, axes),
        shapes,
    }
}

fn legend() -> Vec<Shape> {
    let style = TextStyle {
        size: 10.0,
        bold: false,
        color: INK,
        anchor: Anchor::Start,
    };
    let x = 12.0;
    let y = 14.0;
    let second = x + 24.0 + approximate_width("Current", 10.0) + 24.0;
    vec![
        Shape::Rect {
            origin: Point { x, y: y - 5.0 },
            width: 18.0,
            height: 10.0,
            fill: Some(CURRENT),
            stroke: None,
            tooltip: None,
        },
        Shape::Text {
            at: Point {
                x: x + 24.0,
                y: y + 4.0,
            },
            text: "Current".into(),
            style,
        },
        Shape::Line {
            from: Point { x: second, y },
            to: Point {
                x: second + 18.0,
                y,
            },
            stroke: Stroke {
                color: TARGET,
                width: 2.0,
                dash: Some(4.0),
            },
        },
        Shape::Text {
            at: Point {
                x: second + 24.0,
                y: y + 4.0,
            },
            text: "Target".into(),
            style,
        },
    ]
}

fn describe(title: &str, axes: &[RadarAxis]) -> String {
    let value = |v: Option<f64>| v.map_or_else(|| "not scored".to_owned(), format_level);
    let parts: Vec<String> = axes
        .iter()
        .map(|a| {
            format!(
                "{}: current {}, target {}",
                a.label,
                value(a.current),
                value(a.target)
            )
        })
        .collect();
    format!("{title}. {}.", parts.join("; "))
}

/// A level for people: "3" or "2.7".
pub fn format_level(v: f64) -> String {
    if (v - v.round()).abs() < 0.05 {
        format!("{}", v.round())
    } else {
        format!("{v:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn axis(label: &str, current: Option<f64>, target: Option<f64>) -> RadarAxis {
        RadarAxis {
            label: label.into(),
            current,
            target,
        }
    }

    fn polygons(chart: &Chart) -> Vec<&Vec<Point>> {
        chart
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Polygon {
                    points,
                    fill: Some(_),
                    ..
                } => Some(points),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_level_five_point_sits_on_the_outer_ring_and_zero_at_the_centre() {
        let chart = radar(
            "t",
            &[
                axis("A", Some(5.0), None),
                axis("B", Some(0.0), None),
                axis("C", Some(5.0), None),
                axis("D", Some(5.0), None),
            ],
        );
        let current = polygons(&chart)[0];
        let center = Point { x: 320.0, y: 275.0 };
        assert!((current[1].x - center.x).abs() < 1e-9 && (current[1].y - center.y).abs() < 1e-9);
        // A (top): straight up from the centre.
        assert!((current[0].x - center.x).abs() < 1e-9);
        assert!(current[0].y < center.y - 100.0);
    }

    #[test]
    fn unscored_spokes_are_left_out_and_labelled() {
        let chart = radar(
            "t",
            &[
                axis("A", Some(2.0), Some(4.0)),
                axis("B", None, Some(3.0)),
                axis("C", Some(3.0), Some(3.0)),
            ],
        );
        assert_eq!(polygons(&chart)[0].len(), 2);
        let labels: Vec<&str> = chart
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        assert!(labels.contains(&"B (not scored)"));
        assert!(chart
            .description
            .contains("B: current not scored, target 3"));
    }

    #[test]
    fn every_shape_stays_inside_the_chart() {
        let axes: Vec<RadarAxis> = (0..34)
            .map(|i| {
                axis(
                    &format!("A long practice name number {i}"),
                    Some(5.0),
                    Some(5.0),
                )
            })
            .collect();
        let chart = radar("t", &axes);
        for s in &chart.shapes {
            if let Shape::Text { at, text, style } = s {
                let w = approximate_width(text, style.size);
                let (left, right) = match style.anchor {
                    Anchor::Start => (at.x, at.x + w),
                    Anchor::Middle => (at.x - w / 2.0, at.x + w / 2.0),
                    Anchor::End => (at.x - w, at.x),
                };
                assert!(left >= 0.0 && right <= chart.width, "{text} at {at:?}");
                assert!(
                    at.y >= style.size && at.y <= chart.height,
                    "{text} at {at:?}"
                );
            }
        }
    }

    #[test]
    fn an_empty_radar_says_so() {
        let chart = radar("t", &[]);
        assert!(chart.description.contains("no practices"));
    }
}
