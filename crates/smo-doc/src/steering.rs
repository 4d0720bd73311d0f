//! The SMO progress report for the steering committee, as of the export day:
//! one page of summary (decisions needed, key findings, the numbers at a
//! glance, next steps), then maturity then and now (the trend of every round,
//! the most improved and declined, every practice's change, projected against
//! achieved), the KPIs against their targets, the initiatives done, late and
//! next, and the improvement register's highlights.

use smo_chart::trend::trend;
use smo_chart::Frame;
use smo_core::follow_up::{is_done, FollowUpView, KpiRow};
use smo_core::kpi_tracking::KpiStatus;
use smo_core::register::IdeaStatus;
use smo_core::{Document, Level, Workshop};

use crate::tree::{Body, Column, Fact, Orientation, Rank, Tone};
use crate::DocOptions;

/// The trend chart's frame: a portrait page's width, 10-point text.
const PRINT_TREND: Frame = Frame {
    width: 480.0,
    max_height: 260.0,
    text: 10.0,
};

/// How far ahead "next" looks for initiatives starting, in days.
const NEXT_DAYS: i64 = 120;

fn level(l: Option<Level>) -> String {
    l.map_or_else(|| "–".to_owned(), |l| l.value().to_string())
}

fn value(v: f64, unit: &str) -> String {
    let text = if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    };
    match unit {
        "" => text,
        "%" => format!("{text}%"),
        u => format!("{text} {u}"),
    }
}

/// The steering report of `workshop`: its subject, cover facts and body.
pub(crate) fn steering(
    workshop: &Workshop,
    options: &DocOptions,
) -> (&'static str, Vec<Fact>, Body) {
    let today = options.at.date_naive();
    let dates = options.dates;
    let view = FollowUpView::of(workshop, today);
    let live = &workshop.follow_up.live_round;
    let facts = vec![
        Fact::new(
            "Assessment",
            format!(
                "{} ({}), round {} of {}",
                live.name,
                dates.day(live.held_on),
                live.number,
                view.rounds.len()
            ),
        ),
        Fact::new("As of", dates.day(today)),
    ];
    let mut w = Body::default();
    let brief = crate::brief::written_or_drafted(workshop, Document::Steering, options);
    crate::brief::executive_summary(&mut w, &brief, |w| glance(w, workshop, &view));
    w.new_page(Orientation::Portrait);
    maturity(&mut w, workshop, &view, options);
    w.new_page(Orientation::Portrait);
    kpis(&mut w, &view, options);
    initiatives(&mut w, workshop, &view, options);
    register(&mut w, workshop, options);
    (
        "Quarterly progress of the Service Management Office",
        facts,
        w,
    )
}

/// The numbers at a glance, in the executive summary.
fn glance(w: &mut Body, workshop: &Workshop, view: &FollowUpView) {
    w.heading("At a glance", Rank::Minor);
    let first = view.trend.first().and_then(|t| t.overall);
    let last = view.now.overall;
    let avg = |v: Option<f64>| v.map_or_else(|| "–".to_owned(), |v| format!("{v:.1}"));
    let count = |s: KpiStatus| {
        view.kpis
            .iter()
            .filter(|k| k.standing.as_ref().is_some_and(|x| x.status == s))
            .count()
    };
    let initiatives = &workshop.roadmap.initiatives;
    let ideas = &workshop.follow_up.ideas;
    let open_ideas = ideas
        .iter()
        .filter(|i| !matches!(i.status, IdeaStatus::Done | IdeaStatus::Rejected))
        .count();
    w.facts(&[
        (
            "Maturity",
            if view.since_baseline.is_some() {
                format!(
                    "{} at the baseline, {} now, on each practice's latest rating (of 5)",
                    avg(first),
                    avg(last)
                )
            } else {
                format!("{} of 5 (baseline only)", avg(last))
            },
        ),
        (
            "KPIs",
            format!(
                "{} on track, {} at risk, {} off track, {} without a status; {} due for measuring",
                count(KpiStatus::OnTrack),
                count(KpiStatus::AtRisk),
                count(KpiStatus::OffTrack),
                view.kpis.len()
                    - count(KpiStatus::OnTrack)
                    - count(KpiStatus::AtRisk)
                    - count(KpiStatus::OffTrack),
                view.kpis_due
            ),
        ),
        (
            "Initiatives",
            format!(
                "{} of {} done, {} late, {} blocked",
                initiatives.iter().filter(|i| is_done(i)).count(),
                initiatives.len(),
                view.deliveries.iter().filter(|d| d.state.late).count(),
                view.deliveries.iter().filter(|d| d.state.blocked).count()
            ),
        ),
        (
            "Improvement register",
            format!("{} ideas, {open_ideas} open", ideas.len()),
        ),
    ]);
}

