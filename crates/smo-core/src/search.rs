//! Finding workshops on the home list: which ones a search matches, and the
//! page of them the list shows.
//!
//! A search is words; a workshop matches when its organisation or title
//! contains every word, in any order, ignoring case and accents ("societe"
//! finds "Société Générale").

use serde::{Deserialize, Serialize};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::WorkshopSummary;

/// A search over organisations and titles, ready to test workshops against.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WorkshopSearch {
    /// The search's words, folded (see [`fold`]); none matches everything.
    words: Vec<String>,
}

impl WorkshopSearch {
    /// The search for what the user typed; blank text matches every workshop.
    pub fn new(text: &str) -> WorkshopSearch {
        WorkshopSearch {
            words: fold(text).split_whitespace().map(str::to_owned).collect(),
        }
    }

    /// Whether this search matches every workshop.
    pub fn is_everything(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether a workshop with this organisation and title is found.
    pub fn matches(&self, organisation: &str, title: &str) -> bool {
        if self.words.is_empty() {
            return true;
        }
        let haystack = fold(&format!("{organisation} {title}"));
        self.words.iter().all(|w| haystack.contains(w.as_str()))
    }
}

/// Lower case, accents removed: how text is compared.
fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Rows the home list shows at first, and adds each time it grows. A
/// consultant's laptop can hold hundreds of workshops; WebKitGTK lays out and
/// paints every row drawn, so the first screen draws this many.
pub const LIST_WINDOW: u32 = 30;

/// One page of the home list: the first workshops a search finds, most
/// recently edited first, and how many there are in all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct WorkshopPage {
    /// Every workshop in the database.
    pub total: u32,
    /// How many the search finds (`total` for an empty search).
    pub matching: u32,
    /// The first of them, at most the number asked for.
    pub workshops: Vec<WorkshopSummary>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_text_matches_everything() {
        for text in ["", "   ", "\t\n"] {
            let search = WorkshopSearch::new(text);
            assert!(search.is_everything());
            assert!(search.matches("Acme", "SMO charter"));
        }
    }

    #[test]
    fn every_word_must_be_found_in_organisation_or_title_in_any_order() {
        let search = WorkshopSearch::new("charter ACME");
        assert!(!search.is_everything());
        assert!(search.matches("Acme Ltd", "SMO charter workshop"));
        assert!(!search.matches("Acme Ltd", "Kick-off"));
        assert!(!search.matches("Globex", "SMO charter"));
        assert!(WorkshopSearch::new("007").matches("Globex", "Review 0071"));
    }

    #[test]
    fn accents_and_case_are_ignored_both_ways() {
        assert!(WorkshopSearch::new("societe generale").matches("Société Générale", "Review"));
        assert!(WorkshopSearch::new("SOCIÉTÉ").matches("Societe Generale", "Review"));
        assert!(WorkshopSearch::new("řezníčková").matches("Dr. Jana Reznickova", ""));
    }
}
