"""Help > About: the version from pyproject.toml and where things live, each folder openable."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QLabel

from desktop_app import __version__, paths
from desktop_app.ui.dialogs import about as about_module
from desktop_app.ui.dialogs.about import AboutDialog
from desktop_app.ui.i18n import apply_language

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def test_version_is_pyproject_s() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert __version__ == project["version"]


def test_about_shows_version_and_every_place_with_an_open_button(
        main_window, settings, tmp_path: Path, qtbot, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(about_module.QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(QUrl(url).toLocalFile()) or True))
    settings.backup_folder = str(tmp_path / "office-backups")
    register = main_window.ctx.services.db.path
    dialog = AboutDialog(settings, register, main_window,
                         settings_file=str(tmp_path / "settings.ini"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert __version__ in dialog.title.text()
    keys = [key for key, _folder, _shown in dialog.places]
    assert keys == ["register", "registers", "backups", "automatic_backups", "logs", "settings"]
    assert dialog.path_labels["register"].text() == str(register)
    assert dialog.path_labels["registers"].text() == str(paths.data_dir())
    assert dialog.path_labels["backups"].text() == str(tmp_path / "office-backups")
    assert dialog.path_labels["logs"].text() == str(paths.logs_dir())
    # Persian labels (the dialog opens in the window's language), paths left to right
    assert dialog.windowTitle() == "دربارهٔ پیوند"
    assert dialog.buttons["logs"].text() == "باز کردن پوشه"
    assert dialog.path_labels["logs"].layoutDirection().name == "LeftToRight"

    dialog.buttons["backups"].click()
    assert opened == [str(tmp_path / "office-backups")]
    assert (tmp_path / "office-backups").is_dir()  # made when first opened
    dialog.buttons["settings"].click()
    assert opened[-1] == str(tmp_path)

    apply_language("en")
    assert dialog.windowTitle() == "About Peyvand"
    assert dialog.buttons["logs"].text() == "Open folder"
    assert {label.text() for label in dialog.names.values()} >= {"Registers", "Backups", "Logs"}
    dialog.close()


def test_settings_without_a_folder_have_no_open_button(settings, persian, qtbot) -> None:
    # On Windows the settings are a registry key: shown, nothing to open.
    dialog = AboutDialog(settings, None, settings_file="\\HKEY_CURRENT_USER\\Software\\Peyvand")
    qtbot.addWidget(dialog)
    assert not dialog.buttons["settings"].isEnabled()
    assert "register" not in dialog.buttons
    assert all(isinstance(label, QLabel) for label in dialog.path_labels.values())


def test_help_menu_opens_the_about_dialog(main_window, qtbot, monkeypatch) -> None:
    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    main_window.act_about.trigger()
    assert len(shown) == 1 and __version__ in shown[0].title.text()