fn maturity(w: &mut Body, workshop: &Workshop, view: &FollowUpView, options: &DocOptions) {
    w.heading("Maturity then and now", Rank::Chapter);
    let groups: Vec<(String, String)> = workshop
        .assessment
        .framework
        .iter()
        .flat_map(|f| &f.groups)
        .map(|g| (g.id.clone(), g.name.clone()))
        .collect();
    w.figure(
        trend(&view.trend, &groups, PRINT_TREND),
        Some("The average current level of the practices rated in each round, overall and per group; a practice not yet re-rated counts in no average."),
    );
    let rounds: Vec<Vec<String>> = view
        .rounds
        .iter()
        .map(|r| {
            vec![
                r.name.clone(),
                options.dates.day(r.held_on),
                format!("{} of {}", r.rated, workshop.assessment.scope.len()),
                if r.live { "Being scored" } else { "Closed" }.to_owned(),
            ]
        })
        .collect();
    w.table(
        vec![
            Column::new("Round", 2.5),
            Column::new("Held", 1.2),
            Column::number("Rated", 0.9),
            Column::new("State", 1.0),
        ],
        rounds,
    );
    let Some(change) = &view.since_baseline else {
        w.paragraph(
            "One round so far: the change shows once the practices are re-assessed.",
            Tone::Note,
        );
        return;
    };
    let named = |list: Vec<&smo_core::reassessment::LevelDelta>| -> Vec<String> {
        list.iter()
            .map(|d| {
                format!(
                    "{}: {} → {} ({:+})",
                    d.name,
                    level(d.before),
                    level(d.after),
                    d.delta.unwrap_or(0)
                )
            })
            .collect()
    };
    let improved = change.most_improved(5);
    w.together(|w| {
        w.heading("Most improved", Rank::Minor);
        if improved.is_empty() {
            w.paragraph("No practice rose.", Tone::Body);
        } else {
            w.bullets(&named(improved));
        }
    });
    let declined = change.most_declined(5);
    if !declined.is_empty() {
        w.together(|w| {
            w.heading("Declined", Rank::Minor);
            w.bullets(&named(declined));
        });
    }
    w.heading("Every practice: planned and achieved", Rank::Section);
    w.paragraph(
        "Planned by now is the baseline raised by every initiative first planned to end by today; achieved is the practice's level in the latest round that rated it; projected is the level once all of its initiatives are done.",
        Tone::Note,
    );
    let rows: Vec<Vec<String>> = view
        .maturity
        .iter()
        .map(|m| {
            let behind = matches!((m.planned_by_now, m.achieved), (Some(p), Some(a)) if a < p);
            vec![
                m.name.clone(),
                level(m.baseline),
                level(m.planned_by_now),
                if m.achieved.is_none() {
                    "not yet re-rated".to_owned()
                } else if behind {
                    format!("{} (behind the plan)", level(m.achieved))
                } else {
                    level(m.achieved)
                },
                level(m.projected),
                level(m.target),
            ]
        })
        .collect();
    w.table(
        vec![
            Column::new("Practice", 2.6),
            Column::number("Baseline", 0.9),
            Column::number("Planned by now", 1.0),
            Column::new("Achieved", 1.4),
            Column::number("Projected", 0.9),
            Column::number("Target", 0.8),
        ],
        rows,
    );
}

