//! The assessment report: a one-page executive summary, the heat map, a page
//! per practice group with each practice's levels, descriptors, evidence,
//! confidence and votes, and an appendix on method, scale and participants.

use smo_chart::{gap_bars::gap_bars, heat_map::heat_map, radar, Frame};
use smo_core::{
    Confidence, DateStyle, Document, Framework, GapReport, GapSummary, Level, PracticeAssessment,
    PracticeGap, Priority, RoundState, VoteQuestion, VoteSpread, Workshop,
};

use smo_core::agenda::Agenda;

use crate::tree::{Body, Column, Fact, Orientation, Rank, Tone};
use crate::DocOptions;

/// A level as the report prints it: "3", or "not scored".
pub(crate) fn level(l: Option<Level>) -> String {
    l.map_or_else(|| "not scored".to_owned(), |l| l.value().to_string())
}

/// An average as the report prints it: "2.4", or "–".
pub(crate) fn avg(v: Option<f64>) -> String {
    v.map_or_else(|| "–".to_owned(), |v| format!("{v:.1}"))
}

/// A priority as the report prints it, or "–".
pub(crate) fn priority(p: Option<Priority>) -> String {
    p.map_or_else(|| "–".to_owned(), |p| p.to_string())
}

/// The assessment report of `workshop`: its subject, cover facts and body.
pub(crate) fn assessment_report(
    workshop: &Workshop,
    options: &DocOptions,
) -> (&'static str, Vec<Fact>, Body) {
    let report = GapReport::of(&workshop.assessment);
    let framework = workshop.assessment.framework.as_ref();
    let facts = vec![
        Fact::new(
            "Framework",
            framework.map_or_else(
                || "Not chosen".to_owned(),
                |f| format!("{} {}", f.name, f.version),
            ),
        ),
        Fact::new(
            "Practices",
            report.as_ref().map_or_else(
                || "–".to_owned(),
                |r| {
                    format!(
                        "{} in scope, {} with both levels",
                        r.overall.practices, r.overall.scored
                    )
                },
            ),
        ),
    ];
    let mut w = Body::default();
    let brief = &crate::brief::written_or_drafted(workshop, Document::Assessment, options);
    crate::brief::executive_summary(&mut w, brief, |w| {
        summary(w, workshop, report.as_ref());
    });
    if let Some(report) = report.as_ref().filter(|r| !r.practices.is_empty()) {
        if report.overall.scored > 0 {
            overview(&mut w, report);
        }
        w.new_page(Orientation::Portrait);
        w.heading("Heat map", Rank::Chapter);
        w.paragraph(
            "Current level, target level and gap of every practice in scope. Darker is higher; a dash is a level not yet scored.",
            Tone::Note,
        );
        w.figure(heat_map(report, Frame::PRINT_HEAT_MAP), None);
        groups(&mut w, workshop, report);
    }
    appendix(&mut w, workshop, options.dates);
    crate::brief::document_control(&mut w, workshop, brief, options.dates);
    crate::brief::glossary(
        &mut w,
        &[
            "Practice",
            "Maturity level",
            "Target level",
            "Gap",
            "Weighted gap",
            "Horizon",
            "Confidence",
            "SMO",
        ],
    );
    ("Current and target maturity, gaps and evidence", facts, w)
}

/// The executive summary's figures: the averages, the gaps that matter
/// most and the chart of every gap.
fn summary(w: &mut Body, workshop: &Workshop, report: Option<&GapReport>) {
    let Some(report) = report.filter(|r| !r.practices.is_empty()) else {
        w.paragraph(
            "No practices are in scope yet, so there is nothing to summarise.",
            Tone::Note,
        );
        return;
    };
    w.paragraph(
        summary_text(&workshop.set_up.organisation, &report.overall),
        Tone::Body,
    );
    let rows = top_gap_rows(report);
    w.heading(top_gaps_heading(rows.len()), Rank::Minor);
    w.table(
        vec![
            Column::number("#", 0.4),
            Column::new("Practice", 4.0),
            Column::number("Today", 1.0),
            Column::number("Target", 1.0),
            Column::new("Priority", 1.2),
            Column::number("Weighted gap", 1.4),
        ],
        rows,
    );
}

