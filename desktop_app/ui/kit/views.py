"""Two small set-ups every list repeats: a read-only list of rows, and the pause that lets
search-as-you-type wait for the last keystroke."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


def row_list(parent: QWidget, model: QAbstractItemModel, name: str = "") -> QTableView:
    """A table of *model* that selects one whole row, is not edited in place, alternates
    its row colours, does not wrap and has no row numbers."""
    view = QTableView(parent)
    if name:
        view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    return view


def debounce(parent: QObject, ms: int, slot: Callable[[], object]) -> QTimer:
    """A single-shot timer of *ms* that calls *slot*; each ``start()`` puts it off again."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer
