//! The SMO Workbench domain: what a workshop is, what its parts may hold, and the
//! rules that decide how complete each step of the workshop flow is.
//!
//! This crate is pure. It reads no clock, touches no file, opens no database and
//! knows nothing of Tauri or JSON transport: every function is a computation over
//! its arguments, and the only way one can fail is invalid input, reported as a
//! [`ValidationError`]. Types state their invariants: a [`Level`] cannot be 9, a
//! [`SetUp`] that passed [`SetUp::validate`] has an organisation and a title.
//!
//! With the `ts` feature every type that crosses the app's IPC boundary also
//! derives `ts_rs::TS`, so the UI's TypeScript types are generated from here.

pub mod agenda;
mod assessment;
pub mod brief;
pub mod charter;
pub mod consistency;
mod count;
pub mod dates;
pub mod delivery;
mod document;
pub mod drafts;
pub mod follow_up;
pub mod framework;
mod gap;
pub mod kpi_tracking;
mod labels;
mod level;
pub mod logo;
pub mod portable;
mod progress;
pub mod reassessment;
pub mod register;
pub mod roadmap;
pub mod room;
pub mod sample;
mod search;
mod validation;
mod voting;
mod workshop;

pub use assessment::{
    normalise_scope, Assessment, AssessmentCounts, Confidence, CurrentStateInput, FindingsInput,
    Horizon, PracticeAssessment, Priority, TargetInput, Vote, VoteSpread,
};
pub use count::count;
pub use dates::DateStyle;
pub use document::{export_file_name, Document, DocumentExport, DocumentFormat};
pub use framework::{
    Framework, FrameworkError, FrameworkSummary, Practice, PracticeGroup, ScaleLevel,
};
pub use gap::{GapReport, GapSummary, PracticeGap};
pub use level::Level;
pub use progress::{
    ProgressCounts, Step, StepCount, StepProgress, StepStatus, WorkshopProgress, PROGRESS_RULES,
};
pub use search::{WorkshopPage, WorkshopSearch, LIST_WINDOW};
pub use validation::{Field, Lines, Need, Place, TextProblem, TextRule, ValidationError};
pub use voting::{
    NamedVote, RevealedVotes, RoomVote, RoundRef, RoundState, VoteQuestion, VoteRound, VoterNames,
};
pub use workshop::{
    NewWorkshop, Participant, ParticipantId, ParticipantInput, PracticeChange, SectionCheck, SetUp,
    UndoDepth, Workshop, WorkshopChecks, WorkshopId, WorkshopSummary,
};
