//! How a KPI stands after the workshop: its baseline and target as numbers
//! with a unit and a direction ([`KpiScale`]), the measurements taken since
//! ([`Measurement`]), progress = (actual − baseline) / (target − baseline),
//! and a status from that progress against the share of the time to the
//! target date gone by ([`KpiStanding`]). Also when the next measurement is
//! due ([`Frequency`]), and reading the charter's free-text baselines and
//! targets ("About 40% (estimate)", "8 days") as numbers where they parse.
//!
//! Pure: `today` is an input.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::ValidationError;

/// Which way a KPI gets better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Direction {
    /// More is better (first-contact resolution, availability).
    HigherIsBetter,
    /// Less is better (failure rate, days to onboard).
    LowerIsBetter,
}

impl Direction {
    /// Every direction.
    pub const ALL: [Direction; 2] = [Direction::HigherIsBetter, Direction::LowerIsBetter];

    /// The words for it.
    pub const fn label(self) -> &'static str {
        match self {
            Direction::HigherIsBetter => "higher is better",
            Direction::LowerIsBetter => "lower is better",
        }
    }
}

/// A number with its unit, read from text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Quantity {
    /// The number.
    pub value: f64,
    /// What it counts ("%", "days"); empty for a bare number.
    pub unit: String,
}

impl Quantity {
    /// The first number in `text` and the unit written after it (one word,
    /// or "%"): "About 40% (estimate)" is 40 %, "8 days" is 8 days, "99.1%
    /// (January)" is 99.1 %, "1,250 calls a week" is 1250 calls. `None` when `text` has no number ("No
    /// report", "Unknown").
    pub fn read(text: &str) -> Option<Quantity> {
        let start = text.find(|c: char| c.is_ascii_digit())?;
        // A minus sign right before the number belongs to it.
        let negative = text[..start].ends_with('-');
        let rest = &text[start..];
        let end = rest
            .char_indices()
            .find(|&(i, c)| {
                !(c.is_ascii_digit()
                    || (c == '.' || c == ',')
                        && rest[i + 1..].starts_with(|d: char| d.is_ascii_digit()))
            })
            .map_or(rest.len(), |(i, _)| i);
        let digits: String = rest[..end].chars().filter(|c| *c != ',').collect();
        let value: f64 = digits.parse().ok()?;
        let after = rest[end..].trim_start();
        let unit = if after.starts_with('%') {
            "%".to_owned()
        } else {
            after
                .split(['(', ',', ';'])
                .next()
                .unwrap_or_default()
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_owned()
        };
        Some(Quantity {
            value: if negative { -value } else { value },
            unit,
        })
    }
}

/// A KPI's baseline and target as numbers, with the unit and the direction.
/// The target never lies behind the baseline for the direction; both are
/// finite ([`KpiScale::new`] holds to it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct KpiScale {
    /// Where it stood when the charter was written.
    pub baseline: f64,
    /// Where it must get to.
    pub target: f64,
    /// What the numbers count.
    pub unit: String,
    /// Which way is better.
    pub direction: Direction,
}

fn finite(value: f64, what: &'static str) -> Result<f64, ValidationError> {
    if value.is_finite() {
        Ok(value)
    } else {
        Err(ValidationError::NotANumber { what })
    }
}

impl KpiScale {
    /// A scale, or why not: a number that is not finite, or a target behind
    /// the baseline for `direction` (equal is allowed: hold the level).
    pub fn new(
        baseline: f64,
        target: f64,
        unit: &str,
        direction: Direction,
    ) -> Result<KpiScale, ValidationError> {
        let baseline = finite(baseline, "baseline")?;
        let target = finite(target, "target")?;
        let behind = match direction {
            Direction::HigherIsBetter => (target < baseline).then_some("below"),
            Direction::LowerIsBetter => (target > baseline).then_some("above"),
        };
        if let Some(wrong) = behind {
            return Err(ValidationError::TargetBehindBaseline {
                baseline: format!("{baseline}"),
                target: format!("{target}"),
                wrong,
                direction: direction.label(),
            });
        }
        Ok(KpiScale {
            baseline,
            target,
            unit: unit.trim().to_owned(),
            direction,
        })
    }

