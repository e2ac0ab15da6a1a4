"""Exporting lists to CSV (UTF-8 with BOM, for Excel) or XLSX, off the UI thread.

The writing is the domain's (``ctx.services.imports.export_rows`` / ``export_partners``:
formula-like cells neutralised, right-to-left sheets for Persian lists); here the user
chooses the file, a progress dialog shows while it is written, and the result is told.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.domain import i18n
from desktop_app.domain.errors import DomainError, StorageError
from desktop_app.domain.text import localize_digits
from desktop_app.ui.context import UiContext
from desktop_app.ui.imports import prompts
from desktop_app.ui.worker import run_with_progress


def _filters() -> str:
    return ";;".join((QCoreApplication.translate("Export", "CSV for Excel (*.csv)"),
                      QCoreApplication.translate("Export", "Excel workbook (*.xlsx)")))


def ask_export_path(parent: QWidget | None, suggested_name: str) -> str:
    """Where to export (a .csv or .xlsx path), or ``""`` when the user cancelled."""
    stem = suggested_name.rsplit(".", 1)[0] if suggested_name.lower().endswith(
        (".csv", ".xlsx")) else suggested_name
    suggested = f"{stem or 'export'}-{dt.date.today().isoformat()}.csv"
    path = prompts.ask_save_file(parent, QCoreApplication.translate("Export", "Export"),
                                 suggested, _filters())
    if path and not path.lower().endswith((".csv", ".xlsx")):
        path += ".csv"
    return path


def _write(ctx: UiContext, parent: QWidget | None, label: str, fn: Any, *args: Any) -> int | None:
    outcome = run_with_progress(parent, label, fn, *args, pass_progress=False)
    if outcome.cancelled:
        return None
    if outcome.error is not None:
        if isinstance(outcome.error, (OSError, ValueError, DomainError, StorageError)):
            prompts.warn(parent, QCoreApplication.translate("Export", "Export"),
                         QCoreApplication.translate("Export", "The file could not be written.")
                         + "\n\n" + str(outcome.error))
            return None
        raise outcome.error
    return int(outcome.value)


def _told(parent: QWidget | None, count: int, path: str) -> None:
    prompts.inform(parent, QCoreApplication.translate("Export", "Export"), localize_digits(
        QCoreApplication.translate("Export", "%n row(s) exported to:", None, count),
        i18n.language()) + "\n" + path)


def export_list(ctx: UiContext, parent: QWidget | None, headers: Sequence[str],
                rows_iterable: Iterable[Sequence[Any]], suggested_name: str) -> None:
    """Ask for a file and write *headers* and *rows_iterable* (a section's current list)."""
    path = ask_export_path(parent, suggested_name)
    if not path:
        return
    count = _write(ctx, parent, QCoreApplication.translate("Export", "Exporting…"),
                   ctx.services.imports.export_rows, path, list(headers), rows_iterable)
    if count is not None:
        _told(parent, count, path)


def export_partners(ctx: UiContext, parent: QWidget | None, query: Any = None) -> None:
    """Ask for a file and write the partners *query* selects (the whole register if None)."""
    path = ask_export_path(parent, QCoreApplication.translate("Export", "partners"))
    if not path:
        return
    count = _write(ctx, parent, QCoreApplication.translate("Export", "Exporting partners…"),
                   ctx.services.imports.export_partners, path, query)
    if count is not None:
        _told(parent, count, path)
