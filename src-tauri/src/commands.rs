//! The commands the UI may call. Each one parses nothing by hand (serde did),
//! calls one store method on a worker thread, and maps the error.
//! Keep `build.rs`'s command list and `capabilities/default.json` in step.

use std::collections::HashMap;

use smo_core::agenda::{AgendaItem, AgendaLength, ClockAction};
use smo_core::brief::Brief;
use smo_core::charter::{CharterUpdate, CharterVersion};
use smo_core::drafts::RecommendationDraft;
use smo_core::roadmap::{suggest_initiatives as suggest, Initiative, Phase};
use smo_core::{
    CurrentStateInput, Document, FindingsInput, Framework, FrameworkSummary, GapReport, Level,
    NewWorkshop, ParticipantId, ParticipantInput, PracticeChange, RoundRef, SetUp, TargetInput,
    VoteQuestion, VoterNames, Workshop, WorkshopId, WorkshopPage, WorkshopSearch,
};
use tauri::{AppHandle, Manager, Runtime, State};

use crate::export::{
    choose_destination, open_in_viewer, write_exports, ExportInputs, ExportItem, ExportedFile,
    ExportedPaths, PaperSize,
};
use crate::phones::{PhoneSession, Phones};
use crate::presenter::{
    self, MonitorChoice, Presenter, PresenterMode, RoomFocus, RoomScreen, RoomTimer, RoomView,
};
use crate::presenter::{InviteSize, RoomInvite};
use crate::state::BackupSummary;
use crate::workshop_file::{self, ConflictChoice, ImportOutcome, PendingImport};
use crate::AgendaView;
use crate::{
    AppError, AppState, AppStatus, ChartSpace, ErrorCode, GapAnalysis, GapCharts, RoadmapView, Zoom,
};
use smo_docx::Template;
use smo_phones::MachineAddress;

/// How many initiatives "Suggest from gaps" drafts at most.
const SUGGESTIONS: usize = 5;

pub(crate) fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

pub(crate) type Reply<T> = Result<T, AppError>;

#[tauri::command]
pub(crate) fn app_status(state: State<'_, AppState>) -> AppStatus {
    state.status().clone()
}

/// The home list: the first `limit` workshops `search` finds (see
/// `WorkshopSearch`), with the counts.
#[tauri::command]
pub(crate) async fn workshop_page(
    state: State<'_, AppState>,
    search: String,
    limit: u32,
) -> Reply<WorkshopPage> {
    // u32 always fits in usize on the platforms the app is built for.
    let limit = usize::try_from(limit).map_err(|_| {
        AppError::new(
            ErrorCode::InvalidInput,
            format!("The list cannot show {limit} workshops at once"),
        )
    })?;
    state
        .with_store(move |s| s.workshop_page(&WorkshopSearch::new(&search), limit))
        .await
}

#[tauri::command]
pub(crate) async fn get_workshop(state: State<'_, AppState>, id: WorkshopId) -> Reply<Workshop> {
    state.with_store(move |s| s.workshop(id)).await
}

#[tauri::command]
pub(crate) async fn create_workshop(
    state: State<'_, AppState>,
    workshop: NewWorkshop,
) -> Reply<Workshop> {
    state.with_store(move |s| s.create_workshop(workshop)).await
}

#[tauri::command]
pub(crate) async fn create_sample_workshop(state: State<'_, AppState>) -> Reply<Workshop> {
    state
        .with_store(|s| s.create_sample(&smo_core::sample::sample_workshop()))
        .await
}

#[tauri::command]
pub(crate) async fn rename_workshop(
    state: State<'_, AppState>,
    id: WorkshopId,
    title: String,
) -> Reply<Workshop> {
    state
        .with_store(move |s| s.rename_workshop(id, &title))
        .await
}

#[tauri::command]
pub(crate) async fn duplicate_workshop(
    state: State<'_, AppState>,
    id: WorkshopId,
) -> Reply<Workshop> {
    state.with_store(move |s| s.duplicate_workshop(id)).await
}

#[tauri::command]
pub(crate) async fn delete_workshop(state: State<'_, AppState>, id: WorkshopId) -> Reply<()> {
    state.with_store(move |s| s.delete_workshop(id)).await
}

