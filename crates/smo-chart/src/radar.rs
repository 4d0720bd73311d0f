//! The radar: one spoke per practice (or group), the current state as a filled
//! polygon and the target as a dashed one, on rings for levels 1 to 5.
//!
//! A spoke without a value gets no point: a missing score is left out of the
//! polygon and its label says "not scored", never drawn as level 0.

use std::f64::consts::PI;

use smo_core::GapReport;

use crate::geometry::{approximate_width, chars_in, wrap_words};
use crate::palette::{CURRENT, GRID, INK, MUTED, TARGET};
use crate::{Anchor, Chart, Frame, Point, Shape, Stroke, TextStyle};

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

/// The radar of every practice in scope, laid out for `frame`.
pub fn practices_radar(report: &GapReport, frame: Frame) -> Chart {
    let axes: Vec<RadarAxis> = report
        .practices
        .iter()
        .map(|p| RadarAxis {
            label: p.name.clone(),
            current: p.current.map(|l| f64::from(l.value())),
            target: p.target.map(|l| f64::from(l.value())),
        })
        .collect();
    radar("Current and target level by practice", &axes, frame)
}

/// The radar of group averages, laid out for `frame`.
pub fn groups_radar(report: &GapReport, frame: Frame) -> Chart {
    let axes: Vec<RadarAxis> = report
        .groups
        .iter()
        .map(|g| RadarAxis {
            label: g.name.clone(),
            current: g.average_current,
            target: g.average_target,
        })
        .collect();
    radar(
        "Average current and target level by practice group",
        &axes,
        frame,
    )
}

/// The label of a spoke in lines of at most `max_chars`: its name (on two
/// lines when one is too short), marked when it has no current level.
fn spoke_label(axis: &RadarAxis, max_chars: usize) -> Vec<String> {
    let text = if axis.current.is_some() {
        axis.label.clone()
    } else {
        format!("{} (not scored)", axis.label)
    };
    wrap_words(&text, max_chars, 2)
}

/// The width of the longest line of `lines` at `size`.
fn widest(lines: &[String], size: f64) -> f64 {
    lines
        .iter()
        .map(|l| approximate_width(l, size))
        .fold(0.0, f64::max)
}

