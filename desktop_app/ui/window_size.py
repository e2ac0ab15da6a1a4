"""Every window and dialog fits the screen it opens on, and opens again at the size it was left.

Installed once at start-up (:func:`install`), an application-wide event filter watches the
first show of each main window and dialog: a dialog opens at the size it was last closed
at (``AppSettings.window_geometry``, keyed by its class), and any window is then kept
within the screen's available area — a 1366×768 laptop at 125% scaling offers 1093×614
device-independent pixels, and a dialog that asked for 900×1000 used to lose its bottom
(buttons included). A window whose own minimum is larger than the screen cannot be fixed
here; :func:`too_large` lets tests find those.

Qt's own small dialogs (message boxes, file and input dialogs) manage themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from desktop_app.ui.settings import AppSettings

MARGIN = 8  # room left for the window frame inside the available area
_SKIP = (QMessageBox, QFileDialog, QInputDialog, QProgressDialog)
_SEEN = "_peyvand_size_seen"


def available_area(widget: QWidget) -> QRect:
    """The available geometry of the screen *widget* is (or will be) on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit(widget: QWidget) -> None:
    """Shrink and move *widget* so that it lies inside its screen's available area."""
    area = available_area(widget).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
    size = widget.size().boundedTo(area.size()).expandedTo(widget.minimumSize())
    if size != widget.size():
        widget.resize(size)
    geometry = widget.geometry()
    if not area.contains(geometry):
        x = min(max(geometry.x(), area.x()), max(area.right() - size.width(), area.x()))
        y = min(max(geometry.y(), area.y()), max(area.bottom() - size.height(), area.y()))
        widget.move(x, y)


def too_large(widget: QWidget) -> QSize | None:
    """*widget*'s minimum size when it exceeds its screen's available area, else ``None``."""
    area = available_area(widget).size()
    needed = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    if needed.width() > area.width() or needed.height() > area.height():
        return needed
    return None


def key_of(widget: QWidget) -> str:
    """The settings key of *widget*'s size: its class name."""
    return type(widget).__name__


class _SizeKeeper(QObject):
    """Restores a dialog's last size on its first show, fits it, remembers it on hide."""

    def __init__(self, settings: AppSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.Show, QEvent.Type.Hide):
            return False
        if not isinstance(watched, QDialog | QMainWindow) or isinstance(watched, _SKIP) \
                or not watched.isWindow():
            return False
        remembered = isinstance(watched, QDialog)  # the main window keeps its own state
        if kind == QEvent.Type.Show:
            if remembered and not getattr(watched, _SEEN, False):
                setattr(watched, _SEEN, True)
                geometry = self.settings.window_geometry(key_of(watched))
                if not geometry.isEmpty():
                    watched.restoreGeometry(geometry)
            fit(watched)
        elif remembered:
            self.settings.set_window_geometry(key_of(watched), QByteArray(watched.saveGeometry()))
        return False


_keeper: _SizeKeeper | None = None


def install(app: QApplication, settings: AppSettings) -> None:
    """Keep every window of *app* on screen and every dialog's size in *settings*."""
    global _keeper
    if _keeper is not None:
        app.removeEventFilter(_keeper)
    _keeper = _SizeKeeper(settings, app)
    app.installEventFilter(_keeper)


def uninstall(app: QApplication) -> None:
    """Remove the filter (tests)."""
    global _keeper
    if _keeper is not None:
        app.removeEventFilter(_keeper)
        _keeper = None
