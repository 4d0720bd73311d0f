//! Golden files for the tests of every persisted or wire format.
//!
//! A golden file is committed JSON: what an old file or database must still
//! read as, or what a reply looks like. [`check`] compares a value with it and
//! names the first difference by its JSON path; with `UPDATE_GOLDEN=1` in the
//! environment it rewrites the file instead (a deliberate format change, to be
//! reviewed in the diff). Inputs that were released (a version-1 workshop
//! file, a database of each schema version) are never rewritten: only what
//! they are expected to read as.
//!
//! [`redacted`] replaces what differs from run to run (random ids, clock
//! times) with stable placeholders, so replies can be compared at all.

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;

/// The environment variable that rewrites golden files.
pub const UPDATE_ENV: &str = "UPDATE_GOLDEN";

/// Compares `actual` with the golden file at `path` (pretty JSON), or rewrites
/// the file when `UPDATE_GOLDEN=1`. Panics naming the first difference.
pub fn check(path: &Path, actual: &Value) {
    let text = serde_json::to_string_pretty(actual).expect("a JSON value serialises") + "\n";
    if std::env::var(UPDATE_ENV).is_ok_and(|v| v == "1") {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).expect("the golden directory can be made");
        }
        std::fs::write(path, text).expect("the golden file can be written");
        return;
    }
    let expected: Value = match std::fs::read_to_string(path) {
        Ok(s) => serde_json::from_str(&s)
            .unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display())),
        Err(e) => panic!(
            "{} cannot be read ({e}); run with {UPDATE_ENV}=1 to write it",
            path.display()
        ),
    };
    if let Some(difference) = first_difference("", &expected, actual) {
        panic!(
            "{} differs at {difference}\n(a deliberate change? run with {UPDATE_ENV}=1 and review the diff)",
            path.display()
        );
    }
}

/// Where `expected` and `actual` first differ, as "path: expected X, got Y".
pub fn first_difference(at: &str, expected: &Value, actual: &Value) -> Option<String> {
    let short = |v: &Value| {
        let s = v.to_string();
        if s.chars().count() > 120 {
            format!("{}…", s.chars().take(119).collect::<String>())
        } else {
            s
        }
    };
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, ev) in e {
                let path = format!("{at}/{k}");
                match a.get(k) {
                    Some(av) => {
                        if let Some(d) = first_difference(&path, ev, av) {
                            return Some(d);
                        }
                    }
                    None => {
                        return Some(format!("{path}: expected {}, but it is missing", short(ev)))
                    }
                }
            }
            a.keys()
                .find(|k| !e.contains_key(*k))
                .map(|k| format!("{at}/{k}: not expected, got {}", short(&a[k])))
        }
        (Value::Array(e), Value::Array(a)) => {
            for (n, (ev, av)) in e.iter().zip(a).enumerate() {
                if let Some(d) = first_difference(&format!("{at}/{n}"), ev, av) {
                    return Some(d);
                }
            }
            (e.len() != a.len())
                .then(|| format!("{at}: expected {} items, got {}", e.len(), a.len()))
        }
        (e, a) if e == a => None,
        (e, a) => Some(format!(
            "{}: expected {}, got {}",
            if at.is_empty() { "/" } else { at },
            short(e),
            short(a)
        )),
    }
}

/// `value` with every UUID replaced by "<id N>" (the same id, the same N, in
/// the order first met) and every RFC 3339 time by "<time>".
pub fn redacted(value: Value) -> Value {
    let mut ids = HashMap::new();
    redact(value, &mut ids)
}

fn redact(value: Value, ids: &mut HashMap<String, usize>) -> Value {
    match value {
        Value::String(s) if is_uuid(&s) => {
            let next = ids.len() + 1;
            Value::String(format!("<id {}>", ids.entry(s).or_insert(next)))
        }
        Value::String(s) if is_time(&s) => Value::String("<time>".into()),
        Value::Array(items) => Value::Array(items.into_iter().map(|v| redact(v, ids)).collect()),
        Value::Object(map) => {
            Value::Object(map.into_iter().map(|(k, v)| (k, redact(v, ids))).collect())
        }
        other => other,
    }
}

fn is_uuid(s: &str) -> bool {
    s.len() == 36
        && s.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_hexdigit(),
        })
}

fn is_time(s: &str) -> bool {
    // 2026-03-09T10:00:00Z, with fractions or an offset.
    let b = s.as_bytes();
    s.len() >= 20
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b'T'
        && b[13] == b':'
        && b[..4].iter().all(u8::is_ascii_digit)
        && (s.ends_with('Z') || s[19..].contains('+') || s[19..].contains('-'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_first_difference_is_named_by_its_path() {
        let expected = json!({"a": {"b": [1, 2, {"c": "x"}]}, "d": true});
        assert_eq!(first_difference("", &expected, &expected), None);
        let renamed = json!({"a": {"b": [1, 2, {"cc": "x"}]}, "d": true});
        assert_eq!(
            first_difference("", &expected, &renamed).as_deref(),
            Some("/a/b/2/c: expected \"x\", but it is missing")
        );
        let longer = json!({"a": {"b": [1, 2, {"c": "x"}, 4]}, "d": true});
        assert_eq!(
            first_difference("", &expected, &longer).as_deref(),
            Some("/a/b: expected 3 items, got 4")
        );
    }

    #[test]
    fn ids_and_times_are_redacted_consistently() {
        let id = "0f1e2d3c-4b5a-4968-8776-655443322110";
        let value = json!({"id": id, "of": [id, "2026-03-09T10:00:00.123Z"], "day": "2026-03-09"});
        assert_eq!(
            redacted(value),
            json!({"id": "<id 1>", "of": ["<id 1>", "<time>"], "day": "2026-03-09"})
        );
    }
}
