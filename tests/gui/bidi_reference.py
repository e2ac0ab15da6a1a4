"""Visual order of a line two ways: as Qt lays it out, and as GNU FriBidi (an implementation
of the Unicode bidi algorithm independent of Qt's) orders it. Both give the logical index of
each character in left-to-right display order, bidi controls, joiners and combining marks
(which sit on their letter, whatever the order) left out."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextLine, QTextOption

IGNORED = frozenset("\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e\u200e\u200f\u200c"
                    "\u200d")


def _skipped(ch: str) -> bool:
    return ch in IGNORED or unicodedata.category(ch) == "Mn"


def qt_order(text: str, rtl: bool, font: QFont | None = None) -> list[int]:
    """The logical indexes of *text*'s characters left to right, as Qt draws one line."""
    layout = QTextLayout(text, font or QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl
                            else Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1_000_000)
    layout.endLayout()
    # Each character sits between its leading and trailing cursor positions; at the edge of
    # a run the two coincide (the cursor position is ambiguous there), and the glyph drawn
    # for the character says where it is instead.
    flags = (QTextLayout.GlyphRunRetrievalFlag.RetrieveStringIndexes
             | QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphPositions)
    glyph_x: dict[int, float] = {}
    for run in layout.glyphRuns(0, len(text), flags):
        for index, pos in zip(run.stringIndexes(), run.positions(), strict=True):
            glyph_x.setdefault(index, pos.x())
    centres = []
    for index in range(len(text)):
        if _skipped(text[index]):
            continue
        leading = line.cursorToX(index, QTextLine.Edge.Leading)[0]
        trailing = line.cursorToX(index, QTextLine.Edge.Trailing)[0]
        if leading != trailing or index not in glyph_x:
            centres.append(((leading + trailing) / 2, index))
        else:
            centres.append((glyph_x[index] + 0.01, index))
    return [index for _x, index in sorted(centres)]


def fribidi_order(text: str, rtl: bool) -> list[int]:
    """The same, by GNU FriBidi's ``fribidi --vtol``."""
    exe = shutil.which("fribidi")
    assert exe, "GNU FriBidi's fribidi command is needed (package libfribidi-bin)"
    out = subprocess.run([exe, "--nopad", "--nobreak", "--reordernsm", "--vtol", "--novisual",
                          "--rtl" if rtl else "--ltr"], input=text + "\n", capture_output=True,
                         text=True, check=True).stdout
    return [i for i in map(int, out.split()[:len(text)]) if not _skipped(text[i])]


def shown(text: str, order: list[int]) -> str:
    """The characters of *text* in display *order* (for messages and substring checks)."""
    return "".join(text[i] for i in order)


def fribidi_orders(lines: list[str], rtl: bool) -> list[list[int]]:
    """:func:`fribidi_order` of many lines (none holding a line break) in one ``fribidi`` run."""
    if not lines:
        return []
    assert not any("\n" in line or "\r" in line for line in lines)
    exe = shutil.which("fribidi")
    assert exe, "GNU FriBidi's fribidi command is needed (package libfribidi-bin)"
    out = subprocess.run([exe, "--nopad", "--nobreak", "--reordernsm", "--vtol", "--novisual",
                          "--rtl" if rtl else "--ltr"], input="\n".join(lines) + "\n",
                         capture_output=True, text=True, check=True).stdout.split("\n")
    assert len(out) >= len(lines), (len(out), len(lines))
    return [[i for i in map(int, row.split()[:len(text)]) if not _skipped(text[i])]
            for text, row in zip(lines, out, strict=False)]
