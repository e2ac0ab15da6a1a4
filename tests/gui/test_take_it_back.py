"""Take it back (issue 12): Edit › Undo of a save and of a delete, History's "restore this
value" and "bring back", each an audited change like any other."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from qt_keyboard import type_text
from sqlalchemy import func, select

from db.models import AuditEntry

pytestmark = pytest.mark.gui


def _audit_count(ctx) -> int:  # type: ignore[no-untyped-def]
    with ctx.services.db.reading() as s:
        return int(s.scalar(select(func.count(AuditEntry.id))))


def _meeting_section(main_window):  # type: ignore[no-untyped-def]
    section = main_window.show_section("meetings")
    meeting_id = section.list.model.id_at(0)
    section.open_record(meeting_id)
    return section, meeting_id


def test_ctrl_z_takes_back_a_save(main_window, qtbot) -> None:
    section, meeting_id = _meeting_section(main_window)
    service = section.ctx.services.meetings
    before = service.get(meeting_id).title
    assert not main_window.act_undo.isEnabled()
    section.form.title.clear()
    type_text(section.form.title, "عنوان تازه")
    qtbot.mouseClick(section.form.save_button, Qt.MouseButton.LeftButton)
    assert service.get(meeting_id).title == "عنوان تازه"
    assert main_window.statusBar().currentMessage()  # "saved", briefly
    assert main_window.act_undo.isEnabled()
    audited = _audit_count(section.ctx)
    section.list.table.setFocus()
    qtbot.keyClick(section.list.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert service.get(meeting_id).title == before
    assert section.form.title.text() == before  # the open form shows it again
    assert _audit_count(section.ctx) == audited + 1  # the undo is itself audited
    assert not main_window.act_undo.isEnabled()


def test_ctrl_z_in_a_text_field_undoes_the_typing_only(main_window, qtbot) -> None:
    section, meeting_id = _meeting_section(main_window)
    title = section.form.title
    before = title.text()
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, "xyz")
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert title.text() != before + "xyz"  # the field's own undo
    assert section.ctx.services.meetings.get(meeting_id).title == before
    section.form.dirty = False


def test_undo_brings_a_deleted_record_back_whole(main_window, qtbot, monkeypatch) -> None:
    section = main_window.show_section("partners")
    service = section.ctx.services.partners
    from desktop_app.domain.partners import ContactForm, PartnerForm

    made = service.save(PartnerForm(name="شرکت آزمون بازگشت", email="info@undo.example",
                                    contacts=[ContactForm(name="مریم احمدی", phone="+90 312 298 1234")]))
    section.ctx.publish(made.changes)
    with_contacts = made.value
    section.list.select_id(with_contacts)
    gone = service.get(with_contacts)
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    section.list.table.setFocus()
    qtbot.keyClick(section.list.table, Qt.Key.Key_Delete)
    assert service.count() == len(section.list.model.ids())
    assert with_contacts not in section.list.model.ids()
    main_window.act_undo.trigger()
    back = service.get(with_contacts)
    assert back.name == gone.name and back.email == gone.email
    assert [c.name for c in back.contacts] == [c.name for c in gone.contacts]
    assert with_contacts in section.list.model.ids()  # the list shows it again


def test_undo_refuses_when_the_record_changed_since(main_window, qtbot, monkeypatch) -> None:
    section, meeting_id = _meeting_section(main_window)
    service = section.ctx.services.meetings
    section.form.title.clear()
    type_text(section.form.title, "نخست")
    qtbot.mouseClick(section.form.save_button, Qt.MouseButton.LeftButton)
    # someone else (another laptop, the command line) changes it again
    form = service.get(meeting_id)
    form.title = "دیگری"
    service.save(form)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda p, t, text, *a, **k: warned.append(text)))
    assert main_window.undo_stack.undo(main_window) is False
    assert warned and service.get(meeting_id).title == "دیگری"  # newer work kept


# History's Restore this value on the meeting and the partner form: test_history_restore.py


def test_a_deleted_meeting_is_brought_back_from_the_deleted_records(main_window, qtbot,
                                                                    monkeypatch) -> None:
    section, meeting_id = _meeting_section(main_window)
    service = section.ctx.services.meetings
    title = service.get(meeting_id).title
    actions_before = section.ctx.services.meetings.usage(meeting_id)
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    section.delete_current()
    assert meeting_id not in section.list.model.ids()
    main_window.open_deleted_records()
    dialog = main_window._deleted_dialog
    rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    row = next(r for r in rows if r.data(0, Qt.ItemDataRole.UserRole + 20).entity_id == meeting_id
               and r.data(0, Qt.ItemDataRole.UserRole + 20).entity == "meetings")
    assert title in row.text(3)
    dialog.tree.setCurrentItem(row)
    qtbot.mouseClick(dialog.bring_back, Qt.MouseButton.LeftButton)
    assert service.get(meeting_id).title == title
    assert section.ctx.services.meetings.usage(meeting_id) == actions_before  # its actions too
    assert section.form.record_id == meeting_id  # opened
    dialog.close()