#[tauri::command]
pub(crate) async fn update_set_up(
    state: State<'_, AppState>,
    id: WorkshopId,
    set_up: SetUp,
) -> Reply<Workshop> {
    state
        .with_store(move |s| s.update_set_up(id, &set_up))
        .await
}

#[tauri::command]
pub(crate) async fn add_participant(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    participant: ParticipantInput,
) -> Reply<Workshop> {
    state
        .with_store(move |s| s.add_participant(workshop_id, &participant))
        .await
}

#[tauri::command]
pub(crate) async fn update_participant(
    state: State<'_, AppState>,
    id: ParticipantId,
    participant: ParticipantInput,
) -> Reply<Workshop> {
    state
        .with_store(move |s| s.update_participant(id, &participant))
        .await
}

#[tauri::command]
pub(crate) async fn remove_participant(
    state: State<'_, AppState>,
    id: ParticipantId,
) -> Reply<Workshop> {
    state.with_store(move |s| s.remove_participant(id)).await
}

#[tauri::command]
pub(crate) async fn move_participant(
    state: State<'_, AppState>,
    id: ParticipantId,
    index: usize,
) -> Reply<Workshop> {
    state
        .with_store(move |s| s.move_participant(id, index))
        .await
}

#[tauri::command]
pub(crate) async fn list_frameworks(state: State<'_, AppState>) -> Reply<Vec<FrameworkSummary>> {
    state.with_store(|s| s.list_frameworks()).await
}

/// `content` is the text of a file the user picked; no path crosses IPC.
#[tauri::command]
pub(crate) async fn import_framework(
    state: State<'_, AppState>,
    content: String,
) -> Reply<FrameworkSummary> {
    state
        .with_store(move |s| s.import_framework(&Framework::parse_toml(&content)?))
        .await
}

#[tauri::command]
pub(crate) async fn set_framework(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    framework_id: String,
    version: String,
) -> Reply<Workshop> {
    state
        .with_store(move |s| {
            let framework = s.framework(&framework_id, &version)?;
            s.set_framework(workshop_id, &framework)
        })
        .await
}

#[tauri::command]
pub(crate) async fn set_scope(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    practice_ids: Vec<String>,
) -> Reply<Workshop> {
    state
        .with_store(move |s| s.set_scope(workshop_id, &practice_ids))
        .await
}

#[tauri::command]
pub(crate) async fn record_current(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    practice_id: String,
    input: CurrentStateInput,
) -> Reply<PracticeChange> {
    state
        .with_store(move |s| s.record_current(workshop_id, &practice_id, &input))
        .await
}

#[tauri::command]
pub(crate) async fn record_target(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    practice_id: String,
    input: TargetInput,
) -> Reply<PracticeChange> {
    state
        .with_store(move |s| s.record_target(workshop_id, &practice_id, &input))
        .await
}

/// Records (or withdraws) a vote in the round `round` names; refused once
/// that round is revealed or replaced by a revote.
#[tauri::command]
pub(crate) async fn record_vote(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    round: RoundRef,
    participant_id: ParticipantId,
    level: Option<Level>,
) -> Reply<PracticeChange> {
    state
        .with_store(move |s| s.record_vote(workshop_id, &round, participant_id, level))
        .await
}

/// Records the facilitator's private note on a practice (never on the
/// projector, never in a document).
#[tauri::command]
pub(crate) async fn record_note(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    practice_id: String,
    note: String,
) -> Reply<PracticeChange> {
    state
        .with_store(move |s| s.record_note(workshop_id, &practice_id, &note))
        .await
}

/// Starts the first vote round on a practice's question, or a revote.
#[tauri::command]
pub(crate) async fn start_vote_round(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    practice_id: String,
    question: VoteQuestion,
) -> Reply<PracticeChange> {
    state
        .with_store(move |s| s.start_vote_round(workshop_id, &practice_id, question))
        .await
}

/// Reveals a round's votes.
#[tauri::command]
pub(crate) async fn reveal_vote_round(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    round: RoundRef,
) -> Reply<PracticeChange> {
    state
        .with_store(move |s| s.reveal_vote_round(workshop_id, &round))
        .await
}

/// The agenda and how the day stands now (the clock is read here).
#[tauri::command]
pub(crate) async fn agenda(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
) -> Reply<AgendaView> {
    state
        .with_store(move |s| Ok(AgendaView::at(s.agenda(workshop_id)?, chrono::Utc::now())))
        .await
}

