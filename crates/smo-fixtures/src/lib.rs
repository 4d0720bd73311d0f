//! Workshops for benchmarks and stress tests, kept out of the shipped domain
//! crate: a deliberately large workshop (every practice of the default
//! framework in scope, 30 participants who all vote, 200 initiatives and 60
//! KPIs). Deterministic; the content is filler. And the three workshops every
//! document test exports: [`sample`], [`bare`] and [`largest`].

use chrono::{Days, NaiveDate};

use smo_core::charter::Kpi;
use smo_core::framework::{builtin_framework, DEFAULT_FRAMEWORK_ID};
use smo_core::roadmap::{Effort, Initiative, InitiativeStatus, PhaseKind};
use smo_core::{
    Confidence, Horizon, Level, Participant, ParticipantId, PracticeAssessment, Priority, Vote,
    Workshop,
};

/// Participants in the large workshop.
pub const PARTICIPANTS: usize = 30;
/// Initiatives in the large workshop.
pub const INITIATIVES: usize = 200;
/// KPIs in the large workshop.
pub const KPIS: usize = 60;

/// The sample workshop as the app creates it (through a store in memory).
pub fn sample() -> Workshop {
    let mut store = smo_store::Store::open_in_memory(Box::new(chrono::Utc::now)).expect("store");
    store
        .create_sample(&smo_core::sample::sample_workshop())
        .expect("the sample is created")
}

/// A workshop just created: an organisation and a title, nothing else.
pub fn bare() -> Workshop {
    let mut store = smo_store::Store::open_in_memory(Box::new(chrono::Utc::now)).expect("store");
    store
        .create_workshop(smo_core::NewWorkshop {
            organisation: "Empty Org".into(),
            title: "Nothing yet".into(),
            start_date: NaiveDate::from_ymd_opt(2026, 5, 4).expect("a date"),
            facilitator: String::new(),
        })
        .expect("the workshop is created")
}

/// The sample grown to the largest workshop ([`enlarge`]).
pub fn largest() -> Workshop {
    let mut w = sample();
    enlarge(&mut w);
    w
}

/// Grows `workshop` (the sample, typically) to the large workshop's size, in place.
pub fn enlarge(workshop: &mut Workshop) {
    let Some(framework) = builtin_framework(DEFAULT_FRAMEWORK_ID) else {
        return;
    };
    workshop.participants = (0..PARTICIPANTS)
        .map(|n| Participant {
            id: ParticipantId::from_uuid(uuid::Uuid::from_u128(0x5000 + n as u128)),
            name: format!("Participant {}", n + 1),
            role: ["Service owner", "Team lead", "Process owner", "Analyst"][n % 4].to_owned(),
            area: [
                "IT Operations",
                "Applications",
                "Finance",
                "Operations",
                "Security",
            ][n % 5]
                .to_owned(),
        })
        .collect();
    let level = |v: usize| Level::try_from((v % 6) as i64).expect("0 to 5 is a level");
    workshop.assessment.scope = framework.practices.iter().map(|p| p.id.clone()).collect();
    workshop.assessment.practices = framework
        .practices
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let votes = workshop
                .participants
                .iter()
                .enumerate()
                .map(|(k, person)| Vote {
                    participant_id: person.id,
                    level: level((i + k) % 4),
                })
                .collect();
            PracticeAssessment {
                current: Some(level(i % 4)),
                confidence: Some([Confidence::Low, Confidence::Medium, Confidence::High][i % 3]),
                evidence: format!(
                    "Evidence heard for {}: interviews with {} people, two documents reviewed, one example walked through end to end.",
                    p.name,
                    3 + i % 5
                ),
                target: Some(level(i % 4 + 1 + i % 2)),
                priority: Some(Priority::ALL[i % 3]),
                horizon: Horizon::try_from(6 + (i % 4) as i64 * 6).ok(),
                ..PracticeAssessment::empty(&p.id)
            }
            .with_votes(votes)
        })
        .collect();
    workshop.assessment.framework = Some(framework.clone());

    let start = NaiveDate::from_ymd_opt(2026, 4, 1).unwrap_or_default();
    workshop.roadmap.initiatives = (0..INITIATIVES)
        .map(|n| {
            let begin = start
                .checked_add_days(Days::new((n as u64 * 5) % 600))
                .unwrap_or(start);
            let end = begin
                .checked_add_days(Days::new(30 + (n as u64 * 7) % 120))
                .unwrap_or(begin);
            let practice = &framework.practices[n % framework.practices.len()];
            Initiative {
                id: format!("large-{n:03}"),
                title: format!(
                    "Initiative {:03}: improve {}",
                    n + 1,
                    practice.name.to_lowercase()
                ),
                description: "Filler description for the large benchmark workshop.".to_owned(),
                practices: vec![practice.id.clone()],
                owner: format!("Participant {}", n % PARTICIPANTS + 1),
                start: Some(begin),
                end: Some(end),
                phase: Some(PhaseKind::ALL[n % 4]),
                effort: Some([Effort::Small, Effort::Medium, Effort::Large][n % 3]),
                status: InitiativeStatus::Planned,
                dependencies: if n > 0 && n % 5 == 0 {
                    vec![format!("large-{:03}", n - 1)]
                } else {
                    Vec::new()
                },
                milestone: n % 10 == 0,
                raises_to: Some(level(n % 5 + 1)),
            }
        })
        .collect();
    workshop.charter.kpis = (0..KPIS)
        .map(|n| Kpi {
            id: format!("kpi-large-{n:02}"),
            name: format!("Indicator {:02}", n + 1),
            definition: "Events meeting the target divided by all events in the period, measured from the service management tool.".to_owned(),
            baseline: format!("{}%", 40 + n % 30),
            target: format!("{}%", 80 + n % 15),
            frequency: ["Weekly", "Monthly", "Quarterly"][n % 3].to_owned(),
            owner: format!("Participant {}", n % PARTICIPANTS + 1),
            data_source: "Service management tool".to_owned(),
            objective_id: None,
        })
        .collect();
    // What was recorded after the workshop follows the new plan and charter:
    // records of initiatives and KPIs no longer there go.
    let follow_up = &mut workshop.follow_up;
    let roadmap = &workshop.roadmap;
    follow_up
        .deliveries
        .retain(|d| roadmap.initiative(&d.initiative_id).is_some());
    let kpis = &workshop.charter.kpis;
    follow_up
        .kpis
        .retain(|k| kpis.iter().any(|c| c.id == k.kpi_id));
    for idea in &mut follow_up.ideas {
        if idea
            .initiative_id
            .as_deref()
            .is_some_and(|id| roadmap.initiative(id).is_none())
        {
            idea.initiative_id = None;
        }
    }
}
