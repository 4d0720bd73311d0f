//! The sample's life after the workshop, as it stood at the sponsor's review
//! in late November 2026: the March workshop's assessment frozen as the
//! baseline and a six-month review as the round being scored, eight months
//! of KPI measurements, the delivery of the initiatives started, and an
//! improvement register with an idea in every status.

use chrono::NaiveDate;

use crate::delivery::Delivery;
use crate::follow_up::{AssessmentRound, FollowUp, InitiativeDelivery, LiveRound, TrackedKpi};
use crate::kpi_tracking::{Direction, Frequency, KpiScale, Measurement};
use crate::register::{Idea, IdeaSource, IdeaStatus};
use crate::roadmap::Effort;
use crate::{Assessment, Level, Priority};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("sample dates are valid")
}

/// Practices the March room rated differently from the six-month review:
/// (practice, level in March, what was heard in March).
const MARCH: [(&str, u8, &str); 5] = [
    (
        "change-enablement",
        0,
        "No change records for depot systems; portal releases announced by e-mail on the day.",
    ),
    (
        "release-management",
        0,
        "Releases go out when the developers are ready, peak hours included.",
    ),
    (
        "measurement-and-reporting",
        0,
        "No service report of any kind; finance asks for numbers twice a year.",
    ),
    (
        "incident-management",
        1,
        "Each desk logs incidents its own way; the January outage had no one in charge.",
    ),
    (
        "knowledge-management",
        3,
        "The head-office wiki is used daily and reviewed each quarter by the desk lead.",
    ),
];

/// The follow-up of the sample whose round being scored is `review` (the
/// sample's assessment as stored, participants' ids and all).
pub fn sample_follow_up(review: &Assessment) -> FollowUp {
    let baseline = review
        .practices
        .iter()
        .map(|p| {
            let mut then = p.clone();
            if let Some((_, level, evidence)) = MARCH.iter().find(|(id, ..)| *id == p.practice_id) {
                let shift = i16::from(*level) - i16::from(p.current.map_or(*level, Level::value));
                then.current = Level::try_from(i64::from(*level)).ok();
                then.evidence = (*evidence).to_owned();
                for round in &mut then.rounds {
                    for v in &mut round.votes {
                        let moved = (i16::from(v.level.value()) + shift).clamp(0, 5);
                        v.level = Level::try_from(i64::from(moved)).unwrap_or(v.level);
                    }
                }
                then.votes = then
                    .latest_round(crate::VoteQuestion::Current)
                    .map(|r| r.votes.clone())
                    .unwrap_or_default();
                let levels: Vec<Level> = then.votes.iter().map(|v| v.level).collect();
                then.spread = crate::VoteSpread::of(&levels);
            }
            then
        })
        .collect();
    FollowUp {
        live_round: LiveRound {
            number: 2,
            name: "Six-month review, September 2026".into(),
            held_on: date(2026, 9, 14),
        },
        rounds: vec![AssessmentRound {
            number: 1,
            name: "Baseline, March 2026".into(),
            held_on: date(2026, 3, 9),
            practices: baseline,
        }],
        kpis: sample_kpis(),
        deliveries: sample_deliveries(),
        ideas: sample_ideas(),
    }
}

fn scale(baseline: f64, target: f64, unit: &str, direction: Direction) -> Option<KpiScale> {
    KpiScale::new(baseline, target, unit, direction).ok()
}

fn measured(by: &str, points: &[(NaiveDate, f64, &str)]) -> Vec<Measurement> {
    points
        .iter()
        .map(|(date, value, note)| Measurement {
            date: *date,
            value: *value,
            note: (*note).to_owned(),
            by: by.to_owned(),
        })
        .collect()
}

