"""History's "Restore this value" on every form that shows History, the partner form
included (issue 12): the restore is an audited change, the open form shows the value again,
and a value that cannot be restored is said so in the window's language."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from qt_keyboard import type_text
from sqlalchemy import func, select

from db.models import AuditEntry
from desktop_app.ui.widgets.history import FIELD_ROLE, HistoryPanel

pytestmark = pytest.mark.gui


def _audit_count(ctx: Any) -> int:
    with ctx.services.db.reading() as s:
        return int(s.scalar(select(func.count(AuditEntry.id))))


def _field_row(history: HistoryPanel, column: str) -> Any:
    """The newest child row of *history* that changed *column*."""
    for i in range(history.tree.topLevelItemCount()):
        top = history.tree.topLevelItem(i)
        for j in range(top.childCount()):
            change = top.child(j).data(0, FIELD_ROLE)
            if change is not None and change.column == column:
                return top.child(j)
    raise AssertionError(f"no change of {column} in the history")


def _open_first(main_window: Any, section_id: str = "partners") -> tuple[Any, int]:
    section = main_window.show_section(section_id)
    record_id = section.list.model.id_at(0)
    section.open_record(record_id)
    assert section.form.record_id == record_id
    return section, record_id


def _open_partner(main_window: Any) -> tuple[Any, int]:
    return _open_first(main_window, "partners")


@pytest.mark.parametrize(("section_id", "service", "field"),
                         [("partners", "partners", "city"), ("meetings", "meetings", "title")])
def test_history_restores_an_earlier_value(main_window: Any, qtbot: Any, section_id: str,
                                           service: str, field: str) -> None:
    section, record_id = _open_first(main_window, section_id)
    get = getattr(section.ctx.services, service).get
    before = getattr(get(record_id), field)
    line = getattr(section.form, field)
    line.clear()
    type_text(line, "مقداری دیگر")
    qtbot.mouseClick(section.form.save_button, Qt.MouseButton.LeftButton)
    assert getattr(get(record_id), field) == "مقداری دیگر"
    history = section.form.history
    assert isinstance(history, HistoryPanel)  # the shared panel, not a list of its own
    section.form.tabs.setCurrentWidget(history)
    history.tree.setCurrentItem(_field_row(history, field))
    assert history.restore_button.isEnabled()
    audited = _audit_count(section.ctx)
    qtbot.mouseClick(history.restore_button, Qt.MouseButton.LeftButton)
    assert getattr(get(record_id), field) == before
    assert line.text() == before  # the open form shows the restored value
    assert _audit_count(section.ctx) == audited + 1  # the restore is audited
    newest = history.tree.topLevelItem(0)  # a new entry on top: the restore itself
    assert any(newest.child(i).data(0, FIELD_ROLE).column == field
               for i in range(newest.childCount()))


def test_partner_history_restores_a_country_shown_by_its_name(main_window: Any,
                                                              qtbot: Any) -> None:
    section, partner_id = _open_partner(main_window)
    service = section.ctx.services.partners
    form = section.form
    before = service.get(partner_id).country_code
    other = "TR" if before != "TR" else "CN"
    form.country.setCurrentIndex(form.country.findData(other))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert service.get(partner_id).country_code == other
    form.tabs.setCurrentWidget(form.history)  # (a hidden history is read when shown)
    row = _field_row(form.history, "country_code")
    assert "TR" not in row.text(3) and "CN" not in row.text(3)  # names, not codes
    form.history.tree.setCurrentItem(row)
    assert form.history.restore_selected()
    assert service.get(partner_id).country_code == before


def test_a_value_that_cannot_be_restored_is_said_plainly(main_window: Any, qtbot: Any,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    section, partner_id = _open_partner(main_window)
    history = section.form.history
    service = section.ctx.services.partners
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, _t, text, *a, **k: warned.append(text)))
    section.form.city.clear()
    type_text(section.form.city, "x")
    qtbot.mouseClick(section.form.save_button, Qt.MouseButton.LeftButton)
    section.form.tabs.setCurrentWidget(history)  # (a hidden history is read when shown)
    row = _field_row(history, "city")
    change = row.data(0, FIELD_ROLE)
    # the same entry, but for a column that is never restored
    row.setData(0, FIELD_ROLE, type(change)(column="version", old=1, new=2))
    history.tree.setCurrentItem(row)
    audited = _audit_count(section.ctx)
    assert history.restore_selected() is False
    assert warned and "بازگرداندنی نیست" in warned[0]
    assert _audit_count(section.ctx) == audited and service.get(partner_id).city == "x"


@pytest.mark.parametrize("entity", ["meetings", "actions", "letters", "events", "hubs", "mous"])
def test_every_form_with_history_uses_the_panel(main_window: Any, entity: str) -> None:
    section = main_window.show_section(entity)
    form = getattr(section, "editor", None) or section.form
    assert isinstance(form.history, HistoryPanel)
    assert form.history.ctx is section.ctx
