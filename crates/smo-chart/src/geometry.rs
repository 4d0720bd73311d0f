//! The shapes a chart is made of, in points (1/72 inch) with the origin at the
//! top left and y pointing down, as on screen. The PDF renderer flips y.

use crate::Rgb;

/// A position.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// Rightwards from the left edge.
    pub x: f64,
    /// Downwards from the top edge.
    pub y: f64,
}

/// How a line is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    /// Colour.
    pub color: Rgb,
    /// Width in points.
    pub width: f64,
    /// Dash length (with an equal gap), or `None` for a solid line.
    pub dash: Option<f64>,
}

/// Where a text's anchor point is, horizontally.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// The text starts at the point.
    Start,
    /// The text is centred on the point.
    Middle,
    /// The text ends at the point.
    End,
}

/// How a text is set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    /// Font size in points.
    pub size: f64,
    /// Bold or regular.
    pub bold: bool,
    /// Colour.
    pub color: Rgb,
    /// Horizontal anchoring.
    pub anchor: Anchor,
}

/// One drawing instruction.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A closed polygon.
    Polygon {
        /// Corners, in order.
        points: Vec<Point>,
        /// Fill colour and opacity (0–1), if filled.
        fill: Option<(Rgb, f64)>,
        /// Outline, if any.
        stroke: Option<Stroke>,
    },
    /// A straight line.
    Line {
        /// Start.
        from: Point,
        /// End.
        to: Point,
        /// How it is drawn.
        stroke: Stroke,
    },
    /// A filled circle (a data point).
    Dot {
        /// Centre.
        center: Point,
        /// Radius.
        radius: f64,
        /// Fill.
        fill: Rgb,
    },
    /// A rectangle.
    Rect {
        /// Top-left corner.
        origin: Point,
        /// Width.
        width: f64,
        /// Height.
        height: f64,
        /// Fill, if filled.
        fill: Option<Rgb>,
        /// Outline, if any.
        stroke: Option<Stroke>,
        /// What the rectangle stands for, for tooltips and screen readers.
        tooltip: Option<String>,
    },
    /// A single line of text; `at` is on the baseline.
    Text {
        /// Anchor point, on the baseline.
        at: Point,
        /// The text.
        text: String,
        /// How it is set.
        style: TextStyle,
    },
}

/// A finished chart: everything needed to draw it at its size.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// Width in points.
    pub width: f64,
    /// Height in points.
    pub height: f64,
    /// A short title ("Current vs target by practice").
    pub title: String,
    /// A text alternative that states what the chart shows, value by value.
    pub description: String,
    /// The shapes, in drawing order.
    pub shapes: Vec<Shape>,
}

/// The room a chart is laid out for, in the unit it will be drawn in (CSS
/// pixels on screen, points on paper): how wide it is, how tall it may be at
/// most, and the size of its body text. A chart fills the width and keeps its
/// text at `text` (a little smaller where many labels crowd a radar); rows,
/// bars, dots and paddings follow the text. So a wider frame gives a chart
/// more room, not bigger dots, and text that is readable on a projector stays
/// readable however the window is sized.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    /// The width the chart fills.
    pub width: f64,
    /// The most height it may take (a radar stays inside it; a heat map or
    /// timeline is as tall as its rows need and ignores it).
    pub max_height: f64,
    /// The size of the chart's body text.
    pub text: f64,
}

/// Why a [`Frame`] cannot be used, naming the number at fault.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FrameError {
    /// The text size is not a number between 6 and 48.
    #[error("the chart's text size must be between 6 and 48, not {0}")]
    Text(f64),
    /// The width is not a number, or too narrow to hold twelve characters.
    #[error("the chart's width must be at least 12 times its text size ({min}), not {width}")]
    Width {
        /// The width asked for.
        width: f64,
        /// The least that works with the text size asked for.
        min: f64,
    },
    /// The height is not a number, or too short to hold four lines.
    #[error("the chart's height must be at least 4 times its text size ({min}), not {height}")]
    Height {
        /// The height asked for.
        height: f64,
        /// The least that works with the text size asked for.
        min: f64,
    },
}