/// Replaces the agenda's plan (time spent stays with its items).
#[tauri::command]
pub(crate) async fn replan_agenda(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    items: Vec<AgendaItem>,
    practice_minutes: Option<u16>,
) -> Reply<AgendaView> {
    state
        .with_store(move |s| {
            let agenda = s.replan_agenda(workshop_id, items, practice_minutes)?;
            Ok(AgendaView::at(agenda, chrono::Utc::now()))
        })
        .await
}

/// Replaces the plan with the default one-day or two-day agenda.
#[tauri::command]
pub(crate) async fn use_agenda_template(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    length: AgendaLength,
) -> Reply<AgendaView> {
    state
        .with_store(move |s| {
            let agenda = s.use_agenda_template(workshop_id, length)?;
            Ok(AgendaView::at(agenda, chrono::Utc::now()))
        })
        .await
}

/// Starts, pauses, resumes, moves on or finishes the agenda's clock, now.
#[tauri::command]
pub(crate) async fn agenda_clock(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    action: ClockAction,
) -> Reply<AgendaView> {
    let now = chrono::Utc::now();
    state
        .with_store(move |s| {
            Ok(AgendaView::at(
                s.agenda_clock(workshop_id, action, now)?,
                now,
            ))
        })
        .await
}

/// The screens the presenter window can go to.
#[tauri::command]
pub(crate) fn presenter_monitors<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Reply<Vec<MonitorChoice>> {
    presenter::monitors(&app, state.preferences().get().presenter_screen.as_deref())
}

/// Opens the presenter window: full screen on `monitor` (remembered for
/// the next time), or an ordinary window.
#[tauri::command]
pub(crate) async fn open_presenter<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    monitor: Option<u32>,
) -> Reply<()> {
    if let Some(name) = presenter::open(&app, monitor)? {
        state
            .preferences()
            .update(|p| p.presenter_screen = Some(name))?;
    }
    Ok(())
}

/// Closes the presenter window.
#[tauri::command]
pub(crate) async fn close_presenter<R: Runtime>(app: AppHandle<R>) -> Reply<()> {
    presenter::close(&app)
}

/// Tells the presenter and the phones what the facilitator's window is on.
#[tauri::command]
pub(crate) async fn present<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    focus: RoomFocus,
) -> Reply<()> {
    let phones = app.state::<Phones>().follow(&focus);
    let workshop_id = focus.workshop_id();
    // The projector's screen is built only while its window is open (the
    // focus is kept for when it opens); the phones may follow without it.
    let shown = app
        .state::<Presenter>()
        .focus(focus)
        .filter(|_| app.get_webview_window(presenter::PRESENTER).is_some());
    if shown.is_none() && !phones {
        return Ok(());
    }
    show_in_room(&app, &state, workshop_id, shown).await
}

/// Follows, freezes or blanks the presenter; whether names show after a reveal.
#[tauri::command]
pub(crate) async fn set_presenter_mode<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    mode: PresenterMode,
    names: VoterNames,
) -> Reply<()> {
    match app.state::<Presenter>().mode(mode, names) {
        Some((workshop_id, focus, names)) => {
            show_in_room(&app, &state, workshop_id, Some((workshop_id, focus, names))).await
        }
        None => {
            presenter::send(&app);
            Ok(())
        }
    }
}

/// What the presenter window shows now (the presenter window's only command).
#[tauri::command]
pub(crate) fn room_screen(presenter: State<'_, Presenter>) -> RoomScreen {
    presenter.screen()
}

/// Reads `workshop_id` once off the main thread: shows it on the phones
/// when they vote in it, and builds the presenter's screen for `shown` and
/// sends it, unless the facilitator has moved on meanwhile.
async fn show_in_room<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    workshop_id: WorkshopId,
    shown: Option<(WorkshopId, RoomFocus, VoterNames)>,
) -> Reply<()> {
    let room = presenter::room(app);
    let now = chrono::Utc::now();
    let at = (today(), state.status().date_style);
    let wanted = shown
        .as_ref()
        .map(|(_, focus, names)| (focus.clone(), *names));
    let phones = app.state::<Phones>().inner().clone();
    let built = state
        .with_store(move |s| {
            let w = s.workshop(workshop_id)?;
            phones.publish(&w);
            Ok(wanted.map(|(focus, names)| {
                (
                    w.set_up.organisation.clone(),
                    RoomView::of(&w, &focus, names, room, at),
                    RoomTimer::of(&w.agenda, now),
                )
            }))
        })
        .await?;
    if let (Some((organisation, view, timer)), Some((_, focus, _))) = (built, shown) {
        let screen = RoomScreen {
            view: view?,
            timer,
            invite: None,
        };
        if app.state::<Presenter>().keep(&focus, organisation, screen) {
            presenter::send(app);
        }
    }
    Ok(())
}

