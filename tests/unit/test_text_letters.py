"""Every letter form the text module folds, named one by one (beside the property tests,
which only meet a letter when hypothesis happens to draw it)."""

from __future__ import annotations

import pytest

from desktop_app.domain.text import match_key, normalize_text, search_words

#: What is *stored*: the Arabic forms a cp1256 file or an Arabic keyboard gives → Persian.
STORED = [
    ("\u064a", "\u06cc", "ARABIC YEH → FARSI YEH"),
    ("\u0649", "\u06cc", "ALEF MAKSURA → FARSI YEH"),
    ("\u0643", "\u06a9", "ARABIC KAF → KEHEH"),
    ("\u06c0", "\u0647\u0654", "HEH WITH YEH ABOVE → HEH + HAMZA ABOVE"),
    ("\u0640", "", "TATWEEL dropped"),
    ("\u200f", "", "RLM dropped"),
    ("\u200e", "", "LRM dropped"),
    ("\ufeff", "", "BOM dropped"),
]

#: What is *compared*: letters people write interchangeably share a key.
MATCHED = [
    ("\u0629", "\u0647", "TEH MARBUTA → HEH"),
    ("\u0623", "\u0627", "ALEF WITH HAMZA ABOVE → ALEF"),
    ("\u0625", "\u0627", "ALEF WITH HAMZA BELOW → ALEF"),
    ("\u0622", "\u0627", "ALEF WITH MADDA → ALEF"),
    ("\u0671", "\u0627", "ALEF WASLA → ALEF"),
    ("\u0624", "\u0648", "WAW WITH HAMZA → WAW"),
    ("\u0626", "\u06cc", "YEH WITH HAMZA → FARSI YEH"),
    ("\u06c0", "\u0647", "HEH WITH YEH ABOVE → HEH"),
    ("\u064a", "\u06cc", "ARABIC YEH → FARSI YEH"),
    ("\u0643", "\u06a9", "ARABIC KAF → KEHEH"),
    ("\u064e", "", "FATHA (a harakat) dropped"),
    ("\u0651", "", "SHADDA dropped"),
    ("\u200c", "", "ZWNJ dropped"),
]


@pytest.mark.parametrize(("letter", "stored", "name"), STORED, ids=[n for *_, n in STORED])
def test_each_stored_letter_form(letter: str, stored: str, name: str) -> None:
    assert normalize_text(f"ب{letter}ب") == f"ب{stored}ب", name


@pytest.mark.parametrize(("letter", "folded", "name"), MATCHED, ids=[n for *_, n in MATCHED])
def test_each_matched_letter_form(letter: str, folded: str, name: str) -> None:
    assert match_key(f"ب{letter}ب") == f"ب{folded}ب", name
    assert match_key(f"ب{letter}ب") == match_key(f"ب{folded}ب"), name


@pytest.mark.parametrize(("typed", "stored"), [
    ("تفاهم نامة", "تفاهم نامه"),
    ("مؤسسه", "موسسه"),
    ("هيئت", "هیئت"),
    ("أمير كبير", "امیر کبیر"),
    ("إيران", "ایران"),
    ("خانۀ نوآوری", "خانه نواوری"),
])
def test_words_spelled_either_way_share_a_key(typed: str, stored: str) -> None:
    assert match_key(typed) == match_key(stored)
    assert search_words(typed) == search_words(stored)


def test_different_letters_stay_different() -> None:
    # a fold that went too far (e.g. HEH → TEH, or every alef-like letter to one) shows here
    assert match_key("ته") != match_key("تت")
    assert match_key("سر") != match_key("سیر")
    assert match_key("كار") != match_key("گار")
