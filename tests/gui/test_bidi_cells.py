"""Cells laid out in their own text's direction, whatever the window's direction."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from desktop_app.domain.text import display_code
from desktop_app.ui.bidi import BidiItemDelegate, install, text_direction

pytestmark = pytest.mark.gui


def test_text_direction_takes_the_first_strong_character() -> None:
    assert text_direction("تفاهم‌نامه 54") == Qt.LayoutDirection.RightToLeft
    assert text_direction("54 Teknopark İstanbul") == Qt.LayoutDirection.LeftToRight
    assert text_direction("۱۴۰۴/۰۹/۲۵") is None  # digits alone follow the window
    assert text_direction(display_code("EAST-1401-07", "fa")) == Qt.LayoutDirection.LeftToRight


def test_every_plain_view_gets_the_delegate_and_cells_follow_their_text(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    install(qapp)  # what make_application does at start-up
    model = QStandardItemModel(1, 2)
    model.setItem(0, 0, QStandardItem("تفاهم‌نامه همکاری میان پارک علم و فناوری مازندران"))
    model.setItem(0, 1, QStandardItem("Oil Industry Technology and Innovation Park"))
    view = QTableView()
    view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    view.setModel(model)
    qtbot.addWidget(view)
    view.show()
    assert isinstance(view.itemDelegate(), BidiItemDelegate)
    delegate = view.itemDelegate()
    option = QStyleOptionViewItem()
    option.direction = Qt.LayoutDirection.LeftToRight
    delegate.initStyleOption(option, model.index(0, 0))
    assert option.direction == Qt.LayoutDirection.RightToLeft
    option = QStyleOptionViewItem()
    option.direction = Qt.LayoutDirection.RightToLeft
    delegate.initStyleOption(option, model.index(0, 1))
    assert option.direction == Qt.LayoutDirection.LeftToRight


def test_codes_keep_latin_runs_and_numbers_take_persian_digits() -> None:
    assert display_code("54", "fa") == "۵۴"
    assert display_code("54", "en") == "54"
    assert display_code("EAST-1401-07", "fa") == "\u2066EAST-1401-07\u2069"
    assert display_code("EAST-1401-07", "en") == "EAST-1401-07"
    assert display_code(None, "fa") == ""
