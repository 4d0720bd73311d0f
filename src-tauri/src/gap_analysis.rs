//! What the Gap analysis step shows: the report computed by `smo-core` and its
//! three charts drawn by `smo-chart` as SVG, so the screen uses exactly the
//! geometry the PDF will.

use serde::Serialize;
use smo_chart::{heat_map::heat_map, radar, svg::to_svg};
use smo_core::{Assessment, GapReport};

/// The gap analysis of one workshop, ready to show.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct GapAnalysis {
    /// The numbers; `None` while the workshop has no framework.
    pub report: Option<GapReport>,
    /// Radar of every practice in scope (SVG markup).
    pub practices_radar: String,
    /// Radar of the group averages (SVG markup).
    pub groups_radar: String,
    /// Heat map of current, target and gap (SVG markup).
    pub heat_map: String,
}

impl GapAnalysis {
    /// Computes the report and draws its charts.
    pub fn of(assessment: &Assessment) -> GapAnalysis {
        let Some(report) = GapReport::of(assessment) else {
            return GapAnalysis {
                report: None,
                practices_radar: String::new(),
                groups_radar: String::new(),
                heat_map: String::new(),
            };
        };
        GapAnalysis {
            practices_radar: to_svg(&radar::practices_radar(&report), "radar-practices"),
            groups_radar: to_svg(&radar::groups_radar(&report), "radar-groups"),
            heat_map: to_svg(&heat_map(&report), "heat-map"),
            report: Some(report),
        }
    }
}
