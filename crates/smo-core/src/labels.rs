//! The words people read for every choice the app offers, declared once:
//! [`labels!`] gives a type its `ALL` (every value, in the order shown) and
//! `label()`. The PDFs use them, and the UI gets them generated
//! (`ui/src/lib/generated/labels.ts`), so a screen, a document and a file
//! never name the same value differently.

/// Declares a type's values in the order shown and the words for each; for a
/// type with more than one way of saying a value, a second name and table.
macro_rules! labels {
    ($ty:ident { $($variant:ident => $label:literal),+ $(,)? }) => {
        impl $ty {
            /// Every value, in the order shown.
            pub const ALL: [$ty; [$(stringify!($variant)),+].len()] = [$($ty::$variant),+];

            /// The words people read for the value.
            pub const fn label(self) -> &'static str {
                match self {
                    $($ty::$variant => $label),+
                }
            }
        }
    };
}

use crate::brief::{Classification, DocumentStatus};
use crate::charter::{ApprovalStatus, AuthorityLevel, ImprovementStatus, Rating, SmoForm};
use crate::roadmap::{Effort, InitiativeStatus, PhaseKind};
use crate::{Confidence, DocumentFormat, Priority, VoteQuestion};

labels!(Confidence { Low => "Low", Medium => "Medium", High => "High" });
labels!(Priority { High => "High", Medium => "Medium", Low => "Low" });
labels!(Rating { High => "High", Medium => "Medium", Low => "Low" });
labels!(PhaseKind {
    QuickWins => "Quick wins",
    Foundation => "Foundation",
    Expansion => "Expansion",
    Optimisation => "Optimisation",
});
labels!(InitiativeStatus {
    Planned => "Planned",
    InProgress => "In progress",
    Done => "Done",
    OnHold => "On hold",
});
labels!(Effort {
    Small => "S · weeks",
    Medium => "M · months",
    Large => "L · a programme",
});
labels!(ImprovementStatus {
    Proposed => "Proposed",
    Approved => "Approved",
    InProgress => "In progress",
    Done => "Done",
    Rejected => "Rejected",
});
labels!(VoteQuestion { Current => "Current level", Target => "Target level" });
labels!(DocumentFormat { Pdf => "PDF", Word => "Word" });
labels!(DocumentStatus { Draft => "Draft", Final => "Final" });
labels!(Classification {
    Public => "Public",
    Internal => "Internal",
    ConfidentialClient => "Confidential — client",
    Restricted => "Restricted",
});
labels!(ApprovalStatus { Draft => "Draft", InReview => "In review", Approved => "Approved" });
labels!(AuthorityLevel {
    Advisory => "Advisory",
    Coordinating => "Coordinating",
    Directive => "Directive",
});
labels!(SmoForm {
    ServiceManagementForBusinessUnits => "Service management for the business units",
    CoordinationPoint => "Coordination point",
    ProcessOwners => "Group of process owners",
    CatalogueAndServiceLevels => "Owner of the catalogue and service levels",
    ToolOwner => "Owner of the service management tools",
    ServiceDesk => "Organisation-wide service desk",
    PolicyAndTraining => "Policy and training unit",
});

impl Effort {
    /// The size alone, for a narrow column: "S", "M" or "L".
    pub const fn code(self) -> &'static str {
        match self {
            Effort::Small => "S",
            Effort::Medium => "M",
            Effort::Large => "L",
        }
    }
}

impl AuthorityLevel {
    /// What the level means, in one sentence.
    pub const fn meaning(self) -> &'static str {
        match self {
            AuthorityLevel::Advisory => "The SMO advises; others decide.",
            AuthorityLevel::Coordinating => {
                "The SMO coordinates and escalates; decisions are shared."
            }
            AuthorityLevel::Directive => "The SMO sets standards others must follow.",
        }
    }
}
