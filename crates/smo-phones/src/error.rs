//! What a phone is told when the server refuses, with a code the page acts
//! on and words it shows.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// Why a request was refused (or the server could not start).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum PhoneErrorCode {
    /// The request's body is not what the API takes.
    BadRequest,
    /// The body is larger than any the API takes.
    TooLarge,
    /// The Host or Origin header names another site.
    WrongSite,
    /// The token was never given by this session.
    UnknownDevice,
    /// The token belongs to a session that has ended.
    SessionEnded,
    /// The join code or the link's secret is wrong.
    WrongCode,
    /// Too many wrong codes: this address (or typed codes) is locked out.
    Locked,
    /// The session has as many devices as it takes.
    TooManyDevices,
    /// Another device holds that name.
    NameHeld,
    /// The device has not said who it is.
    NoName,
    /// The round the vote was meant for has been revealed or replaced.
    RoundClosed,
    /// The server is answering as many requests as it can.
    Busy,
    /// Nothing is served at that address.
    NotFound,
    /// The server could not start.
    CannotStart,
}

impl PhoneErrorCode {
    fn status(self) -> StatusCode {
        match self {
            PhoneErrorCode::BadRequest => StatusCode::BAD_REQUEST,
            PhoneErrorCode::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            PhoneErrorCode::WrongSite | PhoneErrorCode::WrongCode | PhoneErrorCode::NoName => {
                StatusCode::FORBIDDEN
            }
            PhoneErrorCode::UnknownDevice | PhoneErrorCode::SessionEnded => {
                StatusCode::UNAUTHORIZED
            }
            PhoneErrorCode::Locked => StatusCode::TOO_MANY_REQUESTS,
            PhoneErrorCode::TooManyDevices | PhoneErrorCode::Busy => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            PhoneErrorCode::NameHeld | PhoneErrorCode::RoundClosed => StatusCode::CONFLICT,
            PhoneErrorCode::NotFound => StatusCode::NOT_FOUND,
            PhoneErrorCode::CannotStart => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// A refusal: its code and the words for the person holding the phone (or,
/// for [`PhoneErrorCode::CannotStart`], for the facilitator).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[error("{message}")]
pub struct PhoneError {
    /// What went wrong.
    pub code: PhoneErrorCode,
    /// In words.
    pub message: String,
}

impl PhoneError {
    /// A refusal with `code` and `message`.
    pub fn new(code: PhoneErrorCode, message: impl Into<String>) -> PhoneError {
        PhoneError {
            code,
            message: message.into(),
        }
    }

    pub(crate) fn start(message: impl Into<String>) -> PhoneError {
        PhoneError::new(PhoneErrorCode::CannotStart, message)
    }

    pub(crate) fn busy() -> PhoneError {
        PhoneError::new(
            PhoneErrorCode::Busy,
            "The laptop is busy. Your phone will try again in a moment.",
        )
    }
}

impl IntoResponse for PhoneError {
    fn into_response(self) -> Response {
        (self.code.status(), axum::Json(self)).into_response()
    }
}