    /// The scale the charter's free text gives, where both parse: the unit is
    /// the target's (or the baseline's), the direction from which way the
    /// target lies, or from words like "below" when they are equal.
    pub fn read(baseline: &str, target: &str) -> Option<KpiScale> {
        let b = Quantity::read(baseline)?;
        let t = Quantity::read(target)?;
        let lower_words = ["below", "under", "less than", "at most", "fewer", "<", "≤"];
        let says_lower = lower_words
            .iter()
            .any(|w| target.to_lowercase().contains(w));
        let direction = if t.value < b.value || (t.value == b.value && says_lower) {
            Direction::LowerIsBetter
        } else {
            Direction::HigherIsBetter
        };
        let unit = if t.unit.is_empty() { b.unit } else { t.unit };
        KpiScale::new(b.value, t.value, &unit, direction).ok()
    }

    /// How far `actual` has come from the baseline to the target: 0 at the
    /// baseline, 1 at the target, below 0 when worse than the baseline, above
    /// 1 past the target. When baseline and target are equal (hold the
    /// level), 1 when `actual` is at or better than it, else 0.
    pub fn progress(&self, actual: f64) -> f64 {
        let width = self.target - self.baseline;
        if width == 0.0 {
            let holds = match self.direction {
                Direction::HigherIsBetter => actual >= self.target,
                Direction::LowerIsBetter => actual <= self.target,
            };
            return if holds { 1.0 } else { 0.0 };
        }
        (actual - self.baseline) / width
    }
}

/// How often a KPI is measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Frequency {
    /// Every week.
    Weekly,
    /// Every month.
    Monthly,
    /// Every three months.
    Quarterly,
    /// Every six months.
    HalfYearly,
    /// Every year.
    Yearly,
}

impl Frequency {
    /// Every frequency, most frequent first.
    pub const ALL: [Frequency; 5] = [
        Frequency::Weekly,
        Frequency::Monthly,
        Frequency::Quarterly,
        Frequency::HalfYearly,
        Frequency::Yearly,
    ];

    /// The words for it.
    pub const fn label(self) -> &'static str {
        match self {
            Frequency::Weekly => "Weekly",
            Frequency::Monthly => "Monthly",
            Frequency::Quarterly => "Quarterly",
            Frequency::HalfYearly => "Every six months",
            Frequency::Yearly => "Yearly",
        }
    }

    /// The frequency the charter's free text names ("Monthly", "every
    /// quarter", "twice a year"); `None` when it names none.
    pub fn read(text: &str) -> Option<Frequency> {
        let t = text.to_lowercase();
        let has = |words: &[&str]| words.iter().any(|w| t.contains(w));
        // The longer periods first: "every six months" is not monthly.
        if has(&["quarter", "three months", "3 months"]) {
            Some(Frequency::Quarterly)
        } else if has(&["half", "six months", "6 months", "twice a year", "biannual"]) {
            Some(Frequency::HalfYearly)
        } else if has(&["week"]) {
            Some(Frequency::Weekly)
        } else if has(&["month"]) {
            Some(Frequency::Monthly)
        } else if has(&["year", "annual"]) {
            Some(Frequency::Yearly)
        } else {
            None
        }
    }

    /// The day a measurement is next due after one taken on `last` (the
    /// same day of the next period; the month's last day when it is shorter).
    pub fn next_due(self, last: NaiveDate) -> NaiveDate {
        let months = |n: u32| {
            last.checked_add_months(Months::new(n))
                .unwrap_or(NaiveDate::MAX)
        };
        match self {
            Frequency::Weekly => last
                .checked_add_days(chrono::Days::new(7))
                .unwrap_or(NaiveDate::MAX),
            Frequency::Monthly => months(1),
            Frequency::Quarterly => months(3),
            Frequency::HalfYearly => months(6),
            Frequency::Yearly => months(12),
        }
    }
}

/// One measurement of a KPI.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Measurement {
    /// The day it was measured for.
    pub date: NaiveDate,
    /// The value, in the KPI's unit.
    pub value: f64,
    /// What is worth knowing about it.
    pub note: String,
    /// Who measured it.
    pub by: String,
}

