//! What the app remembers about how it is used, apart from the workshops:
//! the zoom of the whole UI (Ctrl + / − / 0), where the main window was, and
//! the screen the presenter window last went to. A small JSON file beside the
//! database, `preferences.json`, never the database itself, so restoring a
//! backup does not change how the app looks. A missing or unreadable file
//! gives the defaults (and says so on stderr); the next change rewrites it.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::export::write_atomically;
use crate::{AppError, ErrorCode};

/// The file's name in the data directory.
pub const FILE_NAME: &str = "preferences.json";

/// How large the whole UI is drawn: 1.0 is 100 %. Between 50 % and 300 %.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(try_from = "f64", into = "f64")]
#[ts(type = "number")]
pub struct Zoom(f64);

impl Zoom {
    /// 100 %.
    pub const ACTUAL_SIZE: Zoom = Zoom(1.0);
    /// The smallest, 50 %.
    pub const MIN: Zoom = Zoom(0.5);
    /// The largest, 300 %.
    pub const MAX: Zoom = Zoom(3.0);
    const RANGE: std::ops::RangeInclusive<f64> = Zoom::MIN.0..=Zoom::MAX.0;

    /// The factor, 1.0 for 100 %.
    pub fn factor(self) -> f64 {
        self.0
    }
}

impl TryFrom<f64> for Zoom {
    type Error = AppError;

    fn try_from(factor: f64) -> Result<Zoom, AppError> {
        if factor.is_finite() && Zoom::RANGE.contains(&factor) {
            Ok(Zoom(factor))
        } else {
            Err(AppError::new(
                ErrorCode::InvalidInput,
                format!("The zoom must be between 50 % and 300 %, not {factor}"),
            ))
        }
    }
}

impl From<Zoom> for f64 {
    fn from(zoom: Zoom) -> f64 {
        zoom.0
    }
}

impl Default for Zoom {
    fn default() -> Zoom {
        Zoom::ACTUAL_SIZE
    }
}

/// The remembered settings, as stored. A file written before a setting
/// existed reads with its default.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Preferences {
    /// The UI's zoom.
    pub zoom: Zoom,
    /// The name of the screen the presenter window last went full screen on.
    pub presenter_screen: Option<String>,
    /// Where the main window was.
    pub window: Option<crate::window_place::WindowPlace>,
}

/// The preferences of one data directory, read at start and written on change.
#[derive(Debug)]
pub struct PreferenceFile {
    path: Option<PathBuf>,
    current: Mutex<Preferences>,
}

impl PreferenceFile {
    /// Reads `dir`'s file; without a directory (the database could not be
    /// found) the defaults apply and nothing is written.
    pub fn load(dir: Option<&Path>) -> PreferenceFile {
        let path = dir.map(|d| d.join(FILE_NAME));
        let current = path.as_deref().map(read).unwrap_or_default();
        PreferenceFile {
            path,
            current: Mutex::new(current),
        }
    }

    /// What is remembered now.
    pub fn get(&self) -> Preferences {
        self.current
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// Remembers `change` applied to the current preferences.
    pub fn update(&self, change: impl FnOnce(&mut Preferences)) -> Result<Preferences, AppError> {
        let mut current = self
            .current
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut next = current.clone();
        change(&mut next);
        if let Some(path) = &self.path {
            let json = serde_json::to_vec_pretty(&next)
                .map_err(|e| AppError::internal(format!("Cannot write the preferences: {e}")))?;
            write_atomically(path, &json)?;
        }
        *current = next.clone();
        Ok(next)
    }
}

fn read(path: &Path) -> Preferences {
    match std::fs::read(path) {
        Ok(bytes) => serde_json::from_slice(&bytes).unwrap_or_else(|e| {
            eprintln!(
                "smo-workbench: {} cannot be read ({e}); using the defaults",
                path.display()
            );
            Preferences::default()
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Preferences::default(),
        Err(e) => {
            eprintln!(
                "smo-workbench: {} cannot be read ({e}); using the defaults",
                path.display()
            );
            Preferences::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_zoom_is_remembered_and_a_bad_file_gives_the_defaults() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = PreferenceFile::load(Some(dir.path()));
        assert_eq!(file.get().zoom, Zoom::ACTUAL_SIZE);
        file.update(|p| p.zoom = Zoom::try_from(1.25).expect("in range"))
            .expect("written");
        assert_eq!(
            PreferenceFile::load(Some(dir.path())).get().zoom.factor(),
            1.25
        );

        std::fs::write(dir.path().join(FILE_NAME), b"{\"zoom\": 9}").expect("written");
        assert_eq!(
            PreferenceFile::load(Some(dir.path())).get(),
            Preferences::default()
        );
        std::fs::write(dir.path().join(FILE_NAME), b"not json").expect("written");
        assert_eq!(
            PreferenceFile::load(Some(dir.path())).get(),
            Preferences::default()
        );
    }

    #[test]
    fn a_file_from_before_the_presenter_screen_still_reads_and_keeps_its_zoom() {
        let dir = tempfile::tempdir().expect("temp dir");
        // What release 0.1 (issue 16) wrote.
        std::fs::write(dir.path().join(FILE_NAME), b"{\n  \"zoom\": 1.25\n}").expect("written");
        let file = PreferenceFile::load(Some(dir.path()));
        assert_eq!(file.get().zoom.factor(), 1.25);
        assert_eq!(file.get().presenter_screen, None);
        file.update(|p| p.presenter_screen = Some("HDMI-1".into()))
            .expect("written");
        let again = PreferenceFile::load(Some(dir.path())).get();
        assert_eq!(
            (again.zoom.factor(), again.presenter_screen.as_deref()),
            (1.25, Some("HDMI-1"))
        );
    }

    /// What the release that remembered the window's place (issue 20) writes.
    const WINDOW_RELEASE_FILE: &str = r#"{
  "zoom": 1.1,
  "presenterScreen": "HDMI-1",
  "window": {
    "x": 40,
    "y": 30,
    "width": 1280,
    "height": 820,
    "maximized": true
  }
}"#;

    #[test]
    fn a_file_with_the_window_place_reads_and_is_written_the_same() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join(FILE_NAME), WINDOW_RELEASE_FILE).expect("written");
        let read = PreferenceFile::load(Some(dir.path())).get();
        let place = crate::window_place::WindowPlace {
            x: 40,
            y: 30,
            width: 1280,
            height: 820,
            maximized: true,
        };
        assert_eq!(read.window, Some(place));
        assert_eq!(
            (read.zoom.factor(), read.presenter_screen.as_deref()),
            (1.1, Some("HDMI-1"))
        );
        // Written again unchanged: the format has not moved.
        let other = tempfile::tempdir().expect("temp dir");
        PreferenceFile::load(Some(other.path()))
            .update(|p| *p = read.clone())
            .expect("written");
        let written = std::fs::read_to_string(other.path().join(FILE_NAME)).expect("read");
        assert_eq!(written, WINDOW_RELEASE_FILE);
    }

    #[test]
    fn a_zoom_out_of_range_is_refused_by_name() {
        for bad in [0.1, 3.5, f64::NAN, f64::INFINITY] {
            let e = Zoom::try_from(bad).expect_err("refused");
            assert_eq!(e.code, ErrorCode::InvalidInput);
            assert!(e.message.contains("zoom"), "{}", e.message);
        }
        assert!(Zoom::try_from(0.5).is_ok() && Zoom::try_from(3.0).is_ok());
    }
}
