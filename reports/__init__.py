"""Peyvand's PDF reports: plain data in, right-to-left Persian (or English) PDF out.

No Qt and no database here: callers pass the dataclasses of
``reports.data`` and a ``ReportContext``; each ``render_*`` function writes
a PDF to a path or binary file and returns its page count.
"""

from reports.activity import render_activity
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
from reports.due_list import render_due_list
from reports.hub_dossier import render_hub_dossier
from reports.mou_summary import render_mou_summary
from reports.partner_directory import render_partner_directory

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
