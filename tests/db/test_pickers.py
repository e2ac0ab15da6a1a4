"""The link pickers of the record forms and the labels of linked records, on a real register.

A person choosing the MoU of a meeting, the working group of a decision or the mission of a
hub action picks from these lists: each record once, named as the lists name it, in the
order the form promises (newest first, Persian alphabetical, by hub and position), and only
the records of the MoU chosen when the form narrows the list.
"""

from __future__ import annotations

import datetime as dt

import pytest

from db.database import Database
from db.models import Body, BodyKind, Hub, HubMission, Meeting, MoU, Partner
from desktop_app.domain import records
from desktop_app.domain.i18n import set_language


@pytest.fixture
def office(sqlite_db: Database) -> dict[str, int]:
    """Two MoUs (one unsigned), their bodies and meetings, two hubs with missions."""
    with sqlite_db.unit_of_work() as s:
        old = MoU(number="12", title="همکاری پژوهشی", signed_on=dt.date(2023, 5, 1))
        new = MoU(number="54", title="فن‌بازار", signed_on=dt.date(2025, 3, 1))
        unsigned = MoU(title="پیش‌نویس")
        host = Partner(name="پارک علم و فناوری")
        s.add_all([old, new, unsigned, host])
        s.flush()
        group = Body(kind=BodyKind.WORKING_GROUP, name="کارگروه فناوری", mou_id=new.id)
        board = Body(kind=BodyKind.COMMITTEE, name="الف کمیته راهبری", mou_id=old.id)
        named = Hub(title="هاب آنکارا", host_partner_id=host.id, country_code="TR")
        plain = Hub(host_partner_id=host.id, country_code="DE")
        s.add_all([group, board, named, plain])
        s.flush()
        first = Meeting(title="", body_id=group.id, ordinal=6, held_on=dt.date(2025, 4, 2))
        direct = Meeting(title="نشست امضا", mou_id=new.id, held_on=dt.date(2025, 3, 1))
        other = Meeting(title="نشست پژوهشی", mou_id=old.id, held_on=dt.date(2025, 6, 9))
        late = HubMission(hub_id=named.id, title="نمایشگاه", position=2)
        early = HubMission(hub_id=named.id, title="بازدید", position=1)
        away = HubMission(hub_id=plain.id, title="همایش", position=0)
        s.add_all([first, direct, other, late, early, away])
        s.flush()
        return {"old": old.id, "new": new.id, "unsigned": unsigned.id, "group": group.id,
                "board": board.id, "named": named.id, "plain": plain.id, "first": first.id,
                "direct": direct.id, "other": other.id, "late": late.id, "early": early.id,
                "away": away.id}


def test_mous_newest_signed_first_and_unsigned_last(sqlite_db: Database,
                                                    office: dict[str, int]) -> None:
    set_language("en")
    try:
        with sqlite_db.reading() as s:
            assert records.mou_choices(s) == [
                (office["new"], "No. 54 — فن‌بازار"), (office["old"], "No. 12 — همکاری پژوهشی"),
                (office["unsigned"], "پیش‌نویس")]
    finally:
        set_language("fa")
    with sqlite_db.reading() as s:
        assert records.mou_choices(s)[0] == (office["new"], "شماره ۵۴ — فن‌بازار")


def test_hubs_are_named_by_title_or_country(sqlite_db: Database, office: dict[str, int]) -> None:
    with sqlite_db.reading() as s:
        assert records.hub_choices(s) == [(office["named"], "هاب آنکارا"),
                                          (office["plain"], "هاب آلمان")]
        assert records.hub_labels(s, [office["plain"], None, office["named"]]) == {
            office["named"]: "هاب آنکارا", office["plain"]: "هاب آلمان"}
        assert records.hub_labels(s, [None]) == {}


def test_bodies_in_persian_order_and_of_one_mou(sqlite_db: Database,
                                                office: dict[str, int]) -> None:
    with sqlite_db.reading() as s:
        assert records.body_choices(s) == [(office["board"], "الف کمیته راهبری"),
                                           (office["group"], "کارگروه فناوری")]
        assert records.body_choices(s, office["new"]) == [(office["group"], "کارگروه فناوری")]
        assert records.body_choices(s, office["unsigned"]) == []


def test_meetings_newest_first_and_those_of_one_mou_through_its_groups(
        sqlite_db: Database, office: dict[str, int]) -> None:
    with sqlite_db.reading() as s:
        everything = records.meeting_choices(s)
        of_new = records.meeting_choices(s, office["new"])
    assert [i for i, _ in everything] == [office["other"], office["first"], office["direct"]]
    assert [i for i, _ in of_new] == [office["first"], office["direct"]]
    labels = dict(everything)
    assert labels[office["first"]].startswith("جلسه ۶ کارگروه فناوری (")
    assert labels[office["direct"]].startswith("نشست امضا (")


def test_missions_by_hub_and_position(sqlite_db: Database, office: dict[str, int]) -> None:
    with sqlite_db.reading() as s:
        assert records.mission_choices(s) == [
            (office["early"], "هاب آنکارا — بازدید"), (office["late"], "هاب آنکارا — نمایشگاه"),
            (office["away"], "هاب آلمان — همایش")]
        assert records.mission_labels(s, [office["away"], None, office["late"]]) == {
            office["away"]: ("همایش", office["plain"]), office["late"]: ("نمایشگاه", office["named"])}
        assert records.mission_labels(s, []) == {}


def test_a_list_names_the_records_its_rows_link_to_in_one_statement(
        sqlite_db: Database, office: dict[str, int]) -> None:
    """A list of letters or actions shows the MoU, hub, working group and meeting each row
    links to; a link that is unset or whose record is gone shows nothing."""
    from types import SimpleNamespace

    rows = [SimpleNamespace(mou_id=office["new"], hub_id=office["plain"], body_id=office["group"],
                            meeting_id=office["first"]),
            SimpleNamespace(mou_id=office["unsigned"], hub_id=office["named"], body_id=None,
                            meeting_id=office["direct"]),
            SimpleNamespace(mou_id=None, hub_id=None, body_id=office["board"], meeting_id=9999)]
    with sqlite_db.reading() as s:
        names = records.LinkLabels(s, rows, "mou_id", "hub_id", "body_id", "meeting_id")
        only_meetings = records.LinkLabels(s, rows, "meeting_id")
        nothing = records.LinkLabels(s, [SimpleNamespace(mou_id=None)], "mou_id")
    assert [names("mou_id", r.mou_id) for r in rows] == ["شماره ۵۴ — فن‌بازار", "پیش‌نویس", ""]
    assert [names("hub_id", r.hub_id) for r in rows] == ["هاب آلمان", "هاب آنکارا", ""]
    assert [names("body_id", r.body_id) for r in rows] == ["کارگروه فناوری", "",
                                                           "الف کمیته راهبری"]
    meetings = [names("meeting_id", r.meeting_id) for r in rows]
    assert meetings[0].startswith("جلسه ۶ کارگروه فناوری (") and meetings[0].endswith(")")
    assert meetings[1].startswith("نشست امضا (") and meetings[2] == ""
    assert [only_meetings("meeting_id", r.meeting_id) for r in rows] == meetings
    assert nothing("mou_id", None) == ""
    # The meeting's date is part of its label, as the meetings list shows it.
    assert meetings[1] == records.meeting_label(None, "نشست امضا", None, dt.date(2025, 3, 1))
