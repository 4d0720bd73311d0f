//! The sample workshop every new installation starts with, so the app is never
//! empty: a fictional regional logistics company chartering its first SMO.
//!
//! The organisation, its people and its story are invented.

use chrono::NaiveDate;

use crate::brief::Briefs;
use crate::charter::Charter;
use crate::roadmap::Roadmap;
use crate::{Confidence, ParticipantInput, Priority, SetUp};

mod after;
mod plan;

pub use after::sample_follow_up;

/// A workshop's content before the store gives it identities and timestamps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SampleWorkshop {
    /// The "Set up" step.
    pub set_up: SetUp,
    /// Participants, in order.
    pub participants: Vec<ParticipantInput>,
    /// What the room recorded per practice (assessed with the default
    /// framework); the scope is exactly these practices.
    pub practices: Vec<SamplePractice>,
    /// Vision, mission and charter.
    pub charter: Charter,
    /// The roadmap.
    pub roadmap: Roadmap,
    /// An earlier draft of the charter, saved as version 1.
    pub first_draft: Charter,
    /// What each document says to the executives.
    pub briefs: Briefs,
}

/// One practice of the sample assessment. Levels are plain numbers checked by
/// the tests; votes are (participant index, level).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SamplePractice {
    /// The practice's id in the default framework.
    pub practice_id: &'static str,
    /// The agreed current level.
    pub current: u8,
    /// How sure the room was.
    pub confidence: Confidence,
    /// What was heard.
    pub evidence: &'static str,
    /// Participants' votes: (index into `participants`, level).
    pub votes: Vec<(usize, u8)>,
    /// The target level.
    pub target: u8,
    /// How much it matters.
    pub priority: Priority,
    /// Months to reach the target.
    pub horizon: u16,
    /// What works today.
    pub strengths: &'static str,
    /// What does not.
    pub weaknesses: &'static str,
    /// What the room recommends.
    pub recommendation: &'static str,
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
        practices: sample_practices(),
        charter: plan::sample_charter(),
        roadmap: plan::sample_roadmap(),
        first_draft: plan::first_draft(),
        briefs: plan::sample_briefs(),
    }
}

