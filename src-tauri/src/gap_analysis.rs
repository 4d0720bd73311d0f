//! What the Gap analysis step shows: the report computed by `smo-core` and its
//! three charts drawn by `smo-chart` as SVG, so the screen uses exactly the
//! geometry the PDF will.

use serde::Serialize;

use crate::{AppError, ChartSpace};
use serde::Deserialize;
use smo_chart::{heat_map, radar as radars, svg::to_svg};
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

/// The rooms the gap analysis's charts have on screen.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct GapCharts {
    /// The radars' room.
    pub radar: ChartSpace,
    /// The heat map's room.
    pub heat_map: ChartSpace,
}

impl GapAnalysis {
    /// Computes the report and, when `charts` says where they go, draws its
    /// charts for that room (a space that cannot hold one is refused).
    pub fn of(assessment: &Assessment, charts: Option<GapCharts>) -> Result<GapAnalysis, AppError> {
        let frames = charts
            .map(|c| {
                Ok::<_, AppError>((
                    c.radar.frame("the radar")?,
                    c.heat_map.frame("the heat map")?,
                ))
            })
            .transpose()?;
        let report = GapReport::of(assessment);
        let (Some(r), Some((radar, heat))) = (&report, frames) else {
            return Ok(GapAnalysis {
                report,
                practices_radar: String::new(),
                groups_radar: String::new(),
                heat_map: String::new(),
            });
        };
        Ok(GapAnalysis {
            practices_radar: to_svg(&radars::practices_radar(r, radar), "radar-practices"),
            groups_radar: to_svg(&radars::groups_radar(r, radar), "radar-groups"),
            heat_map: to_svg(&heat_map::heat_map(r, heat), "heat-map"),
            report,
        })
    }
}
