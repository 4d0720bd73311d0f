//! The presenter window: a second window for the projector that shows only
//! what the room should see. The facilitator's window says what it is on
//! (`RoomFocus`); this module turns that into a `RoomScreen` from the store
//! (the vote part by `smo-core`'s room rules, so no level or name leaves an
//! open round), remembers it, and sends it to the presenter window alone as
//! an event. The presenter window may only listen and ask for the screen
//! (`capabilities/presenter.json`).

use std::sync::Mutex;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use smo_chart::{radar, svg::to_svg};
use smo_core::agenda::Agenda;
use smo_core::room::PracticeOnScreen;
use smo_core::{DateStyle, GapReport, Level, Step, VoteQuestion, VoterNames, Workshop, WorkshopId};
use tauri::{AppHandle, Manager, Runtime, WebviewUrl, WebviewWindowBuilder, WindowEvent};

use crate::page_events::{self, PageEvent, PageEvents};
use crate::{AppError, ChartSpace, ErrorCode, RoadmapView};

/// The presenter window's label (its capability names it).
pub const PRESENTER: &str = "presenter";

/// What the facilitator's window is on, as it tells the room.
#[derive(Debug, Clone, PartialEq, Deserialize, ts_rs::TS)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum RoomFocus {
    /// A step with nothing more particular to show than its name.
    Step {
        /// The workshop.
        workshop_id: WorkshopId,
        /// The step.
        step: Step,
    },
    /// A practice being scored or targeted.
    Practice {
        /// The workshop.
        workshop_id: WorkshopId,
        /// The practice.
        practice_id: String,
        /// Current or target level.
        question: VoteQuestion,
    },
    /// The gap analysis, with the chart the facilitator puts on the projector.
    Gaps {
        /// The workshop.
        workshop_id: WorkshopId,
        /// Which chart.
        chart: GapChart,
    },
    /// Text being drafted (vision, mission, a charter section), as typed.
    Draft {
        /// The workshop.
        workshop_id: WorkshopId,
        /// Vision & mission or Charter.
        step: Step,
        /// What is drafted ("Mission").
        heading: String,
        /// The text so far, paragraphs separated by line breaks.
        text: String,
    },
}

impl RoomFocus {
    pub(crate) fn workshop_id(&self) -> WorkshopId {
        match self {
            RoomFocus::Step { workshop_id, .. }
            | RoomFocus::Practice { workshop_id, .. }
            | RoomFocus::Gaps { workshop_id, .. }
            | RoomFocus::Draft { workshop_id, .. } => *workshop_id,
        }
    }
}

/// The gap analysis's charts, one of which the room sees beside the ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum GapChart {
    /// Current and target of every practice in scope.
    PracticesRadar,
    /// Current and target of each group's average.
    GroupsRadar,
    /// Current, target and gap per practice, by group.
    HeatMap,
}

/// Whether the presenter follows the facilitator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum PresenterMode {
    /// Shows what the facilitator's window is on, at once.
    #[default]
    Following,
    /// Keeps showing what it showed when frozen.
    Frozen,
    /// A calm screen with the organisation's name.
    Blank,
}

/// One gap in the ranking, as the room reads it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RankedGap {
    /// 1 for the gap that matters most.
    pub rank: u32,
    /// The practice.
    pub name: String,
    /// Today's level.
    pub current: Option<Level>,
    /// The target.
    pub target: Option<Level>,
    /// Levels to climb.
    pub gap: Option<u8>,
}

impl RoomInvite {
    /// `invite` on the projector at `size`.
    pub fn of(invite: &smo_phones::Invite, size: InviteSize) -> RoomInvite {
        RoomInvite {
            address: invite.address.clone(),
            join_code: invite.join_code.clone(),
            qr_svg: invite.qr_svg.clone(),
            size,
        }
    }
}

/// What the presenter window shows: the view, and the agenda's countdown.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RoomScreen {
    /// What is on screen.
    pub view: RoomView,
    /// The agenda item under way and its countdown, when the clock is on.
    pub timer: Option<RoomTimer>,
    /// How to join from a phone, while the phones are on.
    pub invite: Option<RoomInvite>,
}

/// How the room joins the vote from its phones, as the projector shows it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RoomInvite {
    /// The address to type.
    pub address: String,
    /// The six digits to type there.
    pub join_code: String,
    /// The QR code of the address with its secret (SVG).
    pub qr_svg: String,
    /// Filling the screen or in its corner.
    pub size: InviteSize,
}

/// How large the invitation to join is on the projector.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum InviteSize {
    /// Fills the screen, while the room joins.
    Large,
    /// In a corner, for latecomers, while the room votes.
    Corner,
}