fn sample_practices() -> Vec<SamplePractice> {
    use Confidence::{High, Low, Medium};
    use Priority::{High as H, Low as L, Medium as M};
    let p = |practice_id,
             current,
             confidence,
             evidence,
             votes: &[(usize, u8)],
             target,
             priority,
             horizon| SamplePractice {
        practice_id,
        current,
        confidence,
        evidence,
        votes: votes.to_vec(),
        target,
        priority,
        horizon,
        strengths: "",
        weaknesses: "",
        recommendation: "",
    };
    let mut practices = vec![
        p("continual-improvement", 1, Low,
          "Improvement ideas are raised in the monthly IT meeting and minuted, but nobody could name one that was finished and checked. No register.",
          &[], 3, M, 24),
        p("knowledge-management", 2, Medium,
          "Head-office desk keeps about 120 wiki articles; depot desks keep their own notes in shared folders. Articles have no owner or review date.",
          &[(1, 2), (2, 2), (4, 1)], 3, L, 12),
        p("measurement-and-reporting", 1, Medium,
          "Ticket counts are pulled by hand for the quarterly board pack; the two tools count 'resolved' differently. Finance does not trust the figures.",
          &[(0, 1), (1, 2), (5, 1)], 4, M, 24),
        p("supplier-management", 3, High,
          "Procurement holds every IT contract with renewal dates; the network and cloud suppliers are reviewed quarterly against agreed measures.",
          &[(0, 3), (5, 3), (6, 2)], 3, L, 24),
        p("change-enablement", 1, High,
          "A weekly change meeting covers head-office systems only; depot and portal changes bypass it. No shared change calendar. The January portal release that stopped bookings for six hours was never assessed.",
          &[(0, 1), (1, 2), (2, 1), (3, 3), (4, 1), (5, 1), (6, 2)], 4, H, 18),
        p("incident-management", 2, Medium,
          "Incidents are logged in two tools with different priority schemes. During the January outage nobody led the response for the first 90 minutes; depots heard about it from customers.",
          &[(0, 2), (1, 2), (2, 2), (3, 2), (4, 1), (5, 2), (6, 3)], 4, H, 24),
        p("it-asset-management", 2, Medium,
          "Laptops and depot scanners are in a spreadsheet updated at purchase; disposals are not recorded. Software licences are checked only at vendor audits.",
          &[], 3, L, 24),
        p("monitoring-and-event-management", 2, Medium,
          "Servers and the portal are monitored; alerts go to a shared mailbox that receives around 400 messages a day. The January outage was reported by a customer first.",
          &[(1, 2), (3, 2), (6, 2)], 4, M, 18),
        p("problem-management", 1, Low,
          "Root causes are looked at after big outages when Ravi's team has time; no problem records, no known-error list. The depot scanner sync failure has recurred for a year.",
          &[(1, 1), (2, 1), (3, 0)], 3, M, 18),
        p("release-management", 1, High,
          "The portal team releases when a feature is ready, sometimes during depot peak hours. Release notes reach the service desks after go-live, if at all.",
          &[(2, 1), (3, 1), (4, 0), (6, 1)], 3, H, 12),
        p("service-catalogue-management", 0, High,
          "There is no list of services. Depots ask around to find out what IT provides; the portal's customers see a list of application names.",
          &[(0, 0), (4, 0), (5, 1)], 3, M, 18),
        p("service-configuration-management", 1, Medium,
          "Each team keeps its own diagrams; nobody could say which depots depend on the booking API. A CMDB module is licensed but empty.",
          &[(1, 1), (6, 1)], 3, M, 24),
        p("service-continuity-management", 2, Low,
          "Nightly backups are restored in tests twice a year for the warehouse system; the portal has never had a recovery test and no recovery time is agreed.",
          &[], 3, M, 24),
        p("service-desk", 1, High,
          "Three desks (head office, north and south depots) with different hours and tools; depot staff often phone IT operations directly.",
          &[(0, 1), (1, 1), (2, 2), (4, 1), (5, 1)], 3, H, 12),
        p("service-level-management", 1, Medium,
          "The portal contract promises 99.5% availability to shippers, but nothing internal underpins it and nobody reports against it.",
          &[(0, 2), (1, 1), (4, 0), (5, 1)], 4, H, 24),
        p("service-request-management", 1, Medium,
          "New starters wait on average eight working days for a laptop and accounts; requests arrive by email and are tracked as incidents.",
          &[(2, 1), (4, 1)], 3, M, 12),
    ];
    for p in &mut practices {
        if let Some((_, strengths, weaknesses, recommendation)) =
            FINDINGS.iter().find(|f| f.0 == p.practice_id)
        {
            p.strengths = strengths;
            p.weaknesses = weaknesses;
            p.recommendation = recommendation;
        }
    }
    practices
}

