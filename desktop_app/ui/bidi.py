"""Cells whose text runs against the window's direction: laid out, aligned and cut in their own.

A Persian title in the English window (or a Latin name in the Persian one) drawn in the
window's direction is cut at the wrong end and its ellipsis lands on the wrong side. Each
cell here takes the direction of its text's first strong character, as Excel and browsers
do for "auto" text. :func:`install` puts the delegate on every item view of the application
that still has Qt's default delegate (views with their own delegates — progress bars,
combos — keep them), once, at start-up.

The same start-up hook keeps combo boxes from asking for the width of their longest item
(a list of MoU titles would otherwise push a form wider than its pane): they take a sensible
minimum and grow with the layout, showing long items in full in their popups.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

COMBO_MIN_CHARACTERS = 14

_RTL = {"R", "AL"}


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of *text*'s first strong character, or ``None`` when it has none."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _RTL:
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return None


class BidiItemDelegate(QStyledItemDelegate):
    """The default delegate, with each cell laid out in its own text's direction."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        direction = text_direction(option.text) if option.text else None
        if direction is not None:
            option.direction = direction


class _Installer(QObject):
    """Gives every new item view the bidi delegate, and every combo a modest width, when polished."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Polish:
            return False
        if isinstance(watched, QAbstractItemView):
            if type(watched.itemDelegate()) is QStyledItemDelegate:
                watched.setItemDelegate(BidiItemDelegate(watched))
        elif isinstance(watched, QComboBox) and (
                watched.sizeAdjustPolicy() == QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow):
            watched.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            watched.setMinimumContentsLength(COMBO_MIN_CHARACTERS)
            view = watched.view()
            if view is not None:  # the open list still shows each item in full
                view.setTextElideMode(Qt.TextElideMode.ElideNone)
        return False


_installer: _Installer | None = None


def install(app: QApplication) -> None:
    """Install the delegate for every item view of *app* (idempotent)."""
    global _installer
    if _installer is None:
        _installer = _Installer(app)
        app.installEventFilter(_installer)
