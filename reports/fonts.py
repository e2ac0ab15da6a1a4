"""Locate and register the bundled Vazirmatn fonts with reportlab.

The fonts live in ``resources/fonts`` at the top of the repository (see the
README there for their origin and licence).  reportlab subsets and embeds
TrueType fonts automatically, so every PDF we write carries the glyphs it
uses.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR: Path = Path(__file__).resolve().parent.parent / "resources" / "fonts"

REGULAR = "Vazirmatn"
MEDIUM = "Vazirmatn-Medium"
BOLD = "Vazirmatn-Bold"

_FILES: dict[str, str] = {
    REGULAR: "Vazirmatn-Regular.ttf",
    MEDIUM: "Vazirmatn-Medium.ttf",
    BOLD: "Vazirmatn-Bold.ttf",
}

_lock = threading.Lock()
_registered = False


def font_path(name: str) -> Path:
    """Return the file of one of the registered font names."""
    return FONT_DIR / _FILES[name]


def register_fonts() -> None:
    """Register Vazirmatn Regular/Medium/Bold once per process (thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, file in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True


@lru_cache(maxsize=8)
def covered_codepoints(name: str = REGULAR) -> frozenset[int]:
    """The code points the font has a glyph for (used to avoid .notdef boxes)."""
    register_fonts()
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)


def ascent(name: str) -> float:
    """The font's ascent in units of 1/1000 em."""
    register_fonts()
    return float(pdfmetrics.getFont(name).face.ascent)


def descent(name: str) -> float:
    """The font's descent (negative) in units of 1/1000 em."""
    register_fonts()
    return float(pdfmetrics.getFont(name).face.descent)