#[tauri::command]
pub(crate) async fn gap_analysis(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    charts: Option<GapCharts>,
    round: Option<u32>,
) -> Reply<GapAnalysis> {
    // The round being scored unless an earlier one is asked for.
    let assessment = state
        .with_store(move |s| {
            let w = s.workshop(workshop_id)?;
            match round {
                None => Ok(w.assessment),
                Some(n) => smo_core::follow_up::assessment_of_round(&w, n)
                    .ok_or(smo_store::StoreError::RoundNotFound(n)),
            }
        })
        .await?;
    tauri::async_runtime::spawn_blocking(move || GapAnalysis::of(&assessment, charts))
        .await
        .map_err(|e| AppError::internal(format!("Drawing the gap analysis failed: {e}")))?
}

#[tauri::command]
pub(crate) async fn record_findings(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    practice_id: String,
    input: FindingsInput,
) -> Reply<PracticeChange> {
    state
        .with_store(move |s| s.record_findings(workshop_id, &practice_id, &input))
        .await
}

#[tauri::command]
pub(crate) async fn draft_recommendations(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
) -> Reply<Vec<RecommendationDraft>> {
    state
        .with_store(move |s| Ok(smo_core::drafts::recommendations(&s.workshop(workshop_id)?)))
        .await
}

#[tauri::command]
pub(crate) async fn update_brief(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    document: Document,
    brief: Brief,
) -> Reply<Workshop> {
    state
        .with_store(move |s| s.update_brief(workshop_id, document, &brief))
        .await
}

/// A first brief for a document, drafted from the workshop as of today.
#[tauri::command]
pub(crate) async fn draft_brief(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    document: Document,
) -> Reply<Brief> {
    let (today, dates) = (today(), state.status().date_style);
    state
        .with_store(move |s| {
            Ok(smo_core::drafts::brief(
                document,
                &s.workshop(workshop_id)?,
                today,
                dates,
            ))
        })
        .await
}

#[tauri::command]
pub(crate) async fn update_charter(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    update: CharterUpdate,
) -> Reply<Workshop> {
    state
        .with_store(move |s| s.update_charter(workshop_id, &update))
        .await
}

#[tauri::command]
pub(crate) async fn save_charter_version(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    note: String,
    approve: bool,
) -> Reply<Workshop> {
    state
        .with_store(move |s| s.save_charter_version(workshop_id, &note, approve))
        .await
}

#[tauri::command]
pub(crate) async fn charter_version(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    number: u32,
) -> Reply<CharterVersion> {
    state
        .with_store(move |s| s.charter_version(workshop_id, number))
        .await
}

#[tauri::command]
pub(crate) async fn save_initiatives(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    initiatives: Vec<Initiative>,
) -> Reply<Workshop> {
    state
        .with_store(move |s| s.save_initiatives(workshop_id, &initiatives))
        .await
}

#[tauri::command]
pub(crate) async fn delete_initiative(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    initiative_id: String,
) -> Reply<Workshop> {
    state
        .with_store(move |s| s.delete_initiative(workshop_id, &initiative_id))
        .await
}

#[tauri::command]
pub(crate) async fn move_initiative(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    initiative_id: String,
    index: usize,
) -> Reply<Workshop> {
    state
        .with_store(move |s| s.move_initiative(workshop_id, &initiative_id, index))
        .await
}

#[tauri::command]
pub(crate) async fn set_phase(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    phase: Phase,
) -> Reply<Workshop> {
    state
        .with_store(move |s| s.set_phase(workshop_id, &phase))
        .await
}

