//! The roadmap: cover, phase overview, the timeline on landscape pages (the
//! same Gantt geometry as the screen), the initiative table and the projected
//! maturity per practice.

use smo_chart::gantt::{dated_rows, gantt_window, DayLine};
use smo_chart::Frame;
use smo_core::roadmap::{Effort, TargetReached};
use smo_core::{GapReport, Level, Workshop};

use super::{build, Cover, Export, ExportOptions, Pdf, PdfError};
use crate::layout::{Chrome, Column, Orientation, Style};

/// Timeline rows per landscape page.
const ROWS_PER_PAGE: usize = 16;

/// The roadmap of `workshop`, as of the export day.
pub fn roadmap(workshop: &Workshop, options: &ExportOptions) -> Result<Pdf, PdfError> {
    let r = &workshop.roadmap;
    let today = options.at.date_naive();
    let cover = Cover {
        kind: Export::Roadmap,
        workshop,
        facts: vec![(
            "Initiatives",
            format!(
                "{} initiatives, {} milestones",
                r.initiatives.len(),
                r.initiatives.iter().filter(|i| i.milestone).count()
            ),
        )],
    };
    build(
        &cover,
        options,
        "Improvement initiatives, phases and projected maturity",
        |w| {
            w.heading("Phase overview", 1);
            let rows: Vec<Vec<String>> = r
                .phases
                .iter()
                .map(|p| {
                    let mine: Vec<_> = r
                        .initiatives
                        .iter()
                        .filter(|i| i.phase == Some(p.kind))
                        .collect();
                    vec![
                        p.kind.label().to_owned(),
                        format!(
                            "{} – {}",
                            options.dates.maybe_day(p.start),
                            options.dates.maybe_day(p.end)
                        ),
                        mine.len().to_string(),
                        mine.iter()
                            .filter(|i| i.milestone)
                            .map(|i| i.title.clone())
                            .collect::<Vec<_>>()
                            .join("; "),
                    ]
                })
                .collect();
            w.table(
                &[
                    Column::new("Phase", 1.3),
                    Column::new("Dates", 2.0),
                    Column::number("Initiatives", 1.0),
                    Column::new("Milestones", 4.0),
                ],
                &rows,
            );
            // What could make the plan slip, with who acts and how; never the
            // app's own prompts.
            w.heading("Schedule risks", 2);
            let risks = r.schedule_risks(today);
            if risks.is_empty() {
                w.paragraph(
                    &format!("No schedule risks as of {}.", options.dates.day(today)),
                    Style::BODY,
                );
            } else {
                w.paragraph(&format!("As of {}.", options.dates.day(today)), Style::NOTE);
                let rows: Vec<Vec<String>> = risks
                    .iter()
                    .map(|k| {
                        vec![
                            k.initiative.clone(),
                            k.risk(options.dates),
                            if k.owner.trim().is_empty() {
                                "No owner yet".to_owned()
                            } else {
                                k.owner.clone()
                            },
                            k.action(),
                        ]
                    })
                    .collect();
                w.table(
                    &[
                        Column::new("Initiative", 2.2),
                        Column::new("Risk", 2.4),
                        Column::new("Owner", 1.3),
                        Column::new("What to do", 2.6),
                    ],
                    &rows,
                );
            }

            // Where the plan, the targets and the charter disagree.
            let open = smo_core::consistency::inconsistencies(workshop);
            if !open.is_empty() {
                w.heading("Where the plan and the targets disagree", 2);
                let rows: Vec<Vec<String>> = open
                    .iter()
                    .map(|i| vec![i.describe(options.dates), i.resolution().to_owned()])
                    .collect();
                w.table(
                    &[
                        Column::new("What disagrees", 3.0),
                        Column::new("What would resolve it", 2.0),
                    ],
                    &rows,
                );
            }

            // The timeline, on landscape pages, 16 rows a page, one shared time axis.
            let rows = dated_rows(r);
            let pages = rows.div_ceil(ROWS_PER_PAGE).max(1);
            for page in 0..pages {
                w.new_page(Orientation::Landscape, Chrome::HeaderAndFooter);
                let title = if pages > 1 {
                    format!("Timeline ({} of {pages})", page + 1)
                } else {
                    "Timeline".to_owned()
                };
                if page == 0 {
                    w.heading(&title, 1);
                } else {
                    w.heading(&title, 3);
                }
                let chart = gantt_window(
                    r,
                    &DayLine {
                        day: today,
                        label: format!("Exported {}", options.dates.day(today)),
                    },
                    page * ROWS_PER_PAGE,
                    ROWS_PER_PAGE,
                    Frame::PRINT_TIMELINE,
                );
                let room = w.remaining();
                w.chart(&chart, room);
            }
            w.paragraph("Bars are coloured by phase; a black diamond marks a milestone; arrows run from what must finish to what waits for it; a pale, outlined bar is done; the dashed red line is the day of export.", Style::NOTE);

            // Landscape, so that dates never wrap; in schedule order.
            w.new_page(Orientation::Landscape, Chrome::HeaderAndFooter);
            w.heading("Initiatives", 1);
            let legend: Vec<&str> = Effort::ALL.iter().map(|e| e.label()).collect();
            w.paragraph(
                &format!("By phase, then by start. Effort: {}.", legend.join("; ")),
                Style::NOTE,
            );
            let title = |id: &str| {
                r.initiative(id)
                    .map_or_else(|| id.to_owned(), |i| i.title.clone())
            };
            let rows: Vec<Vec<String>> = r
                .in_schedule_order()
                .into_iter()
                .map(|i| {
                    vec![
                        i.title.clone(),
                        if i.milestone { "Yes" } else { "" }.to_owned(),
                        i.phase.map_or("–", |p| p.label()).to_owned(),
                        i.owner.clone(),
                        options.dates.maybe_day(i.start),
                        options.dates.maybe_day(i.end),
                        i.effort.map_or("–", Effort::code).to_owned(),
                        i.status.label().to_owned(),
                        i.dependencies
                            .iter()
                            .map(|d| title(d))
                            .collect::<Vec<_>>()
                            .join("; "),
                    ]
                })
                .collect();
            w.table(
                &[
                    Column::new("Initiative", 3.0),
                    Column::new("Milestone", 0.9),
                    Column::new("Phase", 1.1),
                    Column::new("Owner", 1.5),
                    Column::new("Start", 1.1),
                    Column::new("End", 1.1),
                    Column::new("Effort", 0.6),
                    Column::new("Status", 1.0),
                    Column::new("Depends on", 2.0),
                ],
                &rows,
            );

            w.new_page(Orientation::Portrait, Chrome::HeaderAndFooter);
            w.heading("Projected maturity", 1);
            w.paragraph(
            "The level each practice reaches once its initiatives are done, and the date its target is reached.",
            Style::NOTE,
        );
            let level =
                |l: Option<Level>| l.map_or_else(|| "–".to_owned(), |l| l.value().to_string());
            let rows: Vec<Vec<String>> = GapReport::of(&workshop.assessment)
                .map(|report| r.projections(&report))
                .unwrap_or_default()
                .into_iter()
                .map(|p| {
                    vec![
                        p.name,
                        level(p.current),
                        level(p.target),
                        level(p.projected),
                        match p.reached {
                            TargetReached::Already => "Already at target".to_owned(),
                            TargetReached::On(d) => options.dates.day(d),
                            TargetReached::NotPlanned => "Not by this roadmap".to_owned(),
                        },
                    ]
                })
                .collect();
            w.table(
                &[
                    Column::new("Practice", 3.0),
                    Column::number("Today", 0.8),
                    Column::number("Target", 0.8),
                    Column::number("Projected", 1.0),
                    Column::new("Target reached", 1.8),
                ],
                &rows,
            );
        },
    )
}
