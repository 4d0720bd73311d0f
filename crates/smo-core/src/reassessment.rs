//! Comparing assessment rounds of one workshop: the baseline and each
//! re-assessment ("Six-month review"). Per practice the level before and
//! after and the change ([`RoundComparison`]), the most improved and most
//! declined, and the trend of the average level over every round, overall
//! and per group ([`TrendPoint`]). A practice not rated in a round counts as
//! unknown there, never as 0.

use serde::Serialize;

use crate::{Assessment, Level};

/// One practice's current level in two rounds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct LevelDelta {
    /// The practice.
    pub practice_id: String,
    /// Its name.
    pub name: String,
    /// Its group's id.
    pub group: String,
    /// Its level in the earlier round.
    pub before: Option<Level>,
    /// Its level in the later round.
    pub after: Option<Level>,
    /// `after` − `before`, when both are rated.
    pub delta: Option<i8>,
}

/// Two rounds side by side, in the later round's scope order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RoundComparison {
    /// Every practice in the later round's scope.
    pub deltas: Vec<LevelDelta>,
}

fn level_difference(after: Level, before: Level) -> i8 {
    // Levels run 0–5, so the difference fits an i8 whatever they are.
    i8::try_from(i16::from(after.value()) - i16::from(before.value())).unwrap_or(0)
}

impl RoundComparison {
    /// `before` and `after` compared (usually the same workshop's baseline and
    /// a later round; a practice only in `after`'s scope has no `before`).
    pub fn of(before: &Assessment, after: &Assessment) -> RoundComparison {
        let framework = after.framework.as_ref();
        RoundComparison {
            deltas: after
                .scope
                .iter()
                .map(|id| {
                    let practice = framework.and_then(|f| f.practice(id));
                    let was = before.practice(id).and_then(|p| p.current);
                    let now = after.practice(id).and_then(|p| p.current);
                    LevelDelta {
                        practice_id: id.clone(),
                        name: practice.map_or_else(|| id.clone(), |p| p.name.clone()),
                        group: practice.map(|p| p.group.clone()).unwrap_or_default(),
                        before: was,
                        after: now,
                        delta: was.zip(now).map(|(b, a)| level_difference(a, b)),
                    }
                })
                .collect(),
        }
    }

    /// The practices that rose, most first (ties in scope order), at most `n`.
    pub fn most_improved(&self, n: usize) -> Vec<&LevelDelta> {
        let mut up: Vec<&LevelDelta> = self
            .deltas
            .iter()
            .filter(|d| d.delta.is_some_and(|x| x > 0))
            .collect();
        // A stable sort keeps the scope order among equals.
        up.sort_by_key(|d| std::cmp::Reverse(d.delta));
        up.truncate(n);
        up
    }

    /// The practices that fell, most first (ties in scope order), at most `n`.
    pub fn most_declined(&self, n: usize) -> Vec<&LevelDelta> {
        let mut down: Vec<&LevelDelta> = self
            .deltas
            .iter()
            .filter(|d| d.delta.is_some_and(|x| x < 0))
            .collect();
        down.sort_by_key(|d| d.delta);
        down.truncate(n);
        down
    }
}

/// The average level of one round, overall and per group.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TrendPoint {
    /// The round's name ("Baseline, March 2026").
    pub round: String,
    /// The average current level of the practices rated; `None` when none is.
    pub overall: Option<f64>,
    /// Each group of the framework, in its order: its id and average.
    pub groups: Vec<(String, Option<f64>)>,
}

fn average(levels: impl Iterator<Item = Level>) -> Option<f64> {
    let (sum, n) = levels.fold((0u32, 0u32), |(s, n), l| (s + u32::from(l.value()), n + 1));
    (n > 0).then(|| f64::from(sum) / f64::from(n))
}

/// The levels rated in `assessment`, of the practices of `group` (all when `None`).
fn rated(assessment: &Assessment, group: Option<&str>) -> Vec<Level> {
    assessment
        .scope
        .iter()
        .filter(|id| {
            group.is_none_or(|g| {
                assessment
                    .framework
                    .as_ref()
                    .and_then(|f| f.practice(id))
                    .is_some_and(|p| p.group == g)
            })
        })
        .filter_map(|id| assessment.practice(id).and_then(|p| p.current))
        .collect()
}

