"""The base of every section of the main window (Dashboard, Partners, MoUs, …)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from desktop_app.domain.changes import Changes
from desktop_app.ui.context import UiContext
from desktop_app.ui.i18n import FollowsLanguage
from desktop_app.ui.widgets.list_page import ListPage


class Section(FollowsLanguage, QWidget):
    """A page of the main window: a list with its filters and the record's form.

    Subclasses set :attr:`section_id` (also the entity it opens, e.g. ``"mous"``) and
    :attr:`entities` (tables whose changes make it refresh), and implement the hooks.
    """

    section_id = ""
    entities: frozenset[str] = frozenset()
    order = 100  # position in the navigation

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._pending: Changes | None = None  # what arrived while the section was hidden
        ctx.bus.changed.connect(self._changes_arrived)

    # ---------------------------------------------------------------- hooks

    def title(self) -> str:
        """The section's name in the navigation (translated)."""
        raise NotImplementedError

    def open_record(self, record_id: int) -> None:
        """Show the record *record_id* of this section's entity."""

    def new_record(self) -> None:
        """Start a new record (Ctrl+N)."""

    def save_current(self) -> None:
        """Save the open form (Ctrl+S)."""

    def delete_current(self) -> None:
        """Delete the selected record, after asking (Delete)."""

    def focus_search(self) -> None:
        """Put the cursor in the section's search box (Ctrl+F)."""

    def on_changes(self, changes: Changes) -> None:
        """Refresh from *changes* (only called when they touch :attr:`entities`)."""

    def retranslate(self) -> None:
        """Set every visible string again after the language changed."""

    def exportable_list(self) -> ListPage | None:
        """The section's list, if it has one (for exports); found by attribute by default."""
        for name in ("list_page", "list"):
            page = getattr(self, name, None)
            if isinstance(page, ListPage):
                return page
        return None

    def restore_view_state(self, settings: Any) -> None:
        """Restore column widths, splitter sizes, sort (from the typed settings module)."""

    def save_view_state(self, settings: Any) -> None:
        """Remember column widths, splitter sizes, sort."""

    def can_close(self) -> bool:
        """False when the user chose to stay (e.g. to keep unsaved edits)."""
        return True

    # ---------------------------------------------------------------- plumbing

    def _changes_arrived(self, changes: Changes) -> None:
        if self.entities and not changes.entities() & self.entities:
            return
        if self._hidden_in_window():
            # Hidden behind another section: remember, refresh once when shown.
            self._pending = changes if self._pending is None else self._pending | changes
            return
        self.on_changes(changes)

    def _hidden_in_window(self) -> bool:
        window = self.window()
        return window is not self and not self.isVisibleTo(window)

    def showEvent(self, event: QShowEvent) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            self.on_changes(pending)
        super().showEvent(event)

