//! Every input a charter section or the roadmap checks names itself in the
//! error's `Place` with the name the IPC gives it, so the UI can mark it. The
//! test walks the wire JSON of the sample's every section and its roadmap,
//! breaks each text and day in turn, and holds the error's place to the key
//! and row it broke: a renamed field or a place spelled by hand fails here.

use serde::de::DeserializeOwned;
use serde_json::Value;
use smo_core::charter::CharterUpdate;
use smo_core::roadmap::Roadmap;
use smo_core::sample::sample_workshop;
use smo_core::{Place, ValidationError};

/// A value to break: a text (or list of texts), or a day.
struct Leaf {
    pointer: String,
    row: Option<String>,
    input: String,
    day: bool,
}

/// The leaves under `value`: strings and lists of strings, except ids and
/// references to other rows (`…Id`), which have rules of their own.
fn leaves(value: &Value, pointer: &str, row: Option<&str>, out: &mut Vec<Leaf>) {
    let Value::Object(map) = value else { return };
    let row_id = map
        .get("id")
        .or_else(|| map.get("kind"))
        .and_then(Value::as_str)
        .or(row);
    for (key, v) in map {
        let here = format!("{pointer}/{key}");
        if key == "id" || key == "kind" || key == "section" || key.ends_with("Id") {
            continue;
        }
        let leaf = |day| Leaf {
            pointer: here.clone(),
            row: row_id.map(str::to_owned),
            input: key.clone(),
            day,
        };
        match v {
            Value::String(s) => out.push(leaf(
                chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok(),
            )),
            Value::Array(items) if items.iter().all(Value::is_string) => out.push(leaf(false)),
            Value::Array(items) => {
                for (n, item) in items.iter().enumerate() {
                    leaves(item, &format!("{here}/{n}"), row_id, out);
                }
            }
            Value::Object(_) => leaves(v, &here, row_id, out),
            _ => {}
        }
    }
}

/// Breaks each leaf of `value` in turn and checks the place of the error
/// `validate` gives; returns how many inputs were checked.
fn check_every_input<T: DeserializeOwned>(
    what: &str,
    value: &Value,
    validate: impl Fn(&T) -> Result<(), ValidationError>,
) -> usize {
    let mut found = Vec::new();
    leaves(value, "", None, &mut found);
    let mut checked = 0;
    for leaf in found {
        let mut broken = value.clone();
        let target = broken
            .pointer_mut(&leaf.pointer)
            .expect("the leaf is there");
        let long = Value::String("x".repeat(20_001));
        *target = match (&*target, leaf.day) {
            (_, true) => Value::String("1800-01-01".into()),
            (Value::Array(_), _) => Value::Array(vec![long]),
            _ => long,
        };
        // A value the wire does not accept there (an enum's name) never
        // reaches validation.
        let Ok(parsed) = serde_json::from_value::<T>(broken) else {
            continue;
        };
        let error = validate(&parsed).expect_err(&format!(
            "{what}{}: a broken value is refused",
            leaf.pointer
        ));
        assert_eq!(
            error.place(),
            Some(&Place {
                row: leaf.row.clone(),
                input: leaf.input.clone()
            }),
            "{what}{}: the error ({error}) names the input it is about",
            leaf.pointer
        );
        checked += 1;
    }
    checked
}

#[test]
fn every_charter_input_is_named_where_the_wire_names_it() {
    let charter = sample_workshop().charter;
    let mut checked = 0;
    for update in charter.updates() {
        let json = serde_json::to_value(&update).expect("JSON");
        let n = check_every_input::<CharterUpdate>(
            &format!("{}", json["section"]),
            &json,
            CharterUpdate::validate,
        );
        assert!(
            n > 0,
            "the sample's {} has inputs to check",
            json["section"]
        );
        checked += n;
    }
    // Every section's lists hold a row in the sample, so every row input is reached.
    assert!(checked >= 80, "{checked} inputs checked");
}

#[test]
fn every_roadmap_input_is_named_where_the_wire_names_it() {
    let roadmap = sample_workshop().roadmap;
    let json = serde_json::to_value(&roadmap).expect("JSON");
    let checked = check_every_input::<Roadmap>("roadmap", &json, Roadmap::validate);
    assert!(checked >= 10, "{checked} inputs checked");
}

#[test]
fn an_end_before_its_start_is_about_the_end_and_approval_before_submission_about_approval() {
    let mut roadmap = sample_workshop().roadmap;
    let i = &mut roadmap.initiatives[0];
    (i.start, i.end) = (i.end, i.start);
    let e = roadmap.validate().expect_err("end before start");
    assert_eq!(e.to_string(), "The end date is before the start date");
    assert_eq!(e.place().map(|p| p.input.as_str()), Some("end"));
    assert!(matches!(e.cause(), ValidationError::EndBeforeStart { .. }));
    assert_eq!(e.field(), None, "not the engagement's end date");

    let mut approval = sample_workshop().charter.approval;
    approval.submitted = chrono::NaiveDate::from_ymd_opt(2026, 5, 2);
    approval.approved = chrono::NaiveDate::from_ymd_opt(2026, 5, 1);
    let e = CharterUpdate::Approval(approval)
        .validate()
        .expect_err("approved first");
    assert!(matches!(
        e.cause(),
        ValidationError::ApprovedBeforeSubmitted { .. }
    ));
    assert_eq!(e.place().map(|p| p.input.as_str()), Some("approved"));
}