/// A radar of `axes`, clockwise from the top, filling `frame`'s width (and
/// no taller than it allows). Labels sit outside the rings at the frame's
/// text size (a little smaller when there are many spokes) and are shortened
/// only as far as the room on their side requires.
pub fn radar(title: &str, axes: &[RadarAxis], frame: Frame) -> Chart {
    let t = frame.text;
    let u = t / 10.0;
    let width = frame.width;
    let height = frame.max_height.min(width * 0.8125);
    let legend_height = 3.0 * t;
    let pad = 0.6 * t;
    let mut shapes = legend(t);
    let center = Point {
        x: width / 2.0,
        y: legend_height + (height - legend_height) / 2.0,
    };
    let n = axes.len();
    let size = t * match n {
        0..=12 => 1.05,
        13..=24 => 0.9,
        _ => 0.8,
    };
    // Room for the labels beside the rings: what the longest needs, up to a
    // quarter of the width each side; the rings keep at least a fifth.
    // Labels of more than about 22 characters take two lines.
    let longest = axes
        .iter()
        .map(|a| widest(&spoke_label(a, 22), size))
        .fold(0.0_f64, f64::max);
    let label_room = (longest + pad + 0.8 * t).min(width * 0.25);
    let radius = (width / 2.0 - label_room)
        .min((height - legend_height) / 2.0 - 4.0 * size)
        .max(width.min(height) * 0.2);
    if n == 0 {
        shapes.push(Shape::Text {
            at: center,
            text: "No practices in scope yet".into(),
            style: TextStyle {
                size: 1.3 * t,
                bold: false,
                color: MUTED,
                anchor: Anchor::Middle,
            },
        });
        return Chart {
            width,
            height,
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
        width: 0.75 * u,
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
                x: p.x + 0.4 * t,
                y: p.y + 0.3 * t,
            },
            text: level.to_string(),
            style: TextStyle {
                // Smaller than the labels, never below the legible size at 150 % zoom.
                size: 0.9 * t,
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
                width: 2.0 * u,
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
                width: 2.0 * u,
                dash: Some(5.0 * u),
            }),
        });
    }
    for (_, p) in &target {
        shapes.push(Shape::Dot {
            center: *p,
            radius: 0.25 * t,
            fill: TARGET,
        });
    }
    for (_, p) in &current {
        shapes.push(Shape::Dot {
            center: *p,
            radius: 0.3 * t,
            fill: CURRENT,
        });
    }

    // Labels outside the rings, each shortened only to the room on its side.
    let leading = 1.15 * size;
    let mut blocks: Vec<LabelBlock> = axes
        .iter()
        .enumerate()
        .map(|(i, axis)| {
            let (cos, sin) = (angle(i).cos(), angle(i).sin());
            let r = radius + 0.8 * t;
            let x = center.x + r * cos;
            let (anchor, room) = if cos > 0.15 {
                (Anchor::Start, width - x - pad)
            } else if cos < -0.15 {
                (Anchor::End, x - pad)
            } else {
                (Anchor::Middle, 2.0 * x.min(width - x) - 2.0 * pad)
            };
            let lines = spoke_label(axis, chars_in(room, size));
            let block = leading * (lines.len().max(1) - 1) as f64;
            // The first line's baseline: below the tip for the lower spokes,
            // above it for the upper ones, centred on it at the sides.
            let first = if sin > 0.5 {
                size * 0.9
            } else if sin < -0.5 {
                -0.2 * t - block
            } else {
                size * 0.35 - block / 2.0
            };
            LabelBlock {
                x,
                anchor,
                lines,
                baseline: center.y + r * sin + first,
                scored: axis.current.is_some(),
                axis: i,
            }
        })
        .collect();
    // A side label next to the top or bottom one moves out sideways until
    // the two no longer meet, shortened to the room left on its side.
    let middles: Vec<(f64, f64, f64, f64)> = blocks
        .iter()
        .filter(|b| b.anchor == Anchor::Middle)
        .map(|b| b.bounds(size, leading))
        .collect();
    for b in blocks.iter_mut().filter(|b| b.anchor != Anchor::Middle) {
        for &(left, right, top, bottom) in &middles {
            let (l, r, t0, b0) = b.bounds(size, leading);
            let meets = l < right && left < r && t0 < bottom && top < b0;
            if !meets {
                continue;
            }
            b.x = match b.anchor {
                Anchor::Start => right + pad,
                _ => left - pad,
            };
            let room = match b.anchor {
                Anchor::Start => width - b.x - pad,
                _ => b.x - pad,
            };
            b.lines = spoke_label(&axes[b.axis], chars_in(room, size));
        }
    }
    // Side labels crowded near the top or the bottom (many spokes) are
    // spread apart: from the top down in the upper half, from the bottom up
    // in the lower one, each kept clear of the ring it sits beside.
    let ring = radius + 0.8 * t;
    let clear_of_ring = |b: &mut LabelBlock| {
        let (_, _, top, bottom) = b.bounds(size, leading);
        // The ring's widest point over the block's height.
        let dy = if top > center.y {
            top - center.y
        } else if bottom < center.y {
            center.y - bottom
        } else {
            0.0
        };
        let reach = (ring * ring - dy * dy).max(0.0).sqrt();
        let moved = match b.anchor {
            Anchor::Start if b.x < center.x + reach + 0.2 * t => Some(center.x + reach + 0.2 * t),
            Anchor::End if b.x > center.x - reach - 0.2 * t => Some(center.x - reach - 0.2 * t),
            _ => None,
        };
        if let Some(x) = moved {
            b.x = x;
            let room = match b.anchor {
                Anchor::Start => width - x - pad,
                _ => x - pad,
            };
            b.lines = spoke_label(&axes[b.axis], chars_in(room, size));
        }
    };
    for side in [Anchor::Start, Anchor::End] {
        let mut upper: Vec<usize> = (0..blocks.len())
            .filter(|&i| blocks[i].anchor == side && blocks[i].baseline < center.y)
            .collect();
        upper.sort_by(|&a, &b| blocks[a].baseline.total_cmp(&blocks[b].baseline));
        for w in 1..upper.len() {
            let (_, _, _, above) = blocks[upper[w - 1]].bounds(size, leading);
            let b = &mut blocks[upper[w]];
            let (_, _, top, _) = b.bounds(size, leading);
            if top < above + 0.1 * size {
                b.baseline += above + 0.1 * size - top;
                clear_of_ring(b);
            }
        }
        let mut lower: Vec<usize> = (0..blocks.len())
            .filter(|&i| blocks[i].anchor == side && blocks[i].baseline >= center.y)
            .collect();
        lower.sort_by(|&a, &b| blocks[b].baseline.total_cmp(&blocks[a].baseline));
        for w in 1..lower.len() {
            let (_, _, below, _) = blocks[lower[w - 1]].bounds(size, leading);
            let b = &mut blocks[lower[w]];
            let (_, _, _, bottom) = b.bounds(size, leading);
            if bottom > below - 0.1 * size {
                b.baseline -= bottom - (below - 0.1 * size);
                clear_of_ring(b);
            }
        }
    }
    for b in blocks {
        for (k, line) in b.lines.into_iter().enumerate() {
            shapes.push(Shape::Text {
                at: Point {
                    x: b.x,
                    y: b.baseline + leading * k as f64,
                },
                text: line,
                style: TextStyle {
                    size,
                    bold: false,
                    color: if b.scored { INK } else { MUTED },
                    anchor: b.anchor,
                },
            });
        }
    }

    Chart {
        width,
        height,
        title: title.to_owned(),
        description: describe(title, axes),
        shapes,
    }
}

