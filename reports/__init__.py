"""Peyvand's PDF reports: plain data in, right-to-left Persian (or English) PDF out.

No Qt and no database here: callers pass the dataclasses of
``reports.data`` and a ``ReportContext``; each ``render_*`` function writes
a PDF to a path or binary file and returns its page count.

The ``render_*`` functions are loaded on first use (PEP 562): reportlab costs a noticeable
part of a second, and the window's first screen prints nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from reports.data import (
    ActionRow,
    ActivityData,
    AttachmentRow,
    BodyRow,
    CountRow,
    CountryGroup,
    DueListData,
    EventRow,
    HubDossierData,
    LetterRow,
    MeetingRow,
    MissionRow,
    MonthRow,
    MoURow,
    MoUSummaryData,
    PartnerDirectoryData,
    PartnerRow,
    PartyRow,
    ReportContext,
)

if TYPE_CHECKING:
    from reports.activity import render_activity
    from reports.due_list import render_due_list
    from reports.hub_dossier import render_hub_dossier
    from reports.mou_summary import render_mou_summary
    from reports.partner_directory import render_partner_directory

_RENDERERS = {
    "render_activity": "reports.activity",
    "render_due_list": "reports.due_list",
    "render_hub_dossier": "reports.hub_dossier",
    "render_mou_summary": "reports.mou_summary",
    "render_partner_directory": "reports.partner_directory",
}


def __getattr__(name: str) -> Any:
    module = _RENDERERS.get(name)
    if module is None:
        raise AttributeError(f"module 'reports' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value

__all__ = [
    "ActionRow",
    "ActivityData",
    "AttachmentRow",
    "BodyRow",
    "CountRow",
    "CountryGroup",
    "DueListData",
    "EventRow",
    "HubDossierData",
    "LetterRow",
    "MeetingRow",
    "MissionRow",
    "MoURow",
    "MoUSummaryData",
    "MonthRow",
    "PartnerDirectoryData",
    "PartnerRow",
    "PartyRow",
    "ReportContext",
    "render_activity",
    "render_due_list",
    "render_hub_dossier",
    "render_mou_summary",
    "render_partner_directory",
]
