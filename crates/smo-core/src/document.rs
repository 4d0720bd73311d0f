//! The documents a workshop is exported as, and when each was last exported:
//! the Export step is done when all three have been.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// One of the documents executives read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Document {
    /// The maturity assessment report.
    Assessment,
    /// The SMO charter.
    Charter,
    /// The improvement roadmap.
    Roadmap,
    /// The quarterly SMO progress report for the steering committee (after
    /// the workshop; not one of the Export step's three).
    Steering,
}

impl Document {
    /// All three, in the order they are usually read.
    pub const ALL: [Document; 4] = [
        Document::Assessment,
        Document::Charter,
        Document::Roadmap,
        Document::Steering,
    ];

    /// The workshop's deliverables: the Export step is done when these are exported.
    pub const DELIVERABLES: [Document; 3] =
        [Document::Assessment, Document::Charter, Document::Roadmap];

    /// The stored name.
    pub const fn key(self) -> &'static str {
        match self {
            Document::Assessment => "assessment",
            Document::Charter => "charter",
            Document::Roadmap => "roadmap",
            Document::Steering => "steering",
        }
    }

    /// The document with the stored name `key`.
    pub fn from_key(key: &str) -> Option<Document> {
        Document::ALL.into_iter().find(|d| d.key() == key)
    }

    /// What the Export step asks for it: "Export the charter".
    pub const fn to_do(self) -> &'static str {
        match self {
            Document::Assessment => "Export the assessment report",
            Document::Charter => "Export the charter",
            Document::Roadmap => "Export the roadmap",
            Document::Steering => "Export the steering report",
        }
    }
}

/// The file format a document is exported in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum DocumentFormat {
    /// A PDF to read and print, as it will look everywhere.
    Pdf,
    /// A Word document (.docx) to edit and restyle.
    Word,
}

impl DocumentFormat {
    /// The file name extension, without the dot.
    pub const fn extension(self) -> &'static str {
        match self {
            DocumentFormat::Pdf => "pdf",
            DocumentFormat::Word => "docx",
        }
    }
}

/// A file name for something exported from a workshop: "Harbourline
/// Logistics – SMO Charter.docx" (the organisation made safe for every file
/// system; left out when blank).
pub fn export_file_name(organisation: &str, title: &str, extension: &str) -> String {
    let org = crate::portable::safe_file_name(organisation);
    if org.is_empty() {
        format!("{title}.{extension}")
    } else {
        format!("{org} – {title}.{extension}")
    }
}

/// When a document of a workshop was last exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DocumentExport {
    /// Which document.
    pub document: Document,
    /// When.
    pub at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_read_back() {
        for d in Document::ALL {
            assert_eq!(Document::from_key(d.key()), Some(d));
            assert_eq!(serde_json::to_value(d).expect("json"), d.key());
        }
        assert_eq!(Document::from_key("minutes"), None);
    }

    #[test]
    fn export_file_names_carry_the_organisation_when_there_is_one() {
        assert_eq!(
            export_file_name(
                "Harbourline/Logistics",
                "SMO Charter",
                DocumentFormat::Word.extension()
            ),
            "Harbourline-Logistics – SMO Charter.docx"
        );
        assert_eq!(export_file_name("  ", "Workbook", "xlsx"), "Workbook.xlsx");
    }
}
