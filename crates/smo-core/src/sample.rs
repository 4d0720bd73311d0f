//! The sample workshop every new installation starts with, so the app is never
//! empty: a fictional regional logistics company chartering its first SMO.
//!
//! The organisation, its people and its story are invented.

use chrono::NaiveDate;

use crate::{ParticipantInput, SetUp};

/// A workshop's content before the store gives it identities and timestamps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SampleWorkshop {
    /// The "Set up" step.
    pub set_up: SetUp,
    /// Participants, in order.
    pub participants: Vec<ParticipantInput>,
}

/// The sample workshop. Always the same content, so `smo demo` and the first
/// launch of the app create identical workshops.
pub fn sample_workshop() -> SampleWorkshop {
    let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("sample dates are valid");
    let person = |name: &str, role: &str, area: &str| ParticipantInput {
        name: name.to_owned(),
        role: role.to_owned(),
        area: area.to_owned(),
    };
    SampleWorkshop {
        set_up: SetUp {
            organisation: "Harbourline Logistics".to_owned(),
            title: "Chartering the Service Management Office".to_owned(),
            sponsor: "Margit Okafor, Chief Information Officer".to_owned(),
            facilitator: "Tomás Lindqvist".to_owned(),
            start_date: date(2026, 3, 9),
            end_date: Some(date(2026, 3, 10)),
            notes: "Harbourline runs 14 depots and a customer portal used by 2,300 shippers. \
IT support grew depot by depot: three service desks, two ticketing tools and no shared \
change calendar. A failed portal release in January stopped bookings for six hours and \
prompted the board to ask for one accountable owner of service management.\n\n\
Agreed with the sponsor: day one assesses the current and target state of the core \
practices; day two drafts the vision, mission and charter outline and a first roadmap. \
Depot operations and finance must be in the room, not only IT.\n\n\
Constraints: no new tooling budget before the next financial year (July); the SMO head \
role is approved but not yet filled."
                .to_owned(),
        },
        participants: vec![
            person(
                "Margit Okafor",
                "Chief Information Officer (sponsor)",
                "Executive",
            ),
            person("Ravi Menon", "Head of IT Operations", "IT Operations"),
            person("Chloé Dubois", "Service Desk Lead", "Service Desk"),
            person("Jonas Weber", "Change and Release Manager", "Applications"),
            person("Aiko Tanaka", "Depot Operations Manager", "Operations"),
            person("Samuel Osei", "Finance Business Partner", "Finance"),
            person("Eleni Papadopoulou", "Enterprise Architect", "Architecture"),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Step, StepStatus, WorkshopProgress};

    #[test]
    fn sample_is_valid_and_set_up_is_complete() {
        let sample = sample_workshop();
        assert_eq!(sample.set_up.validate(), Ok(()));
        for p in &sample.participants {
            assert_eq!(p.validate(), Ok(()), "{}", p.name);
        }
        let progress = WorkshopProgress::of(&sample.set_up, sample.participants.len());
        assert_eq!(
            progress.step(Step::SetUp).map(|s| s.status),
            Some(StepStatus::Complete)
        );
    }

    #[test]
    fn sample_is_always_the_same() {
        assert_eq!(sample_workshop(), sample_workshop());
    }
}
