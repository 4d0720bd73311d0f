//! What the Roadmap step shows besides the roadmap itself: the timeline drawn
//! by `smo-chart`, the now / next / later board, the projected maturity and
//! where the plan disagrees with the targets and the charter, all as of today
//! (this crate is where the clock is read).

use chrono::NaiveDate;
use serde::Serialize;
use smo_chart::{
    gantt::{gantt, DayLine},
    svg::to_svg,
    Frame,
};
use smo_core::consistency::inconsistencies;
use smo_core::roadmap::{Bucket, Projection, Roadmap};
use smo_core::{DateStyle, GapReport, Workshop};

/// Where the plan disagrees with the targets or the charter, in words, with
/// what would resolve it (days in the app's date style).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Disagreement {
    /// What disagrees.
    pub message: String,
    /// What would resolve it.
    pub resolution: String,
}

/// Where one initiative sits on the board.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct BoardEntry {
    /// The initiative.
    pub initiative_id: String,
    /// Its column.
    pub bucket: Bucket,
}

/// The roadmap's derived views.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RoadmapView {
    /// The day the views were computed for.
    pub today: NaiveDate,
    /// The timeline (SVG markup).
    pub timeline: String,
    /// Each initiative's board column, in roadmap order.
    pub board: Vec<BoardEntry>,
    /// What the roadmap does to each practice in scope.
    pub projections: Vec<Projection>,
    /// Where the plan, the targets and the charter disagree.
    pub disagreements: Vec<Disagreement>,
    /// How each initiative's delivery stands: slippage against its first
    /// plan, late, blocked.
    pub delivery: Vec<smo_core::follow_up::DeliveryRow>,
}

impl RoadmapView {
    /// The views of `workshop`'s roadmap on `today`, the timeline laid out for
    /// `timeline`, days in words written in `dates`' style.
    pub fn of(
        workshop: &Workshop,
        today: NaiveDate,
        timeline: Frame,
        dates: DateStyle,
    ) -> RoadmapView {
        let roadmap: &Roadmap = &workshop.roadmap;
        RoadmapView {
            today,
            timeline: to_svg(
                &gantt(
                    roadmap,
                    &workshop.follow_up.first_ends(),
                    &DayLine::today(today),
                    timeline,
                ),
                "timeline",
            ),
            board: roadmap
                .initiatives
                .iter()
                .map(|i| BoardEntry {
                    initiative_id: i.id.clone(),
                    bucket: Roadmap::bucket(i, today),
                })
                .collect(),
            projections: GapReport::of(&workshop.assessment)
                .map(|r| roadmap.projections(&r))
                .unwrap_or_default(),
            disagreements: inconsistencies(workshop)
                .iter()
                .map(|i| Disagreement {
                    message: i.describe(dates),
                    resolution: i.resolution().to_owned(),
                })
                .collect(),
            delivery: smo_core::follow_up::FollowUpView::of(workshop, today).deliveries,
        }
    }
}
