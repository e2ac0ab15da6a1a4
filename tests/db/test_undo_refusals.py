"""An undo that is refused names the record it would have overwritten, and History's
"restore this value" refuses in the program's language.

A meeting is named by its title, a letter by its subject: the person must recognise which
record was changed again since.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest

from db.database import Database
from desktop_app.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop_app.domain.i18n import set_language
from desktop_app.domain.letters import LetterForm, LetterService
from desktop_app.domain.meetings import MeetingForm, MeetingService
from desktop_app.domain.undo import UndoService, UndoStep


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    set_language("en")
    yield
    set_language("fa")


def _step(db: Database, write: Callable[[], object]) -> UndoStep:
    undo = UndoService(db)
    mark = undo.last_entry_id()
    write()
    step = undo.step_since(mark)
    assert step is not None
    return step


def test_an_undo_refused_names_the_meeting_by_its_title(sqlite_db: Database) -> None:
    meetings = MeetingService(sqlite_db)
    mid = meetings.save(MeetingForm(title="نشست ششم", held_on=dt.date(2025, 12, 16))).value
    form = meetings.get(mid)
    form.place = "تبریز"
    edit = _step(sqlite_db, lambda: meetings.save(form))
    again = meetings.get(mid)
    again.place = "تهران"
    meetings.save(again)
    with pytest.raises(ConflictError) as caught:
        UndoService(sqlite_db).revert(edit.entry_ids)
    assert str(caught.value) == "“نشست ششم” was changed again since; it was not undone."
    assert meetings.get(mid).place == "تهران"


def test_an_undo_refused_names_the_letter_by_its_subject(sqlite_db: Database) -> None:
    letters = LetterService(sqlite_db)
    lid = letters.save(LetterForm(subject="دعوت به نمایشگاه", dated=dt.date(2025, 1, 5))).value
    form = letters.get(lid)
    form.sender = "پارک"
    edit = _step(sqlite_db, lambda: letters.save(form))
    again = letters.get(lid)
    again.sender = "دانشگاه"
    letters.save(again)
    set_language("fa")
    with pytest.raises(ConflictError) as caught:
        UndoService(sqlite_db).revert(edit.entry_ids)
    assert str(caught.value) == "«دعوت به نمایشگاه» از آن پس دوباره تغییر کرده است؛ بازگردانده نشد."


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
