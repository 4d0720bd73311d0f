//! Store round trips for the life after the workshop: re-assessment rounds,
//! KPI tracking, initiative delivery, the improvement register; each in undo
//! and in the workshop file.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use smo_core::delivery::Delivery;
use smo_core::follow_up::{FollowUpView, KpiSettings, KpiSource, BASELINE_NAME};
use smo_core::kpi_tracking::{Direction, Frequency, KpiScale, KpiStatus, Measurement};
use smo_core::register::{Idea, IdeaSource, IdeaStatus};
use smo_core::roadmap::InitiativeStatus;
use smo_core::sample::sample_workshop;
use smo_core::{CurrentStateInput, Level, Workshop};
use smo_store::{Clock, OnConflict, Store, StoreError};

fn stepping_clock() -> Clock {
    let mut now: DateTime<Utc> = Utc
        .with_ymd_and_hms(2026, 3, 10, 9, 0, 0)
        .single()
        .expect("valid time");
    Box::new(move || {
        now += Duration::seconds(5);
        now
    })
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a day")
}

/// The sample as a file of format 3 would hold it: in its baseline round,
/// nothing recorded after the workshop.
fn sample(store: &mut Store) -> Workshop {
    let w = store.create_sample(&sample_workshop()).expect("sample");
    let mut file = store.workshop_file(w.id).expect("file");
    file.workshop.follow_up = None;
    store.delete_workshop(w.id).expect("delete");
    store
        .import_workshop(&file, OnConflict::Fail)
        .expect("import")
}

fn level(n: i64) -> Option<Level> {
    Level::try_from(n).ok()
}

#[test]
fn re_assessing_freezes_the_round_and_starts_every_practice_unrated() {
    let mut store = Store::open_in_memory(stepping_clock()).expect("store");
    let w = sample(&mut store);
    assert_eq!(w.follow_up.live_round.number, 1);
    assert_eq!(w.follow_up.live_round.name, BASELINE_NAME);
    assert_eq!(w.follow_up.live_round.held_on, w.set_up.start_date);
    let before = w.assessment.clone();
    let rated_before = before
        .practices
        .iter()
        .filter(|p| p.current.is_some())
        .count();
    assert!(rated_before > 5, "the sample is scored");

    let w = store
        .reassess(w.id, "Six-month review", day(2026, 9, 15))
        .expect("re-assess");
    assert_eq!(w.follow_up.live_round.number, 2);
    assert_eq!(w.follow_up.rounds.len(), 1);
    let baseline = &w.follow_up.rounds[0];
    assert_eq!(baseline.name, BASELINE_NAME);
    assert_eq!(baseline.practices, before.practices, "frozen as it stood");
    for (now, then) in w.assessment.practices.iter().zip(&before.practices) {
        assert_eq!(now.current, None, "{} is not re-rated yet", now.practice_id);
        assert!(now.evidence.is_empty());
        assert!(now.votes.is_empty());
        assert_eq!(now.target, then.target, "targets stay");
        assert_eq!(now.priority, then.priority);
    }

    // A round just started has nothing to report: the latest levels are the
    // baseline's, and there is no change to show yet.
    let fresh = FollowUpView::of(&w, day(2026, 9, 16));
    assert_eq!(fresh.latest_rated, 1);
    assert!(fresh.since_baseline.is_none());
    assert!(fresh.maturity.iter().any(|m| m.achieved.is_some()));

    // Scoring the new round leaves the baseline alone.
    let first = before.practices[0].practice_id.clone();
    store
        .record_current(
            w.id,
            &first,
            &CurrentStateInput {
                current: level(4),
                confidence: None,
                evidence: "Re-checked".into(),
            },
        )
        .expect("score");
    let w = store.workshop(w.id).expect("read");
    assert_eq!(
        w.follow_up.rounds[0].practices[0].current,
        before.practices[0].current
    );
    let view = FollowUpView::of(&w, day(2026, 9, 16));
    assert_eq!(view.latest_rated, 2, "once anything is re-rated");
    // A practice not yet re-rated keeps its level from the round before.
    let other = &before.practices[1];
    let check = view
        .maturity
        .iter()
        .find(|m| m.practice_id == other.practice_id)
        .expect("in scope");
    assert_eq!(check.achieved, other.current);
    assert_eq!(view.rounds.len(), 2);
    assert_eq!((view.rounds[1].rated, view.rounds[1].live), (1, true));
    assert_eq!(view.trend.len(), 2);
    let since = view.since_baseline.expect("two rounds compare");
    let delta = since
        .deltas
        .iter()
        .find(|d| d.practice_id == first)
        .expect("the practice");
    assert_eq!(delta.after, level(4));

    // A second re-assessment may not be dated before the round it follows.
    let e = store
        .reassess(w.id, "Too early", day(2026, 1, 1))
        .expect_err("before the live round");
    assert!(e.to_string().contains("before the day of"), "{e}");

    // Undo brings the baseline back as the live round, levels and all.
    store.undo(w.id).expect("undo the score");
    let back = store.undo(w.id).expect("undo").expect("a step");
    assert_eq!(back.follow_up.live_round.number, 1);
    assert!(back.follow_up.rounds.is_empty());
    assert_eq!(back.assessment.practices, before.practices);
    let again = store.redo(w.id).expect("redo").expect("a step");
    assert_eq!(again.follow_up.live_round.name, "Six-month review");
}

