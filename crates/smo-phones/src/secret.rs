//! The session's secrets: the one in the QR code's address, the short code a
//! person types instead, and each device's token.

use std::fmt;

use crate::PhoneError;

/// `N` random bytes from the operating system.
fn random<const N: usize>() -> Result<[u8; N], PhoneError> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes)
        .map_err(|e| PhoneError::start(format!("The system gave no random numbers: {e}")))?;
    Ok(bytes)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Compares without stopping at the first difference, so the time taken
/// says nothing about how much of a guess was right.
pub(crate) fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// 128 random bits, written as 32 hex digits in the QR code's address (after
/// `#`, so the page reads it and no request line or log carries it).
#[derive(Clone, PartialEq, Eq)]
pub struct SessionSecret(String);

impl SessionSecret {
    pub(crate) fn new() -> Result<SessionSecret, PhoneError> {
        Ok(SessionSecret(hex(&random::<16>()?)))
    }

    /// The 32 hex digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for SessionSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SessionSecret(…)")
    }
}

/// Six digits for people who type the address instead of scanning it.
/// Guessing is held back per address and, in total, by [`crate::Registry`].
#[derive(Clone, PartialEq, Eq)]
pub struct JoinCode(String);

impl JoinCode {
    pub(crate) fn new() -> Result<JoinCode, PhoneError> {
        // Rejection sampling: every code from 000000 to 999999 equally likely.
        loop {
            let n = u32::from_le_bytes(random::<4>()?);
            if n < 4_294_000_000 {
                return Ok(JoinCode(format!("{:06}", n % 1_000_000)));
            }
        }
    }

    /// The digits, grouped for reading aloud: "482 913".
    pub fn spoken(&self) -> String {
        format!("{} {}", &self.0[..3], &self.0[3..])
    }

    /// Whether `typed` (spaces and dashes ignored) is this code.
    pub(crate) fn matches(&self, typed: &str) -> bool {
        let digits: String = typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect();
        same(&digits, &self.0)
    }
}

impl fmt::Debug for JoinCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("JoinCode(…)")
    }
}

/// A device's token: the session's tag, a dash and 128 random bits. The tag
/// tells a token from an earlier session (the phone is told the vote it
/// joined has ended) from a token that was never given.
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) struct DeviceToken(String);

impl DeviceToken {
    pub(crate) fn new(session: &SessionTag) -> Result<DeviceToken, PhoneError> {
        Ok(DeviceToken(format!(
            "{}-{}",
            session.0,
            hex(&random::<16>()?)
        )))
    }

    pub(crate) fn parse(s: &str) -> Option<DeviceToken> {
        let (tag, rest) = s.split_once('-')?;
        let hex_digits =
            |t: &str, n: usize| t.len() == n && t.bytes().all(|b| b.is_ascii_hexdigit());
        (hex_digits(tag, 8) && hex_digits(rest, 32)).then(|| DeviceToken(s.to_ascii_lowercase()))
    }

    pub(crate) fn session(&self) -> &str {
        self.0.split_once('-').map_or("", |(tag, _)| tag)
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for DeviceToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DeviceToken(…)")
    }
}

/// Which session a device token belongs to (32 random bits, not a secret).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SessionTag(String);

impl SessionTag {
    pub(crate) fn new() -> Result<SessionTag, PhoneError> {
        Ok(SessionTag(hex(&random::<4>()?)))
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_128_bits_and_differ() {
        let a = SessionSecret::new().expect("random");
        let b = SessionSecret::new().expect("random");
        assert_eq!(a.as_str().len(), 32);
        assert_ne!(a, b);
    }

    #[test]
    fn a_join_code_is_six_digits_typed_any_way() {
        let code = JoinCode::new().expect("random");
        assert_eq!(code.0.len(), 6);
        assert!(code.matches(&code.spoken()));
        assert!(code.matches(&format!("{}-{}", &code.0[..3], &code.0[3..])));
        assert!(!code.matches(&code.0[..5]));
    }

    #[test]
    fn a_token_names_its_session() {
        let tag = SessionTag::new().expect("random");
        let token = DeviceToken::new(&tag).expect("random");
        let parsed = DeviceToken::parse(token.as_str()).expect("parses");
        assert_eq!(parsed.session(), tag.as_str());
        assert!(DeviceToken::parse("nonsense").is_none());
        assert!(DeviceToken::parse("abcdefgh-00").is_none());
    }
}
