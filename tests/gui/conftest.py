"""GUI fixtures: a demo register in the test's folder, settings in a private folder,
the UI context and the real main window (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QThreadPool

from db.database import Database
from desktop_app.domain.demo import build_demo
from desktop_app.domain.services import Services
from desktop_app.ui import bidi, theme
from desktop_app.ui.context import UiContext
from desktop_app.ui.i18n import apply_language, reset_language
from desktop_app.ui.pyside_fixes import immortalize_singletons
from desktop_app.ui.settings import AppSettings

pytestmark = pytest.mark.gui

immortalize_singletons()  # only acts on PySide6 6.12 (see desktop_app/ui/pyside_fixes.py)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo register built once per session; each test gets a copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = Database.open(path, app_version="test")
    build_demo(db)
    db.close()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A private copy of the demo register, open."""
    from db.backup import backup_sqlite

    path = tmp_path / "demo.sqlite3"
    backup_sqlite(demo_template, path)
    db = Database.open(path, app_version="test")
    yield db
    db.close()


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    """Window settings in an ini file of the test's own."""
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def persian(qapp: object) -> Iterator[None]:
    """Theme and Persian for the test (every test starts by applying its language)."""
    theme.apply_theme(qapp)  # type: ignore[arg-type]
    bidi.install(qapp)  # type: ignore[arg-type]
    apply_language("fa")
    yield
    reset_language()  # other tests in this folder expect no translators installed


@pytest.fixture
def ctx(demo_db: Database, persian: None) -> UiContext:
    """The UI context over the demo register."""
    return UiContext(Services(demo_db), language="fa")


@pytest.fixture
def main_window(ctx: UiContext, settings: AppSettings, qtbot: object) -> Iterator[object]:
    """The real main window on the demo register, shown offscreen at 1366×768."""
    from desktop_app.ui.main_window import MainWindow

    def switch(lang: str) -> None:
        apply_language(lang)

    window = MainWindow(ctx, settings, apply_language=switch)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    # The start-up work that follows the first paint (the dashboard's figures, the sync
    # state off the GUI thread) is done before the test acts, as it is long before a
    # person's first click.
    qtbot.waitUntil(lambda: window.painted, timeout=10_000)  # type: ignore[attr-defined]
    QCoreApplication.processEvents()
    QThreadPool.globalInstance().waitForDone(10_000)
    QCoreApplication.processEvents()
    yield window
    # Delete the window now, not at some later event loop pass: a stale window must not
    # receive the next test's language change.
    for section in window.sections:
        form = getattr(section, "form", None)
        if form is not None and hasattr(form, "dirty"):
            form.dirty = False
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def no_unexpected_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box nobody expected fails the test instead of waiting for a click forever.

    Tests that expect one replace the static method again with their own answer.
    """
    from PySide6.QtWidgets import QMessageBox

    def unexpected(kind: str):  # type: ignore[no-untyped-def]
        def show(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            raise AssertionError(f"unexpected {kind} message box: {title}: {text}")
        return staticmethod(show)

    for kind in ("warning", "information", "question", "critical"):
        monkeypatch.setattr(QMessageBox, kind, unexpected(kind))


@pytest.fixture(autouse=True)
def language_left_as_found(qapp: object) -> Iterator[None]:
    """Whatever language a test applied, the next test starts without translators."""
    yield
    from desktop_app.ui.i18n import current_language

    if current_language():
        reset_language()
