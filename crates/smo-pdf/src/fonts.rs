//! The embedded typeface (Noto Sans, SIL OFL, in `assets/fonts/`): its four
//! faces, their metrics, and what to do with a character they lack. Symbols
//! Noto Sans lacks (≥, ≈, arrows, ticks, ★) are drawn from DejaVu Sans, the
//! fallback face; pictographs no face has (emoji) are left out, and any other
//! missing character prints as "□": "�" never reaches a page. Every character
//! left out or replaced is reported, so the caller can warn.

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
            Face::Regular => smo_fonts::NOTO_SANS_REGULAR,
            Face::Bold => smo_fonts::NOTO_SANS_BOLD,
            Face::Italic => smo_fonts::NOTO_SANS_ITALIC,
            Face::BoldItalic => smo_fonts::NOTO_SANS_BOLD_ITALIC,
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

/// The four faces and the fallback, parsed once per document.
pub struct Fonts {
    faces: Vec<ParsedFont>,
    /// Each face's [`Latin1`] table, in the order of `faces`.
    latin1: Vec<Latin1>,
    units_per_em: f64,
    symbols: ParsedFont,
    symbols_units_per_em: f64,
}

/// The fallback face's resource name (see [`Face::resource`]).
const SYMBOLS_RESOURCE: &str = "SMOSYM";

/// The character printed for one no face has (drawn from the fallback).
const REPLACEMENT: char = '\u{25A1}';

/// Which font draws a character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The face asked for.
    Face,
    /// The fallback, DejaVu Sans.
    Symbols,
}

/// Pictographs (emoji, flags) and the invisible characters that join or
/// colour them: left out when no face draws them.
fn pictographic(c: char) -> bool {
    matches!(
        u32::from(c),
        0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0xFE00..=0xFE0F | 0x200D | 0x20E3 | 0xE0020..=0xE007F
    )
}

/// Latin-1's characters (U+0000 to U+00FF) as a face sets them: each one's
/// advance in em, `None` where the face lacks it. Nearly every character of
/// a document is one of these, and a table read saves searching the face's
/// character map for each of them, several times over (measured, wrapped,
/// cut into runs). Read through [`Fonts::latin1`].
struct Latin1([Option<f64>; 256]);

impl Latin1 {
    fn of(font: &ParsedFont, units_per_em: f64) -> Latin1 {
        let mut table = [None; 256];
        for (code, advance) in (0u8..=255).zip(table.iter_mut()) {
            *advance = glyph(font, char::from(code))
                .map(|g| f64::from(font.get_horizontal_advance(g)) / units_per_em);
        }
        Latin1(table)
    }
}

