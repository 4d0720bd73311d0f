//! Gap analysis: how far each practice in scope is from its target, weighted by
//! how much that matters, summarised per group and overall, and ranked.
//!
//! Rules, each tested:
//! - the gap is `target − current` when both are known, and 0 when the target is
//!   at or below the current level (such a target is flagged, not negative);
//! - the weighted gap is the gap times the priority's weight (3 / 2 / 1) and is
//!   known only when the priority is;
//! - a practice missing a level is "not scored": it is shown as such and never
//!   counted as 0 in any average;
//! - the ranking holds every practice with a weighted gap, largest first; ties
//!   go to the larger raw gap, then the higher priority, then scope order, so the
//!   same assessment always ranks the same way.

use std::cmp::Reverse;

use serde::{Deserialize, Serialize};

use crate::{Assessment, Level, Priority};

/// The gap of one practice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PracticeGap {
    /// The practice's id.
    pub practice_id: String,
    /// Its name.
    pub name: String,
    /// Its group's id.
    pub group_id: String,
    /// The agreed current level.
    pub current: Option<Level>,
    /// The target level.
    pub target: Option<Level>,
    /// How much closing the gap matters.
    pub priority: Option<Priority>,
    /// Levels to climb; `None` when either level is missing.
    pub gap: Option<u8>,
    /// `gap × priority weight`; `None` when the gap or the priority is missing.
    pub weighted_gap: Option<u8>,
    /// The target is below the current level.
    pub target_below_current: bool,
    /// 1-based place in the ranking; `None` when not ranked.
    pub rank: Option<u32>,
}

/// Averages over a set of practices (one group, or all in scope). Each average
/// is over the practices that have the value; `None` when none has it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct GapSummary {
    /// The group's id; `None` for the overall summary.
    pub group_id: Option<String>,
    /// The group's name, or "All practices in scope".
    pub name: String,
    /// Practices in scope in this set.
    pub practices: u32,
    /// Practices with both levels known.
    pub scored: u32,
    /// Mean current level.
    pub average_current: Option<f64>,
    /// Mean target level.
    pub average_target: Option<f64>,
    /// Mean gap.
    pub average_gap: Option<f64>,
    /// Mean weighted gap.
    pub average_weighted_gap: Option<f64>,
}

/// The whole gap analysis of one assessment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct GapReport {
    /// Every practice in scope, in scope order.
    pub practices: Vec<PracticeGap>,
    /// Ids of ranked practices, the gap that matters most first.
    pub ranking: Vec<String>,
    /// One summary per group with practices in scope, in the framework's order.
    pub groups: Vec<GapSummary>,
    /// The summary over all practices in scope.
    pub overall: GapSummary,
}

