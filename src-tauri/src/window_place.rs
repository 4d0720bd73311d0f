//! The main window comes back where it was: its size, position and whether
//! it was maximised are kept in the preferences as they change (written once
//! the window has been still for a moment) and applied at the next start —
//! unless the screen it was on is gone, or has shrunk: then it is fitted
//! onto a screen that is there, or centred at its default size.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use tauri::{Manager, PhysicalPosition, PhysicalSize, Runtime, WebviewWindow, WindowEvent};

use crate::AppState;

/// Where the window was, in physical pixels of the desktop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WindowPlace {
    /// The left edge of the window's frame.
    pub x: i32,
    /// The top edge of the window's frame.
    pub y: i32,
    /// The width of the window's content.
    pub width: u32,
    /// The height of the window's content.
    pub height: u32,
    /// Maximised (the place is where it returns when un-maximised).
    pub maximized: bool,
}

/// A screen's rectangle on the desktop, in physical pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Screen {
    /// Left edge.
    pub x: i32,
    /// Top edge.
    pub y: i32,
    /// Width.
    pub width: u32,
    /// Height.
    pub height: u32,
}

/// How much of the window's top edge (where it is grabbed to move it) must
/// be on a screen for the place to be kept: a strip this wide and high.
const GRAB_STRIP: (i64, i64) = (120, 40);

/// Where the window goes on `screens`: `saved` if its top edge is on one of
/// them, shrunk and moved to fit that screen; `None` (centre it at its
/// default size) when no screen shows its top edge.
pub fn fitted(saved: WindowPlace, screens: &[Screen]) -> Option<WindowPlace> {
    let strip_width = GRAB_STRIP.0.min(i64::from(saved.width));
    let screen = screens.iter().find(|s| {
        let (left, top) = (i64::from(s.x), i64::from(s.y));
        let (right, bottom) = (left + i64::from(s.width), top + i64::from(s.height));
        let (x, y) = (i64::from(saved.x), i64::from(saved.y));
        let visible_width = (x + i64::from(saved.width)).min(right) - x.max(left);
        let visible_height = (y + GRAB_STRIP.1).min(bottom) - y.max(top);
        visible_width >= strip_width && visible_height >= GRAB_STRIP.1
    })?;
    let width = saved.width.min(screen.width);
    let height = saved.height.min(screen.height);
    let clamp = |at: i32, size: u32, start: i32, room: u32| -> i32 {
        let last = i64::from(start) + i64::from(room) - i64::from(size);
        let placed = i64::from(at).clamp(i64::from(start), last.max(i64::from(start)));
        i32::try_from(placed).unwrap_or(start)
    };
    Some(WindowPlace {
        x: clamp(saved.x, width, screen.x, screen.width),
        y: clamp(saved.y, height, screen.y, screen.height),
        width,
        height,
        maximized: saved.maximized,
    })
}

/// Puts the window where it was last time, if that is on a screen now.
pub(crate) fn restore<R: Runtime>(window: &WebviewWindow<R>) {
    let Some(saved) = window.state::<AppState>().preferences().get().window else {
        return;
    };
    let screens: Vec<Screen> = window
        .available_monitors()
        .unwrap_or_default()
        .iter()
        .map(|m| Screen {
            x: m.position().x,
            y: m.position().y,
            width: m.size().width,
            height: m.size().height,
        })
        .collect();
    let Some(place) = fitted(saved, &screens) else {
        eprintln!("smo-workbench: the window's last screen is gone; centring it");
        return;
    };
    let applied = window
        .set_size(PhysicalSize::new(place.width, place.height))
        .and_then(|()| window.set_position(PhysicalPosition::new(place.x, place.y)))
        .and_then(|()| {
            if place.maximized {
                window.maximize()
            } else {
                Ok(())
            }
        });
    if let Err(e) = applied {
        eprintln!("smo-workbench: cannot put the window back where it was: {e}");
    }
}

/// How long the window must be still before its place is written.
const SETTLE: Duration = Duration::from_millis(400);

