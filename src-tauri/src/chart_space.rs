//! The room the screen gives a chart, as the UI measures it: charts are laid
//! out for the space they are shown in, with their text at the size asked
//! for, instead of being drawn once and scaled (which shrank their labels to
//! 6 px on a 1024-wide projector).

use serde::Deserialize;
use smo_chart::Frame;

use crate::{AppError, ErrorCode};

/// A chart's room on screen, in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ChartSpace {
    /// The width the chart fills.
    pub width: f64,
    /// The most height it may take.
    pub max_height: f64,
    /// Its body text size.
    pub text: f64,
}

impl ChartSpace {
    /// The checked frame for the chart `what` ("the radar"); a space that
    /// cannot hold a chart is refused with a message naming the chart and the
    /// number at fault.
    pub fn frame(self, what: &str) -> Result<Frame, AppError> {
        Frame::new(self.width, self.max_height, self.text).map_err(|e| {
            AppError::new(ErrorCode::InvalidInput, format!("Cannot draw {what}: {e}."))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_space_too_small_or_not_a_number_is_refused_by_name() {
        let space = |width, max_height, text| ChartSpace {
            width,
            max_height,
            text,
        };
        assert!(space(800.0, 600.0, 15.0).frame("the radar").is_ok());
        for (bad, says) in [
            (space(100.0, 600.0, 15.0), "width"),
            (space(800.0, 20.0, 15.0), "height"),
            (space(800.0, 600.0, f64::NAN), "text size"),
            (space(f64::INFINITY, 600.0, 15.0), "width"),
        ] {
            let e = bad.frame("the radar").expect_err("refused");
            assert_eq!(e.code, ErrorCode::InvalidInput);
            assert!(
                e.message.contains("the radar") && e.message.contains(says),
                "{}",
                e.message
            );
        }
    }
}