impl GapReport {
    /// The practices of `group` (a summary from [`GapReport::groups`]), in scope order.
    pub fn practices_in<'a>(
        &'a self,
        group: &'a GapSummary,
    ) -> impl Iterator<Item = &'a PracticeGap> {
        self.practices
            .iter()
            .filter(move |p| Some(p.group_id.as_str()) == group.group_id.as_deref())
    }

    /// Computes the gap analysis; `None` while the workshop has no framework.
    pub fn of(assessment: &Assessment) -> Option<GapReport> {
        let framework = assessment.framework.as_ref()?;
        let mut practices: Vec<PracticeGap> = assessment
            .practices
            .iter()
            .filter_map(|a| {
                let practice = framework.practice(&a.practice_id)?;
                let gap = match (a.current, a.target) {
                    (Some(c), Some(t)) => Some(t.value().saturating_sub(c.value())),
                    _ => None,
                };
                Some(PracticeGap {
                    practice_id: practice.id.clone(),
                    name: practice.name.clone(),
                    group_id: practice.group.clone(),
                    current: a.current,
                    target: a.target,
                    priority: a.priority,
                    gap,
                    weighted_gap: gap.zip(a.priority).map(|(g, p)| g * p.weight()),
                    target_below_current: a.target_below_current(),
                    rank: None,
                })
            })
            .collect();

        let mut ranked: Vec<usize> = (0..practices.len())
            .filter(|&i| practices.get(i).is_some_and(|p| p.weighted_gap.is_some()))
            .collect();
        ranked.sort_by_key(|&i| {
            let p = practices.get(i);
            (
                Reverse(p.and_then(|p| p.weighted_gap)),
                Reverse(p.and_then(|p| p.gap)),
                Reverse(p.and_then(|p| p.priority).map(Priority::weight)),
                i,
            )
        });
        let mut ranking = Vec::with_capacity(ranked.len());
        for (place, &i) in ranked.iter().enumerate() {
            if let Some(p) = practices.get_mut(i) {
                p.rank = Some(crate::count(place + 1));
                ranking.push(p.practice_id.clone());
            }
        }

        let groups = framework
            .groups
            .iter()
            .filter_map(|g| {
                let members: Vec<&PracticeGap> =
                    practices.iter().filter(|p| p.group_id == g.id).collect();
                (!members.is_empty()).then(|| summarise(Some(g.id.clone()), &g.name, &members))
            })
            .collect();
        let all: Vec<&PracticeGap> = practices.iter().collect();
        let overall = summarise(None, "All practices in scope", &all);
        practices.shrink_to_fit();
        Some(GapReport {
            practices,
            ranking,
            groups,
            overall,
        })
    }

    /// The gap of `practice_id`.
    pub fn practice(&self, practice_id: &str) -> Option<&PracticeGap> {
        self.practices.iter().find(|p| p.practice_id == practice_id)
    }

    /// The `n` gaps that matter most, in ranking order.
    pub fn top(&self, n: usize) -> impl Iterator<Item = &PracticeGap> {
        self.ranking
            .iter()
            .take(n)
            .filter_map(|id| self.practice(id))
    }

    /// The `n` gaps that matter most and every gap tied with the last of
    /// them (the same weighted gap), in ranking order, each with its place
    /// shared with those it ties (1, 2, 2, 4…): a tie is never cut silently.
    pub fn top_with_ties(&self, n: usize) -> Vec<(u32, &PracticeGap)> {
        let ranked: Vec<&PracticeGap> = self.top(usize::MAX).collect();
        if n == 0 {
            return Vec::new();
        }
        let Some(last) = ranked.get(n - 1) else {
            return self.places(&ranked);
        };
        let cut = last.weighted_gap;
        let kept: Vec<&PracticeGap> = ranked
            .iter()
            .enumerate()
            .take_while(|(i, p)| *i < n || p.weighted_gap == cut)
            .map(|(_, p)| *p)
            .collect();
        self.places(&kept)
    }

    /// Each of `ranked` with its place: a gap tied with the one before shares its place.
    fn places<'a>(&self, ranked: &[&'a PracticeGap]) -> Vec<(u32, &'a PracticeGap)> {
        let mut out: Vec<(u32, &PracticeGap)> = Vec::with_capacity(ranked.len());
        for (i, p) in ranked.iter().enumerate() {
            let place = match out.last() {
                Some((place, before)) if before.weighted_gap == p.weighted_gap => *place,
                _ => crate::count(i + 1),
            };
            out.push((place, p));
        }
        out
    }
}

