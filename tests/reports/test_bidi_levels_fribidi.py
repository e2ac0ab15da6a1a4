"""``reports.bidi_levels`` checked against GNU FriBidi, an independent UAX #9 implementation.

Thousands of short lines drawn (with a fixed seed) from an alphabet that holds every
bidirectional class a report line can carry — Latin, Persian, Hebrew, European, Persian
and Arabic-Indic digits, separators, terminators, marks, brackets, tabs, spaces, joiners
and the direction marks — are resolved by ``resolve_levels`` and by the ``fribidi``
command, in one run of it per direction. Every level must agree, and the visual line
(order and mirroring) must equal FriBidi's. The Persian guillemet pairing, our one
deliberate extension of the standard, is checked by example at the end.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import unicodedata

import pytest

from reports.bidi_levels import bidi_class, reorder, resolve_levels, visual_order

pytestmark = pytest.mark.skipif(shutil.which("fribidi") is None, reason="fribidi not installed")

#: One or more characters of every bidirectional class a line of ours can hold.
ALPHABET = (
    list("abXY")  # L
    + list("سلبم")  # AL (no alef after lam: FriBidi would print the lam-alef ligature)
    + list("אב")  # R
    + list("0129")  # EN
    + list("٠١٢")  # AN
    + list("۱۲")  # EN (Persian digits)
    + list("+-")  # ES
    + list("#$%٪")  # ET
    + list(",.:/")  # CS
    + ["\u064b", "\u0301"]  # NSM
    + [" ", "\t"]  # WS, S
    + list("()[]{}")  # paired brackets
    + list("!?«»'\"")  # other neutrals
    + ["\u200c", "\u200d", "\u200e", "\u200f"]  # BN, BN, LRM (L), RLM (R)
)
NSM = {"\u064b", "\u0301"}


def _lines(seed: int, count: int, marks: bool) -> list[str]:
    rng = random.Random(seed)
    alphabet = ALPHABET if marks else [c for c in ALPHABET if c not in NSM]
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14))) for _ in range(count)]


def _fribidi(lines: list[str], rtl: bool, *options: str) -> list[str]:
    done = subprocess.run(
        ["fribidi", "--rtl" if rtl else "--ltr", "--nobreak", *options],
        input="\n".join(lines) + "\n", capture_output=True, text=True, check=True, timeout=60,
    )
    return done.stdout.split("\n")[: len(lines)]


def _plain(text: str) -> str:
    """FriBidi's visual line without its Arabic shaping (presentation forms back to letters)."""
    return "".join(unicodedata.normalize("NFKC", c) if 0xFB50 <= ord(c) <= 0xFEFF else c for c in text)


@pytest.mark.parametrize("rtl", [True, False], ids=["rtl", "ltr"])
def test_every_level_equals_fribidi(rtl: bool) -> None:
    lines = _lines(7, 3000, marks=True)
    expected = _fribidi(lines, rtl, "--levels", "--novisual")
    wrong = [
        (line, exp, got)
        for line, exp, got in (
            (line, [int(x) for x in out.split()], resolve_levels(line, rtl, pair_guillemets=False))
            for line, out in zip(lines, expected, strict=True)
        )
        if exp != got
    ]
    assert not wrong, wrong[:5]


@pytest.mark.parametrize("rtl", [True, False], ids=["rtl", "ltr"])
def test_visual_line_and_mirroring_equal_fribidi(rtl: bool) -> None:
    # Without marks: FriBidi's command line moves a mark with its shaping, which we do not.
    lines = _lines(11, 3000, marks=False)
    expected = _fribidi(lines, rtl, "--nopad")
    wrong = [
        (line, _plain(out), reorder(line, rtl, pair_guillemets=False))
        for line, out in zip(lines, expected, strict=True)
        if _plain(out) != reorder(line, rtl, pair_guillemets=False)
    ]
    assert not wrong, wrong[:5]


# -- by example: what a reader of a report would see wrong ---------------------------


