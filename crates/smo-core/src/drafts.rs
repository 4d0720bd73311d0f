//! First words the app offers where a person must write for executives: a
//! practice's recommendation from the framework's next-level descriptor, and
//! each document's key messages, decisions requested and next steps from
//! what the workshop recorded. Offered, never written without being asked:
//! the facilitator takes a draft, edits it, or writes their own.

use chrono::NaiveDate;

use crate::brief::Brief;
use crate::roadmap::TargetReached;
use crate::{DateStyle, Document, Framework, GapReport, Level, PracticeAssessment, Workshop};

/// A drafted recommendation for one practice.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RecommendationDraft {
    /// The practice.
    pub practice_id: String,
    /// The drafted text.
    pub text: String,
}

/// A first recommendation for every practice in scope that has one.
pub fn recommendations(workshop: &Workshop) -> Vec<RecommendationDraft> {
    let Some(framework) = workshop.assessment.framework.as_ref() else {
        return Vec::new();
    };
    workshop
        .assessment
        .practices
        .iter()
        .filter_map(|p| {
            recommendation(framework, p).map(|text| RecommendationDraft {
                practice_id: p.practice_id.clone(),
                text,
            })
        })
        .collect()
}

/// A first recommendation for `practice`: reach the next level, in the
/// framework's words, then the target. `None` when its levels are not both
/// known or it is already at its target.
pub fn recommendation(framework: &Framework, practice: &PracticeAssessment) -> Option<String> {
    let (current, target) = (practice.current?, practice.target?);
    if current >= target {
        return None;
    }
    let described = framework.practice(&practice.practice_id)?;
    let next = Level::try_from(i64::from(current.value()) + 1).ok()?;
    let name = |l: Level| {
        framework
            .scale
            .iter()
            .find(|s| s.level == l)
            .map_or_else(String::new, |s| format!(" ({})", s.name))
    };
    let mut text = format!(
        "Move from level {}{} to level {}{}: {}",
        current.value(),
        name(current),
        next.value(),
        name(next),
        described.descriptor(next).trim()
    );
    if !text.ends_with('.') {
        text.push('.');
    }
    if target > next {
        text.push_str(&format!(
            " Then work towards the agreed target, level {}{}.",
            target.value(),
            name(target)
        ));
    }
    Some(text)
}

/// A first brief for `document`: key messages, decisions requested and next
/// steps drawn from the workshop as of `today` (the document control is
/// left as it is).
pub fn brief(document: Document, workshop: &Workshop, today: NaiveDate, dates: DateStyle) -> Brief {
    match document {
        Document::Assessment => assessment(workshop),
        Document::Charter => charter(workshop, dates),
        Document::Roadmap => roadmap(workshop, today, dates),
        Document::Steering => crate::follow_up::steering_brief(workshop, today, dates),
    }
}

