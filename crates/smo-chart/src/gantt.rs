//! The roadmap timeline: one row per dated initiative, bars on a month axis,
//! the phases as bands behind them, milestones as diamonds, dependencies as
//! elbow arrows, and a dashed line for today.

use chrono::{Datelike, Months, NaiveDate};
use smo_core::roadmap::{Initiative, InitiativeStatus, PhaseKind, Roadmap};

use crate::geometry::shorten;
use crate::palette::{GRID, INK, MUTED, WHITE};
use crate::{Anchor, Chart, Point, Rgb, Shape, Stroke, TextStyle};

const WIDTH: f64 = 980.0;
const LABEL: f64 = 250.0;
const PAD: f64 = 10.0;
const HEADER: f64 = 46.0;
const ROW: f64 = 24.0;
const BAR: f64 = 14.0;

/// Today's line.
pub const TODAY: Rgb = Rgb(0xc0, 0x1f, 0x1f);

/// The colour of each phase's bars (light to dark, so phases read in grayscale)
/// and of its band behind the bars.
pub fn phase_colors(kind: Option<PhaseKind>) -> (Rgb, Rgb) {
    match kind {
        Some(PhaseKind::QuickWins) => (Rgb(0x7f, 0xb8, 0x8a), Rgb(0xf1, 0xf8, 0xf2)),
        Some(PhaseKind::Foundation) => (Rgb(0x4f, 0x86, 0xc6), Rgb(0xee, 0xf4, 0xfb)),
        Some(PhaseKind::Expansion) => (Rgb(0x2d, 0x5b, 0x99), Rgb(0xf3, 0xf1, 0xfa)),
        Some(PhaseKind::Optimisation) => (Rgb(0x1c, 0x33, 0x5c), Rgb(0xf6, 0xf3, 0xee)),
        None => (Rgb(0x8a, 0x95, 0xa3), WHITE),
    }
}

/// The timeline of `roadmap` as it stands on `today`.
pub fn gantt(roadmap: &Roadmap, today: NaiveDate) -> Chart {
    gantt_window(roadmap, today, 0, usize::MAX)
}

/// How many dated initiatives `roadmap` has (the rows of its timeline).
pub fn dated_rows(roadmap: &Roadmap) -> usize {
    roadmap
        .initiatives
        .iter()
        .filter(|i| i.start.is_some() && i.end.is_some())
        .count()
}

