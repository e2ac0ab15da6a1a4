"""Save and open dialogs that start where the user last put that kind of file.

Qt's own file dialog keeps the window's direction for its words and buttons, but its paths
read left to right, as the file system writes them (:func:`paths_left_to_right`, applied to
every file dialog when it is shown by :func:`desktop_app.ui.bidi.install`): "/home/maryam/
گزارش‌ها" in a right-to-left combo box would otherwise show as "گزارش‌ها/maryam/home/".

Each kind of file ("pdf" reports, "export" lists, "import" partner lists, "attachments")
has its folder remembered in the settings (``AppSettings.last_folder``); a dialog starts
there (or in the home folder the first time) with a suggested name made by
:func:`file_name`, which keeps a Persian title whole — its zero-width non-joiners (تفاهم‌نامه)
included — and shortens it only between words.

:func:`install` hands the module the settings, once, at start-up (``desktop_app.app``);
until then (in some tests) no folder is remembered.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

from desktop_app.ui.bidi import plain
from desktop_app.ui.settings import AppSettings

_settings: AppSettings | None = None
MAX_NAME = 80  # characters of the name before its extension
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\u2066-\u2069\u202a-\u202e\u200e\u200f]+')


#: The parts of Qt's file dialog that show paths and file names (Qt's own object names).
PATH_WIDGETS = ("lookInCombo", "fileNameEdit", "listView", "treeView", "sidebar")


class _PathComboPainter(QObject):
    """Paints the folder box of Qt's file dialog with its path as a left-to-right run.

    Qt draws a combo box's label in the application's direction, whatever the box's own,
    so "/home/maryam/گزارش‌ها" would still read "گزارش‌ها/home/maryam/" in the Persian
    window: the label is drawn here as Qt does, the path wrapped in LRI … PDI."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QComboBox):
            return False
        combo = watched
        option = QStyleOptionComboBox()
        option.initFrom(combo)
        option.editable = False
        option.frame = True
        option.subControls = QStyle.SubControl.SC_All
        option.iconSize = combo.iconSize()
        option.currentIcon = combo.itemIcon(combo.currentIndex())
        style = combo.style()
        field = style.subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                     QStyle.SubControl.SC_ComboBoxEditField, combo)
        room = field.width() - option.iconSize.width() - 4
        option.currentText = "\u2066" + option.fontMetrics.elidedText(
            combo.currentText(), Qt.TextElideMode.ElideMiddle, room) + "\u2069"
        painter = QStylePainter(combo)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        painter.end()
        return True


_combo_painter: _PathComboPainter | None = None


def paths_left_to_right(dialog: QFileDialog) -> None:
    """Lay out the folder box, the file-name field and the file lists of *dialog* left to
    right (the file names in them still take their own direction, cell by cell)."""
    global _combo_painter
    for name in PATH_WIDGETS:
        for kind in (QComboBox, QLineEdit, QAbstractItemView):
            widget = dialog.findChild(kind, name)
            if widget is not None:
                widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
                if isinstance(widget, QComboBox) and not widget.property("pathsLeftToRight"):
                    if _combo_painter is None:
                        _combo_painter = _PathComboPainter()
                    widget.installEventFilter(_combo_painter)
                    widget.setProperty("pathsLeftToRight", True)
                break


def install(settings: AppSettings | None) -> None:
    """Remember folders in *settings* (``None``: forget nothing, remember nothing)."""
    global _settings
    _settings = settings


def file_name(title: str, extension: str, fallback: str = "report") -> str:
    """*title* as a file name with *extension* ('.pdf'): characters no file system accepts
    become spaces, ZWNJ and every letter stay, and a long title is cut at a word's end."""
    text = _FORBIDDEN.sub(" ", plain(title))
    words = text.split()
    name = ""
    for word in words:
        candidate = f"{name} {word}" if name else word
        if len(candidate) > MAX_NAME:
            break
        name = candidate
    if not name and words:
        name = words[0][:MAX_NAME]
    name = name.strip(" .") or fallback
    return name + extension


def start_folder(kind: str) -> Path:
    """Where a dialog for *kind* starts: the last folder used, if it still exists."""
    if _settings is not None:
        folder = _settings.last_folder(kind)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def remember(kind: str, path: str | Path) -> None:
    """Note the folder of *path* as the place of the next file of *kind*."""
    if _settings is not None and str(path):
        _settings.set_last_folder(kind, str(Path(path).parent))


def save_file(parent: QWidget | None, caption: str, kind: str, suggested_name: str,
              filters: str) -> str:
    """Ask where to write a file of *kind*; ``""`` when cancelled."""
    start = start_folder(kind) / suggested_name if suggested_name else start_folder(kind)
    path, _ = QFileDialog.getSaveFileName(parent, caption, str(start), filters)
    if path:
        remember(kind, path)
    return str(path)


def open_file(parent: QWidget | None, caption: str, kind: str, filters: str) -> str:
    """Ask for a file of *kind* to read; ``""`` when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, caption, str(start_folder(kind)), filters)
    if path:
        remember(kind, path)
    return str(path)


def open_files(parent: QWidget | None, caption: str, kind: str) -> list[str]:
    """Ask for files of *kind* to read (attachments); ``[]`` when cancelled."""
    paths, _ = QFileDialog.getOpenFileNames(parent, caption, str(start_folder(kind)))
    if paths:
        remember(kind, paths[0])
    return [str(p) for p in paths]
