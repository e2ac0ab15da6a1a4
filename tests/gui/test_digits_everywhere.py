"""Digits on every screen (issue 12): the English window shows no Persian digit anywhere,
and the Persian window writes its counts and numbering in Persian digits (a code such as
EAST-1403-02, a phone number, an e-mail or a web address keeps the digits it was typed with).

The walk opens every section with its first record and every tab of its form, the dialogs
the menus open (Settings, Backups, Deleted records, About, Import history, sync conflicts,
the search popup, each page the import wizard can show) and reads every visible text:
labels, buttons, fields and their hints, combo boxes, tabs, group titles, window titles
and the visible cells and headers of every list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from desktop_app.domain import i18n
from desktop_app.ui.bidi import plain
from desktop_app.ui.records.delegates import PROGRESS_ROLE, ProgressDelegate, percent_text

pytestmark = [pytest.mark.gui,
              pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing|propagateSizeHints)")]

PERSIAN_DIGITS = re.compile("[\u06f0-\u06f9\u0660-\u0669]")
PERSIAN_LETTERS = re.compile("[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]")
ROWS_READ = 25


def _cell_text(view: QAbstractItemView, index: QModelIndex) -> str:
    """The text the view draws in cell *index* (after its delegate formats it)."""
    option = QStyleOptionViewItem()
    delegate = view.itemDelegateForIndex(index)
    value = index.data(PROGRESS_ROLE)
    if isinstance(delegate, ProgressDelegate) and value is not None:  # a bar, its own text
        return percent_text(int(value), i18n.language())
    if isinstance(delegate, QStyledItemDelegate):
        delegate.initStyleOption(option, index)
        return option.text
    value = index.data(Qt.ItemDataRole.DisplayRole)
    return "" if value is None else str(value)


def _view_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None or isinstance(view, QHeaderView):
        return
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model keeps columnCount private: one column
        columns = 1
    horizontal = getattr(view, "horizontalHeader", lambda: None)()
    vertical = getattr(view, "verticalHeader", lambda: None)()
    for header, orientation, count in ((horizontal, Qt.Orientation.Horizontal, columns),
                                       (vertical, Qt.Orientation.Vertical,
                                        min(model.rowCount(root), ROWS_READ))):
        if header is not None and header.isVisible():
            for section in range(count):
                if not header.isSectionHidden(section):
                    value = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
                    if value is not None:
                        yield str(value)
    for row in range(min(model.rowCount(root), ROWS_READ)):
        for column in range(columns):
            if horizontal is not None and horizontal.isSectionHidden(column):
                continue
            index = model.index(row, column)
            yield _cell_text(view, index)
            if columns > 1:  # a tree's child rows (History's changed fields)
                for child in range(min(model.rowCount(index), 5)):
                    yield _cell_text(view, model.index(child, column, index))


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for every text *root* shows now."""
    yield "window title", root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        name = f"{type(widget).__name__}({widget.objectName()})"
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield name, widget.text()
        elif isinstance(widget, QLineEdit):
            yield name + (" (editable)" if _is_data(widget, widget.text()) else ""), widget.text()
            yield name + " hint", widget.placeholderText()
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            yield name, widget.toPlainText()
        elif isinstance(widget, QComboBox):
            yield name, widget.currentText()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield name + " tab", widget.tabText(i)
        elif isinstance(widget, QAbstractItemView):
            for text in _view_texts(widget):
                yield name, text


def _latin_digits_allowed(token: str) -> bool:
    """A word whose ASCII digits are as typed: a code, an e-mail, a web address, a phone
    number, a shortcut, a version or a standard's number (ISO 3166-1, LGPL 2.1)."""
    return bool(re.search(r"[A-Za-z@+]", token)) or len(re.sub(r"\D", "", token)) >= 7 \
        or bool(re.fullmatch(r"\(?\d+(?:[.\-]\d+)+[).,:;]*", token))


def _phone_runs(text: str) -> str:
    """*text* without phone numbers written with spaces ("+90 312 298 1234")."""
    return re.sub(r"\+?\d[\d ()\-]{6,}\d", " ", text)


def _is_data(widget: QWidget, text: str) -> bool:
    """Text the user typed or the register holds in its own script: a Persian title with
    its Persian digits (in the English window), a Latin name with its number (in the
    Persian one), an editable field's content."""
    return isinstance(widget, QLineEdit) and not widget.isReadOnly()


def problems(texts: Iterator[tuple[str, str]], language: str) -> list[str]:
    found = []
    for where, raw in texts:
        text = plain(raw)
        if not text or where.endswith("(editable)"):
            continue
        persian_letters = bool(PERSIAN_LETTERS.search(text))
        if language == "en":
            if PERSIAN_DIGITS.search(text) and not persian_letters:
                found.append(f"{where}: {text!r}")
        elif persian_letters or not re.search(r"[A-Za-z]", text):
            words = _phone_runs(text).split()
            bad = [t for k, t in enumerate(words) if re.search(r"[0-9]", t)
                   and not _latin_digits_allowed(t)
                   and not (k and re.search(r"[A-Za-z]", words[k - 1]))]  # "LGPL 3"
            if bad:
                found.append(f"{where}: {text!r} ({bad})")
    return found