/// What the report says per practice: (id, strengths, weaknesses, recommendation).
const FINDINGS: &[(&str, &str, &str, &str)] = &[
    ("continual-improvement",
     "Ideas are raised and minuted every month; people want to improve.",
     "No register, no owner, no check that an improvement worked.",
     "Keep one improvement register, reviewed monthly at the service review board, with an owner and an expected benefit for every item."),
    ("knowledge-management",
     "About 120 articles at the head-office desk, used daily.",
     "Depot desks keep their own notes; articles have no owner or review date.",
     "Merge the desks' notes into one knowledge base with an owner and a review date per article, starting with the 20 most-used."),
    ("measurement-and-reporting",
     "Finance is willing to partner on the figures; both tools can export tickets.",
     "Counts are pulled by hand; the tools define “resolved” differently, so nobody trusts the numbers.",
     "Agree five KPIs and one definition of each with finance, and publish one monthly service report from them."),
    ("supplier-management",
     "Every IT contract and renewal date is held by procurement; key suppliers are reviewed quarterly.",
     "Supplier measures are not yet tied to the service levels depots will be promised.",
     "Keep the quarterly reviews and add the new service levels to the network and cloud contracts at renewal."),
    ("change-enablement",
     "A weekly change meeting exists and the change manager is in post.",
     "Depot and portal changes bypass it; there is no shared calendar; January's failed release was never reviewed.",
     "Bring every production change into one process with a shared calendar now, then assess changes by risk and review the ones that fail."),
    ("incident-management",
     "Incidents are logged and the desks know the tools.",
     "Two tools, two priority schemes; nobody led January's outage for 90 minutes and depots heard from customers.",
     "Name who declares and leads a major incident and how depots and shippers are told, and use one priority scheme on one tool."),
    ("it-asset-management",
     "Laptops and scanners are listed at purchase.",
     "Disposals are not recorded; software licences are checked only when a vendor audits.",
     "Record the whole life of each device and check licences against use twice a year."),
    ("monitoring-and-event-management",
     "Servers and the portal are monitored.",
     "Alerts go to a mailbox of 400 messages a day; a customer reported January's outage first.",
     "Route actionable alerts to the service desk and monitor the booking journey end to end."),
    ("problem-management",
     "Big outages get a root-cause look when the team has time.",
     "No problem records or known errors; the scanner sync failure has recurred for a year.",
     "Hold a weekly problem review, starting with the scanner sync failure, and publish known errors to the desk."),
    ("release-management",
     "The portal team can release quickly.",
     "Releases land in depot peak hours; release notes reach the desks after go-live.",
     "Release outside depot peak hours and send release notes to the desks before go-live, planned through the change calendar."),
    ("service-catalogue-management",
     "The workshop produced a first list of services.",
     "There is no catalogue: depots ask around, shippers see application names.",
     "Publish a catalogue of business services with owners, hours and support levels, starting with what depots and shippers use."),
    ("service-configuration-management",
     "A CMDB module is already licensed.",
     "Nobody could say which depots depend on the booking API; each team keeps its own diagrams.",
     "Populate the CMDB for depot services first, with the relationships the desk needs to see an outage's reach."),
    ("service-continuity-management",
     "Warehouse backups are restored in tests twice a year.",
     "The portal has never had a recovery test and no recovery time is agreed.",
     "Agree recovery times for the portal with the business and prove them with a full recovery test."),
    ("service-desk",
     "Desk staff know the depots and their people well.",
     "Three desks with different hours and tools; depot staff phone IT operations directly.",
     "Merge the three desks into one, with one number, one portal and one tool, and depot champions to steer calls to it."),
    ("service-level-management",
     "The portal contract states an availability target.",
     "Nothing internal underpins the 99.5% promised to shippers and nobody reports against it.",
     "Agree service levels for the portal and depot systems and report against them monthly."),
    ("service-request-management",
     "Requests are handled by people who know the systems.",
     "New starters wait eight working days; requests arrive by email and are logged as incidents.",
     "Offer the common requests through the portal as standard requests, starting with new starters' laptop and accounts."),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::MIN_PARTICIPANTS;

    #[test]
    fn sample_is_valid_and_set_up_is_complete() {
        let sample = sample_workshop();
        assert_eq!(sample.set_up.validate(), Ok(()));
        for p in &sample.participants {
            assert_eq!(p.validate(), Ok(()), "{}", p.name);
        }
        assert!(sample.set_up.sponsor.len() > 3 && sample.set_up.notes.len() > 100);
        assert!(sample.participants.len() >= MIN_PARTICIPANTS);
    }

    #[test]
    fn sample_assessment_fits_the_default_framework_and_scale() {
        let sample = sample_workshop();
        let framework = crate::framework::builtin_framework(crate::framework::DEFAULT_FRAMEWORK_ID)
            .expect("default framework");
        assert!(sample.practices.len() >= 12);
        for p in &sample.practices {
            assert!(
                framework.practice(p.practice_id).is_some(),
                "{}",
                p.practice_id
            );
            assert!(p.current <= 5 && p.target <= 5, "{}", p.practice_id);
            for (who, level) in &p.votes {
                assert!(*who < sample.participants.len() && *level <= 5);
            }
        }
    }

    #[test]
    fn sample_charter_and_roadmap_are_valid_and_complete() {
        use crate::charter::{raci_issues, CharterSection};
        let sample = sample_workshop();
        for section in CharterSection::ALL {
            assert_eq!(sample.charter.section_status(section), Ok(()), "{section}");
        }
        assert!(raci_issues(&sample.charter.raci).is_empty());
        assert!(sample.charter.vision_checklist().iter().all(|(ok, _)| *ok));
        assert_eq!(sample.roadmap.validate(), Ok(()));
        let framework = crate::framework::builtin_framework(crate::framework::DEFAULT_FRAMEWORK_ID)
            .expect("default framework");
        for i in &sample.roadmap.initiatives {
            for p in &i.practices {
                assert!(framework.practice(p).is_some(), "{p}");
            }
        }
        for o in &sample.charter.objectives {
            for p in &o.practices {
                assert!(framework.practice(p).is_some(), "{p}");
            }
        }
    }

    #[test]
    fn sample_is_always_the_same() {
        assert_eq!(sample_workshop(), sample_workshop());
    }
}
