"""The main window: navigation, the sections, menus, shortcuts and the status bar.

It knows the sections only through :data:`desktop_app.ui.sections.SECTIONS` and the
:class:`~desktop_app.ui.section.Section` hooks; it holds no business rules and no SQL.
A section is built the first time it is shown (or asked for), so the first screen costs
only what it shows.
Records open through ``ctx.open_record(entity, id)``, which this window provides.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.domain import i18n
from desktop_app.domain.changes import Changes
from desktop_app.ui.context import UiContext
from desktop_app.ui.section import Section
from desktop_app.ui.sections import SECTIONS, SectionEntry
from desktop_app.ui.settings import AppSettings
from resources import ICONS_DIR

log = logging.getLogger("peyvand.ui.main_window")

# Entities that are shown by a section whose id differs from the table name.
ENTITY_SECTIONS = {"action_items": "actions", "contacts": "partners",
                   "mou_parties": "mous", "cooperation_axes": "mous", "hub_missions": "hubs",
                   "bodies": "mous"}


def section_icon(section_id: str) -> QIcon:
    """The navigation icon of *section_id* (``resources/icons/sections/<id>.svg``)."""
    path = ICONS_DIR / "sections" / f"{section_id}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def section_class(entry: SectionEntry) -> type[Section]:
    """The class of *entry* (its module is imported now, not before)."""
    cls: type[Section] = getattr(importlib.import_module(entry.module), entry.class_name)
    return cls


def section_title(entry: SectionEntry) -> str:
    """The navigation title of *entry* in the current language, without building it."""
    return QCoreApplication.translate(entry.class_name, entry.title)


class SectionPage(QWidget):
    """The stack's page for one section: empty until the section is first needed."""

    def __init__(self, entry: SectionEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.section: Section | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def build(self, ctx: UiContext) -> Section:
        """The section, built on first call."""
        if self.section is None:
            self.section = section_class(self.entry)(ctx, self)
            self._layout.addWidget(self.section)
        return self.section


class MainWindow(QMainWindow):
    """Navigation on the leading side, the current section filling the rest."""

    languageRequested = Signal(str)
    reopenRequested = Signal(object)

    def __init__(self, ctx: UiContext, settings: AppSettings, parent: QWidget | None = None,
                 *, apply_language: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self._apply_language = apply_language
        self._park_name = ""
        self.setObjectName("mainWindow")
        self.setMinimumSize(QSize(900, 560))

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setMinimumWidth(150)
        self.navigation.setMaximumWidth(280)
        self.stack = QStackedWidget(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([190, 1100])
        self.setCentralWidget(self.splitter)

        self.pages: list[SectionPage] = []
        for entry in SECTIONS:
            page = SectionPage(entry, self.stack)
            self.pages.append(page)
            self.stack.addWidget(page)
            item = QListWidgetItem(section_icon(entry.section_id), "")
            item.setData(Qt.ItemDataRole.UserRole, entry.section_id)
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._section_chosen)

        self.db_label = QLabel(self)
        self.user_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.db_label)
        self.statusBar().addPermanentWidget(self.user_label)

        self._build_actions()
        self._build_menus()
        from desktop_app.ui.sync import install_sync

        self.sync_controls = install_sync(self, ctx)
        ctx.open_record = self.open_record
        ctx.bus.changed.connect(self._changes)
        self.retranslate()  # sets the title too
        self._restore_state()

    # ---------------------------------------------------------------- actions & menus

    def _action(self, slot: Callable[[], object], *keys: QKeySequence | QKeySequence.StandardKey | str,
                name: str = "") -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        shortcuts: list[QKeySequence] = []
        for key in keys:
            seq = QKeySequence(key)
            if not seq.isEmpty() and seq not in shortcuts:
                shortcuts.append(seq)
        action.setShortcuts(shortcuts)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.act_new = self._action(lambda: self._on_section("new_record"), std.New, name="new")
        self.act_save = self._action(lambda: self._on_section("save_current"), std.Save, name="save")
        self.act_delete = self._action(lambda: self._on_section("delete_current"), std.Delete,
                                       name="delete")
        self.act_backup = self._action(self.backup, name="backup")
        self.act_restore = self._action(self.restore, name="restore")
        self.act_settings = self._action(self.open_settings, std.Preferences, "Ctrl+,",
                                         name="settings")
        self.act_quit = self._action(self.close, std.Quit, "Ctrl+Q", name="quit")
        self.act_find = self._action(lambda: self._on_section("focus_search"), std.Find,
                                     name="find")
        self.act_global = self._action(self.open_global_search, "Ctrl+K", "Ctrl+Shift+F",
                                       name="globalSearch")
        self.act_about = self._action(self.about, name="about")
        self.act_import = self._action(lambda: _imports().open_import_wizard(self.ctx, self),
                                       "Ctrl+I", name="importPartners")
        self.act_import_history = self._action(
            lambda: _imports().open_import_batches(self.ctx, self), name="importHistory")
        self.act_export_partners = self._action(
            lambda: _imports().export_partners(self.ctx, self), name="exportPartners")
        self.act_export_list = self._action(self.export_current_list, "Ctrl+E", name="exportList")
        self.section_actions: list[QAction] = []
        for i, entry in enumerate(SECTIONS):
            keys = [f"Ctrl+{i + 1}"] if i < 9 else []
            act = self._action(lambda e=entry: self.show_section(e.section_id), *keys,
                               name=f"section_{entry.section_id}")
            self.section_actions.append(act)
        # Only the database-file commands need a SQLite register.
        sqlite = self.ctx.services.db.is_sqlite
        self.act_backup.setEnabled(sqlite)
        self.act_restore.setEnabled(sqlite)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        for act in (self.act_new, self.act_save, self.act_delete):
            self.menu_file.addAction(act)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_backup)
        self.menu_file.addAction(self.act_restore)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_settings)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        self.menu_edit.addAction(self.act_find)
        self.menu_edit.addAction(self.act_global)
        self.menu_data = bar.addMenu("")
        self.menu_data.addAction(self.act_import)
        self.menu_data.addAction(self.act_import_history)
        self.menu_data.addSeparator()
        self.menu_data.addAction(self.act_export_partners)
        self.menu_data.addAction(self.act_export_list)
        self.menu_view = bar.addMenu("")
        for act in self.section_actions:
            self.menu_view.addAction(act)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)

    def retranslate(self) -> None:
        """Every string of the window itself (sections retranslate on their own)."""
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_data.setTitle(self.tr("&Data"))
        self.act_import.setText(self.tr("&Import partner list…"))
        self.act_import_history.setText(self.tr("Import &history and undo…"))
        self.act_export_partners.setText(self.tr("Export all &partners…"))
        self.act_export_list.setText(self.tr("&Export this list…"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_new.setText(self.tr("&New"))
        self.act_save.setText(self.tr("&Save"))
        self.act_delete.setText(self.tr("&Delete"))
        self.act_backup.setText(self.tr("&Backup…"))
        self.act_restore.setText(self.tr("&Restore from backup…"))
        self.act_settings.setText(self.tr("Se&ttings…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_find.setText(self.tr("&Find in this section"))
        self.act_global.setText(self.tr("&Search everywhere…"))
        self.act_about.setText(self.tr("&About Peyvand"))
        for i, entry in enumerate(SECTIONS):
            title = section_title(entry)
            self.navigation.item(i).setText(title)
            self.section_actions[i].setText(title)
        db = self.ctx.services.db
        where = db.display_name()
        # Paths and user names are Latin: isolate them so a Persian line keeps them intact.
        self.db_label.setText(self.tr("Database: %1").replace("%1", f"\u2066{where}\u2069"))
        self.db_label.setToolTip(where)
        self.user_label.setText(self.tr("User: %1").replace("%1", f"\u2066{db.actor}\u2069"))
        self._refresh_title()

    def _refresh_title(self) -> None:
        try:
            office = self.ctx.services.office.get()
            self._park_name = office.display_name(i18n.language())
        except Exception:  # a title is not worth a crash dialog (e.g. during a restore)
            log.warning("cannot read the park's name", exc_info=True)
        app_name = self.tr("Peyvand")
        self.setWindowTitle(f"{app_name} — {self._park_name}" if self._park_name else app_name)

    # ---------------------------------------------------------------- exports

    def export_current_list(self) -> None:
        """Export the list of the section shown, as filtered (Ctrl+E)."""
        section = self.current_section()
        if section is not None:
            self.export_list_of(section)

    def export_list_of(self, section: Section) -> None:
        """Save *section*'s list, with its current search and filters, to CSV or XLSX."""
        page = section.exportable_list()
        if page is None:
            return
        headers, rows = page.export_table()
        _imports().export_list(self.ctx, self, headers, rows, section.section_id)

    # ---------------------------------------------------------------- sections

    @property
    def sections(self) -> list[Section]:
        """Every section, in navigation order (builds those not built yet)."""
        return [self._build(page) for page in self.pages]

    def built_sections(self) -> list[Section]:
        """The sections built so far (those shown or asked for)."""
        return [page.section for page in self.pages if page.section is not None]

    def _build(self, page: SectionPage) -> Section:
        if page.section is not None:
            return page.section
        section = page.build(self.ctx)
        exportable = section.exportable_list()
        if exportable is not None:
            exportable.enable_export()
            exportable.exportRequested.connect(lambda s=section: self.export_list_of(s))
        section.restore_view_state(self.settings)
        return section

    def current_section(self) -> Section | None:
        """The section shown."""
        widget = self.stack.currentWidget()
        return widget.section if isinstance(widget, SectionPage) else None

    def section(self, section_id: str) -> Section | None:
        """The section called *section_id* (built if need be), if present."""
        page = next((p for p in self.pages if p.entry.section_id == section_id), None)
        return self._build(page) if page is not None else None

    def show_section(self, section_id: str) -> Section | None:
        """Switch to *section_id*; return it (``None`` when there is no such section)."""
        for i, page in enumerate(self.pages):
            if page.entry.section_id == section_id:
                self._build(page)
                self.navigation.setCurrentRow(i)
                return page.section
        return None

    def _section_chosen(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self._build(self.pages[row])
            self.stack.setCurrentIndex(row)
            self.settings.last_section = self.pages[row].entry.section_id

    def _on_section(self, hook: str) -> None:
        section = self.current_section()
        if section is not None:
            getattr(section, hook)()

    def section_for_entity(self, entity: str) -> Section | None:
        """The section that shows records of *entity* (a table name or a section id)."""
        found = self.section(entity) or self.section(ENTITY_SECTIONS.get(entity, ""))
        if found is None:
            entry = next((e for e in SECTIONS if e.section_id != "dashboard"
                          and entity in section_class(e).entities), None)
            found = self.section(entry.section_id) if entry is not None else None
        return found

    def open_record(self, entity: str, record_id: int) -> None:
        """Show record *record_id* of *entity* in its section."""
        section = self.section_for_entity(entity)
        if section is None:
            QMessageBox.information(self, self.tr("Peyvand"),
                                    self.tr("This kind of record has no section yet."))
            return
        self.show_section(section.section_id)
        section.open_record(record_id)

    def _changes(self, changes: Changes) -> None:
        if changes.touches("office_settings"):
            self._refresh_title()

    # ---------------------------------------------------------------- commands

    def open_global_search(self) -> None:
        """The search-everywhere popup (Ctrl+K)."""
        from desktop_app.ui.search_popup import SearchPopup

        popup = getattr(self, "_search_popup", None)
        if popup is None:
            popup = SearchPopup(self.ctx, self)
            self._search_popup = popup
        popup.popup()

    def open_settings(self) -> None:
        """The settings dialog; the language applies at once."""
        from desktop_app.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self.settings, self)
        dialog.languageChosen.connect(self.set_language)
        dialog.exec()

    def set_language(self, language: str) -> None:
        """Switch the whole application to *language* and remember it."""
        self.settings.language = language
        self.ctx.language = language
        if self._apply_language is not None:
            self._apply_language(language)

    def backup(self) -> None:
        """Write a consistent copy of the SQLite register where the user chooses."""
        from db.backup import backup_sqlite
        from desktop_app.paths import backups_dir
        from desktop_app.ui.worker import run_with_progress

        db = self.ctx.services.db
        if db.path is None:
            return
        folder = self.settings.backup_dir(backups_dir())
        name = f"{db.path.stem}-{dt.datetime.now().strftime('%Y%m%d-%H%M')}.sqlite3"
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up the register"), str(folder / name),
            self.tr("Peyvand register (*.sqlite3)"))
        if not target:
            return
        self.settings.backup_folder = str(Path(target).parent)
        outcome = run_with_progress(self, self.tr("Writing the backup…"), backup_sqlite,
                                    db.path, Path(target), pass_progress=False)
        if outcome.error is not None:
            raise outcome.error
        self.statusBar().showMessage(self.tr("Backup written to %1").replace("%1", target), 8000)

    def restore(self) -> None:
        """Replace the register with a backup (a copy of the current one is kept)."""
        from db.backup import restore_sqlite
        from db.database import inspect_schema, to_url
        from db.errors import DatabaseTooNewError
        from desktop_app.paths import backups_dir

        db = self.ctx.services.db
        if db.path is None:
            return
        folder = self.settings.backup_dir(backups_dir())
        source, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a backup"), str(folder),
            self.tr("Peyvand register (*.sqlite3 *.db);;All files (*)"))
        if not source:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore from a backup"),
            self.tr("Replace the whole register with the backup “%1”? The current register "
                    "is kept as a copy beside it.").replace("%1", Path(source).name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        state = inspect_schema(to_url(source))
        if not state.known:
            raise DatabaseTooNewError(self.tr("This backup was written by a newer Peyvand; it "
                                              "was not restored."),
                                      schema=state.current or "", app_version=state.written_by)
        db.close()
        restore_sqlite(db.path, Path(source))
        self.reopenRequested.emit(db.path)

    def about(self) -> None:
        """Version and licence notes."""
        QMessageBox.about(
            self, self.tr("About Peyvand"),
            self.tr("<h3>Peyvand %1</h3><p>The register of a science and technology park's "
                    "international-relations office: partners, hubs, MoUs, meetings, actions, "
                    "letters and events.</p><p>Interface font: Vazirmatn (SIL Open Font "
                    "License 1.1).</p>").replace("%1", __version__))

    # ---------------------------------------------------------------- state

    def _restore_state(self) -> None:
        geometry = self.settings.geometry
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 780)
        splitter = self.settings.splitter_state("main")
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        last = self.settings.last_section
        if self.show_section(last) is None and self.pages:
            self.navigation.setCurrentRow(0)

    def save_state(self) -> None:
        """Remember geometry, splitter and the sections' own layouts."""
        self.settings.geometry = self.saveGeometry()
        self.settings.set_splitter_state("main", self.splitter.saveState())
        for section in self.built_sections():
            section.save_view_state(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        for section in self.built_sections():
            if not section.can_close():
                event.ignore()
                return
        self.save_state()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _imports():  # type: ignore[no-untyped-def]
    """The import/export UI, imported on first use (it pulls in the importer)."""
    from desktop_app.ui import imports

    return imports