/// Where every practice stands against its target, on a page of its own:
/// a radar where one reads (up to [`RADAR_READS_UP_TO`] practices), else
/// every gap, largest first.
fn overview(w: &mut Body, report: &GapReport) {
    w.new_page(Orientation::Portrait);
    if report.practices.len() > RADAR_READS_UP_TO {
        w.heading("Every gap, largest first", Rank::Chapter);
        w.paragraph(
            "Today's level (square) joined to the target (diamond); the weighted gap at the end of each row.",
            Tone::Note,
        );
        w.figure(gap_bars(report, Frame::PRINT_HEAT_MAP), None);
    } else {
        w.heading("Today and the target, practice by practice", Rank::Chapter);
        w.paragraph(
            "The inner shape is where each practice stands today, the outer line its agreed target; the further apart they are, the larger the gap.",
            Tone::Note,
        );
        w.figure(radar::practices_radar(report, Frame::PRINT_RADAR), None);
    }
}

fn groups(w: &mut Body, workshop: &Workshop, report: &GapReport) {
    let Some(framework) = workshop.assessment.framework.as_ref() else {
        return;
    };
    for group in &report.groups {
        w.new_page(Orientation::Portrait);
        w.heading(group.name.clone(), Rank::Chapter);
        w.paragraph(group_note(group), Tone::Note);
        for gap in report.practices_in(group) {
            let Some(practice) = framework.practice(&gap.practice_id) else {
                continue;
            };
            // A practice's levels, votes and evidence stay on one page.
            w.together(|w| {
                w.heading(practice.name.clone(), Rank::Section);
                w.facts(&practice_facts(workshop, framework, gap));
                if gap.target_below_current {
                    w.paragraph("The target is below today's level.", Tone::Note);
                }
            });
        }
    }
}

/// The executive summary's figures in a sentence or two.
pub(crate) fn summary_text(organisation: &str, overall: &GapSummary) -> String {
    if overall.scored == 0 {
        return format!(
            "{organisation} has chosen {} practices to assess; none has both a current and a target level yet.",
            overall.practices
        );
    }
    let mut text = format!(
        "{organisation} assessed {} practices on a scale of 0 to 5. On average they stand at {} today against a target of {}: a gap of {} levels.",
        overall.practices,
        avg(overall.average_current),
        avg(overall.average_target),
        avg(overall.average_gap),
    );
    let unscored = overall.practices.saturating_sub(overall.scored);
    if unscored > 0 {
        text.push_str(&format!(
            " {unscored} of them are not fully scored yet and are left out of these averages."
        ));
    }
    text
}

/// The most practices a radar reads with (one spoke each); more get the
/// sorted gap chart.
pub(crate) const RADAR_READS_UP_TO: usize = 16;

/// How many gaps the summary lists (more when the last place is tied).
pub(crate) const TOP_GAPS: usize = 5;

/// The gaps that matter most, ties at the last place included, as table
/// rows: place (shared by ties), practice, today, target, priority,
/// weighted gap.
pub(crate) fn top_gap_rows(report: &GapReport) -> Vec<Vec<String>> {
    report
        .top_with_ties(TOP_GAPS)
        .into_iter()
        .map(|(place, g)| {
            vec![
                place.to_string(),
                g.name.clone(),
                level(g.current),
                level(g.target),
                priority(g.priority),
                g.weighted_gap
                    .map_or_else(|| "–".to_owned(), |v| v.to_string()),
            ]
        })
        .collect()
}

/// The heading over [`top_gap_rows`]: five, or how many a tie at the fifth
/// place makes ("The seven gaps that matter most (tied gaps are all listed)").
pub(crate) fn top_gaps_heading(rows: usize) -> String {
    const WORDS: [&str; 16] = [
        "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen",
    ];
    let n = WORDS
        .get(rows)
        .map_or_else(|| rows.to_string(), |w| (*w).to_owned());
    match rows {
        r if r > TOP_GAPS => format!("The {n} gaps that matter most (tied gaps are all listed)"),
        TOP_GAPS => "The five gaps that matter most".to_owned(),
        _ => "The gaps that matter most".to_owned(),
    }
}

/// The line under a group's heading: its size and averages.
pub(crate) fn group_note(group: &GapSummary) -> String {
    format!(
        "{} practices · average today {} · average target {} · average gap {}",
        group.practices,
        avg(group.average_current),
        avg(group.average_target),
        avg(group.average_gap)
    )
}