fn summarise(group_id: Option<String>, name: &str, members: &[&PracticeGap]) -> GapSummary {
    let mean = |values: Vec<u8>| -> Option<f64> {
        if values.is_empty() {
            return None;
        }
        let sum: f64 = values.iter().map(|v| f64::from(*v)).sum();
        Some(sum / values.len() as f64)
    };
    GapSummary {
        group_id,
        name: name.to_owned(),
        practices: crate::count(members.len()),
        scored: crate::count(members.iter().filter(|p| p.gap.is_some()).count()),
        average_current: mean(
            members
                .iter()
                .filter_map(|p| p.current.map(Level::value))
                .collect(),
        ),
        average_target: mean(
            members
                .iter()
                .filter_map(|p| p.target.map(Level::value))
                .collect(),
        ),
        average_gap: mean(members.iter().filter_map(|p| p.gap).collect()),
        average_weighted_gap: mean(members.iter().filter_map(|p| p.weighted_gap).collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Framework, Practice, PracticeAssessment, PracticeGroup, ScaleLevel};
    use proptest::prelude::*;

    fn level(v: u8) -> Level {
        Level::try_from(i64::from(v)).expect("valid level")
    }

    fn framework(n: usize) -> Framework {
        let groups = ["a", "b", "c"];
        Framework {
            id: "test".into(),
            name: "Test".into(),
            version: "1".into(),
            description: String::new(),
            scale: Level::all()
                .map(|l| ScaleLevel {
                    level: l,
                    name: l.name().into(),
                    summary: String::new(),
                })
                .collect(),
            groups: groups
                .iter()
                .map(|g| PracticeGroup {
                    id: (*g).into(),
                    name: format!("Group {g}"),
                })
                .collect(),
            practices: (0..n)
                .map(|i| Practice {
                    id: format!("p{i}"),
                    name: format!("Practice {i}"),
                    group: groups[i % 3].into(),
                    core: false,
                    purpose: "x".into(),
                    levels: vec!["x".into(); 6],
                    questions: vec!["x".into()],
                })
                .collect(),
        }
    }

    type Row = (Option<u8>, Option<u8>, Option<Priority>);

    fn assessment(rows: &[Row]) -> Assessment {
        let f = framework(rows.len());
        Assessment {
            scope: f.practices.iter().map(|p| p.id.clone()).collect(),
            practices: rows
                .iter()
                .enumerate()
                .map(|(i, (c, t, p))| PracticeAssessment {
                    current: c.map(level),
                    target: t.map(level),
                    priority: *p,
                    ..PracticeAssessment::empty(&format!("p{i}"))
                })
                .collect(),
            framework: Some(f),
        }
    }

    #[test]
    fn weighted_gap_multiplies_by_priority() {
        let r = GapReport::of(&assessment(&[
            (Some(1), Some(4), Some(Priority::Low)),
            (Some(2), Some(4), Some(Priority::High)),
            (Some(3), Some(2), Some(Priority::High)),
            (None, Some(4), Some(Priority::High)),
            (Some(2), Some(3), None),
        ]))
        .expect("report");
        let weighted: Vec<Option<u8>> = r.practices.iter().map(|p| p.weighted_gap).collect();
        assert_eq!(weighted, [Some(3), Some(6), Some(0), None, None]);
        assert!(r.practices[2].target_below_current);
        assert_eq!(r.practices[2].gap, Some(0));
        assert_eq!(r.ranking, ["p1", "p0", "p2"]);
        assert_eq!(r.practices[3].rank, None);
        assert_eq!(r.top(1).next().map(|p| p.name.as_str()), Some("Practice 1"));
    }

    #[test]
    fn a_tie_at_the_last_place_is_listed_whole_and_ties_share_a_place() {
        let high = Some(Priority::High);
        // Weighted gaps 9, 6, 6, 3, 3, 3, 3, 0.
        let r = GapReport::of(&assessment(&[
            (Some(1), Some(4), high),
            (Some(2), Some(4), high),
            (Some(1), Some(3), high),
            (Some(2), Some(3), high),
            (Some(3), Some(4), high),
            (Some(0), Some(1), high),
            (Some(4), Some(5), high),
            (Some(4), Some(4), high),
        ]))
        .expect("report");
        let top: Vec<(u32, Option<u8>)> = r
            .top_with_ties(5)
            .iter()
            .map(|(place, p)| (*place, p.weighted_gap))
            .collect();
        assert_eq!(
            top,
            [
                (1, Some(9)),
                (2, Some(6)),
                (2, Some(6)),
                (4, Some(3)),
                (4, Some(3)),
                (4, Some(3)),
                (4, Some(3))
            ],
            "the fifth place is shared by four: all are listed"
        );
        assert_eq!(r.top_with_ties(3).len(), 3, "no tie at the third place");
        assert_eq!(r.top_with_ties(20).len(), 8, "fewer than asked: all");
        assert!(r.top_with_ties(0).is_empty());
    }

    #[test]
    fn unscored_practices_are_never_counted_as_zero() {
        let r = GapReport::of(&assessment(&[
            (Some(2), Some(4), Some(Priority::Medium)),
            (None, None, None),
            (None, None, None),
        ]))
        .expect("report");
        assert_eq!(r.overall.average_current, Some(2.0));
        assert_eq!(r.overall.average_gap, Some(2.0));
        assert_eq!((r.overall.scored, r.overall.practices), (1, 3));
        let b = r.groups.iter().find(|g| g.group_id.as_deref() == Some("b"));
        assert_eq!(b.map(|g| g.average_current), Some(None));
    }

    #[test]
    fn ties_go_to_raw_gap_then_priority_then_scope_order() {
        let r = GapReport::of(&assessment(&[
            (Some(3), Some(5), Some(Priority::Low)),    // 2 × 1 = 2
            (Some(2), Some(3), Some(Priority::Medium)), // 1 × 2 = 2
            (Some(1), Some(3), Some(Priority::Low)),    // 2 × 1 = 2, later in scope
            (Some(0), Some(2), Some(Priority::Medium)), // 2 × 2 = 4
        ]))
        .expect("report");
        assert_eq!(r.ranking, ["p3", "p0", "p2", "p1"]);
    }

    #[test]
    fn no_framework_no_report() {
        assert_eq!(GapReport::of(&Assessment::none()), None);
    }

    fn row() -> impl Strategy<Value = Row> {
        (
            proptest::option::of(0u8..=5),
            proptest::option::of(0u8..=5),
            proptest::option::of(prop_oneof![
                Just(Priority::High),
                Just(Priority::Medium),
                Just(Priority::Low)
            ]),
        )
    }

    proptest! {
        #[test]
        fn ranking_is_ordered_complete_and_consistent(rows in proptest::collection::vec(row(), 0..40)) {
            let r = GapReport::of(&assessment(&rows)).expect("report");
            // Exactly the practices with a weighted gap are ranked, each once.
            let rankable = r.practices.iter().filter(|p| p.weighted_gap.is_some()).count();
            prop_assert_eq!(r.ranking.len(), rankable);
            let mut seen = std::collections::HashSet::new();
            for (i, id) in r.ranking.iter().enumerate() {
                prop_assert!(seen.insert(id.clone()));
                let p = r.practice(id).expect("ranked practice exists");
                prop_assert_eq!(p.rank, Some(u32::try_from(i + 1).expect("small")));
            }
            // Weighted gaps never increase down the ranking.
            let weighted: Vec<u8> = r.top(usize::MAX).filter_map(|p| p.weighted_gap).collect();
            prop_assert!(weighted.windows(2).all(|w| w[0] >= w[1]));
            // Gaps are exactly the shortfall and bounded by the scale.
            for (p, (c, t, prio)) in r.practices.iter().zip(&rows) {
                let expected = c.zip(*t).map(|(c, t)| t.saturating_sub(c));
                prop_assert_eq!(p.gap, expected);
                prop_assert_eq!(p.weighted_gap, expected.zip(*prio).map(|(g, p)| g * p.weight()));
                prop_assert!(p.weighted_gap.unwrap_or(0) <= 15);
            }
            // The same input always ranks the same way.
            let again = GapReport::of(&assessment(&rows)).expect("report");
            prop_assert_eq!(&again.ranking, &r.ranking);
        }

        #[test]
        fn averages_use_only_known_values(rows in proptest::collection::vec(row(), 1..40)) {
            let r = GapReport::of(&assessment(&rows)).expect("report");
            let currents: Vec<f64> = rows.iter().filter_map(|(c, _, _)| c.map(f64::from)).collect();
            let expected = (!currents.is_empty())
                .then(|| currents.iter().sum::<f64>() / currents.len() as f64);
            prop_assert_eq!(r.overall.average_current, expected);
            for avg in [r.overall.average_current, r.overall.average_target, r.overall.average_gap]
                .into_iter()
                .flatten()
            {
                prop_assert!((0.0..=5.0).contains(&avg));
            }
            // Adding an unscored practice changes no average.
            let mut more = rows.clone();
            more.push((None, None, None));
            let r2 = GapReport::of(&assessment(&more)).expect("report");
            prop_assert_eq!(r2.overall.average_current, r.overall.average_current);
            prop_assert_eq!(r2.overall.average_gap, r.overall.average_gap);
            prop_assert_eq!(r2.overall.average_weighted_gap, r.overall.average_weighted_gap);
            prop_assert_eq!(&r2.ranking, &r.ranking);
            // Group counts add up to the whole.
            let total: u32 = r.groups.iter().map(|g| g.practices).sum();
            prop_assert_eq!(total, r.overall.practices);
        }
    }
}