/// Rows `first .. first + count` of the timeline, on the time axis of the
/// whole roadmap, so that pages of a long timeline line up.
pub fn gantt_window(roadmap: &Roadmap, today: NaiveDate, first: usize, count: usize) -> Chart {
    let all: Vec<&Initiative> = roadmap
        .initiatives
        .iter()
        .filter(|i| i.start.is_some() && i.end.is_some())
        .collect();
    let undated = if first.saturating_add(count) >= all.len() {
        roadmap.initiatives.len() - all.len()
    } else {
        0
    };
    let mut dates: Vec<NaiveDate> = all
        .iter()
        .flat_map(|i| [i.start, i.end])
        .chain(roadmap.phases.iter().flat_map(|p| [p.start, p.end]))
        .flatten()
        .collect();
    dates.sort();
    let dated: Vec<&Initiative> = all.iter().skip(first).take(count).copied().collect();
    let style = |size, bold, color, anchor| TextStyle {
        size,
        bold,
        color,
        anchor,
    };
    let (Some(&first), Some(&last)) = (dates.first(), dates.last()) else {
        let note = if roadmap.initiatives.is_empty() {
            "No initiatives yet"
        } else {
            "No initiative has dates yet"
        };
        return Chart {
            width: WIDTH,
            height: 80.0,
            title: "Roadmap timeline".into(),
            description: format!("Roadmap timeline: {}.", note.to_lowercase()),
            shapes: vec![Shape::Text {
                at: Point {
                    x: WIDTH / 2.0,
                    y: 44.0,
                },
                text: note.into(),
                style: style(12.0, false, MUTED, Anchor::Middle),
            }],
        };
    };
    // Whole months from the first to the last date.
    let axis_start = first.with_day(1).unwrap_or(first);
    let axis_end = last
        .with_day(1)
        .and_then(|d| d.checked_add_months(Months::new(1)))
        .unwrap_or(last);
    let days = (axis_end - axis_start).num_days().max(1) as f64;
    let plot = WIDTH - LABEL - PAD;
    let x = |d: NaiveDate| LABEL + plot * ((d - axis_start).num_days() as f64 / days);
    let height = HEADER + ROW * dated.len() as f64 + if undated > 0 { ROW } else { 0.0 } + PAD;
    let mut shapes = Vec::new();

    // Phase bands and their names.
    for phase in &roadmap.phases {
        if let (Some(s), Some(e)) = (phase.start, phase.end) {
            let (bar, band) = phase_colors(Some(phase.kind));
            let (x0, x1) = (x(s), x(e.succ_opt().unwrap_or(e)));
            shapes.push(Shape::Rect {
                origin: Point { x: x0, y: 18.0 },
                width: (x1 - x0).max(1.0),
                height: height - 18.0 - PAD,
                fill: Some(band),
                stroke: None,
                tooltip: Some(format!("{}: {s} to {e}", phase.kind.label())),
            });
            shapes.push(Shape::Rect {
                origin: Point { x: x0, y: 18.0 },
                width: (x1 - x0).max(1.0),
                height: 4.0,
                fill: Some(bar),
                stroke: None,
                tooltip: None,
            });
            shapes.push(Shape::Text {
                at: Point {
                    x: x0 + 4.0,
                    y: 14.0,
                },
                text: shorten(phase.kind.label(), ((x1 - x0) / 5.5) as usize),
                style: style(9.5, true, INK, Anchor::Start),
            });
        }
    }

    // Month grid and labels (every month, or every quarter when crowded).
    let months = ((axis_end.year() - axis_start.year()) * 12 + axis_end.month() as i32
        - axis_start.month() as i32)
        .max(1) as u32;
    let step = if months > 18 { 3 } else { 1 };
    let mut m = 0;
    while m <= months {
        if let Some(d) = axis_start.checked_add_months(Months::new(m)) {
            let gx = x(d);
            shapes.push(Shape::Line {
                from: Point {
                    x: gx,
                    y: HEADER - 14.0,
                },
                to: Point {
                    x: gx,
                    y: height - PAD,
                },
                stroke: Stroke {
                    color: GRID,
                    width: 0.5,
                    dash: None,
                },
            });
            if m < months {
                let label = if d.month() == 1 || m == 0 {
                    d.format("%b %Y").to_string()
                } else {
                    d.format("%b").to_string()
                };
                shapes.push(Shape::Text {
                    at: Point {
                        x: gx + 3.0,
                        y: HEADER - 4.0,
                    },
                    text: label,
                    style: style(8.5, false, MUTED, Anchor::Start),
                });
            }
        }
        m += step;
    }

    // Bars, milestones and labels.
    let row_y = |n: usize| HEADER + ROW * n as f64;
    let position: std::collections::HashMap<&str, usize> = dated
        .iter()
        .enumerate()
        .map(|(n, i)| (i.id.as_str(), n))
        .collect();
    let mut lines = Vec::new();
    for (n, i) in dated.iter().enumerate() {
        let (Some(s), Some(e)) = (i.start, i.end) else {
            continue;
        };
        let y = row_y(n);
        shapes.push(Shape::Text {
            at: Point {
                x: PAD,
                y: y + ROW / 2.0 + 3.5,
            },
            text: shorten(&i.title, 44),
            style: style(9.5, i.milestone, INK, Anchor::Start),
        });
        let (color, _) = phase_colors(i.phase);
        let (x0, x1) = (x(s), x(e.succ_opt().unwrap_or(e)));
        let done = i.status == InitiativeStatus::Done;
        shapes.push(Shape::Rect {
            origin: Point {
                x: x0,
                y: y + (ROW - BAR) / 2.0,
            },
            width: (x1 - x0).max(2.0),
            height: BAR,
            fill: Some(if done { Rgb(0xb9, 0xc2, 0xcc) } else { color }),
            stroke: Some(Stroke {
                color: WHITE,
                width: 0.75,
                dash: None,
            }),
            tooltip: Some(format!(
                "{}: {s} to {e}{}{}",
                i.title,
                if i.owner.trim().is_empty() {
                    String::new()
                } else {
                    format!(", {}", i.owner)
                },
                if done { " (done)" } else { "" }
            )),
        });
        if i.milestone {
            let cx = x1;
            let cy = y + ROW / 2.0;
            let r = 6.0;
            shapes.push(Shape::Polygon {
                points: vec![
                    Point { x: cx, y: cy - r },
                    Point { x: cx + r, y: cy },
                    Point { x: cx, y: cy + r },
                    Point { x: cx - r, y: cy },
                ],
                fill: Some((INK, 1.0)),
                stroke: Some(Stroke {
                    color: WHITE,
                    width: 1.0,
                    dash: None,
                }),
            });
        }
        lines.push(format!(
            "{}: {s} to {e}{}",
            i.title,
            if i.milestone { ", milestone" } else { "" }
        ));
    }

    // Dependency arrows: from the end of what must finish to the start of what waits.
    for (n, i) in dated.iter().enumerate() {
        let Some(s) = i.start else { continue };
        for d in &i.dependencies {
            let Some(&m) = position.get(d.as_str()) else {
                continue;
            };
            let Some(dep_end) = dated.get(m).and_then(|x| x.end) else {
                continue;
            };
            let from = Point {
                x: x(dep_end.succ_opt().unwrap_or(dep_end)),
                y: row_y(m) + ROW / 2.0,
            };
            let to = Point {
                x: x(s),
                y: row_y(n) + ROW / 2.0,
            };
            let elbow = from.x + 5.0;
            let stroke = Stroke {
                color: MUTED,
                width: 1.0,
                dash: None,
            };
            let below = if to.y > from.y { -1.0 } else { 1.0 };
            let corner_y = to.y + below * (BAR / 2.0 + 2.0);
            let path = [
                from,
                Point {
                    x: elbow,
                    y: from.y,
                },
                Point {
                    x: elbow,
                    y: corner_y,
                },
                Point {
                    x: to.x + 3.0,
                    y: corner_y,
                },
                Point {
                    x: to.x + 3.0,
                    y: to.y + below * (BAR / 2.0),
                },
            ];
            for pair in path.windows(2) {
                shapes.push(Shape::Line {
                    from: pair[0],
                    to: pair[1],
                    stroke,
                });
            }
            let tip = path[4];
            shapes.push(Shape::Polygon {
                points: vec![
                    tip,
                    Point {
                        x: tip.x - 3.0,
                        y: tip.y + below * 4.0,
                    },
                    Point {
                        x: tip.x + 3.0,
                        y: tip.y + below * 4.0,
                    },
                ],
                fill: Some((MUTED, 1.0)),
                stroke: None,
            });
            lines.push(format!(
                "{} waits for {}",
                i.title,
                dated.get(m).map_or("", |x| x.title.as_str())
            ));
        }
    }

    if undated > 0 {
        shapes.push(Shape::Text {
            at: Point {
                x: PAD,
                y: row_y(dated.len()) + ROW / 2.0 + 3.5,
            },
            text: format!(
                "{undated} {} without dates not shown",
                if undated == 1 {
                    "initiative"
                } else {
                    "initiatives"
                }
            ),
            style: style(9.0, false, MUTED, Anchor::Start),
        });
    }

    // Today.
    if today >= axis_start && today <= axis_end {
        let tx = x(today);
        shapes.push(Shape::Line {
            from: Point {
                x: tx,
                y: HEADER - 14.0,
            },
            to: Point {
                x: tx,
                y: height - PAD,
            },
            stroke: Stroke {
                color: TODAY,
                width: 1.25,
                dash: Some(4.0),
            },
        });
        shapes.push(Shape::Text {
            at: Point {
                x: tx,
                y: height - 1.0,
            },
            text: "Today".into(),
            style: style(8.0, true, TODAY, Anchor::Middle),
        });
        lines.push(format!("today is {today}"));
    }

    Chart {
        width: WIDTH,
        height: height + 6.0,
        title: "Roadmap timeline".into(),
        description: format!("Roadmap timeline. {}.", lines.join("; ")),
        shapes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use smo_core::sample::sample_workshop;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn bars_sit_on_the_month_axis_and_today_is_drawn() {
        let roadmap = sample_workshop().roadmap;
        let chart = gantt(&roadmap, date(2026, 9, 1));
        let bars: Vec<(&Option<String>, f64)> = chart
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Rect {
                    tooltip,
                    origin,
                    height,
                    ..
                } if *height == BAR => Some((tooltip, origin.x)),
                _ => None,
            })
            .collect();
        assert_eq!(bars.len(), roadmap.initiatives.len());
        // The first initiative starts on the axis's first day.
        assert!((bars[0].1 - LABEL).abs() < 1e-9);
        assert!(chart.description.contains("today is 2026-09-01"));
        assert!(chart
            .description
            .contains("Risk-based change enablement waits for Shared change calendar"));
        for s in &chart.shapes {
            if let Shape::Rect { origin, width, .. } = s {
                assert!(origin.x >= 0.0 && origin.x + width <= chart.width + 1e-6);
            }
        }
    }

    #[test]
    fn a_roadmap_without_dates_says_so() {
        let chart = gantt(&Roadmap::default(), date(2026, 1, 1));
        assert!(chart.description.contains("no initiatives yet"));
    }

    #[test]
    fn phases_stay_distinguishable_in_grayscale() {
        let lum: Vec<f64> = PhaseKind::ALL
            .iter()
            .map(|k| phase_colors(Some(*k)).0.luminance())
            .collect();
        assert!(lum.windows(2).all(|w| w[0] > w[1] + 0.04), "{lum:?}");
    }
}
