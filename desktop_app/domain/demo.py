"""The demo register, built from the five source documents in the project's brief.

Names and titles keep the sources' wording. Two kinds of damage in the sources' text were
mended, not reworded: zero-width non-joiners lost when the pages were copied (تفاهمنامه →
تفاهم‌نامه, the spelling the office uses) and the broken لا ligature of the newspaper scan
(پالستیک → پلاستیک). Where the sources give no date (the Turkey hub's launch, meeting days)
a plausible one is used and marked "(تاریخ تقریبی)" in the record's notes.

Every demo record has a fixed UUID: ``demo`` adds the records only to a register that has
none of them (an edited demo record is the user's now and is kept); ``reset_demo`` (the
``demo --reset`` command, after a backup) deletes and recreates them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.database import Database
from db.models import (
    ActionItem,
    ActionStatus,
    Body,
    BodyKind,
    BodyMember,
    CooperationAxis,
    Event,
    EventKind,
    Hub,
    HubMission,
    HubStatus,
    Letter,
    LetterDirection,
    Meeting,
    MoU,
    MoUParty,
    MoUStatus,
    OfficeSetting,
    Origin,
    Partner,
    PartnerKind,
    WorkStatus,
)
from desktop_app.domain.changes import Changes
from desktop_app.domain.dates import from_jalali
from desktop_app.domain.kit.operation import operation
from desktop_app.domain.partners import apply_derived
from desktop_app.domain.search_index import mou_search_text

_NS = uuid.UUID("6f1d3c52-7a0e-4d4b-9c1e-5e0f7a1b2c3d")
APPROX = "(تاریخ تقریبی)"


def demo_uuid(key: str) -> str:
    """The fixed UUID of the demo record called *key*."""
    return str(uuid.uuid5(_NS, key))


def j(y: int, m: int, d: int) -> dt.date:
    """A Jalali date, as the sources give them."""
    return from_jalali(y, m, d)


# (key, name, name_en, kind, country, city, website, sector)
PARTNERS: list[tuple[str, str, str, PartnerKind, str, str, str, str]] = [
    ("kstp", "پارک علم و فناوری خراسان", "Khorasan Science and Technology Park (KSTP)",
     PartnerKind.PARK, "IR", "مشهد", "https://kstp.ir", "فناوری و نوآوری"),
    ("refinery", "پالایشگاه گاز شهید هاشمی نژاد", "Shahid Hasheminejad Gas Refinery",
     PartnerKind.INDUSTRIAL, "IR", "سرخس", "", "نفت و گاز"),
    ("sarika", "مرکز نوآوری سرخس (ساریکا)", "Sarakhs Innovation Center (SARIKA)",
     PartnerKind.COMPANY, "IR", "سرخس", "", "نوآوری"),
    ("energy_incubator", "مرکز رشد انرژی", "Energy Incubator Center",
     PartnerKind.COMPANY, "IR", "مشهد", "", "انرژی"),
    ("mstp", "پارک علم و فناوری مازندران", "Mazandaran Science and Technology Park",
     PartnerKind.PARK, "IR", "ساری", "", "فناوری و نوآوری"),
    ("oil_park", "پارک فناوری و نوآوری صنعت نفت", "Oil Industry Technology and Innovation Park",
     PartnerKind.PARK, "IR", "تهران", "", "نفت، گاز و انرژی"),
    ("alborz_estates", "شرکت شهرک‌های صنعتی استان البرز", "Alborz Industrial Estates Company",
     PartnerKind.GOVERNMENT, "IR", "کرج", "", "شهرک‌های صنعتی"),
    ("plastic_cluster", "خوشه پلاستیک استان البرز", "Alborz Plastics Industrial Cluster",
     PartnerKind.CLUSTER, "IR", "کرج", "", "پلاستیک"),
    ("iau_karaj", "دانشگاه آزاد اسلامی واحد کرج", "Islamic Azad University, Karaj Branch",
     PartnerKind.UNIVERSITY, "IR", "کرج", "", "آموزش عالی"),
    ("isipo", "سازمان صنایع کوچک و شهرک‌های صنعتی ایران",
     "Iran Small Industries and Industrial Parks Organization (ISIPO)",
     PartnerKind.GOVERNMENT, "IR", "تهران", "", "صنایع کوچک و متوسط"),
    ("mimt", "وزارت صنعت، معدن و تجارت", "Ministry of Industry, Mine and Trade",
     PartnerKind.GOVERNMENT, "IR", "تهران", "", "صنعت"),
    ("npc", "شرکت ملی صنایع پتروشیمی", "National Petrochemical Company (NPC)",
     PartnerKind.INDUSTRIAL, "IR", "تهران", "", "پتروشیمی"),
    ("pgpic", "هلدینگ پتروشیمی خلیج فارس", "Persian Gulf Petrochemical Industries Co. (PGPIC)",
     PartnerKind.HOLDING, "IR", "تهران", "", "پتروشیمی"),
    ("market_research", "انجمن تحقیقات بازار ایران", "Iran Market Research Association",
     PartnerKind.ASSOCIATION, "IR", "تهران", "", "پژوهش بازار"),
    ("production_hq", "ستاد ملی تسهیل و رفع موانع تولید",
     "National Headquarters for Facilitating Production",
     PartnerKind.GOVERNMENT, "IR", "تهران", "", "تولید"),
    ("oil_ministry", "وزارت نفت", "Ministry of Petroleum",
     PartnerKind.GOVERNMENT, "IR", "تهران", "", "نفت و گاز"),
    ("msrt", "وزارت علوم، تحقیقات و فناوری", "Ministry of Science, Research and Technology",
     PartnerKind.GOVERNMENT, "IR", "تهران", "", "علم و فناوری"),
    ("eastaz_park", "پارک علم و فناوری آذربایجان شرقی", "East Azarbaijan Science and Technology Park",
     PartnerKind.PARK, "IR", "تبریز", "", "فناوری و نوآوری"),
    ("eastaz_basij", "بسیج علمی، پژوهشی و فناوری آذربایجان شرقی",
     "East Azarbaijan Scientific, Research and Technology Basij",
     PartnerKind.GOVERNMENT, "IR", "تبریز", "", "علم و فناوری"),
    ("sco_town", "شهرک همکاری‌های اقتصادی و تجاری سازمان همکاری شانگهای چین",
     "China–SCO Economic and Trade Cooperation Town", PartnerKind.TRADE_TOWN, "CN", "Qingdao",
     "", "تجارت"),
    ("teknopark_ist", "تکنوپارک استانبول", "Teknopark İstanbul",
     PartnerKind.PARK, "TR", "Istanbul", "https://www.teknoparkistanbul.com.tr", "فناوری"),
    ("odtu_teknokent", "تکنوکنت دانشگاه فنی خاورمیانه", "ODTÜ Teknokent",
     PartnerKind.PARK, "TR", "Ankara", "https://odtuteknokent.com.tr", "فناوری"),
    ("tubitak_mam", "مرکز تحقیقات مرمره توبیتاک", "TÜBİTAK Marmara Research Center",
     PartnerKind.RESEARCH_INSTITUTE, "TR", "Gebze", "https://mam.tubitak.gov.tr", "پژوهش"),
    ("zgc", "پارک علمی ژونگ‌گوان‌تسون", "Zhongguancun Science Park",
     PartnerKind.PARK, "CN", "Beijing", "", "فناوری"),
    ("tabriz_company", "شرکت دانش‌بنیان فن‌آوران نوین تبریز", "Tabriz Novin Technologists Co.",
     PartnerKind.KNOWLEDGE_BASED, "IR", "تبریز", "", "الکترونیک"),
    ("sarakhs_startup", "استارتاپ‌های سرخس", "Sarakhs start-ups",
     PartnerKind.COMPANY, "IR", "سرخس", "", "نوآوری"),
]

MISSIONS = [
    "تشکیل میز فناوری و نوآوری در تعامل با کشور {c} با همکاری سایر پارک‌های علم و فناوری",
    "تهیه و ارائه گزارش توجیهی جامع از وضعیت فناوری و نوآوری در این کشور و ارائه به سایر پارک‌ها",
    "شناسایی و اعلام نیازهای فناورانه و نوآورانه {c}",
    "رصد و اطلاع‌رسانی تعاملات فناورانه و نوآورانه پارک‌های علم و فناوری با کشور {c}",
    "تدوین برنامه‌های بلندمدت، میان‌مدت و کوتاه‌مدت در تعاملات فناورانه و نوآورانه با مشورت سایر پارک‌ها",
    "امکان‌سنجی و ایجاد دفتر تعاملات فناورانه و نوآورانه به‌صورت مشترک",
]

AXES_54 = [
    "حمایت از شرکت‌های فناور و دانش‌بنیان فعال در حوزه نفت، گاز و انرژی",
    "اجرای پروژه‌های مشترک تحقیقاتی و توسعه‌ای",
    "تبادل تجربیات، دانش فنی و زیرساخت‌های تخصصی",
    "برگزاری رویدادهای مشترک، کارگاه‌های تخصصی و نمایشگاه‌های فناوری",
    "ایجاد بسترهای نوآوری برای توسعه فناوری‌های سبز، هوشمند و کم‌کربن در صنعت نفت",
]

DEMO_MODELS: tuple[type[Any], ...] = (
    ActionItem, Letter, Meeting, BodyMember, Body, Event, CooperationAxis, MoUParty, MoU,
    HubMission, Hub, Partner,
)


def has_demo(db: Database) -> bool:
    """True when the register holds any demo record (edited or not)."""
    keys = [demo_uuid(k) for k in _all_keys()]
    with db.reading() as s:
        return any(s.scalar(select(model.id).where(model.uuid.in_(keys)).limit(1)) is not None
                   for model in DEMO_MODELS)


def build_demo(db: Database) -> Changes:
    """Add the demo records to a register that has none; otherwise change nothing.

    Returns empty :class:`Changes` when demo records are already there: what a user made or
    changed (an edited demo record, an MoU of their own with a demo partner) is never
    deleted or rewritten. :func:`reset_demo` rebuilds them, only when asked.
    """
    if has_demo(db):
        return Changes()
    with operation(db, source="demo") as op:
        _create(op.session)
    return op.changes


def reset_demo(db: Database) -> Changes:
    """Delete the demo records and create them afresh, in one transaction.

    The caller backs the register up first. When the office's own records refer to a demo
    record that would have to go, nothing is changed and a plain message says so.
    """
    from sqlalchemy.exc import IntegrityError

    from desktop_app.domain.errors import DomainError
    from desktop_app.domain.i18n import translate

    try:
        # SQLite hands the new records the ids of the old ones, and a write set cannot
        # tell "deleted, then created again" from "created, then deleted": the ids created
        # are said here.
        with db.unit_of_work(source="demo") as s:
            _remove_old(s)
            ids = _create(s)
    except IntegrityError as exc:
        raise DomainError(translate("domain.demo", "Records of your own refer to demo records, "
                                                   "so the demo data was not rebuilt; nothing "
                                                   "was changed.")) from exc
    return Changes.of(created=ids)


def _remove_old(s: Session) -> None:
    keys = [demo_uuid(k) for k in _all_keys()]
    with s.no_autoflush:
        found = [obj for model in DEMO_MODELS
                 for obj in s.scalars(select(model).where(model.uuid.in_(keys)))]
        for obj in found:
            s.delete(obj)
    s.flush()


def _all_keys() -> list[str]:
    keys = [f"partner:{p[0]}" for p in PARTNERS]
    keys += ["hub:cn", "hub:tr", "mou:54", "mou:kstp", "mou:npc", "mou:sco", "mou:tabriz",
             "body:wg-npc", "body:c1", "body:c2", "body:c3", "body:plastic", "body:wg-54"]
    keys += [f"mission:{h}:{i}" for h in ("cn", "tr") for i in range(6)]
    keys += [f"axis:{m}:{i}" for m in ("54", "kstp", "npc", "sco", "tabriz") for i in range(6)]
    keys += [f"party:{m}:{i}" for m in ("54", "kstp", "npc", "sco", "tabriz") for i in range(4)]
    keys += [f"member:{b}:{i}" for b in ("wg-npc", "plastic", "c1", "c2", "c3", "wg-54")
             for i in range(6)]
    keys += [f"meeting:{i}" for i in range(10)] + [f"action:{i}" for i in range(20)]
    keys += [f"letter:{i}" for i in range(5)] + [f"event:{i}" for i in range(8)]
    return keys


def _create(s: Session) -> dict[str, list[int]]:
    made: dict[str, list[Any]] = {}

    def add(key: str, obj: Any) -> Any:
        obj.uuid = demo_uuid(key)
        s.add(obj)
        made.setdefault(obj.__tablename__, []).append(obj)
        return obj

    p: dict[str, Partner] = {}
    for key, name, name_en, kind, country, city, web, sector in PARTNERS:
        partner = Partner(name=name, name_en=name_en, kind=kind, country_code=country,
                          city=city, website=web, sector=sector,
                          origin=Origin.DOMESTIC if country == "IR" else Origin.FOREIGN)
        apply_derived(partner)
        p[key] = add(f"partner:{key}", partner)
    p["kstp"].notes = "پارک علم و فناوری خراسان (KSTP)"
    p["refinery"].address = "استان خراسان رضوی، شهرستان سرخس"
    p["pgpic"].email = "info@pgpic.ir"
    p["pgpic"].website = "https://www.pgpic.ir"
    apply_derived(p["pgpic"])

    # ------------------------------------------------------------ hubs (seed 004)
    hubs = {}
    for code, cname, launch, note in (
        ("cn", "چین", j(1401, 4, 1), "نخستین هاب تعاملات بین‌الملل؛ راه‌اندازی در تیرماه ۱۴۰۱."),
        ("tr", "ترکیه", j(1401, 10, 1), "دومین هاب تعاملات بین‌الملل " + APPROX),
    ):
        hub = add(f"hub:{code}", Hub(
            title=f"هاب تعاملات فناورانه و نوآورانه با کشور {cname}",
            host=p["eastaz_park"], country_code=code.upper(),
            designated_by="وزارت علوم، تحقیقات و فناوری", launch_date=launch,
            status=HubStatus.ACTIVE, notes=note))
        mission_progress = [80, 60, 45, 70, 30, 15] if code == "cn" else [40, 25, 20, 35, 10, 0]
        for i, text in enumerate(MISSIONS):
            pr = mission_progress[i]
            mission_status = (WorkStatus.DONE if pr == 100 else WorkStatus.NOT_STARTED if pr == 0
                      else WorkStatus.IN_PROGRESS)
            hub.missions.append(add(f"mission:{code}:{i}", HubMission(
                position=i, title=text.format(c=cname), progress=pr, status=mission_status,
                owner="دفتر تعاملات بین‌الملل پارک")))
        hubs[code] = hub

    # ------------------------------------------------------------ MoU No. 54 (seed 001)
    mou54 = add("mou:54", MoU(
        number="54",
        title="تفاهم‌نامه همکاری میان پارک علم و فناوری مازندران و پارک فناوری و نوآوری صنعت نفت",
        subject="گامی تازه برای هم‌افزایی ملی در توسعه فناوری‌های صنعت نفت",
        objectives=("بهره‌گیری از ظرفیت‌های متقابل، توسعه فناوری‌های نوین در صنعت نفت و ایجاد "
                    "هم‌افزایی میان زیست‌بوم‌های علمی و صنعتی کشور"),
        signed_on=j(1404, 9, 25), signed_time=dt.time(12, 0),
        place="حاشیه بیست‌وششمین نمایشگاه دستاوردهای پژوهش، فناوری و فن‌بازار کشور",
        valid_from=j(1404, 9, 25), valid_until=j(1405, 9, 24),
        renewal_terms="قابل تمدید با توافق کتبی طرفین",
        status=MoUStatus.ACTIVE,
        notes=("جزئیات بیشتر این تفاهم‌نامه و برنامه‌های مشترک، پس از نهایی‌سازی کارگروه‌های "
               "تخصصی اطلاع‌رسانی خواهد شد.")))
    _parties(add, mou54, "54", [(p["mstp"], "طرف اول", "رئیس پارک علم و فناوری مازندران"),
                                (p["oil_park"], "طرف دوم", "رئیس پارک فناوری و نوآوری صنعت نفت")])
    _axes(add, mou54, "54", AXES_54)

    # ------------------------------------------------------------ KSTP – refinery (seed 000)
    mou_kstp = add("mou:kstp", MoU(
        number="KSTP-96-01",
        title="تفاهم همکاری مرکز نوآوری پالایشگاه شهید هاشمی نژاد و پارک علم و فناوری خراسان",
        subject=("دستور کار شراکت پالایشگاه شهید هاشمی نژآد و پارک علم و فناوری خراسان؛ افزایش بهره وری "
                 "پالایشگاه، بهبود زیست بوم و توسعه اجتماعی شهرستان سرخس"),
        objectives="طراحی مدل همکاری انتقال فناوری و توسعه فعالیت‌های مرکز نوآوری سرخس (ساریکا)",
        signed_on=j(1396, 7, 19), place="شهرستان سرخس", valid_from=j(1396, 7, 19),
        valid_until=j(1398, 7, 18), status=MoUStatus.EXPIRED,
        notes="تاریخ امضا تقریبی است " + APPROX))
    _parties(add, mou_kstp, "kstp", [(p["kstp"], "طرف اول", "ریاست پارک علم و فناوری خراسان"),
                                     (p["refinery"], "طرف دوم", "منبتی، مدیر عامل")])
    _axes(add, mou_kstp, "kstp", [
        "تبادل فناوری در قالب توسعه صادرات شرکت‌های فناور به حوزه آسیای میانه",
        "اتصال شبکه علم و فناوری به شبکه صنعت پالایشی",
        "توسعه تکنولوژی با هدف توسعه بهره‌وری",
        "توسعه زیرساخت‌های شهرستان سرخس",
    ])

    # ------------------------------------------------------------ NPC – ISIPO (seed 003)
    mou_npc = add("mou:npc", MoU(
        number="1401-NPC-ISIPO",
        title=("تفاهم‌نامه همکاری مشترک شرکت ملی صنایع پتروشیمی با سازمان صنایع کوچک و "
               "شهرک‌های صنعتی ایران (وزارت صنعت، معدن و تجارت)"),
        subject="استفاده از دانش و امکانات مشترک و هم‌افزایی بین دستگاهی",
        objectives=("ایجاد شهرک‌های تخصصی پتروشیمی، تکمیل زنجیره ارزش و عارضه‌یابی صنایع "
                    "پایین‌دستی (صنایع کوچک و متوسط)"),
        signed_on=j(1401, 6, 15), valid_from=j(1401, 6, 15), valid_until=j(1405, 6, 14),
        status=MoUStatus.EXPIRED, notes="در شهریورماه ۱۴۰۱ منعقد شده است " + APPROX))
    _parties(add, mou_npc, "npc", [(p["npc"], "طرف اول", "مدیریت توسعه صنایع پایین‌دستی"),
                                   (p["isipo"], "طرف دوم", "")])
    _axes(add, mou_npc, "npc", [
        "مطالعات ایجاد شهرک‌های تخصصی پتروشیمی",
        "تکمیل زنجیره ارزش",
        "عارضه‌یابی صنایع پایین‌دستی",
    ])
    wg = add("body:wg-npc", Body(
        kind=BodyKind.WORKING_GROUP, name="کارگروه مشترک شرکت ملی صنایع پتروشیمی و سازمان صنایع کوچک",
        description="کارگروه مشترکی با معرفی اعضا بین دو دستگاه توسعه‌ای مادر تخصصی",
        mou=mou_npc, secretariat=p["npc"], formed_on=j(1401, 7, 1)))
    _members(add, wg, "wg-npc", [(p["npc"], "", "دبیرخانه (مدیریت توسعه صنایع پایین‌دستی)"),
                                 (p["isipo"], "", "عضو")])
    committees = []
    for i, name in enumerate([
        "کمیته تخصصی مطالعات ایجاد شهرک‌های تخصصی پتروشیمی",
        "کمیته تخصصی مطالعات زنجیره ارزش",
        "کمیته تخصصی عارضه‌یابی صنایع پایین‌دستی",
    ], start=1):
        c = add(f"body:c{i}", Body(kind=BodyKind.COMMITTEE, name=name, mou=mou_npc, parent=wg))
        committees.append(c)
    _members(add, committees[1], "c2", [(p["isipo"], "", "عضو"), (p["market_research"], "", "عضو")])
    _members(add, committees[2], "c3", [(p["production_hq"], "", "عضو")])
    meeting_npc = add("meeting:0", Meeting(
        mou=mou_npc, title="جلسه احداث پارک‌های پتروشیمیایی", held_on=j(1401, 8, 15),
        decisions="تصمیمات ابلاغی جلسه احداث پارک‌های پتروشیمیایی",
        attendees="معاون اول رئیس‌جمهور؛ شرکت ملی صنایع پتروشیمی؛ سازمان صنایع کوچک و شهرک‌های صنعتی ایران"))
    add("letter:0", Letter(
        reference_number="149384", dated=j(1401, 8, 19), direction=LetterDirection.INCOMING,
        sender="رئیس محترم دفتر معاون اول رئیس‌جمهور", recipient="شرکت ملی صنایع پتروشیمی",
        subject="در خصوص ایجاد کارگروه مشترک بین دستگاهی",
        summary=("پیرو تصمیمات ابلاغی جلسه احداث پارک‌های پتروشیمیایی مورخ ۱۴۰۱/۰۸/۱۵ و حسب نظر "
                 "معاون اول رئیس‌جمهور"),
        mou=mou_npc, body=wg, meeting=meeting_npc))
    add("meeting:1", Meeting(
        body=committees[0], mou=mou_npc, ordinal=1, held_on=j(1401, 9, 10),
        place="شرکت ملی صنایع پتروشیمی",
        title="نشست کمیته تخصصی شهرک‌های صنعتی، فناوری پتروشیمی",
        attendees=("مدیران عامل شرکت شهرک‌های صنعتی استان‌های خوزستان، بوشهر، هرمزگان و سیستان و "
                   "بلوچستان؛ معاونین صنایع کوچک و فنی سازمان صنایع کوچک و شهرک‌های صنعتی ایران"),
        decisions="مطالعات، مکان‌یابی و اخذ استعلامات و مجوزهای قانونی شهرک‌های تخصصی پتروشیمی",
        minutes=APPROX))
    actions: list[tuple[str, str, dt.date, int, ActionStatus, MoU | None, Meeting | None, HubMission | None]] = [
        ("ایجاد ۱۳ شهرک تخصصی (شیمی پارک) در استان‌های جنوبی کشور", "کمیته تخصصی شهرک‌ها",
         j(1405, 6, 31), 35, ActionStatus.IN_PROGRESS, mou_npc, meeting_npc, None),
        ("تدوین شرح خدمات پروژه مطالعات زنجیره ارزش با انجمن تحقیقات بازار ایران",
         "کمیته تخصصی مطالعات زنجیره ارزش", j(1402, 3, 31), 100, ActionStatus.DONE, mou_npc, None, None),
        ("شناسایی واحدهای زیر ظرفیت و راکد صنایع پایین‌دستی در استان‌های هدف",
         "کمیته تخصصی عارضه‌یابی", j(1405, 8, 15), 60, ActionStatus.IN_PROGRESS, mou_npc, None, None),
        ("تشکیل کارگروه‌های مشترک", "پارک علم و فناوری مازندران", j(1405, 9, 30), 50,
         ActionStatus.IN_PROGRESS, mou54, None, None),
        ("تعریف پروژه‌های اولویت‌دار", "پارک فناوری و نوآوری صنعت نفت", j(1405, 10, 30), 20,
         ActionStatus.OPEN, mou54, None, None),
        ("توسعه شبکه‌های نوآوری", "دفتر تعاملات بین‌الملل", j(1405, 12, 15), 0,
         ActionStatus.OPEN, mou54, None, None),
        ("تهیه گزارش توجیهی جامع وضعیت فناوری ترکیه", "دفتر تعاملات بین‌الملل", j(1405, 8, 1),
         25, ActionStatus.IN_PROGRESS, None, None, hubs["tr"].missions[1]),
        ("راه‌اندازی میز فناوری و نوآوری چین", "دفتر تعاملات بین‌الملل", j(1402, 6, 31), 100,
         ActionStatus.DONE, None, None, hubs["cn"].missions[0]),
        ("اعلام نیازهای فناورانه چین به پارک‌ها", "دفتر تعاملات بین‌الملل", j(1405, 9, 20), 45,
         ActionStatus.IN_PROGRESS, None, None, hubs["cn"].missions[2]),
    ]
    for i, (title, owner, due, progress, status, mou, meeting, mission) in enumerate(actions):
        add(f"action:{i}", ActionItem(
            title=title, owner=owner, due_on=due, progress=progress, status=status, mou=mou,
            meeting=meeting, mission=mission,
            completed_on=due if status == ActionStatus.DONE else None))

    # ------------------------------------------------------------ MoU 54's working group
    wg54 = add("body:wg-54", Body(
        kind=BodyKind.WORKING_GROUP, name="کارگروه تخصصی مشترک پارک مازندران و پارک صنعت نفت",
        mou=mou54, secretariat=p["mstp"], formed_on=j(1404, 10, 15)))
    _members(add, wg54, "wg-54", [(p["mstp"], "", "دبیر"), (p["oil_park"], "", "عضو")])
    add("meeting:2", Meeting(body=wg54, mou=mou54, ordinal=1, held_on=j(1404, 11, 20),
                             place="پارک علم و فناوری مازندران، ساری",
                             title="نخستین جلسه کارگروه تخصصی مشترک",
                             decisions="فهرست پروژه‌های اولویت‌دار تا پایان اسفند تهیه شود.",
                             minutes=APPROX))
    add("meeting:3", Meeting(body=wg54, mou=mou54, ordinal=2, held_on=j(1405, 9, 15),
                             place="پارک فناوری و نوآوری صنعت نفت، تهران",
                             title="دومین جلسه کارگروه تخصصی مشترک", minutes=APPROX))

    # ------------------------------------------------------------ SCO MoU (seed 004)
    mou_sco = add("mou:sco", MoU(
        number="EAST-1401-07",
        title=("تفاهم‌نامه همکاری فی‌مابین پارک علم و فناوری آذربایجان شرقی و شهرک همکاری‌های "
               "اقتصادی و تجاری سازمان همکاری شانگهای چین"),
        signed_on=j(1401, 7, 20), valid_from=j(1401, 7, 20), valid_until=j(1406, 7, 19),
        status=MoUStatus.ACTIVE, hub=hubs["cn"], place="تبریز",
        notes="امضای این تفاهم‌نامه موجب معرفی پارک به عنوان پارک برتر در تعاملات بین‌المللی شد. " + APPROX))
    _parties(add, mou_sco, "sco", [(p["eastaz_park"], "طرف ایرانی", "دکتر جعفری راد، رئیس پارک"),
                                   (p["sco_town"], "طرف چینی", "")])
    _axes(add, mou_sco, "sco", [
        "گسترش تعاملات بین‌المللی در جهت ارزآوری و ایجاد اشتغال",
        "توسعه و ارتقای دیپلماسی فناوری و نوآوری",
    ])
    mou_tr = add("mou:tabriz", MoU(
        number="EAST-1403-02",
        title="تفاهم‌نامه همکاری پارک علم و فناوری آذربایجان شرقی و تکنوپارک استانبول",
        signed_on=j(1403, 2, 10), valid_from=j(1403, 2, 10), valid_until=j(1405, 10, 10),
        status=MoUStatus.ACTIVE, hub=hubs["tr"], place="استانبول",
        notes="نمونه‌ای برای هاب ترکیه " + APPROX))
    _parties(add, mou_tr, "tabriz", [(p["eastaz_park"], "طرف اول", ""),
                                     (p["teknopark_ist"], "طرف دوم", ""),
                                     (p["tabriz_company"], "طرف سوم", "")])
    _axes(add, mou_tr, "tabriz", ["تبادل شرکت‌های فناور و دانش‌بنیان", "برگزاری رویدادهای مشترک"])

    # ------------------------------------------------------------ Alborz cluster (seed 002)
    council = add("body:plastic", Body(
        kind=BodyKind.STEERING_COUNCIL, name="شورای راهبری توسعه خوشه پلاستیک استان البرز",
        secretariat=p["alborz_estates"]))
    _members(add, council, "plastic", [
        (p["alborz_estates"], "جهانگیر شاهمرادی", "مدیرعامل شرکت شهرک‌های صنعتی استان البرز"),
        (p["plastic_cluster"], "", "عامل توسعه خوشه پلاستیک"),
    ])
    add("meeting:4", Meeting(
        body=council, ordinal=6, held_on=j(1395, 11, 20), place="محل شرکت شهرک‌های صنعتی البرز",
        title="ششمین جلسه شورای راهبری توسعه خوشه پلاستیک استان البرز",
        attendees=("اعضای شورای راهبری، عامل توسعه خوشه پلاستیک و نمایندگان نهادهای پشتیبان"),
        minutes=("تشریح فعالیت‌های مندرج در سند برنامه عمل سال دوم، میزان پیشرفت فیزیکی "
                 "فعالیت‌ها، نتیجه اقدامات و برنامه‌های سال آینده " + APPROX),
        decisions=("تشکیل شرکت تعاونی تامین نیاز صنایع پایین‌دستی پتروشیمی استان البرز؛ تشکیل "
                   "کنسرسیوم صادراتی خوشه پلاستیک؛ شروع پروژه توسعه نظام پیمانکاری فرعی")))
    add("meeting:5", Meeting(
        title="نشست تقویت ارتباط صنعت و دانشگاه", held_on=j(1395, 11, 27),
        place="محل شرکت شهرک‌های صنعتی البرز",
        attendees="معاون صنایع کوچک شرکت؛ نماینده دانشگاه آزاد اسلامی واحد کرج؛ مدیران یکی از واحدهای صنعتی",
        decisions="پیگیری جدی و مستمر رفع نیازهای فناورانه واحدهای صنعتی", minutes=APPROX))
    add("action:10", ActionItem(title="تشکیل کنسرسیوم صادراتی خوشه پلاستیک", owner="عامل توسعه خوشه",
                                due_on=j(1396, 6, 31), progress=70, status=ActionStatus.IN_PROGRESS))

    # ------------------------------------------------------------ events
    visit = add("event:0", Event(
        kind=EventKind.VISIT,
        title="بازدید ریاست پارک علم و فناوری خراسان از پالایش گاز شهید هاشمی نژاد",
        held_on=j(1396, 7, 19), place="شهرستان سرخس", mou=mou_kstp,
        description=("با هدف طراحی مدل همکاری تبادل فناوری بین المللی در محل شهرستان سرخس"),
        participants="مدیران عامل پالایش گاز شهید هاشمی نژآد و ریاست پارک علم و فناوری خراسان"))
    visit.partners = [p["kstp"], p["refinery"]]
    camp = add("event:1", Event(
        kind=EventKind.INNOVATION_CAMP, title="کمپ نوآوری با هدف تعیین عناوین همکاری",
        held_on=j(1396, 7, 19), place="شهرستان سرخس", mou=mou_kstp,
        participants=("استارتاپ های سرخس، شرکتهای فناور عضو پارک، مدیران پالایشگاه و پارک علم و فناوری"),
        description="تعیین سوالات اساسی علل همکاری و ترسیم اهداف مشترک شراکت"))
    camp.partners = [p["kstp"], p["refinery"], p["sarakhs_startup"]]
    add("event:2", Event(
        kind=EventKind.EXHIBITION,
        title="بیست‌وششمین نمایشگاه دستاوردهای پژوهش، فناوری و فن‌بازار کشور",
        held_on=j(1404, 9, 23), ends_on=j(1404, 9, 27), place="تهران", mou=mou54))
    add("event:3", Event(
        kind=EventKind.AWARD,
        title="معرفی پارک علم و فناوری آذربایجان شرقی به عنوان پارک برتر در تعاملات بین‌المللی",
        held_on=j(1401, 9, 15), hub=hubs["cn"], mou=mou_sco,
        place="آیین نکوداشت سالروز تاسیس معاونت فناوری و نوآوری وزارت علوم، تحقیقات و فناوری",
        description=APPROX))
    add("event:4", Event(kind=EventKind.CEREMONY,
                         title="آغاز فعالیت هاب تعاملات فناورانه و نوآورانه با کشور ترکیه",
                         held_on=j(1401, 10, 1), hub=hubs["tr"], place="تبریز", description=APPROX))
    add("event:5", Event(kind=EventKind.CEREMONY,
                         title="راه‌اندازی اولین هاب تعاملات بین‌الملل با کشور چین",
                         held_on=j(1401, 4, 1), hub=hubs["cn"], place="تبریز"))

    if s.get(OfficeSetting, "park_name") is None:
        s.add(OfficeSetting(key="park_name", value="پارک علم و فناوری آذربایجان شرقی"))
        s.add(OfficeSetting(key="park_name_en", value="East Azarbaijan Science and Technology Park"))
    s.flush()
    for mou in made.get("mous", []):
        mou.search_text = mou_search_text(mou)
    s.flush()
    return {table: [o.id for o in objs] for table, objs in made.items()}


def _parties(add: Any, mou: MoU, key: str, parties: list[tuple[Partner, str, str]]) -> None:
    for i, (partner, role, signatory) in enumerate(parties):
        mou.parties.append(add(f"party:{key}:{i}", MoUParty(
            partner=partner, position=i, role=role, signatory=signatory)))


def _axes(add: Any, mou: MoU, key: str, titles: list[str]) -> None:
    for i, title in enumerate(titles):
        mou.axes.append(add(f"axis:{key}:{i}", CooperationAxis(position=i, title=title)))


def _members(add: Any, body: Body, key: str, members: list[tuple[Partner, str, str]]) -> None:
    for i, (partner, person, role) in enumerate(members):
        body.members.append(add(f"member:{key}:{i}", BodyMember(
            partner=partner, person=person, role=role, position=i)))


__all__ = ["build_demo", "demo_uuid"]
