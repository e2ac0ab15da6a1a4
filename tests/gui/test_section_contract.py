"""One contract for every record section the window declares, in Persian and in English.

Parametrised by ``desktop_app.ui.sections.SECTIONS`` (every entry whose class is a kit
:class:`RecordSection`): in the real window on a copy of the demo register, the section
opens and lists, creates a record through its form, edits and saves it, meets a version
conflict (a second :class:`Database` on the same file changes the record first), finds
it by search and deletes it.
"""

from __future__ import annotations

import datetime as dt
import importlib
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox
from qt_keyboard import type_text

from db.database import Database
from desktop_app.domain.services import Services
from desktop_app.ui.kit.section import RecordSection
from desktop_app.ui.sections import SECTIONS

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(
    r"This plugin does not support (raise|grabbing|propagateSizeHints)")]


def _record_sections() -> list[str]:
    ids = []
    for entry in SECTIONS:
        cls = getattr(importlib.import_module(entry.module), entry.class_name)
        if issubclass(cls, RecordSection):
            ids.append(entry.section_id)
    return ids


RECORD_SECTIONS = _record_sections()
DAY = dt.date(2025, 12, 16)  # 1404/09/25
BIDI_CONTROLS = dict.fromkeys(range(0x2066, 0x206A))  # the isolates around shown names


def _required(section_id: str, services: Services, mark: str) -> dict[str, Any]:
    """The fields a new record of *section_id* needs, with *mark* in its text."""
    if section_id == "hubs":
        taken = {services.hubs.get(i).country_code for i in services.hubs.query(_hub_query())}
        country = next(c for c in ("DE", "FR", "IT", "JP", "BR") if c not in taken)
        host = services.partners.choices("پارک", 1)[0][0]
        return {"title": mark, "host_partner_id": host, "country_code": country}
    text_field = TEXT_FIELD[section_id]
    values: dict[str, Any] = {text_field: mark}
    if section_id in ("meetings", "events"):
        values["held_on"] = DAY
    if section_id == "letters":
        values["dated"] = DAY
    return values


def _hub_query() -> Any:
    from desktop_app.domain.hubs import HubQuery

    return HubQuery()


# the text field each section's contract edits and searches for
TEXT_FIELD = {"partners": "name", "hubs": "title", "mous": "title", "meetings": "title",
              "actions": "title", "events": "title", "letters": "subject"}


@pytest.fixture(params=["fa", "en"])
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.mark.parametrize("section_id", RECORD_SECTIONS)
def test_every_section_keeps_the_contract(main_window, qtbot, monkeypatch, section_id: str,
                                          language: str) -> None:
    if language == "en":
        main_window.set_language("en")
    services = main_window.ctx.services
    section = main_window.show_section(section_id)
    assert section.isVisible() and section.title()
    service = section.service
    # --- opens and lists
    count = service.count()
    assert count > 0 and section.list.model.rowCount() == min(count, section.list.model.rowCount())
    assert section.list.model.rowCount() > 0

    # --- creates, through the form
    mark = f"آزمون قرارداد {section_id} {language}"
    section.new_record()
    assert section.form.record_id is None
    section.form.load(replace(section.empty_form(), **_required(section_id, services, mark)))
    section.form.dirty = True
    section.save_current()
    record_id = section.form.record_id
    assert record_id is not None, section.form.general_error.text()
    assert service.count() == count + 1
    assert not section.form.dirty
    assert section.list.current_id() == record_id

    # --- edits and saves
    key = TEXT_FIELD[section_id]
    edit = section.form.fields[key]
    assert isinstance(edit, QLineEdit)
    edit.clear()
    type_text(edit, mark + " ویرایش")
    assert section.form.dirty
    section.save_current()
    assert getattr(service.get(record_id), key) == mark + " ویرایش"
    assert not section.form.dirty

    # --- a version conflict: another Database on the same file changes it first
    other_db = Database.open(services.db.path, app_version="test")
    try:
        other = getattr(Services(other_db), section.service_name)
        theirs = other.get(record_id)
        setattr(theirs, key, mark + " دیگری")
        other.save(theirs)
    finally:
        other_db.close()
    edit.clear()
    type_text(edit, mark + " من")
    told: list[str] = []

    def reload_theirs(_parent, _title, text, *_a):  # type: ignore[no-untyped-def]
        told.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(reload_theirs))
    section.save_current()
    assert len(told) == 1
    assert getattr(service.get(record_id), key) == mark + " دیگری"  # theirs kept
    assert edit.text() == mark + " دیگری" and not section.form.dirty  # reloaded

    # --- searches
    section.list.search.clear()
    type_text(section.list.search, mark)
    qtbot.waitUntil(lambda: section.list.model.rowCount() == 1, timeout=3000)
    assert section.list.model.id_at(0) == record_id

    # --- deletes, after asking
    asked: list[str] = []

    def yes(_parent, _title, text, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    section.list.select_id(record_id)
    section.delete_current()
    assert len(asked) == 1 and mark in asked[0].translate(BIDI_CONTROLS)
    assert service.count() == count
    assert section.form.record_id is None
    qtbot.waitUntil(lambda: section.list.model.rowCount() == 0, timeout=3000)
