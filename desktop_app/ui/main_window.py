"""The main window: navigation, the sections, menus, shortcuts and the status bar.

It knows the sections only through :data:`desktop_app.ui.sections.SECTIONS` and the
:class:`~desktop_app.ui.section.Section` hooks; it holds no business rules and no SQL.
A section is built the first time it is shown (or asked for), so the first screen costs
only what it shows.
Records open through ``ctx.open_record(entity, id)``, which this window provides.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import i18n
from desktop_app.domain.changes import Changes
from desktop_app.ui.context import UiContext
from desktop_app.ui.icons import icon
from desktop_app.ui.section import Section
from desktop_app.ui.sections import SECTIONS, SectionEntry
from desktop_app.ui.settings import AppSettings
from desktop_app.ui.window_frame import FirstPaint, build_frame, section_icon

log = logging.getLogger("peyvand.ui.main_window")

# Entities that are shown by a section whose id differs from the table name.
ENTITY_SECTIONS = {"action_items": "actions", "contacts": "partners",
                   "mou_parties": "mous", "cooperation_axes": "mous", "hub_missions": "hubs",
                   "bodies": "mous"}


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
    firstPainted = Signal()  # the window has been drawn once (start-up work waits for it)

    def __init__(self, ctx: UiContext, settings: AppSettings, parent: QWidget | None = None,
                 *, apply_language: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self._apply_language = apply_language
        self._park_name = ""
        self._painted = False
        self._after_paint: list[Callable[[], object]] = []
        FirstPaint(self, self._painting)
        self.setObjectName("mainWindow")
        self.setMinimumSize(QSize(900, 560))

        self.stack = QStackedWidget(self)
        self.navigation, self.splitter = build_frame(self, self.stack)
        self.splitter.setObjectName("mainSplitter")

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

        from desktop_app.ui.undo_stack import UndoTracker

        self.undo_stack = UndoTracker(ctx, self)
        self._build_actions()
        self._build_menus()
        self.undo_stack.changed.connect(
            lambda: self.act_undo.setEnabled(self.undo_stack.can_undo()))
        self.undo_stack.recorded.connect(self._say_done)
        self.undo_stack.undone.connect(self._say_done)
        from desktop_app.ui.sync import install_sync

        self.sync_controls = install_sync(self, ctx)
        ctx.open_record = self.open_record
        ctx.bus.changed.connect(self._changes)
        self.retranslate()  # sets the title too
        self._restore_state()

    # ---------------------------------------------------------------- start-up

    def after_first_paint(self, work: Callable[[], object]) -> None:
        """Run *work* once the window has been drawn (at once, from the event loop, if it
        has been already): what the first screen does not need — the backup at opening,
        the sync state, the integrity check — waits so the window appears sooner."""
        if self._painted:
            QTimer.singleShot(0, work)
        else:
            self._after_paint.append(work)

    @property
    def painted(self) -> bool:
        """True once the window has been drawn."""
        return self._painted

    def _painting(self) -> None:
        """The first paint event reached the window (see :class:`~desktop_app.ui.window_frame.FirstPaint`)."""
        self._painted = True
        QTimer.singleShot(0, self._first_paint_done)  # after this paint is on screen

    def _first_paint_done(self) -> None:
        work, self._after_paint = self._after_paint, []
        for item in work:
            item()
        self.firstPainted.emit()

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
        self.act_delete = self._action(self.delete_here, std.Delete, name="delete")
        self.act_undo = self._action(lambda: self.undo_stack.undo(self), std.Undo, name="undo")
        self.act_undo.setEnabled(False)
        self.act_undo.setIcon(icon("undo"))
        self.act_deleted = self._action(self.open_deleted_records, name="deletedRecords")
        self.act_backup = self._action(self.backup, name="backup")
        self.act_restore = self._action(self.restore, name="restore")
        self.act_backups = self._action(self.open_backups, name="backups")
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
            act = self._action(self._show_section_of(entry), *keys,
                               name=f"section_{entry.section_id}")
            self.section_actions.append(act)
        # Only the database-file commands need a SQLite register.
        sqlite = self.ctx.services.db.is_sqlite
        self.act_backup.setEnabled(sqlite)
        self.act_restore.setEnabled(sqlite)
        self.act_backups.setEnabled(sqlite)

    def _show_section_of(self, entry: SectionEntry) -> Callable[[], object]:
        return lambda: self.show_section(entry.section_id)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        for act in (self.act_new, self.act_save, self.act_delete):
            self.menu_file.addAction(act)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_backup)
        self.menu_file.addAction(self.act_restore)
        self.menu_file.addAction(self.act_backups)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_settings)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        self.menu_edit.addAction(self.act_undo)
        self.menu_edit.addAction(self.act_deleted)
        self.menu_edit.addSeparator()
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
        self.act_undo.setText(self.tr("&Undo"))
        self.act_undo.setToolTip(self.tr("Take back the last save or delete (Ctrl+Z)"))
        self.act_deleted.setText(self.tr("Deleted &records…"))
        self.act_backup.setText(self.tr("&Backup…"))
        self.act_restore.setText(self.tr("&Restore from backup…"))
        self.act_settings.setText(self.tr("Se&ttings…"))
        self.act_quit.setText(self.tr("&Quit"))
        from desktop_app.ui.dialogs.backups import action_texts

        self.act_backups.setText(action_texts()["backups"])
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

    def delete_here(self) -> None:
        """Delete (the key or the menu): what the focused list holds, else the section's record."""
        from desktop_app.ui.delete_key import handler_for

        handler = handler_for(QApplication.focusWidget(), stop=self)
        if handler is not None:
            handler()
        else:
            self._on_section("delete_current")

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

    def _say_done(self, what: str) -> None:
        """A brief word in the status bar after a save, a delete or an undo."""
        text = {"saved": self.tr("Saved."), "deleted": self.tr("Deleted."),
                "undone": self.tr("Undone.")}.get(what, what)
        self.statusBar().showMessage(text, 4000)

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

    def open_deleted_records(self) -> None:
        """The deleted records, to bring one back (Edit › Deleted records…)."""
        from desktop_app.ui.dialogs.deleted_records import DeletedRecordsDialog

        dialog = DeletedRecordsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self._deleted_dialog = dialog

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
        """Write a verified backup file (register and attachment files) where the user chooses."""
        from desktop_app.ui.dialogs.backups import back_up_to_file

        back_up_to_file(self)

    def restore(self) -> None:
        """Replace the register with a backup file (the current one is backed up first)."""
        from desktop_app.ui.dialogs.backups import restore_from_file

        restore_from_file(self)

    def open_backups(self) -> None:
        """The Backups dialog: the list, back up now, restore, check the database."""
        from desktop_app.ui.dialogs.backups import open_backups

        self.backups_dialog = open_backups(self)

    def about(self) -> None:
        """Version, licences and where things live (with a button to open each folder)."""
        from desktop_app.ui.dialogs.about import AboutDialog

        AboutDialog(self.settings, self.ctx.services.db.path, self).exec()

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


def _imports() -> Any:
    """The import/export UI, imported on first use (it pulls in the importer)."""
    from desktop_app.ui import imports

    return imports