/// The appendix's account of how the assessment was made.
pub(crate) fn method_text(workshop: &Workshop, dates: DateStyle) -> String {
    let set_up = &workshop.set_up;
    let facilitated = if set_up.facilitator.trim().is_empty() {
        "a facilitated workshop".to_owned()
    } else {
        format!("a workshop facilitated by {}", set_up.facilitator.trim())
    };
    let people = match workshop.participants.len() {
        0 => String::new(),
        1 => " with 1 participant".to_owned(),
        n => format!(" with {n} participants"),
    };
    format!(
        "The practices in scope were assessed in {facilitated} on {}{people}. For each practice the room read the level descriptors, heard the evidence, optionally recorded each participant's own view, and agreed a current level and how confident it was in it. It then set a target level, a business priority (high, medium or low, weighted 3, 2 and 1) and a horizon. The gap is the target minus the current level (never negative); the weighted gap multiplies it by the priority's weight. A practice without both levels is listed as not scored and never counted as zero.",
        dates.range(set_up.start_date, set_up.end_date),
    )
}

/// The framework's practices the workshop left out of scope, by name.
pub(crate) fn out_of_scope(workshop: &Workshop) -> Vec<String> {
    workshop
        .assessment
        .framework
        .as_ref()
        .map(|f| {
            f.practices
                .iter()
                .filter(|p| !workshop.assessment.scope.contains(&p.id))
                .map(|p| p.name.clone())
                .collect()
        })
        .unwrap_or_default()
}

/// The revealed vote rounds on `question`, and how the spread narrowed:
/// "6 votes: min 1, median 2.5, max 4 (views differed by two levels or
/// more)" for one round; each round in turn for several. `None` when no
/// round was revealed (an open round's votes are not reported).
fn rounds_line(assessed: &PracticeAssessment, question: VoteQuestion) -> Option<String> {
    let revealed: Vec<(u32, VoteSpread)> = assessed
        .rounds_of(question)
        .filter(|r| r.state == RoundState::Revealed)
        .filter_map(|r| Some((r.number, r.spread?)))
        .collect();
    let one = |s: &VoteSpread| {
        format!(
            "{} votes: min {}, median {}, max {}",
            s.count,
            s.min.value(),
            s.median,
            s.max.value()
        )
    };
    match revealed.as_slice() {
        [] => None,
        [(_, s)] => Some(format!(
            "{}{}",
            one(s),
            if s.disagreement {
                " (views differed by two levels or more)"
            } else {
                ""
            }
        )),
        [(_, first), .., (_, last)] => {
            let width = |s: &VoteSpread| s.max.value() - s.min.value();
            let rounds: Vec<String> = revealed
                .iter()
                .map(|(n, s)| format!("round {n}, {}", one(s)))
                .collect();
            let levels = |n: u8| {
                if n == 1 {
                    "1 level".to_owned()
                } else {
                    format!("{n} levels")
                }
            };
            let change = match width(last).cmp(&width(first)) {
                std::cmp::Ordering::Less => format!(
                    "the spread narrowed from {} to {}",
                    levels(width(first)),
                    levels(width(last))
                ),
                std::cmp::Ordering::Equal => {
                    format!("the spread stayed at {}", levels(width(last)))
                }
                std::cmp::Ordering::Greater => format!(
                    "the spread widened from {} to {}",
                    levels(width(first)),
                    levels(width(last))
                ),
            };
            let mut text = rounds.join("; ");
            if let Some(first_letter) = text.get(..1) {
                text = format!("{}{}", first_letter.to_uppercase(), &text[1..]);
            }
            Some(format!("{text}: {change}"))
        }
    }
}

