"""Help > About: Peyvand's version and where its files live on this computer.

Each place (registers, backups, automatic backups, logs, settings) is shown with its path
(left to right, selectable) and a button that opens the folder in the system's file
manager. The places come from :mod:`desktop_app.paths` (platformdirs) and this laptop's
settings; the settings file is Qt's (on Windows a registry key, which has no folder).
"""

from __future__ import annotations

import platform
import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__, paths
from desktop_app.ui.settings import AppSettings


class AboutDialog(QDialog):
    """The version, the licences of what is bundled, and the folders Peyvand uses."""

    def __init__(self, settings: AppSettings, register: Path | None = None,
                 parent: QWidget | None = None, *, settings_file: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setMinimumWidth(640)
        self.register = register
        self.places: list[tuple[str, Path | None, str]] = [
            (place.key, place.path, str(place.path))
            for place in paths.locations(settings.backup_folder)]
        if register is not None:
            self.places.insert(0, ("register", register.parent, str(register)))
        location = settings_file if settings_file is not None else QSettings().fileName()
        folder = Path(location).parent if Path(location).is_absolute() else None
        self.places.append(("settings", folder if folder and folder.is_dir() else None, location))

        self.title = QLabel(self)
        self.title.setObjectName("aboutTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.blurb = QLabel(self)
        self.blurb.setWordWrap(True)
        self.build = QLabel(self)
        self.build.setObjectName("muted")
        self.build.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.build.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.box = QGroupBox(self)
        grid = QGridLayout(self.box)
        self.names: dict[str, QLabel] = {}
        self.path_labels: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        for row, (key, folder, shown) in enumerate(self.places):
            name = QLabel(self.box)
            where = QLabel(shown, self.box)
            where.setObjectName(f"path_{key}")
            where.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # paths read left to right
            where.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            where.setWordWrap(True)
            button = QPushButton(self.box)
            button.setObjectName(f"open_{key}")
            button.setEnabled(folder is not None)
            button.clicked.connect(lambda _=False, f=folder: self.open_folder(f))
            grid.addWidget(name, row, 0)
            grid.addWidget(where, row, 1)
            grid.addWidget(button, row, 2)
            self.names[key], self.path_labels[key], self.buttons[key] = name, where, button
        grid.setColumnStretch(1, 1)

        self.licences = QLabel(self)
        self.licences.setWordWrap(True)
        self.licences.setObjectName("muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.blurb)
        layout.addWidget(self.build)
        layout.addWidget(self.box)
        layout.addWidget(self.licences)
        layout.addWidget(buttons)
        self.opened: list[Path] = []  # what the buttons asked the system to open
        self.retranslate()

    def retranslate(self) -> None:
        """Every string of the dialog in the current language."""
        self.setWindowTitle(self.tr("About Peyvand"))
        name = self.tr("Peyvand")
        self.title.setText(f"<h2>{name} {__version__}</h2>")
        self.blurb.setText(self.tr(
            "The register of a science and technology park's international-relations office: "
            "partners, hubs, MoUs, meetings, actions, letters and events."))
        frozen = " (bundle)" if getattr(sys, "frozen", False) else ""
        self.build.setText(f"Peyvand {__version__}{frozen} · Python {platform.python_version()}"
                           f" · PySide6 {pyside_version} · {platform.system()} {platform.machine()}")
        self.box.setTitle(self.tr("Where things live on this computer"))
        names = {
            "register": self.tr("This register"),
            "registers": self.tr("Registers"),
            "backups": self.tr("Backups"),
            "automatic_backups": self.tr("Automatic backups (before upgrades)"),
            "logs": self.tr("Logs"),
            "settings": self.tr("Settings"),
        }
        for key, label in self.names.items():
            label.setText(names.get(key, key))
        for button in self.buttons.values():
            button.setText(self.tr("Open folder"))
        self.licences.setText(self.tr(
            "Interface and report font: Vazirmatn (SIL Open Font License 1.1). Country list: "
            "ISO 3166-1 from Debian's iso-codes (LGPL 2.1). Qt and PySide6 under the LGPL 3."))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_folder(self, folder: Path | None) -> None:
        """Show *folder* in the system's file manager."""
        if folder is None:
            return
        folder.mkdir(parents=True, exist_ok=True)
        self.opened.append(folder)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