fn kpi_row(k: &KpiRow, options: &DocOptions) -> Vec<String> {
    let t = &k.tracking;
    let unit = t.scale.as_ref().map_or("", |s| s.unit.as_str());
    let (baseline, target) = t.scale.as_ref().map_or_else(
        || (k.kpi.baseline.clone(), k.kpi.target.clone()),
        |s| (value(s.baseline, unit), value(s.target, unit)),
    );
    let (latest, progress, status, due) = match &k.standing {
        Some(s) => (
            s.latest.as_ref().map_or_else(
                || "not measured".to_owned(),
                |m| format!("{} ({})", value(m.value, unit), options.dates.day(m.date)),
            ),
            s.progress.map_or_else(
                || "–".to_owned(),
                |p| format!("{:.0}% (time {:.0}%)", p * 100.0, s.expected * 100.0),
            ),
            s.status.label().to_owned(),
            format!(
                "{}{}",
                options.dates.day(s.next_due),
                if s.overdue { " (overdue)" } else { "" }
            ),
        ),
        None => (
            "–".to_owned(),
            format!("Needs {}", k.missing.join(", ")),
            "Not tracked".to_owned(),
            "–".to_owned(),
        ),
    };
    vec![
        k.kpi.name.clone(),
        baseline,
        target,
        latest,
        progress,
        status,
        due,
    ]
}

fn kpis(w: &mut Body, view: &FollowUpView, options: &DocOptions) {
    w.heading("KPIs against their targets", Rank::Chapter);
    w.paragraph(
        "Progress is the share of the way from baseline to target covered by the latest measurement; time is the share of the time to the target date gone by. On track: no more than 10 points behind the time; at risk: up to 25 behind; off track: further behind, or short of the target after its date.",
        Tone::Note,
    );
    // Those needing attention first.
    let mut rows: Vec<&KpiRow> = view.kpis.iter().collect();
    rows.sort_by_key(|k| match k.standing.as_ref().map(|s| s.status) {
        Some(KpiStatus::OffTrack) => 0,
        Some(KpiStatus::AtRisk) => 1,
        Some(KpiStatus::NotMeasured) | None => 2,
        Some(KpiStatus::OnTrack) => 3,
    });
    w.table(
        vec![
            Column::new("KPI", 2.2),
            Column::new("Baseline", 1.0),
            Column::new("Target", 1.0),
            Column::new("Latest", 1.4),
            Column::new("Progress", 1.5),
            Column::new("Status", 0.9),
            Column::new("Next due", 1.1),
        ],
        rows.iter().map(|k| kpi_row(k, options)).collect(),
    );
}