/// The agenda's countdown as the room sees it (as of when it was sent; the
/// page counts down from there while `running`).
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RoomTimer {
    /// The item under way.
    pub title: String,
    /// Seconds left of its plan; negative once it overruns.
    #[ts(type = "number")]
    pub remaining_seconds: i64,
    /// Whether the clock is counting.
    pub running: bool,
}

impl RoomTimer {
    /// The countdown of `agenda` at `now`; `None` when no item is under way.
    pub fn of(agenda: &Agenda, now: DateTime<Utc>) -> Option<RoomTimer> {
        let reading = agenda.reading(now);
        let item = agenda.items.get(usize::try_from(reading.current?).ok()?)?;
        Some(RoomTimer {
            title: item.title.clone(),
            remaining_seconds: reading.remaining_seconds,
            running: reading.running,
        })
    }
}

/// What is on the presenter window.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum RoomView {
    /// Nothing to show yet.
    Waiting,
    /// Blanked: only the organisation's name.
    Blank {
        /// The client.
        organisation: String,
    },
    /// A step's name under the workshop's title.
    Step {
        /// The client.
        organisation: String,
        /// The workshop's title.
        title: String,
        /// The step.
        step: Step,
    },
    /// A practice being scored or targeted.
    Practice {
        /// The client.
        organisation: String,
        /// The practice as the room may see it.
        practice: PracticeOnScreen,
    },
    /// The gap analysis: the chosen chart and the ranking.
    Gaps {
        /// The client.
        organisation: String,
        /// Which chart.
        chart: GapChart,
        /// The chart (SVG).
        svg: String,
        /// The gaps that matter most, first first (at most ten).
        ranking: Vec<RankedGap>,
    },
    /// Text being drafted.
    Draft {
        /// The client.
        organisation: String,
        /// The step.
        step: Step,
        /// What is drafted.
        heading: String,
        /// The text so far.
        text: String,
    },
    /// The roadmap's timeline.
    Roadmap {
        /// The client.
        organisation: String,
        /// The timeline (SVG).
        timeline: String,
    },
}

/// The room a presenter screen has for its charts, in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Room {
    /// The window's width.
    pub width: f64,
    /// Its height.
    pub height: f64,
}

impl Room {
    /// Chart text on the projector, read from the back of the room: four
    /// fifths of the page's body text (which is 2.1 % of the width or 2.9 %
    /// of the height, the smaller): 17 px at 1024×768, 25 px at 1920×1080.
    fn text(self) -> f64 {
        ((self.width * 0.021).min(self.height * 0.029) * 0.8).clamp(15.0, 32.0)
    }

    fn space(self, width: f64, height: f64) -> ChartSpace {
        ChartSpace {
            width: width.max(320.0),
            max_height: height.max(240.0),
            text: self.text(),
        }
    }
}

impl RoomView {
    /// The view of `focus` on `workshop` (read after the latest change).
    pub fn of(
        workshop: &Workshop,
        focus: &RoomFocus,
        names: VoterNames,
        room: Room,
        (today, dates): (NaiveDate, DateStyle),
    ) -> Result<RoomView, AppError> {
        let organisation = workshop.set_up.organisation.clone();
        let title = || RoomView::Step {
            organisation: organisation.clone(),
            title: workshop.set_up.title.clone(),
            step: Step::SetUp,
        };
        Ok(match focus {
            RoomFocus::Practice {
                practice_id,
                question,
                ..
            } => match PracticeOnScreen::of(workshop, practice_id, *question, names) {
                Some(practice) => RoomView::Practice {
                    organisation,
                    practice,
                },
                None => title(),
            },
            RoomFocus::Draft {
                step,
                heading,
                text,
                ..
            } => RoomView::Draft {
                organisation,
                step: *step,
                heading: heading.clone(),
                text: text.clone(),
            },
            RoomFocus::Gaps { chart, .. } => match GapReport::of(&workshop.assessment) {
                Some(report) => {
                    // The chart on the left, the ranking on the right.
                    let body = room.height - 150.0;
                    let space = room.space((room.width * 0.6).min(body * 1.4), body);
                    let svg = match chart {
                        GapChart::PracticesRadar => to_svg(
                            &radar::practices_radar(&report, space.frame("the radar")?),
                            "room-radar",
                        ),
                        GapChart::GroupsRadar => to_svg(
                            &radar::groups_radar(&report, space.frame("the radar")?),
                            "room-radar",
                        ),
                        GapChart::HeatMap => to_svg(
                            &smo_chart::heat_map::heat_map(&report, space.frame("the heat map")?),
                            "room-heat-map",
                        ),
                    };
                    RoomView::Gaps {
                        organisation,
                        chart: *chart,
                        svg,
                        ranking: report
                            .ranking
                            .iter()
                            .filter_map(|id| report.practices.iter().find(|p| &p.practice_id == id))
                            .take(10)
                            .map(|p| RankedGap {
                                rank: p.rank.unwrap_or_default(),
                                name: p.name.clone(),
                                current: p.current,
                                target: p.target,
                                gap: p.gap,
                            })
                            .collect(),
                    }
                }
                None => title(),
            },
            RoomFocus::Step {
                step: Step::Roadmap,
                ..
            } => {
                let frame = room
                    .space(room.width - 96.0, room.height - 170.0)
                    .frame("the timeline")?;
                RoomView::Roadmap {
                    organisation,
                    timeline: RoadmapView::of(workshop, today, frame, dates).timeline,
                }
            }
            RoomFocus::Step { step, .. } => RoomView::Step {
                organisation,
                title: workshop.set_up.title.clone(),
                step: *step,
            },
        })
    }
}

