"""The follow-up sections driven through their real widgets on a real SQLite register."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from db.database import Database
from db.models import ActionStatus, WorkStatus
from desktop_app.domain import i18n
from desktop_app.domain.actions import ActionQuery
from desktop_app.domain.demo import build_demo
from desktop_app.domain.hubs import HubQuery
from desktop_app.domain.meetings import MeetingQuery
from desktop_app.domain.services import Services
from desktop_app.ui.context import UiContext
from desktop_app.ui.records.missions import MissionsModel

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[UiContext]:
    i18n.set_language("fa")
    db = Database.open(tmp_path / "register.sqlite3", app_version="test")
    build_demo(db)
    yield UiContext(Services(db, tmp_path / "attachments"), "fa")
    db.close()


def _section(qtbot, ctx, name):  # type: ignore[no-untyped-def]
    import importlib

    module, cls = {"meetings": ("meetings", "MeetingsSection"),
                   "actions": ("actions", "ActionsSection"),
                   "hubs": ("hubs", "HubsSection"), "events": ("events", "EventsSection"),
                   "letters": ("letters", "LettersSection")}[name]
    section = getattr(importlib.import_module(f"desktop_app.ui.sections.{module}"), cls)(ctx)
    qtbot.addWidget(section)
    section.resize(1366, 768)
    section.show()
    return section


def _type(line, text):  # type: ignore[no-untyped-def]
    """Type *text* as a user would (QTest cannot send Persian key clicks)."""
    line.setFocus()
    line.insert(text)
    line.textEdited.emit(line.text())


def _type_date(qtbot, edit, text):  # type: ignore[no-untyped-def]
    edit.edit.clear()
    _type(edit.edit, text)
    edit.edit.editingFinished.emit()


def test_add_a_meeting_through_the_form(qtbot, ctx):
    s = _section(qtbot, ctx, "meetings")
    before = s.list.model.rowCount()
    s.new_record()
    f = s.form
    _type(f.title, "هفتمین جلسه شورای راهبری")
    _type_date(qtbot, f.held_on, "۱۴۰۴/۹/۲۵")
    _type(f.place, "کرج")
    assert f.dirty
    qtbot.mouseClick(f.save_button, Qt.MouseButton.LeftButton)
    assert s.list.model.rowCount() == before + 1
    new_id = s.list.current_id()
    form = ctx.services.meetings.get(new_id)
    assert form.title == "هفتمین جلسه شورای راهبری" and form.held_on.isoformat() == "2025-12-16"
    row = s.list.model.row_of(new_id)
    assert s.list.model.index(row, 0).data() == "۱۴۰۴/۰۹/۲۵"
    # search as you type finds it with Arabic letter forms
    _type(s.list.search, "هفتمين")
    qtbot.waitUntil(lambda: s.list.model.rowCount() == 1)


def test_inline_validation_writes_nothing(qtbot, ctx):
    s = _section(qtbot, ctx, "meetings")
    count = ctx.services.meetings.count()
    s.new_record()
    s.save_current()
    assert s.form.errors["title"].isVisible()
    assert s.form.held_on.errorText() or s.form.held_on.error.text()
    _type_date(qtbot, s.form.held_on, "1404/13/40")
    assert not s.form.held_on.isValid()
    s.save_current()
    assert ctx.services.meetings.count() == count


def test_add_an_action_and_progress_moves_status(qtbot, ctx):
    s = _section(qtbot, ctx, "actions")
    before = s.list.model.rowCount()
    s.new_record()
    f = s.form
    _type(f.title, "پیگیری تفاهم‌نامه")
    f.owner.setCurrentText("دفتر تعاملات بین‌الملل")
    _type_date(qtbot, f.due_on, "1405/01/15")
    f.progress.setValue(100)
    assert f.status.currentData() == ActionStatus.DONE
    f.progress.setValue(40)
    assert f.status.currentData() == ActionStatus.IN_PROGRESS
    s.save_current()
    assert s.list.model.rowCount() == before + 1
    aid = s.list.current_id()
    assert ctx.services.actions.get(aid).progress == 40
    # the overdue filter
    s.status_filter.setCurrentIndex(s.status_filter.findData("overdue"))
    overdue = ctx.services.actions.query(ActionQuery(overdue=True))
    assert s.list.model.ids() == overdue


def test_concurrent_edit_shows_a_conflict(qtbot, ctx, monkeypatch):
    s = _section(qtbot, ctx, "meetings")
    mid = ctx.services.meetings.query(MeetingQuery(text="ششمین"))[0]
    s.open_record(mid)
    other = ctx.services.meetings.get(mid)
    other.place = "تهران"
    ctx.services.meetings.save(other)  # saved elsewhere, not published to this window
    asked = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes)
    s.form.place.setText("تبریز")
    s.form.dirty = True
    s.save_current()
    assert asked and ctx.services.meetings.get(mid).place == "تهران"
    assert s.form.place.text() == "تهران"  # reloaded as it is now


def test_hub_missions_edit(qtbot, ctx, qtmodeltester):
    s = _section(qtbot, ctx, "hubs")
    tr_hub = ctx.services.hubs.query(HubQuery(text="ترکیه"))[0]
    s.open_record(tr_hub)
    model = s.form.missions_model
    assert model.rowCount() == 6
    qtmodeltester.check(model)
    model.setData(model.index(0, 2), 100)
    assert model.rows()[0].status == WorkStatus.DONE
    s.form._add_mission()
    model.setData(model.index(6, 0), "ایجاد دفتر مشترک در استانبول")
    s.form.missions_view.setCurrentIndex(model.index(6, 0))
    s.form._move_mission(-1)
    s.save_current()
    saved = ctx.services.hubs.get(tr_hub)
    assert len(saved.missions) == 7 and saved.missions[0].progress == 100
    assert saved.missions[5].title == "ایجاد دفتر مشترک در استانبول"
    assert "استانبول" in s.form.dossier.toPlainText()
    # The dossier report exists, so an opened hub can be printed — and the report it asks
    # for is real: a PDF naming the new mission.
    assert s.form.print_button.isEnabled()
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        pdf = ctx.services.reports.hub_dossier_pdf(tr_hub, "fa", out=Path(folder) / "hub.pdf")
        assert pdf.read_bytes().startswith(b"%PDF-")


def test_models_pass_the_tester(qtbot, ctx, qtmodeltester):
    for name in ("hubs", "meetings", "actions", "events", "letters"):
        s = _section(qtbot, ctx, name)
        qtmodeltester.check(s.list.model)
    m = MissionsModel()
    qtmodeltester.check(m)


def test_letter_found_by_persian_digits_and_link_opens(qtbot, ctx):
    s = _section(qtbot, ctx, "letters")
    opened = []
    ctx.open_record = lambda entity, rid: opened.append((entity, rid))
    _type(s.list.search, "۱۴۹۳۸۴")
    qtbot.waitUntil(lambda: s.list.model.rowCount() == 1)
    s.list.select_id(s.list.model.id_at(0))
    assert s.form.reference.text() == "۱۴۹۳۸۴"
    s.form.meeting.open_button.click()
    assert opened and opened[0][0] == "meetings"