#[test]
fn an_earlier_round_changes_only_on_purpose_and_renames() {
    let mut store = Store::open_in_memory(stepping_clock()).expect("store");
    let w = sample(&mut store);
    let id = w.assessment.practices[0].practice_id.clone();
    let w = store
        .reassess(w.id, "Review", day(2026, 9, 1))
        .expect("re-assess");
    let w = store
        .correct_round_level(w.id, 1, &id, level(0))
        .expect("correct");
    assert_eq!(w.follow_up.rounds[0].practices[0].current, level(0));
    let w = store
        .rename_round(w.id, 1, "Baseline, March 2026", day(2026, 3, 9))
        .expect("rename");
    assert_eq!(w.follow_up.rounds[0].name, "Baseline, March 2026");
    assert!(matches!(
        store.correct_round_level(w.id, 2, &id, level(1)),
        Err(StoreError::RoundNotFound(2))
    ));
    let e = store
        .rename_round(w.id, 2, "  ", day(2026, 9, 1))
        .expect_err("blank");
    assert!(e.to_string().contains("round's name"), "{e}");
}

#[test]
fn kpis_take_measurements_and_their_tracking_starts_from_the_charters_words() {
    let mut store = Store::open_in_memory(stepping_clock()).expect("store");
    let w = sample(&mut store);
    let kpi = w.charter.kpis[0].clone();
    let view = FollowUpView::of(&w, day(2026, 6, 1));
    assert_eq!(view.kpis.len(), w.charter.kpis.len());
    assert_eq!(view.kpis[0].source, KpiSource::ReadFromCharter);

    let scale = KpiScale::new(40.0, 95.0, "%", Direction::HigherIsBetter).expect("scale");
    let w = store
        .save_kpi_tracking(
            w.id,
            &KpiSettings {
                kpi_id: kpi.id.clone(),
                scale: Some(scale.clone()),
                start: day(2026, 3, 9),
                target_date: Some(day(2027, 3, 9)),
                frequency: Some(Frequency::Monthly),
            },
        )
        .expect("track");
    for (d, v) in [(day(2026, 6, 1), 70.0), (day(2026, 4, 1), 50.0)] {
        store
            .record_measurement(
                w.id,
                &kpi.id,
                &Measurement {
                    date: d,
                    value: v,
                    note: String::new(),
                    by: "Dana".into(),
                },
            )
            .expect("measure");
    }
    let w = store.workshop(w.id).expect("read");
    let tracked = &w.follow_up.kpis[0];
    assert_eq!(tracked.scale.as_ref(), Some(&scale));
    let days: Vec<NaiveDate> = tracked.measurements.iter().map(|m| m.date).collect();
    assert_eq!(
        days,
        [day(2026, 4, 1), day(2026, 6, 1)],
        "kept in date order"
    );

    let view = FollowUpView::of(&w, day(2026, 6, 2));
    let row = &view.kpis[0];
    assert_eq!(row.source, KpiSource::Recorded);
    let standing = row.standing.as_ref().expect("a standing");
    // (70 − 40) / (95 − 40) = 0.545…, a quarter of the year gone: on track.
    assert!((standing.progress.expect("measured") - 30.0 / 55.0).abs() < 1e-9);
    assert_eq!(standing.status, KpiStatus::OnTrack);
    assert_eq!(standing.next_due, day(2026, 7, 1));
    assert!(row.missing.is_empty());

    let w = store.delete_measurement(w.id, &kpi.id, 0).expect("delete");
    assert_eq!(w.follow_up.kpis[0].measurements.len(), 1);
    assert!(matches!(
        store.delete_measurement(w.id, &kpi.id, 5),
        Err(StoreError::PositionOutOfRange { index: 5, len: 1 })
    ));
    assert!(matches!(
        store.record_measurement(
            w.id,
            "no-such-kpi",
            &Measurement {
                date: day(2026, 6, 1),
                value: 1.0,
                note: String::new(),
                by: String::new()
            }
        ),
        Err(StoreError::KpiNotFound(_))
    ));
}

