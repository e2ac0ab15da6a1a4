"""Peyvand's application icon (two interlocked links) for the window, the task bar and the
dialogs: the PNGs ``tools/make_icons.py`` draws from ``resources/icons/peyvand.svg``, one
per size, so no SVG plugin is needed to show it."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from resources import ICONS_DIR

ICON_DIR = ICONS_DIR / "app"


def app_icon() -> QIcon:
    """The icon with every size there is (an empty icon when the files are missing)."""
    icon = QIcon()
    for path in sorted(ICON_DIR.glob("peyvand-*.png")):
        size = int(path.stem.rsplit("-", 1)[1])
        icon.addFile(str(path), QSize(size, size))
    return icon