fn sample_kpis() -> Vec<TrackedKpi> {
    use Direction::{HigherIsBetter as Up, LowerIsBetter as Down};
    let due = Some(date(2027, 3, 31));
    let month_ends = |values: &[f64]| -> Vec<(NaiveDate, f64, &'static str)> {
        let ends = [
            date(2026, 4, 30),
            date(2026, 5, 31),
            date(2026, 6, 30),
            date(2026, 7, 31),
            date(2026, 8, 31),
            date(2026, 9, 30),
            date(2026, 10, 31),
            date(2026, 11, 30),
        ];
        ends.iter().zip(values).map(|(d, v)| (*d, *v, "")).collect()
    };
    vec![
        TrackedKpi {
            kpi_id: "kpi-change".into(),
            scale: scale(40.0, 95.0, "%", Up),
            start: date(2026, 3, 9),
            target_date: due,
            frequency: Some(Frequency::Monthly),
            measurements: measured(
                "Jonas Weber",
                &month_ends(&[48.0, 55.0, 61.0, 66.0, 70.0, 74.0, 79.0, 83.0]),
            ),
        },
        TrackedKpi {
            kpi_id: "kpi-failed".into(),
            scale: scale(18.0, 10.0, "%", Down),
            start: date(2026, 4, 30),
            target_date: due,
            frequency: Some(Frequency::Monthly),
            measurements: measured(
                "Jonas Weber",
                &[
                    (
                        date(2026, 4, 30),
                        18.0,
                        "First month measured: the baseline",
                    ),
                    (date(2026, 6, 30), 16.0, ""),
                    (date(2026, 8, 31), 15.0, ""),
                    (
                        date(2026, 10, 31),
                        14.5,
                        "Two failed portal releases in October",
                    ),
                ],
            ),
        },
        TrackedKpi {
            kpi_id: "kpi-fcr".into(),
            scale: scale(48.0, 65.0, "%", Up),
            start: date(2026, 3, 9),
            target_date: due,
            frequency: Some(Frequency::Monthly),
            measurements: measured(
                "Chloé Dubois",
                &[
                    (date(2026, 4, 30), 49.0, ""),
                    (date(2026, 6, 30), 50.0, ""),
                    (
                        date(2026, 8, 31),
                        51.0,
                        "Depot desks still without remote control",
                    ),
                    (date(2026, 10, 31), 52.0, ""),
                ],
            ),
        },
        TrackedKpi {
            kpi_id: "kpi-onboard".into(),
            scale: scale(8.0, 2.0, "days", Down),
            start: date(2026, 3, 9),
            target_date: due,
            frequency: Some(Frequency::Quarterly),
            measurements: measured(
                "Chloé Dubois",
                &[
                    (date(2026, 6, 30), 6.0, ""),
                    (
                        date(2026, 9, 30),
                        4.0,
                        "Laptops now imaged before the start date",
                    ),
                ],
            ),
        },
        TrackedKpi {
            kpi_id: "kpi-avail".into(),
            scale: scale(99.1, 99.5, "%", Up),
            start: date(2026, 3, 9),
            target_date: due,
            frequency: Some(Frequency::Monthly),
            measurements: measured(
                "Samuel Osei",
                &[
                    (date(2026, 9, 30), 99.3, ""),
                    (date(2026, 10, 31), 99.2, "Two failed releases"),
                    (date(2026, 11, 30), 99.4, ""),
                ],
            ),
        },
    ]
}

fn delivered(
    id: &str,
    percent: u8,
    actual: (Option<NaiveDate>, Option<NaiveDate>),
    baseline: (NaiveDate, NaiveDate),
    note: &str,
) -> InitiativeDelivery {
    InitiativeDelivery {
        initiative_id: id.into(),
        delivery: Delivery {
            percent,
            actual_start: actual.0,
            actual_end: actual.1,
            note: note.into(),
            baseline_start: Some(baseline.0),
            baseline_end: Some(baseline.1),
        },
    }
}

fn sample_deliveries() -> Vec<InitiativeDelivery> {
    let d = |y, m, day| Some(date(y, m, day));
    vec![
        delivered(
            "ini-calendar",
            100,
            (d(2026, 4, 1), d(2026, 5, 22)),
            (date(2026, 4, 1), date(2026, 5, 31)),
            "CAB weekly since May",
        ),
        delivered(
            "ini-release",
            100,
            (d(2026, 4, 15), d(2026, 7, 10)),
            (date(2026, 4, 15), date(2026, 6, 30)),
            "Release notes template took two rounds with the depots",
        ),
        delivered(
            "ini-report",
            100,
            (d(2026, 5, 4), d(2026, 6, 26)),
            (date(2026, 5, 1), date(2026, 6, 30)),
            "",
        ),
        delivered(
            "ini-change",
            100,
            (d(2026, 7, 1), d(2026, 11, 13)),
            (date(2026, 7, 1), date(2026, 10, 31)),
            "Risk model agreed with the architects in November",
        ),
        delivered(
            "ini-major",
            100,
            (d(2026, 7, 20), d(2026, 9, 25)),
            (date(2026, 7, 15), date(2026, 9, 30)),
            "",
        ),
        delivered(
            "ini-desk",
            60,
            (d(2026, 7, 6), None),
            (date(2026, 7, 1), date(2026, 11, 30)),
            "One number and one portal live; the tool migration waits for the new licence",
        ),
        delivered(
            "ini-catalogue",
            30,
            (d(2026, 10, 5), None),
            (date(2026, 10, 1), date(2026, 12, 18)),
            "Waiting for the service level manager to start",
        ),
    ]
}

