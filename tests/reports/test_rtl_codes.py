"""Codes that start with digits and carry Latin letters stay whole inside Persian lines."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reports.rtl import visual_line


def test_code_with_leading_digits_is_not_reordered() -> None:
    line = visual_line("تفاهم‌نامه شماره 1401-NPC-ISIPO امضا شد", True)
    assert "1401-NPC-ISIPO" in line and "\u200e" not in line


def test_plain_numbers_and_latin_codes_keep_their_places() -> None:
    assert "EAST-1401-07" in visual_line("شماره EAST-1401-07 است", True)
    assert "(1401-NPC)" in visual_line("کارگروه (1401-NPC) تشکیل شد", True)


@given(st.from_regex(r"[0-9]{2,4}-[A-Z]{2,5}(-[A-Z0-9]{1,4})?", fullmatch=True))
def test_any_such_code_survives(code: str) -> None:
    assert code in visual_line(f"نامه شماره {code} رسید", True)