#[test]
fn moving_an_initiative_keeps_its_first_plan_as_the_baseline() {
    let mut store = Store::open_in_memory(stepping_clock()).expect("store");
    let w = sample(&mut store);
    let mut initiative = w
        .roadmap
        .initiatives
        .iter()
        .find(|i| i.start.is_some() && i.end.is_some() && i.status != InitiativeStatus::Done)
        .expect("a dated initiative")
        .clone();
    let planned = (initiative.start, initiative.end);
    let end = initiative.end.expect("an end");
    initiative.end = Some(end + Duration::days(45));
    let w = store.save_initiative(w.id, &initiative).expect("move");
    let d = w.follow_up.delivery_of(&initiative.id);
    assert_eq!((d.baseline_start, d.baseline_end), planned);

    // Moving it again keeps the first plan.
    initiative.end = Some(end + Duration::days(60));
    let w = store
        .save_initiative(w.id, &initiative)
        .expect("move again");
    assert_eq!(
        w.follow_up.delivery_of(&initiative.id).baseline_end,
        planned.1
    );

    // The form cannot rewrite the baseline.
    let w = store
        .save_delivery(
            w.id,
            &initiative.id,
            &Delivery {
                percent: 40,
                actual_start: initiative.start,
                actual_end: None,
                note: "Waiting on the tool".into(),
                baseline_start: None,
                baseline_end: Some(day(2030, 1, 1)),
            },
        )
        .expect("deliver");
    let d = w.follow_up.delivery_of(&initiative.id);
    assert_eq!((d.percent, d.baseline_end), (40, planned.1));
    let view = FollowUpView::of(&w, end + Duration::days(61));
    let row = view
        .deliveries
        .iter()
        .find(|r| r.initiative_id == initiative.id)
        .expect("a row");
    assert_eq!(row.state.slip_days, Some(60));
    assert!(row.state.late);

    let e = store
        .save_delivery(
            w.id,
            &initiative.id,
            &Delivery {
                percent: 140,
                ..Delivery::default()
            },
        )
        .expect_err("over 100");
    assert!(e.to_string().contains("140"), "{e}");
}

fn idea(id: &str) -> Idea {
    Idea {
        id: id.into(),
        raised_on: day(2026, 5, 4),
        raised_by: "Service desk lead".into(),
        description: "Publish a known-error article for every recurring incident".into(),
        source: IdeaSource::IncidentReview,
        practice_id: Some("problem-management".into()),
        expected_benefit: "Fewer repeat calls".into(),
        size: None,
        priority: None,
        status: IdeaStatus::New,
        owner: "Problem manager".into(),
        decision: String::new(),
        initiative_id: None,
    }
}

#[test]
fn an_approved_idea_becomes_an_initiative_in_one_step() {
    let mut store = Store::open_in_memory(stepping_clock()).expect("store");
    let w = sample(&mut store);
    let initiatives = w.roadmap.initiatives.len();
    let mut i = idea("idea-1");
    store.save_idea(w.id, &i).expect("raise");
    i.status = IdeaStatus::Done;
    let e = store
        .save_idea(w.id, &i)
        .expect_err("new cannot jump to done");
    assert!(e.to_string().contains("New"), "{e}");
    assert!(matches!(
        store.promote_idea(w.id, "idea-1", "ini-x"),
        Err(StoreError::Invalid(_))
    ));
    for status in [IdeaStatus::Assessed, IdeaStatus::Approved] {
        i.status = status;
        store.save_idea(w.id, &i).expect("move");
    }
    let w = store
        .promote_idea(w.id, "idea-1", "ini-x")
        .expect("promote");
    assert_eq!(w.roadmap.initiatives.len(), initiatives + 1);
    let made = w.roadmap.initiative("ini-x").expect("the initiative");
    assert_eq!(made.practices, ["problem-management"]);
    let kept = &w.follow_up.ideas[0];
    assert_eq!(kept.status, IdeaStatus::InProgress);
    assert_eq!(kept.initiative_id.as_deref(), Some("ini-x"));
    assert!(store.promote_idea(w.id, "idea-1", "ini-y").is_err(), "once");

    // One undo takes back both the initiative and the link.
    let back = store.undo(w.id).expect("undo").expect("a step");
    assert_eq!(back.roadmap.initiatives.len(), initiatives);
    assert_eq!(back.follow_up.ideas[0].status, IdeaStatus::Approved);
    assert!(matches!(
        store.delete_idea(w.id, "nope"),
        Err(StoreError::IdeaNotFound(_))
    ));
}