/// One idea: id, day raised, by, description, source, practice, benefit,
/// size, priority, status, owner, decision, initiative.
type IdeaRow<'a> = (
    &'a str,
    NaiveDate,
    &'a str,
    &'a str,
    IdeaSource,
    &'a str,
    &'a str,
    Effort,
    Priority,
    IdeaStatus,
    &'a str,
    &'a str,
    Option<&'a str>,
);

fn sample_ideas() -> Vec<Idea> {
    use IdeaSource::{Audit, Feedback, IncidentReview, Kpi};
    use IdeaStatus::{Approved, Assessed, Done, InProgress, New, Rejected};
    let rows: [IdeaRow<'_>; 6] = [
        (
            "idea-remote",
            date(2026, 11, 5),
            "Chloé Dubois",
            "Give the depot desks remote-control tooling",
            Kpi,
            "service-desk",
            "First-contact resolution is stuck at 52%: depot calls cannot be fixed without a visit",
            Effort::Medium,
            Priority::High,
            New,
            "Chloé Dubois",
            "",
            None,
        ),
        (
            "idea-assets",
            date(2026, 9, 18),
            "Samuel Osei",
            "Reconcile laptops against the finance asset register twice a year",
            Audit,
            "it-asset-management",
            "The auditors found 40 laptops in finance's register that IT could not locate",
            Effort::Medium,
            Priority::Medium,
            Assessed,
            "Ravi Menon",
            "",
            None,
        ),
        (
            "idea-cab-phone",
            date(2026, 6, 3),
            "Aiko Tanaka",
            "Let depot managers join the CAB by phone",
            Feedback,
            "change-enablement",
            "Depots hear of changes that affect them before they happen",
            Effort::Small,
            Priority::Medium,
            Approved,
            "Jonas Weber",
            "Approved at the June service review; to be planned",
            None,
        ),
        (
            "idea-chatbot",
            date(2026, 7, 1),
            "Ravi Menon",
            "A chatbot on the shippers' portal",
            Feedback,
            "service-desk",
            "Fewer calls about booking status",
            Effort::Large,
            Priority::Low,
            Rejected,
            "Ravi Menon",
            "Not before the desks are merged and the knowledge base is shared",
            None,
        ),
        (
            "idea-freeze",
            date(2026, 5, 12),
            "Jonas Weber",
            "No portal releases in depot peak hours",
            IncidentReview,
            "release-management",
            "No repeat of January's six-hour booking outage",
            Effort::Small,
            Priority::High,
            InProgress,
            "Jonas Weber",
            "Approved by the sponsor; part of the release windows",
            Some("ini-release"),
        ),
        (
            "idea-kb",
            date(2026, 4, 20),
            "Chloé Dubois",
            "Publish the top depot fixes as knowledge articles",
            Feedback,
            "knowledge-management",
            "Depot desks stop solving the same problem three times",
            Effort::Small,
            Priority::High,
            Done,
            "Chloé Dubois",
            "Approved in May; 25 articles published by July",
            None,
        ),
    ];
    rows.iter()
        .map(
            |(
                id,
                raised_on,
                by,
                description,
                source,
                practice,
                benefit,
                size,
                priority,
                status,
                owner,
                decision,
                initiative,
            )| Idea {
                id: (*id).into(),
                raised_on: *raised_on,
                raised_by: (*by).into(),
                description: (*description).into(),
                source: *source,
                practice_id: Some((*practice).into()),
                expected_benefit: (*benefit).into(),
                size: Some(*size),
                priority: Some(*priority),
                status: *status,
                owner: (*owner).into(),
                decision: (*decision).into(),
                initiative_id: initiative.map(Into::into),
            },
        )
        .collect()
}
