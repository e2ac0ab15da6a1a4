"""Filling drop-downs the one way every form and filter does: (value, text) items, enum
labels, countries in the language's alphabetical order; the selection is kept and no
edit is signalled."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCollator, QLocale, Qt
from PySide6.QtWidgets import QComboBox

from desktop_app.domain import i18n
from desktop_app.domain.countries import all_countries
from desktop_app.domain.labels import label
from desktop_app.ui.bidi import display


def fill(combo: QComboBox, items: Iterable[tuple[Any, str]], *, mixed: bool = True) -> None:
    """Fill *combo* with (data, text) items, keeping the selection, without signalling.

    *mixed*: the texts may mix scripts (names of records), so each is isolated for display;
    labels and country names in the UI's own language are not.
    """
    keep = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for data, text in items:
        shown = display(text) if mixed else text
        combo.addItem(shown, data)
        combo.setItemData(combo.count() - 1, shown, Qt.ItemDataRole.ToolTipRole)
    index = combo.findData(keep) if keep is not None else 0
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)


def sorted_countries(language: str) -> list[tuple[str, str]]:
    """(code, name) of every country, in the language's alphabetical order (QCollator)."""
    collator = QCollator(QLocale(QLocale.Language.Persian, QLocale.Country.Iran)
                         if language == "fa" else QLocale(QLocale.Language.English))
    items = [(c.code, c.name(language)) for c in all_countries()]
    def compare(a: tuple[str, str], b: tuple[str, str]) -> int:
        return collator.compare(a[1], b[1])

    return sorted(items, key=functools.cmp_to_key(compare))


def fill_countries(combo: QComboBox, first: str) -> None:
    """*first* (data ``None``), then every country."""
    fill(combo, [(None, first), *sorted_countries(i18n.language())], mixed=False)


def fill_enum(combo: QComboBox, members: Sequence[Any], first: str | None = None) -> None:
    """The enum *members*' labels, after an optional *first* item (data ``None``)."""
    head = [] if first is None else [(None, first)]
    fill(combo, [*head, *((m, label(m)) for m in members)], mixed=False)
