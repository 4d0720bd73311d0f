//! The roadmap timeline: one row per dated initiative, bars on a month axis,
//! the phases as bands behind them, milestones as diamonds, dependencies as
//! elbow arrows, and a dashed line for today.

use chrono::{Datelike, Months, NaiveDate};
use smo_core::roadmap::{Initiative, InitiativeStatus, PhaseKind, Roadmap};

use crate::geometry::{approximate_width, chars_in, shorten, wrap_words};
use crate::palette::{GRID, INK, MUTED, WHITE};
use crate::{Anchor, Chart, Frame, Point, Rgb, Shape, Stroke, TextStyle};

/// The sizes of a timeline laid out for a frame: all from its text size,
/// but for the width, which the frame gives.
struct Metrics {
    width: f64,
    text: f64,
    label: f64,
    pad: f64,
    header: f64,
    row: f64,
    bar: f64,
}

impl Metrics {
    fn of(frame: Frame, titles: impl Iterator<Item = f64>) -> Metrics {
        let t = frame.text;
        let pad = 1.05 * t;
        let longest = titles.fold(12.0 * t, f64::max);
        Metrics {
            width: frame.width,
            text: t,
            label: (longest + 2.0 * pad).min(frame.width * 0.3),
            pad,
            header: 4.85 * t,
            row: 2.5 * t,
            bar: 1.5 * t,
        }
    }
}

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

/// The dashed line drawn across a timeline for one day, and its label: today
/// on screen, the day it was exported in a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayLine {
    /// The day.
    pub day: NaiveDate,
    /// Its label under the line ("Today", "Exported 30 Nov 2026").
    pub label: String,
}

impl DayLine {
    /// Today's line, labelled "Today".
    pub fn today(day: NaiveDate) -> DayLine {
        DayLine {
            day,
            label: "Today".into(),
        }
    }
}

