//! How domain values are written as SQLite text, and read back.
//!
//! Dates are `YYYY-MM-DD`; timestamps RFC 3339 UTC with milliseconds, so that
//! comparing the text compares the times; ids are hyphenated UUIDs.

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use uuid::Uuid;

use crate::StoreError;

pub(crate) fn timestamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

pub(crate) fn parse_timestamp(text: &str) -> Result<DateTime<Utc>, StoreError> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| StoreError::Corrupt(format!("timestamp {text:?}: {e}")))
}

pub(crate) fn date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

pub(crate) fn parse_date(text: &str) -> Result<NaiveDate, StoreError> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|e| StoreError::Corrupt(format!("date {text:?}: {e}")))
}

/// A position or count as SQLite stores it; one beyond SQLite's integers is
/// refused, never saturated.
pub(crate) fn sql_int(n: usize, what: &str) -> Result<i64, StoreError> {
    i64::try_from(n)
        .map_err(|_| StoreError::Internal(format!("{what} {n} is beyond what SQLite stores")))
}

/// A non-negative integer read from column `what`, in the type it is used
/// as; a negative or too large value is the database's damage, named.
pub(crate) fn from_sql<T: TryFrom<i64>>(n: i64, what: &str) -> Result<T, StoreError> {
    T::try_from(n).map_err(|_| StoreError::Corrupt(format!("{what} is {n}, which cannot be")))
}

/// `value` as stored JSON. Failing is a defect of this build, not damage.
pub(crate) fn to_json<T: serde::Serialize + ?Sized>(
    value: &T,
    what: &str,
) -> Result<String, StoreError> {
    serde_json::to_string(value)
        .map_err(|e| StoreError::Internal(format!("{what} cannot be written as JSON: {e}")))
}

/// The serde name of a unit enum value (`"higherIsBetter"`), as a column holds it.
pub(crate) fn key<T: serde::Serialize>(value: &T, what: &str) -> Result<String, StoreError> {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => Ok(s),
        _ => Err(StoreError::Internal(format!("{what} has no name to store"))),
    }
}

/// The unit enum value a column names; a name this build does not know is
/// the database's damage, named.
pub(crate) fn from_key<T: serde::de::DeserializeOwned>(
    text: &str,
    what: &str,
) -> Result<T, StoreError> {
    serde_json::from_value(serde_json::Value::String(text.to_owned()))
        .map_err(|_| StoreError::Corrupt(format!("{what} is {text:?}, which cannot be")))
}

pub(crate) fn parse_uuid(text: &str) -> Result<Uuid, StoreError> {
    Uuid::parse_str(text).map_err(|e| StoreError::Corrupt(format!("id {text:?}: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn integers_out_of_range_are_refused_by_name() {
        assert_eq!(from_sql::<u32>(7, "charter_version.number").ok(), Some(7));
        let e = from_sql::<u32>(-1, "charter_version.number").expect_err("negative");
        assert!(
            matches!(&e, StoreError::Corrupt(m) if m == "charter_version.number is -1, which cannot be"),
            "{e}"
        );
        assert!(matches!(
            from_sql::<u32>(i64::MAX, "x"),
            Err(StoreError::Corrupt(_))
        ));
        assert_eq!(sql_int(3, "position").ok(), Some(3));
    }

    #[test]
    fn timestamps_sort_as_text() {
        let a = Utc
            .with_ymd_and_hms(2026, 1, 2, 3, 4, 5)
            .single()
            .expect("valid");
        let b = a + chrono::Duration::milliseconds(7);
        assert_eq!(timestamp(a), "2026-01-02T03:04:05.000Z");
        assert!(timestamp(a) < timestamp(b));
        assert_eq!(parse_timestamp(&timestamp(b)).ok(), Some(b));
    }

    #[test]
    fn bad_text_is_reported_as_corrupt() {
        assert!(matches!(
            parse_date("2026-13-01"),
            Err(StoreError::Corrupt(_))
        ));
        assert!(matches!(parse_uuid("x"), Err(StoreError::Corrupt(_))));
    }
}
