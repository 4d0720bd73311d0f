//! A workshop's life after the workshop, as stored: its assessment rounds
//! (the baseline and each re-assessment), the tracking of each charter KPI
//! with its measurements, each initiative's delivery record, and the
//! improvement register ([`FollowUp`]); and what is derived from them on a
//! given day for the screens and the steering report ([`FollowUpView`]).
//!
//! The round being scored now is the workshop's [`Assessment`]; earlier
//! rounds are frozen copies of what was recorded per practice when the next
//! one started ([`AssessmentRound`]). Pure: `today` is an input.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::charter::Kpi;
use crate::delivery::{Delivery, DeliveryState};
use crate::kpi_tracking::{Frequency, KpiScale, KpiStanding, KpiStatus, Measurement};
use crate::reassessment::{RoundComparison, TrendPoint};
use crate::register::{Idea, IdeaStatus};
use crate::roadmap::{Initiative, InitiativeStatus};
use crate::validation::check_day;
use crate::{
    Assessment, GapReport, Level, PracticeAssessment, TextRule, ValidationError, Workshop,
};

/// The name the first round of every workshop carries until renamed.
pub const BASELINE_NAME: &str = "Baseline";

/// A round's name: one line of up to 80 characters, not blank.
const ROUND_NAME: TextRule = TextRule {
    max: 80,
    ..TextRule::LINE
}
.required();

/// The round being scored now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct LiveRound {
    /// 1 for the baseline, one more for each re-assessment.
    pub number: u32,
    /// "Baseline, March 2026", "Six-month review".
    pub name: String,
    /// The day it is held.
    pub held_on: NaiveDate,
}

/// An earlier round, frozen when the next one started.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AssessmentRound {
    /// Its number, from 1.
    pub number: u32,
    /// Its name.
    pub name: String,
    /// The day it was held.
    pub held_on: NaiveDate,
    /// What was recorded per practice in scope then (levels, confidence,
    /// evidence and votes), in scope order.
    pub practices: Vec<PracticeAssessment>,
}

/// How one charter KPI is tracked: its numbers, dates and measurements.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TrackedKpi {
    /// The charter KPI's id.
    pub kpi_id: String,
    /// Baseline and target as numbers; `None` while the charter's words do
    /// not read as numbers and none have been entered.
    pub scale: Option<KpiScale>,
    /// When tracking starts (the baseline's day).
    pub start: NaiveDate,
    /// When the target is due; `None` until set.
    pub target_date: Option<NaiveDate>,
    /// How often it is measured; `None` until set.
    pub frequency: Option<Frequency>,
    /// Its measurements, oldest first.
    pub measurements: Vec<Measurement>,
}

/// The most measurements one KPI keeps.
pub const MAX_MEASUREMENTS: usize = 2_000;

impl TrackedKpi {
    /// The tracking the charter's words for `kpi` suggest, before anyone has
    /// entered numbers: the baseline and target where they read as numbers,
    /// the frequency where it names one, tracking from `start`.
    pub fn read_from(kpi: &Kpi, start: NaiveDate) -> TrackedKpi {
        TrackedKpi {
            kpi_id: kpi.id.clone(),
            scale: KpiScale::read(&kpi.baseline, &kpi.target),
            start,
            target_date: None,
            frequency: Frequency::read(&kpi.frequency),
            measurements: Vec::new(),
        }
    }

    /// Checks the record: the target date not before the start, at most
    /// [`MAX_MEASUREMENTS`], every value finite, notes within their rule.
    pub fn validate(&self) -> Result<(), ValidationError> {
        if let Some(due) = self.target_date {
            if due < self.start {
                return Err(ValidationError::Text {
                    what: "The target date".into(),
                    reason: "is before the day tracking starts".into(),
                });
            }
        }
        if self.measurements.len() > MAX_MEASUREMENTS {
            return Err(ValidationError::Text {
                what: "A KPI".into(),
                reason: format!("has more than {MAX_MEASUREMENTS} measurements"),
            });
        }
        for m in &self.measurements {
            if !m.value.is_finite() {
                return Err(ValidationError::NotANumber { what: "value" });
            }
            check_day("A measurement's day", m.date)?;
            TextRule::PARAGRAPH.check_named("A measurement's note", &m.note)?;
            TextRule::LINE.check_named("Who measured it", &m.by)?;
        }
        Ok(())
    }

