"""The composition root of the window: settings, logging, crash handler, fonts, language,
the database, the services and the main window.

The start-up order (issue 10): the window's frame — title, navigation, an "opening the
register…" page, in the person's language and direction — is shown and painted first
(:class:`OpeningWindow`, which needs neither SQLAlchemy nor the storage layer); only then
are the register opened (its integrity check first, as always) and the sections built.

``main.py`` calls :func:`run_gui` when no command is given (``--demo``, ``--db``,
``--lang`` are honoured). Nothing else in the window builds services or opens databases.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
)

from db.errors import RegisterRefusedError
from desktop_app import __version__
from desktop_app.domain.errors import StorageError
from desktop_app.launch import resume_collector
from desktop_app.ui import bidi, crash, file_dialogs, theme, window_size
from desktop_app.ui.app_icon import app_icon
from desktop_app.ui.i18n import apply_language, current_language
from desktop_app.ui.pyside_fixes import immortalize_singletons
from desktop_app.ui.sections import SECTIONS
from desktop_app.ui.settings import APPLICATION, ORGANIZATION, AppSettings
from desktop_app.ui.window_frame import FirstPaint, build_frame, section_icon

if TYPE_CHECKING:  # the storage layer and the window load after the first paint
    from db.database import Database
    from desktop_app.domain.services import Services
    from desktop_app.ui.main_window import MainWindow

log = logging.getLogger("peyvand.app")


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with Peyvand's names, fonts and theme (reused if one exists)."""
    immortalize_singletons()  # before any Qt object exists (see pyside_fixes)
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setWindowIcon(app_icon())
    theme.apply_theme(app)  # type: ignore[arg-type]
    bidi.install(app)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


class OpeningWindow(QMainWindow):
    """The window's frame while the register opens: the title, the navigation (greyed,
    not yet clickable) and an "opening the register…" page, where the main window will
    stand (its saved geometry and splitter). Built from Qt and the section list alone, so
    it is on screen before SQLAlchemy, the models and the services are imported."""

    def __init__(self, settings: AppSettings) -> None:
        super().__init__()
        self.setObjectName("openingWindow")
        self.setMinimumSize(QSize(900, 560))
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Peyvand"))
        self.page = QLabel(QCoreApplication.translate("App", "Opening the register…"), self)
        self.page.setObjectName("openingPage")
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.navigation, self.splitter = build_frame(self, self.page)
        self.navigation.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.navigation.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for entry in SECTIONS:
            item = QListWidgetItem(section_icon(entry.section_id),
                                   QCoreApplication.translate(entry.class_name, entry.title))
            item.setFlags(Qt.ItemFlag.NoItemFlags)  # shown, not yet usable
            self.navigation.addItem(item)
        geometry = settings.geometry
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 780)
        splitter = settings.splitter_state("main")
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        self.painted = False

    def show_and_paint(self, limit_ms: int = 3000) -> None:
        """Show the frame and return once it has been painted (or after *limit_ms*, where
        a platform never paints a window, so the start never hangs on it)."""
        loop = QEventLoop()

        def painted() -> None:
            self.painted = True
            QTimer.singleShot(0, loop.quit)  # after this paint is done

        watch = FirstPaint(self, painted)
        QTimer.singleShot(limit_ms, loop.quit)
        self.show()
        if not self.painted:
            loop.exec()
        self.removeEventFilter(watch)  # when the limit came first
        QCoreApplication.processEvents()  # the painted frame reaches the screen


def open_database(args: argparse.Namespace, settings: AppSettings) -> Database:
    """The register the command line asks for: ``--db``, ``--demo`` or the default one."""
    from db.database import Database
    from desktop_app import paths

    if getattr(args, "demo", False):
        from desktop_app.domain.demo import build_demo, has_demo

        path = paths.demo_database()
        fresh = not path.exists()
        db = Database.open(path, app_version=__version__)
        # Created only when it does not exist yet (or was left without any record by an
        # interrupted first start); what a user made or changed in it is never rewritten.
        if fresh or (not db.read_only and not has_demo(db) and _is_empty(db)):
            build_demo(db)
        return db
    target = getattr(args, "db", None) or paths.default_database()
    return Database.open(target, app_version=__version__)


def _is_empty(db: Database) -> bool:
    from sqlalchemy import func, select

    from db.models import Partner

    with db.reading() as s:
        return not s.scalar(select(func.count()).select_from(Partner))


def build_main_window(db: Database, settings: AppSettings, language: str) -> MainWindow:
    """Services, the UI context and the main window over an open register."""
    from desktop_app.domain.services import Services
    from desktop_app.ui.context import UiContext
    from desktop_app.ui.main_window import MainWindow

    services = Services(db)
    ctx = UiContext(services, language=language)

    def switch(lang: str) -> None:
        apply_language(lang)

    window = MainWindow(ctx, settings, apply_language=switch)
    # After the first paint, as the backup at opening: a walk of the attachments folder
    # and a query the first screen does not need.
    window.after_first_paint(lambda: _prune_attachments(services))
    _start_auto_backup(window, db, settings)
    return window


def _prune_attachments(services: Services) -> None:
    """Tidy away files left behind by records deleted with their attachments (by any
    section, or on another laptop); files younger than an hour are kept in case one is
    being added."""
    try:
        services.attachments.prune()
    except (OSError, StorageError):
        log.warning("could not tidy the attachments folder", exc_info=True)


