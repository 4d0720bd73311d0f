//! How a calendar day is written and read, everywhere: in the app's fields and
//! lists and in the exported documents. One rule, [`DateStyle`], picked once
//! from the user's locale: "9 Mar 2026" (day first, most of the world) or
//! "Mar 9, 2026" (month first, as in the United States). The month is always
//! a word, so a day is never ambiguous, whichever style a reader expects.
//!
//! The UI implements the same rule in TypeScript (`ui/src/lib/format.ts`);
//! both are held to the examples in `tests/fixtures/day-formats.json`.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

const FULL_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The order of day and month when a day is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum DateStyle {
    /// "9 Mar 2026".
    #[default]
    DayMonthYear,
    /// "Mar 9, 2026".
    MonthDayYear,
}

/// Regions that write the month first (CLDR's medium date pattern).
const MONTH_FIRST_REGIONS: [&str; 9] = ["US", "PH", "PR", "GU", "AS", "MP", "UM", "VI", "FM"];

impl DateStyle {
    /// The style of a locale name as the environment (`en_US.UTF-8`) or a
    /// browser (`en-US`) gives it: month first for the regions that write it
    /// so, day first for every other locale and for none (`C`, `POSIX`, "").
    pub fn of_locale(locale: &str) -> DateStyle {
        let name = locale.split(['.', '@']).next().unwrap_or_default();
        let region = name.split(['_', '-']).nth(1).unwrap_or_default();
        if MONTH_FIRST_REGIONS
            .iter()
            .any(|r| r.eq_ignore_ascii_case(region))
        {
            DateStyle::MonthDayYear
        } else {
            DateStyle::DayMonthYear
        }
    }

    /// The style of the user's environment: the first of `LC_ALL`, `LC_TIME`
    /// and `LANG` that is set and not empty, read through `var`.
    pub fn of_environment(var: impl Fn(&str) -> Option<String>) -> DateStyle {
        ["LC_ALL", "LC_TIME", "LANG"]
            .into_iter()
            .find_map(|name| var(name).filter(|v| !v.is_empty()))
            .map_or_else(DateStyle::default, |locale| DateStyle::of_locale(&locale))
    }

    /// "9 Mar 2026" or "Mar 9, 2026".
    pub fn day(self, d: NaiveDate) -> String {
        let month = MONTHS[d.month0() as usize];
        match self {
            DateStyle::DayMonthYear => format!("{} {month} {}", d.day(), d.year()),
            DateStyle::MonthDayYear => format!("{month} {}, {}", d.day(), d.year()),
        }
    }

    /// A day, or "–" when there is none.
    pub fn maybe_day(self, d: Option<NaiveDate>) -> String {
        d.map_or_else(|| "–".to_owned(), |d| self.day(d))
    }

    /// Two days, "9 Mar 2026 – 10 Mar 2026", or one when both are the same.
    pub fn range(self, start: NaiveDate, end: Option<NaiveDate>) -> String {
        match end {
            Some(e) if e != start => format!("{} – {}", self.day(start), self.day(e)),
            _ => self.day(start),
        }
    }

    /// "Mar 2026": a month on a time axis.
    pub fn month(self, d: NaiveDate) -> String {
        format!("{} {}", MONTHS[d.month0() as usize], d.year())
    }

