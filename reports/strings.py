"""Fixed headings and labels of the reports, marked for the one catalogue of words.

Data (names, dates, enum labels) comes translated from the caller; only the words the
reports themselves print are named here, by key, with their English source text. Their
Persian lives in ``resources/translations/reports_fa.ts`` (context ``Reports``) like every
other message. ``tr(lang, key, **kw)`` gives a label in *lang*, formatted with *kw*; numbers
passed in are formatted by the caller or by ``rtl.fmt_int`` so that Persian labels get
Persian digits.
"""

from __future__ import annotations

from typing import Final

from resources.translations.catalogue import QT_TRANSLATE_NOOP, Message

STRINGS: Final[dict[str, Message]] = {
    "page_of": QT_TRANSLATE_NOOP("Reports", "Page {page} of {total}"),
    "printed_on": QT_TRANSLATE_NOOP("Reports", "Printed on {date}"),
    "printed_by": QT_TRANSLATE_NOOP("Reports", "Prepared by {author}"),
    "mou_summary": QT_TRANSLATE_NOOP("Reports", "Memorandum of Understanding — Summary"),
    "mou_no": QT_TRANSLATE_NOOP("Reports", "MoU No. {number}"),
    "number": QT_TRANSLATE_NOOP("Reports", "No."),
    "title": QT_TRANSLATE_NOOP("Reports", "Title"),
    "date": QT_TRANSLATE_NOOP("Reports", "Date"),
    "time": QT_TRANSLATE_NOOP("Reports", "Time"),
    "date_time": QT_TRANSLATE_NOOP("Reports", "Date and time"),
    "place": QT_TRANSLATE_NOOP("Reports", "Place / occasion"),
    "status": QT_TRANSLATE_NOOP("Reports", "Status"),
    "validity": QT_TRANSLATE_NOOP("Reports", "Validity"),
    "valid_from_until": QT_TRANSLATE_NOOP("Reports", "from {start} until {end}"),
    "expires_in": QT_TRANSLATE_NOOP("Reports", "expires in {n} days"),
    "expires_today": QT_TRANSLATE_NOOP("Reports", "expires today"),
    "expired_ago": QT_TRANSLATE_NOOP("Reports", "expired {n} days ago"),
    "parties": QT_TRANSLATE_NOOP("Reports", "Parties"),
    "partner": QT_TRANSLATE_NOOP("Reports", "Partner"),
    "latin_name": QT_TRANSLATE_NOOP("Reports", "Latin name"),
    "role": QT_TRANSLATE_NOOP("Reports", "Role"),
    "signatory": QT_TRANSLATE_NOOP("Reports", "Signatory"),
    "axes": QT_TRANSLATE_NOOP("Reports", "Cooperation axes"),
    "objectives": QT_TRANSLATE_NOOP("Reports", "Objectives"),
    "bodies": QT_TRANSLATE_NOOP("Reports", "Working groups and committees"),
    "members": QT_TRANSLATE_NOOP("Reports", "Members"),
    "secretariat": QT_TRANSLATE_NOOP("Reports", "Secretariat"),
    "meetings": QT_TRANSLATE_NOOP("Reports", "Recent meetings"),
    "meeting": QT_TRANSLATE_NOOP("Reports", "Meeting"),
    "ordinal": QT_TRANSLATE_NOOP("Reports.meeting", "No."),
    "decisions": QT_TRANSLATE_NOOP("Reports", "Decisions"),
    "open_actions": QT_TRANSLATE_NOOP("Reports", "Open actions"),
    "action": QT_TRANSLATE_NOOP("Reports", "Action"),
    "owner": QT_TRANSLATE_NOOP("Reports", "Owner"),
    "due": QT_TRANSLATE_NOOP("Reports", "Due"),
    "progress": QT_TRANSLATE_NOOP("Reports", "Progress"),
    "attachments": QT_TRANSLATE_NOOP("Reports", "Attachments"),
    "file_name": QT_TRANSLATE_NOOP("Reports", "File name"),
    "size": QT_TRANSLATE_NOOP("Reports", "Size"),
    "none": QT_TRANSLATE_NOOP("Reports", "—"),
    "hub_dossier": QT_TRANSLATE_NOOP("Reports", "Country Hub Dossier"),
    "hub_of": QT_TRANSLATE_NOOP("Reports", "{country} hub"),
    "host_park": QT_TRANSLATE_NOOP("Reports", "Host park"),
    "country": QT_TRANSLATE_NOOP("Reports", "Country"),
    "designated_by": QT_TRANSLATE_NOOP("Reports", "Designated by"),
    "launch_date": QT_TRANSLATE_NOOP("Reports", "Launch date"),
    "missions": QT_TRANSLATE_NOOP("Reports", "Missions"),
    "mission": QT_TRANSLATE_NOOP("Reports", "Mission"),
    "partners_in": QT_TRANSLATE_NOOP("Reports", "Partners in this country"),
    "mous_in": QT_TRANSLATE_NOOP("Reports", "MoUs with this country"),
    "recent_events": QT_TRANSLATE_NOOP("Reports", "Recent events"),
    "event": QT_TRANSLATE_NOOP("Reports", "Event"),
    "kind": QT_TRANSLATE_NOOP("Reports", "Kind"),
    "letters": QT_TRANSLATE_NOOP("Reports", "Letters"),
    "letter_no": QT_TRANSLATE_NOOP("Reports", "Letter No."),
    "subject": QT_TRANSLATE_NOOP("Reports", "Subject"),
    "city": QT_TRANSLATE_NOOP("Reports", "City"),
    "activity_report": QT_TRANSLATE_NOOP("Reports", "Activity Report"),
    "period": QT_TRANSLATE_NOOP("Reports", "Period: {period}"),
    "kpi_partners": QT_TRANSLATE_NOOP("Reports", "new partners"),
    "kpi_mous": QT_TRANSLATE_NOOP("Reports", "new MoUs"),
    "kpi_meetings": QT_TRANSLATE_NOOP("Reports", "meetings held"),
    "kpi_actions_done": QT_TRANSLATE_NOOP("Reports", "actions done"),
    "kpi_actions_overdue": QT_TRANSLATE_NOOP("Reports", "actions overdue"),
    "kpi_events": QT_TRANSLATE_NOOP("Reports", "events"),
    "chart_mous_by_country": QT_TRANSLATE_NOOP("Reports", "MoUs by country"),
    "chart_mous_by_status": QT_TRANSLATE_NOOP("Reports", "MoUs by status"),
    "chart_actions_by_month": QT_TRANSLATE_NOOP("Reports", "Actions done and overdue per month"),
    "done": QT_TRANSLATE_NOOP("Reports", "Done"),
    "overdue": QT_TRANSLATE_NOOP("Reports", "Overdue"),
    "new_partners": QT_TRANSLATE_NOOP("Reports", "New partners"),
    "meetings_held": QT_TRANSLATE_NOOP("Reports", "Meetings held"),
    "body": QT_TRANSLATE_NOOP("Reports", "Working group / committee"),
    "expiring_mous": QT_TRANSLATE_NOOP("Reports", "Expiring MoUs"),
    "expires_on": QT_TRANSLATE_NOOP("Reports", "Expires on"),
    "days_left": QT_TRANSLATE_NOOP("Reports", "Days left"),
    "partner_directory": QT_TRANSLATE_NOOP("Reports", "Partner Directory"),
    "name": QT_TRANSLATE_NOOP("Reports", "Name"),
    "website": QT_TRANSLATE_NOOP("Reports", "Website"),
    "email": QT_TRANSLATE_NOOP("Reports", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Reports", "Phone"),
    "partners_count": QT_TRANSLATE_NOOP("Reports", "{n} partners"),
    "partners_count_one": QT_TRANSLATE_NOOP("Reports", "{n} partner"),
    "total_partners": QT_TRANSLATE_NOOP("Reports", "Total: {n} partners in {c} countries"),
    "total_partners_one_country": QT_TRANSLATE_NOOP("Reports", "Total: {n} partners in {c} country"),
    "due_list": QT_TRANSLATE_NOOP("Reports", "Expiring MoUs and Overdue Actions"),
    "as_of": QT_TRANSLATE_NOOP("Reports", "as of {date}"),
    "overdue_actions": QT_TRANSLATE_NOOP("Reports", "Overdue actions"),
    "days_overdue": QT_TRANSLATE_NOOP("Reports", "Days overdue"),
    "related_to": QT_TRANSLATE_NOOP("Reports", "Related to"),
    "correspondent": QT_TRANSLATE_NOOP("Reports", "Correspondent"),
    "letter_to": QT_TRANSLATE_NOOP("Reports", "To: {name}"),
    "letter_from": QT_TRANSLATE_NOOP("Reports", "From: {name}"),
    "letter_between": QT_TRANSLATE_NOOP("Reports", "From {sender} to {recipient}"),
    "nothing": QT_TRANSLATE_NOOP("Reports", "Nothing to report."),
}


def correspondent(lang: str, direction: str, sender: str, recipient: str) -> str:
    """The other party of a letter: the recipient of an outgoing letter, the sender of an
    incoming one ("به: …" / "از: …"); both for a letter between others."""
    if direction == "outgoing" and recipient:
        return tr(lang, "letter_to", name=recipient)
    if direction == "incoming" and sender:
        return tr(lang, "letter_from", name=sender)
    if sender and recipient:
        return tr(lang, "letter_between", sender=sender, recipient=recipient)
    if recipient:
        return tr(lang, "letter_to", name=recipient)
    return tr(lang, "letter_from", name=sender) if sender else ""


def tr(lang: str, key: str, **kwargs: object) -> str:
    """The label ``key`` in ``lang`` ('fa' or 'en'), formatted with ``kwargs``."""
    text = STRINGS[key].text("fa" if lang == "fa" else "en")
    return text.format(**kwargs) if kwargs else text
