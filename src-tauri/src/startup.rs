//! How long the app takes to become usable. [`mark_start`] runs first thing in
//! `run()`; the UI calls [`first_screen_ready`] once its first screen is drawn
//! and answers input, and the time in between is written once to stderr:
//! `smo-workbench: first screen ready 412 ms after start`. Users see it in a
//! terminal or the journal; the benchmark harness (`scripts/bench.sh`) waits
//! for the line and times the whole launch from outside.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

use serde::Deserialize;

static STARTED: OnceLock<Instant> = OnceLock::new();
static REPORTED: AtomicBool = AtomicBool::new(false);
/// The shell's steps so far: what, and when after the start.
static STEPS: Mutex<Vec<(&'static str, f64)>> = Mutex::new(Vec::new());

/// When set, the ready line is followed by a timeline of the start: the
/// shell's steps and the page's marks, each in milliseconds after the start.
pub const TRACE_ENV: &str = "SMO_WORKBENCH_START_TRACE";

/// The shell's step that the page's clock starts at.
const PAGE_LOAD: &str = "page load started";

/// A moment on the page: its name and when, in ms after the page's time
/// origin (`performance.now()`).
#[derive(Debug, Clone, PartialEq, Deserialize, ts_rs::TS)]
pub struct PageMark {
    /// What happened.
    pub name: String,
    /// When, in ms after the page's time origin.
    pub at: f64,
}

/// Notes that the shell finished `step` (kept for the trace).
pub fn mark(step: &'static str) {
    let at = STARTED
        .get()
        .map_or(0.0, |t| t.elapsed().as_secs_f64() * 1000.0);
    STEPS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .push((step, at));
}

/// Notes that the page began to load (its clock starts here).
pub(crate) fn page_load_started() {
    mark(PAGE_LOAD);
}

/// The start as one line: the shell's steps, then the page's marks moved
/// onto the shell's clock (from when the page began to load).
pub fn timeline(steps: &[(&str, f64)], page: &[PageMark]) -> String {
    let load = steps
        .iter()
        .rev()
        .find(|(name, _)| *name == PAGE_LOAD)
        .map_or(0.0, |(_, at)| *at);
    let mut all: Vec<(String, f64)> = steps
        .iter()
        .map(|(name, at)| ((*name).to_owned(), *at))
        .chain(
            page.iter()
                .map(|m| (format!("page: {}", m.name), load + m.at)),
        )
        .collect();
    all.sort_by(|a, b| a.1.total_cmp(&b.1));
    all.iter()
        .map(|(name, at)| format!("{name} {at:.0}"))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The line's fixed start, which the benchmark harness looks for.
pub const READY_LINE: &str = "smo-workbench: first screen ready";

/// Notes when the app started (the first call wins).
pub fn mark_start() {
    let _ = STARTED.get_or_init(Instant::now);
}

/// The UI's first screen is drawn and interactive. Logged once per process;
/// with [`TRACE_ENV`] set, followed by the start's timeline, the page's
/// `marks` in it.
#[tauri::command]
pub(crate) fn first_screen_ready(marks: Option<Vec<PageMark>>) {
    if REPORTED.swap(true, Ordering::SeqCst) {
        return;
    }
    let ms = STARTED.get().map_or(0, |t| t.elapsed().as_millis());
    eprintln!("{READY_LINE} {ms} ms after start");
    if std::env::var_os(TRACE_ENV).is_some() {
        let steps = STEPS
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone();
        eprintln!(
            "smo-workbench: start, ms after it: {}",
            timeline(&steps, &marks.unwrap_or_default())
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_marks_are_put_on_the_shell_clock_from_the_page_load() {
        let steps = [
            ("store opened", 40.0),
            (PAGE_LOAD, 200.0),
            ("setup done", 90.0),
        ];
        let page = [
            PageMark {
                name: "script".into(),
                at: 30.0,
            },
            PageMark {
                name: "frame".into(),
                at: 120.4,
            },
        ];
        assert_eq!(
            timeline(&steps, &page),
            "store opened 40 · setup done 90 · page load started 200 · page: script 230 · page: frame 320"
        );
    }
}