/// What the report says about one practice: today and the target with their
/// descriptors, the gap, confidence, votes and evidence, as label/text pairs.
pub(crate) fn practice_facts(
    workshop: &Workshop,
    framework: &Framework,
    gap: &PracticeGap,
) -> Vec<(&'static str, String)> {
    let Some(practice) = framework.practice(&gap.practice_id) else {
        return Vec::new();
    };
    let assessed = workshop.assessment.practice(&gap.practice_id);
    let descr = |l: Option<Level>| {
        l.map_or_else(
            || "Not scored".to_owned(),
            |l| {
                let name = framework
                    .scale
                    .iter()
                    .find(|s| s.level == l)
                    .map_or("", |s| s.name.as_str());
                format!("{} · {name}: {}", l.value(), practice.descriptor(l))
            },
        )
    };
    let confidence = assessed
        .and_then(|a| a.confidence)
        .map_or("–", Confidence::label);
    let votes = assessed
        .and_then(|a| rounds_line(a, VoteQuestion::Current))
        .unwrap_or_else(|| "No votes recorded".to_owned());
    let target_line = match (gap.gap, gap.priority) {
        (Some(g), p) => {
            let mut line = match g {
                0 => "At its target".to_owned(),
                1 => "1 level".to_owned(),
                g => format!("{g} levels"),
            };
            if let Some(p) = p {
                line.push_str(&format!(" · {} priority", p.label().to_lowercase()));
            }
            if let Some(h) = assessed.and_then(|a| a.horizon) {
                line.push_str(&format!(" · within {} months", h.months()));
            }
            line
        }
        _ => "Known once both levels are scored".to_owned(),
    };
    let mut facts = vec![
        ("Today", descr(gap.current)),
        ("Target", descr(gap.target)),
        ("Gap", target_line),
        ("Confidence", confidence.to_owned()),
        ("Votes", votes),
        (
            "Evidence",
            assessed.map_or_else(String::new, |a| a.evidence.clone()),
        ),
    ];
    if let Some(line) = assessed.and_then(|a| rounds_line(a, VoteQuestion::Target)) {
        facts.insert(5, ("Target votes", line));
    }
    if let Some(a) = assessed {
        for (label, text) in [
            ("Strengths", &a.strengths),
            ("Weaknesses", &a.weaknesses),
            ("Recommendation", &a.recommendation),
        ] {
            if !text.trim().is_empty() {
                facts.push((label, text.clone()));
            }
        }
    }
    facts
}

fn appendix(w: &mut Body, workshop: &Workshop, dates: DateStyle) {
    w.new_page(Orientation::Portrait);
    w.heading("Appendix: method, scale and participants", Rank::Chapter);
    w.heading("Method", Rank::Section);
    w.paragraph(method_text(workshop, dates), Tone::Body);
    let left_out = out_of_scope(workshop);
    if !left_out.is_empty() {
        w.heading("Out of scope", Rank::Minor);
        w.paragraph(
            format!(
                "The workshop did not assess {} of the framework's practices: {}.",
                left_out.len(),
                left_out.join(", ")
            ),
            Tone::Body,
        );
    }
    w.heading("Scale", Rank::Section);
    let scale: Vec<Vec<String>> = workshop
        .assessment
        .framework
        .as_ref()
        .map(|f| {
            f.scale
                .iter()
                .map(|s| {
                    vec![
                        s.level.value().to_string(),
                        s.name.clone(),
                        s.summary.clone(),
                    ]
                })
                .collect()
        })
        .unwrap_or_default();
    w.table(
        vec![
            Column::number("Level", 0.7),
            Column::new("Name", 1.5),
            Column::new("Meaning", 6.0),
        ],
        scale,
    );
    w.heading("Participants", Rank::Section);
    crate::participants(w, workshop);
    if let Some((columns, rows)) = agenda_table(&workshop.agenda) {
        w.heading("How the day went", Rank::Section);
        w.paragraph(
            "The agenda as planned, and the minutes each item actually took.".to_owned(),
            Tone::Body,
        );
        w.table(columns, rows);
    }
}

