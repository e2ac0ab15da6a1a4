"""The demo register never loses work: demo adds only where there is none; --reset asks."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from db.database import Database
from db.models import MoU, Partner
from desktop_app.domain.demo import build_demo, demo_uuid, has_demo, reset_demo
from desktop_app.domain.errors import DomainError
from desktop_app.domain.mous import MoUForm, MoUService, PartyForm
from desktop_app.domain.partners import PartnerService


def _user_work(db: Database) -> tuple[int, int]:
    """Edit a demo partner and make an MoU of the user's own with a demo partner as a party."""
    with db.reading() as s:
        kstp = s.scalar(select(Partner.id).where(Partner.uuid == demo_uuid("partner:kstp")))
    service = PartnerService(db)
    form = service.get(kstp)
    form.notes = "ویرایش کاربر: شماره تماس تازه"
    service.save(form)
    mou = MoUService(db).save(MoUForm(title="تفاهم‌نامه خود دفتر",
                                      parties=[PartyForm(partner_id=kstp, role="طرف اول")])).value
    return kstp, mou


def test_demo_again_keeps_the_users_edits_and_references(db_path: Path) -> None:
    db = Database.open(db_path, app_version="test")
    assert not has_demo(db)
    assert build_demo(db).created
    kstp, mou = _user_work(db)
    assert not build_demo(db)  # nothing changed
    db.close()
    db = Database.open(db_path, app_version="test")  # "restart"
    with db.reading() as s:
        assert s.get(Partner, kstp).notes == "ویرایش کاربر: شماره تماس تازه"
        assert s.get(MoU, mou).title == "تفاهم‌نامه خود دفتر"
    db.close()


def test_reset_refuses_plainly_when_own_records_point_at_demo_ones(db_path: Path) -> None:
    db = Database.open(db_path, app_version="test")
    build_demo(db)
    kstp, mou = _user_work(db)
    try:
        with pytest.raises(DomainError):
            reset_demo(db)
        with db.reading() as s:  # nothing changed
            assert s.get(Partner, kstp).notes == "ویرایش کاربر: شماره تماس تازه"
            assert s.get(MoU, mou) is not None
    finally:
        db.close()


def test_reset_rebuilds_edited_demo_records(db_path: Path) -> None:
    db = Database.open(db_path, app_version="test")
    build_demo(db)
    with db.reading() as s:
        kstp = s.scalar(select(Partner.id).where(Partner.uuid == demo_uuid("partner:kstp")))
    service = PartnerService(db)
    form = service.get(kstp)
    form.notes = "edited"
    service.save(form)
    assert reset_demo(db).created
    with db.reading() as s:
        notes = s.scalar(select(Partner.notes).where(Partner.uuid == demo_uuid("partner:kstp")))
    assert notes == "پارک علم و فناوری خراسان (KSTP)"
    db.close()