    /// Where it stands on `today`, when it has a scale, a target date and a
    /// frequency.
    pub fn standing(&self, today: NaiveDate) -> Option<KpiStanding> {
        let scale = self.scale.as_ref()?;
        let due = self.target_date?;
        let frequency = self.frequency?;
        Some(KpiStanding::of(
            scale,
            &self.measurements,
            (self.start, due),
            frequency,
            today,
        ))
    }
}

/// A KPI's tracking as the dashboard edits it (its measurements apart).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct KpiSettings {
    /// The charter KPI.
    pub kpi_id: String,
    /// Baseline and target as numbers.
    pub scale: Option<KpiScale>,
    /// When tracking starts.
    pub start: NaiveDate,
    /// When the target is due.
    pub target_date: Option<NaiveDate>,
    /// How often it is measured.
    pub frequency: Option<Frequency>,
}

/// One initiative's delivery record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct InitiativeDelivery {
    /// The initiative.
    pub initiative_id: String,
    /// Its record.
    pub delivery: Delivery,
}

/// Everything recorded after the workshop.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FollowUp {
    /// The round being scored now.
    pub live_round: LiveRound,
    /// The earlier rounds, oldest first.
    pub rounds: Vec<AssessmentRound>,
    /// The KPIs with tracking recorded, in charter order (a KPI without a
    /// record is tracked as [`TrackedKpi::read_from`] its words).
    pub kpis: Vec<TrackedKpi>,
    /// Initiatives with a delivery record, in roadmap order.
    pub deliveries: Vec<InitiativeDelivery>,
    /// The improvement register, newest first.
    pub ideas: Vec<Idea>,
}

impl FollowUp {
    /// A workshop's follow-up before anything is recorded: the baseline round,
    /// held on `start`.
    pub fn starting(start: NaiveDate) -> FollowUp {
        FollowUp {
            live_round: LiveRound {
                number: 1,
                name: BASELINE_NAME.to_owned(),
                held_on: start,
            },
            rounds: Vec::new(),
            kpis: Vec::new(),
            deliveries: Vec::new(),
            ideas: Vec::new(),
        }
    }

    /// Checks the whole record: rounds numbered 1, 2, … up to the live one,
    /// named, and not before the previous; KPI records and deliveries valid;
    /// idea ids unique.
    pub fn validate(&self) -> Result<(), ValidationError> {
        for (n, round) in self.rounds.iter().enumerate() {
            if usize::try_from(round.number).ok() != Some(n + 1) {
                return Err(ValidationError::Text {
                    what: format!("Round “{}”", round.name),
                    reason: format!("is numbered {} where {} was expected", round.number, n + 1),
                });
            }
            ROUND_NAME.check_named("A round's name", &round.name)?;
            check_day("A round's day", round.held_on)?;
        }
        if usize::try_from(self.live_round.number).ok() != Some(self.rounds.len() + 1) {
            return Err(ValidationError::Text {
                what: "The round being scored".into(),
                reason: format!(
                    "is numbered {} after {} earlier rounds",
                    self.live_round.number,
                    self.rounds.len()
                ),
            });
        }
        ROUND_NAME.check_named("A round's name", &self.live_round.name)?;
        check_day("A round's day", self.live_round.held_on)?;
        for k in &self.kpis {
            k.validate()?;
        }
        for d in &self.deliveries {
            d.delivery.validate()?;
        }
        let mut ids = std::collections::HashSet::new();
        for idea in &self.ideas {
            if !ids.insert(idea.id.as_str()) {
                return Err(ValidationError::Text {
                    what: "An idea's id".into(),
                    reason: format!("{} is used twice", idea.id),
                });
            }
            idea.validate()?;
        }
        Ok(())
    }

    /// The tracking of `kpi`: its record, or what its words suggest.
    pub fn tracking_of(&self, kpi: &Kpi) -> (TrackedKpi, KpiSource) {
        match self.kpis.iter().find(|k| k.kpi_id == kpi.id) {
            Some(k) => (k.clone(), KpiSource::Recorded),
            None => (
                TrackedKpi::read_from(kpi, self.first_day()),
                KpiSource::ReadFromCharter,
            ),
        }
    }

