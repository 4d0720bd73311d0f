//! The roadmap: cover, phase overview, the timeline on landscape pages (the
//! same Gantt geometry as the screen), the initiative table and the projected
//! maturity per practice.

use smo_chart::gantt::{dated_rows, gantt_window, DayLine};
use smo_chart::Frame;
use smo_core::roadmap::{Effort, TargetReached};
use smo_core::{Document, GapReport, Level, Workshop};

use crate::tree::{Body, Column, Fact, Orientation, Rank, Tone};
use crate::DocOptions;

/// The most initiatives "The plan at a glance" lists by title; with more it
/// counts them per phase (each has its card) so the overview stays one page.
const GLANCE_LISTS_UP_TO: usize = 30;

/// Timeline rows per landscape page.
const ROWS_PER_PAGE: usize = 16;

/// The roadmap of `workshop`, as of the export day: its subject, cover facts
/// and body.
pub(crate) fn roadmap(
    workshop: &Workshop,
    options: &DocOptions,
) -> (&'static str, Vec<Fact>, Body) {
    let r = &workshop.roadmap;
    let today = options.at.date_naive();
    let facts = vec![Fact::new(
        "Initiatives",
        format!(
            "{} initiatives, {} milestones",
            r.initiatives.len(),
            r.initiatives.iter().filter(|i| i.milestone).count()
        ),
    )];
    let mut w = Body::default();
    let w = &mut w;
    let brief = &crate::brief::written_or_drafted(workshop, Document::Roadmap, options);
    if !brief.is_blank() {
        crate::brief::executive_summary(w, brief, |_| {});
        w.new_page(Orientation::Portrait);
    }
    w.heading("The plan at a glance", Rank::Chapter);
    w.paragraph(
        "Every initiative by phase, in the order it starts; milestones are the ends the sponsor tracks.",
        Tone::Note,
    );
    let ordered = r.in_schedule_order();
    let mut rows: Vec<Vec<String>> = r
        .phases
        .iter()
        .map(|p| {
            let mine: Vec<_> = ordered.iter().filter(|i| i.phase == Some(p.kind)).collect();
            vec![
                p.kind.label().to_owned(),
                format!(
                    "{} – {}",
                    options.dates.maybe_day(p.start),
                    options.dates.maybe_day(p.end)
                ),
                if r.initiatives.len() <= GLANCE_LISTS_UP_TO {
                    mine.iter()
                        .map(|i| i.title.clone())
                        .collect::<Vec<_>>()
                        .join("\n")
                } else {
                    // Too many to list on one page: how many, each on its card.
                    match mine.len() {
                        1 => "1 initiative".to_owned(),
                        n => format!("{n} initiatives"),
                    }
                },
                mine.iter()
                    .filter(|i| i.milestone)
                    .map(|i| format!("{} ({})", i.title, options.dates.maybe_day(i.end)))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ]
        })
        .collect();
    let unphased: Vec<String> = ordered
        .iter()
        .filter(|i| i.phase.is_none())
        .map(|i| i.title.clone())
        .collect();
    if !unphased.is_empty() {
        rows.push(vec![
            "No phase yet".to_owned(),
            String::new(),
            unphased.join("\n"),
            String::new(),
        ]);
    }
    w.table(
        vec![
            Column::new("Phase", 1.1),
            Column::new("Dates", 1.5),
            Column::new("Initiatives", 3.6),
            Column::new("Milestones", 2.6),
        ],
        rows,
    );
    // What could make the plan slip, with who acts and how; never the
    // app's own prompts.
    w.heading("Schedule risks", Rank::Section);
    let risks = r.schedule_risks(today);
    if risks.is_empty() {
        w.paragraph(
            format!("No schedule risks as of {}.", options.dates.day(today)),
            Tone::Body,
        );
    } else {
        w.paragraph(format!("As of {}.", options.dates.day(today)), Tone::Note);
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
            vec![
                Column::new("Initiative", 2.2),
                Column::new("Risk", 2.4),
                Column::new("Owner", 1.3),
                Column::new("What to do", 2.6),
            ],
            rows,
        );
    }

    // Where the plan, the targets and the charter disagree.
    let open = smo_core::consistency::inconsistencies(workshop);
    if !open.is_empty() {
        w.heading("Where the plan and the targets disagree", Rank::Section);
        let rows: Vec<Vec<String>> = open
            .iter()
            .map(|i| vec![i.describe(options.dates), i.resolution().to_owned()])
            .collect();
        w.table(
            vec![
                Column::new("What disagrees", 3.0),
                Column::new("What would resolve it", 2.0),
            ],
            rows,
        );
    }

    // The timeline, on landscape pages, 16 rows a page, one shared time axis.
    let rows = dated_rows(r);
    let pages = rows.div_ceil(ROWS_PER_PAGE).max(1);
    for page in 0..pages {
        w.new_page(Orientation::Landscape);
        let title = if pages > 1 {
            format!("Timeline ({} of {pages})", page + 1)
        } else {
            "Timeline".to_owned()
        };
        if page == 0 {
            w.heading(title, Rank::Chapter);
        } else {
            w.heading(title, Rank::Minor);
        }
        let chart = gantt_window(
            r,
            &workshop.follow_up.first_ends(),
            &DayLine {
                day: today,
                label: format!("Exported {}", options.dates.day(today)),
            },
            page * ROWS_PER_PAGE,
            ROWS_PER_PAGE,
            Frame::PRINT_TIMELINE,
        );
        w.figure(chart, None);
    }
    w.paragraph("Bars are coloured by phase; a black diamond marks a milestone; arrows run from what must finish to what waits for it; a pale, outlined bar is done; a dashed black tick is where an initiative was first planned to end, joined to where it ends now; the dashed red line is the day of export.", Tone::Note);

    initiative_cards(w, workshop, options);

    w.new_page(Orientation::Portrait);
    w.heading("Projected maturity", Rank::Chapter);
    w.paragraph(
            "The level each practice reaches once its initiatives are done, and the date its target is reached.",
            Tone::Note,
        );
    let level = |l: Option<Level>| l.map_or_else(|| "–".to_owned(), |l| l.value().to_string());
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
        vec![
            Column::new("Practice", 3.0),
            Column::number("Today", 0.8),
            Column::number("Target", 0.8),
            Column::number("Projected", 1.0),
            Column::new("Target reached", 1.8),
        ],
        rows,
    );
    crate::brief::document_control(w, workshop, brief, options.dates);
    crate::brief::glossary(
        w,
        &[
            "Initiative",
            "Milestone",
            "Phase",
            "Maturity level",
            "Target level",
            "CMDB",
            "CAB",
        ],
    );
    (
        "Improvement initiatives, phases and projected maturity",
        facts,
        std::mem::take(w),
    )
}

