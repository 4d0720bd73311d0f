//! The agenda as the UI shows it: the plan, and how the day stands at the
//! moment the shell read the clock (the page counts on from there).

use chrono::{DateTime, Utc};
use serde::Serialize;
use smo_core::agenda::{Agenda, AgendaReading};

/// The agenda and its reading at `at`.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct AgendaView {
    /// The plan, the time spent and the clock.
    pub agenda: Agenda,
    /// How the day stands at `at`.
    pub reading: AgendaReading,
    /// When the clock was read.
    #[ts(type = "string")]
    pub at: DateTime<Utc>,
}

impl AgendaView {
    /// `agenda` read at `now`.
    pub fn at(agenda: Agenda, now: DateTime<Utc>) -> AgendaView {
        AgendaView {
            reading: agenda.reading(now),
            agenda,
            at: now,
        }
    }
}
