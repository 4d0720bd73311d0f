//! The Progress screen's commands: what a workshop's life after the workshop
//! looks like today (rounds, trend chart, KPIs, delivery, register), and one
//! command per change, each a store method on a worker thread.

use chrono::NaiveDate;
use serde::Serialize;
use smo_chart::{svg::to_svg, trend::trend};
use smo_core::delivery::Delivery;
use smo_core::follow_up::{assessment_of_round, FollowUpView, KpiSettings};
use smo_core::kpi_tracking::Measurement;
use smo_core::reassessment::RoundComparison;
use smo_core::register::Idea;
use smo_core::{Level, Workshop, WorkshopId};
use tauri::State;

use crate::commands::{today, Reply};
use crate::{AppError, AppState, ChartSpace, ErrorCode};

/// The Progress screen on a day.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ProgressScreen {
    /// Everything derived, as of today.
    pub view: FollowUpView,
    /// The trend of every round (SVG markup; empty without a framework).
    pub trend_chart: String,
}

#[tauri::command]
pub(crate) async fn progress_screen(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    chart: ChartSpace,
) -> Reply<ProgressScreen> {
    let (today, frame) = (today(), chart.frame("the trend chart")?);
    state
        .with_store(move |s| {
            let w = s.workshop(workshop_id)?;
            let view = FollowUpView::of(&w, today);
            let groups: Vec<(String, String)> = w
                .assessment
                .framework
                .iter()
                .flat_map(|f| &f.groups)
                .map(|g| (g.id.clone(), g.name.clone()))
                .collect();
            let trend_chart = if w.assessment.framework.is_some() {
                to_svg(&trend(&view.trend, &groups, frame), "trend")
            } else {
                String::new()
            };
            Ok(ProgressScreen { view, trend_chart })
        })
        .await
}

/// Two rounds compared (`before` and `after` by number).
#[tauri::command]
pub(crate) async fn compare_rounds(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    before: u32,
    after: u32,
) -> Reply<RoundComparison> {
    state
        .with_store(move |s| {
            let w: Workshop = s.workshop(workshop_id)?;
            let round = |n: u32| {
                assessment_of_round(&w, n).ok_or_else(|| smo_store::StoreError::RoundNotFound(n))
            };
            Ok(RoundComparison::of(&round(before)?, &round(after)?))
        })
        .await
}

#[tauri::command]
pub(crate) async fn reassess(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    name: String,
    held_on: NaiveDate,
) -> Reply<Workshop> {
    state
        .with_store(move |s| s.reassess(workshop_id, &name, held_on))
        .await
}

#[tauri::command]
pub(crate) async fn rename_round(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    number: u32,
    name: String,
    held_on: NaiveDate,
) -> Reply<Workshop> {
    state
        .with_store(move |s| s.rename_round(workshop_id, number, &name, held_on))
        .await
}

#[tauri::command]
pub(crate) async fn correct_round_level(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    number: u32,
    practice_id: String,
    level: Option<Level>,
) -> Reply<Workshop> {
    state
        .with_store(move |s| s.correct_round_level(workshop_id, number, &practice_id, level))
        .await
}

#[tauri::command]
pub(crate) async fn save_kpi_tracking(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    settings: KpiSettings,
) -> Reply<Workshop> {
    state
        .with_store(move |s| s.save_kpi_tracking(workshop_id, &settings))
        .await
}

#[tauri::command]
pub(crate) async fn record_measurement(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    kpi_id: String,
    measurement: Measurement,
) -> Reply<Workshop> {
    if !measurement.value.is_finite() {
        return Err(AppError::new(
            ErrorCode::InvalidInput,
            "The value is not a number",
        ));
    }
    state
        .with_store(move |s| s.record_measurement(workshop_id, &kpi_id, &measurement))
        .await
}

#[tauri::command]
pub(crate) async fn delete_measurement(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    kpi_id: String,
    index: usize,
) -> Reply<Workshop> {
    state
        .with_store(move |s| s.delete_measurement(workshop_id, &kpi_id, index))
        .await
}

#[tauri::command]
pub(crate) async fn save_delivery(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    initiative_id: String,
    delivery: Delivery,
) -> Reply<Workshop> {
    state
        .with_store(move |s| s.save_delivery(workshop_id, &initiative_id, &delivery))
        .await
}

#[tauri::command]
pub(crate) async fn save_idea(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    idea: Idea,
) -> Reply<Workshop> {
    state
        .with_store(move |s| s.save_idea(workshop_id, &idea))
        .await
}

#[tauri::command]
pub(crate) async fn delete_idea(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    idea_id: String,
) -> Reply<Workshop> {
    state
        .with_store(move |s| s.delete_idea(workshop_id, &idea_id))
        .await
}

#[tauri::command]
pub(crate) async fn promote_idea(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    idea_id: String,
    initiative_id: String,
) -> Reply<Workshop> {
    state
        .with_store(move |s| s.promote_idea(workshop_id, &idea_id, &initiative_id))
        .await
}