/// The timeline of `roadmap`, with `line` across it, laid out for `frame`.
pub fn gantt(
    roadmap: &Roadmap,
    first_ends: &[(String, NaiveDate)],
    line: &DayLine,
    frame: Frame,
) -> Chart {
    gantt_window(roadmap, first_ends, line, 0, usize::MAX, frame)
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
/// whole roadmap, so that pages of a long timeline line up. The titles take
/// what they need up to 30 % of the frame's width; the months share the rest.
pub fn gantt_window(
    roadmap: &Roadmap,
    first_ends: &[(String, NaiveDate)],
    line: &DayLine,
    first: usize,
    count: usize,
    frame: Frame,
) -> Chart {
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
    let rows: Vec<&Initiative> = all.iter().skip(first).take(count).copied().collect();
    let mut layout = Metrics::of(
        frame,
        all.iter().map(|i| approximate_width(&i.title, frame.text)),
    );
    let t = layout.text;
    // A title too long for its column takes two lines, and every row grows to hold two.
    let title_chars = chars_in(layout.label - 2.0 * layout.pad, t);
    let titles: Vec<Vec<String>> = rows
        .iter()
        .map(|i| title_lines(&i.title, title_chars))
        .collect();
    if titles.iter().any(|lines| lines.len() > 1) {
        layout.row = 2.9 * t;
    }
    let (Some(&first), Some(&last)) = (dates.first(), dates.last()) else {
        return nothing_dated(roadmap, &layout);
    };
    // Whole months from the first to the last date.
    let start = first.with_day(1).unwrap_or(first);
    let end = last
        .with_day(1)
        .and_then(|d| d.checked_add_months(Months::new(1)))
        .unwrap_or(last);
    let height = layout.header
        + layout.row * rows.len() as f64
        + if undated > 0 { layout.row } else { 0.0 }
        + layout.pad;
    let axis = Axis {
        layout,
        start,
        end,
        height,
    };
    let mut shapes = Vec::new();
    let mut lines = Vec::new();
    phase_bands(&axis, roadmap, &mut shapes);
    month_grid(&axis, &mut shapes);
    bars(&axis, &rows, &titles, &mut shapes, &mut lines);
    slips(&axis, &rows, first_ends, &mut shapes, &mut lines);
    dependencies(&axis, &rows, &all, &mut shapes, &mut lines);
    if undated > 0 {
        shapes.push(Shape::Text {
            at: Point {
                x: axis.layout.pad,
                y: axis.row_y(rows.len()) + axis.layout.row / 2.0 + 0.37 * t,
            },
            text: format!(
                "{undated} {} without dates not shown",
                if undated == 1 {
                    "initiative"
                } else {
                    "initiatives"
                }
            ),
            style: style(0.95 * t, false, MUTED, Anchor::Start),
        });
    }
    day_line(&axis, line, &mut shapes, &mut lines);
    Chart {
        width: axis.layout.width,
        height: height + 1.3 * t,
        title: "Roadmap timeline".into(),
        description: format!("Roadmap timeline. {}.", lines.join("; ")),
        shapes,
    }
}

fn style(size: f64, bold: bool, color: Rgb, anchor: Anchor) -> TextStyle {
    TextStyle {
        size,
        bold,
        color,
        anchor,
    }
}

/// The timeline of a roadmap with no dates: a note saying so.
fn nothing_dated(roadmap: &Roadmap, layout: &Metrics) -> Chart {
    let t = layout.text;
    let note = if roadmap.initiatives.is_empty() {
        "No initiatives yet"
    } else {
        "No initiative has dates yet"
    };
    Chart {
        width: layout.width,
        height: 8.0 * t,
        title: "Roadmap timeline".into(),
        description: format!("Roadmap timeline: {}.", note.to_lowercase()),
        shapes: vec![Shape::Text {
            at: Point {
                x: layout.width / 2.0,
                y: 4.6 * t,
            },
            text: note.into(),
            style: style(1.25 * t, false, MUTED, Anchor::Middle),
        }],
    }
}

/// Where things go on a timeline: whole months from `start` to `end` across
/// the plot, rows down from the header.
struct Axis {
    layout: Metrics,
    start: NaiveDate,
    end: NaiveDate,
    /// The plot's height, from the top to below the last row.
    height: f64,
}

impl Axis {
    /// The text size.
    fn t(&self) -> f64 {
        self.layout.text
    }

    /// Line widths: offsets were drawn for 9.5-point text and scale with it.
    fn u(&self) -> f64 {
        self.layout.text / 9.5
    }

    /// The x of the start of `day`.
    fn x(&self, day: NaiveDate) -> f64 {
        let days = (self.end - self.start).num_days().max(1) as f64;
        let plot = self.layout.width - self.layout.label - self.layout.pad;
        self.layout.label + plot * ((day - self.start).num_days() as f64 / days)
    }

    /// The x of the end of `day` (the start of the next).
    fn x_after(&self, day: NaiveDate) -> f64 {
        self.x(day.succ_opt().unwrap_or(day))
    }

    /// The top of row `n`.
    fn row_y(&self, n: usize) -> f64 {
        self.layout.header + self.layout.row * n as f64
    }
}

/// The phases as bands behind the rows, each with a coloured edge and its name.
fn phase_bands(axis: &Axis, roadmap: &Roadmap, shapes: &mut Vec<Shape>) {
    let t = axis.t();
    // Where the last name drawn ends: a name never starts before it, so
    // phases whose dates overlap do not print over each other.
    let mut taken = f64::MIN;
    for phase in &roadmap.phases {
        let (Some(s), Some(e)) = (phase.start, phase.end) else {
            continue;
        };
        let (bar, band) = phase_colors(Some(phase.kind));
        let (x0, x1) = (axis.x(s), axis.x_after(e));
        shapes.push(Shape::Rect {
            origin: Point { x: x0, y: 1.9 * t },
            width: (x1 - x0).max(1.0),
            height: axis.height - 1.9 * t - axis.layout.pad,
            fill: Some(band),
            stroke: None,
            tooltip: Some(format!("{}: {s} to {e}", phase.kind.label())),
        });
        shapes.push(Shape::Rect {
            origin: Point { x: x0, y: 1.9 * t },
            width: (x1 - x0).max(1.0),
            height: 0.42 * t,
            fill: Some(bar),
            stroke: None,
            tooltip: None,
        });
        let start = (x0 + 0.42 * t).max(taken + 0.8 * t);
        let name = shorten(phase.kind.label(), chars_in(x1 - start, t));
        if !name.is_empty() && x1 - start > 1.5 * t {
            taken = start + approximate_width(&name, t);
            shapes.push(Shape::Text {
                at: Point {
                    x: start,
                    y: 1.5 * t,
                },
                text: name,
                style: style(t, true, INK, Anchor::Start),
            });
        }
    }
}

/// The month grid and its labels: a label every month, or every 2, 3, 6 or
/// 12 months, whichever is the first whose labels never touch; grid lines
/// every month while months are wide enough to tell apart, else with the labels.
fn month_grid(axis: &Axis, shapes: &mut Vec<Shape>) {
    let (t, u) = (axis.t(), axis.u());
    let months = ((axis.end.year() - axis.start.year()) * 12 + axis.end.month() as i32
        - axis.start.month() as i32)
        .max(1) as u32;
    let month_width = (axis.x(axis.end) - axis.x(axis.start)) / f64::from(months);
    let label_width = approximate_width("Sep 2027", 0.9 * t) + 0.9 * t;
    let step = [1, 2, 3, 6, 12]
        .into_iter()
        .find(|s| f64::from(*s) * month_width >= label_width)
        .unwrap_or(12);
    let every_month = month_width >= 0.5 * t;
    // The year is written on the first label and on the first of each new year.
    let mut labelled_year = None;
    for m in 0..=months {
        let Some(d) = axis.start.checked_add_months(Months::new(m)) else {
            continue;
        };
        let labelled = m % step == 0;
        if !labelled && !every_month {
            continue;
        }
        let gx = axis.x(d);
        shapes.push(Shape::Line {
            from: Point {
                x: gx,
                y: axis.layout.header - if labelled { 1.5 * t } else { 0.3 * t },
            },
            to: Point {
                x: gx,
                y: axis.height - axis.layout.pad,
            },
            stroke: Stroke {
                color: GRID,
                width: 0.5 * u,
                dash: None,
            },
        });
        // The last line closes the axis; labels sit in the month after them.
        if labelled && m < months && axis.x(d) + label_width <= axis.x(axis.end) + 0.5 * t {
            let label = if labelled_year != Some(d.year()) {
                labelled_year = Some(d.year());
                d.format("%b %Y").to_string()
            } else {
                d.format("%b").to_string()
            };
            shapes.push(Shape::Text {
                at: Point {
                    x: gx + 0.3 * t,
                    y: axis.layout.header - 0.42 * t,
                },
                text: label,
                style: style(0.9 * t, false, MUTED, Anchor::Start),
            });
        }
    }
}

/// Each row's title (one or two lines), bar and milestone diamond.
fn bars(
    axis: &Axis,
    rows: &[&Initiative],
    titles: &[Vec<String>],
    shapes: &mut Vec<Shape>,
    lines: &mut Vec<String>,
) {
    let (t, u) = (axis.t(), axis.u());
    let layout = &axis.layout;
    for (n, (i, title)) in rows.iter().zip(titles).enumerate() {
        let (Some(s), Some(e)) = (i.start, i.end) else {
            continue;
        };
        let y = axis.row_y(n);
        let leading = 1.15 * t;
        let first =
            y + layout.row / 2.0 + 0.37 * t - leading * (title.len().max(1) - 1) as f64 / 2.0;
        for (k, line) in title.iter().enumerate() {
            shapes.push(Shape::Text {
                at: Point {
                    x: layout.pad,
                    y: first + leading * k as f64,
                },
                text: line.clone(),
                style: style(t, i.milestone, INK, Anchor::Start),
            });
        }
        let (color, band) = phase_colors(i.phase);
        let (x0, x1) = (axis.x(s), axis.x_after(e));
        // A finished initiative keeps its phase's colour, pale and outlined.
        let done = i.status == InitiativeStatus::Done;
        shapes.push(Shape::Rect {
            origin: Point {
                x: x0,
                y: y + (layout.row - layout.bar) / 2.0,
            },
            width: (x1 - x0).max(0.2 * t),
            height: layout.bar,
            fill: Some(if done { band } else { color }),
            stroke: Some(Stroke {
                color: if done { color } else { WHITE },
                width: if done { 1.2 * u } else { 0.75 * u },
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
            let cy = y + layout.row / 2.0;
            let r = 0.63 * t;
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
                    width: u,
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
}

/// Where an initiative's end has moved from the end first planned (kept as
/// its baseline): a dashed tick at the first-planned end, joined to the bar's
/// end by a dashed line, so slippage reads against the plan.
fn slips(
    axis: &Axis,
    rows: &[&Initiative],
    first_ends: &[(String, NaiveDate)],
    shapes: &mut Vec<Shape>,
    lines: &mut Vec<String>,
) {
    let (t, u) = (axis.t(), axis.u());
    let layout = &axis.layout;
    for (n, i) in rows.iter().enumerate() {
        let (Some(end), Some((_, planned))) =
            (i.end, first_ends.iter().find(|(id, _)| *id == i.id))
        else {
            continue;
        };
        if *planned == end {
            continue;
        }
        let y = axis.row_y(n);
        let (px, ex) = (axis.x_after(*planned), axis.x_after(end));
        let mid = y + layout.row / 2.0;
        let dashed = Stroke {
            color: INK,
            width: 1.1 * u,
            dash: Some(0.35 * t),
        };
        shapes.push(Shape::Line {
            from: Point {
                x: px,
                y: y + 0.12 * layout.row,
            },
            to: Point {
                x: px,
                y: y + 0.88 * layout.row,
            },
            stroke: dashed,
        });
        shapes.push(Shape::Line {
            from: Point { x: px, y: mid },
            to: Point { x: ex, y: mid },
            stroke: dashed,
        });
        let days = (end - *planned).num_days();
        lines.push(format!(
            "{}: first planned to end {planned}, {} {} {}",
            i.title,
            days.abs(),
            if days.abs() == 1 { "day" } else { "days" },
            if days > 0 { "later" } else { "earlier" }
        ));
    }
}

/// Dependency arrows: from the end of what must finish to the start of what
/// waits, as an elbow that arrives from above or below the waiting bar.
/// A title in at most two lines of `chars`: when it needs more, the first
/// line keeps its start and the second its end ("… the depot reports"), so
/// titles that differ only at the end never shorten to the same words.
fn title_lines(title: &str, chars: usize) -> Vec<String> {
    let all = wrap_words(title, chars, usize::MAX);
    if all.len() <= 2 {
        return all;
    }
    let words: Vec<&str> = title.split_whitespace().collect();
    let mut tail: Vec<&str> = Vec::new();
    for word in words.iter().rev() {
        let len =
            2 + tail.iter().map(|w| w.chars().count() + 1).sum::<usize>() + word.chars().count();
        if len > chars || tail.len() + 1 >= words.len() {
            break;
        }
        tail.insert(0, word);
    }
    let second = if tail.is_empty() {
        all.get(1).cloned().unwrap_or_default()
    } else {
        format!("… {}", tail.join(" "))
    };
    vec![all.first().cloned().unwrap_or_default(), second]
}

/// Arrows from what must finish to what waits for it. A dependency drawn on
/// another page of the timeline comes in from the top (an earlier page) or
/// the bottom edge (a later one), at the day it ends: the same time axis
/// runs through every page.
fn dependencies(
    axis: &Axis,
    rows: &[&Initiative],
    all: &[&Initiative],
    shapes: &mut Vec<Shape>,
    lines: &mut Vec<String>,
) {
    let (t, u) = (axis.t(), axis.u());
    let layout = &axis.layout;
    let position: std::collections::HashMap<&str, usize> = rows
        .iter()
        .enumerate()
        .map(|(n, i)| (i.id.as_str(), n))
        .collect();
    for (n, i) in rows.iter().enumerate() {
        let Some(s) = i.start else { continue };
        for d in &i.dependencies {
            let (from, waits_for) = match position.get(d.as_str()) {
                Some(&m) => {
                    let Some(dep_end) = rows.get(m).and_then(|x| x.end) else {
                        continue;
                    };
                    let from = Point {
                        x: axis.x_after(dep_end),
                        y: axis.row_y(m) + layout.row / 2.0,
                    };
                    (from, rows.get(m).map_or("", |x| x.title.as_str()))
                }
                None => {
                    // On another page of the timeline: in from its edge.
                    let Some(other) = all.iter().position(|x| x.id == *d) else {
                        continue;
                    };
                    let Some(dep) = all.get(other) else { continue };
                    let Some(dep_end) = dep.end else { continue };
                    let first_here = rows
                        .first()
                        .and_then(|r| all.iter().position(|x| x.id == r.id))
                        .unwrap_or(0);
                    let y = if other < first_here {
                        axis.row_y(0)
                    } else {
                        axis.row_y(rows.len())
                    };
                    (
                        Point {
                            x: axis.x_after(dep_end),
                            y,
                        },
                        dep.title.as_str(),
                    )
                }
            };
            let to = Point {
                x: axis.x(s),
                y: axis.row_y(n) + layout.row / 2.0,
            };
            let elbow = from.x + 0.53 * t;
            let stroke = Stroke {
                color: MUTED,
                width: u,
                dash: None,
            };
            let below = if to.y > from.y { -1.0 } else { 1.0 };
            let corner_y = to.y + below * (layout.bar / 2.0 + 0.21 * t);
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
                    x: to.x + 0.3 * t,
                    y: corner_y,
                },
                Point {
                    x: to.x + 0.3 * t,
                    y: to.y + below * (layout.bar / 2.0),
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
                        x: tip.x - 0.3 * t,
                        y: tip.y + below * 0.42 * t,
                    },
                    Point {
                        x: tip.x + 0.3 * t,
                        y: tip.y + below * 0.42 * t,
                    },
                ],
                fill: Some((MUTED, 1.0)),
                stroke: None,
            });
            lines.push(format!("{} waits for {waits_for}", i.title));
        }
    }
}

/// The dashed line for `line`'s day, if that day is on the axis.
fn day_line(axis: &Axis, line: &DayLine, shapes: &mut Vec<Shape>, lines: &mut Vec<String>) {
    let today = line.day;
    if today < axis.start || today > axis.end {
        return;
    }
    let (t, u) = (axis.t(), axis.u());
    let tx = axis.x(today);
    shapes.push(Shape::Line {
        from: Point {
            x: tx,
            y: axis.layout.header - 1.5 * t,
        },
        to: Point {
            x: tx,
            y: axis.height - axis.layout.pad,
        },
        stroke: Stroke {
            color: TODAY,
            width: 1.25 * u,
            dash: Some(0.42 * t),
        },
    });
    shapes.push(Shape::Text {
        at: Point {
            x: tx,
            y: axis.height + 0.8 * t,
        },
        text: line.label.clone(),
        style: style(0.85 * t, true, TODAY, Anchor::Middle),
    });
    lines.push(format!("{}: {today}", line.label));
}

#[cfg(test)]
mod tests {
    use super::*;
    use smo_core::sample::sample_workshop;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn long_titles_keep_their_start_and_their_end() {
        let north =
            "Initiative 4: Consolidate and harmonise the service reports for the northern depots";
        let south =
            "Initiative 4: Consolidate and harmonise the service reports for the southern depots";
        let (a, b) = (title_lines(north, 30), title_lines(south, 30));
        assert_eq!(a.len(), 2);
        assert_eq!(a[0], b[0]);
        assert_ne!(a[1], b[1], "{a:?} {b:?}");
        assert!(
            a[1].starts_with("… ") && a[1].ends_with("northern depots"),
            "{a:?}"
        );
        assert!(a.iter().all(|l| l.chars().count() <= 30), "{a:?}");
        // A title that fits two lines is wrapped as it is.
        assert_eq!(
            title_lines("Merge the three service desks", 20),
            ["Merge the three", "service desks"]
        );
    }

    #[test]
    fn a_dependency_on_another_page_comes_in_from_the_edge() {
        let roadmap = sample_workshop().roadmap;
        let frame = Frame::PRINT_TIMELINE;
        let line = DayLine::today(date(2026, 9, 1));
        let all = dated_rows(&roadmap);
        // Every row alone on its page: each dependency is on another page.
        for n in 0..all {
            let chart = gantt_window(&roadmap, &[], &line, n, 1, frame);
            let i = roadmap
                .initiatives
                .iter()
                .filter(|i| i.start.is_some() && i.end.is_some())
                .nth(n)
                .expect("a row");
            for d in &i.dependencies {
                let dep = roadmap.initiative(d).expect("known");
                assert!(
                    chart
                        .description
                        .contains(&format!("{} waits for {}", i.title, dep.title)),
                    "{}: {}",
                    i.title,
                    chart.description
                );
            }
        }
    }

    #[test]
    fn bars_sit_on_the_month_axis_and_today_is_drawn() {
        let roadmap = sample_workshop().roadmap;
        let frame = Frame::PRINT_TIMELINE;
        let chart = gantt(&roadmap, &[], &DayLine::today(date(2026, 9, 1)), frame);
        let layout = Metrics::of(
            frame,
            roadmap
                .initiatives
                .iter()
                .map(|i| approximate_width(&i.title, frame.text)),
        );
        let bars: Vec<(&Option<String>, f64)> = chart
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Rect {
                    tooltip,
                    origin,
                    height,
                    ..
                } if (*height - layout.bar).abs() < 1e-9 => Some((tooltip, origin.x)),
                _ => None,
            })
            .collect();
        assert_eq!(bars.len(), roadmap.initiatives.len());
        // The first initiative starts on the axis's first day.
        assert!((bars[0].1 - layout.label).abs() < 1e-9);
        assert!(chart.description.contains("Today: 2026-09-01"));
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
    fn a_moved_end_is_drawn_against_the_first_plan() {
        let roadmap = sample_workshop().roadmap;
        let id = roadmap.initiatives[0].id.clone();
        let end = roadmap.initiatives[0].end.expect("an end");
        let first = end - chrono::Duration::days(20);
        let plain = gantt(&roadmap, &[], &DayLine::today(end), Frame::PRINT_TIMELINE);
        let moved = gantt(
            &roadmap,
            &[(id, first)],
            &DayLine::today(end),
            Frame::PRINT_TIMELINE,
        );
        let dashed = |c: &Chart| {
            c.shapes
                .iter()
                .filter(|s| matches!(s, Shape::Line { stroke, .. } if stroke.color == INK && stroke.dash.is_some()))
                .count()
        };
        assert_eq!(
            dashed(&moved),
            dashed(&plain) + 2,
            "a tick and a joining line"
        );
        assert!(
            moved.description.contains("20 days later"),
            "{}",
            moved.description
        );
    }

    #[test]
    fn a_roadmap_without_dates_says_so() {
        let chart = gantt(
            &Roadmap::default(),
            &[],
            &DayLine::today(date(2026, 1, 1)),
            Frame::PRINT_TIMELINE,
        );
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

    #[test]
    fn every_text_stays_inside_the_timeline_at_the_size_asked_for() {
        let roadmap = sample_workshop().roadmap;
        for frame in [
            Frame::PRINT_TIMELINE,
            Frame::new(600.0, 1000.0, 15.0).expect("frame"),
            Frame::new(1600.0, 1000.0, 17.0).expect("frame"),
        ] {
            let chart = gantt(&roadmap, &[], &DayLine::today(date(2026, 9, 1)), frame);
            assert!((chart.width - frame.width).abs() < 1e-9);
            for s in &chart.shapes {
                if let Shape::Text { at, text, style } = s {
                    assert!(style.size >= 0.85 * frame.text - 1e-9, "{text}");
                    let w = approximate_width(text, style.size);
                    let left = match style.anchor {
                        Anchor::Start => at.x,
                        Anchor::Middle => at.x - w / 2.0,
                        Anchor::End => at.x - w,
                    };
                    assert!(
                        left >= -1e-9 && left + w <= chart.width + 1e-9,
                        "{frame:?}: {text} from {left}"
                    );
                    assert!(at.y <= chart.height, "{frame:?}: {text}");
                }
            }
        }
    }

    #[test]
    fn month_labels_never_touch_and_a_done_bar_keeps_its_phase() {
        let mut roadmap = sample_workshop().roadmap;
        // Stretch the plan over four years, on a narrow screen.
        if let Some(last) = roadmap.initiatives.last_mut() {
            last.end = Some(date(2030, 6, 30));
        }
        let frame = Frame::new(620.0, 2000.0, 12.0).expect("frame");
        let chart = gantt(&roadmap, &[], &DayLine::today(date(2027, 1, 1)), frame);
        let labels: Vec<f64> = chart
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { at, style, text }
                    if style.color == MUTED
                        && style.size < frame.text
                        && !text.contains("without") =>
                {
                    Some(at.x)
                }
                _ => None,
            })
            .collect();
        assert!(labels.len() >= 4, "{labels:?}");
        let room = approximate_width("Sep 2027", 0.9 * frame.text);
        for pair in labels.windows(2) {
            assert!(pair[1] - pair[0] >= room, "labels {labels:?} touch");
        }
        // Phase names never start inside another's.
        let phases: Vec<f64> = chart
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { at, style, .. }
                    if style.bold
                        && style.color == INK
                        && (at.y - 1.5 * frame.text).abs() < 1e-9 =>
                {
                    Some(at.x)
                }
                _ => None,
            })
            .collect();
        for pair in phases.windows(2) {
            assert!(pair[1] > pair[0], "{phases:?}");
        }
        // A finished initiative is drawn in its phase's colours, not grey.
        let done = roadmap
            .initiatives
            .iter()
            .find(|i| i.status == InitiativeStatus::Done)
            .expect("the sample has a finished initiative");
        let (edge, band) = phase_colors(done.phase);
        assert!(chart.shapes.iter().any(|s| matches!(s,
            Shape::Rect { fill: Some(f), stroke: Some(st), tooltip: Some(tip), .. }
                if *f == band && st.color == edge && tip.starts_with(&done.title))));
    }
}
