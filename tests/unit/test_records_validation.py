"""Property tests: the follow-up validators, fed anything a form could hold, either return a
normalised form or raise ValidationError/DomainError — never anything else."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from db.models import ActionStatus, EventKind, HubStatus, LetterDirection, WorkStatus
from desktop_app.domain.actions import ActionForm, ActionService
from desktop_app.domain.errors import DomainError
from desktop_app.domain.events import EventForm, EventService
from desktop_app.domain.hubs import HubForm, HubService, MissionForm
from desktop_app.domain.letters import LetterForm, LetterService
from desktop_app.domain.meetings import MeetingForm, MeetingService

text = st.text(alphabet=st.sampled_from(list("abc ۱۲3يكی\u200c\u0640\t\n-/")), max_size=12)
dates = st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1))
ints = st.none() | st.integers(-5, 200) | st.booleans() | st.floats(allow_nan=True)
ids = st.none() | st.integers(1, 5)


def _check(validate, form):  # type: ignore[no-untyped-def]
    try:
        return validate(form)
    except DomainError:
        return None


@given(st.builds(MeetingForm, body_id=ids, ordinal=ints, title=text, held_on=dates,
                 held_at=st.none() | st.times(), place=text, attendees=text))
def test_meeting_validator(form: MeetingForm) -> None:
    out = _check(MeetingService(None).validate, form)  # type: ignore[arg-type]
    if out is not None:
        assert out.held_on is not None and (out.title or out.body_id is not None)


@given(st.builds(ActionForm, title=text, owner=text, due_on=dates, progress=ints,
                 status=st.sampled_from([*list(ActionStatus), "bogus"]),
                 completed_on=dates))
def test_action_validator(form: ActionForm) -> None:
    out = _check(lambda f: ActionService(None).validate(f, today=dt.date(2025, 6, 1)), form)  # type: ignore[arg-type]
    if out is not None:
        assert 0 <= out.progress <= 100 and out.title
        assert (out.status == ActionStatus.DONE) == (out.progress == 100
                                                      and out.status != ActionStatus.CANCELLED)
        assert (out.completed_on is not None) == (out.status == ActionStatus.DONE)


@given(st.builds(EventForm, kind=st.sampled_from([*list(EventKind), "x"]), title=text,
                 held_on=dates, ends_on=dates,
                 partner_ids=st.lists(st.integers(1, 4), max_size=5)))
def test_event_validator(form: EventForm) -> None:
    out = _check(EventService(None).validate, form)  # type: ignore[arg-type]
    if out is not None:
        assert out.held_on is not None and (out.ends_on is None or out.ends_on > out.held_on)
        assert len(set(out.partner_ids)) == len(out.partner_ids)


@given(st.builds(LetterForm, reference_number=text, dated=dates, subject=text, sender=text,
                 direction=st.sampled_from([*list(LetterDirection), "sideways"])))
def test_letter_validator(form: LetterForm) -> None:
    out = _check(LetterService(None).validate, form)  # type: ignore[arg-type]
    if out is not None:
        assert out.subject
        assert not any("۰" <= ch <= "۹" for ch in out.reference_number)  # stored ASCII


missions = st.lists(st.builds(MissionForm, title=text, owner=text, progress=ints,
                              status=st.sampled_from([*list(WorkStatus), "?"])), max_size=4)


@given(st.builds(HubForm, host_partner_id=ids, country_code=st.none() | st.sampled_from(
    ["TR", "cn", "XX", "", " ir "]), status=st.sampled_from([*list(HubStatus), "zzz"]),
    launch_date=dates, missions=missions, title=text))
def test_hub_validator(form: HubForm) -> None:
    out = _check(HubService(None).validate, form)  # type: ignore[arg-type]
    if out is not None:
        assert out.host_partner_id is not None and out.country_code and out.title
        for m in out.missions:
            assert 0 <= m.progress <= 100
            assert (m.status == WorkStatus.DONE) == (m.progress == 100)
