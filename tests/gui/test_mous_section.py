"""The MoUs section driven offscreen on a real SQLite register with the demo data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from db.database import Database
from db.models import MoUStatus
from desktop_app.domain import i18n
from desktop_app.domain.demo import AXES_54, build_demo
from desktop_app.domain.mous import MoUQuery
from desktop_app.domain.services import Services
from desktop_app.ui.context import UiContext
from tests.gui.qt_keyboard import type_text

# The offscreen platform says it cannot raise windows, grab the keyboard or propagate size
# hints (the picker's popup asks for all three); that is the platform, not the section.
pytestmark = [pytest.mark.gui,
              pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing|propagateSizeHints)")]


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Services]:
    i18n.set_language("en")
    db = Database.open(tmp_path / "register.sqlite3", app_version="test")
    build_demo(db)
    yield Services(db, tmp_path / "attachments")
    db.close()
    i18n.set_language("fa")


@pytest.fixture
def section(qtbot, register: Services):
    from desktop_app.ui.sections.mous import MoUsSection

    ctx = UiContext(register, "en")
    opened: list[tuple[str, int]] = []
    ctx.open_record = lambda entity, rid: opened.append((entity, rid))
    s = MoUsSection(ctx)
    s.opened = opened
    qtbot.addWidget(s)
    s.resize(1366, 768)
    s.show()
    return s


def pick_partner(qtbot, editor, typed: str) -> None:
    """Type into the partner picker and choose the first match, as a user would."""
    picker = editor.picker
    picker.setFocus()
    picker.clear()
    type_text(picker, typed)
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0, timeout=2000)
    before = editor.parties_model.rowCount()
    qtbot.keyClick(picker.completer_.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(picker.completer_.popup(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.parties_model.rowCount() == before + 1, timeout=2000)


def test_create_mou_with_three_parties_and_axes(qtbot, section, register) -> None:
    editor = section.editor
    section.new_record()
    type_text(editor.number, "۹۰")
    type_text(editor.title_edit, "تفاهم‌نامه سه‌جانبه آزمایشی")
    editor.status.setCurrentIndex(editor.status.findData(MoUStatus.SIGNED))
    editor.signed_on.edit.setText("۱۴۰۴/۰۹/۲۵")
    editor.signed_on.edit.editingFinished.emit()
    editor.signed_time.setText("12:00")
    editor.tabs.setCurrentIndex(1)
    # Arabic Kaf/Yeh typed: still finds the Persian-spelled names
    pick_partner(qtbot, editor, "مازندران")
    pick_partner(qtbot, editor, "صنايع كوچك")
    pick_partner(qtbot, editor, "تكنوپارک")
    editor.parties_view.selectRow(2)
    editor.party_up.click()
    editor.tabs.setCurrentIndex(2)
    for title in AXES_54[:3]:
        row = editor.axes_model.add_axis()
        editor.axes_model.setData(editor.axes_model.index(row, 0), title)
    assert editor.is_dirty()
    with qtbot.waitSignal(editor.saved, timeout=3000) as saved:
        section.save_current()
    mou_id = saved.args[0]
    form = register.mous.get(mou_id)
    assert [p.name for p in register.mous.detail(mou_id).parties] == [
        "پارک علم و فناوری مازندران", "تکنوپارک استانبول",
        "سازمان صنایع کوچک و شهرک‌های صنعتی ایران"]
    assert [a.title for a in form.axes] == AXES_54[:3]
    assert form.number == "90" and str(form.signed_on) == "2025-12-16"
    assert section.list_page.model.row_of(mou_id) is not None
    assert section.list_page.current_id() == mou_id
    assert not editor.is_dirty()
    assert editor.history.count() >= 1


def test_invalid_form_shows_inline_messages_and_writes_nothing(qtbot, section, register) -> None:
    editor = section.editor
    count = register.mous.count()
    section.new_record()
    editor.status.setCurrentIndex(editor.status.findData(MoUStatus.ACTIVE))
    editor.signed_time.setText("25:99")
    section.save_current()
    assert "not a time" in editor.field_errors["signed_on"].text().lower()
    editor.signed_time.setText("")
    section.save_current()
    assert editor.field_errors["title"].isVisible()
    assert editor.field_errors["title"].text() == "The title is required."
    assert "two parties" in editor.parties_error.text()
    assert editor.tabs.tabText(1).startswith("⚠")
    assert register.mous.count() == count
    # the number already used by MoU 54
    type_text(editor.title_edit, "x")
    type_text(editor.number, "54")
    section.save_current()
    assert "already used" in editor.field_errors["number"].text()
    assert register.mous.count() == count


def test_conflicting_concurrent_edit_is_not_overwritten(qtbot, section, register,
                                                        monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    editor = section.editor
    mid = register.mous.query(MoUQuery(text="54"))[0]
    section.open_record(mid)
    assert editor.form.id == mid
    # another laptop changes the MoU meanwhile
    other = register.mous.get(mid)
    other.place = "تهران"
    register.mous.save(other)
    editor.title_edit.setText("عنوان من")
    editor._edited()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda _p, _t, text, *_a: told.append(text) or QMessageBox.StandardButton.No))
    section.save_current()
    assert told and "Fields changed: Place." in told[0]  # what the other change was
    assert editor.is_dirty() and editor.title_edit.text() == "عنوان من"
    assert register.mous.get(mid).title != "عنوان من"
    assert register.mous.get(mid).place == "تهران"
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda *a: QMessageBox.StandardButton.Yes))
    section.save_current()
    assert not editor.is_dirty()
    assert editor.place.text() == "تهران"


def test_filters_and_related_lists(qtbot, section, register) -> None:
    page = section.list_page
    assert page.model.rowCount() == 5
    section.status_filter.setCurrentIndex(section.status_filter.findData(MoUStatus.EXPIRED))
    assert page.model.rowCount() == 2
    section.status_filter.setCurrentIndex(0)
    section.country_filter.setCurrentIndex(section.country_filter.findData("TR"))
    assert page.model.rowCount() == 1
    section.country_filter.setCurrentIndex(0)
    type_text(page.search, "شهرك")  # Arabic Kaf
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=2000)
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=2000)
    mid = register.mous.query(MoUQuery(text="1401-NPC-ISIPO"))[0]
    section.open_record(mid)
    editor = section.editor
    assert editor.bodies.topLevelItem(0).childCount() == 3
    assert editor.letters.topLevelItemCount() == 1
    item = editor.meetings.topLevelItem(0)
    editor.meetings.itemActivated.emit(item, 0)
    assert section.opened[-1][0] == "meetings"
    question = section.delete_question(mid)
    assert question == ("This also deletes 4 working groups/committees, 2 meetings, 3 actions. "
                        "1 letter will no longer refer to it.")
    i18n.set_language("fa")
    try:
        persian = section.delete_question(mid)
    finally:
        i18n.set_language("en")
    assert persian == ("همراه آن ۴ کارگروه/کمیته، ۲ جلسه، ۳ اقدام نیز حذف می‌شود. "
                       "۱ مکاتبه دیگر به آن پیوند نخواهد داشت.")
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []
    QMessageBox.question = staticmethod(  # type: ignore[method-assign]
        lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes)
    section.list.select_id(mid)
    section.delete_current()
    assert asked and question in asked[0]
    assert page.model.rowCount() == 4 and editor.form.id is None


def test_attachments_panel(qtbot, section, register, tmp_path: Path) -> None:
    mid = register.mous.query(MoUQuery(text="54"))[0]
    section.open_record(mid)
    panel = section.editor.attachments
    f = tmp_path / "signed scan.pdf"
    f.write_bytes(b"%PDF-1.4 scan")
    assert panel.add_files([f])
    assert panel.list.topLevelItemCount() == 1
    panel.list.topLevelItem(0).setSelected(True)
    panel.remove_selected(confirm=False)
    assert panel.list.topLevelItemCount() == 0


def test_models_pass_the_model_tester(qtmodeltester, section, register) -> None:
    from desktop_app.ui.mous.models import AxesModel, ChoiceListModel, PartiesModel

    mid = register.mous.query(MoUQuery(text="54"))[0]
    section.open_record(mid)
    qtmodeltester.check(section.list_page.model)
    qtmodeltester.check(section.editor.parties_model)
    qtmodeltester.check(section.editor.axes_model)
    axes = AxesModel()
    axes.add_axis("الف")
    axes.add_axis("ب")
    axes.move(0, 1)
    assert [a.title for a in axes.rows()] == ["ب", "الف"]
    qtmodeltester.check(axes)
    parties = PartiesModel(register.mous.partner_names)
    parties.set_rows(register.mous.get(mid).parties)
    qtmodeltester.check(parties)
    choices = ChoiceListModel()
    choices.set_choices(register.partners.choices("پارک"))
    qtmodeltester.check(choices)


def test_attachments_panel_takes_dragged_local_files(qtbot, section, register, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    panel = section.editor.attachments
    f = tmp_path / "minutes.pdf"
    f.write_bytes(b"%PDF-1.4 minutes")
    local, remote = QMimeData(), QMimeData()
    local.setUrls([QUrl.fromLocalFile(str(f))])
    remote.setUrls([QUrl("https://example.org/minutes.pdf")])
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    copy = Qt.DropAction.CopyAction

    def taken(kind: type, data: QMimeData) -> bool:
        event = kind(QPoint(5, 5), copy, data, buttons, mods)
        event.ignore()
        getattr(panel, "dragEnterEvent" if kind is QDragEnterEvent else "dragMoveEvent")(event)
        return event.isAccepted()

    # An unsaved record takes nothing; a saved one takes local files only, on enter and move.
    section.new_record()
    assert not taken(QDragEnterEvent, local) and not taken(QDragMoveEvent, local)
    section.open_record(register.mous.query(MoUQuery(text="54"))[0])
    assert taken(QDragEnterEvent, local) and taken(QDragMoveEvent, local)
    assert not taken(QDragEnterEvent, remote) and not taken(QDragMoveEvent, remote)
    panel.dropEvent(QDropEvent(QPointF(5, 5), copy, local, buttons, mods))
    assert panel.list.topLevelItemCount() == 1