/// Whether a KPI is where it should be by now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum KpiStatus {
    /// At or ahead of where the time gone by says it should be (or within
    /// [`ON_TRACK_SLACK`] of it before the target date).
    OnTrack,
    /// Behind, by less than [`AT_RISK_SLACK`] of the way.
    AtRisk,
    /// Further behind, or short of the target once its date has passed.
    OffTrack,
    /// No measurement yet.
    NotMeasured,
}

impl KpiStatus {
    /// Every status, best first.
    pub const ALL: [KpiStatus; 4] = [
        KpiStatus::OnTrack,
        KpiStatus::AtRisk,
        KpiStatus::OffTrack,
        KpiStatus::NotMeasured,
    ];

    /// The words for it.
    pub const fn label(self) -> &'static str {
        match self {
            KpiStatus::OnTrack => "On track",
            KpiStatus::AtRisk => "At risk",
            KpiStatus::OffTrack => "Off track",
            KpiStatus::NotMeasured => "Not measured",
        }
    }

    /// The status of `progress` when `expected` of the way should be done
    /// by now (`expected` 1 once the target date has passed: then only the
    /// target reached is on track).
    pub fn of(progress: f64, expected: f64) -> KpiStatus {
        let behind = expected - progress;
        if behind <= 0.0 || (expected < 1.0 && behind <= ON_TRACK_SLACK) {
            KpiStatus::OnTrack
        } else if expected < 1.0 && behind <= AT_RISK_SLACK {
            KpiStatus::AtRisk
        } else {
            KpiStatus::OffTrack
        }
    }
}

/// How far behind the time gone by a KPI may be and still be on track.
pub const ON_TRACK_SLACK: f64 = 0.10;
/// How far behind it may be and be at risk rather than off track.
pub const AT_RISK_SLACK: f64 = 0.25;

/// Where a KPI stands on a day.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct KpiStanding {
    /// The latest measurement (by date; of two on one day, the later given).
    pub latest: Option<Measurement>,
    /// Its progress from baseline to target.
    pub progress: Option<f64>,
    /// The share of the time from start to target date gone by, 0 to 1.
    pub expected: f64,
    /// On track, at risk, off track or not measured.
    pub status: KpiStatus,
    /// When the next measurement is due.
    pub next_due: NaiveDate,
    /// Whether it is past due.
    pub overdue: bool,
}

/// The share of `start..=end` gone by on `today`, 0 to 1 (1 when the end is
/// not after the start).
pub fn elapsed(start: NaiveDate, end: NaiveDate, today: NaiveDate) -> f64 {
    let span = (end - start).num_days();
    if span <= 0 {
        return 1.0;
    }
    let gone = (today - start).num_days().clamp(0, span);
    // Both fit an f64 exactly: days between two dates of years 1900–2199.
    gone as f64 / span as f64
}