/// One card per initiative, by phase then start: what it delivers, the gaps
/// it closes (from → to), owner, dates, effort, status and what it waits for.
fn initiative_cards(w: &mut Body, workshop: &Workshop, options: &DocOptions) {
    let r = &workshop.roadmap;
    w.new_page(Orientation::Portrait);
    w.heading("Initiatives", Rank::Chapter);
    let legend: Vec<&str> = Effort::ALL.iter().map(|e| e.label()).collect();
    w.paragraph(
        format!("By phase, then by start. Effort: {}.", legend.join("; ")),
        Tone::Note,
    );
    if r.initiatives.is_empty() {
        w.paragraph(crate::NOT_YET_DEFINED, Tone::Note);
        return;
    }
    let framework = workshop.assessment.framework.as_ref();
    let name = |id: &str| {
        framework
            .and_then(|f| f.practice(id))
            .map_or_else(|| id.to_owned(), |p| p.name.clone())
    };
    let title = |id: &str| {
        r.initiative(id)
            .map_or_else(|| id.to_owned(), |i| format!("“{}”", i.title))
    };
    let mut phase = None;
    for i in r.in_schedule_order() {
        if phase != Some(i.phase) {
            phase = Some(i.phase);
            w.heading(i.phase.map_or("No phase yet", |p| p.label()), Rank::Section);
        }
        let closes: Vec<String> = i
            .practices
            .iter()
            .map(|p| {
                let today = workshop
                    .assessment
                    .practice(p)
                    .and_then(|a| a.current)
                    .map_or_else(|| "not scored".to_owned(), |l| l.value().to_string());
                match i.raises_to {
                    Some(to) => format!("{} {today} → {}", name(p), to.value()),
                    None => name(p),
                }
            })
            .collect();
        let mut facts = vec![
            ("Delivers", i.description.clone()),
            ("Closes", closes.join("\n")),
            (
                "Owner",
                if i.owner.trim().is_empty() {
                    "No owner yet".to_owned()
                } else {
                    i.owner.clone()
                },
            ),
            (
                "Dates",
                format!(
                    "{} – {}",
                    options.dates.maybe_day(i.start),
                    options.dates.maybe_day(i.end)
                ),
            ),
            ("Effort", i.effort.map_or("–", Effort::label).to_owned()),
            ("Status", i.status.label().to_owned()),
        ];
        if !i.dependencies.is_empty() {
            facts.push((
                "Waits for",
                i.dependencies
                    .iter()
                    .map(|d| title(d))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ));
        }
        if i.milestone {
            facts.push((
                "Milestone",
                format!("Due {}", options.dates.maybe_day(i.end)),
            ));
        }
        w.together(|w| {
            w.heading(i.title.clone(), Rank::Minor);
            w.facts(&facts);
        });
    }
}