/// What the presenter shows and why (managed state).
#[derive(Default)]
pub struct Presenter(Mutex<Shown>);

#[derive(Default)]
struct Shown {
    focus: Option<RoomFocus>,
    mode: PresenterMode,
    names: VoterNames,
    organisation: String,
    screen: Option<RoomScreen>,
    invite: Option<RoomInvite>,
}

impl Presenter {
    fn lock(&self) -> std::sync::MutexGuard<'_, Shown> {
        // A panic while holding the lock leaves plain data behind: keep going.
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The screen shown now.
    pub fn screen(&self) -> RoomScreen {
        let shown = self.lock();
        let mut screen = shown.screen.clone().unwrap_or(RoomScreen {
            view: RoomView::Waiting,
            timer: None,
            invite: None,
        });
        screen.invite = shown.invite.clone();
        screen
    }

    /// Shows how to join from a phone (or stops showing it).
    pub fn invite(&self, invite: Option<RoomInvite>) {
        self.lock().invite = invite;
    }

    /// Remembers what the facilitator is on; `Some` with the workshop to read
    /// when the presenter follows (so the screen must be rebuilt).
    pub fn focus(&self, focus: RoomFocus) -> Option<(WorkshopId, RoomFocus, VoterNames)> {
        let mut shown = self.lock();
        shown.focus = Some(focus.clone());
        (shown.mode == PresenterMode::Following).then(|| (focus.workshop_id(), focus, shown.names))
    }

    /// Sets the mode and whether names show after a reveal; `Some` as for
    /// [`Presenter::focus`] when the screen must be rebuilt.
    pub fn mode(
        &self,
        mode: PresenterMode,
        names: VoterNames,
    ) -> Option<(WorkshopId, RoomFocus, VoterNames)> {
        let mut shown = self.lock();
        shown.mode = mode;
        shown.names = names;
        match mode {
            PresenterMode::Following => shown.focus.clone().map(|f| (f.workshop_id(), f, names)),
            PresenterMode::Frozen => None,
            PresenterMode::Blank => {
                shown.screen = Some(RoomScreen {
                    view: RoomView::Blank {
                        organisation: shown.organisation.clone(),
                    },
                    timer: None,
                    invite: None,
                });
                None
            }
        }
    }

    /// Keeps `screen` (built for `focus`) unless the presenter has since
    /// stopped following or moved on; whether it was kept.
    pub fn keep(&self, focus: &RoomFocus, organisation: String, screen: RoomScreen) -> bool {
        let mut shown = self.lock();
        shown.organisation = organisation;
        let current = shown.mode == PresenterMode::Following && shown.focus.as_ref() == Some(focus);
        if current {
            shown.screen = Some(screen);
        }
        current
    }

    /// Forgets everything but the phones' invitation (the window closed).
    pub fn reset(&self) {
        let mut shown = self.lock();
        let invite = shown.invite.take();
        *shown = Shown {
            invite,
            ..Shown::default()
        };
    }
}

/// A monitor the presenter window can go to.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct MonitorChoice {
    /// Its place in the system's list (what `open_presenter` takes).
    pub index: u32,
    /// Its name, or "Screen 2" when it has none.
    pub name: String,
    /// Its size in pixels.
    pub width: u32,
    /// Its height in pixels.
    pub height: u32,
    /// Whether the main window is on it now.
    pub has_main_window: bool,
    /// Whether the presenter window last went to it.
    pub last_used: bool,
}

