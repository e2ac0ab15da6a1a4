"""The domain services of one open register, built once by the composition root.

Each service is created on first use; the window, the command line and the tests reach the
register only through these.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.database import Database
from desktop_app.domain.partners import PartnerService

if TYPE_CHECKING:  # the modules themselves are imported on first use
    from desktop_app.domain.actions import ActionService
    from desktop_app.domain.attachments import AttachmentService
    from desktop_app.domain.bodies import BodyService
    from desktop_app.domain.dashboard import DashboardService
    from desktop_app.domain.events import EventService
    from desktop_app.domain.history import HistoryService
    from desktop_app.domain.hubs import HubService
    from desktop_app.domain.imports import ImportService
    from desktop_app.domain.letters import LetterService
    from desktop_app.domain.meetings import MeetingService
    from desktop_app.domain.mous import MoUService
    from desktop_app.domain.office import OfficeService
    from desktop_app.domain.report_data import ReportService
    from desktop_app.domain.search import SearchService
    from desktop_app.domain.undo import UndoService


class Services:
    """Every use case of the register, over one :class:`~db.database.Database`."""

    def __init__(self, db: Database, attachments_dir: Path | None = None) -> None:
        self.db = db
        if attachments_dir is None:
            if db.path is not None:
                attachments_dir = db.path.parent / f"{db.path.stem}.attachments"
            else:
                # A server register: the managed folder is per laptop, named after the server
                # database (a shared folder can be chosen in the settings).
                from desktop_app.paths import data_dir

                name = f"{db.url.host or 'local'}-{db.url.database or 'peyvand'}"
                attachments_dir = data_dir() / "attachments" / name
        self.attachments_dir = attachments_dir

    @cached_property
    def partners(self) -> PartnerService:
        """Partner organisations and contacts."""
        return PartnerService(self.db)

    def _lazy(self, module: str, cls: str, *args: Any) -> Any:
        import importlib

        return getattr(importlib.import_module(module), cls)(self.db, *args)

    @cached_property
    def mous(self) -> MoUService:
        """MoUs with parties, axes and bodies (``desktop_app.domain.mous``)."""
        return self._lazy("desktop_app.domain.mous", "MoUService")

    @cached_property
    def attachments(self) -> AttachmentService:
        """Attachments in the managed folder (``desktop_app.domain.attachments``)."""
        return self._lazy("desktop_app.domain.attachments", "AttachmentService",
                          self.attachments_dir)

    @cached_property
    def hubs(self) -> HubService:
        """Country hubs and missions (``desktop_app.domain.hubs``)."""
        return self._lazy("desktop_app.domain.hubs", "HubService")

    @cached_property
    def meetings(self) -> MeetingService:
        """Meetings (``desktop_app.domain.meetings``)."""
        return self._lazy("desktop_app.domain.meetings", "MeetingService")

    @cached_property
    def actions(self) -> ActionService:
        """Action items (``desktop_app.domain.actions``)."""
        return self._lazy("desktop_app.domain.actions", "ActionService")

    @cached_property
    def letters(self) -> LetterService:
        """Letters (``desktop_app.domain.letters``)."""
        return self._lazy("desktop_app.domain.letters", "LetterService")

    @cached_property
    def events(self) -> EventService:
        """Events (``desktop_app.domain.events``)."""
        return self._lazy("desktop_app.domain.events", "EventService")

    @cached_property
    def bodies(self) -> BodyService:
        """Working groups, committees, councils (``desktop_app.domain.bodies``)."""
        return self._lazy("desktop_app.domain.bodies", "BodyService")

    @cached_property
    def dashboard(self) -> DashboardService:
        """Dashboard figures (``desktop_app.domain.dashboard``)."""
        return self._lazy("desktop_app.domain.dashboard", "DashboardService")

    @cached_property
    def search(self) -> SearchService:
        """Global search (``desktop_app.domain.search``)."""
        return self._lazy("desktop_app.domain.search", "SearchService")

    @cached_property
    def history(self) -> HistoryService:
        """A record's change history from the audit trail (``desktop_app.domain.history``)."""
        return self._lazy("desktop_app.domain.history", "HistoryService")

    @cached_property
    def office(self) -> OfficeService:
        """Office settings kept in the register: park name, logo (``desktop_app.domain.office``)."""
        return self._lazy("desktop_app.domain.office", "OfficeService")

    @cached_property
    def reports(self) -> ReportService:
        """Report data and PDF rendering (``desktop_app.domain.report_data``)."""
        return self._lazy("desktop_app.domain.report_data", "ReportService")

    @cached_property
    def undo(self) -> UndoService:
        """Undo, restore an earlier value, undelete (``desktop_app.domain.undo``)."""
        return self._lazy("desktop_app.domain.undo", "UndoService")

    @cached_property
    def imports(self) -> ImportService:
        """Partner-list import, undo and export (``desktop_app.domain.imports``)."""
        return self._lazy("desktop_app.domain.imports", "ImportService")
