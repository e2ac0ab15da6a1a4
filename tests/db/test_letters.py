"""LetterService on SQLite and PostgreSQL: reference numbers in any digit script."""

from __future__ import annotations

import datetime as dt

import pytest

from db.models import LetterDirection
from desktop_app.domain.demo import build_demo
from desktop_app.domain.errors import ConflictError, ValidationError
from desktop_app.domain.letters import LetterForm, LetterQuery, LetterService

D = dt.date


def test_create_edit_delete_and_digits(any_db):
    ls = LetterService(any_db)
    lid = ls.save(LetterForm(reference_number=" ۱۲/۳۴۵ ", dated=D(2022, 11, 10),
                             subject="موضوع", direction=LetterDirection.OUTGOING)).value
    f = ls.get(lid)
    assert f.reference_number == "12/345"  # stored in ASCII digits
    assert ls.rows([lid])[lid].reference_text == "۱۲/۳۴۵"
    assert ls.find_by_reference("١٢/٣٤٥") == [lid]
    f.summary = "خلاصه"
    ls.save(f)
    with pytest.raises(ConflictError):
        ls.save(f)
    assert ls.delete(lid).deleted == {"letters": {lid}}


def test_validation(any_db):
    ls = LetterService(any_db)
    with pytest.raises(ValidationError) as e:
        ls.save(LetterForm())
    assert set(e.value.errors) == {"subject", "dated"}
    with pytest.raises(ValidationError) as e:
        ls.save(LetterForm(subject="s", dated=D(2022, 1, 1), mou_id=999))
    assert set(e.value.errors) == {"mou_id"}


def test_reference_search_in_persian_digits(any_db):
    build_demo(any_db)
    ls = LetterService(any_db)
    ids = ls.query(LetterQuery(text="۱۴۹۳۸۴"))
    assert len(ids) == 1
    row = ls.rows(ids)[ids[0]]
    assert row.reference_number == "149384" and row.dated_text == "۱۴۰۱/۰۸/۱۹"
    assert row.meeting_label and row.body_name and row.mou_label
    assert ls.query(LetterQuery(text="149384")) == ids
    assert ls.query(LetterQuery(text="٩٣٨٤")) == ids  # part of the number, Arabic-Indic digits
    assert ls.query(LetterQuery(text="کارگروه مشترک")) == ids
    assert ls.query(LetterQuery(text="۱۴۹۳۸۵")) == []
    assert ls.query(LetterQuery(direction=LetterDirection.OUTGOING)) == []
    assert ls.query(LetterQuery(date_from=D(2022, 11, 10), date_to=D(2022, 11, 10))) == ids
