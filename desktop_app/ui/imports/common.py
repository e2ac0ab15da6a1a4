"""What the import wizard's pages share: the encodings and delimiters offered, the page
numbers, a list view and an error label made alike, and the adapter that runs a service
call off the GUI thread with progress and cancel."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
    QWizardPage,
)

from desktop_app.domain import i18n
from desktop_app.domain.text import localize_digits

if TYPE_CHECKING:
    from desktop_app.ui.imports.wizard import ImportWizard

#: Encodings offered for text files: (codec, shown name). The detected one is added if missing.
ENCODINGS: tuple[tuple[str, str], ...] = (
    ("utf-8", "UTF-8"),
    ("utf-8-sig", "UTF-8 + BOM"),
    ("utf-16", "UTF-16"),
    ("cp1256", "Windows-1256 (Arabic/Persian)"),
    ("windows-1252", "Windows-1252 (Western)"),
    ("iso-8859-6", "ISO-8859-6 (Arabic)"),
    ("mac_arabic", "Mac Arabic"),
)
DELIMITERS: tuple[str, ...] = (",", ";", "\t", "|")
FILE_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".xls", ".ods")
POLICY_CHOICES = ("skip", "update_empty", "overwrite", "create")

PAGE_FILE, PAGE_COLUMNS, PAGE_REVIEW, PAGE_RESULT = range(4)


def localized(value: object) -> str:
    """*value* as text in the window's digits."""
    return localize_digits(str(value), i18n.language())


def codec_name(name: str | None) -> str:
    """The canonical name of codec *name* (so "cp1256" and "windows-1256" compare equal)."""
    try:
        return codecs.lookup(name or "").name
    except LookupError:
        return name or ""


def table_view(parent: QWidget, name: str) -> QTableView:
    """A single-selection row list with fixed row heights, as every page shows its rows."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultSectionSize(150)
    header.setStretchLastSection(True)
    return view


def error_label(parent: QWidget, name: str) -> QLabel:
    """A hidden, selectable, red word-wrapped label for a page's problem."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def progress_call(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Callable[..., Any]:
    """Adapt a service call taking ``progress=`` / ``cancelled=`` to the worker's arguments."""
    def call(*, progress: Callable[[int, int], None], cancel: Any) -> Any:
        return fn(*args, progress=progress, cancelled=cancel.is_set, **kwargs)
    return call


class ImportPage(QWizardPage):
    """A page of the import wizard: it knows its wizard (``self.w``: the service, the file,
    the mapping, the preview and the batch) and sets its strings again on
    :meth:`retranslate`."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.build()

    def build(self) -> None:
        """Make the page's widgets (``self.w`` is already set) and set their strings."""

    def retranslate(self) -> None:
        """Set the page's strings again (each page says which)."""
