"""The right-to-left text layer: Persian words to positioned glyph strings.

reportlab knows nothing about Arabic-script shaping or the bidi algorithm,
and reshaping+reordering a whole paragraph before reportlab wraps it puts
the first line at the bottom.  So this module does the work in the only
correct order:

1. split the *logical* text into words (spaces are the only break points,
   so a URL, an e-mail or a Latin name is never split);
2. choose the digits of each word (Persian digits in Persian runs, ASCII in
   URLs, e-mails and Latin words) and shape it with arabic-reshaper
   (ZWNJ is kept and stops the joining);
3. measure each shaped word once (cached) and fill lines greedily in
   logical order;
4. only then turn each line into visual order with python-bidi's
   ``get_display`` (base direction RTL for Persian, LTR for English) and
   mirror the brackets that sit in right-to-left runs (``bidi_levels``).

``RTLParagraph`` is the reportlab Flowable built on it; ``draw_line`` puts a
single line on a canvas (headers, footers, chart labels).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

import arabic_reshaper
from bidi import get_display
from reportlab.lib.colors import Color, black
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from reports import bidi_levels
from reports.fonts import BOLD, REGULAR, chain_codepoints, register_fonts, runs, text_width

log = logging.getLogger(__name__)

Align = Literal["right", "left", "center", "justify"]
Direction = Literal["rtl", "ltr", "auto"]
Digits = Literal["auto", "fa", "ascii"]

ZWNJ = "\u200c"
_PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
_TO_PERSIAN = str.maketrans("0123456789٠١٢٣٤٥٦٧٨٩", _PERSIAN_DIGITS * 2)
_TO_ASCII = str.maketrans(_PERSIAN_DIGITS + "٠١٢٣٤٥٦٧٨٩", "0123456789" * 2)
# Store and print the Persian forms of Yeh and Kaf; drop explicit bidi
# embeddings/isolates (our lines are resolved without them) and the BOM.
_NORMALISE = str.maketrans(
    {
        "ي": "ی",
        "ى": "ی",
        "ك": "ک",
        "\u202a": None,
        "\u202b": None,
        "\u202c": None,
        "\u202d": None,
        "\u202e": None,
        "\u2066": None,
        "\u2067": None,
        "\u2068": None,
        "\u2069": None,
        "\ufeff": None,
        "\t": " ",
        "\r": None,
    }
)
_URLISH = re.compile(r"://|^www\.|@|\.(?:com|ir|org|net|edu|gov|int|io|tr|cn|ru|de|uk)\b", re.I)
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_HAS_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06F0-\u06F9]")
# No-break spaces (U+00A0, U+202F) do not break: "+98 21 …" can be kept whole.
_SPACES = re.compile(r"[ \u2000-\u200b\u205f\u3000]+")

_reshaper = arabic_reshaper.ArabicReshaper(
    configuration={"delete_harakat": False, "support_ligatures": True}
)


class _FrozenConfig(dict[str, str]):
    """arabic-reshaper's settings read once: its ``reshape`` asks configparser for five
    booleans on every call, a third of the shaping time of a large directory."""

    _TRUE = frozenset({"1", "yes", "true", "on"})

    def getboolean(self, key: str) -> bool:
        """The setting *key* (case-insensitive, as configparser's) as a boolean."""
        return str(self.get(key.lower(), "")).lower() in self._TRUE


_reshaper.configuration = _FrozenConfig(
    {key.lower(): value for key, value in _reshaper.configuration.items()}
)


def normalise(text: str) -> str:
    """Persian Yeh/Kaf, no explicit bidi controls; ZWNJ is kept."""
    return text.translate(_NORMALISE)


def to_persian_digits(text: str) -> str:
    """Replace ASCII and Arabic-Indic digits by Persian digits (everywhere)."""
    return text.translate(_TO_PERSIAN)


def to_ascii_digits(text: str) -> str:
    """Replace Persian and Arabic-Indic digits by ASCII digits (everywhere)."""
    return text.translate(_TO_ASCII)


@lru_cache(maxsize=65536)
def word_script(word: str) -> Literal["ltr", "rtl", "neutral"]:
    """Direction a word belongs to: Latin-like (or URL/e-mail), Persian, or neither."""
    if _URLISH.search(word):
        return "ltr"
    rtl = False
    for ch in word:
        cls = bidi_levels.bidi_class(ch)
        if cls == "L" and ch.isalpha():
            return "ltr"  # any Latin letter: a name or code whose digits stay
        if cls in ("R", "AL"):
            rtl = True
    return "rtl" if rtl else "neutral"


def localise_digits(words: Sequence[str], rtl: bool, digits: Digits = "auto") -> list[str]:
    """Choose each word's digits.

    ``digits="fa"``/``"ascii"`` forces one kind except inside URLs, e-mails
    and Latin words, which always keep theirs.  ``"auto"`` gives Persian
    digits to the words of right-to-left runs in a Persian paragraph: Persian
    words and the neutral words (numbers, dates) that do not sit between two
    Latin words; an English paragraph keeps the digits it was given.
    """
    if digits == "auto" and not rtl:
        return list(words)
    scripts = [word_script(w) for w in words]
    out = list(words)
    n = len(words)
    for i, w in enumerate(words):
        if not _HAS_DIGIT.search(w):
            continue
        script = scripts[i]
        if script == "ltr":
            continue
        if digits == "ascii":
            out[i] = to_ascii_digits(w)
            continue
        if script == "neutral" and digits == "auto":
            before = next(
                (scripts[j] for j in range(i - 1, -1, -1) if scripts[j] != "neutral"), "rtl"
            )
            after = next((scripts[j] for j in range(i + 1, n) if scripts[j] != "neutral"), "rtl")
            if before == "ltr" and after == "ltr":
                continue
        out[i] = to_persian_digits(w)
    return out


def _reshape(word: str) -> str:
    """Arabic-script word to presentation forms (logical order), nothing replaced yet."""
    return str(_reshaper.reshape(word)) if _ARABIC_SCRIPT.search(word) else word


@lru_cache(maxsize=65536)
def shape_word(word: str) -> str:
    """Arabic-script word to presentation forms (logical order); others unchanged.

    A character none of the bundled fonts can show (an emoji, a rare ideograph)
    becomes U+FFFD rather than an invisible .notdef box, and is logged once.
    """
    shaped = _reshape(word)
    cover = chain_codepoints(REGULAR)
    if cover.issuperset(map(ord, shaped)):
        return shaped
    log.warning("no glyph in the bundled fonts for %r; printed as U+FFFD", word)
    return "".join(ch if ord(ch) in cover else "\ufffd" for ch in shaped)


@lru_cache(maxsize=131072)
def word_width(shaped: str, font: str) -> float:
    """Width of a shaped word at size 1 (cached per font; each run in its own font)."""
    return float(text_width(shaped, font, 1.0))


def split_words(text: str) -> list[str]:
    """Logical words of one line of text (runs of spaces collapse)."""
    return [w for w in _SPACES.split(text) if w]


@dataclass(frozen=True, slots=True)
class Line:
    """One broken line: shaped words in logical order and their total width."""

    words: tuple[str, ...]
    width: float
    last: bool  # last line of its paragraph (not justified)


def break_words(
    shaped: Sequence[str], widths: Sequence[float], space: float, max_width: float
) -> list[list[int]]:
    """Greedy line filling in logical order; returns word indices per line.

    A word wider than ``max_width`` gets a line of its own and is never split.
    """
    lines: list[list[int]] = []
    cur: list[int] = []
    cur_w = 0.0
    for i, w in enumerate(widths):
        if not cur:
            cur = [i]
            cur_w = w
        elif cur_w + space + w <= max_width + 1e-6:
            cur.append(i)
            cur_w += space + w
        else:
            lines.append(cur)
            cur = [i]
            cur_w = w
    if cur:
        lines.append(cur)
    return lines


def prepare_words(text: str, rtl: bool, digits: Digits = "auto") -> list[list[str]]:
    """Hard lines (split at newlines) of shaped words, digits localised."""
    out: list[list[str]] = []
    for hard in normalise(text).split("\n"):
        words = localise_digits(split_words(hard), rtl, digits)
        out.append([shape_word(w) for w in words])
    return out


# Where a Latin word, URL, e-mail or code too wide for its column may be broken: after
# these characters ("https://www.", "teknoparkistanbul.", "com.tr"; "Knowledge-", "based").
_BREAK_AFTER = frozenset("/.-_@?&=")


def _split_long_words(
    words: list[str], widths: list[float], font: str, size: float, max_width: float
) -> tuple[list[str], list[float]]:
    """Break each left-to-right word wider than ``max_width`` after a break character,
    filling each piece as far as it goes, rather than condense it to an unreadable size.

    Persian words are never broken (their letters join); a word without a break
    opportunity stays whole (and is condensed when drawn).
    """
    out_w: list[str] = []
    out_x: list[float] = []
    for word, width in zip(words, widths, strict=True):
        if width <= max_width + 1e-6 or word_script(word) != "ltr" or _ARABIC_SCRIPT.search(word):
            out_w.append(word)
            out_x.append(width)
            continue
        cuts = [i + 1 for i, ch in enumerate(word[:-1]) if ch in _BREAK_AFTER]
        start = 0
        last_fit: int | None = None
        for cut in [*cuts, len(word)]:
            if text_width(word[start:cut], font, size) <= max_width + 1e-6:
                last_fit = cut
                continue
            if last_fit is not None and last_fit > start:
                out_w.append(word[start:last_fit])
                start = last_fit
                last_fit = (
                    cut if text_width(word[start:cut], font, size) <= max_width + 1e-6 else None
                )
            if last_fit is None and cut != len(word):
                # this piece alone is too wide: keep it whole up to the cut
                out_w.append(word[start:cut])
                start = cut
        if start < len(word):
            out_w.append(word[start:])
        out_x.extend(text_width(w, font, size) for w in out_w[len(out_x) :])
    return out_w, out_x


def layout(
    text: str,
    font: str,
    size: float,
    max_width: float,
    rtl: bool,
    digits: Digits = "auto",
) -> list[Line]:
    """Break ``text`` into lines that fit ``max_width`` points."""
    space = word_width(" ", font) * size
    result: list[Line] = []
    for words in prepare_words(text, rtl, digits):
        if not words:
            result.append(Line((), 0.0, True))
            continue
        widths = [word_width(w, font) * size for w in words]
        if max_width > 0 and any(w > max_width + 1e-6 for w in widths):
            words, widths = _split_long_words(words, widths, font, size, max_width)
        groups = break_words(words, widths, space, max_width)
        for gi, g in enumerate(groups):
            width = sum(widths[i] for i in g) + space * (len(g) - 1)
            result.append(Line(tuple(words[i] for i in g), width, gi == len(groups) - 1))
    return result


_LRM = "\u200e"
# A word that starts with digits and has Latin letters (a code such as 1401-NPC-ISIPO):
# by the bidi rules its leading number would be placed as a right-to-left number, printing
# NPC-ISIPO-1401 in a Persian line. A left-to-right mark in front makes the digits
# left-to-right (rule W7); it is taken out again before anything is drawn.
_DIGIT_LATIN_WORD = re.compile(r"(?<!\S)(?=[(\[«\"]?[0-9][^\s]*[A-Za-z])")
# The full stop of a Latin abbreviation or name ("Co., Ltd.", "A.Ş.", "Inc.") is part of
# the name, but as a neutral between a Latin and a Persian word it takes the paragraph's
# direction and lands at the far (left) end of the name: ".Zhongguancun Co., Ltd". A
# left-to-right mark after it keeps it with the name (rule N1). Only a word of a
# several-word Latin name or an abbreviation (a short word inside the line, or one with
# another full stop) counts: "… با Aselsan." and "… با NPC." end a Persian sentence.
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_CLOSERS = "»\"')]"


def _mark_latin_stops(line: str) -> str:
    """``line`` with a left-to-right mark after each full stop that belongs to a name."""
    words = line.split(" ")
    changed = False
    for i, w in enumerate(words):
        core = w.rstrip(_CLOSERS)
        if not core.endswith(".") or not _LATIN_LETTER.search(core):
            continue
        letters = core.rstrip(".")
        prev_latin = i > 0 and bool(_LATIN_LETTER.search(words[i - 1]))
        short = len(letters.lstrip("(«\"'[")) <= 4 and i < len(words) - 1
        if not (prev_latin or "." in letters or short):
            continue
        words[i] = core + _LRM + w[len(core) :]
        changed = True
    return " ".join(words) if changed else line


@lru_cache(maxsize=65536)
def visual_line(line: str, rtl: bool) -> str:
    """Visual (left-to-right drawing) order of one shaped logical line.

    ``get_display`` gives the order; python-bidi 0.6 does not mirror, so
    the brackets whose resolved level is odd are mirrored here (rule L4),
    and only those.
    """
    if not rtl and not _ARABIC_SCRIPT.search(line) and line.isascii():
        return line
    marked = bidi_input(line, rtl)
    if marked != line:
        return _visual_line(marked, rtl).replace(_LRM, "")
    return _visual_line(line, rtl)


def bidi_input(line: str, rtl: bool) -> str:
    """The logical line given to the bidi algorithm: ``line`` with the left-to-right
    marks that keep codes (1401-NPC-ISIPO) and the full stops of Latin names in place.

    Only a right-to-left paragraph, or a line with Persian in it, gets marks."""
    if not rtl and not _ARABIC_SCRIPT.search(line):
        return line
    marked = line
    if rtl and _HAS_DIGIT.search(line):
        marked = _DIGIT_LATIN_WORD.sub(_LRM, marked)
    if "." in marked and (rtl or _ARABIC_SCRIPT.search(marked)):
        marked = _mark_latin_stops(marked)
    return marked


def _visual_line(line: str, rtl: bool) -> str:
    display = str(get_display(line, base_dir="R" if rtl else "L"))
    if not any(ch in bidi_levels.MIRROR for ch in line):
        return display
    levels = bidi_levels.resolve_levels(line, rtl)
    order = bidi_levels.visual_order(levels)
    if "".join(line[i] for i in order).replace(ZWNJ, "") != display.replace(ZWNJ, ""):
        # Our resolution disagrees with python-bidi's: use ours throughout
        # so that order and mirroring stay consistent.
        return bidi_levels.reorder(line, rtl)
    mirror = bidi_levels.MIRROR
    return "".join(
        mirror[line[i]] if levels[i] % 2 and line[i] in mirror else line[i] for i in order
    )


def is_rtl_text(text: str) -> bool:
    """True when the first strong character is right-to-left (Persian/Arabic)."""
    for ch in text:
        cls = bidi_levels.bidi_class(ch)
        if cls == "L":
            return False
        if cls in ("R", "AL"):
            return True
    return False


def shape_line(text: str, rtl: bool, digits: Digits = "auto") -> str:
    """One line of text (no wrapping) to the string to draw left to right."""
    words = localise_digits(split_words(normalise(text)), rtl, digits)
    return visual_line(" ".join(shape_word(w) for w in words), rtl)


def line_width(text: str, font: str, size: float, rtl: bool, digits: Digits = "auto") -> float:
    """Width of ``text`` drawn as one line."""
    return float(text_width(shape_line(text, rtl, digits), font, size))


def draw_line(
    canv: Canvas,
    x: float,
    y: float,
    text: str,
    font: str = REGULAR,
    size: float = 9,
    rtl: bool = True,
    anchor: Literal["start", "end", "middle", "left", "right"] = "start",
    color: Color | None = None,
    digits: Digits = "auto",
    max_width: float | None = None,
) -> float:
    """Draw one line at baseline ``y``; returns its width.

    ``anchor="start"`` means the right edge for RTL and the left for LTR.
    If ``max_width`` is given and the line is wider, it is condensed
    horizontally rather than clipped.
    """
    register_fonts()
    vis = shape_line(text, rtl, digits)
    width = float(text_width(vis, font, size))
    scale = 1.0
    if max_width is not None and width > max_width > 0:
        scale = max_width / width
        width = max_width
    if anchor == "start":
        anchor = "right" if rtl else "left"
    elif anchor == "end":
        anchor = "left" if rtl else "right"
    if anchor == "right":
        x0 = x - width
    elif anchor == "middle":
        x0 = x - width / 2
    else:
        x0 = x
    canv.saveState()
    if color is not None:
        canv.setFillColor(color)
    _draw_string(canv, x0, y, vis, font, size, scale)
    canv.restoreState()
    return width


def _draw_string(
    canv: Canvas, x: float, y: float, vis: str, font: str, size: float, scale: float = 1.0
) -> None:
    """Draw a visual string from ``x``, each run in its own font (Chinese, Cyrillic…)."""
    parts = runs(vis, font)
    if scale >= 0.999 and len(parts) <= 1:
        canv.setFont(font, size)
        canv.drawString(x, y, vis)
        return
    t = canv.beginText(x, y)
    if scale < 0.999:
        t.setHorizScale(scale * 100)
    for run_font, chunk in parts:
        t.setFont(run_font, size)
        t.textOut(chunk)
    canv.drawText(t)
    canv.setFont(font, size)


class RTLParagraph(Flowable):
    """A paragraph of Persian (RTL) or English (LTR) text that wraps correctly.

    Lines are broken in logical order and each line is reordered for display
    on its own, so the first words are on the first line.  Supports one
    font (regular or bold) per paragraph, size, colour, leading, alignment
    (right/left/center/justify: all lines but the last are justified) and
    splits across pages between lines.
    """

    def __init__(
        self,
        text: str,
        *,
        size: float = 9.5,
        bold: bool = False,
        font: str | None = None,
        color: Color = black,
        align: Align | None = None,
        direction: Direction = "rtl",
        leading: float | None = None,
        digits: Digits = "auto",
        space_before: float = 0.0,
        space_after: float = 0.0,
        _lines: list[Line] | None = None,
    ) -> None:
        register_fonts()
        super().__init__()
        self.text = text
        self.size = size
        self.font = font or (BOLD if bold else REGULAR)
        self.color = color
        if direction == "auto":
            self.rtl = is_rtl_text(text) if text.strip() else True
        else:
            self.rtl = direction == "rtl"
        self.align: Align = align or ("right" if self.rtl else "left")
        self.leading = leading if leading is not None else size * 1.55
        self.digits = digits
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self._lines = _lines
        self._fixed = _lines is not None
        self._for_width = -1.0
        self.width = 0.0
        self.height = 0.0

    def __repr__(self) -> str:
        return f"RTLParagraph({self.text[:30]!r})"

    def lines_for(self, width: float) -> list[Line]:
        """The broken lines at ``width`` (cached for the last width)."""
        if self._lines is None or (not self._fixed and abs(width - self._for_width) > 1e-6):
            self._lines = layout(self.text, self.font, self.size, width, self.rtl, self.digits)
            self._for_width = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        lines = self.lines_for(availWidth)
        self.width = availWidth
        self.height = len(lines) * self.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self.lines_for(availWidth)
        k = int((availHeight + 1e-6) // self.leading)
        if k <= 0:
            return []
        if k >= len(lines):
            return [self]
        return [self._part(lines[:k], after=0.0), self._part(lines[k:], before=0.0)]

    def _part(
        self, lines: list[Line], before: float | None = None, after: float | None = None
    ) -> RTLParagraph:
        p = RTLParagraph(
            self.text,
            size=self.size,
            font=self.font,
            color=self.color,
            align=self.align,
            direction="rtl" if self.rtl else "ltr",
            leading=self.leading,
            digits=self.digits,
            space_before=self.spaceBefore if before is None else before,
            space_after=self.spaceAfter if after is None else after,
            _lines=lines,
        )
        return p

    def draw(self) -> None:
        canv = self.canv
        lines = self.lines_for(self.width)
        draw_lines(canv, lines, 0.0, self.height, self.width, self)


def draw_lines(
    canv: Canvas,
    lines: Iterable[Line],
    x: float,
    top: float,
    width: float,
    style: RTLParagraph,
) -> None:
    """Draw broken lines in the box starting at ``x`` with top edge ``top``."""
    font, size, rtl = style.font, style.size, style.rtl
    # Centre the band from 0.25 em below to 0.75 em above the baseline.
    baseline_drop = style.leading / 2 + size * 0.25
    canv.setFillColor(style.color)
    canv.setFont(font, size)
    y = top - baseline_drop
    space = word_width(" ", font) * size
    for line in lines:
        if line.words:
            vis = visual_line(" ".join(line.words), rtl)
            lw = line.width
            if style.align == "justify" and not line.last and len(line.words) > 1 and lw < width:
                _draw_justified(canv, x, y, vis, font, size, width, space)
            else:
                scale = 1.0
                if lw > width > 0:
                    scale = width / lw
                    lw = width
                # The last line of a justified paragraph sits at the start side.
                if style.align == "right" or (style.align == "justify" and rtl):
                    x0 = x + width - lw
                elif style.align == "center":
                    x0 = x + (width - lw) / 2
                else:
                    x0 = x
                _draw_string(canv, x0, y, vis, font, size, scale)
                if scale < 0.999:
                    canv.setFont(font, size)
        y -= style.leading


def _draw_justified(
    canv: Canvas, x: float, y: float, vis: str, font: str, size: float, width: float, space: float
) -> None:
    chunks = vis.split(" ")
    widths = [word_width(c, font) * size for c in chunks]
    gaps = len(chunks) - 1
    extra = (width - sum(widths) - space * gaps) / gaps
    cx = x
    for c, w in zip(chunks, widths, strict=True):
        if c:
            _draw_string(canv, cx, y, c, font, size)
        cx += w + space + extra


def fmt_int(n: int | float, lang: str) -> str:
    """A number with thousands separators: Persian digits and ٬ for 'fa'."""
    s = f"{n:,.1f}" if isinstance(n, float) and not n.is_integer() else f"{int(n):,}"
    if lang == "fa":
        return to_persian_digits(s.replace(",", "٬").replace(".", "٫"))
    return s


def fmt_percent(p: int | float, lang: str) -> str:
    """A percentage: ۴۵٪ in Persian, 45% in English."""
    return f"{fmt_int(p, lang)}٪" if lang == "fa" else f"{fmt_int(p, lang)}%"


def missing_glyphs(text: str, font: str = REGULAR) -> set[str]:
    """Characters of ``text`` (as it would be shaped) that no font of ``font``'s chain has.

    Looked up before :func:`shape_word` replaces them by U+FFFD, so the caller learns
    *which* characters would print as a replacement mark, not just that one would.
    """
    cover = chain_codepoints(font)
    return {
        ch
        for line in text.splitlines()
        for word in localise_digits(split_words(normalise(line)), is_rtl_text(line))
        for ch in _reshape(word)
        if ord(ch) not in cover
    }


__all__: list[Any] = [
    "Line",
    "RTLParagraph",
    "draw_line",
    "fmt_int",
    "fmt_percent",
    "layout",
    "localise_digits",
    "shape_line",
    "to_persian_digits",
    "visual_line",
]