    /// The day the baseline round was held.
    pub fn first_day(&self) -> NaiveDate {
        self.rounds
            .first()
            .map_or(self.live_round.held_on, |r| r.held_on)
    }

    /// Each initiative's first-planned end where one is kept, for drawing
    /// slippage against the plan.
    pub fn first_ends(&self) -> Vec<(String, NaiveDate)> {
        self.deliveries
            .iter()
            .filter_map(|d| {
                d.delivery
                    .baseline_end
                    .map(|e| (d.initiative_id.clone(), e))
            })
            .collect()
    }

    /// The delivery record of `initiative_id` (an empty one when none).
    pub fn delivery_of(&self, initiative_id: &str) -> Delivery {
        self.deliveries
            .iter()
            .find(|d| d.initiative_id == initiative_id)
            .map(|d| d.delivery.clone())
            .unwrap_or_default()
    }
}

/// Where a KPI's tracking comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum KpiSource {
    /// Someone has entered or confirmed it.
    Recorded,
    /// Read from the charter's words; nothing entered yet.
    ReadFromCharter,
}

/// A round as the round picker lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RoundSummary {
    /// Its number.
    pub number: u32,
    /// Its name.
    pub name: String,
    /// The day it was held.
    pub held_on: NaiveDate,
    /// How many practices in scope it rated.
    pub rated: usize,
    /// Whether it is the round being scored now.
    pub live: bool,
}

/// One KPI on the dashboard.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct KpiRow {
    /// The charter's KPI (name, words for baseline and target, owner).
    pub kpi: Kpi,
    /// Its tracking.
    pub tracking: TrackedKpi,
    /// Where the tracking comes from.
    pub source: KpiSource,
    /// Where it stands today, when it can be said.
    pub standing: Option<KpiStanding>,
    /// What is missing before a status can be given, in words ("a target
    /// date", "numbers for the baseline and target"); empty when nothing.
    pub missing: Vec<String>,
}

/// One initiative with how its delivery stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DeliveryRow {
    /// The initiative's id.
    pub initiative_id: String,
    /// Its record.
    pub delivery: Delivery,
    /// Slippage, late, blocked.
    pub state: DeliveryState,
}

/// One practice's maturity projected by the plan beside what the latest
/// round found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct MaturityCheck {
    /// The practice.
    pub practice_id: String,
    /// Its name.
    pub name: String,
    /// Its level at the baseline.
    pub baseline: Option<Level>,
    /// The level the plan projects once its initiatives are done.
    pub projected: Option<Level>,
    /// The level the plan expected by today: the baseline raised by every
    /// initiative of the practice planned (first planned) to end by today.
    pub planned_by_now: Option<Level>,
    /// Its level in the latest round that rated it.
    pub achieved: Option<Level>,
    /// Its target.
    pub target: Option<Level>,
}

/// What the screens and the steering report show on a day.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FollowUpView {
    /// The day it is for.
    pub today: NaiveDate,
    /// Every round, oldest first, the live one last.
    pub rounds: Vec<RoundSummary>,
    /// The average level of every round, overall and per group, oldest first.
    pub trend: Vec<TrendPoint>,
    /// The latest round with any rating: the live one once anything in it
    /// is rated, else the last earlier round (a round just started has
    /// nothing to report yet).
    pub latest_rated: u32,
    /// The baseline against the latest levels: each practice's in the latest
    /// round that rated it (none while only the baseline has ratings).
    pub since_baseline: Option<RoundComparison>,
    /// The average of the latest levels, overall and per group (what
    /// "maturity now" means while a round is part-way through).
    pub now: TrendPoint,
    /// Every charter KPI.
    pub kpis: Vec<KpiRow>,
    /// How many KPIs are due for measuring today or overdue.
    pub kpis_due: usize,
    /// Every initiative's delivery, in roadmap order.
    pub deliveries: Vec<DeliveryRow>,
    /// Projected against achieved maturity, per practice in scope.
    pub maturity: Vec<MaturityCheck>,
    /// How many ideas stand in each status, in [`IdeaStatus::ALL`] order.
    pub ideas_by_status: Vec<(IdeaStatus, usize)>,
}

