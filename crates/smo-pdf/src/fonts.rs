//! The embedded typeface (Noto Sans, SIL OFL, in `assets/fonts/`): its four
//! faces, their metrics, and what to do with a character none of them has.

use std::collections::BTreeSet;

use printpdf::{FontId, ParsedFont, PdfFont};

/// A face of the typeface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Face {
    /// Body text.
    Regular,
    /// Headings and emphasis.
    Bold,
    /// Notes and captions.
    Italic,
    /// Emphasised notes.
    BoldItalic,
}

impl Face {
    const ALL: [Face; 4] = [Face::Regular, Face::Bold, Face::Italic, Face::BoldItalic];

    /// The font's resource name in the PDF. Six capitals, because the first six
    /// characters also become the subset tag (`SMOREG+NotoSans-Regular`), so
    /// the same document always gets the same names.
    fn resource(self) -> &'static str {
        match self {
            Face::Regular => "SMOREG",
            Face::Bold => "SMOBLD",
            Face::Italic => "SMOITA",
            Face::BoldItalic => "SMOBDI",
        }
    }

    fn bytes(self) -> &'static [u8] {
        match self {
            Face::Regular => include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf"),
            Face::Bold => include_bytes!("../../../assets/fonts/NotoSans-Bold.ttf"),
            Face::Italic => include_bytes!("../../../assets/fonts/NotoSans-Italic.ttf"),
            Face::BoldItalic => include_bytes!("../../../assets/fonts/NotoSans-BoldItalic.ttf"),
        }
    }

    fn index(self) -> usize {
        match self {
            Face::Regular => 0,
            Face::Bold => 1,
            Face::Italic => 2,
            Face::BoldItalic => 3,
        }
    }
}

/// The four faces, parsed once per document.
pub struct Fonts {
    faces: Vec<ParsedFont>,
    units_per_em: f64,
    replacement: char,
}

/// The character drawn for one the typeface lacks, when the typeface has it.
const REPLACEMENT: char = '\u{FFFD}';

impl Fonts {
    /// Parses the embedded faces. They are part of the binary and tested, so a
    /// failure here is a build defect, reported as an error all the same.
    pub fn load() -> Result<Fonts, String> {
        let mut faces = Vec::with_capacity(4);
        for face in Face::ALL {
            let parsed = ParsedFont::from_bytes(face.bytes(), 0, &mut Vec::new())
                .ok_or_else(|| format!("the embedded font {face:?} cannot be read"))?;
            faces.push(parsed);
        }
        let units_per_em = faces.first().map_or(1000.0, |f| {
            f64::from(f.pdf_font_metrics.units_per_em.max(1))
        });
        let mut fonts = Fonts {
            faces,
            units_per_em,
            replacement: '?',
        };
        if fonts.has(Face::Regular, REPLACEMENT) {
            fonts.replacement = REPLACEMENT;
        }
        Ok(fonts)
    }

    fn face(&self, face: Face) -> Option<&ParsedFont> {
        self.faces.get(face.index())
    }

    /// Whether `face` has a glyph for `c`.
    pub fn has(&self, face: Face, c: char) -> bool {
        self.face(face)
            .and_then(|f| f.lookup_glyph_index(u32::from(c)))
            .is_some_and(|g| g != 0)
    }

    /// `text` with every character `face` lacks replaced by a visible
    /// replacement; the replaced characters are added to `missing`.
    pub fn printable(&self, face: Face, text: &str, missing: &mut BTreeSet<char>) -> String {
        text.chars()
            .map(|c| {
                if c == ' ' || self.has(face, c) {
                    c
                } else if c.is_whitespace() {
                    ' '
                } else {
                    missing.insert(c);
                    self.replacement
                }
            })
            .collect()
    }

    /// The advance width of `text` (already printable) set in `face` at `size` points.
    pub fn width(&self, face: Face, size: f64, text: &str) -> f64 {
        let Some(font) = self.face(face) else {
            return 0.0;
        };
        let units: f64 = text
            .chars()
            .map(|c| {
                font.lookup_glyph_index(u32::from(c))
                    .map_or(0.0, |g| f64::from(font.get_horizontal_advance(g)))
            })
            .sum();
        units * size / self.units_per_em
    }

    /// `text` (already printable) shortened with an ellipsis until it is at
    /// most `width` points wide in `face` at `size`.
    pub fn fit(&self, face: Face, size: f64, text: &str, width: f64) -> String {
        let mut s = text.to_owned();
        while self.width(face, size, &s) > width && s.chars().count() > 1 {
            s.pop();
            s.pop();
            s.push('…');
        }
        s
    }

    /// The faces as printpdf resources, under their fixed names.
    pub fn resources(&self) -> Vec<(FontId, PdfFont)> {
        Face::ALL
            .iter()
            .filter_map(|&face| {
                self.face(face)
                    .map(|f| (FontId(face.resource().to_owned()), PdfFont::new(f.clone())))
            })
            .collect()
    }

    /// The resource id of `face`.
    pub fn id(face: Face) -> FontId {
        FontId(face.resource().to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_typeface_covers_latin_extended_greek_and_cyrillic() {
        let fonts = Fonts::load().expect("fonts");
        for c in "Řezníčková Παπαδοπούλου Кузнецова ąęłżő ß €".chars()
        {
            assert!(c == ' ' || fonts.has(Face::Regular, c), "{c}");
            assert!(c == ' ' || fonts.has(Face::Bold, c), "{c}");
        }
    }

    #[test]
    fn missing_characters_are_replaced_and_reported() {
        let fonts = Fonts::load().expect("fonts");
        let mut missing = BTreeSet::new();
        let out = fonts.printable(Face::Regular, "SMO 日本 ok", &mut missing);
        assert_eq!(missing, BTreeSet::from(['日', '本']));
        assert_eq!(out.chars().filter(|c| *c == fonts.replacement).count(), 2);
        assert!(out.starts_with("SMO ") && out.ends_with(" ok"));
    }

    #[test]
    fn widths_grow_with_text_and_size() {
        let fonts = Fonts::load().expect("fonts");
        let a = fonts.width(Face::Regular, 10.0, "Service");
        assert!(a > 20.0 && a < 50.0, "{a}");
        assert!((fonts.width(Face::Regular, 20.0, "Service") - 2.0 * a).abs() < 1e-9);
        assert!(fonts.width(Face::Bold, 10.0, "Service") > a);
    }
}
