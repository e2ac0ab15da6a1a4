"""The follow-up validators fed forms a person would really fill in — at least half of them
valid, so the checks on an accepted form run on most examples (the anything-goes strategies
in test_records_validation.py accept 2–35 of 100) — plus one targeted invalid form per rule,
each refused with the field it names."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from db.models import ActionStatus, EventKind, HubStatus, LetterDirection, WorkStatus
from desktop_app.domain.actions import ActionForm, ActionService
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.events import EventForm, EventService
from desktop_app.domain.hubs import HubForm, HubService, MissionForm
from desktop_app.domain.letters import LetterForm, LetterService
from desktop_app.domain.meetings import MeetingForm, MeetingService

WORDS = ["کارگروه", "مشترک", "گزارش", "فناوری", "نشست", "Technopark", "ترکیه", "هاب", "يكم",
         "دانش\u200cبنیان", "Joint", "۱۴۰۴"]
#: Text as typed: mostly words, now and then blank or only white space (a forgotten field).
words = st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join)
#: (one_of(words, words, …, blank) would not do: hypothesis folds equal branches into one,
#: which made half the drawn titles blank.)
maybe_blank = st.tuples(words, st.sampled_from([True] * 7 + [False]), st.sampled_from(["", " \t"])) \
    .map(lambda drawn: drawn[0] if drawn[1] else drawn[2])
days = st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))
TODAY = dt.date(2025, 6, 1)


def _run(name: str, strategy: st.SearchStrategy[Any], validate: Callable[[Any], Any],
         check: Callable[[Any, Any], None]) -> Counter[str]:
    """Validate 100 drawn forms; count the accepted ones and check each of them."""
    seen: Counter[str] = Counter()

    @settings(max_examples=100, database=None, deadline=None,
              suppress_health_check=[HealthCheck.too_slow])  # a busy machine is not a bug
    @given(strategy)
    def run(form: Any) -> None:
        try:
            out = validate(form)
        except ValidationError as exc:
            assert exc.errors and all(exc.errors.values())  # named fields, real messages
            seen["refused"] += 1
            event(f"{name}: refused ({', '.join(sorted(exc.errors))})")
            return
        seen["accepted"] += 1
        event(f"{name}: accepted")
        check(form, out)

    run()
    return seen


def _mostly_valid(seen: Counter[str]) -> None:
    total = seen["accepted"] + seen["refused"]
    assert total >= 50
    assert seen["accepted"] * 2 >= total, seen


def test_meetings_mostly_valid() -> None:
    forms = st.builds(MeetingForm, body_id=st.none() | st.integers(1, 5),
                      ordinal=st.none() | st.integers(1, 200), title=maybe_blank, held_on=days,
                      held_at=st.none() | st.times(), place=maybe_blank)

    def check(form: MeetingForm, out: MeetingForm) -> None:
        assert out.held_on == form.held_on
        assert out.title or out.body_id is not None
        assert out.title == out.title.strip()

    _mostly_valid(_run("meeting", forms, MeetingService(None).validate, check))  # type: ignore[arg-type]


def test_actions_mostly_valid() -> None:
    forms = st.builds(ActionForm, title=maybe_blank, owner=maybe_blank,
                      due_on=st.none() | days, progress=st.integers(0, 100),
                      status=st.sampled_from(list(ActionStatus)), completed_on=st.none() | days)

    def check(form: ActionForm, out: ActionForm) -> None:
        assert out.title and 0 <= out.progress <= 100
        assert (out.status == ActionStatus.DONE) == (
            form.status == ActionStatus.DONE
            or (form.progress == 100 and form.status != ActionStatus.CANCELLED))
        if out.status == ActionStatus.DONE:
            assert out.progress == 100 and out.completed_on is not None
        else:
            assert out.completed_on is None
        if form.progress > 0 and form.status == ActionStatus.OPEN and out.status != ActionStatus.DONE:
            assert out.status == ActionStatus.IN_PROGRESS

    def validate(f: ActionForm) -> ActionForm:
        return ActionService(None).validate(f, today=TODAY)  # type: ignore[arg-type]

    _mostly_valid(_run("action", forms, validate, check))


@st.composite
def events(draw: st.DrawFn) -> EventForm:
    held_on = draw(days)
    ends_on = draw(st.none() | st.integers(-2, 30).map(lambda n: held_on + dt.timedelta(days=n)))
    return EventForm(kind=draw(st.sampled_from(list(EventKind))), title=draw(maybe_blank),
                     held_on=held_on, ends_on=ends_on, place=draw(maybe_blank),
                     partner_ids=draw(st.lists(st.integers(1, 4), max_size=5)))


def test_events_mostly_valid() -> None:
    def check(form: EventForm, out: EventForm) -> None:
        assert out.title and out.held_on == form.held_on
        assert out.ends_on is None or out.ends_on > out.held_on  # a one-day event has no end
        assert sorted(set(out.partner_ids)) == sorted(set(form.partner_ids))
        assert len(set(out.partner_ids)) == len(out.partner_ids)

    _mostly_valid(_run("event", events(), EventService(None).validate, check))  # type: ignore[arg-type]


def test_letters_mostly_valid() -> None:
    numbers = st.integers(1, 99999).map(str) | st.just("۱۴۰۴/۲۳۵") | st.just("")
    forms = st.builds(LetterForm, reference_number=numbers, dated=days, subject=maybe_blank,
                      sender=maybe_blank, direction=st.sampled_from(list(LetterDirection)))

    def check(form: LetterForm, out: LetterForm) -> None:
        assert out.subject and out.dated == form.dated
        assert not any("۰" <= ch <= "۹" for ch in out.reference_number)

    _mostly_valid(_run("letter", forms, LetterService(None).validate, check))  # type: ignore[arg-type]


missions = st.lists(st.builds(MissionForm, title=maybe_blank, owner=maybe_blank,
                              progress=st.integers(0, 100), status=st.sampled_from(list(WorkStatus))),
                    max_size=2)


def test_hubs_mostly_valid() -> None:
    forms = st.builds(HubForm, host_partner_id=st.integers(1, 5),
                      country_code=st.sampled_from(["TR", "CN", "RU", "tr", " az ", "IR"]),
                      status=st.sampled_from(list(HubStatus)), launch_date=st.none() | days,
                      missions=missions, title=maybe_blank)

    def check(form: HubForm, out: HubForm) -> None:
        assert out.host_partner_id == form.host_partner_id
        assert out.country_code == (form.country_code or "").strip().upper()
        assert out.title
        for m in out.missions:
            assert m.title and 0 <= m.progress <= 100
            assert (m.status == WorkStatus.DONE) == (m.progress == 100)

    _mostly_valid(_run("hub", forms, HubService(None).validate, check))  # type: ignore[arg-type]


# --------------------------------------------------------------------------- targeted

D = dt.date(2025, 5, 1)

INVALID: list[tuple[str, Callable[[], Any], str]] = [
    ("meeting without a date", lambda: MeetingService(None).validate(MeetingForm(title="نشست")), "held_on"),
    ("meeting without title or body", lambda: MeetingService(None).validate(MeetingForm(held_on=D)), "title"),
    ("meeting number 0", lambda: MeetingService(None).validate(MeetingForm(title="x", held_on=D, ordinal=0)),
     "ordinal"),
    ("action without a title", lambda: ActionService(None).validate(ActionForm(title=" "), today=D), "title"),
    ("action 101%", lambda: ActionService(None).validate(ActionForm(title="x", progress=101), today=D),
     "progress"),
    ("action progress True", lambda: ActionService(None).validate(ActionForm(title="x", progress=True),
                                                                  today=D), "progress"),
    ("action status bogus", lambda: ActionService(None).validate(ActionForm(title="x", status="bogus"),
                                                                 today=D), "status"),
    ("event ends before it starts", lambda: EventService(None).validate(
        EventForm(title="x", held_on=D, ends_on=D - dt.timedelta(days=1))), "ends_on"),
    ("event without a date", lambda: EventService(None).validate(EventForm(title="x")), "held_on"),
    ("event kind x", lambda: EventService(None).validate(EventForm(title="x", held_on=D, kind="x")), "kind"),
    ("letter without a subject", lambda: LetterService(None).validate(LetterForm(dated=D)), "subject"),
    ("letter number too long", lambda: LetterService(None).validate(
        LetterForm(subject="x", dated=D, reference_number="1" * 101)), "reference_number"),
    ("letter sideways", lambda: LetterService(None).validate(
        LetterForm(subject="x", dated=D, direction="sideways")), "direction"),
    ("hub without host", lambda: HubService(None).validate(HubForm(country_code="TR")), "host_partner_id"),
    ("hub country XX", lambda: HubService(None).validate(HubForm(host_partner_id=1, country_code="XX")),
     "country_code"),
    ("hub mission 150%", lambda: HubService(None).validate(HubForm(
        host_partner_id=1, country_code="TR", missions=[MissionForm(title="x", progress=150)])), "missions"),
    ("hub mission without title", lambda: HubService(None).validate(HubForm(
        host_partner_id=1, country_code="TR", missions=[MissionForm(owner="x", progress=10)])), "missions"),
]


@pytest.mark.parametrize(("name", "validate", "field"), INVALID, ids=[n for n, *_ in INVALID])
def test_each_rule_refuses_with_its_field(name: str, validate: Callable[[], Any], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate()
    assert field in caught.value.errors, caught.value.errors