impl FollowUpView {
    /// The view of `workshop` on `today`.
    pub fn of(workshop: &Workshop, today: NaiveDate) -> FollowUpView {
        let follow_up = &workshop.follow_up;
        let assessment = &workshop.assessment;
        let rounds: Vec<RoundSummary> = follow_up
            .rounds
            .iter()
            .map(|r| RoundSummary {
                number: r.number,
                name: r.name.clone(),
                held_on: r.held_on,
                rated: rated(&r.practices, &assessment.scope),
                live: false,
            })
            .chain(std::iter::once(RoundSummary {
                number: follow_up.live_round.number,
                name: follow_up.live_round.name.clone(),
                held_on: follow_up.live_round.held_on,
                rated: rated(&assessment.practices, &assessment.scope),
                live: true,
            }))
            .collect();
        // A round part-way through its scoring says so: its average is of
        // the few practices rated yet.
        let named = |name: &str, rated: usize| {
            let all = assessment.scope.len();
            if rated > 0 && rated < all {
                format!("{name} ({rated} of {all} rated)")
            } else {
                name.to_owned()
            }
        };
        let trend = follow_up
            .rounds
            .iter()
            .zip(&rounds)
            .map(|(r, s)| {
                TrendPoint::of(&named(&r.name, s.rated), &round_assessment(assessment, r))
            })
            .chain(std::iter::once(TrendPoint::of(
                &named(
                    &follow_up.live_round.name,
                    rounds.last().map_or(0, |s| s.rated),
                ),
                assessment,
            )))
            .collect();
        let baseline = follow_up
            .rounds
            .first()
            .map(|r| round_assessment(assessment, r));
        let kpis: Vec<KpiRow> = workshop
            .charter
            .kpis
            .iter()
            .map(|kpi| {
                let (tracking, source) = follow_up.tracking_of(kpi);
                let missing = [
                    (
                        tracking.scale.is_none(),
                        "numbers for the baseline and target",
                    ),
                    (tracking.target_date.is_none(), "a target date"),
                    (tracking.frequency.is_none(), "how often it is measured"),
                ]
                .iter()
                .filter(|(m, _)| *m)
                .map(|(_, w)| (*w).to_owned())
                .collect();
                KpiRow {
                    standing: tracking.standing(today),
                    kpi: kpi.clone(),
                    tracking,
                    source,
                    missing,
                }
            })
            .collect();
        let kpis_due = kpis
            .iter()
            .filter(|k| k.standing.as_ref().is_some_and(|s| s.next_due <= today))
            .count();
        let with_delivery: Vec<(Initiative, Delivery)> = workshop
            .roadmap
            .initiatives
            .iter()
            .map(|i| (i.clone(), follow_up.delivery_of(&i.id)))
            .collect();
        let deliveries = with_delivery
            .iter()
            .map(|(i, d)| DeliveryRow {
                initiative_id: i.id.clone(),
                delivery: d.clone(),
                state: DeliveryState::of(i, d, &with_delivery, today),
            })
            .collect();
        // The latest levels: each practice's in the latest round that rated
        // it (a round part-way through its scoring keeps the earlier
        // levels of the practices it has not reached yet).
        let latest_rated = if rated(&assessment.practices, &assessment.scope) > 0 {
            follow_up.live_round.number
        } else {
            follow_up
                .rounds
                .last()
                .map_or(follow_up.live_round.number, |r| r.number)
        };
        let latest = Assessment {
            framework: assessment.framework.clone(),
            scope: assessment.scope.clone(),
            practices: assessment
                .practices
                .iter()
                .map(|p| {
                    if p.current.is_some() {
                        return p.clone();
                    }
                    follow_up
                        .rounds
                        .iter()
                        .rev()
                        .find_map(|r| {
                            r.practices
                                .iter()
                                .find(|q| q.practice_id == p.practice_id && q.current.is_some())
                        })
                        .cloned()
                        .unwrap_or_else(|| p.clone())
                })
                .collect(),
        };
        let since_baseline = baseline
            .as_ref()
            .filter(|_| follow_up.rounds.first().map(|r| r.number) != Some(latest_rated))
            .map(|b| RoundComparison::of(b, &latest));
        let now = TrendPoint::of("Now", &latest);
        FollowUpView {
            today,
            now,
            maturity: maturity(
                workshop,
                baseline.as_ref().unwrap_or(assessment),
                &latest,
                today,
            ),
            latest_rated,
            since_baseline,
            rounds,
            trend,
            kpis,
            kpis_due,
            deliveries,
            ideas_by_status: IdeaStatus::ALL
                .iter()
                .map(|s| {
                    (
                        *s,
                        follow_up.ideas.iter().filter(|i| i.status == *s).count(),
                    )
                })
                .collect(),
        }
    }
}

