"""Partners and letters in every script a partner writes its name in, added to the demo
register: what a China or Russia hub dossier must print (the demo itself has Persian and
Latin names only). Used by the report tests and by ``docs/reports/make_pages.py``."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from db.database import Database
from db.models import Hub, LetterDirection, MoU, MoUParty, PartnerKind
from desktop_app.domain.letters import LetterForm, LetterService
from desktop_app.domain.partners import PartnerForm, PartnerService

CHINESE = "中关村科技园区管理委员会"
CHINESE_TRADITIONAL = "香港科技園公司"
RUSSIAN = "Фонд «Сколково»"
TURKISH = "Aselsan Elektronik Sanayi ve Ticaret A.Ş."
AZERBAIJANI = "Azərbaycan İnnovasiyalar Agentliyi"
LATIN_LTD = "Beijing Zhongguancun Development Co., Ltd."
PERSIAN_SUBJECT = "پیگیری تفاهم‌نامه همکاری و اعزام هیئت فناوری"
OUT_LETTER = "EAST-1405-118"
IN_LETTER = "ZGC-2026-0457"

#: (name, Latin name, kind, country, city)
PARTNERS: list[tuple[str, str, PartnerKind, str, str]] = [
    (CHINESE, "Zhongguancun Science Park Administrative Committee", PartnerKind.PARK, "CN",
     "北京 Beijing"),
    (CHINESE_TRADITIONAL, "Hong Kong Science and Technology Parks Corporation", PartnerKind.PARK,
     "HK", "香港 Hong Kong"),
    (LATIN_LTD, LATIN_LTD, PartnerKind.COMPANY, "CN", "Beijing"),
    (RUSSIAN, "Skolkovo Foundation", PartnerKind.PARK, "RU", "Москва"),
    (TURKISH, "Aselsan", PartnerKind.COMPANY, "TR", "Ankara"),
    (AZERBAIJANI, "Innovation Agency of Azerbaijan", PartnerKind.GOVERNMENT, "AZ", "Bakı"),
]


def add_world_records(db: Database) -> dict[str, int]:
    """Add the partners above, make the Chinese park a party of the China hub's MoU and
    file two letters of the China hub (one sent to it, one received from a company);
    returns the new partners' ids by name."""
    partners = PartnerService(db)
    ids: dict[str, int] = {}
    for name, latin, kind, country, city in PARTNERS:
        form = PartnerForm(name=name, name_en=latin, kind=kind, country_code=country, city=city)
        ids[name] = partners.save(form).value
    with db.unit_of_work() as s:
        hub = s.scalars(select(Hub).where(Hub.country_code == "CN")).one()
        hub_id = hub.id
        mou = s.scalars(select(MoU).where(MoU.hub_id == hub_id)).first()
        mou_id = mou.id if mou else None
        if mou is not None:
            s.add(MoUParty(mou_id=mou.id, partner_id=ids[CHINESE], position=9, role="طرف چینی"))
    letters = LetterService(db)
    letters.save(LetterForm(
        reference_number=OUT_LETTER, dated=dt.date(2026, 5, 4),
        direction=LetterDirection.OUTGOING, sender="پارک علم و فناوری آذربایجان شرقی",
        recipient=CHINESE, subject=PERSIAN_SUBJECT, hub_id=hub_id, mou_id=mou_id))
    letters.save(LetterForm(
        reference_number=IN_LETTER, dated=dt.date(2026, 6, 1),
        direction=LetterDirection.INCOMING, sender=LATIN_LTD,
        recipient="پارک علم و فناوری آذربایجان شرقی",
        subject="دعوت به نمایشگاه فناوری پکن", hub_id=hub_id, mou_id=mou_id))
    return ids