/// Keeps the window's place in the preferences as it moves and resizes.
pub(crate) fn remember<R: Runtime>(window: &WebviewWindow<R>) {
    let last_change = Arc::new(Mutex::new(Instant::now()));
    let writing = Arc::new(AtomicBool::new(false));
    let target = window.clone();
    window.on_window_event(move |event| {
        if !matches!(event, WindowEvent::Moved(_) | WindowEvent::Resized(_)) {
            return;
        }
        *last_change
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Instant::now();
        if writing.swap(true, Ordering::SeqCst) {
            return; // a writer is already waiting for the window to settle
        }
        let (window, last_change, writing) = (target.clone(), last_change.clone(), writing.clone());
        std::thread::spawn(move || {
            loop {
                std::thread::sleep(SETTLE);
                let since = last_change
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .elapsed();
                if since >= SETTLE {
                    break;
                }
            }
            writing.store(false, Ordering::SeqCst);
            save(&window);
        });
    });
}

fn save<R: Runtime>(window: &WebviewWindow<R>) {
    let (Ok(maximized), Ok(minimized), Ok(full)) = (
        window.is_maximized(),
        window.is_minimized(),
        window.is_fullscreen(),
    ) else {
        return;
    };
    if minimized || full {
        return; // not a place to come back to
    }
    let state = window.state::<AppState>();
    let previous = state.preferences().get().window;
    let place = if maximized {
        // Keep where it returns to when un-maximised.
        previous.map(|p| WindowPlace {
            maximized: true,
            ..p
        })
    } else {
        match (window.outer_position(), window.inner_size()) {
            (Ok(at), Ok(size)) => Some(WindowPlace {
                x: at.x,
                y: at.y,
                width: size.width,
                height: size.height,
                maximized: false,
            }),
            _ => None,
        }
    };
    if place.is_some() && place != previous {
        if let Err(e) = state.preferences().update(|p| p.window = place) {
            eprintln!("smo-workbench: cannot remember the window: {}", e.message);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LAPTOP: Screen = Screen {
        x: 0,
        y: 0,
        width: 1920,
        height: 1080,
    };
    const PROJECTOR: Screen = Screen {
        x: 1920,
        y: 0,
        width: 1024,
        height: 768,
    };

    fn place(x: i32, y: i32, width: u32, height: u32) -> WindowPlace {
        WindowPlace {
            x,
            y,
            width,
            height,
            maximized: false,
        }
    }

    #[test]
    fn a_place_on_a_screen_is_kept() {
        let saved = place(2000, 40, 900, 650);
        assert_eq!(fitted(saved, &[LAPTOP, PROJECTOR]), Some(saved));
        let on_laptop = WindowPlace {
            maximized: true,
            ..place(100, 100, 1280, 820)
        };
        assert_eq!(fitted(on_laptop, &[LAPTOP]), Some(on_laptop));
    }

    #[test]
    fn a_place_on_a_screen_that_is_gone_is_dropped() {
        // On the projector last time; only the laptop now.
        assert_eq!(fitted(place(2000, 40, 900, 650), &[LAPTOP]), None);
        // Far off anything, or above the top edge.
        assert_eq!(fitted(place(-5000, 10, 900, 650), &[LAPTOP]), None);
        assert_eq!(fitted(place(100, -200, 900, 650), &[LAPTOP]), None);
        assert_eq!(fitted(place(100, 100, 900, 650), &[]), None);
    }

    #[test]
    fn a_place_partly_off_its_screen_or_larger_than_it_is_fitted() {
        // Half off the right edge of the laptop, nothing to the right now.
        assert_eq!(
            fitted(place(1500, 200, 900, 650), &[LAPTOP]),
            Some(place(1020, 200, 900, 650))
        );
        // Larger than the projector it is now on.
        assert_eq!(
            fitted(place(1950, 10, 1600, 1000), &[LAPTOP, PROJECTOR]),
            Some(place(1920, 0, 1024, 768))
        );
    }
}