fn initiatives(w: &mut Body, workshop: &Workshop, view: &FollowUpView, options: &DocOptions) {
    let today = options.at.date_naive();
    let dates = options.dates;
    w.heading("Initiatives", Rank::Chapter);
    let row_of = |id: &str| view.deliveries.iter().find(|d| d.initiative_id == id);
    let all = &workshop.roadmap.initiatives;

    w.heading("Done", Rank::Section);
    let done: Vec<Vec<String>> = all
        .iter()
        .filter(|i| is_done(i))
        .map(|i| {
            let d = row_of(&i.id);
            let end = d.and_then(|d| d.delivery.actual_end).or(i.end);
            let slip = d.and_then(|d| d.state.slip_days).filter(|s| *s != 0);
            vec![
                i.title.clone(),
                i.owner.clone(),
                dates.maybe_day(end),
                slip.map_or_else(
                    || "On plan".to_owned(),
                    |s| {
                        if s > 0 {
                            format!("{s} days late")
                        } else {
                            format!("{} days early", -s)
                        }
                    },
                ),
            ]
        })
        .collect();
    w.table(
        vec![
            Column::new("Initiative", 2.8),
            Column::new("Owner", 1.4),
            Column::new("Finished", 1.1),
            Column::new("Against plan", 1.2),
        ],
        done,
    );

    w.heading("Late or blocked", Rank::Section);
    let trouble: Vec<Vec<String>> = all
        .iter()
        .filter_map(|i| row_of(&i.id).map(|d| (i, d)))
        .filter(|(_, d)| d.state.late || d.state.blocked)
        .map(|(i, d)| {
            vec![
                i.title.clone(),
                i.owner.clone(),
                format!("{}%", d.delivery.percent),
                dates.maybe_day(i.end),
                [
                    d.state.late.then_some("Late"),
                    d.state.blocked.then_some("Blocked"),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", "),
                d.delivery.note.clone(),
            ]
        })
        .collect();
    if trouble.is_empty() {
        w.paragraph(
            format!("Nothing late or blocked as of {}.", dates.day(today)),
            Tone::Body,
        );
    } else {
        w.table(
            vec![
                Column::new("Initiative", 2.2),
                Column::new("Owner", 1.2),
                Column::number("Done", 0.7),
                Column::new("Planned end", 1.0),
                Column::new("State", 0.9),
                Column::new("Note", 2.0),
            ],
            trouble,
        );
    }

    w.heading("Under way and next", Rank::Section);
    let horizon = today + chrono::Duration::days(NEXT_DAYS);
    let mut next: Vec<_> = all
        .iter()
        .filter(|i| !is_done(i))
        .filter(|i| {
            i.status == smo_core::roadmap::InitiativeStatus::InProgress
                || i.start.is_some_and(|s| s <= horizon)
        })
        .collect();
    next.sort_by_key(|i| (i.start.is_none(), i.start));
    let rows: Vec<Vec<String>> = next
        .iter()
        .map(|i| {
            let d = row_of(&i.id);
            let first_end = d
                .and_then(|d| d.delivery.baseline_end)
                .filter(|b| Some(*b) != i.end);
            vec![
                i.title.clone(),
                i.owner.clone(),
                match first_end {
                    Some(b) => format!(
                        "{} → {} (first planned to end {})",
                        dates.maybe_day(i.start),
                        dates.maybe_day(i.end),
                        dates.day(b)
                    ),
                    None => format!("{} → {}", dates.maybe_day(i.start), dates.maybe_day(i.end)),
                },
                d.map_or_else(|| "0%".to_owned(), |d| format!("{}%", d.delivery.percent)),
                d.map_or_else(String::new, |d| d.delivery.note.clone()),
            ]
        })
        .collect();
    if rows.is_empty() {
        w.paragraph(
            "Nothing under way or starting in the next four months.",
            Tone::Body,
        );
    } else {
        w.table(
            vec![
                Column::new("Initiative", 2.4),
                Column::new("Owner", 1.3),
                Column::new("Planned", 1.8),
                Column::number("Done", 0.7),
                Column::new("Note", 2.0),
            ],
            rows,
        );
    }
}

fn register(w: &mut Body, workshop: &Workshop, options: &DocOptions) {
    let ideas = &workshop.follow_up.ideas;
    w.heading("Improvement register", Rank::Chapter);
    let counts: Vec<String> = IdeaStatus::ALL
        .iter()
        .map(|s| (s, ideas.iter().filter(|i| i.status == *s).count()))
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| format!("{n} {}", s.label().to_lowercase()))
        .collect();
    if ideas.is_empty() {
        w.paragraph("No ideas in the register yet.", Tone::Body);
        return;
    }
    w.paragraph(
        format!("{} ideas: {}.", ideas.len(), counts.join(", ")),
        Tone::Body,
    );
    // Highlights: what awaits a decision or is being done, highest priority first.
    let mut highlights: Vec<_> = ideas
        .iter()
        .filter(|i| {
            matches!(
                i.status,
                IdeaStatus::New
                    | IdeaStatus::Assessed
                    | IdeaStatus::Approved
                    | IdeaStatus::InProgress
            )
        })
        .collect();
    highlights.sort_by_key(|i| {
        (
            std::cmp::Reverse(i.priority.map_or(0, smo_core::Priority::weight)),
            std::cmp::Reverse(i.raised_on),
        )
    });
    let rows: Vec<Vec<String>> = highlights
        .iter()
        .map(|i| {
            vec![
                i.description.clone(),
                i.source.label().to_owned(),
                i.priority.map_or_else(|| "–".to_owned(), |p| p.to_string()),
                i.status.label().to_owned(),
                i.owner.clone(),
                options.dates.day(i.raised_on),
            ]
        })
        .collect();
    w.table(
        vec![
            Column::new("Idea", 3.0),
            Column::new("Source", 1.3),
            Column::new("Priority", 0.8),
            Column::new("Status", 1.0),
            Column::new("Owner", 1.3),
            Column::new("Raised", 1.0),
        ],
        rows,
    );
}