fn names(list: &[String]) -> String {
    match list {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn assessment(workshop: &Workshop) -> Brief {
    let mut brief = Brief::default();
    let Some(report) = GapReport::of(&workshop.assessment).filter(|r| r.overall.scored > 0) else {
        return brief;
    };
    let o = &report.overall;
    if let (Some(c), Some(t)) = (o.average_current, o.average_target) {
        brief.key_messages.push(format!(
            "Across {} practices, service management stands at {c:.1} of 5 today; the room set a target of {t:.1}.",
            o.scored
        ));
    }
    let top: Vec<String> = report
        .top(3)
        .filter(|g| g.weighted_gap.unwrap_or(0) > 0)
        .map(|g| g.name.clone())
        .collect();
    if !top.is_empty() {
        brief
            .key_messages
            .push(format!("The gaps that matter most are in {}.", names(&top)));
    }
    let shaky: Vec<String> = workshop
        .assessment
        .practices
        .iter()
        .filter(|p| p.confidence == Some(crate::Confidence::Low))
        .filter_map(|p| {
            report
                .practices
                .iter()
                .find(|g| g.practice_id == p.practice_id)
        })
        .map(|g| g.name.clone())
        .collect();
    if !shaky.is_empty() {
        brief.key_messages.push(format!(
            "The room was unsure of {}: check these levels against evidence before acting on them.",
            names(&shaky)
        ));
    }
    brief.decisions.push(format!(
        "Confirm the target levels and priorities of the {} practices assessed.",
        o.scored
    ));
    if !top.is_empty() {
        brief.decisions.push(format!(
            "Agree that closing the gaps in {} comes first.",
            names(&top)
        ));
    }
    brief
        .next_steps
        .push("Draft the SMO's charter and roadmap from these findings.".to_owned());
    brief
}

fn charter(workshop: &Workshop, dates: DateStyle) -> Brief {
    let c = &workshop.charter;
    let mut brief = Brief::default();
    if !c.vision.vision.trim().is_empty() {
        brief.key_messages.push(c.vision.vision.trim().to_owned());
    }
    let forms: Vec<String> = c
        .forms
        .forms
        .iter()
        .map(|f| f.label().to_lowercase())
        .collect();
    if !forms.is_empty() {
        brief
            .key_messages
            .push(format!("The SMO starts as the {}.", names(&forms)));
    }
    if !c.objectives.is_empty() {
        let titles: Vec<String> = c.objectives.iter().map(|o| o.title.clone()).collect();
        brief.key_messages.push(format!(
            "It is measured against {} objectives: {}.",
            titles.len(),
            titles.join("; ")
        ));
    }
    // Nothing to approve while nothing is written.
    if c.purpose.purpose.trim().is_empty() && c.vision.mission.trim().is_empty() {
        return brief;
    }
    brief
        .decisions
        .push("Approve the charter and the SMO's authority as written.".to_owned());
    for r in c.roles.iter().filter(|r| r.to_recruit) {
        brief.decisions.push(match r.allocation {
            Some(a) => format!("Approve recruiting the {} ({a}% of a post).", r.name),
            None => format!("Approve recruiting the {}.", r.name),
        });
    }
    for a in c.approval.approvers.iter().filter(|a| !a.approved) {
        brief
            .next_steps
            .push(format!("{} to review and approve the charter.", a.name));
    }
    let mut comms: Vec<_> = c
        .communications
        .iter()
        .filter(|m| m.start.is_some())
        .collect();
    comms.sort_by_key(|m| m.start);
    if let Some(first) = comms.first() {
        brief.next_steps.push(format!(
            "{} to {}: {} ({}, from {}).",
            first.owner,
            first.audience.to_lowercase(),
            first.message,
            first.channel.to_lowercase(),
            dates.maybe_day(first.start)
        ));
    }
    brief
}

fn roadmap(workshop: &Workshop, today: NaiveDate, dates: DateStyle) -> Brief {
    let r = &workshop.roadmap;
    let mut brief = Brief::default();
    // Nothing to say of a plan without initiatives.
    if r.initiatives.is_empty() {
        return brief;
    }
    let starts = r.initiatives.iter().filter_map(|i| i.start).min();
    let ends = r.initiatives.iter().filter_map(|i| i.end).max();
    if let (Some(s), Some(e)) = (starts, ends) {
        brief.key_messages.push(format!(
            "{} initiatives in {} phases, from {} to {}.",
            r.initiatives.len(),
            r.phases.len(),
            dates.day(s),
            dates.day(e)
        ));
    }
    if let Some(report) = GapReport::of(&workshop.assessment) {
        let projections = r.projections(&report);
        let reached = projections
            .iter()
            .filter(|p| matches!(p.reached, TargetReached::On(_) | TargetReached::Already))
            .count();
        if !projections.is_empty() {
            brief.key_messages.push(format!(
                "When it is done, {reached} of {} practices reach their agreed target.",
                projections.len()
            ));
        }
    }
    let next_milestone = r
        .in_schedule_order()
        .into_iter()
        .filter(|i| i.milestone && i.end.is_some_and(|e| e >= today))
        .min_by_key(|i| i.end);
    if let Some(m) = next_milestone {
        brief.key_messages.push(format!(
            "The next milestone is “{}”, due {}.",
            m.title,
            dates.maybe_day(m.end)
        ));
    }
    // The phase under way (or the first), when it has dates and work.
    let current = r
        .phases
        .iter()
        .filter(|p| p.start.is_some() && p.end.is_some())
        .filter(|p| r.initiatives.iter().any(|i| i.phase == Some(p.kind)))
        .find(|p| p.end.is_some_and(|e| e >= today));
    if let Some(p) = current {
        brief.decisions.push(format!(
            "Approve the {} phase ({} – {}) and the people it needs.",
            p.kind.label().to_lowercase(),
            dates.maybe_day(p.start),
            dates.maybe_day(p.end)
        ));
    }
    let unowned = r
        .initiatives
        .iter()
        .filter(|i| i.owner.trim().is_empty())
        .count();
    if unowned > 0 {
        brief.decisions.push(format!(
            "Name an owner for the {unowned} initiatives without one."
        ));
    }
    let soon = today + chrono::Days::new(120);
    for i in r
        .in_schedule_order()
        .into_iter()
        .filter(|i| i.start.is_some_and(|s| s >= today && s <= soon))
        .take(5)
    {
        let owner = if i.owner.trim().is_empty() {
            "No owner yet".to_owned()
        } else {
            i.owner.clone()
        };
        brief.next_steps.push(format!(
            "{owner}: start “{}” on {}.",
            i.title,
            dates.maybe_day(i.start)
        ));
    }
    brief
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framework::{builtin_framework, DEFAULT_FRAMEWORK_ID};

    #[test]
    fn a_recommendation_reads_the_next_level_then_points_at_the_target() {
        let framework = builtin_framework(DEFAULT_FRAMEWORK_ID).expect("framework");
        let mut p = PracticeAssessment::empty("service-desk");
        assert_eq!(recommendation(framework, &p), None, "not scored");
        p.current = Level::try_from(1).ok();
        p.target = Level::try_from(2).ok();
        let one_step = recommendation(framework, &p).expect("a draft");
        let practice = framework.practice("service-desk").expect("practice");
        let next = practice.descriptor(Level::try_from(2).expect("level"));
        assert!(one_step.starts_with("Move from level 1 (Initial) to level 2 (Repeatable): "));
        assert!(one_step.contains(next.trim_end_matches('.')));
        assert!(!one_step.contains("Then"));
        p.target = Level::try_from(4).ok();
        let further = recommendation(framework, &p).expect("a draft");
        assert!(further.ends_with(" Then work towards the agreed target, level 4 (Managed)."));
        p.current = Level::try_from(4).ok();
        assert_eq!(recommendation(framework, &p), None, "already at its target");
    }

    #[test]
    fn lists_of_names_read_as_english() {
        let n = |l: &[&str]| names(&l.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>());
        assert_eq!(n(&[]), "");
        assert_eq!(n(&["A"]), "A");
        assert_eq!(n(&["A", "B"]), "A and B");
        assert_eq!(n(&["A", "B", "C"]), "A, B and C");
    }
}
