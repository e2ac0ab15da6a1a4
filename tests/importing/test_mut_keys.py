"""``KeysOf.token_keys`` (the e-mail, phone and domain keys of an import's search text), which
no test reached: mutation testing found it untested."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.search_index import keys_of
from desktop_app.importing._keys import KeysOf


def _as_search_text(keys: tuple[str, ...]) -> str:
    return " " + " ".join(filter(None, dict.fromkeys(keys))) + " "


@pytest.mark.parametrize(("value", "keys"), [
    ("Info@Acme-Co.IR", ("infoacmecoir",)),          # tidy ASCII, one word: one step
    ("acme.ir", ("acmeir",)),
    ("+98 21 8877", ("98", "21", "8877", "98218877")),  # a space: word by word, whole last
    ("۰۲۱-۸۸۷۷", ("0218877",)),                       # Persian digits: the full path
    ("a\tb", ("a", "b", "ab")),                       # not printable: tidied, the tab a space
])
def test_token_keys_examples(value: str, keys: tuple[str, ...]) -> None:
    assert KeysOf().token_keys(value) == keys


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.emails(), st.text(min_size=1, max_size=30),
                 st.text("abcXYZ09.@-_+ \u200c۱ك", min_size=1, max_size=20)))
def test_token_keys_give_the_search_text_keys_of_gives(value: str) -> None:
    assert _as_search_text(KeysOf().token_keys(value)) == keys_of(value)


# The character classes and replacement pairs are built once, when the module is imported;
# these tests build them again, so a change to the builders is seen (mutation testing runs
# each mutant in a process that imported the module before the mutant was switched on).

@pytest.mark.parametrize("points", [
    [0x41], [0x41, 0x42, 0x43], [0x41, 0x43], [0x2D, 0x5D, 0x5E, 0x5C], [0x30, 0x31, 0x33, 0x34, 0x600],
])
def test_ranges_class_matches_exactly_its_code_points(points: list[int]) -> None:
    from desktop_app.importing._keys import _ranges_class

    pattern = _ranges_class(points)
    for cp in range(0x20, 0x700):
        assert bool(pattern.fullmatch(chr(cp))) is (cp in points), hex(cp)
    text = "".join(map(chr, points))
    assert pattern.fullmatch(text * 2)   # one or more


def test_ranges_class_writes_runs_as_ranges() -> None:
    from desktop_app.importing._keys import _ranges_class

    assert _ranges_class([0x61, 0x62, 0x63, 0x65]).pattern == "[a-ce]+"


def test_the_module_classes_are_those_the_builder_makes() -> None:
    import unicodedata

    from desktop_app.domain.text import _MATCH_LETTERS, _STORE_TABLE
    from desktop_app.importing import _keys

    assert _keys._ranges_class(sorted(_STORE_TABLE)).pattern == _keys._STORE_CHARS.pattern
    assert _keys._ranges_class(sorted({*_STORE_TABLE, *_MATCH_LETTERS})).pattern == \
        _keys._BEFORE_CHARS.pattern
    combining = [cp for cp in range(0x300, 0x370) if unicodedata.combining(chr(cp))]
    assert all(_keys._COMBINING_BMP.fullmatch(chr(cp)) for cp in combining)


def test_pairs_turn_a_translate_table_into_replacements() -> None:
    from desktop_app.domain.text import _STORE_TABLE
    from desktop_app.importing._keys import _STORE_PAIRS, _pairs

    assert _pairs({0x41: None, 0x42: "xy", 0x43: 0x44}) == (("A", ""), ("B", "xy"), ("C", "D"))
    assert _pairs(_STORE_TABLE) == _STORE_PAIRS
    assert ("\u0643", "\u06a9") in _STORE_PAIRS          # ك is stored as ک


def test_text_keys_keep_empty_word_keys_and_give_nothing_for_an_empty_value() -> None:
    from desktop_app.importing.keys import text_keys

    assert text_keys(["", "a ! b", "x"]) == [(), ("a", "", "b", "ab"), ("x", "x")]


@pytest.mark.parametrize("value", [
    "\ufed9\ufe8e\ufedf",        # presentation forms: NFKD gives ك ا ل, then stored as ک
    "a\U0001d167b",              # an astral combining mark is dropped
    "\U0001d400bc",              # an astral letter without marks
    "۱۲ پارک", "كتاب", "نامة", "Ünïcode", "a\u200cb",
])
def test_fast_sort_key_examples_equal_sort_key(value: str) -> None:
    from desktop_app.domain.text import sort_key
    from desktop_app.importing._keys import fast_sort_key

    assert fast_sort_key(value) == sort_key(value)