impl Frame {
    /// The frame of the printed radar: 640 × 520 points, 10-point text.
    pub const PRINT_RADAR: Frame = Frame {
        width: 640.0,
        max_height: 520.0,
        text: 10.0,
    };
    /// The frame of the printed heat map: a portrait page's width, 10-point text.
    pub const PRINT_HEAT_MAP: Frame = Frame {
        width: 480.0,
        max_height: f64::INFINITY,
        text: 10.0,
    };
    /// The frame of the printed timeline: a landscape page's width, 9.5-point text.
    pub const PRINT_TIMELINE: Frame = Frame {
        width: 980.0,
        max_height: f64::INFINITY,
        text: 9.5,
    };

    /// A frame, checked: every number finite, text from 6 to 48, and room for
    /// at least twelve characters across and four lines down.
    pub fn new(width: f64, max_height: f64, text: f64) -> Result<Frame, FrameError> {
        if !text.is_finite() || !(6.0..=48.0).contains(&text) {
            return Err(FrameError::Text(text));
        }
        if !width.is_finite() || width < 12.0 * text {
            return Err(FrameError::Width {
                width,
                min: 12.0 * text,
            });
        }
        if max_height.is_nan() || max_height < 4.0 * text {
            return Err(FrameError::Height {
                height: max_height,
                min: 4.0 * text,
            });
        }
        Ok(Frame {
            width,
            max_height,
            text,
        })
    }
}

/// The approximate width of `text` set at `size`, for layout decisions made
/// without font metrics. An average glyph of a sans face is about 0.55 em
/// wide; 0.6 leaves room for wider faces (the screen may fall back to DejaVu
/// Sans) so that a label measured to fit is never cut off.
pub fn approximate_width(text: &str, size: f64) -> f64 {
    text.chars().count() as f64 * size * 0.6
}

/// How many characters of text set at `size` fit in `room`.
pub fn chars_in(room: f64, size: f64) -> usize {
    // The small allowance keeps a room measured for n characters at n.
    (room.max(0.0) / (size * 0.6) + 1e-6).floor() as usize
}

/// `text` shortened with an ellipsis to at most `max` characters.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let kept: String = text.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", kept.trim_end())
    }
}

/// `text` broken at spaces into at most `max_lines` lines of at most
/// `max_chars` characters; what does not fit is shortened with an ellipsis
/// on the last line. A word longer than a line is cut.
pub fn wrap_words(text: &str, max_chars: usize, max_lines: usize) -> Vec<String> {
    if max_chars == 0 || max_lines == 0 {
        return Vec::new();
    }
    let mut lines: Vec<String> = Vec::new();
    let words: Vec<&str> = text.split_whitespace().collect();
    for (n, word) in words.iter().enumerate() {
        let fits = lines.last().is_some_and(|l| {
            !l.is_empty() && l.chars().count() + 1 + word.chars().count() <= max_chars
        });
        if fits {
            if let Some(line) = lines.last_mut() {
                line.push(' ');
                line.push_str(word);
            }
        } else if lines.len() == max_lines {
            // No line left: the rest goes on the last one, shortened.
            if let Some(last) = lines.last_mut() {
                *last = shorten(&format!("{last} {}", words[n..].join(" ")), max_chars);
            }
            break;
        } else {
            lines.push(shorten(word, max_chars));
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_words_breaks_at_spaces_and_shortens_what_does_not_fit() {
        assert_eq!(
            wrap_words("Service configuration management", 40, 2),
            ["Service configuration management"]
        );
        assert_eq!(
            wrap_words("Service configuration management", 22, 2),
            ["Service configuration", "management"]
        );
        assert_eq!(
            wrap_words(
                "Service configuration management of the whole estate",
                22,
                2
            ),
            ["Service configuration", "management of the who…"]
        );
        assert_eq!(wrap_words("Supercalifragilistic", 8, 2), ["Superca…"]);
        assert!(wrap_words("anything", 0, 2).is_empty());
    }

    #[test]
    fn shorten_keeps_short_text_and_marks_cut_text() {
        assert_eq!(shorten("Service desk", 20), "Service desk");
        assert_eq!(
            shorten("Service configuration management", 14),
            "Service confi…"
        );
        assert_eq!(shorten("é".repeat(30).as_str(), 10).chars().count(), 10);
    }
}