/// How many of `scope`'s practices `practices` rates.
fn rated(practices: &[PracticeAssessment], scope: &[String]) -> usize {
    practices
        .iter()
        .filter(|p| p.current.is_some() && scope.contains(&p.practice_id))
        .count()
}

/// `round` as an assessment with the workshop's framework and scope.
pub fn round_assessment(live: &Assessment, round: &AssessmentRound) -> Assessment {
    Assessment {
        framework: live.framework.clone(),
        scope: live.scope.clone(),
        practices: live
            .scope
            .iter()
            .map(|id| {
                round
                    .practices
                    .iter()
                    .find(|p| &p.practice_id == id)
                    .cloned()
                    .unwrap_or_else(|| PracticeAssessment::empty(id))
            })
            .collect(),
    }
}

/// The assessment of round `number` (the live one or an earlier one).
pub fn assessment_of_round(workshop: &Workshop, number: u32) -> Option<Assessment> {
    if number == workshop.follow_up.live_round.number {
        return Some(workshop.assessment.clone());
    }
    workshop
        .follow_up
        .rounds
        .iter()
        .find(|r| r.number == number)
        .map(|r| round_assessment(&workshop.assessment, r))
}

/// Projected (from the plan, starting at the baseline) against achieved
/// (the live round) maturity per practice in scope.
fn maturity(
    workshop: &Workshop,
    baseline: &Assessment,
    latest: &Assessment,
    today: NaiveDate,
) -> Vec<MaturityCheck> {
    let Some(report) = GapReport::of(baseline) else {
        return Vec::new();
    };
    let by_now = |practice_id: &str, from: Option<Level>| {
        workshop
            .roadmap
            .initiatives
            .iter()
            .filter(|i| i.practices.iter().any(|p| p == practice_id))
            .filter(|i| {
                let d = workshop.follow_up.delivery_of(&i.id);
                d.baseline_end.or(i.end).is_some_and(|e| e <= today)
            })
            .filter_map(|i| i.raises_to)
            .fold(from, |level, raised| {
                Some(level.map_or(raised, |l| l.max(raised)))
            })
    };
    workshop
        .roadmap
        .projections(&report)
        .into_iter()
        .map(|p| MaturityCheck {
            planned_by_now: by_now(&p.practice_id, p.current),
            achieved: latest.practice(&p.practice_id).and_then(|a| a.current),
            baseline: p.current,
            projected: p.projected,
            target: p.target,
            practice_id: p.practice_id,
            name: p.name,
        })
        .collect()
}

