"""What the follow-up lists show and how they sort, and what a delete question says:
the record helpers every service shares, by example (no database)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain import records
from desktop_app.domain.i18n import set_language
from desktop_app.domain.records import Cascade, KeyCache, describe_cascade, sort_ids

chunks, set_if_changed = records.chunks, records.set_if_changed
hub_label, meeting_label, mou_label = records.hub_label, records.meeting_label, records.mou_label


@pytest.fixture(autouse=True)
def _persian_afterwards() -> Iterator[None]:
    yield
    set_language("fa")


def test_labels_in_both_languages() -> None:
    assert mou_label("54", "همکاری فناورانه", "fa") == "شماره ۵۴ — همکاری فناورانه"
    assert mou_label("54", "Technology cooperation", "en") == "No. 54 — Technology cooperation"
    assert mou_label("", "بدون شماره", "fa") == "بدون شماره"
    assert mou_label(None, "t", "en") == "t"
    day = dt.date(2025, 12, 16)
    assert meeting_label(6, "", "شورای راهبری", day, "fa") == "جلسه ۶ شورای راهبری (۱۴۰۴/۰۹/۲۵)"
    assert meeting_label(6, "", "Council", day, "en") == "Meeting 6 of Council (1404/09/25)"
    assert meeting_label(None, "", "Council", None, "en") == "Council"
    assert meeting_label(6, "Kick-off", "Council", None, "en") == "Kick-off"
    assert meeting_label(None, "", None, day, "en") == " (1404/09/25)"
    assert hub_label("", "TR", "fa") == "هاب ترکیه"
    assert hub_label("", "TR", "en") == "Hub for Türkiye"
    assert hub_label("China hub", "CN", "en") == "China hub"


def test_labels_follow_the_current_language() -> None:
    set_language("en")
    assert mou_label("54", "t") == "No. 54 — t"
    assert meeting_label(2, "", "Council", None) == "Meeting 2 of Council"
    assert hub_label("", "TR") == "Hub for Türkiye"
    set_language("fa")
    assert mou_label("54", "t") == "شماره ۵۴ — t"


def test_sort_ids_puts_empty_values_last_either_way() -> None:
    pairs = [(3, "ب"), (1, None), (2, "آ"), (4, ""), (5, "آ")]
    assert sort_ids(pairs, False, True) == [2, 5, 3, 1, 4]
    assert sort_ids(pairs, True, True) == [3, 5, 2, 1, 4]
    numbers = [(3, 2), (1, None), (2, 10), (5, 2)]
    assert sort_ids(numbers, False, False) == [3, 5, 2, 1]
    assert sort_ids(numbers, True, False) == [2, 5, 3, 1]
    # Persian alphabetical order, not code-point order: پ (U+067E) sorts before ت (U+062A)
    assert sort_ids([(1, "تهران"), (2, "پردیس")], False, True) == [2, 1]


@given(st.lists(st.tuples(st.integers(0, 50), st.one_of(st.none(), st.integers(-5, 5))),
                unique_by=lambda p: p[0]))
def test_sort_ids_is_a_permutation_with_missing_last(pairs: list[tuple[int, Any]]) -> None:
    for descending in (False, True):
        got = sort_ids(pairs, descending, False)
        assert sorted(got) == sorted(i for i, _ in pairs)
        values = dict(pairs)
        missing = [i for i in got if values[i] is None]
        assert got[len(got) - len(missing):] == sorted(missing)


def test_set_if_changed_writes_only_what_differs() -> None:
    class Obj:
        a = 1
        b = "x"

    o = Obj()
    assert set_if_changed(o, {"a": 1, "b": "x"}) is False
    assert set_if_changed(o, {"a": 1, "b": "y"}) is True
    assert (o.a, o.b) == (1, "y")
    assert set_if_changed(o, {}) is False


def test_chunks_keep_order_and_size() -> None:
    assert list(chunks([1, 2, 3, 4, 5], 2)) == [[1, 2], [3, 4], [5]]
    assert list(chunks([], 2)) == []
    assert [len(c) for c in chunks(list(range(1001)))] == [500, 500, 1]


def test_describe_cascade_in_both_languages() -> None:
    counts = {"action_items": 2, "-letters": 1, "meetings": 0, "unknown": 3, "mous": 1}
    set_language("en")
    assert describe_cascade(counts) == (
        "This also deletes 2 actions, 1 MoU. 1 letter will no longer refer to it.")
    assert describe_cascade({"-events": 2}) == "2 events will no longer refer to it."
    assert describe_cascade({}) == "" and describe_cascade({"meetings": 0}) == ""
    set_language("fa")
    assert describe_cascade(counts) == (
        "همراه آن ۲ اقدام، ۱ تفاهم‌نامه نیز حذف می‌شود. ۱ مکاتبه دیگر به آن پیوند نخواهد داشت.")


def test_a_dry_cascade_counts_and_changes_nothing() -> None:
    class Letter:
        __table__ = type("T", (), {"name": "letters"})()

        def __init__(self, i: int, meeting_id: int | None) -> None:
            self.id, self.meeting_id = i, meeting_id

    class Session:
        def __init__(self) -> None:
            self.deleted: list[Any] = []

        def delete(self, obj: Any) -> None:
            self.deleted.append(obj)

    s = Session()
    dry = Cascade(dry=True)
    letters = [Letter(1, 7), Letter(2, None), Letter(3, 7)]
    dry.unlink(s, letters, meeting_id=None)  # type: ignore[arg-type]
    dry.delete(s, letters[2:])  # type: ignore[arg-type]
    assert dry.counts() == {"letters": 1, "-letters": 2}
    assert [x.meeting_id for x in letters] == [7, None, 7] and s.deleted == []
    wet = Cascade()
    wet.delete(s, letters[2:])  # type: ignore[arg-type]
    wet.unlink(s, letters, meeting_id=None)  # type: ignore[arg-type]
    assert wet.counts() == {"letters": 1, "-letters": 1}  # a deleted one is not unlinked too
    assert [x.meeting_id for x in letters] == [None, None, 7] and s.deleted == [letters[2]]


def test_key_cache_matches_word_prefixes_and_refetches_only_moved_versions() -> None:
    fetched: list[list[int]] = []
    texts = {1: "پارک فناوری پردیس", 2: "Pardis Technology Park", 3: "دانشگاه تهران"}

    def fetch(_s: Any, ids: list[int]) -> list[tuple[int, int, str]]:
        fetched.append(sorted(ids))
        return [(i, versions[i], texts[i]) for i in ids]

    versions = {1: 1, 2: 1, 3: 1}
    cache = KeyCache(fetch)
    rows = [(i, v) for i, v in versions.items()]
    assert cache.filter(None, rows, "") == {1, 2, 3}  # type: ignore[arg-type]
    assert fetched == []  # an empty search needs no keys
    assert cache.filter(None, rows, "پرد") == {1}  # type: ignore[arg-type]
    assert cache.filter(None, rows, "park") == {2}  # type: ignore[arg-type]
    assert cache.filter(None, rows, "ark") == set()  # type: ignore[arg-type]  # prefixes only
    assert cache.filter(None, rows, "پارک پردیس") == {1}  # type: ignore[arg-type]
    assert cache.filter(None, rows, "پارک تهران") == set()  # type: ignore[arg-type]
    assert fetched == [[1, 2, 3]]
    texts[3], versions[3] = "دانشگاه صنعتی شریف", 2
    rows = [(i, v) for i, v in versions.items()]
    assert cache.filter(None, rows, "شریف") == {3}  # type: ignore[arg-type]
    assert fetched == [[1, 2, 3], [3]]
    # extra may accept a word the keys miss, for one record only
    assert cache.filter(None, rows, "دانشگاه 149384",  # type: ignore[arg-type]
                        extra=lambda i, w: i == 3 and w == "149384") == {3}
    assert cache.filter(None, rows, "149384",  # type: ignore[arg-type]
                        extra=lambda i, w: i == 1) == {1}


@pytest.mark.parametrize(("table", "en", "fa"), [
    ("hub_missions", "missions", "مأموریت"),
    ("action_items", "actions", "اقدام"),
    ("meetings", "meetings", "جلسه"),
    ("bodies", "working groups/committees", "کارگروه/کمیته"),
    ("attachments", "attachments", "پیوست"),
    ("letters", "letters", "مکاتبه"),
    ("events", "events", "رویداد"),
    ("mous", "MoUs", "تفاهم‌نامه"),
])
def test_every_kind_a_delete_takes_is_named(table: str, en: str, fa: str) -> None:
    set_language("en")
    assert describe_cascade({table: 3}) == f"This also deletes 3 {en}."
    assert describe_cascade({f"-{table}": 2}) == f"2 {en} will no longer refer to it."
    set_language("fa")
    assert describe_cascade({table: 3}) == f"همراه آن ۳ {fa} نیز حذف می‌شود."
    assert describe_cascade({f"-{table}": 2}) == f"۲ {fa} دیگر به آن پیوند نخواهد داشت."
