//! A maturity level on the 0–5 scale every built-in framework uses.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::ValidationError;

/// A maturity level from 0 (absent) to 5 (optimised). A `Level` outside that
/// range cannot be constructed, deserialized or stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "number"))]
#[serde(try_from = "i64", into = "u8")]
pub struct Level(u8);

impl Level {
    /// The lowest level: the practice is absent.
    pub const MIN: Level = Level(0);
    /// The highest level: the practice is optimised.
    pub const MAX: Level = Level(5);

    /// All levels, lowest first.
    pub fn all() -> impl Iterator<Item = Level> {
        (Self::MIN.0..=Self::MAX.0).map(Level)
    }

    /// The level's number.
    pub const fn value(self) -> u8 {
        self.0
    }

    /// The level's conventional name on the 0–5 scale.
    pub const fn name(self) -> &'static str {
        match self.0 {
            0 => "Absent",
            1 => "Initial",
            2 => "Repeatable",
            3 => "Defined",
            4 => "Managed",
            _ => "Optimised",
        }
    }
}

impl TryFrom<i64> for Level {
    type Error = ValidationError;

    fn try_from(value: i64) -> Result<Self, Self::Error> {
        u8::try_from(value)
            .ok()
            .filter(|v| *v <= Self::MAX.0)
            .map(Level)
            .ok_or(ValidationError::LevelOutOfRange { value })
    }
}

impl From<Level> for u8 {
    fn from(level: Level) -> u8 {
        level.0
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.0, self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn names_follow_the_scale() {
        let names: Vec<_> = Level::all().map(Level::name).collect();
        assert_eq!(
            names,
            [
                "Absent",
                "Initial",
                "Repeatable",
                "Defined",
                "Managed",
                "Optimised"
            ]
        );
    }

    #[test]
    fn nine_is_not_a_level() {
        assert_eq!(
            Level::try_from(9),
            Err(ValidationError::LevelOutOfRange { value: 9 })
        );
        assert!(serde_json::from_str::<Level>("9").is_err());
        assert!(serde_json::from_str::<Level>("-1").is_err());
        assert_eq!(
            serde_json::from_str::<Level>("3").ok(),
            Level::try_from(3).ok()
        );
    }

    proptest! {
        #[test]
        fn construction_accepts_exactly_zero_to_five(v in any::<i64>()) {
            prop_assert_eq!(Level::try_from(v).is_ok(), (0..=5).contains(&v));
        }

        #[test]
        fn json_round_trip(v in 0i64..=5) {
            let level = Level::try_from(v).expect("in range");
            let json = serde_json::to_string(&level).expect("serializes");
            prop_assert_eq!(json.clone(), v.to_string());
            prop_assert_eq!(serde_json::from_str::<Level>(&json).expect("parses"), level);
        }
    }
}