/// What the steering report leads with, drafted from the follow-up as of
/// `today`: where maturity, the KPIs and the plan stand, what the committee
/// must decide (KPIs off track, blocked work, approved ideas without an
/// initiative) and what happens next.
pub fn steering_brief(
    workshop: &Workshop,
    today: NaiveDate,
    dates: crate::DateStyle,
) -> crate::brief::Brief {
    let view = FollowUpView::of(workshop, today);
    let mut brief = crate::brief::Brief::default();
    let first = view.trend.first().and_then(|t| t.overall);
    match (first, view.now.overall) {
        (Some(a), Some(b)) if view.since_baseline.is_some() => {
            brief.key_messages.push(format!(
                "Average maturity moved from {a:.1} at “{}” to {b:.1} now, on each practice's latest rating.",
                view.rounds[0].name
            ));
        }
        (_, Some(b)) => brief.key_messages.push(format!(
            "Average maturity stands at {b:.1} of 5; no re-assessment yet."
        )),
        _ => {}
    }
    let status = |s: KpiStatus| {
        view.kpis
            .iter()
            .filter(|k| k.standing.as_ref().is_some_and(|x| x.status == s))
            .collect::<Vec<_>>()
    };
    let (on, off) = (status(KpiStatus::OnTrack), status(KpiStatus::OffTrack));
    if !view.kpis.is_empty() {
        brief.key_messages.push(format!(
            "{} of {} KPIs are on track, {} at risk and {} off track.",
            on.len(),
            view.kpis.len(),
            status(KpiStatus::AtRisk).len(),
            off.len()
        ));
    }
    let initiatives = &workshop.roadmap.initiatives;
    let done = initiatives.iter().filter(|i| is_done(i)).count();
    let late = view.deliveries.iter().filter(|d| d.state.late).count();
    if !initiatives.is_empty() {
        brief.key_messages.push(format!(
            "{done} of {} initiatives are done; {late} {} late.",
            initiatives.len(),
            if late == 1 { "is" } else { "are" }
        ));
    }
    for k in off {
        brief.decisions.push(format!(
            "Agree how to bring “{}” back on track (owner: {}).",
            k.kpi.name,
            if k.kpi.owner.trim().is_empty() {
                "to name"
            } else {
                k.kpi.owner.trim()
            }
        ));
    }
    for d in view.deliveries.iter().filter(|d| d.state.blocked) {
        if let Some(i) = workshop.roadmap.initiative(&d.initiative_id) {
            brief.decisions.push(format!("Unblock “{}”.", i.title));
        }
    }
    for idea in workshop
        .follow_up
        .ideas
        .iter()
        .filter(|i| i.status == IdeaStatus::Approved && i.initiative_id.is_none())
    {
        brief.decisions.push(format!(
            "Fund and schedule the approved idea “{}”.",
            idea.description
        ));
    }
    let mut next: Vec<&Initiative> = initiatives
        .iter()
        .filter(|i| !is_done(i) && i.start.is_some_and(|s| s >= today))
        .collect();
    next.sort_by_key(|i| i.start);
    for i in next.iter().take(3) {
        brief.next_steps.push(format!(
            "Start “{}” on {} ({}).",
            i.title,
            dates.maybe_day(i.start),
            if i.owner.trim().is_empty() {
                "owner to name"
            } else {
                i.owner.trim()
            }
        ));
    }
    if view.kpis_due > 0 {
        brief.next_steps.push(format!(
            "Measure the {} KPI{} due or overdue.",
            view.kpis_due,
            if view.kpis_due == 1 { "" } else { "s" }
        ));
    }
    brief.decisions.truncate(crate::brief::BRIEF_ITEMS_MAX);
    brief
}

/// Whether an initiative counts as done for the steering report.
pub fn is_done(i: &Initiative) -> bool {
    i.status == InitiativeStatus::Done
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::sample_workshop;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a day")
    }

    #[test]
    fn a_new_workshop_is_in_its_baseline_round() {
        let f = FollowUp::starting(day(2026, 3, 9));
        assert_eq!(f.live_round.number, 1);
        assert_eq!(f.live_round.name, BASELINE_NAME);
        assert_eq!(f.first_day(), day(2026, 3, 9));
        assert_eq!(f.validate(), Ok(()));
    }

    #[test]
    fn rounds_must_be_numbered_in_order() {
        let mut f = FollowUp::starting(day(2026, 3, 9));
        f.rounds.push(AssessmentRound {
            number: 2,
            name: "Baseline".into(),
            held_on: day(2026, 3, 9),
            practices: Vec::new(),
        });
        f.live_round.number = 3;
        let e = f.validate().expect_err("round 1 is missing");
        assert!(e.to_string().contains("numbered 2 where 1"), "{e}");
    }

    #[test]
    fn a_kpi_without_a_record_is_read_from_the_charters_words() {
        let sample = sample_workshop();
        let kpi = &sample.charter.kpis[0];
        let f = FollowUp::starting(day(2026, 3, 9));
        let (t, source) = f.tracking_of(kpi);
        assert_eq!(source, KpiSource::ReadFromCharter);
        assert_eq!(t.kpi_id, kpi.id);
        assert_eq!(t.start, day(2026, 3, 9));
        assert!(t.measurements.is_empty());
    }

    #[test]
    fn a_target_date_before_the_start_is_refused() {
        let t = TrackedKpi {
            kpi_id: "k".into(),
            scale: None,
            start: day(2026, 3, 9),
            target_date: Some(day(2026, 1, 1)),
            frequency: None,
            measurements: Vec::new(),
        };
        let e = t.validate().expect_err("before the start");
        assert!(e.to_string().contains("target date"), "{e}");
    }
}