def _screens(window: Any, qtbot: Any) -> Iterator[tuple[str, QWidget]]:
    """Each screen of the window in turn: (its name, the widget to read)."""
    ctx = window.ctx
    for page in window.pages:
        section_id = page.entry.section_id
        section = window.show_section(section_id)
        QCoreApplication.processEvents()
        yield section_id, window
        lst = getattr(section, "list", None)
        if lst is not None and lst.model.rowCount():
            section.open_record(lst.model.id_at(0))
            form = getattr(section, "editor", None) or getattr(section, "form", None)
            tabs = getattr(form, "tabs", None)
            for i in range(tabs.count() if tabs is not None else 1):
                if tabs is not None:
                    if not tabs.isTabEnabled(i):
                        continue
                    tabs.setCurrentIndex(i)
                QCoreApplication.processEvents()
                yield f"{section_id} record, tab {i}", window
            if form is not None and hasattr(form, "dirty"):
                form.dirty = False
    from desktop_app.ui.dialogs.about import AboutDialog
    from desktop_app.ui.dialogs.backups import BackupsDialog
    from desktop_app.ui.dialogs.deleted_records import DeletedRecordsDialog
    from desktop_app.ui.dialogs.settings_dialog import SettingsDialog
    from desktop_app.ui.imports.batches import BatchesDialog
    from desktop_app.ui.search_popup import SearchPopup
    from desktop_app.ui.sync.conflicts import ConflictsDialog

    dialogs = {
        "settings": lambda: SettingsDialog(ctx, window.settings, window),
        "backups": lambda: BackupsDialog(ctx.services.db, window),
        "deleted records": lambda: DeletedRecordsDialog(ctx, window),
        "about": lambda: AboutDialog(window.settings, ctx.services.db.path, window),
        "import history": lambda: BatchesDialog(ctx, window),
        "sync conflicts": lambda: ConflictsDialog(ctx, window),
        "search": lambda: SearchPopup(ctx, window),
    }
    for name, make in dialogs.items():
        dialog = make()
        dialog.show()
        qtbot.waitExposed(dialog)
        if name == "search":
            dialog.findChild(QLineEdit).setText("1401")
            qtbot.wait(400)
        yield name, dialog
        dialog.close()
        dialog.deleteLater()
    yield from _wizard_pages(ctx, qtbot)


def _wizard_pages(ctx: Any, qtbot: Any) -> Iterator[tuple[str, QWidget]]:
    import csv
    import tempfile

    from PySide6.QtWidgets import QWizard

    from desktop_app.ui.imports import prompts
    from desktop_app.ui.imports.wizard import ImportWizard

    folder = Path(tempfile.mkdtemp())
    path = folder / "list.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([
            ["نام سازمان", "کشور", "تلفن"], ["شرکت آزمون ۲", "ایران", "021-88776655"],
            ["Ankara Tech 2", "Türkiye", "+90 312 298 1234"], ["", "ایران", ""]])
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.resize(1366, 768)
    wizard.show()
    qtbot.waitExposed(wizard)
    yield "import wizard, file", wizard
    wizard.file_page.open_path(path)
    yield "import wizard, file read", wizard
    for name in ("columns", "review"):
        wizard.button(QWizard.WizardButton.NextButton).click()
        yield f"import wizard, {name}", wizard
        if name == "review":
            tabs = wizard.review_page.tabs
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                yield f"import wizard, review tab {i}", wizard
    saved = prompts.inform
    prompts.inform = lambda *_a: None  # type: ignore[assignment]
    try:
        wizard.button(QWizard.WizardButton.CommitButton).click()
        yield "import wizard, result", wizard
    finally:
        prompts.inform = saved  # type: ignore[assignment]
    wizard.close()


@pytest.mark.parametrize("language", ["en", "fa"])
def test_every_screen_writes_the_windows_digits(main_window: Any, qtbot: Any,
                                                language: str) -> None:
    main_window.set_language(language)
    i18n.set_language(language)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    QCoreApplication.processEvents()
    found: list[str] = []
    screens = 0
    try:
        for name, widget in _screens(main_window, qtbot):
            screens += 1
            found.extend(f"{name} — {p}" for p in problems(visible_texts(widget), language))
    finally:
        i18n.set_language("fa")
    assert screens >= 30, screens
    assert not found, f"{len(found)} texts with the wrong digits:\n" + "\n".join(
        sorted(set(found))[:40])
