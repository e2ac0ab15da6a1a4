"""The window's frame, shared by the main window and the frame shown while the register
opens (``desktop_app.app.OpeningWindow``): the navigation beside the page, and the one-shot
first-paint watch. Qt and the section list only — no storage layer — so the frame can be
on screen before SQLAlchemy is imported."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QListWidget, QMainWindow, QSplitter, QWidget

from resources import ICONS_DIR


def section_icon(section_id: str) -> QIcon:
    """The navigation icon of *section_id* (``resources/icons/sections/<id>.svg``)."""
    path = ICONS_DIR / "sections" / f"{section_id}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def build_frame(window: QMainWindow, page: QWidget) -> tuple[QListWidget, QSplitter]:
    """The navigation list on the leading side, *page* filling the rest, as *window*'s
    central widget; returns the list and the splitter."""
    navigation = QListWidget(window)
    navigation.setObjectName("navigation")
    navigation.setIconSize(QSize(20, 20))
    navigation.setMinimumWidth(136)  # fits a 1280×720 laptop at 125% with any section
    navigation.setMaximumWidth(280)
    splitter = QSplitter(Qt.Orientation.Horizontal, window)
    splitter.addWidget(navigation)
    splitter.addWidget(page)
    splitter.setStretchFactor(1, 1)
    splitter.setChildrenCollapsible(False)
    splitter.setSizes([190, 1100])
    window.setCentralWidget(splitter)
    return navigation, splitter


class FirstPaint(QObject):
    """Calls *painted* at the window's first paint event, then removes itself (an event
    filter rather than an ``event`` override, which would sit in the path of every event)."""

    def __init__(self, window: QWidget, painted: Callable[[], object]) -> None:
        super().__init__(window)
        self.window_ = window
        self.painted = painted
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_ and event.type() == QEvent.Type.Paint:
            self.window_.removeEventFilter(self)
            self.painted()
        return False