/// `font`'s glyph for `c`, if it has one (glyph 0 is "missing").
fn glyph(font: &ParsedFont, c: char) -> Option<u16> {
    font.lookup_glyph_index(u32::from(c)).filter(|g| *g != 0)
}

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
        let latin1 = faces.iter().map(|f| Latin1::of(f, units_per_em)).collect();
        let symbols = ParsedFont::from_bytes(smo_fonts::DEJAVU_SANS, 0, &mut Vec::new())
            .ok_or_else(|| "the embedded fallback font cannot be read".to_owned())?;
        let symbols_units_per_em = f64::from(symbols.pdf_font_metrics.units_per_em.max(1));
        Ok(Fonts {
            faces,
            latin1,
            units_per_em,
            symbols,
            symbols_units_per_em,
        })
    }

    /// Which font draws `c` set in `face`, if any does.
    pub fn source(&self, face: Face, c: char) -> Option<Source> {
        if self.has(face, c) {
            Some(Source::Face)
        } else if glyph(&self.symbols, c).is_some() {
            Some(Source::Symbols)
        } else {
            None
        }
    }

    /// `text` (already printable) cut into runs each drawn by one font:
    /// (which font, the run), each run a slice of `text`.
    pub fn runs<'t>(&self, face: Face, text: &'t str) -> Vec<(Source, &'t str)> {
        // Each run's font and where it starts and ends in `text`.
        let mut runs: Vec<(Source, usize, usize)> = Vec::new();
        for (start, c) in text.char_indices() {
            let source = if c == ' ' {
                runs.last().map_or(Source::Face, |(s, _, _)| *s)
            } else {
                self.source(face, c).unwrap_or(Source::Face)
            };
            let end = start + c.len_utf8();
            match runs.last_mut() {
                Some((s, _, run_end)) if *s == source => *run_end = end,
                _ => runs.push((source, start, end)),
            }
        }
        runs.into_iter()
            .map(|(source, start, end)| (source, &text[start..end]))
            .collect()
    }

    /// The resource id of the font that draws a run from `source` in `face`.
    pub fn id_of(face: Face, source: Source) -> FontId {
        match source {
            Source::Face => Fonts::id(face),
            Source::Symbols => FontId(SYMBOLS_RESOURCE.to_owned()),
        }
    }

    fn face(&self, face: Face) -> Option<&ParsedFont> {
        self.faces.get(face.index())
    }

    /// Whether `face` has a glyph for `c`.
    pub fn has(&self, face: Face, c: char) -> bool {
        match self.latin1(face, c) {
            Some(advance) => advance.is_some(),
            None => self.face(face).and_then(|f| glyph(f, c)).is_some(),
        }
    }

    /// `c`'s advance in `face`, in em, from the face's [`Latin1`] table:
    /// `None` if `c` is not Latin-1, `Some(None)` if the face lacks it.
    fn latin1(&self, face: Face, c: char) -> Option<Option<f64>> {
        let code = u8::try_from(c).ok()?;
        Some(self.latin1.get(face.index())?.0[usize::from(code)])
    }

    /// `text` with every character `face` lacks replaced by a visible
    /// replacement; the replaced characters are added to `missing`.
    pub fn printable(&self, face: Face, text: &str, missing: &mut BTreeSet<char>) -> String {
        text.chars()
            .filter_map(|c| {
                if c == ' ' || self.source(face, c).is_some() {
                    Some(c)
                } else if c.is_whitespace() {
                    Some(' ')
                } else if pictographic(c) {
                    if !matches!(u32::from(c), 0xFE00..=0xFE0F | 0x200D) {
                        missing.insert(c);
                    }
                    None
                } else {
                    missing.insert(c);
                    Some(REPLACEMENT)
                }
            })
            .collect()
    }

    /// The advance width of `text` (already printable) set in `face` at `size` points.
    pub fn width(&self, face: Face, size: f64, text: &str) -> f64 {
        self.advance_from(face, 0.0, text) * size
    }

    /// `start` (an advance in em) plus each character of `text` in turn, in em:
    /// `width` is `advance_from(face, 0.0, text) * size`, so a line measured a
    /// word at a time adds up to exactly what measuring it whole gives.
    pub fn advance_from(&self, face: Face, start: f64, text: &str) -> f64 {
        let Some(font) = self.face(face) else {
            return 0.0;
        };
        text.chars().fold(start, |sum, c| {
            if let Some(Some(advance)) = self.latin1(face, c) {
                return sum + advance;
            }
            sum + match glyph(font, c) {
                Some(g) => f64::from(font.get_horizontal_advance(g)) / self.units_per_em,
                None => glyph(&self.symbols, c).map_or(0.0, |g| {
                    f64::from(self.symbols.get_horizontal_advance(g)) / self.symbols_units_per_em
                }),
            }
        })
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

    /// The faces as printpdf resources, under their fixed names: the last
    /// use of the fonts, which hands their parsed tables over rather than
    /// copying them.
    pub fn into_resources(self) -> Vec<(FontId, PdfFont)> {
        Face::ALL
            .iter()
            .zip(self.faces)
            .map(|(face, f)| (FontId(face.resource().to_owned()), PdfFont::new(f)))
            .chain([(
                FontId(SYMBOLS_RESOURCE.to_owned()),
                PdfFont::new(self.symbols),
            )])
            .collect()
    }

    /// The face whose resource id is `id`, if it is one of the four.
    pub fn face_of(id: &FontId) -> Option<Face> {
        Face::ALL.into_iter().find(|f| f.resource() == id.0)
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
        assert_eq!(out, "SMO □□ ok");
        assert!(!out.contains('\u{FFFD}'));
    }

    #[test]
    fn symbols_come_from_the_fallback_and_emoji_are_left_out() {
        let fonts = Fonts::load().expect("fonts");
        let mut missing = BTreeSet::new();
        let out = fonts.printable(Face::Bold, "Target ≥ 95 % ✓ → ≈ 🚀 done 👍🏽", &mut missing);
        assert_eq!(out, "Target ≥ 95 % ✓ → ≈  done ");
        assert_eq!(missing, BTreeSet::from(['🚀', '👍', '\u{1F3FD}']));
        let runs = fonts.runs(Face::Bold, "a ≥ b");
        let ids: Vec<String> = runs
            .iter()
            .map(|(source, _)| Fonts::id_of(Face::Bold, *source).0)
            .collect();
        assert_eq!(ids, ["SMOBLD", "SMOSYM", "SMOBLD"]);
        assert_eq!(runs.iter().map(|(_, r)| *r).collect::<String>(), "a ≥ b");
        assert!(
            fonts.width(Face::Regular, 10.0, "≥") > 3.0,
            "the fallback's glyph has a width"
        );
    }

    #[test]
    fn the_fallback_carries_only_what_a_face_lacks_and_the_space() {
        let fonts = Fonts::load().expect("fonts");
        let carried: Vec<char> = (0..=0x10FFFF_u32)
            .filter_map(char::from_u32)
            .filter(|c| glyph(&fonts.symbols, *c).is_some())
            .collect();
        for c in &carried {
            let every_face_has = Face::ALL.iter().all(|f| fonts.has(*f, *c));
            assert!(
                !every_face_has || matches!(c, ' ' | '\u{A0}'),
                "U+{:04X} is drawn by every face: the fallback never uses it",
                u32::from(*c)
            );
        }
        assert!(
            carried.contains(&' '),
            "a run of symbols carries on through a space"
        );
        // Scripts Noto Sans lacks still print, from the fallback.
        for c in "שלום ა Ա ≤ ≠ ★ ✗ ⇒ □".chars().filter(|c| *c != ' ') {
            assert_eq!(fonts.source(Face::Regular, c), Some(Source::Symbols), "{c}");
        }
    }

    #[test]
    fn the_latin1_tables_say_what_the_faces_say() {
        let fonts = Fonts::load().expect("fonts");
        for face in Face::ALL {
            let font = fonts.face(face).expect("face");
            for c in (0u8..=255).map(char::from) {
                let looked_up = glyph(font, c);
                assert_eq!(
                    fonts.has(face, c),
                    looked_up.is_some(),
                    "{face:?} U+{:04X}",
                    u32::from(c)
                );
                let advance = looked_up.map_or(0.0, |g| {
                    f64::from(font.get_horizontal_advance(g)) / fonts.units_per_em
                });
                if looked_up.is_some() {
                    assert_eq!(
                        fonts.advance_from(face, 0.0, &c.to_string()),
                        advance,
                        "{face:?} {c}"
                    );
                }
            }
            // Every printable Latin-1 character is the face's own.
            assert!(
                (' '..='~')
                    .chain('\u{A0}'..='ÿ')
                    .all(|c| fonts.has(face, c)),
                "{face:?}"
            );
        }
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