/// A monitor's name, or "Screen 2" (its place) when it has none.
fn monitor_name(monitor: &tauri::Monitor, n: usize) -> String {
    monitor
        .name()
        .filter(|s| !s.trim().is_empty())
        .cloned()
        .unwrap_or_else(|| format!("Screen {}", n + 1))
}

/// The monitors, in the system's order; `last_used` names the one the
/// presenter window last went to.
pub fn monitors<R: Runtime>(
    app: &AppHandle<R>,
    last_used: Option<&str>,
) -> Result<Vec<MonitorChoice>, AppError> {
    let main = app
        .get_webview_window(crate::first_screen::MAIN_WINDOW)
        .and_then(|w| w.current_monitor().ok().flatten());
    let all = app
        .available_monitors()
        .map_err(|e| AppError::internal(format!("The screens cannot be listed: {e}")))?;
    Ok(all
        .iter()
        .enumerate()
        .map(|(n, m)| MonitorChoice {
            index: smo_core::count(n),
            name: monitor_name(m, n),
            last_used: last_used == Some(monitor_name(m, n).as_str()),
            width: m.size().width,
            height: m.size().height,
            has_main_window: main
                .as_ref()
                .is_some_and(|c| c.position() == m.position() && c.size() == m.size()),
        })
        .collect())
}

/// Opens the presenter window (or brings it back) on monitor `index`, full
/// screen there; with no index, an ordinary window the facilitator can drag.
/// The chosen monitor's name, to remember.
pub fn open<R: Runtime>(
    app: &AppHandle<R>,
    index: Option<u32>,
) -> Result<Option<String>, AppError> {
    let failed =
        |e: tauri::Error| AppError::internal(format!("The presenter window cannot open: {e}"));
    let window = match app.get_webview_window(PRESENTER) {
        Some(w) => w,
        None => {
            let w =
                WebviewWindowBuilder::new(app, PRESENTER, WebviewUrl::App("presenter.html".into()))
                    .title("SMO Workbench — presenter")
                    .inner_size(1024.0, 768.0)
                    .min_inner_size(640.0, 480.0)
                    .build()
                    .map_err(failed)?;
            let handle = app.clone();
            w.on_window_event(move |event| {
                if matches!(event, WindowEvent::Destroyed) {
                    handle.state::<Presenter>().reset();
                    handle.state::<PageEvents>().forget(PRESENTER);
                    page_events::send(
                        &handle,
                        crate::first_screen::MAIN_WINDOW,
                        PageEvent::PresenterClosed,
                    );
                }
            });
            w
        }
    };
    if let Some(index) = index {
        let all = app.available_monitors().map_err(failed)?;
        let (place, monitor) = usize::try_from(index)
            .ok()
            .and_then(|i| Some((i, all.get(i)?)))
            .ok_or_else(|| {
                AppError::new(
                    ErrorCode::InvalidInput,
                    format!(
                        "There is no screen {}: choose one of the {} listed",
                        index + 1,
                        all.len()
                    ),
                )
            })?;
        window.set_fullscreen(false).map_err(failed)?;
        window.set_position(*monitor.position()).map_err(failed)?;
        window.set_fullscreen(true).map_err(failed)?;
        window.show().map_err(failed)?;
        return Ok(Some(monitor_name(monitor, place)));
    }
    window.show().map_err(failed)?;
    Ok(None)
}

/// Closes the presenter window, if open.
pub fn close<R: Runtime>(app: &AppHandle<R>) -> Result<(), AppError> {
    if let Some(w) = app.get_webview_window(PRESENTER) {
        w.destroy()
            .map_err(|e| AppError::internal(format!("The presenter window cannot close: {e}")))?;
    }
    app.state::<Presenter>().reset();
    Ok(())
}

/// The presenter window's room (its inner size in CSS pixels); a usual
/// projector's when it is not open.
pub fn room<R: Runtime>(app: &AppHandle<R>) -> Room {
    app.get_webview_window(PRESENTER)
        .and_then(|w| {
            let scale = w.scale_factor().ok()?;
            let size = w.inner_size().ok()?.to_logical::<f64>(scale);
            Some(Room {
                width: size.width,
                height: size.height,
            })
        })
        .unwrap_or(Room {
            width: 1024.0,
            height: 768.0,
        })
}

/// Sends the screen shown now to the presenter window.
pub fn send<R: Runtime>(app: &AppHandle<R>) {
    let screen = app.state::<Presenter>().screen();
    if app.get_webview_window(PRESENTER).is_some() {
        page_events::send(app, PRESENTER, PageEvent::RoomScreen(screen));
    }
}