#[tauri::command]
pub(crate) async fn roadmap_view(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    timeline: ChartSpace,
) -> Reply<RoadmapView> {
    let (today, timeline) = (today(), timeline.frame("the timeline")?);
    let dates = state.status().date_style;
    state
        .with_store(move |s| {
            Ok(RoadmapView::of(
                &s.workshop(workshop_id)?,
                today,
                timeline,
                dates,
            ))
        })
        .await
}

/// Drafts initiatives for the top uncovered gaps, starting the day after the workshop.
#[tauri::command]
pub(crate) async fn suggest_initiatives(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
) -> Reply<Vec<Initiative>> {
    state
        .with_store(move |s| {
            let w = s.workshop(workshop_id)?;
            let (Some(framework), Some(report)) =
                (&w.assessment.framework, GapReport::of(&w.assessment))
            else {
                return Ok(Vec::new());
            };
            let horizons: HashMap<String, u16> = w
                .assessment
                .practices
                .iter()
                .filter_map(|p| Some((p.practice_id.clone(), p.horizon?.months())))
                .collect();
            let last_day = w.set_up.end_date.unwrap_or(w.set_up.start_date);
            let start = last_day.succ_opt().unwrap_or(last_day);
            Ok(suggest(
                &report,
                framework,
                &w.roadmap,
                &horizons,
                start,
                SUGGESTIONS,
            ))
        })
        .await
}

/// Asks for the client's logo (native dialog, on this side) and keeps it for
/// the workshop's documents; the workshop as it was when the user cancels.
#[tauri::command]
pub(crate) async fn choose_logo<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
) -> Reply<Workshop> {
    let picker = app.clone();
    let logo = tauri::async_runtime::spawn_blocking(move || workshop_file::pick_logo(&picker))
        .await
        .map_err(|e| AppError::internal(format!("Choosing the logo stopped: {e}")))??;
    state
        .with_store(move |s| match logo {
            Some(logo) => s.set_logo(workshop_id, Some(&logo)),
            None => s.workshop(workshop_id),
        })
        .await
}

#[tauri::command]
pub(crate) async fn remove_logo(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
) -> Reply<Workshop> {
    state
        .with_store(move |s| s.set_logo(workshop_id, None))
        .await
}

/// Asks where to save (native dialog, on this side), then writes the chosen
/// files; `None` when the user cancels the dialog.
#[tauri::command]
pub(crate) async fn export_files<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    items: Vec<ExportItem>,
    paper: PaperSize,
) -> Reply<Option<Vec<ExportedFile>>> {
    if items.is_empty() {
        return Err(AppError::new(
            ErrorCode::InvalidInput,
            "Choose at least one document or the workbook to export",
        ));
    }
    let (workshop, logo) = state
        .with_store(move |s| Ok((s.workshop(workshop_id)?, s.logo(workshop_id)?)))
        .await?;
    let dates = state.status().date_style;
    let dir = state.data_dir()?;
    let written = tauri::async_runtime::spawn_blocking(move || {
        let Some(destination) = choose_destination(&app, &workshop, &items) else {
            return Ok(None);
        };
        let paths = app.state::<ExportedPaths>();
        let inputs = ExportInputs {
            workshop,
            logo,
            // A kept template that cannot be read is said on every Word file.
            template: smo_store::word_template::word_template(&dir)
                .map_err(|e| e.to_string())
                .and_then(|kept| {
                    kept.map(|k| Template::from_docx(&k.bytes).map_err(|e| e.to_string()))
                        .transpose()
                }),
            paper,
            dates,
        };
        write_exports(&app, &paths, &inputs, &items, destination).map(Some)
    })
    .await
    .map_err(|e| AppError::internal(format!("The export stopped: {e}")))??;
    // The Export step counts the documents written, in whichever format.
    if let Some(files) = &written {
        let documents: Vec<Document> = files
            .iter()
            .filter_map(|f| match f.item {
                ExportItem::Document { document, .. } => Some(document),
                ExportItem::Workbook => None,
            })
            .collect();
        let at = chrono::Utc::now();
        state
            .with_store(move |s| s.record_exports(workshop_id, &documents, at))
            .await?;
    }
    Ok(written)
}

/// The firm's Word template's file name, if one is kept.
#[tauri::command]
pub(crate) fn word_template(state: State<'_, AppState>) -> Reply<Option<String>> {
    Ok(smo_store::word_template::word_template_name(
        &state.data_dir()?,
    )?)
}