def _start_auto_backup(window: MainWindow, db: Database, settings: AppSettings) -> None:
    """The backup at opening and every 30 minutes while the register changes (SQLite)."""
    from desktop_app.ui.dialogs.backups import AutoBackup, policy_from

    if db.path is None:
        return
    db.backup_policy = policy_from(settings)
    if db.read_only:
        from desktop_app.ui.dialogs.backups import read_only_notice

        window.statusBar().showMessage(read_only_notice())
        return
    auto = AutoBackup(db, window.ctx.bus, window.ctx.services.attachments,
                      minutes=settings.backup_minutes, parent=window)
    auto.reported.connect(lambda text: window.statusBar().showMessage(text, 20_000))
    window.auto_backup = auto  # type: ignore[attr-defined]
    # The backup at opening waits for the first paint: the window appears first, and the
    # backup is written before the person's first click is handled (same thread).
    window.after_first_paint(auto.start)


def warn_if_on_network_share(window: MainWindow, db: Database) -> QMessageBox | None:
    """A non-blocking warning over *window* when the SQLite register is on a network share."""
    from db.location import network_share_warning

    warning = network_share_warning(db.path) if db.path is not None else None
    if not warning:
        return None
    log.warning("register on a network share: %s", db.path)
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("App", "Peyvand"),
                      warning, QMessageBox.StandardButton.Ok, window)
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box


def _apply_data_folder(settings: AppSettings) -> None:
    # The environment variable (portable installs, tests) wins over the stored setting.
    if settings.data_folder and not os.environ.get("PEYVAND_DATA_DIR"):
        folder = Path(settings.data_folder)
        if folder.is_dir():
            os.environ["PEYVAND_DATA_DIR"] = str(folder)
        else:
            log.warning("data folder %s does not exist; using the standard one", folder)


def run_gui(args: argparse.Namespace) -> int:
    """Open the window; return the exit code (1 when the register cannot be opened)."""
    from desktop_app.logging_setup import setup_logging

    app = make_application()
    settings = AppSettings()
    window_size.install(app, settings)  # every window fits the screen; dialogs keep their size
    file_dialogs.install(settings)  # save dialogs start in the last folder of their kind
    _apply_data_folder(settings)
    log_file = setup_logging()
    crash.install(log_file)
    language = getattr(args, "lang", None) or settings.effective_language()
    apply_language(language)
    log.info("Peyvand %s starting (language %s)", __version__, language)

    opening = OpeningWindow(settings)
    opening.show_and_paint()  # the frame is on screen before the storage layer loads
    log.info("window frame painted")
    try:
        return _open_and_run(app, args, settings, language, opening)
    finally:
        resume_collector()  # had the window not been drawn


def _open_and_run(app: QApplication, args: argparse.Namespace, settings: AppSettings,
                  language: str, opening: OpeningWindow) -> int:
    """Open the register behind the painted frame, put the main window in its place and
    run the event loop (1 when the register cannot be opened)."""
    from db.database import Database

    try:
        try:
            db = open_database(args, settings)
        except RegisterRefusedError as refused:
            from desktop_app.ui.dialogs.backups import recover_at_start

            log.warning("register refused at start: %s", refused)
            opening.hide()  # the refusal is shown on its own, as before the frame existed
            resume_collector()
            db = recover_at_start(refused, lambda p: Database.open(p, app_version=__version__))
            if db is None:
                opening.close()
                return 1
    except StorageError as exc:
        log.warning("cannot open the register: %s", exc)
        opening.hide()
        QMessageBox.critical(None, QCoreApplication.translate("App", "Peyvand"),
                             QCoreApplication.translate(
                                 "App", "The register could not be opened.") + "\n\n" + str(exc))
        opening.close()
        return 1

    holder: dict[str, MainWindow] = {}

    def show(database: Database) -> None:
        window = build_main_window(database, settings, current_language() or language)
        window.reopenRequested.connect(reopen)
        holder["window"] = window
        window.show()

    def reopen(path: object) -> None:
        old = holder.pop("window", None)
        if old is not None:
            old.save_state()
            old.hide()
            old.deleteLater()
        try:
            database = Database.open(Path(str(path)), app_version=__version__)
        except StorageError as exc:
            QMessageBox.critical(None, QCoreApplication.translate("App", "Peyvand"), str(exc))
            app.quit()
            return
        show(database)

    show(db)
    # The frame gives way once the main window, in its place, has been drawn.
    holder["window"].after_first_paint(opening.close)
    holder["window"].after_first_paint(resume_collector)
    if not opening.isVisible():
        opening.close()
    warn_if_on_network_share(holder["window"], db)
    if getattr(args, "open", None):  # a file double-clicked in the file manager
        _show_opened_file(holder["window"], Path(args.open))
    code = app.exec()
    window = holder.get("window")
    if window is not None:
        window.ctx.services.db.close()
    return int(code)


def _show_opened_file(window: MainWindow, path: Path) -> None:
    """Hand the file the window was opened with (a change package, a backup) to its dialog
    once the window shows (:mod:`desktop_app.ui.opened_file`)."""
    from desktop_app.ui.opened_file import open_later

    open_later(window, path)
