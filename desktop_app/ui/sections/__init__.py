"""The main window's sections, in navigation order.

Each entry is ``(module, class name)``; the main window imports them and skips none: a
missing module is a bug. Add a section by adding one line here.
"""

SECTIONS: list[tuple[str, str]] = [
    ("desktop_app.ui.sections.dashboard", "DashboardSection"),
    ("desktop_app.ui.sections.partners", "PartnersSection"),
    ("desktop_app.ui.sections.hubs", "HubsSection"),
    ("desktop_app.ui.sections.mous", "MoUsSection"),
    ("desktop_app.ui.sections.meetings", "MeetingsSection"),
    ("desktop_app.ui.sections.actions", "ActionsSection"),
    ("desktop_app.ui.sections.events", "EventsSection"),
    ("desktop_app.ui.sections.letters", "LettersSection"),
    ("desktop_app.ui.sections.reports", "ReportsSection"),
]