/// One spoke's label: where it is anchored and its lines.
struct LabelBlock {
    x: f64,
    anchor: Anchor,
    lines: Vec<String>,
    /// The first line's baseline.
    baseline: f64,
    scored: bool,
    axis: usize,
}

impl LabelBlock {
    /// Left, right, top and bottom of its lines at `size`, `leading` apart.
    fn bounds(&self, size: f64, leading: f64) -> (f64, f64, f64, f64) {
        let w = widest(&self.lines, size);
        let left = match self.anchor {
            Anchor::Start => self.x,
            Anchor::Middle => self.x - w / 2.0,
            Anchor::End => self.x - w,
        };
        let last = self.baseline + leading * (self.lines.len().max(1) - 1) as f64;
        (
            left,
            left + w,
            self.baseline - 0.8 * size,
            last + 0.2 * size,
        )
    }
}

fn legend(t: f64) -> Vec<Shape> {
    let style = TextStyle {
        size: t,
        bold: false,
        color: INK,
        anchor: Anchor::Start,
    };
    let x = 1.2 * t;
    let y = 1.4 * t;
    let second = x + 2.4 * t + approximate_width("Current", t) + 2.4 * t;
    vec![
        Shape::Rect {
            origin: Point { x, y: y - 0.5 * t },
            width: 1.8 * t,
            height: t,
            fill: Some(CURRENT),
            stroke: None,
            tooltip: None,
        },
        Shape::Text {
            at: Point {
                x: x + 2.4 * t,
                y: y + 0.4 * t,
            },
            text: "Current".into(),
            style,
        },
        Shape::Line {
            from: Point { x: second, y },
            to: Point {
                x: second + 1.8 * t,
                y,
            },
            stroke: Stroke {
                color: TARGET,
                width: 0.2 * t,
                dash: Some(0.4 * t),
            },
        },
        Shape::Text {
            at: Point {
                x: second + 2.4 * t,
                y: y + 0.4 * t,
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
            Frame::PRINT_RADAR,
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
            Frame::PRINT_RADAR,
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

    /// Every label inside the chart, for frames from a narrow window to a
    /// wide screen and from few spokes to all 34 practices.
    #[test]
    fn every_label_stays_inside_the_chart_at_the_size_asked_for() {
        for n in [3, 8, 12, 16, 34] {
            let axes: Vec<RadarAxis> = (0..n)
                .map(|i| {
                    axis(
                        &format!("Service configuration management number {i}"),
                        (i % 3 != 0).then_some(2.0),
                        Some(5.0),
                    )
                })
                .collect();
            for frame in [
                Frame::PRINT_RADAR,
                Frame::new(420.0, 600.0, 15.0).expect("frame"),
                Frame::new(880.0, 560.0, 15.0).expect("frame"),
                Frame::new(1100.0, 800.0, 18.0).expect("frame"),
            ] {
                let chart = radar("t", &axes, frame);
                assert_eq!(chart.width, frame.width);
                assert!(chart.height <= frame.max_height);
                for s in &chart.shapes {
                    if let Shape::Text { at, text, style } = s {
                        assert!(
                            style.size >= 0.8 * frame.text - 1e-9,
                            "{text} at {}",
                            style.size
                        );
                        let w = approximate_width(text, style.size);
                        let (left, right) = match style.anchor {
                            Anchor::Start => (at.x, at.x + w),
                            Anchor::Middle => (at.x - w / 2.0, at.x + w / 2.0),
                            Anchor::End => (at.x - w, at.x),
                        };
                        assert!(
                            left >= 0.0 && right <= chart.width,
                            "{n} spokes, {frame:?}: {text} from {left} to {right}"
                        );
                        assert!(
                            at.y >= style.size * 0.8 && at.y <= chart.height,
                            "{n} spokes, {frame:?}: {text} at {at:?}"
                        );
                    }
                }
            }
        }
    }

    /// No two texts of the chart overlap: the built-in framework's practice
    /// names, 16 (the sample's scope) and all 34, in print, in a window and
    /// on a 1024×768 projector.
    #[test]
    fn no_two_labels_overlap() {
        let framework =
            smo_core::framework::builtin_framework(smo_core::framework::DEFAULT_FRAMEWORK_ID)
                .expect("the built-in framework");
        for n in [16, framework.practices.len()] {
            let axes: Vec<RadarAxis> = framework.practices[..n]
                .iter()
                .map(|p| axis(&p.name, Some(2.0), Some(4.0)))
                .collect();
            for frame in [
                Frame::PRINT_RADAR,
                Frame::new(614.0, 618.0, 15.0).expect("a projector at 1024×768"),
                Frame::new(880.0, 560.0, 15.0).expect("frame"),
                Frame::new(1100.0, 800.0, 18.0).expect("frame"),
            ] {
                let chart = radar("t", &axes, frame);
                let boxes: Vec<(&str, f64, f64, f64, f64)> = chart
                    .shapes
                    .iter()
                    .filter_map(|s| match s {
                        Shape::Text { at, text, style } => {
                            let w = approximate_width(text, style.size);
                            let left = match style.anchor {
                                Anchor::Start => at.x,
                                Anchor::Middle => at.x - w / 2.0,
                                Anchor::End => at.x - w,
                            };
                            let top = at.y - 0.8 * style.size;
                            Some((text.as_str(), left, left + w, top, at.y + 0.2 * style.size))
                        }
                        _ => None,
                    })
                    .collect();
                for (i, a) in boxes.iter().enumerate() {
                    for b in &boxes[i + 1..] {
                        let apart = a.2 <= b.1 || b.2 <= a.1 || a.4 <= b.3 || b.4 <= a.3;
                        assert!(apart, "{n} spokes, {frame:?}: {a:?} overlaps {b:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn a_wider_frame_gives_a_larger_radar_with_text_of_the_same_size() {
        let axes: Vec<RadarAxis> = (0..12)
            .map(|i| axis(&format!("Practice {i}"), Some(2.0), Some(4.0)))
            .collect();
        let narrow = radar("t", &axes, Frame::new(500.0, 2000.0, 15.0).expect("frame"));
        let wide = radar("t", &axes, Frame::new(1000.0, 2000.0, 15.0).expect("frame"));
        let spoke = |c: &Chart| {
            c.shapes
                .iter()
                .filter_map(|s| match s {
                    Shape::Line { from, to, .. } => {
                        Some(((to.x - from.x).powi(2) + (to.y - from.y).powi(2)).sqrt())
                    }
                    _ => None,
                })
                .fold(0.0_f64, f64::max)
        };
        assert!(spoke(&wide) > 1.8 * spoke(&narrow));
        let sizes = |c: &Chart| {
            c.shapes
                .iter()
                .filter_map(|s| match s {
                    Shape::Text { style, .. } => Some(style.size),
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(sizes(&narrow), sizes(&wide));
    }

    #[test]
    fn an_empty_radar_says_so() {
        let chart = radar("t", &[], Frame::PRINT_RADAR);
        assert!(chart.description.contains("no practices"));
    }
}
