//! How a failure reaches the UI: a stable machine-readable `code` the UI
//! branches on, and a `message` it shows as is. The UI never parses messages.

use serde::Serialize;
use smo_core::{Field, Place};
use smo_store::StoreError;

/// What kind of failure happened; stable across releases and languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum ErrorCode {
    /// The input broke a rule; `field` says which one when it is about a field.
    InvalidInput,
    /// The thing asked for does not exist (any more).
    NotFound,
    /// It already exists (an imported workshop that is already there).
    Conflict,
    /// The database is open read-only; nothing can be changed.
    ReadOnly,
    /// The database was written by a newer version and was not touched.
    NewerDatabase,
    /// The database file is not a database or is damaged.
    DamagedDatabase,
    /// The database could not be read or written (disk full, locked…).
    Storage,
    /// The phones' server could not start on the chosen network address.
    Network,
    /// A failure inside the app itself.
    Internal,
}

/// A failure as the UI receives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS, thiserror::Error)]
#[serde(rename_all = "camelCase")]
#[error("{message}")]
pub struct AppError {
    /// What kind of failure.
    pub code: ErrorCode,
    /// A sentence for the user.
    pub message: String,
    /// The set-up or participant field the failure is about, if any.
    pub field: Option<Field>,
    /// The input in a charter section or the roadmap the failure is about
    /// (its row and name), if any: the UI marks that input.
    pub place: Option<Place>,
}

impl AppError {
    /// A failure of kind `code` that is not about one field or input.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> AppError {
        AppError {
            code,
            message: message.into(),
            field: None,
            place: None,
        }
    }

    /// A failure inside the app (a panicked worker, a lost window…).
    pub fn internal(message: impl Into<String>) -> AppError {
        AppError::new(ErrorCode::Internal, message)
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> AppError {
        if e.is_read_only() {
            return AppError {
                code: ErrorCode::ReadOnly,
                message: "Nothing can be changed: this database was written by a newer version of SMO Workbench and is open read-only.".into(),
                field: None,
                place: None,
            };
        }
        let place = match &e {
            StoreError::Invalid(v) => v.place().cloned(),
            _ => None,
        };
        let (code, field) = match &e {
            StoreError::Invalid(v) => (ErrorCode::InvalidInput, v.field()),
            StoreError::PositionOutOfRange { .. }
            | StoreError::InvalidFramework(_)
            | StoreError::BuiltinFramework(_)
            | StoreError::NotInScope(_)
            | StoreError::BadFile(_) => (ErrorCode::InvalidInput, None),
            StoreError::AlreadyExists { .. } => (ErrorCode::Conflict, None),
            StoreError::WorkshopNotFound(_)
            | StoreError::ParticipantNotFound(_)
            | StoreError::FrameworkNotFound { .. }
            | StoreError::VersionNotFound(_)
            | StoreError::InitiativeNotFound(_)
            | StoreError::RoundNotFound(_)
            | StoreError::KpiNotFound(_)
            | StoreError::IdeaNotFound(_) => (ErrorCode::NotFound, None),
            StoreError::NewerSchema { .. } => (ErrorCode::NewerDatabase, None),
            StoreError::NotADatabase { .. } | StoreError::Corrupt(_) => {
                (ErrorCode::DamagedDatabase, None)
            }
            StoreError::Internal(_) => (ErrorCode::Internal, None),
            StoreError::NoDataDir
            | StoreError::DataDir { .. }
            | StoreError::Migration(_)
            | StoreError::Sqlite(_) => (ErrorCode::Storage, None),
        };
        AppError {
            code,
            message: e.to_string(),
            field,
            place,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use smo_core::ValidationError;

    #[test]
    fn validation_errors_keep_their_field_and_message() {
        let e = AppError::from(StoreError::Invalid(ValidationError::Required {
            field: Field::Organisation,
        }));
        assert_eq!(e.code, ErrorCode::InvalidInput);
        assert_eq!(e.field, Some(Field::Organisation));
        assert_eq!(e.message, "Organisation cannot be empty");
        let json = serde_json::to_value(&e).expect("serializes");
        assert_eq!(json["code"], "invalidInput");
        assert_eq!(json["field"], "organisation");
        assert_eq!(json["place"], serde_json::Value::Null);
    }

    #[test]
    fn an_error_about_a_row_names_the_row_and_the_input() {
        let mut kpi = smo_core::sample::sample_workshop().charter.kpis[0].clone();
        kpi.data_source = "x".repeat(501);
        let id = kpi.id.clone();
        let e = AppError::from(StoreError::Invalid(
            smo_core::charter::CharterUpdate::Kpis(vec![kpi])
                .validate()
                .expect_err("too long"),
        ));
        assert_eq!(e.code, ErrorCode::InvalidInput);
        assert_eq!(e.field, None);
        let json = serde_json::to_value(&e).expect("serializes");
        assert_eq!(json["place"]["row"], serde_json::Value::String(id));
        assert_eq!(json["place"]["input"], "dataSource");
        assert_eq!(
            json["message"],
            "Data source is 501 characters long; at most 500 are allowed"
        );
    }
}