impl KpiStanding {
    /// Where a KPI on `scale`, tracked from `start` to its `target_date`,
    /// measured every `frequency`, stands on `today` given `measurements`.
    pub fn of(
        scale: &KpiScale,
        measurements: &[Measurement],
        (start, target_date): (NaiveDate, NaiveDate),
        frequency: Frequency,
        today: NaiveDate,
    ) -> KpiStanding {
        let latest = measurements
            .iter()
            .enumerate()
            .max_by_key(|(i, m)| (m.date, *i))
            .map(|(_, m)| m.clone());
        let expected = elapsed(start, target_date, today);
        let progress = latest.as_ref().map(|m| scale.progress(m.value));
        let next_due = frequency.next_due(latest.as_ref().map_or(start, |m| m.date));
        KpiStanding {
            status: progress.map_or(KpiStatus::NotMeasured, |p| KpiStatus::of(p, expected)),
            latest,
            progress,
            expected,
            next_due,
            overdue: today > next_due,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a day")
    }

    #[test]
    fn the_sample_charters_texts_read_as_numbers_where_they_can() {
        let q = |t: &str| Quantity::read(t).map(|q| (q.value, q.unit));
        assert_eq!(q("About 40% (estimate)"), Some((40.0, "%".into())));
        assert_eq!(q("99.1% (January)"), Some((99.1, "%".into())));
        assert_eq!(q("8 days"), Some((8.0, "days".into())));
        assert_eq!(q("6 months in a row"), Some((6.0, "months".into())));
        assert_eq!(q("1,250 calls a week"), Some((1250.0, "calls".into())));
        assert_eq!(q("-3 points"), Some((-3.0, "points".into())));
        assert_eq!(q("No report"), None);
        assert_eq!(q("Unknown"), None);

        let change = KpiScale::read("About 40% (estimate)", "95%").expect("parses");
        assert_eq!(
            (
                change.baseline,
                change.target,
                change.unit.as_str(),
                change.direction
            ),
            (40.0, 95.0, "%", Direction::HigherIsBetter)
        );
        let onboard = KpiScale::read("8 days", "2 days").expect("parses");
        assert_eq!(onboard.direction, Direction::LowerIsBetter);
        assert_eq!(KpiScale::read("Unknown", "Below 10%"), None, "no baseline");
        let hold = KpiScale::read("10%", "Below 10%").expect("parses");
        assert_eq!(hold.direction, Direction::LowerIsBetter);
    }

    /// A KPI's id and what its baseline and target read as.
    type ReadAs = (String, Option<(f64, f64, Direction)>);

    #[test]
    fn the_sample_kpis_that_have_numbers_read_and_the_others_do_not() {
        let charter = crate::sample::sample_workshop().charter;
        let read: Vec<ReadAs> = charter
            .kpis
            .iter()
            .map(|k| {
                let scale = KpiScale::read(&k.baseline, &k.target);
                (
                    k.id.clone(),
                    scale.map(|s| (s.baseline, s.target, s.direction)),
                )
            })
            .collect();
        let wanted: Vec<ReadAs> = vec![
            (
                "kpi-change".into(),
                Some((40.0, 95.0, Direction::HigherIsBetter)),
            ),
            ("kpi-failed".into(), None),
            (
                "kpi-fcr".into(),
                Some((48.0, 65.0, Direction::HigherIsBetter)),
            ),
            (
                "kpi-onboard".into(),
                Some((8.0, 2.0, Direction::LowerIsBetter)),
            ),
            ("kpi-report".into(), None),
            (
                "kpi-avail".into(),
                Some((99.1, 99.5, Direction::HigherIsBetter)),
            ),
        ];
        assert_eq!(read, wanted);
    }

    #[test]
    fn a_target_behind_the_baseline_or_a_nan_is_refused() {
        assert!(matches!(
            KpiScale::new(40.0, 20.0, "%", Direction::HigherIsBetter),
            Err(ValidationError::TargetBehindBaseline { wrong: "below", .. })
        ));
        assert!(matches!(
            KpiScale::new(8.0, 10.0, "days", Direction::LowerIsBetter),
            Err(ValidationError::TargetBehindBaseline { wrong: "above", .. })
        ));
        assert!(matches!(
            KpiScale::new(f64::NAN, 1.0, "", Direction::HigherIsBetter),
            Err(ValidationError::NotANumber { what: "baseline" })
        ));
        let e = KpiScale::new(8.0, 10.0, "days", Direction::LowerIsBetter).expect_err("behind");
        assert_eq!(
            e.to_string(),
            "The target 10 is above the baseline 8, but lower is better: swap them or change the direction"
        );
    }

    #[test]
    fn status_from_progress_against_time_gone_by() {
        let fcr = KpiScale::new(48.0, 65.0, "%", Direction::HigherIsBetter).expect("valid");
        let m = |date, value| Measurement {
            date,
            value,
            note: String::new(),
            by: "Service desk manager".into(),
        };
        let span = (day(2026, 1, 1), day(2027, 1, 1));
        // Half the year gone, 8.5 of 17 points gained: on track.
        let mid = KpiStanding::of(
            &fcr,
            &[m(day(2026, 6, 30), 56.5)],
            span,
            Frequency::Monthly,
            day(2026, 7, 2),
        );
        assert_eq!(mid.status, KpiStatus::OnTrack);
        assert!((mid.progress.expect("measured") - 0.5).abs() < 1e-9);
        assert!(!mid.overdue);
        // Half gone, a fifth of the way: 0.3 behind, off track.
        let slow = KpiStanding::of(
            &fcr,
            &[m(day(2026, 6, 30), 51.4)],
            span,
            Frequency::Monthly,
            day(2026, 7, 2),
        );
        assert_eq!(slow.status, KpiStatus::OffTrack);
        // Past the date and short of the target: off track, however close.
        let late = KpiStanding::of(
            &fcr,
            &[m(day(2027, 1, 5), 64.0)],
            span,
            Frequency::Monthly,
            day(2027, 1, 10),
        );
        assert_eq!(late.status, KpiStatus::OffTrack);
        // Nothing measured, and the first month has passed: due.
        let none = KpiStanding::of(&fcr, &[], span, Frequency::Monthly, day(2026, 2, 2));
        assert_eq!(
            (none.status, none.overdue, none.next_due),
            (KpiStatus::NotMeasured, true, day(2026, 2, 1))
        );
    }

    #[test]
    fn the_next_measurement_falls_due_a_period_after_the_last() {
        assert_eq!(
            Frequency::Monthly.next_due(day(2026, 1, 31)),
            day(2026, 2, 28)
        );
        assert_eq!(
            Frequency::Quarterly.next_due(day(2026, 11, 30)),
            day(2027, 2, 28)
        );
        assert_eq!(
            Frequency::Weekly.next_due(day(2026, 12, 29)),
            day(2027, 1, 5)
        );
        assert_eq!(Frequency::read("Monthly"), Some(Frequency::Monthly));
        assert_eq!(Frequency::read("Every quarter"), Some(Frequency::Quarterly));
        assert_eq!(Frequency::read("twice a year"), Some(Frequency::HalfYearly));
        assert_eq!(
            Frequency::read("Every six months"),
            Some(Frequency::HalfYearly)
        );
        assert_eq!(
            Frequency::read("Every 3 months"),
            Some(Frequency::Quarterly)
        );
        assert_eq!(Frequency::read("Per release"), None);
        for f in Frequency::ALL {
            assert_eq!(Frequency::read(f.label()), Some(f), "{}", f.label());
        }
    }

    fn scale() -> impl Strategy<Value = KpiScale> {
        (-1e6f64..1e6, 0f64..1e6, prop::bool::ANY).prop_map(|(baseline, width, higher)| {
            if higher {
                KpiScale::new(baseline, baseline + width, "", Direction::HigherIsBetter)
            } else {
                KpiScale::new(baseline, baseline - width, "", Direction::LowerIsBetter)
            }
            .expect("a target on the right side")
        })
    }

    proptest! {
        #[test]
        fn progress_is_0_at_the_baseline_1_at_the_target_and_never_nan(
            s in scale(), actual in -1e7f64..1e7,
        ) {
            prop_assert!(s.progress(actual).is_finite());
            if s.target != s.baseline {
                prop_assert!((s.progress(s.baseline)).abs() < 1e-9);
                prop_assert!((s.progress(s.target) - 1.0).abs() < 1e-9);
            } else {
                prop_assert!(s.progress(actual) == 0.0 || s.progress(actual) == 1.0);
                prop_assert_eq!(s.progress(s.target), 1.0);
            }
        }

        #[test]
        fn a_better_value_never_shows_less_progress(
            s in scale(), a in -1e7f64..1e7, b in -1e7f64..1e7,
        ) {
            let (better, worse) = match s.direction {
                Direction::HigherIsBetter => (a.max(b), a.min(b)),
                Direction::LowerIsBetter => (a.min(b), a.max(b)),
            };
            prop_assert!(s.progress(better) >= s.progress(worse));
        }

        #[test]
        fn more_progress_never_gives_a_worse_status(
            p in -2f64..3.0, more in 0f64..2.0, expected in 0f64..=1.0,
        ) {
            prop_assert!(KpiStatus::of(p + more, expected) <= KpiStatus::of(p, expected));
        }

        #[test]
        fn once_the_target_date_has_passed_only_the_target_reached_is_on_track(p in -2f64..3.0) {
            let status = KpiStatus::of(p, 1.0);
            prop_assert_eq!(status == KpiStatus::OnTrack, p >= 1.0);
            prop_assert_ne!(status, KpiStatus::AtRisk);
        }

        #[test]
        fn the_time_gone_by_runs_from_0_to_1(
            start in 0i64..50_000, span in -10i64..5_000, today in 0i64..60_000,
        ) {
            let base = day(1900, 1, 1);
            let at = |n: i64| base + chrono::Duration::days(n);
            let e = elapsed(at(start), at(start + span), at(today));
            prop_assert!((0.0..=1.0).contains(&e));
        }
    }
}
