"""Every per-laptop setting of the window, declared once with its type and default.

Widgets never spell a ``QSettings`` key: they read and write attributes of
:class:`AppSettings` (``settings.language``, ``settings.last_section``) or its keyed
helpers (``settings.header_state("partners")``). Settings that belong to the office's
register rather than to one laptop (the park's name and logo) are not here; they live in
the database (:mod:`desktop_app.domain.office`).

The storage is the platform's native ``QSettings`` for organisation/application
"Peyvand"; tests point ``QSettings`` at a temporary folder (``QSettings.setPath``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

ORGANIZATION = "Peyvand"
APPLICATION = "Peyvand"
LANGUAGES = ("fa", "en")


@dataclass(frozen=True)
class Option(Generic[T]):
    """A declared setting: its key and its default, whose type is the setting's (a
    descriptor)."""

    key: str
    default: T
    doc: str = ""

    def __get__(self, obj: AppSettings | None, owner: type) -> Any:
        if obj is None:
            return self
        return obj.read(self)

    def __set__(self, obj: AppSettings, value: T) -> None:
        obj.write(self, value)


class AppSettings:
    """The typed view of the window's ``QSettings``."""

    geometry = Option("window/geometry", QByteArray(), "main window geometry (saveGeometry)")
    window_state = Option("window/state", QByteArray(), "tool bars and docks (saveState)")
    last_section = Option("window/last_section", "dashboard", "section id shown at start")
    language = Option("ui/language", "fa", "'fa' (default) or 'en'")
    data_folder = Option("paths/data_folder", "",
                         "folder of the default register and logs ('' = the standard one)")
    backup_folder = Option("paths/backup_folder", "",
                           "where Backup… proposes to write ('' = data folder/backups)")
    dormant_months = Option("dashboard/dormant_months", 6,
                            "an active MoU with nothing recorded this long is dormant")
    backup_minutes = Option("backups/every_minutes", 30,
                            "automatic backup at most this often while the register changes")
    backup_keep_hours = Option("backups/keep_hours", 12,
                               "rotation: keep every backup of the last this many hours")
    backup_keep_days = Option("backups/keep_days", 12,
                              "rotation: then one a day for this many days")
    backup_keep_weeks = Option("backups/keep_weeks", 10,
                               "rotation: then one a week for this many weeks")
    backup_keep_months = Option("backups/keep_months", 9,
                                "rotation: then one a month for this many months")

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings(ORGANIZATION, APPLICATION)

    # ---------------------------------------------------------------- typed access

    def read(self, option: Option[T]) -> T:
        """The stored value of *option*, or its default when absent or unreadable."""
        value = self._store.value(option.key)
        return self._convert(value, type(option.default), option.default)

    def write(self, option: Option[T], value: T) -> None:
        """Store *value* for *option*."""
        self._store.setValue(option.key, value)

    @staticmethod
    def _convert(value: Any, kind: type, default: Any) -> Any:
        if value is None:
            return default
        try:
            if kind is QByteArray:
                return value if isinstance(value, QByteArray) else QByteArray(value)
            if kind is bool:
                return value if isinstance(value, bool) else str(value).lower() in ("1", "true")
            return kind(value)
        except (TypeError, ValueError):
            return default

    # ---------------------------------------------------------------- keyed states

    def header_state(self, view: str) -> QByteArray:
        """Saved column widths/order of the table *view* (e.g. ``"partners"``)."""
        return self._convert(self._store.value(f"columns/{view}"), QByteArray, QByteArray())

    def set_header_state(self, view: str, state: QByteArray) -> None:
        """Remember the column widths/order of the table *view*."""
        self._store.setValue(f"columns/{view}", state)

    def splitter_state(self, name: str) -> QByteArray:
        """Saved sizes of the splitter *name*."""
        return self._convert(self._store.value(f"splitters/{name}"), QByteArray, QByteArray())

    def set_splitter_state(self, name: str, state: QByteArray) -> None:
        """Remember the sizes of the splitter *name*."""
        self._store.setValue(f"splitters/{name}", state)

    def window_geometry(self, window: str) -> QByteArray:
        """Saved size and place of the dialog *window* (its class name)."""
        return self._convert(self._store.value(f"windows/{window}"), QByteArray, QByteArray())

    def set_window_geometry(self, window: str, state: QByteArray) -> None:
        """Remember the size and place of the dialog *window*."""
        self._store.setValue(f"windows/{window}", state)

    def last_folder(self, kind: str) -> str:
        """The folder last used to save or open a file of *kind* ("pdf", "export" …), or ''."""
        value = self._store.value(f"folders/{kind}")
        return str(value) if value else ""

    def set_last_folder(self, kind: str, folder: str) -> None:
        """Remember *folder* as the place of the next file of *kind*."""
        self._store.setValue(f"folders/{kind}", folder)

    # ---------------------------------------------------------------- derived

    def effective_language(self) -> str:
        """The language to use: the stored one if known, else Persian."""
        lang = self.language
        return lang if lang in LANGUAGES else "fa"

    def backup_dir(self, default: Path) -> Path:
        """The backup folder, or *default* when none is set."""
        return Path(self.backup_folder) if self.backup_folder else default

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self._store.sync()

    @classmethod
    def options(cls) -> list[Option[Any]]:
        """Every declared option (for documentation and tests)."""
        return [v for v in vars(cls).values() if isinstance(v, Option)]