/// Asks for a firm's reference Word template (native dialog, on this side),
/// checks it and keeps it for every Word export; its name, or the one kept
/// before when the user cancels.
#[tauri::command]
pub(crate) async fn choose_word_template<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Reply<Option<String>> {
    let dir = state.data_dir()?;
    tauri::async_runtime::spawn_blocking(move || {
        workshop_file::pick_word_template(&app, &dir)?;
        Ok(smo_store::word_template::word_template_name(&dir)?)
    })
    .await
    .map_err(|e| AppError::internal(format!("Choosing the template stopped: {e}")))?
}

/// Forgets the firm's Word template: Word exports use the built-in styles.
#[tauri::command]
pub(crate) fn remove_word_template(state: State<'_, AppState>) -> Reply<()> {
    let dir = state.data_dir()?;
    Ok(smo_store::word_template::forget_word_template(&dir)?)
}

/// Shows an exported file in the system's PDF viewer.
#[tauri::command]
pub(crate) fn open_export(paths: State<'_, ExportedPaths>, handle: u32) -> Reply<()> {
    let path = paths.get(handle).ok_or_else(|| {
        AppError::new(
            ErrorCode::NotFound,
            "That export is not known any more; export again",
        )
    })?;
    open_in_viewer(&path)
}

/// Saves a workshop as a portable file where the user chooses (native dialog);
/// returns the path written, `None` when cancelled.
#[tauri::command]
pub(crate) async fn export_workshop_file<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
) -> Reply<Option<String>> {
    let (workshop, bytes) = state
        .with_store(move |s| Ok((s.workshop(workshop_id)?, s.export_workshop(workshop_id)?)))
        .await?;
    tauri::async_runtime::spawn_blocking(move || workshop_file::save(&app, &workshop, &bytes))
        .await
        .map_err(|e| AppError::internal(format!("The export stopped: {e}")))?
}

/// Asks for a workshop file (native dialog) and imports it, unless the
/// workshop is already there: then it waits for `resolve_import`.
#[tauri::command]
pub(crate) async fn import_workshop_file<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    pending: State<'_, PendingImport>,
) -> Reply<ImportOutcome> {
    let picker = app.clone();
    let file = tauri::async_runtime::spawn_blocking(move || workshop_file::pick_and_read(&picker))
        .await
        .map_err(|e| AppError::internal(format!("The import stopped: {e}")))??;
    let Some(file) = file else {
        return Ok(ImportOutcome::Cancelled);
    };
    import_read(&state, &pending, file).await
}

/// Imports a file already read, unless its workshop is already there: then
/// it waits in `pending` for the user's answer.
pub(crate) async fn import_read(
    state: &AppState,
    pending: &PendingImport,
    file: smo_core::portable::WorkshopFile,
) -> Reply<ImportOutcome> {
    let id = file.workshop.id;
    let title = file.workshop.set_up.title.clone();
    if state.with_store(move |s| s.contains(id)).await? {
        *pending
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(file);
        return Ok(ImportOutcome::Conflict { title });
    }
    let w = state
        .with_store(move |s| s.import_workshop(&file, smo_store::OnConflict::Fail))
        .await?;
    Ok(ImportOutcome::Imported {
        id: w.id,
        title: w.set_up.title,
    })
}

/// Finishes an import that found its workshop already there.
#[tauri::command]
pub(crate) async fn resolve_import(
    state: State<'_, AppState>,
    pending: State<'_, PendingImport>,
    choice: ConflictChoice,
) -> Reply<ImportOutcome> {
    let file = pending
        .0
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .take();
    let (Some(file), Some(rule)) = (file, workshop_file::on_conflict(choice)) else {
        return Ok(ImportOutcome::Cancelled);
    };
    let w = state
        .with_store(move |s| s.import_workshop(&file, rule))
        .await?;
    Ok(ImportOutcome::Imported {
        id: w.id,
        title: w.set_up.title,
    })
}

/// Restores the newest backup after a damaged database was moved aside at start.
#[tauri::command]
pub(crate) async fn restore_rescue_backup(state: State<'_, AppState>) -> Reply<()> {
    state.restore_rescue_backup().await
}

/// The backups in the data directory, newest first.
#[tauri::command]
pub(crate) async fn list_backups(state: State<'_, AppState>) -> Reply<Vec<BackupSummary>> {
    state.list_backups()
}

