"""The MoU lifecycle table and a property test of the MoU validator: whatever a form holds,
validation answers with a ValidationError/DomainError or a normalised form, never a crash."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.database import Database
from db.models import MoUStatus
from desktop_app.domain import i18n
from desktop_app.domain.errors import DomainError
from desktop_app.domain.mous import (
    TRANSITIONS,
    AxisForm,
    MoUForm,
    MoUService,
    PartyForm,
    allowed_statuses,
    days_to_expiry,
    transition_error,
)
from desktop_app.domain.partners import PartnerForm, PartnerService


def test_terminal_statuses_and_no_way_back_after_signing() -> None:
    assert TRANSITIONS[MoUStatus.TERMINATED] == frozenset()
    assert TRANSITIONS[MoUStatus.RENEWED] == frozenset()
    for signed in (MoUStatus.SIGNED, MoUStatus.ACTIVE, MoUStatus.EXPIRED):
        assert MoUStatus.DRAFT not in TRANSITIONS[signed]
        assert MoUStatus.NEGOTIATING not in TRANSITIONS[signed]
    assert allowed_statuses(None) == list(MoUStatus)
    assert allowed_statuses(MoUStatus.ACTIVE)[0] == MoUStatus.ACTIVE


def test_transition_messages_say_what_is_allowed() -> None:
    i18n.set_language("en")
    try:
        assert transition_error(MoUStatus.DRAFT, MoUStatus.SIGNED) is None
        msg = transition_error(MoUStatus.TERMINATED, MoUStatus.DRAFT)
        assert msg is not None and "final" in msg and "draft" in msg
        msg = transition_error(MoUStatus.ACTIVE, MoUStatus.DRAFT)
        assert msg is not None and "expired, terminated, renewed" in msg
    finally:
        i18n.set_language("fa")
    assert "پیش‌نویس" in (transition_error(MoUStatus.SIGNED, MoUStatus.DRAFT) or "")


def test_days_to_expiry() -> None:
    assert days_to_expiry(None) is None
    assert days_to_expiry(dt.date(2026, 1, 10), dt.date(2026, 1, 1)) == 9
    assert days_to_expiry(dt.date(2025, 12, 31), dt.date(2026, 1, 1)) == -1


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> tuple[MoUService, list[int]]:
    db = Database.open(Path(tmp_path_factory.mktemp("mou-prop")) / "r.sqlite3", app_version="test")
    ps = PartnerService(db)
    pids = [ps.save(PartnerForm(name=n)).value for n in ("الف", "ب", "ج")]
    svc = MoUService(db)
    svc.save(MoUForm(number="54", title="موجود"))
    yield svc, pids
    db.close()


texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80) | \
    st.sampled_from(["", " ", "۵۴", "54", "تفاهم\u200cنامه", "ك ي", "\u200c", "x" * 600])
dates = st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 1, 1))
ids = st.none() | st.integers(min_value=-5, max_value=10)


@given(
    number=texts, title=texts, place=texts, role=texts,
    signed_on=dates, valid_from=dates, valid_until=dates,
    status=st.sampled_from(list(MoUStatus)),
    signed_time=st.none() | st.times(),
    party_ids=st.lists(ids, max_size=5),
    axes=st.lists(st.tuples(texts, texts), max_size=4),
    renews_id=ids, hub_id=ids, mou_id=st.none() | st.integers(min_value=1, max_value=3),
)
def test_validator_never_raises_anything_else(register, number, title, place, role, signed_on,
                                              valid_from, valid_until, status, signed_time,
                                              party_ids, axes, renews_id, hub_id, mou_id) -> None:
    svc, _pids = register
    form = MoUForm(id=mou_id, number=number, title=title, place=place, signed_on=signed_on,
                   valid_from=valid_from, valid_until=valid_until, status=status,
                   signed_time=signed_time, renews_id=renews_id, hub_id=hub_id,
                   parties=[PartyForm(partner_id=p, role=role) for p in party_ids],
                   axes=[AxisForm(title=t, description=d) for t, d in axes])
    try:
        out = svc.validate(form)
    except DomainError:
        return
    assert out.title and len(out.title) <= 500
    assert len({p.partner_id for p in out.parties}) == len(out.parties)
    if out.status in (MoUStatus.SIGNED, MoUStatus.ACTIVE):
        assert out.signed_on is not None and len(out.parties) >= 2
    if out.valid_from and out.valid_until:
        assert out.valid_until >= out.valid_from