@pytest.mark.parametrize(
    ("text", "rtl", "levels"),
    [
        # W4: one separator between two European numbers is a number: 1+2 reads left to right.
        ("א 1+2", True, [1, 1, 2, 2, 2]),
        ("א 1,2", True, [1, 1, 2, 2, 2]),
        # ... but two separators are not.
        ("א 1++2", True, [1, 1, 2, 1, 1, 2]),
        # W4 for a comma between two Arabic-Indic numbers.
        ("س ١,٢", True, [1, 1, 2, 2, 2]),
        # W5: a percent sign next to a European number belongs to the number.
        ("א 12%", True, [1, 1, 2, 2, 2]),
        ("א %12", True, [1, 1, 2, 2, 2]),
        # W2: after Arabic letters a European digit is an Arabic number, so neither the
        # plus between two of them (W4 is for European numbers) nor a percent joins it.
        ("س 1+2", True, [1, 1, 2, 1, 2]),
        ("س 12%", True, [1, 1, 2, 2, 1]),
        ("سلام 12", True, [1, 1, 1, 1, 1, 2, 2]),
        # W7: after a Latin letter a number is Latin, so in LTR it stays at level 0.
        ("abc 12", False, [0, 0, 0, 0, 0, 0]),
        ("אב 12", False, [1, 1, 1, 2, 2]),
        # N0: brackets take the direction of what they enclose when it is the embedding's
        # opposite and the text before them agrees.
        ("a (سل) b", False, [0, 0, 0, 1, 1, 0, 0, 0]),
        ("س (a) b", True, [1, 1, 1, 2, 1, 1, 2]),
        # N1: a space between two Persian words in an LTR line takes their direction.
        ("a سل بم", False, [0, 0, 1, 1, 1, 1, 1]),
        # L1: trailing spaces and tabs go back to the paragraph level.
        ("ab  ", True, [2, 2, 1, 1]),
        ("ab\tcd", True, [2, 2, 1, 2, 2]),
        # NSM after a bracket follows the bracket (N0).
        ("س (a)\u064b", True, [1, 1, 1, 2, 1, 1]),
        # A joiner takes the level of the character before it.
        ("ab\u200cسل", False, [0, 0, 0, 1, 1]),
    ],
)
def test_levels_by_example(text: str, rtl: bool, levels: list[int]) -> None:
    assert resolve_levels(text, rtl) == levels


def test_guillemets_pair_like_brackets_in_persian_text() -> None:
    # «PGPIC» after a Latin word in a Persian sentence: plain UAX #9 leaves the guillemets
    # to the sentence and prints «ACME «PGPIC; paired, they follow the Latin they enclose.
    text = "شرکت ACME «PGPIC» است"
    paired = reorder(text, True)
    plain = reorder(text, True, pair_guillemets=False)
    assert paired != plain
    assert "ACME «PGPIC»" in paired
    assert "‹x›" in reorder("س ‹x›", True)
    # Unpaired, a guillemet is an ordinary neutral.
    assert resolve_levels("س «a", True) == resolve_levels("س «a", True, pair_guillemets=False)


def test_mirroring_only_at_odd_levels() -> None:
    assert reorder("(سل)", True) == "(لس)"
    assert reorder("(سل)", True, mirror=False) == ")لس("
    assert reorder("(ab)", True) == "(ab)"
    assert reorder("س ≤ 2", True) == "2 ≥ س"
    assert reorder("a ≤ 2", False) == "a ≤ 2"


def test_visual_order_reverses_each_level_from_the_highest() -> None:
    assert visual_order([]) == []
    assert visual_order([0, 0, 0]) == [0, 1, 2]
    assert visual_order([2, 2, 2]) == [0, 1, 2]  # even only: nothing to reverse
    assert visual_order([1, 1, 1]) == [2, 1, 0]
    assert visual_order([1, 2, 2, 1]) == [3, 1, 2, 0]
    assert visual_order([0, 1, 1, 0, 1]) == [0, 2, 1, 3, 4]
    assert visual_order([1, 2, 3, 3, 2, 1]) == [5, 1, 3, 2, 4, 0]


def test_bidi_class_of_unassigned_is_left_to_right() -> None:
    assert bidi_class("\u0378") == "L"
    assert bidi_class("س") == "AL"
    assert bidi_class("1") == "EN"
