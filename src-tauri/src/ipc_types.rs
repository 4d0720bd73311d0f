//! The TypeScript mirror of every type that crosses IPC, generated from the
//! Rust types with ts-rs into `ui/src/lib/generated/ipc-types.ts`, and the
//! words for every choice (smo-core's `label()`s) into
//! `ui/src/lib/generated/labels.ts`, each a `Record` over the generated type,
//! so a value missing from a type's `ALL` fails the UI's type-check.
//!
//! `cargo test` fails when a committed file differs from what the Rust types
//! generate; run `UPDATE_IPC_TYPES=1 cargo test -p smo-workbench ipc_types` to
//! rewrite them.

use ts_rs::{Config, TS};

/// The generated types, relative to the workspace root.
pub const GENERATED_PATH: &str = "ui/src/lib/generated/ipc-types.ts";

/// The generated labels, relative to the workspace root.
pub const LABELS_PATH: &str = "ui/src/lib/generated/labels.ts";

/// `const NAME: Record<Type, string>` from every value in `all` and its words.
fn record<T: serde::Serialize + Copy, W: AsRef<str>>(
    name: &str,
    doc: &str,
    all: &[T],
    words: fn(T) -> W,
) -> String {
    let ty = std::any::type_name::<T>()
        .rsplit("::")
        .next()
        .unwrap_or_default();
    let mut out = format!("\n/** {doc} */\nexport const {name}: Record<{ty}, string> = {{\n");
    for value in all {
        let key = serde_json::to_value(value)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_else(|| panic!("{ty}'s values serialise as strings"));
        let text = serde_json::to_string(words(*value).as_ref()).unwrap_or_default();
        out.push_str(&format!("  {key}: {text},\n"));
    }
    out.push_str("};\n");
    out
}

