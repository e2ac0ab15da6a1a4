"""The main window's sections, in navigation order.

Each entry names the section's module, class, id and navigation title (translated in the
class's own context), so the window can list every section and build each one only when
it is first shown: a section's module is not even imported before then. Add a section by
adding one line here.
"""

from __future__ import annotations

from typing import NamedTuple


class SectionEntry(NamedTuple):
    """One section of the navigation: where its class lives, its id and its title."""

    module: str
    class_name: str
    section_id: str
    title: str  # source text; the translation context is ``class_name``


SECTIONS: list[SectionEntry] = [
    SectionEntry("desktop_app.ui.sections.dashboard", "DashboardSection", "dashboard", "Dashboard"),
    SectionEntry("desktop_app.ui.sections.partners", "PartnersSection", "partners", "Partners"),
    SectionEntry("desktop_app.ui.sections.hubs", "HubsSection", "hubs", "Hubs"),
    SectionEntry("desktop_app.ui.sections.mous", "MoUsSection", "mous", "MoUs"),
    SectionEntry("desktop_app.ui.sections.meetings", "MeetingsSection", "meetings", "Meetings"),
    SectionEntry("desktop_app.ui.sections.actions", "ActionsSection", "actions", "Actions"),
    SectionEntry("desktop_app.ui.sections.events", "EventsSection", "events", "Events"),
    SectionEntry("desktop_app.ui.sections.letters", "LettersSection", "letters", "Letters"),
    SectionEntry("desktop_app.ui.sections.reports", "ReportsSection", "reports", "Reports"),
]
