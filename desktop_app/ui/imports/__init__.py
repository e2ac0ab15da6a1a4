"""Import and export in the window: the import wizard, the import history with Undo, and
export actions for the partner register and any list.

The main window and the sections call only these four functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop_app.ui.context import UiContext


def open_import_wizard(ctx: UiContext, parent: QWidget | None) -> None:
    """Show the import wizard (modal) for a partner list."""
    from desktop_app.ui.imports.wizard import ImportWizard

    wizard = ImportWizard(ctx, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.exec()


def open_import_batches(ctx: UiContext, parent: QWidget | None) -> None:
    """Show the import history with Undo (modal)."""
    from desktop_app.ui.imports.batches import BatchesDialog

    dialog = BatchesDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exec()


def export_list(ctx: UiContext, parent: QWidget | None, headers: Sequence[str],
                rows_iterable: Iterable[Sequence[Any]], suggested_name: str) -> None:
    """Ask for a .csv/.xlsx file and write *headers* and the rows (a section's current list)."""
    from desktop_app.ui.imports import export

    export.export_list(ctx, parent, headers, rows_iterable, suggested_name)


def export_partners(ctx: UiContext, parent: QWidget | None, query: Any = None) -> None:
    """Ask for a .csv/.xlsx file and write the partners *query* (a ``PartnerQuery``) selects."""
    from desktop_app.ui.imports import export

    export.export_partners(ctx, parent, query)


__all__ = ["export_list", "export_partners", "open_import_batches", "open_import_wizard"]