/// The whole generated labels file's text.
pub fn labels() -> String {
    use smo_core::brief::{Classification, DocumentStatus};
    use smo_core::charter::{ApprovalStatus, AuthorityLevel, ImprovementStatus, Rating, SmoForm};
    use smo_core::kpi_tracking::{Direction, Frequency, KpiStatus};
    use smo_core::register::{IdeaSource, IdeaStatus};
    use smo_core::roadmap::{Effort, InitiativeStatus, PhaseKind};
    use smo_core::{Confidence, DocumentFormat, Priority, VoteQuestion};
    let tables = [
        record(
            "CONFIDENCE_LABEL",
            "How sure the room is.",
            &Confidence::ALL,
            Confidence::label,
        ),
        record(
            "PRIORITY_LABEL",
            "How much a gap matters.",
            &Priority::ALL,
            Priority::label,
        ),
        record(
            "RATING_LABEL",
            "High, medium or low (influence, likelihood, impact).",
            &Rating::ALL,
            Rating::label,
        ),
        record(
            "PHASE_LABEL",
            "The roadmap's phases, in order.",
            &PhaseKind::ALL,
            PhaseKind::label,
        ),
        record(
            "STATUS_LABEL",
            "Where an initiative stands.",
            &InitiativeStatus::ALL,
            InitiativeStatus::label,
        ),
        record(
            "EFFORT_LABEL",
            "How big an initiative is, with what the size means.",
            &Effort::ALL,
            Effort::label,
        ),
        record(
            "EFFORT_CODE",
            "How big an initiative is, in a letter.",
            &Effort::ALL,
            Effort::code,
        ),
        record(
            "IMPROVEMENT_STATUS_LABEL",
            "Where an improvement in the register stands.",
            &ImprovementStatus::ALL,
            ImprovementStatus::label,
        ),
        record(
            "DIRECTION_LABEL",
            "Which way a KPI gets better.",
            &Direction::ALL,
            Direction::label,
        ),
        record(
            "FREQUENCY_LABEL",
            "How often a KPI is measured.",
            &Frequency::ALL,
            Frequency::label,
        ),
        record(
            "KPI_STATUS_LABEL",
            "Whether a KPI is where it should be by now.",
            &KpiStatus::ALL,
            KpiStatus::label,
        ),
        record(
            "IDEA_STATUS_LABEL",
            "Where an idea in the improvement register stands.",
            &IdeaStatus::ALL,
            IdeaStatus::label,
        ),
        record(
            "IDEA_SOURCE_LABEL",
            "What raised an idea.",
            &IdeaSource::ALL,
            IdeaSource::label,
        ),
        record(
            "APPROVAL_STATUS_LABEL",
            "Where the charter's approval stands.",
            &ApprovalStatus::ALL,
            ApprovalStatus::label,
        ),
        record(
            "AUTHORITY_LABEL",
            "The SMO's level of authority.",
            &AuthorityLevel::ALL,
            AuthorityLevel::label,
        ),
        record(
            "AUTHORITY_MEANING",
            "What each level of authority means.",
            &AuthorityLevel::ALL,
            AuthorityLevel::meaning,
        ),
        record(
            "DOCUMENT_STATUS_LABEL",
            "Whether a document is a draft or final.",
            &DocumentStatus::ALL,
            DocumentStatus::label,
        ),
        record(
            "QUESTION_LABEL",
            "What a vote round asks.",
            &VoteQuestion::ALL,
            VoteQuestion::label,
        ),
        record(
            "DOCUMENT_FORMAT_LABEL",
            "The formats a document is exported in.",
            &DocumentFormat::ALL,
            DocumentFormat::label,
        ),
        record(
            "CLASSIFICATION_LABEL",
            "Who may read a document.",
            &Classification::ALL,
            Classification::label,
        ),
        record(
            "MENU_TITLE",
            "The menu bar's commands, as the menus name them.",
            &crate::MenuCommand::ALL,
            crate::MenuCommand::title,
        ),
        record(
            "MENU_SHORTCUT",
            "The menu bar's keys (\"\" where a command has none).",
            &crate::MenuCommand::ALL,
            crate::MenuCommand::shortcut,
        ),
        record(
            "FORM_LABEL",
            "The forms an SMO can take, in the order the seed article lists them.",
            &SmoForm::ALL,
            SmoForm::label,
        ),
    ];
    let mut out = String::from(
        "// Generated from smo-core's labels by src-tauri/src/ipc_types.rs. Do not edit:\n\
         // run `UPDATE_IPC_TYPES=1 cargo test -p smo-workbench ipc_types` instead.\n\
         import type {\n  ApprovalStatus,\n  AuthorityLevel,\n  Classification,\n  Confidence,\n  Direction,\n  DocumentFormat,\n  DocumentStatus,\n  \
         Effort,\n  Frequency,\n  IdeaSource,\n  IdeaStatus,\n  ImprovementStatus,\n  InitiativeStatus,\n  KpiStatus,\n  MenuCommand,\n  PhaseKind,\n  Priority,\n  Rating,\n  SmoForm,\n  VoteQuestion,\n} from \"./ipc-types\";\n",
    );
    for table in tables {
        out.push_str(&table);
    }
    // The register's rule of which status may follow which (IdeaStatus::next).
    out.push_str(
        "\n/** The statuses an idea may move to from each (smo-core's IdeaStatus::next). */\n\
         export const IDEA_STATUS_NEXT: Record<IdeaStatus, IdeaStatus[]> = {\n",
    );
    for status in IdeaStatus::ALL {
        let name = |s: IdeaStatus| serde_json::to_string(&s).unwrap_or_default();
        let next: Vec<String> = status.next().iter().map(|s| name(*s)).collect();
        out.push_str(&format!(
            "  {}: [{}],\n",
            name(status).trim_matches('"'),
            next.join(", ")
        ));
    }
    out.push_str("};\n");
    out
}

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
        smo_core::VoteQuestion::decl(&cfg),
        smo_core::RoundState::decl(&cfg),
        smo_core::VoteRound::decl(&cfg),
        smo_core::RoundRef::decl(&cfg),
        smo_core::VoterNames::decl(&cfg),
        smo_core::NamedVote::decl(&cfg),
        smo_core::RevealedVotes::decl(&cfg),
        smo_core::RoomVote::decl(&cfg),
        smo_core::room::LevelOnScreen::decl(&cfg),
        smo_core::room::EarlierRound::decl(&cfg),
        smo_core::room::PracticeOnScreen::decl(&cfg),
        smo_core::CurrentStateInput::decl(&cfg),
        smo_core::TargetInput::decl(&cfg),
        smo_core::FindingsInput::decl(&cfg),
        smo_core::PracticeAssessment::decl(&cfg),
        smo_core::brief::DocumentStatus::decl(&cfg),
        smo_core::brief::Classification::decl(&cfg),
        smo_core::brief::DocumentControl::decl(&cfg),
        smo_core::brief::Brief::decl(&cfg),
        smo_core::brief::Briefs::decl(&cfg),
        smo_core::logo::LogoSize::decl(&cfg),
        smo_core::drafts::RecommendationDraft::decl(&cfg),
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
        smo_core::kpi_tracking::Direction::decl(&cfg),
        smo_core::kpi_tracking::Frequency::decl(&cfg),
        smo_core::kpi_tracking::KpiScale::decl(&cfg),
        smo_core::kpi_tracking::Measurement::decl(&cfg),
        smo_core::kpi_tracking::KpiStatus::decl(&cfg),
        smo_core::kpi_tracking::KpiStanding::decl(&cfg),
        smo_core::reassessment::LevelDelta::decl(&cfg),
        smo_core::reassessment::RoundComparison::decl(&cfg),
        smo_core::reassessment::TrendPoint::decl(&cfg),
        smo_core::register::IdeaStatus::decl(&cfg),
        smo_core::register::IdeaSource::decl(&cfg),
        smo_core::register::Idea::decl(&cfg),
        smo_core::delivery::Delivery::decl(&cfg),
        smo_core::delivery::DeliveryState::decl(&cfg),
        smo_core::follow_up::LiveRound::decl(&cfg),
        smo_core::follow_up::AssessmentRound::decl(&cfg),
        smo_core::follow_up::TrackedKpi::decl(&cfg),
        smo_core::follow_up::KpiSettings::decl(&cfg),
        smo_core::follow_up::InitiativeDelivery::decl(&cfg),
        smo_core::follow_up::FollowUp::decl(&cfg),
        smo_core::follow_up::KpiSource::decl(&cfg),
        smo_core::follow_up::RoundSummary::decl(&cfg),
        smo_core::follow_up::KpiRow::decl(&cfg),
        smo_core::follow_up::DeliveryRow::decl(&cfg),
        smo_core::follow_up::MaturityCheck::decl(&cfg),
        smo_core::follow_up::FollowUpView::decl(&cfg),
        crate::ProgressScreen::decl(&cfg),
        crate::BoardEntry::decl(&cfg),
        crate::Disagreement::decl(&cfg),
        crate::RoadmapView::decl(&cfg),
        crate::GapChart::decl(&cfg),
        crate::RoomFocus::decl(&cfg),
        crate::PresenterMode::decl(&cfg),
        crate::RankedGap::decl(&cfg),
        crate::RoomView::decl(&cfg),
        crate::RoomTimer::decl(&cfg),
        crate::InviteSize::decl(&cfg),
        crate::RoomInvite::decl(&cfg),
        crate::RoomScreen::decl(&cfg),
        smo_phones::MachineAddress::decl(&cfg),
        smo_phones::Invite::decl(&cfg),
        smo_phones::PhoneRoster::decl(&cfg),
        crate::PhoneSession::decl(&cfg),
        crate::PhoneVote::decl(&cfg),
        // The voting page's wire (smo-phones' API, not IPC).
        smo_phones::NameOnPhone::decl(&cfg),
        smo_phones::PhoneChoice::decl(&cfg),
        smo_phones::PhoneView::decl(&cfg),
        smo_phones::PhoneErrorCode::decl(&cfg),
        smo_phones::PhoneError::decl(&cfg),
        smo_phones::JoinRequest::decl(&cfg),
        smo_phones::Joined::decl(&cfg),
        smo_phones::ClaimRequest::decl(&cfg),
        smo_phones::VoteRequest::decl(&cfg),
        smo_core::agenda::AgendaItem::decl(&cfg),
        smo_core::agenda::AgendaClock::decl(&cfg),
        smo_core::agenda::ClockAction::decl(&cfg),
        smo_core::agenda::Agenda::decl(&cfg),
        smo_core::agenda::AgendaLength::decl(&cfg),
        smo_core::agenda::AgendaReading::decl(&cfg),
        crate::AgendaView::decl(&cfg),
        crate::MonitorChoice::decl(&cfg),
        smo_core::Document::decl(&cfg),
        smo_core::DocumentExport::decl(&cfg),
        smo_core::DocumentFormat::decl(&cfg),
        crate::PaperSize::decl(&cfg),
        crate::ExportItem::decl(&cfg),
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
        crate::About::decl(&cfg),
        crate::MenuCommand::decl(&cfg),
        crate::MenuContext::decl(&cfg),
        crate::PageEvent::decl(&cfg),
        crate::FieldEdit::decl(&cfg),
        crate::PageMark::decl(&cfg),
        crate::FirstScreen::decl(&cfg),
    ];
    // Values the page shares with the shell, declared once in Rust.
    let constants = [
        (
            "LIST_WINDOW",
            "Rows the home list shows at first, and adds each time it grows (smo-core's LIST_WINDOW).",
            smo_core::LIST_WINDOW.to_string(),
        ),
        (
            "FIRST_SCREEN_GLOBAL",
            "The global the shell hands the first screen in (src-tauri/src/first_screen.rs).",
            serde_json::to_string(crate::FIRST_SCREEN_GLOBAL).expect("a string is JSON"),
        ),
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
    for (name, doc, value) in constants {
        out.push_str(&format!("\n/** {doc} */\nexport const {name} = {value};\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    #[test]
    fn ipc_types_files_are_up_to_date() {
        for (file, expected) in [
            (super::GENERATED_PATH, super::typescript()),
            (super::LABELS_PATH, super::labels()),
        ] {
            let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("..")
                .join(file);
            if std::env::var_os("UPDATE_IPC_TYPES").is_some() {
                std::fs::create_dir_all(path.parent().expect("has a parent")).expect("mkdir");
                std::fs::write(&path, &expected).expect("write generated file");
            }
            let actual = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                actual == expected,
                "{file} is stale: run `UPDATE_IPC_TYPES=1 cargo test -p smo-workbench ipc_types`",
            );
        }
    }
}