/// The agenda planned against actual minutes, with the total of the items
/// run and, when some were not, their planned minutes; `None` before any
/// item was run.
fn agenda_table(agenda: &Agenda) -> Option<(Vec<Column>, Vec<Vec<String>>)> {
    if !agenda.items.iter().any(|i| i.done) {
        return None;
    }
    let minutes = |seconds: u32| (seconds + 30) / 60;
    let difference = |planned: u32, actual: u32| match actual.cmp(&planned) {
        std::cmp::Ordering::Equal => "on plan".to_owned(),
        std::cmp::Ordering::Greater => format!("+{}", actual - planned),
        std::cmp::Ordering::Less => format!("−{}", planned - actual),
    };
    let mut rows: Vec<Vec<String>> = Vec::new();
    let (mut planned_total, mut actual_total) = (0, 0);
    for item in &agenda.items {
        let planned = u32::from(item.planned_minutes);
        planned_total += planned;
        if item.done {
            let actual = minutes(item.actual_seconds);
            actual_total += actual;
            rows.push(vec![
                item.title.clone(),
                planned.to_string(),
                actual.to_string(),
                difference(planned, actual),
            ]);
        } else {
            rows.push(vec![
                item.title.clone(),
                planned.to_string(),
                "not run".to_owned(),
                String::new(),
            ]);
        }
    }
    let run_planned: u32 = agenda
        .items
        .iter()
        .filter(|i| i.done)
        .map(|i| u32::from(i.planned_minutes))
        .sum();
    // The total compares like with like: the items run, planned against
    // actual; what was not run is its own line.
    let unrun = planned_total - run_planned;
    rows.push(vec![
        if unrun > 0 {
            "Total of the items run"
        } else {
            "Total"
        }
        .to_owned(),
        run_planned.to_string(),
        actual_total.to_string(),
        difference(run_planned, actual_total),
    ]);
    if unrun > 0 {
        rows.push(vec![
            "Not run".to_owned(),
            unrun.to_string(),
            String::new(),
            String::new(),
        ]);
    }
    Some((
        vec![
            Column::new("Item", 5.0),
            Column::number("Planned (min)", 1.3),
            Column::number("Actual (min)", 1.3),
            Column::number("Difference", 1.3),
        ],
        rows,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use smo_core::{ParticipantId, ValidationError};

    #[test]
    fn the_report_says_how_the_spread_narrowed_over_the_rounds() -> Result<(), ValidationError> {
        let people: Vec<ParticipantId> = (1..=3)
            .map(|n| format!("00000000-0000-0000-0000-00000000000{n}").parse())
            .collect::<Result<_, _>>()
            .expect("valid ids");
        let level = |v: i64| Level::try_from(v);
        let mut p = PracticeAssessment::empty("change");
        let q = VoteQuestion::Current;
        assert_eq!(rounds_line(&p, q), None);
        for (round, votes) in [(1, [1, 4, 2]), (2, [2, 3, 2])] {
            p.start_round(q)?;
            for (who, v) in people.iter().zip(votes) {
                p.cast_vote(q, round, (*who, Some(level(v)?)), &people)?;
            }
            if round == 1 {
                assert_eq!(
                    rounds_line(&p, q),
                    None,
                    "an open round's votes are not reported"
                );
                p.reveal_round(q, 1)?;
                assert_eq!(
                    rounds_line(&p, q).as_deref(),
                    Some("3 votes: min 1, median 2, max 4 (views differed by two levels or more)")
                );
            }
        }
        p.reveal_round(q, 2)?;
        assert_eq!(
            rounds_line(&p, q).as_deref(),
            Some("Round 1, 3 votes: min 1, median 2, max 4; round 2, 3 votes: min 2, median 2, max 3: the spread narrowed from 3 levels to 1 level")
        );
        assert_eq!(rounds_line(&p, VoteQuestion::Target), None);
        Ok(())
    }

    #[test]
    fn the_appendix_sets_each_item_run_against_its_plan() {
        use smo_core::agenda::{AgendaClock, AgendaItem};
        let item = |title: &str, planned: u16, actual: u32, done: bool| AgendaItem {
            id: title.to_owned(),
            title: title.to_owned(),
            step: None,
            group: None,
            planned_minutes: planned,
            actual_seconds: actual,
            done,
        };
        let mut agenda = Agenda {
            items: vec![item("Welcome", 20, 0, false)],
            practice_minutes: None,
            clock: AgendaClock::Idle,
        };
        assert!(agenda_table(&agenda).is_none(), "nothing run: no appendix");
        agenda.items = vec![
            item("Welcome", 20, 25 * 60, true),
            item("Current state", 60, 50 * 60 + 20, true),
            item("Target state", 45, 0, false),
        ];
        let (_, rows) = agenda_table(&agenda).expect("run");
        assert_eq!(rows[0], ["Welcome", "20", "25", "+5"]);
        assert_eq!(rows[1], ["Current state", "60", "50", "−10"]);
        assert_eq!(rows[2], ["Target state", "45", "not run", ""]);
        assert_eq!(rows[3], ["Total of the items run", "80", "75", "−5"]);
        assert_eq!(rows[4], ["Not run", "45", "", ""]);
        for i in &mut agenda.items {
            i.done = true;
        }
        let (_, rows) = agenda_table(&agenda).expect("run");
        assert_eq!(
            rows.last().map(|r| r[0].as_str()),
            Some("Total"),
            "all run: one total"
        );
        assert_eq!(rows.len(), 4);
    }
}
