//! The chart colours. Every pair that must be told apart (current vs target,
//! one level vs the next) differs in lightness, not only in hue, so charts still
//! read when printed in grayscale; the target is also dashed.

/// A colour as 8-bit red, green and blue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// The colour as `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance (0 black … 1 white), per WCAG.
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// Black or white, whichever reads better on this colour.
    pub fn text_on(self) -> Rgb {
        if self.luminance() > 0.35 {
            INK
        } else {
            WHITE
        }
    }
}

/// The brand colour: document titles, the cover band, headings.
pub const BRAND: Rgb = Rgb(0x1f, 0x4e, 0x79);
/// Body text.
pub const INK: Rgb = Rgb(0x1d, 0x26, 0x33);
/// Secondary text and axis labels.
pub const MUTED: Rgb = Rgb(0x5b, 0x67, 0x78);
/// Grid lines.
pub const GRID: Rgb = Rgb(0xcf, 0xd6, 0xdf);
/// Paper.
pub const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
/// The current state: a deep blue, drawn filled.
pub const CURRENT: Rgb = Rgb(0x1f, 0x4e, 0x8c);
/// The target state: an amber, drawn dashed and lighter than [`CURRENT`].
pub const TARGET: Rgb = Rgb(0xd9, 0x8a, 0x1c);
/// A cell with nothing scored.
pub const NOT_SCORED: Rgb = Rgb(0xf2, 0xf4, 0xf7);

/// Levels 0 to 5, from light to dark blue: each step is darker than the last.
pub const LEVELS: [Rgb; 6] = [
    Rgb(0xe8, 0xef, 0xf8),
    Rgb(0xc6, 0xd7, 0xee),
    Rgb(0x97, 0xb6, 0xde),
    Rgb(0x5f, 0x8c, 0xc6),
    Rgb(0x30, 0x63, 0xa6),
    Rgb(0x16, 0x3a, 0x6e),
];

/// Gaps 0 to 5, from light to dark red-brown: each step is darker than the last.
pub const GAPS: [Rgb; 6] = [
    Rgb(0xf4, 0xf4, 0xf1),
    Rgb(0xfb, 0xe3, 0xc4),
    Rgb(0xf5, 0xb8, 0x7a),
    Rgb(0xe0, 0x80, 0x45),
    Rgb(0xb8, 0x4a, 0x22),
    Rgb(0x7a, 0x22, 0x12),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ramps_get_darker_step_by_step_so_they_read_in_grayscale() {
        for ramp in [LEVELS, GAPS] {
            for pair in ramp.windows(2) {
                assert!(pair[0].luminance() > pair[1].luminance() + 0.03, "{pair:?}");
            }
        }
        assert!(TARGET.luminance() > CURRENT.luminance() + 0.15);
    }

    #[test]
    fn hex_is_lowercase_six_digits() {
        assert_eq!(Rgb(0x1f, 0x4e, 0x8c).hex(), "#1f4e8c");
    }
}