    /// Reads a day as people type it: "9 Mar 2026", "9 March 2026",
    /// "Mar 9, 2026", "2026-03-09", or digits in this style's order
    /// ("9/3/2026", "9.3.2026" day first; "3/9/2026" month first). The year
    /// has four digits. `None` when it is not a real day.
    pub fn parse(self, text: &str) -> Option<NaiveDate> {
        let text = text.trim();
        let words: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | '/' | '.' | '-'))
            .filter(|w| !w.is_empty())
            .collect();
        let [a, b, c] = words.as_slice() else {
            return None;
        };
        let number = |w: &str| -> Option<u32> {
            (w.chars().all(|c| c.is_ascii_digit()) && w.len() <= 4)
                .then(|| w.parse().ok())
                .flatten()
        };
        let year = |w: &str| (w.len() == 4).then(|| number(w)).flatten();
        let month = |w: &str| -> Option<u32> {
            let w = w.to_ascii_lowercase();
            (w.len() >= 3)
                .then(|| {
                    FULL_MONTHS
                        .iter()
                        .position(|m| m.to_ascii_lowercase().starts_with(&w))
                })
                .flatten()
                .map(|i| i as u32 + 1)
        };
        let (y, m, d) = if let Some(y) = year(a) {
            // ISO order: 2026-03-09.
            (y, number(b)?, number(c)?)
        } else if let Some(m) = month(a) {
            (year(c)?, m, number(b)?)
        } else if let Some(m) = month(b) {
            (year(c)?, m, number(a)?)
        } else {
            let (first, second) = (number(a)?, number(b)?);
            match self {
                DateStyle::DayMonthYear => (year(c)?, second, first),
                DateStyle::MonthDayYear => (year(c)?, first, second),
            }
        };
        NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn the_style_follows_the_region_of_the_locale() {
        for (locale, style) in [
            ("en_US.UTF-8", DateStyle::MonthDayYear),
            ("en-US", DateStyle::MonthDayYear),
            ("es_PH", DateStyle::MonthDayYear),
            ("en_GB.UTF-8", DateStyle::DayMonthYear),
            ("de_DE@euro", DateStyle::DayMonthYear),
            ("fr-CA", DateStyle::DayMonthYear),
            ("C", DateStyle::DayMonthYear),
            ("C.UTF-8", DateStyle::DayMonthYear),
            ("", DateStyle::DayMonthYear),
        ] {
            assert_eq!(DateStyle::of_locale(locale), style, "{locale}");
        }
    }

    #[test]
    fn the_environment_is_read_as_the_c_library_does() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert_eq!(
            DateStyle::of_environment(env(&[("LANG", "en_US.UTF-8")])),
            DateStyle::MonthDayYear
        );
        assert_eq!(
            DateStyle::of_environment(env(&[("LANG", "en_US.UTF-8"), ("LC_TIME", "en_GB.UTF-8")])),
            DateStyle::DayMonthYear
        );
        assert_eq!(
            DateStyle::of_environment(env(&[("LC_ALL", ""), ("LC_TIME", "en_US")])),
            DateStyle::MonthDayYear
        );
        assert_eq!(DateStyle::of_environment(env(&[])), DateStyle::DayMonthYear);
    }

    #[test]
    fn a_written_day_reads_back_as_itself() {
        for style in [DateStyle::DayMonthYear, DateStyle::MonthDayYear] {
            let mut d = date(2024, 1, 1);
            while d < date(2026, 1, 1) {
                assert_eq!(style.parse(&style.day(d)), Some(d), "{style:?} {d}");
                d = d.succ_opt().expect("next day");
            }
        }
    }

    /// The examples the UI's TypeScript is held to as well.
    #[test]
    fn the_shared_examples_hold() {
        #[derive(Deserialize)]
        struct Example {
            style: DateStyle,
            day: NaiveDate,
            written: String,
            #[serde(default)]
            reads: Vec<String>,
        }
        let examples: Vec<Example> =
            serde_json::from_str(include_str!("../../../tests/fixtures/day-formats.json"))
                .expect("the examples parse");
        assert!(examples.len() >= 6);
        for e in examples {
            assert_eq!(e.style.day(e.day), e.written);
            for text in std::iter::once(&e.written).chain(&e.reads) {
                assert_eq!(
                    e.style.parse(text),
                    Some(e.day),
                    "{:?} reads {text:?}",
                    e.style
                );
            }
        }
    }

    #[test]
    fn what_is_not_a_day_is_refused() {
        let s = DateStyle::DayMonthYear;
        for text in [
            "",
            "31 Feb 2026",
            "9 Mar 26",
            "Ma 9 2026",
            "9 3",
            "2026-13-01",
            "hello",
        ] {
            assert_eq!(s.parse(text), None, "{text}");
        }
    }
}
