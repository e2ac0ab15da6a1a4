"""Build ``NotoSansSC-Subset.ttf``: the Chinese font of the PDF reports.

Noto Sans CJK ships as CFF (PostScript) outlines in an OpenType collection, which
reportlab's ``TTFont`` cannot read. This script takes the Simplified Chinese member of
the collection, keeps only the characters of the two national character sets that an
office meets in partner names and addresses — every character of GB 2312 (mainland,
Simplified) and the frequently used characters of Big5 (Taiwan/Hong Kong, Traditional), plus CJK punctuation and the
full-width forms — and converts the outlines to TrueType quadratic curves (``cu2qu``)
so that reportlab can embed (and subset) it.

Only what reportlab draws is kept: the glyphs the character map reaches, their horizontal
metrics and names. The OpenType layout tables (GSUB, GPOS …) and the vertical metrics are
dropped — reportlab applies no OpenType feature, and following GSUB's ``locl`` and
vertical alternates pulled in some 18,000 glyphs for Japanese, Korean and vertical
forms that no report can reach, doubling the file (6.0 MB → 2.9 MB). The outlines of the
kept glyphs are the same as before, so a printed page does not change.

The output is reproducible: the same source gives the same bytes (the timestamps are the
source font's own, not the time of the run).

Run by hand when the font is updated (needs ``pip install fonttools``)::

    python tools/build_cjk_subset.py NotoSansCJK-Regular.ttc

(the collection comes from Debian's ``fonts-noto-cjk`` package, 1:20220127, or the Noto
CJK release).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

OUT = Path(__file__).resolve().parents[1] / "resources" / "fonts" / "NotoSansSC-Subset.ttf"
SC_NAME = "Noto Sans CJK SC"
# Maximum distance (in font units, 1000 per em) between a cubic curve and its quadratic
# approximation: invisible at print sizes.
MAX_ERR = 1.0


def charset() -> set[int]:
    """Code points of GB 2312 and Big5, CJK symbols/punctuation and full-width forms."""
    cps: set[int] = set()
    for lead in range(0xA1, 0xF8):
        for trail in range(0xA1, 0xFF):
            try:
                cps.update(map(ord, bytes([lead, trail]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    # Big5 rows A1-A3 are symbols, A4-C6 the 5,401 frequently used characters
    # (常用字); the 7,652 less frequent ones (C9-F9) are left out to halve the size.
    for lead in range(0xA1, 0xC7):
        for trail in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            try:
                cps.update(map(ord, bytes([lead, trail]).decode("big5")))
            except UnicodeDecodeError:
                pass
    cps.update(range(0x3000, 0x3040))  # CJK symbols and punctuation
    cps.update(range(0xFF01, 0xFF5F))  # full-width ASCII forms
    cps.update(range(0x20, 0x7F))
    return {cp for cp in cps if cp >= 0x20}


def pick_sc(path: Path) -> TTFont:
    """The Simplified Chinese face of a collection (or the font itself)."""
    if path.suffix.lower() == ".ttc":
        for font in TTCollection(str(path)).fonts:
            if font["name"].getDebugName(1) == SC_NAME:
                return font
        sys.exit(f"no {SC_NAME} in {path}")
    return TTFont(str(path))


def cff_to_glyf(font: TTFont) -> None:
    """Replace the CFF outlines by TrueType ones (in place)."""
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    head = font["head"]
    head.glyphDataFormat = 0
    head.indexToLocFormat = 0
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr, value in (
        ("maxZones", 1),
        ("maxTwilightPoints", 0),
        ("maxStorage", 0),
        ("maxFunctionDefs", 0),
        ("maxInstructionDefs", 0),
        ("maxStackElements", 0),
        ("maxSizeOfInstructions", 0),
        ("maxComponentElements", 0),
        ("maxPoints", 0),
        ("maxContours", 0),
        ("maxCompositePoints", 0),
        ("maxCompositeContours", 0),
        ("maxComponentDepth", 0),
    ):
        setattr(maxp, attr, value)
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font["post"].glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"


def main(argv: list[str] | None = None) -> None:
    """Subset, convert and write the font."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", type=Path, help="NotoSansCJK-Regular.ttc (or the SC .otf)")
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    args = ap.parse_args(argv)
    font = pick_sc(args.source)
    stamp = font["head"].modified  # the source's own date: the same bytes on every run
    options = subset.Options()
    options.layout_features = []
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "vhea", "vmtx", "VORG",
                            "DSIG"]
    options.hinting = False
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.recalc_bounds = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(charset()))
    subsetter.subset(font)
    cff_to_glyf(font)
    font.recalcBBoxes = True
    font.recalcTimestamp = False
    font["head"].created = font["head"].modified = stamp
    font.save(str(args.output))
    cmap = font.getBestCmap()
    han = sum(1 for cp in cmap if 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF)
    print(
        f"{args.output.name}: {len(cmap)} characters ({han} ideographs), "
        f"{args.output.stat().st_size / 1e6:.1f} MB"
    )


if __name__ == "__main__":
    main()
