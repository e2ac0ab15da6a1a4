"""The Chinese font of the reports: small enough to track (under 5 MB), covering what a
Chinese organisation's name needs (GB 2312, the frequent Big5 characters, CJK
punctuation), with its licence beside it, built by a script kept in tools/."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[2]
FONT = ROOT / "resources" / "fonts" / "NotoSansSC-Subset.ttf"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_cjk_subset",
                                                  ROOT / "tools" / "build_cjk_subset.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_font_is_under_the_tracked_file_limit() -> None:
    assert FONT.stat().st_size < 5_000_000
    assert (FONT.parent / "OFL-NotoSansCJK.txt").read_text(encoding="utf-8").count(
        "SIL OPEN FONT LICENSE") >= 1


def test_the_font_covers_every_character_the_script_keeps() -> None:
    cmap = TTFont(str(FONT)).getBestCmap()
    wanted = _script().charset()
    assert len(wanted) > 9_500
    missing = sorted(wanted - set(cmap))
    # Four Big5 symbols (ˍ ‾ ∼ ≒) are not in Noto Sans CJK itself; every ideograph and
    # every CJK punctuation mark is.
    assert len(missing) <= 4 and not any(0x3000 <= cp <= 0x9FFF or cp >= 0xFF00
                                          for cp in missing), [chr(cp) for cp in missing]
    for name in ("中关村科技园区管理委员会", "上海张江高科技园区", "臺灣大學產學合作總中心",
                 "香港科技園公司", "（中国）有限公司，「合作」"):
        assert all(ord(ch) in cmap for ch in name), name


def test_the_font_keeps_no_layout_tables_reportlab_cannot_use() -> None:
    font = TTFont(str(FONT))
    assert "glyf" in font and "CFF " not in font  # TrueType outlines, embeddable
    assert not {"GSUB", "GPOS", "vmtx"} & set(font.keys())
    assert len(font.getGlyphOrder()) < len(font.getBestCmap()) + 50  # no unreachable glyphs
