"""The bundled fonts of the reports, the font chosen per run of text, and a text layer
that gives back the letters.

The fonts live in ``resources/fonts`` at the top of the repository (see the README there
for their origin, licence and size):

* **Vazirmatn** (Regular, Medium, Bold): Persian/Arabic and Latin, Turkish and
  Azerbaijani letters included (ğ ı İ ş ç ö ü ə);
* **Noto Sans** (Regular, Bold): what Vazirmatn lacks of Latin, Cyrillic and Greek
  (Фонд «Сколково»);
* **Noto Sans CJK SC**, subset to GB 2312 and the frequent Big5 characters and converted
  to TrueType outlines (one weight): Chinese, Simplified and Traditional.

``runs`` splits a string into runs of one font each: the first font of the chain that has
the character (Vazirmatn → Noto Sans → Noto Sans CJK), spaces and punctuation staying in
the run they sit in. reportlab subsets and embeds TrueType fonts on output, so a PDF
carries only the glyphs it uses.

The glyphs of a Persian line are drawn in their presentation forms (ﻣ ﺤ ﻤ ﺪ …) in visual
order. reportlab's ToUnicode map gives those forms back to a text extractor, so a search
for «تفاهم‌نامه» found nothing. ``LogicalTTFont`` writes the map of each presentation form
to its plain letter(s) instead (ﻣ → م, ﻻ → لا), the way office suites write their PDFs;
a reader (pdftotext, a viewer's Find and copy) then puts the right-to-left runs back in
reading order with its own bidi algorithm. The page itself is unchanged.
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

log = logging.getLogger(__name__)

FONT_DIR: Path = Path(__file__).resolve().parent.parent / "resources" / "fonts"

REGULAR = "Vazirmatn"
MEDIUM = "Vazirmatn-Medium"
BOLD = "Vazirmatn-Bold"
LATIN = "NotoSans"
LATIN_BOLD = "NotoSans-Bold"
CJK = "NotoSansSC"

_FILES: dict[str, str] = {
    REGULAR: "Vazirmatn-Regular.ttf",
    MEDIUM: "Vazirmatn-Medium.ttf",
    BOLD: "Vazirmatn-Bold.ttf",
    LATIN: "NotoSans-Regular.ttf",
    LATIN_BOLD: "NotoSans-Bold.ttf",
    CJK: "NotoSansSC-Subset.ttf",
}

#: The fonts tried, in order, for a character of text set in a given font.
FALLBACK: dict[str, tuple[str, ...]] = {
    REGULAR: (REGULAR, LATIN, CJK),
    MEDIUM: (MEDIUM, LATIN, CJK),
    BOLD: (BOLD, LATIN_BOLD, CJK),
    LATIN: (LATIN, REGULAR, CJK),
    LATIN_BOLD: (LATIN_BOLD, BOLD, CJK),
    CJK: (CJK, REGULAR, LATIN),
}

REPLACEMENT = "\ufffd"

_lock = threading.Lock()
_registered = False


def _is_presentation_form(cp: int) -> bool:
    return 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF


@lru_cache(maxsize=4096)
def logical_text(cp: int) -> str:
    """What a drawn character stands for in the text layer.

    A presentation form stands for its letters (NFKC). A ligature of several letters
    (ﻻ, ﷲ) is written in visual (reversed) order, because the glyphs of a right-to-left
    run are drawn in visual order and a reader reverses the whole run, the ligature's
    letters included: so ﻻ reads back as لا. An isolated diacritic form (ﹰ) stands for
    the mark alone.
    """
    ch = chr(cp)
    if not _is_presentation_form(cp):
        return ch
    text = unicodedata.normalize("NFKC", ch).replace(" ", "").replace("\u0640", "")
    if not text:
        return ch
    return text[::-1] if len(text) > 1 else text


def to_unicode_cmap(font_name: str, subset: list[int]) -> str:
    """A ToUnicode CMap for one 256-glyph subset, presentation forms mapped to letters."""
    entries = [
        f"<{i:02X}> <{logical_text(cp).encode('utf-16-be').hex().upper()}>"
        for i, cp in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({font_name})",
            f"/Ordering ({font_name})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{font_name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


class LogicalTTFont(TTFont):
    """reportlab's TrueType font whose ToUnicode maps give back letters, not shapes."""

    def addObjects(self, doc: Any) -> None:
        """Write the font objects as reportlab does, then replace each ToUnicode map."""
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
            name = base.decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + name)
            if stream is None:  # reportlab changed its internals: say so, keep its map
                log.warning("no ToUnicode map found for %s; text layer keeps shapes", name)
                continue
            stream.content = to_unicode_cmap(name, subset)


def font_path(name: str) -> Path:
    """Return the file of one of the registered font names."""
    return FONT_DIR / _FILES[name]


def register_fonts() -> None:
    """Register the bundled fonts once per process (thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, file in _FILES.items():
            pdfmetrics.registerFont(LogicalTTFont(name, str(FONT_DIR / file)))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True


@lru_cache(maxsize=8)
def covered_codepoints(name: str = REGULAR) -> frozenset[int]:
    """The code points one font has a glyph for."""
    register_fonts()
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)


@lru_cache(maxsize=8)
def chain_codepoints(name: str = REGULAR) -> frozenset[int]:
    """The code points that some font of ``name``'s fallback chain can show."""
    cover: frozenset[int] = frozenset()
    for font in FALLBACK.get(name, (name,)):
        cover |= covered_codepoints(font)
    return cover


def _neutral(ch: str) -> bool:
    """Spaces, punctuation and marks: they stay in the run they sit in when they can."""
    return not ch.isalnum() and unicodedata.category(ch)[0] in "PZSMC"


@lru_cache(maxsize=131072)
def runs(text: str, font: str = REGULAR) -> tuple[tuple[str, str], ...]:
    """``text`` as (font, substring) runs; a character no font has becomes U+FFFD."""
    if covered_codepoints(font).issuperset(map(ord, text)):
        return ((font, text),) if text else ()
    chain = FALLBACK.get(font, (font,))
    covers = [covered_codepoints(f) for f in chain]
    out: list[tuple[str, list[str]]] = []
    for ch in text:
        cp = ord(ch)
        if out and _neutral(ch) and cp in covered_codepoints(out[-1][0]):
            out[-1][1].append(ch)
            continue
        chosen = next((f for f, c in zip(chain, covers, strict=True) if cp in c), None)
        if chosen is None:
            chosen, ch = font, REPLACEMENT
        if out and out[-1][0] == chosen:
            out[-1][1].append(ch)
        else:
            out.append((chosen, [ch]))
    return tuple((f, "".join(chars)) for f, chars in out)


@lru_cache(maxsize=131072)
def text_width(text: str, font: str, size: float = 1.0) -> float:
    """Width in points of ``text`` drawn with its runs' fonts."""
    register_fonts()
    return sum(pdfmetrics.stringWidth(s, f, size) for f, s in runs(text, font))


def ascent(name: str) -> float:
    """The font's ascent in units of 1/1000 em."""
    register_fonts()
    return float(pdfmetrics.getFont(name).face.ascent)


def descent(name: str) -> float:
    """The font's descent (negative) in units of 1/1000 em."""
    register_fonts()
    return float(pdfmetrics.getFont(name).face.descent)