impl TrendPoint {
    /// The point of the round named `round` assessed as `assessment`.
    pub fn of(round: &str, assessment: &Assessment) -> TrendPoint {
        TrendPoint {
            round: round.to_owned(),
            overall: average(rated(assessment, None).into_iter()),
            groups: assessment
                .framework
                .iter()
                .flat_map(|f| &f.groups)
                .map(|g| {
                    (
                        g.id.clone(),
                        average(rated(assessment, Some(&g.id)).into_iter()),
                    )
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framework::{builtin_framework, DEFAULT_FRAMEWORK_ID};
    use crate::sample::sample_workshop;
    use crate::PracticeAssessment;
    use proptest::prelude::*;

    /// The sample's scope in the built-in framework, each practice's level
    /// set from `levels` (cycled; `None` for unrated).
    fn with_levels(levels: &[Option<u8>]) -> Assessment {
        let scope: Vec<String> = sample_workshop()
            .practices
            .iter()
            .map(|p| p.practice_id.to_owned())
            .collect();
        Assessment {
            framework: builtin_framework(DEFAULT_FRAMEWORK_ID).cloned(),
            practices: scope
                .iter()
                .zip(levels.iter().cycle())
                .map(|(id, l)| PracticeAssessment {
                    current: l.and_then(|v| Level::try_from(i64::from(v)).ok()),
                    ..PracticeAssessment::empty(id)
                })
                .collect(),
            scope,
        }
    }

    #[test]
    fn deltas_rankings_and_the_trend_of_two_rounds() {
        let before = with_levels(&[Some(1), Some(2), None, Some(3)]);
        let after = with_levels(&[Some(3), Some(2), Some(4), Some(1)]);
        let c = RoundComparison::of(&before, &after);
        assert_eq!(c.deltas.len(), after.scope.len());
        assert_eq!(c.deltas[0].delta, Some(2));
        assert_eq!(c.deltas[1].delta, Some(0));
        assert_eq!(
            c.deltas[2].delta, None,
            "not rated before: no change, not +4"
        );
        assert_eq!(c.deltas[3].delta, Some(-2));
        let up = c.most_improved(3);
        assert!(up.iter().all(|d| d.delta == Some(2)));
        assert_eq!(up[0].practice_id, after.scope[0], "ties in scope order");
        assert!(c.most_declined(100).iter().all(|d| d.delta == Some(-2)));

        let point = TrendPoint::of("Six-month review", &after);
        let framework = after.framework.as_ref().expect("a framework");
        assert_eq!(point.groups.len(), framework.groups.len());
        assert!(point.overall.is_some_and(|x| (0.0..=5.0).contains(&x)));
        let empty = TrendPoint::of("Not yet rated", &with_levels(&[None]));
        assert_eq!(empty.overall, None, "nothing rated is unknown, not 0");
        assert!(empty.groups.iter().all(|(_, avg)| avg.is_none()));
    }

    fn levels() -> impl Strategy<Value = Vec<Option<u8>>> {
        prop::collection::vec(prop::option::of(0u8..=5), 1..20)
    }

    proptest! {
        #[test]
        fn rankings_are_ordered_and_swap_when_the_rounds_do(a in levels(), b in levels(), n in 0usize..40) {
            let (x, y) = (with_levels(&a), with_levels(&b));
            let forward = RoundComparison::of(&x, &y);
            let back = RoundComparison::of(&y, &x);
            let up = forward.most_improved(n);
            prop_assert!(up.len() <= n);
            prop_assert!(up.windows(2).all(|w| w[0].delta >= w[1].delta));
            prop_assert!(up.iter().all(|d| d.delta.is_some_and(|v| v > 0)));
            let down = forward.most_declined(n);
            prop_assert!(down.windows(2).all(|w| w[0].delta <= w[1].delta));
            // What rose one way fell the other, by as much, in the same order.
            let up_ids: Vec<(&str, Option<i8>)> =
                up.iter().map(|d| (d.practice_id.as_str(), d.delta)).collect();
            let mirrored: Vec<(&str, Option<i8>)> = back
                .most_declined(n)
                .iter()
                .map(|d| (d.practice_id.as_str(), d.delta.map(|v| -v)))
                .collect();
            prop_assert_eq!(up_ids, mirrored);
        }

        #[test]
        fn an_average_lies_between_the_lowest_and_highest_level_rated(a in levels()) {
            let x = with_levels(&a);
            let point = TrendPoint::of("A round", &x);
            let rated: Vec<u8> = x.practices.iter().filter_map(|p| p.current.map(|l| l.value())).collect();
            match point.overall {
                None => prop_assert!(rated.is_empty()),
                Some(avg) => {
                    let lo = f64::from(*rated.iter().min().expect("rated"));
                    let hi = f64::from(*rated.iter().max().expect("rated"));
                    prop_assert!(lo <= avg && avg <= hi);
                }
            }
        }
    }
}