#[test]
fn the_follow_up_travels_in_the_workshop_file() {
    let mut store = Store::open_in_memory(stepping_clock()).expect("store");
    let w = sample(&mut store);
    store.save_idea(w.id, &idea("idea-1")).expect("raise");
    let kpi = w.charter.kpis[1].id.clone();
    store
        .record_measurement(
            w.id,
            &kpi,
            &Measurement {
                date: day(2026, 5, 1),
                value: 12.5,
                note: "First month".into(),
                by: "Dana".into(),
            },
        )
        .expect("measure");
    let w = store
        .reassess(w.id, "Six-month review", day(2026, 9, 15))
        .expect("re-assess");
    let bytes = store.export_workshop(w.id).expect("export");
    let file = smo_store::parse_workshop_file(&bytes).expect("parses");
    assert_eq!(file.version, 4);
    let mut other = Store::open_in_memory(stepping_clock()).expect("store");
    let back = other
        .import_workshop(&file, OnConflict::Fail)
        .expect("import");
    assert_eq!(back.follow_up, w.follow_up);
    assert_eq!(back.assessment, w.assessment);
    assert_eq!(
        other.export_workshop(w.id).expect("export"),
        bytes,
        "same bytes"
    );
}

#[test]
fn the_sample_shows_its_life_after_the_workshop_on_first_launch() {
    let mut store = Store::open_in_memory(stepping_clock()).expect("store");
    let w = store.create_sample(&sample_workshop()).expect("sample");
    let f = &w.follow_up;
    assert_eq!(f.live_round.number, 2, "a baseline and a six-month review");
    assert_eq!(f.rounds[0].name, "Baseline, March 2026");
    assert_eq!(f.validate(), Ok(()));
    let view = FollowUpView::of(&w, day(2026, 12, 2));
    let since = view.since_baseline.as_ref().expect("two rounds");
    let improved: Vec<&str> = since
        .most_improved(3)
        .iter()
        .map(|d| d.practice_id.as_str())
        .collect();
    assert!(improved.contains(&"change-enablement"), "{improved:?}");
    let declined = since.most_declined(1);
    assert_eq!(declined[0].practice_id, "knowledge-management");
    let trend: Vec<f64> = view.trend.iter().filter_map(|t| t.overall).collect();
    assert!(trend[1] > trend[0], "the review is better: {trend:?}");

    let status = |id: &str| {
        view.kpis
            .iter()
            .find(|k| k.kpi.id == id)
            .and_then(|k| k.standing.as_ref())
            .map(|s| s.status)
    };
    assert_eq!(status("kpi-change"), Some(KpiStatus::OnTrack));
    assert_eq!(status("kpi-failed"), Some(KpiStatus::AtRisk));
    assert_eq!(status("kpi-fcr"), Some(KpiStatus::OffTrack));
    assert_eq!(status("kpi-report"), None, "its words are not numbers");
    assert!(view.kpis_due >= 2, "October's measurements are overdue");

    let slipped = view
        .deliveries
        .iter()
        .find(|d| d.initiative_id == "ini-change")
        .expect("delivered");
    assert_eq!(slipped.state.slip_days, Some(13));
    assert_eq!(
        view.ideas_by_status.iter().map(|(_, n)| n).sum::<usize>(),
        6
    );
    assert!(view
        .maturity
        .iter()
        .any(|m| m.practice_id == "change-enablement" && m.projected > m.achieved));
}

#[test]
fn the_steering_brief_reports_the_latest_rated_round_while_a_new_one_starts() {
    let mut store = Store::open_in_memory(stepping_clock()).expect("store");
    let w = store.create_sample(&sample_workshop()).expect("sample");
    let w = store
        .reassess(w.id, "Twelve-month review", day(2026, 12, 2))
        .expect("re-assess");
    let brief = smo_core::follow_up::steering_brief(
        &w,
        day(2026, 12, 2),
        smo_core::DateStyle::DayMonthYear,
    );
    // Nothing is re-rated yet: "now" is the six-month review's levels.
    assert!(
        brief.key_messages[0].contains("from 1.2 at “Baseline, March 2026” to 1.4 now"),
        "{:?}",
        brief.key_messages
    );
}
