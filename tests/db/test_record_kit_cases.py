"""The record kit by case, through the letter service (one kind of record stands for
all): a kind's own rule message wins over the generic one, every bad field is named at
once, links left empty are not looked up, a save without a version (the command line)
updates, sorting (Persian alphabetical, dates, empty last) and unknown sort keys, an
empty id list reads nothing, and a delete's usage never names the record itself."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from db.database import Database
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import set_language
from desktop_app.domain.letters import LetterForm, LetterQuery, LetterService

D = dt.date


@pytest.fixture(autouse=True)
def _persian_afterwards() -> Iterator[None]:
    yield
    set_language("fa")


def _letter(db: Database, subject: str, day: int, sender: str = "", ref: str = "") -> int:
    return LetterService(db).save(LetterForm(subject=subject, dated=D(2025, 1, day), sender=sender,
                                             reference_number=ref)).value


def test_the_kinds_own_message_wins_and_every_bad_field_is_named(sqlite_db: Database) -> None:
    set_language("en")
    letters = LetterService(sqlite_db)
    with pytest.raises(ValidationError) as caught:
        letters.save(LetterForm(subject="", reference_number="1" * 101, dated=None,
                                sender="a\x00b", direction="sideways"))  # type: ignore[arg-type]
    errors = caught.value.errors
    assert set(errors) == {"subject", "reference_number", "dated", "sender", "direction"}
    # the reference number is also over its column's length: the letter's own words win
    assert errors["reference_number"] == "The reference number is too long."
    assert errors["subject"] == "The subject is required."
    assert "NUL" in errors["sender"]
    assert letters.count() == 0


def test_a_save_without_a_version_updates_and_empty_links_are_fine(sqlite_db: Database) -> None:
    letters = LetterService(sqlite_db)
    lid = _letter(sqlite_db, "نخست", 1)
    form = letters.get(lid)
    form.version = None  # the command line saves without the version it read
    form.subject = "دوم"
    assert letters.save(form).value == lid
    assert letters.get(lid).subject == "دوم" and letters.get(lid).version == 2
    assert letters.count() == 1


def test_sorting_and_unknown_sort_keys(sqlite_db: Database) -> None:
    letters = LetterService(sqlite_db)
    a = _letter(sqlite_db, "تفاهم", 3, sender="پارک")
    b = _letter(sqlite_db, "پیگیری", 1, sender="")
    c = _letter(sqlite_db, "ابلاغ", 2, sender="تهران")
    assert letters.query(LetterQuery(sort="dated")) == [a, c, b]  # newest first by default
    assert letters.query(LetterQuery(sort="dated", descending=False)) == [b, c, a]
    # Persian alphabetical order: ا < پ < ت (code points would put ت before پ)
    assert letters.query(LetterQuery(sort="subject", descending=False)) == [c, b, a]
    assert letters.query(LetterQuery(sort="subject")) == [a, b, c]
    # an empty sender sorts last either way
    assert letters.query(LetterQuery(sort="sender", descending=False)) == [a, c, b]
    assert letters.query(LetterQuery(sort="sender")) == [c, a, b]
    assert letters.query(LetterQuery(sort="no-such-column")) == [a, c, b]  # the default: dated


def test_search_by_words_and_by_part_of_the_reference(sqlite_db: Database) -> None:
    letters = LetterService(sqlite_db)
    a = _letter(sqlite_db, "ابلاغ مصوبات جلسه", 1, ref="149384")
    b = _letter(sqlite_db, "دعوت به نمایشگاه", 2, ref="1401-22")
    assert letters.query(LetterQuery(text="مصوبات")) == [a]
    assert letters.query(LetterQuery(text="۹۳۸۴")) == [a]  # part of the number, any digits
    assert letters.query(LetterQuery(text="93")) == []  # too short to be a number's part
    assert set(letters.query(LetterQuery(text=""))) == {a, b}
    assert letters.find_by_reference("۱۴۹۳۸۴") == [a] and letters.find_by_reference("") == []


def test_reading_nothing_and_usage_without_the_record_itself(sqlite_db: Database) -> None:
    letters = LetterService(sqlite_db)
    assert letters.rows([]) == {}
    lid = _letter(sqlite_db, "نامه", 1)
    assert letters.usage(lid) == {}
    assert set(letters.rows([lid, 10**6])) == {lid}
