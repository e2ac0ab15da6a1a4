"""The filters a record list puts under its search box: a choice and a date range, each
reloading the list when it changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from desktop_app.ui.i18n import FollowsLanguage
from desktop_app.ui.widgets.jalali_date_edit import JalaliDateEdit

if TYPE_CHECKING:
    from desktop_app.ui.kit.section import RecordSection


def combo_filter(section: RecordSection, name: str, stretch: int, wide: int = 0) -> QComboBox:
    """A choice in *section*'s filter bar named *name*; *wide*, when given, is how many
    characters it keeps room for (long record labels)."""
    combo = QComboBox(section.list)
    combo.setObjectName(name)
    if wide:
        combo.setMinimumContentsLength(wide)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    section.list.add_filter(combo, stretch)
    combo.currentIndexChanged.connect(lambda _i: section.list.reload())
    return combo


class Caption(FollowsLanguage, QLabel):
    """A filter's caption: a message of the "Filters" context that follows the language."""

    def __init__(self, source: object, parent: QWidget) -> None:
        super().__init__(parent)
        self._source = str(source)  # QT_TRANSLATE_NOOP gives an object
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("Filters", self._source))



def date_range_filter(section: RecordSection, from_name: str, to_name: str,
                      first: object = QT_TRANSLATE_NOOP("Filters", "From"),
                      ) -> tuple[JalaliDateEdit, JalaliDateEdit]:
    """A "from … to …" pair of dates in *section*'s filter bar, named *from_name* and
    *to_name*; *first* is the caption before the first (a ``QT_TRANSLATE_NOOP("Filters",
    …)``)."""
    from_label = Caption(first, section.list)
    date_from = JalaliDateEdit(section.list)
    date_from.setObjectName(from_name)
    to_label = Caption(QT_TRANSLATE_NOOP("Filters", "to"), section.list)
    date_to = JalaliDateEdit(section.list)
    date_to.setObjectName(to_name)
    for widget, stretch in ((from_label, 0), (date_from, 1), (to_label, 0), (date_to, 1)):
        section.list.add_filter(widget, stretch)
    for date in (date_from, date_to):
        date.dateChanged.connect(lambda _d: section.list.reload())
    return date_from, date_to
