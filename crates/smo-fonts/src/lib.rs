//! The typefaces SMO Workbench's documents are set in, embedded once so the
//! PDF renderer and the Word renderer's charts share one copy in the
//! binary: Noto Sans in four faces (SIL Open Font License) and DejaVu Sans
//! for the symbols Noto Sans lacks (its own free licence); both licences are
//! in `assets/fonts/`.

/// Noto Sans Regular.
pub static NOTO_SANS_REGULAR: &[u8] = include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf");
/// Noto Sans Bold.
pub static NOTO_SANS_BOLD: &[u8] = include_bytes!("../../../assets/fonts/NotoSans-Bold.ttf");
/// Noto Sans Italic.
pub static NOTO_SANS_ITALIC: &[u8] = include_bytes!("../../../assets/fonts/NotoSans-Italic.ttf");
/// Noto Sans Bold Italic.
pub static NOTO_SANS_BOLD_ITALIC: &[u8] =
    include_bytes!("../../../assets/fonts/NotoSans-BoldItalic.ttf");
/// DejaVu Sans, cut down to the characters Noto Sans lacks (≥, ≈, arrows,
/// ticks, other scripts) and the space: the only ones ever drawn with it
/// (`scripts/fallback-font.py` writes it).
pub static DEJAVU_SANS: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Fallback.ttf");
