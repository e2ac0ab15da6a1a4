"""Item delegates of the follow-up lists: progress drawn as a bar, edited with a spin box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.domain import i18n
from desktop_app.domain.actions import percent_text

PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 20  # an int 0–100 the delegate draws

Index = QModelIndex | QPersistentModelIndex


class ProgressDelegate(QStyledItemDelegate):
    """Draws the cell's :data:`PROGRESS_ROLE` value as a progress bar with its percentage
    (Persian digits in Persian); when the model is editable, edits it with a 0–100 spin box."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        value = index.data(PROGRESS_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        # the row's background and selection first, then the bar inside it
        base = QStyleOptionViewItem(option)
        self.initStyleOption(base, index)
        base.text = ""
        style = base.widget.style() if base.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, base, painter, base.widget)
        bar = QStyleOptionProgressBar()
        rect = option.rect.adjusted(4, 0, -4, 0)
        height = min(rect.height() - 8, 20)
        rect.setTop(rect.center().y() - height // 2)
        rect.setHeight(height)
        bar.rect = rect
        bar.minimum, bar.maximum = 0, 100
        bar.progress = int(value)
        bar.text = percent_text(int(value), i18n.language())
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.direction = option.direction
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.fontMetrics = option.fontMetrics
        bar.palette = option.palette
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, base.widget)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(0, 100)
        spin.setSuffix(" %")
        spin.setSingleStep(5)
        spin.setFrame(False)
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.setValue(int(index.data(PROGRESS_ROLE) or 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
