//! The TypeScript mirror of every type that crosses IPC, generated from the
//! Rust types with ts-rs into `ui/src/lib/generated/ipc-types.ts`.
//!
//! `cargo test` fails when the committed file differs from what the Rust types
//! generate; run `UPDATE_IPC_TYPES=1 cargo test -p smo-workbench ipc_types` to
//! rewrite it.

use ts_rs::{Config, TS};

/// The generated file, relative to the workspace root.
pub const GENERATED_PATH: &str = "ui/src/lib/generated/ipc-types.ts";

/// The whole generated file's text.
pub fn typescript() -> String {
    let cfg = Config::default();
    let decls = [
        smo_core::Field::decl(&cfg),
        smo_core::Place::decl(&cfg),
        smo_core::DateStyle::decl(&cfg),
        smo_core::Step::decl(&cfg),
        smo_core::StepStatus::decl(&cfg),
        smo_core::StepProgress::decl(&cfg),
        smo_core::WorkshopProgress::decl(&cfg),
        smo_core::StepCount::decl(&cfg),
        smo_core::ProgressCounts::decl(&cfg),
        smo_core::PracticeChange::decl(&cfg),
        smo_core::WorkshopId::decl(&cfg),
        smo_core::ParticipantId::decl(&cfg),
        smo_core::NewWorkshop::decl(&cfg),
        smo_core::SetUp::decl(&cfg),
        smo_core::ParticipantInput::decl(&cfg),
        smo_core::Participant::decl(&cfg),
        smo_core::Level::decl(&cfg),
        smo_core::Horizon::decl(&cfg),
        smo_core::ScaleLevel::decl(&cfg),
        smo_core::PracticeGroup::decl(&cfg),
        smo_core::Practice::decl(&cfg),
        smo_core::Framework::decl(&cfg),
        smo_core::FrameworkSummary::decl(&cfg),
        smo_core::Confidence::decl(&cfg),
        smo_core::Priority::decl(&cfg),
        smo_core::Vote::decl(&cfg),
        smo_core::VoteSpread::decl(&cfg),
        smo_core::CurrentStateInput::decl(&cfg),
        smo_core::TargetInput::decl(&cfg),
        smo_core::PracticeAssessment::decl(&cfg),
        smo_core::Assessment::decl(&cfg),
        smo_core::PracticeGap::decl(&cfg),
        smo_core::GapSummary::decl(&cfg),
        smo_core::GapReport::decl(&cfg),
        crate::Zoom::decl(&cfg),
        crate::ChartSpace::decl(&cfg),
        crate::GapCharts::decl(&cfg),
        crate::GapAnalysis::decl(&cfg),
        smo_core::charter::VisionCheck::decl(&cfg),
        smo_core::charter::SmoForm::decl(&cfg),
        smo_core::charter::Rating::decl(&cfg),
        smo_core::charter::AuthorityLevel::decl(&cfg),
        smo_core::charter::ImprovementStatus::decl(&cfg),
        smo_core::charter::ApprovalStatus::decl(&cfg),
        smo_core::charter::CharterSection::decl(&cfg),
        smo_core::charter::VisionMission::decl(&cfg),
        smo_core::charter::PurposeSection::decl(&cfg),
        smo_core::charter::ScopeSection::decl(&cfg),
        smo_core::charter::FormsSection::decl(&cfg),
        smo_core::charter::Objective::decl(&cfg),
        smo_core::charter::Stakeholder::decl(&cfg),
        smo_core::charter::Role::decl(&cfg),
        smo_core::charter::RaciRow::decl(&cfg),
        smo_core::charter::RaciCell::decl(&cfg),
        smo_core::charter::AuthoritySection::decl(&cfg),
        smo_core::charter::DecisionRight::decl(&cfg),
        smo_core::charter::GovernanceBody::decl(&cfg),
        smo_core::charter::Kpi::decl(&cfg),
        smo_core::charter::Report::decl(&cfg),
        smo_core::charter::Communication::decl(&cfg),
        smo_core::charter::ImprovementSection::decl(&cfg),
        smo_core::charter::Improvement::decl(&cfg),
        smo_core::charter::Risk::decl(&cfg),
        smo_core::charter::ApprovalSection::decl(&cfg),
        smo_core::charter::Approver::decl(&cfg),
        smo_core::charter::Charter::decl(&cfg),
        smo_core::charter::CharterUpdate::decl(&cfg),
        smo_core::charter::RaciIssue::decl(&cfg),
        smo_core::charter::CharterVersion::decl(&cfg),
        smo_core::charter::CharterVersionSummary::decl(&cfg),
        smo_core::roadmap::Effort::decl(&cfg),
        smo_core::roadmap::InitiativeStatus::decl(&cfg),
        smo_core::roadmap::PhaseKind::decl(&cfg),
        smo_core::roadmap::Phase::decl(&cfg),
        smo_core::roadmap::Initiative::decl(&cfg),
        smo_core::roadmap::Roadmap::decl(&cfg),
        smo_core::roadmap::RoadmapIssue::decl(&cfg),
        smo_core::roadmap::Bucket::decl(&cfg),
        smo_core::roadmap::TargetReached::decl(&cfg),
        smo_core::roadmap::Projection::decl(&cfg),
        crate::BoardEntry::decl(&cfg),
        crate::RoadmapView::decl(&cfg),
        smo_core::Document::decl(&cfg),
        smo_core::DocumentExport::decl(&cfg),
        crate::PaperSize::decl(&cfg),
        crate::ExportProgress::decl(&cfg),
        crate::ExportedFile::decl(&cfg),
        crate::ImportOutcome::decl(&cfg),
        crate::ConflictChoice::decl(&cfg),
        smo_core::UndoDepth::decl(&cfg),
        smo_core::SectionCheck::decl(&cfg),
        smo_core::WorkshopChecks::decl(&cfg),
        smo_core::Workshop::decl(&cfg),
        smo_core::WorkshopSummary::decl(&cfg),
        smo_core::WorkshopPage::decl(&cfg),
        crate::ErrorCode::decl(&cfg),
        crate::AppError::decl(&cfg),
        crate::Recovery::decl(&cfg),
        crate::BackupSummary::decl(&cfg),
        crate::AppStatus::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from the Rust types by src-tauri/src/ipc_types.rs. Do not edit:\n\
         // run `UPDATE_IPC_TYPES=1 cargo test -p smo-workbench ipc_types` instead.\n",
    );
    for decl in decls {
        out.push('\n');
        out.push_str("export ");
        out.push_str(&decl);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    #[test]
    fn ipc_types_file_is_up_to_date() {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join(super::GENERATED_PATH);
        let expected = super::typescript();
        if std::env::var_os("UPDATE_IPC_TYPES").is_some() {
            std::fs::create_dir_all(path.parent().expect("has a parent")).expect("mkdir");
            std::fs::write(&path, &expected).expect("write generated types");
        }
        let actual = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            actual == expected,
            "{} is stale: run `UPDATE_IPC_TYPES=1 cargo test -p smo-workbench ipc_types`",
            super::GENERATED_PATH
        );
    }
}