/// Restores a listed backup (after backing up the current state).
#[tauri::command]
pub(crate) async fn restore_backup(state: State<'_, AppState>, handle: u32) -> Reply<()> {
    state.restore_backup(handle).await
}

/// Makes a backup now.
#[tauri::command]
pub(crate) async fn backup_now(state: State<'_, AppState>) -> Reply<()> {
    state.backup_now().await
}

/// Undoes the last change to the workshop; `None` when there is nothing to undo.
#[tauri::command]
pub(crate) async fn undo(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
) -> Reply<Option<Workshop>> {
    state.with_store(move |s| s.undo(workshop_id)).await
}

/// Redoes the last undone change; `None` when there is nothing to redo.
#[tauri::command]
pub(crate) async fn redo(
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
) -> Reply<Option<Workshop>> {
    state.with_store(move |s| s.redo(workshop_id)).await
}

/// Zooms the whole UI (Ctrl + / − / 0) and remembers the zoom for the next
/// start; `factor` 1.0 is 100 %.
#[tauri::command]
pub(crate) fn set_zoom<R: Runtime>(
    window: tauri::WebviewWindow<R>,
    state: State<'_, AppState>,
    factor: f64,
) -> Reply<Zoom> {
    let zoom = Zoom::try_from(factor)?;
    window
        .set_zoom(zoom.factor())
        .map_err(|e| AppError::internal(format!("Cannot zoom the window: {e}")))?;
    let zoom = state.preferences().update(|p| p.zoom = zoom)?.zoom;
    crate::menu::refresh(window.app_handle());
    Ok(zoom)
}

/// This computer's network addresses, for the phones' server to listen on.
#[tauri::command]
pub(crate) fn phone_addresses() -> Reply<Vec<MachineAddress>> {
    smo_phones::machine_addresses().map_err(|e| AppError::new(ErrorCode::Network, e.message))
}

/// Starts the phones' server for `workshop_id` on `address` (one of
/// `phone_addresses`) and shows how to join on the presenter.
#[tauri::command]
pub(crate) async fn open_phones<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    workshop_id: WorkshopId,
    address: String,
) -> Reply<PhoneSession> {
    let store = state.shared_store()?;
    let workshop = state.with_store(move |s| s.workshop(workshop_id)).await?;
    let phones = app.state::<Phones>().inner().clone();
    let handle = app.clone();
    let session = tauri::async_runtime::spawn_blocking(move || {
        phones.open(&handle, store, &workshop, &address)
    })
    .await
    .map_err(|e| AppError::internal(format!("Starting the phones failed: {e}")))??;
    app.state::<Presenter>()
        .invite(Some(RoomInvite::of(&session.invite, InviteSize::Large)));
    presenter::send(&app);
    Ok(session)
}

/// The phones' session, if they are on.
#[tauri::command]
pub(crate) fn phone_session(phones: State<'_, Phones>) -> Option<PhoneSession> {
    phones.session()
}

/// Shows how to join on the projector, filling it or in its corner.
#[tauri::command]
pub(crate) fn show_join_code<R: Runtime>(app: AppHandle<R>, size: InviteSize) -> Reply<()> {
    let session = app.state::<Phones>().session().ok_or_else(|| {
        AppError::new(
            ErrorCode::InvalidInput,
            "The phones are not on: start them with Phones… first",
        )
    })?;
    app.state::<Presenter>()
        .invite(Some(RoomInvite::of(&session.invite, size)));
    presenter::send(&app);
    Ok(())
}

/// Frees a participant's name from the phone holding it.
#[tauri::command]
pub(crate) fn release_phone(
    phones: State<'_, Phones>,
    participant_id: ParticipantId,
) -> Reply<smo_phones::PhoneRoster> {
    phones.release(participant_id)
}

/// Stops the phones' server; phones show that the vote has ended.
#[tauri::command]
pub(crate) async fn close_phones<R: Runtime>(app: AppHandle<R>) -> Reply<()> {
    let phones = app.state::<Phones>().inner().clone();
    tauri::async_runtime::spawn_blocking(move || phones.close())
        .await
        .map_err(|e| AppError::internal(format!("Stopping the phones failed: {e}")))?;
    app.state::<Presenter>().invite(None);
    presenter::send(&app);
    Ok(())
}
