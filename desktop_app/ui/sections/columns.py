"""List columns the record sections share beyond :func:`~desktop_app.ui.kit.form.link_column`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from desktop_app.ui.models.id_table_model import Column


def tipped_column(header: Callable[[], str], text_of: Callable[[Any], str],
                  sort: str | None = None) -> Column:
    """A text column whose tooltip repeats the whole text (the cell may cut a long one
    short); an empty cell has no tooltip."""
    return Column(header, text_of, sort=sort,
                  role_values={Qt.ItemDataRole.ToolTipRole: lambda r: text_of(r) or None})
