"""An undo that is refused names the record it would have overwritten, and History's
"restore this value" refuses in the program's language.

A meeting is named by its title, a letter by its subject: the person must recognise which
record was changed again since.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from db.database import Database
from desktop_app.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop_app.domain.i18n import set_language
from desktop_app.domain.letters import LetterForm, LetterService
from desktop_app.domain.meetings import MeetingForm, MeetingService
from desktop_app.domain.undo import UndoService
from tests.db.test_undo_service_mutants import _step


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    set_language("en")
    yield
    set_language("fa")


@pytest.mark.parametrize("kind", ["meeting", "letter"])
def test_a_refused_undo_names_the_record_as_its_list_does(sqlite_db: Database, kind: str) -> None:
    """A meeting by its title, a letter by its subject (English and Persian)."""
    service: Any
    if kind == "meeting":
        service = MeetingService(sqlite_db)
        rid = service.save(MeetingForm(title="نشست ششم", held_on=dt.date(2025, 12, 16))).value
        field, name = "place", "نشست ششم"
    else:
        service = LetterService(sqlite_db)
        rid = service.save(LetterForm(subject="دعوت به نمایشگاه", dated=dt.date(2025, 1, 5))).value
        field, name = "sender", "دعوت به نمایشگاه"
    form = service.get(rid)
    setattr(form, field, "تبریز")
    edit = _step(sqlite_db, lambda: service.save(form))
    again = service.get(rid)
    setattr(again, field, "تهران")
    service.save(again)
    said = {}
    for language in ("en", "fa"):
        set_language(language)
        with pytest.raises(ConflictError) as caught:
            UndoService(sqlite_db).revert(edit.entry_ids)
        said[language] = str(caught.value)
    assert said == {"en": f"“{name}” was changed again since; it was not undone.",
                    "fa": f"«{name}» از آن پس دوباره تغییر کرده است؛ بازگردانده نشد."}
    assert getattr(service.get(rid), field) == "تهران"


def test_a_value_that_cannot_be_restored_is_refused_in_persian(sqlite_db: Database) -> None:
    set_language("fa")
    undo = UndoService(sqlite_db)
    with pytest.raises(ValidationError) as caught:
        undo.restore_value("partners", 1, "search_text", "x")
    assert caught.value.errors == {"search_text": "این مقدار بازگرداندنی نیست."}
    with pytest.raises(NotFoundError) as gone:
        undo.restore_value("partners", 999, "city", "تهران")
    assert str(gone.value) == "این رکورد دیگر وجود ندارد."


def test_nothing_to_undo_and_not_a_deletion_are_told_in_persian(sqlite_db: Database) -> None:
    set_language("fa")
    undo = UndoService(sqlite_db)
    with pytest.raises(NotFoundError) as nothing:
        undo.revert([12345])
    assert str(nothing.value) == "چیزی برای بازگرداندن نیست."
    meetings = MeetingService(sqlite_db)
    made = _step(sqlite_db, lambda: meetings.save(MeetingForm(title="نشست",
                                                              held_on=dt.date(2025, 1, 1))))
    with pytest.raises(NotFoundError) as not_deleted:
        undo.undelete(made.entry_ids[0])
    assert str(not_deleted.value) == "این یک حذف نیست."


def test_a_record_brought_back_leaves_the_older_deletions_listed(sqlite_db: Database) -> None:
    meetings, undo = MeetingService(sqlite_db), UndoService(sqlite_db)
    older = meetings.save(MeetingForm(title="نشست یکم", held_on=dt.date(2025, 1, 1))).value
    newer = meetings.save(MeetingForm(title="نشست دوم", held_on=dt.date(2025, 2, 1))).value
    meetings.delete(older)
    gone = _step(sqlite_db, lambda: meetings.delete(newer))
    undo.undelete(gone.entry_ids[0])
    assert [(e.entity, e.entity_id) for e in undo.deleted_records()] == [("meetings", older)]
