//! Draws a `smo-chart` [`Chart`] on a page as vectors: the same shapes the
//! screen shows as SVG. Fills with opacity are blended with white (paper is
//! white) and drawn first, so grid lines stay visible on top of them.

use std::collections::BTreeSet;

use smo_chart::palette::WHITE;
use smo_chart::{Anchor, Chart, Rgb, Shape};

use crate::fonts::{Face, Fonts};
use crate::layout::{Canvas, Style};

fn blend(c: Rgb, alpha: f64) -> Rgb {
    let mix = |v: u8, w: u8| {
        (f64::from(v) * alpha + f64::from(w) * (1.0 - alpha))
            .round()
            .clamp(0.0, 255.0) as u8
    };
    Rgb(mix(c.0, WHITE.0), mix(c.1, WHITE.1), mix(c.2, WHITE.2))
}

/// Draws `chart` with its top-left corner at `origin`, scaled by `scale`.
pub fn draw_chart(
    page: &mut Canvas,
    fonts: &Fonts,
    chart: &Chart,
    origin: (f64, f64),
    scale: f64,
    missing: &mut BTreeSet<char>,
) {
    let at = |x: f64, y: f64| (origin.0 + x * scale, origin.1 + y * scale);
    // Translucent areas first.
    for shape in &chart.shapes {
        if let Shape::Polygon {
            points,
            fill: Some((c, alpha)),
            ..
        } = shape
        {
            if *alpha < 1.0 {
                let pts: Vec<(f64, f64)> = points.iter().map(|p| at(p.x, p.y)).collect();
                page.polygon(&pts, Some(blend(*c, *alpha)), None);
            }
        }
    }
    for shape in &chart.shapes {
        match shape {
            Shape::Polygon {
                points,
                fill,
                stroke,
            } => {
                let pts: Vec<(f64, f64)> = points.iter().map(|p| at(p.x, p.y)).collect();
                let solid = fill.filter(|(_, a)| *a >= 1.0).map(|(c, _)| c);
                let outline = stroke.map(|s| (s.color, s.width * scale, s.dash.map(|d| d * scale)));
                if solid.is_some() || outline.is_some() {
                    page.polygon(&pts, solid, outline);
                }
            }
            Shape::Line { from, to, stroke } => page.line(
                at(from.x, from.y),
                at(to.x, to.y),
                stroke.color,
                stroke.width * scale,
                stroke.dash.map(|d| d * scale),
            ),
            Shape::Dot {
                center,
                radius,
                fill,
            } => {
                let (cx, cy) = at(center.x, center.y);
                let r = radius * scale;
                let pts: Vec<(f64, f64)> = (0..12)
                    .map(|k| {
                        let a = std::f64::consts::TAU * f64::from(k) / 12.0;
                        (cx + r * a.cos(), cy + r * a.sin())
                    })
                    .collect();
                page.polygon(&pts, Some(*fill), None);
            }
            Shape::Rect {
                origin: o,
                width,
                height,
                fill,
                stroke,
                ..
            } => {
                let (x, y) = at(o.x, o.y);
                let (w, h) = (width * scale, height * scale);
                if let Some(f) = fill {
                    page.fill_rect(x, y, w, h, *f);
                }
                if let Some(s) = stroke {
                    let corners = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)];
                    page.polygon(&corners, None, Some((s.color, s.width * scale, None)));
                }
            }
            Shape::Text { at: p, text, style } => {
                let face = if style.bold {
                    Face::Bold
                } else {
                    Face::Regular
                };
                let size = style.size * scale;
                let printable = fonts.printable(face, text, missing);
                let w = fonts.width(face, size, &printable);
                let (x, y) = at(p.x, p.y);
                let x = match style.anchor {
                    Anchor::Start => x,
                    Anchor::Middle => x - w / 2.0,
                    Anchor::End => x - w,
                };
                page.text(
                    x,
                    y,
                    &printable,
                    Style {
                        face,
                        size,
                        color: style.color,
                    },
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blending_with_white_lightens() {
        let c = Rgb(0x1f, 0x4e, 0x8c);
        assert_eq!(blend(c, 1.0), c);
        assert_eq!(blend(c, 0.0), WHITE);
        let half = blend(c, 0.5);
        assert!(half.luminance() > c.luminance());
    }
}
