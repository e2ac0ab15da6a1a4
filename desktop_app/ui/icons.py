"""The window's icons: Lucide SVGs shipped in ``resources/icons`` (ISC licence, see
``resources/icons/LICENSE-lucide.txt`` and ``README.txt`` for which file is which icon).

Every button that shows an icon takes it from here, by name; a missing file gives an empty
icon (and a warning in the log) rather than an emoji some fonts lack.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QIcon

from resources import ICONS_DIR

log = logging.getLogger("peyvand.ui.icons")

NAMES = ("calendar", "open", "new", "delete", "export", "save", "print", "undo", "revert")


@cache
def icon(name: str) -> QIcon:
    """The icon *name* (``resources/icons/<name>.svg``)."""
    path = ICONS_DIR / f"{name}.svg"
    if not path.is_file():
        log.warning("icon %s is missing", path.name)
        return QIcon()
    return QIcon(str(path))
