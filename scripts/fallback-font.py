#!/usr/bin/env python3
"""Writes assets/fonts/DejaVuSans-Fallback.ttf: DejaVu Sans cut down to the
characters Noto Sans lacks, the only ones the documents ever draw with it.

The PDF writer and the Word writer's charts take each character from Noto Sans
when it has one and from DejaVu Sans only when it has not
(crates/smo-pdf/src/fonts.rs, `Fonts::source`); the space, which a run of
fallback characters carries on with, is kept too. Every other glyph of DejaVu
Sans (Latin, Greek, Cyrillic: 2,281 characters Noto Sans already draws) was
shipped and never used. The layout tables, kerning and hinting are kept.

Run once when either font changes; the result is committed:

    python3 -m venv /tmp/ft && /tmp/ft/bin/pip install fonttools==4.68.0
    /tmp/ft/bin/python scripts/fallback-font.py [path/to/DejaVuSans.ttf]

The source defaults to Debian's fonts-dejavu-core (2.37).
"""

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "assets" / "fonts"
NOTO = ["NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic", "NotoSans-BoldItalic"]
# A run of fallback characters carries on through a space (`Fonts::runs`).
ALWAYS = {0x20, 0xA0}


def main() -> None:
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    out = FONTS / "DejaVuSans-Fallback.ttf"

    # What every Noto face draws: a character one face lacks falls back.
    noto = None
    for face in NOTO:
        cmap = set(TTFont(FONTS / f"{face}.ttf").getBestCmap())
        noto = cmap if noto is None else noto & cmap

    font = TTFont(source)
    keep = sorted((set(font.getBestCmap()) - noto) | ALWAYS)

    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.glyph_names = True
    options.legacy_kern = True
    options.notdef_outline = True
    options.recommended_glyphs = True
    options.hinting = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=keep)
    subsetter.subset(font)
    font.save(out)
    print(f"{out.relative_to(ROOT)}: {len(keep)} characters, {out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
