"""The planner's memory savings change nothing: a character class built from a stream, an
index built from a stream of partners, and name keys folded a chunk at a time."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.importing import duplicates
from desktop_app.importing._keys import _ranges_class
from desktop_app.importing.cleaning import CleanRow
from desktop_app.importing.duplicates import ExistingIndex, ExistingPartner, plan_import

NAMES = ["شرکت پارس نوآوران", "شركت پارس نوآوران", "پارک فناوری کازان", "دانشگاه آنکارا",
         "دانشگاه آنکاراا", "Kazan Technopark", "Kazan Techno park", "مرکز‌رشد سپهر", "مرکز رشد سپهر",
         "هلدینگ داده‌پردازان", "Ankara University", "Pars Co", "۱۲۳ شرکت"]


@settings(max_examples=200)
@given(st.sets(st.integers(min_value=0x21, max_value=0x2FFFF).filter(lambda cp: not 0xD800 <= cp <= 0xDFFF),
               min_size=1, max_size=40))
def test_a_class_from_a_stream_matches_exactly_its_characters(points: set[int]) -> None:
    pattern = _ranges_class(iter(sorted(points)))
    for cp in points:
        assert pattern.fullmatch(chr(cp)), hex(cp)
    for cp in {cp + 1 for cp in points} | {cp - 1 for cp in points}:
        if cp not in points and not 0xD800 <= cp <= 0xDFFF:
            assert not pattern.fullmatch(chr(cp)), hex(cp)


partners = st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from(["", "Pars Noavaran", "Kazan Technopark"]),
                              st.sampled_from(["IR", "RU", "TR", ""]),
                              st.sampled_from(["", "kazan-park.ru", "https://pars.ir"])), max_size=15)


def _existing(items: list[tuple[str, str, str, str]]) -> list[ExistingPartner]:
    return [ExistingPartner(100 + i, n, e, c, w) for i, (n, e, c, w) in enumerate(items)]


def _rows(items: list[tuple[str, str, str, str]]) -> list[CleanRow]:
    return [CleanRow(row=2 + i, name=n, name_en=e, country=c, website=w) for i, (n, e, c, w) in enumerate(items)]


@settings(max_examples=60, deadline=None)
@given(existing=partners, rows=partners)
def test_a_streamed_index_and_chunked_keys_plan_as_before(existing: list[tuple[str, str, str, str]],
                                                          rows: list[tuple[str, str, str, str]]) -> None:
    listed = _existing(existing)
    streamed = ExistingIndex(p for p in listed)
    whole = ExistingIndex(listed)
    assert (streamed.size, streamed.ids, streamed.countries, streamed.by_name, streamed.values) == \
        (whole.size, whole.ids, whole.countries, whole.by_name, whole.values)
    clean = _rows(rows)
    reference = plan_import(clean, whole, "update_empty")
    saved = duplicates.KEY_CHUNK
    duplicates.KEY_CHUNK = 2  # several chunks even for a short list
    try:
        chunked = plan_import(clean, streamed, "update_empty")
    finally:
        duplicates.KEY_CHUNK = saved
    assert [(r.action, r.duplicate, r.candidates) for r in chunked.rows] == \
        [(r.action, r.duplicate, r.candidates) for r in reference.rows]


def test_chunked_keys_are_the_whole_columns_keys() -> None:
    from desktop_app.importing.keys import match_keys

    clean = _rows([(n, "", "IR", "") for n in NAMES * 3])
    saved = duplicates.KEY_CHUNK
    duplicates.KEY_CHUNK = 4
    try:
        assert list(duplicates._chunked_match_keys(clean)) == match_keys([r.name for r in clean])
    finally:
        duplicates.KEY_CHUNK = saved


@pytest.mark.parametrize("size", [0, 1])
def test_an_index_of_few_partners(size: int) -> None:
    index = ExistingIndex(iter(_existing([("شرکت پارس نوآوران", "", "IR", "")] * size)))
    assert index.size == size and len(index.ids) == size
