"""Create where you are (issue 12): meetings, actions and letters added from the MoU they
belong to, actions from the meeting that decided them, and "valid for N years"."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from qt_keyboard import type_text

from desktop_app.domain.actions import ActionQuery

pytestmark = pytest.mark.gui


@pytest.fixture
def mou_editor(main_window):  # type: ignore[no-untyped-def]
    section = main_window.show_section("mous")
    mou54 = section.ctx.services.reports.resolve_mou("54")
    section.open_record(mou54)
    return section, section.editor, mou54


def test_an_action_is_added_from_the_mou_without_leaving_it(main_window, mou_editor, qtbot) -> None:
    section, editor, mou54 = mou_editor
    before = editor.actions.topLevelItemCount()
    editor.tabs.setCurrentIndex(5)
    assert editor.add_buttons["actions"].isEnabled()
    qtbot.mouseClick(editor.add_buttons["actions"], Qt.MouseButton.LeftButton)
    dialog = editor.quick_dialog
    assert dialog.form.mou.value() == mou54  # already linked to this MoU
    type_text(dialog.form.title, "تهیه گزارش پیشرفت فصلی")
    qtbot.mouseClick(dialog.form.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None
    assert main_window.current_section() is section  # still in the MoU
    assert editor.actions.topLevelItemCount() == before + 1
    saved = section.ctx.services.actions.get(dialog.saved_id)
    assert saved.mou_id == mou54 and saved.title == "تهیه گزارش پیشرفت فصلی"


def test_a_meeting_and_a_letter_from_the_mou(mou_editor, qtbot) -> None:
    _section, editor, mou54 = mou_editor
    meetings, letters = editor.meetings.topLevelItemCount(), editor.letters.topLevelItemCount()
    editor.quick_add("meetings")
    dialog = editor.quick_dialog
    type_text(dialog.form.title, "جلسه هماهنگی")
    dialog.form.held_on.setDate(dt.date(2026, 1, 10))
    assert dialog.save() is not None, [e.text() for e in dialog.form.errors.values()]
    assert editor.meetings.topLevelItemCount() == meetings + 1
    editor.quick_add("letters")
    dialog = editor.quick_dialog
    assert dialog.form.mou.value() == mou54
    dialog.save()  # nothing typed: the letter form's own messages, nothing written
    assert dialog.isVisible() and editor.letters.topLevelItemCount() == letters
    dialog.reject()


def test_an_action_from_the_meeting_that_decided_it(main_window, qtbot) -> None:
    section = main_window.show_section("meetings")
    meeting_id = section.list.model.id_at(0)
    section.open_record(meeting_id)
    form = section.form
    assert form.add_action_button.isEnabled()
    qtbot.mouseClick(form.add_action_button, Qt.MouseButton.LeftButton)
    dialog = form.quick_dialog
    assert dialog.form.meeting.value() == meeting_id
    type_text(dialog.form.title, "پیگیری مصوبه بند ۳")
    assert dialog.save() is not None
    found = section.ctx.services.actions.query(ActionQuery(text="پیگیری مصوبه"))
    assert [section.ctx.services.actions.get(i).meeting_id for i in found] == [meeting_id]
    assert main_window.current_section() is section


def test_valid_for_n_years_fills_the_end_date(mou_editor) -> None:
    _section, editor, _mou54 = mou_editor
    editor.valid_from.setDate(dt.date(2025, 12, 16))  # 1404/09/25
    editor.valid_for.setCurrentIndex(editor.valid_for.findData(2))
    editor.valid_for.activated.emit(editor.valid_for.currentIndex())
    assert editor.valid_until.date() == dt.date(2027, 12, 15)  # 1406/09/24
    assert editor.is_dirty()
    editor.dirty = False
