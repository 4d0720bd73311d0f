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

/// The approximate width of `text` set at `size`, for layout decisions made
/// without font metrics (an average glyph is about 0.55 em wide in a sans face).
pub fn approximate_width(text: &str, size: f64) -> f64 {
    text.chars().count() as f64 * size * 0.55
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

#[cfg(test)]
mod tests {
    use super::*;

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
