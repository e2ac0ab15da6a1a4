"""Read a report PDF back for the tests: visual lines, logical text, fonts, metadata.

PDFium (pypdfium2) knows where every glyph was drawn; it also tries to put
Arabic-script text back into logical order, which is unreliable for mixed
lines.  So we ignore its order: glyphs are grouped into lines by baseline and
sorted left to right by their origin, which is exactly the *visual* order we
drew.  ``to_logical`` then undoes the bidi reordering of one simple visual
line (``get_display`` is an involution on such lines) so that tests can
assert on the logical text.
"""

from __future__ import annotations

import ctypes
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from bidi import get_display
from pypdf.generic import ContentStream


@dataclass
class VisualLine:
    """One line of drawn glyphs: text in visual (left-to-right) order and its position."""

    text: str
    y: float
    x0: float
    x1: float
    size: float


def _is_rtl_char(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def page_lines(pdf: bytes | str | Path, page_index: int) -> list[VisualLine]:
    """Visual lines of one page, top to bottom."""
    doc = pdfium.PdfDocument(pdf)
    try:
        page = doc[page_index]
        tp = page.get_textpage()
        n = tp.count_chars()
        glyphs: list[tuple[float, float, int, str, float, float, float]] = []
        ox = ctypes.c_double()
        oy = ctypes.c_double()
        for i in range(n):
            code = pdfium_c.FPDFText_GetUnicode(tp.raw, i)
            if pdfium_c.FPDFText_IsGenerated(tp.raw, i) == 1:
                continue
            ch = chr(code)
            if ch in "\r\n":
                continue
            pdfium_c.FPDFText_GetCharOrigin(tp.raw, i, ox, oy)
            size = pdfium_c.FPDFText_GetFontSize(tp.raw, i)
            left, _bottom, right, _top = tp.get_charbox(i)
            glyphs.append((round(oy.value, 1), ox.value, i, ch, size, left, right))
        lines: list[VisualLine] = []
        # A zero-width glyph (ZWNJ) shares its origin with the glyph drawn
        # after it, so it sorts first among equals.
        glyphs.sort(key=lambda g: (-g[0], round(g[1], 2), g[6] - g[5] > 0.01))
        current: list[tuple[float, float, int, str, float, float, float]] = []

        def flush() -> None:
            if not current:
                return
            # Glyphs sharing one origin (a lam-alef ligature split by PDFium)
            # come in logical order; in visual order an RTL group is reversed.
            # Spaces are re-inserted from the gaps between glyphs (justified
            # words and table cells are drawn without space characters).
            ink = [g for g in current if not g[3].isspace()]
            out: list[str] = []
            k = 0
            prev_right: float | None = None
            while k < len(ink):
                j = k
                while (
                    j + 1 < len(ink)
                    and abs(ink[j + 1][1] - ink[k][1]) < 0.01
                    and ink[j + 1][6] - ink[j + 1][5] > 0.01
                ):
                    j += 1
                group_g = ink[k : j + 1]
                group = [g[3] for g in group_g]
                if len(group) > 1 and all(_is_rtl_char(c) for c in group):
                    group.reverse()
                left = min(g[5] for g in group_g)
                if prev_right is not None and left - prev_right > 0.2 * group_g[0][4]:
                    out.append(" ")
                out.extend(group)
                right = max(g[6] for g in group_g)
                if group_g[-1][6] - group_g[-1][5] > 0.01 or prev_right is None:
                    prev_right = right if prev_right is None else max(prev_right, right)
                k = j + 1
            text = "".join(out)
            lines.append(
                VisualLine(
                    text,
                    current[0][0],
                    min(g[5] for g in current),
                    max(g[6] for g in current),
                    max(g[4] for g in current),
                )
            )

        last_y: float | None = None
        for g in glyphs:
            if last_y is None or abs(g[0] - last_y) > 1.0:
                flush()
                current = []
                last_y = g[0]
            current.append(g)
        flush()
        return [ln for ln in lines if ln.text]
    finally:
        doc.close()


_BFCHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_BFRANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


def _to_unicode_map(font: Any) -> dict[int, str]:
    out: dict[int, str] = {}
    if "/ToUnicode" not in font:
        return {k: chr(k) for k in range(256)}
    data = font["/ToUnicode"].get_object().get_data()
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for a, b, c in _BFRANGE.findall(block):
            start, end, dst = int(a, 16), int(b, 16), int(c, 16)
            for k in range(start, end + 1):
                out[k] = chr(dst + k - start)
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for a, b in _BFCHAR.findall(block):
            out[int(a, 16)] = bytes.fromhex(b.decode()).decode("utf-16-be")
    return out


def page_text(pdf: bytes | str | Path, page_index: int) -> list[str]:
    """The lines of one page exactly as drawn (visual order), top to bottom.

    Decoded from the content stream with each font's ToUnicode map, because
    PDFium "helpfully" un-mirrors brackets it believes to be in RTL text and
    so cannot tell us which bracket glyph we drew.  Pieces drawn on the same
    baseline are joined left to right with a space.
    """
    reader = pypdf.PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else str(pdf))
    page = reader.pages[page_index]
    fonts = page["/Resources"].get_object().get("/Font", {})
    maps = {name: _to_unicode_map(f.get_object()) for name, f in fonts.items()}
    ops = ContentStream(page.get_contents(), reader).operations
    ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    stack: list[list[float]] = []
    pieces: list[tuple[float, float, str]] = []
    font = None
    tx = ty = 0.0
    current: list[str] = []

    def mul(m: list[float], n: list[float]) -> list[float]:
        a, b, c, d, e, f = m
        a2, b2, c2, d2, e2, f2 = n
        return [
            a * a2 + b * c2,
            a * b2 + b * d2,
            c * a2 + d * c2,
            c * b2 + d * d2,
            e * a2 + f * c2 + e2,
            e * b2 + f * d2 + f2,
        ]

    def flush() -> None:
        if current:
            x = ctm[0] * tx + ctm[2] * ty + ctm[4]
            y = ctm[1] * tx + ctm[3] * ty + ctm[5]
            pieces.append((round(y, 1), x, "".join(current)))
            current.clear()

    for operands, op in ops:
        if op == b"q":
            stack.append(ctm[:])
        elif op == b"Q":
            ctm = stack.pop()
        elif op == b"cm":
            ctm = mul([float(v) for v in operands], ctm)
        elif op == b"BT":
            tx = ty = 0.0
        elif op == b"ET":
            flush()
        elif op == b"Tm":
            flush()
            tx, ty = float(operands[4]), float(operands[5])
        elif op == b"Td":
            flush()
            tx += float(operands[0])
            ty += float(operands[1])
        elif op == b"Tf":
            font = operands[0]
        elif op in (b"Tj", b"TJ"):
            items = operands[0] if op == b"TJ" else [operands[0]]
            for item in items:
                if isinstance(item, (bytes, str)) or hasattr(item, "original_bytes"):
                    raw = item.original_bytes if hasattr(item, "original_bytes") else bytes(item)
                    current.append("".join(maps[font].get(b, "\ufffd") for b in raw))
    lines: list[tuple[float, list[tuple[float, str]]]] = []
    for y, x, text in sorted(pieces, key=lambda p: (-p[0], p[1])):
        if lines and abs(lines[-1][0] - y) <= 1.0:
            lines[-1][1].append((x, text))
        else:
            lines.append((y, [(x, text)]))
    return [" ".join(t for _, t in sorted(parts)).strip() for _, parts in lines]


def page_count(pdf: bytes | str | Path) -> int:
    """Number of pages."""
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def base_letters(text: str) -> str:
    """Presentation forms back to base letters (per character, so ligatures stay visual)."""
    out = []
    for ch in text:
        nf = unicodedata.normalize("NFKC", ch)
        if len(nf) > 1 and all(_is_rtl_char(c) for c in nf):
            nf = nf[::-1]  # a lam-alef ligature seen in visual order
        out.append(nf)
    return "".join(out)


def to_logical(visual: str, rtl: bool = True) -> str:
    """Recover the logical text of one simple visual line (brackets not un-mirrored)."""
    return str(get_display(base_letters(visual), base_dir="R" if rtl else "L"))
