"""Demo data for the report tests and previews, taken from the seed texts.

MoU No. 54 between the Mazandaran park and the Petroleum Industry park
(seed 001), the joint working group with its three committees (seed 003),
the sixth meeting of a steering council (seed 002), the Turkey hub of the
East Azarbaijan park with its six missions (seed 004).
"""

from __future__ import annotations

import random

from reports.data import (
    ActionRow,
    ActivityData,
    AttachmentRow,
    BodyRow,
    CountRow,
    CountryGroup,
    DueListData,
    EventRow,
    HubDossierData,
    LetterRow,
    MeetingRow,
    MissionRow,
    MonthRow,
    MoURow,
    MoUSummaryData,
    PartnerDirectoryData,
    PartnerRow,
    PartyRow,
    ReportContext,
)

MOU_TITLE = "امضای تفاهم‌نامه همکاری میان پارک علم و فناوری مازندران و پارک فناوری و نوآوری صنعت نفت"
MOU_PLACE = "حاشیه بیست‌وششمین نمایشگاه دستاوردهای پژوهش، فناوری و فن‌بازار"
AXES = [
    "حمایت از شرکت‌های فناور و دانش‌بنیان فعال در حوزه نفت، گاز و انرژی",
    "اجرای پروژه‌های مشترک تحقیقاتی و توسعه‌ای",
    "تبادل تجربیات، دانش فنی و زیرساخت‌های تخصصی",
    "برگزاری رویدادهای مشترک، کارگاه‌های تخصصی و نمایشگاه‌های فناوری",
    "ایجاد بسترهای نوآوری برای توسعه فناوری‌های سبز، هوشمند و کم‌کربن در صنعت نفت",
]
OBJECTIVES = (
    "این تفاهم‌نامه با هدف بهره‌گیری از ظرفیت‌های متقابل، توسعه فناوری‌های نوین در صنعت نفت "
    "و ایجاد هم‌افزایی میان زیست‌بوم‌های علمی و صنعتی کشور منعقد شد. شرکت Persian Gulf "
    "Petrochemical Industries Co. (PGPIC) به عنوان ناظر در 3 کمیته (سه کمیته) حضور دارد. "
    "نشانی رایانامه دبیرخانه info@mstp.ir و وبگاه https://mstp.ir/mou/54 است و تلفن "
    "011-33290000 پاسخگوی پرسش‌هاست؛ گزارش پیشرفت تا 1404/12/15 ارائه می‌شود."
)
MISSIONS_TR = [
    "تشکیل میز فناوری و نوآوری در تعامل با کشور ترکیه با همکاری سایر پارک‌های علم و فناوری",
    "تهیه و ارائه گزارش توجیهی جامع از وضعیت فناوری و نوآوری در این کشور و ارائه به سایر پارک‌ها",
    "شناسایی و اعلام نیازهای فناورانه و نوآورانه ترکیه",
    "رصد و اطلاع‌رسانی تعاملات فناورانه و نوآورانه پارک‌های علم و فناوری با کشور ترکیه",
    "تدوین برنامه‌های بلندمدت، میان‌مدت و کوتاه‌مدت در تعاملات فناورانه و نوآورانه با مشورت سایر پارک‌ها",
    "امکان‌سنجی و ایجاد دفتر تعاملات فناورانه و نوآورانه به‌صورت مشترک",
]


def ctx_fa() -> ReportContext:
    """The Persian context of the Mazandaran park."""
    return ReportContext(
        park_name="پارک علم و فناوری مازندران",
        lang="fa",
        printed_on="۱۴۰۴/۰۹/۲۹",
        author="دفتر همکاری‌های فناوری و بین‌الملل",
    )


def ctx_en() -> ReportContext:
    """The English context of the same park."""
    return ReportContext(
        park_name="Mazandaran Science and Technology Park",
        lang="en",
        printed_on="20 Azar 1404",
        author="International Relations Office",
    )


def mou_fa() -> MoUSummaryData:
    """MoU No. 54 (seed 001) with bodies, meetings, actions and attachments."""
    return MoUSummaryData(
        number="54",
        title=MOU_TITLE,
        date="1404/09/25",
        time="12:00",
        place=MOU_PLACE,
        status="فعال",
        valid_from="1404/09/25",
        valid_until="1406/09/24",
        days_to_expiry=729,
        objectives=OBJECTIVES,
        parties=[
            PartyRow(
                "پارک علم و فناوری مازندران",
                "Mazandaran Science and Technology Park",
                "طرف اول",
                "رئیس پارک",
            ),
            PartyRow(
                "پارک فناوری و نوآوری صنعت نفت",
                "Petroleum Industry Technology and Innovation Park",
                "طرف دوم",
                "مدیرعامل پارک",
            ),
            PartyRow(
                "شرکت صنایع پتروشیمی خلیج فارس",
                "Persian Gulf Petrochemical Industries Co. (PGPIC)",
                "ناظر",
                "",
            ),
        ],
        axes=list(AXES),
        bodies=[
            BodyRow(
                "کارگروه مشترک اجرای تفاهم‌نامه",
                kind="کارگروه",
                secretariat="شرکت ملی صنایع پتروشیمی (مدیریت توسعه صنایع پایین‌دستی)",
                members=["معاون فناوری پارک مازندران", "مدیر نوآوری پارک صنعت نفت"],
                children=[
                    BodyRow(
                        "کمیته‌های تخصصی (سه کمیته)",
                        kind="کمیته",
                        children=[
                            BodyRow("مطالعات ایجاد شهرک‌های تخصصی پتروشیمی", kind="کمیته"),
                            BodyRow("تکمیل زنجیره ارزش", kind="کمیته"),
                            BodyRow("عارضه‌یابی صنایع پایین‌دستی", kind="کمیته"),
                        ],
                    ),
                ],
            ),
        ],
        meetings=[
            MeetingRow(
                6,
                "1404/11/20",
                "محل شرکت شهرک‌های صنعتی البرز",
                "شورای راهبری",
                ["تصویب برنامه عمل سال دوم", "گزارش پیشرفت فیزیکی فعالیت‌ها تا پایان بهمن"],
            ),
            MeetingRow(
                5,
                "1404/10/18",
                "پارک علم و فناوری مازندران",
                "کارگروه مشترک",
                ["تشکیل کنسرسیوم صادراتی", "دعوت از PGPIC برای جلسه بعد"],
            ),
        ],
        actions=[
            ActionRow(
                "تدوین شرح خدمات پروژه زنجیره ارزش",
                "کمیته تکمیل زنجیره ارزش",
                "1404/12/15",
                "در جریان",
                45,
            ),
            ActionRow(
                "برگزاری کارگاه مشترک فناوری‌های کم‌کربن",
                "دبیرخانه کارگروه",
                "1405/01/30",
                "در جریان",
                10,
            ),
            ActionRow(
                "معرفی ۱۳ شرکت دانش‌بنیان فعال در حوزه نفت",
                "معاونت فناوری",
                "1404/11/30",
                "تقریباً انجام‌شده",
                85,
            ),
        ],
        attachments=[
            AttachmentRow("MoU-54-signed.pdf", 1_834_221, "نسخه امضاشده"),
            AttachmentRow("صورتجلسه-ششم.pdf", 245_760),
        ],
    )


def mou_en() -> MoUSummaryData:
    """The same MoU for a foreign reader, with a Turkish partner."""
    return MoUSummaryData(
        number="54",
        title="Cooperation MoU between the Mazandaran Science and Technology Park and "
        "Teknopark İstanbul",
        date="16 December 2025 (25 Azar 1404)",
        time="12:00",
        place="26th National Research, Technology and Fan-Bazar Exhibition, Tehran",
        status="Active",
        valid_from="25 Azar 1404",
        valid_until="24 Azar 1406",
        days_to_expiry=-12,
        objectives="Mutual use of capacities, development of new technologies in the oil "
        "industry and synergy between scientific and industrial ecosystems. "
        "Contact: info@mstp.ir, https://mstp.ir/mou/54 (پارک علم و فناوری مازندران).",
        parties=[
            PartyRow("Mazandaran Science and Technology Park", "", "First party", "President"),
            PartyRow(
                "Teknopark İstanbul", "Teknopark İstanbul A.Ş.", "Second party", "General Manager"
            ),
        ],
        axes=[
            "Support for technology and knowledge-based companies in oil, gas and energy",
            "Joint research and development projects",
            "Exchange of experience, know-how and specialised infrastructure",
            "Joint events, specialised workshops and technology exhibitions",
            "Innovation platforms for green, smart and low-carbon technologies",
        ],
        bodies=[
            BodyRow(
                "Joint working group",
                kind="Working group",
                secretariat="Mazandaran Science and Technology Park",
                children=[BodyRow("Value-chain committee", kind="Committee")],
            )
        ],
        meetings=[
            MeetingRow(
                1,
                "5 Dey 1404",
                "Online",
                "Joint working group",
                ["Adopted the work plan (3 projects)"],
            )
        ],
        actions=[
            ActionRow("Exchange company profiles", "Both parties", "30 Dey 1404", "In progress", 60)
        ],
        attachments=[AttachmentRow("MoU-54-EN.pdf", 512_000)],
    )


def partners_tr() -> list[PartnerRow]:
    """Partners in Turkey (Latin names with Turkish letters)."""
    return [
        PartnerRow(
            "تکنوپارک استانبول",
            "Teknopark İstanbul",
            "پارک فناوری",
            "استانبول",
            "https://teknoparkistanbul.com.tr",
            "info@teknoparkistanbul.com.tr",
            "+90 216 000 00 00",
        ),
        PartnerRow(
            "تکنوکنت دانشگاه فنی خاورمیانه",
            "ODTÜ Teknokent",
            "پارک فناوری",
            "آنکارا",
            "https://odtuteknokent.com.tr",
            "info@odtuteknokent.com.tr",
            "+90 312 000 0000",
        ),
        PartnerRow(
            "شهرک فناوری تبریز–ارزروم",
            "Erzurum Teknokent",
            "پارک فناوری",
            "ارزروم",
            "https://erzurumteknokent.com",
            "",
            "",
        ),
    ]


def hub_fa() -> HubDossierData:
    """The Turkey hub of the East Azarbaijan park (seed 004)."""
    return HubDossierData(
        country="ترکیه",
        host_park="پارک علم و فناوری آذربایجان‌شرقی",
        designated_by="وزارت علوم، تحقیقات و فناوری",
        launch_date="1401/10/01",
        status="فعال",
        description=(
            "پس از راه‌اندازی اولین هاب تعاملات بین‌الملل با کشور چین در تیرماه سال 1401، "
            "دومین هاب ارتباطی پارک‌ها و شرکت‌های دانش‌بنیان و فناور با کشور ترکیه در پارک "
            "علم و فناوری آذربایجان‌شرقی فعالیت خود را آغاز کرد."
        ),
        missions=[
            MissionRow(t, p, s)
            for t, p, s in zip(
                MISSIONS_TR,
                [80, 35, 50, 65, 20, 5],
                ["در جریان", "در جریان", "در جریان", "در جریان", "آغازنشده", "آغازنشده"],
                strict=True,
            )
        ],
        partners=partners_tr(),
        mous=[
            MoURow("61", "تفاهم‌نامه همکاری با Teknopark İstanbul", "1402/03/12", "فعال"),
            MoURow(
                "72",
                "تفاهم‌نامه تبادل شرکت‌های فناور با ODTÜ Teknokent",
                "1403/07/02",
                "در حال مذاکره",
            ),
        ],
        events=[
            EventRow("معرفی پارک برتر در تعاملات بین‌المللی", "1401/09/15", "جایزه", "تهران"),
            EventRow("هیئت تجاری فناوری به استانبول", "1403/02/20", "بازدید", "استانبول"),
        ],
        meetings=[
            MeetingRow(
                2,
                "1403/05/10",
                "تبریز",
                "میز فناوری ترکیه",
                ["تهیه گزارش وضعیت فناوری ترکیه تا پایان سال"],
            )
        ],
        letters=[
            LetterRow(
                "149384",
                "1401/08/19",
                "ایجاد کارگروه مشترک بین دستگاهی",
                "دفتر معاون اول رئیس‌جمهور",
            )
        ],
    )


def activity_fa() -> ActivityData:
    """An autumn-1404 activity report."""
    return ActivityData(
        period="پاییز ۱۴۰۴",
        new_partners_count=37,
        new_mous_count=9,
        meetings_count=21,
        actions_done_count=48,
        actions_overdue_count=7,
        events_count=5,
        mous_by_country=[
            CountRow(c, n)
            for c, n in [
                ("ایران", 5),
                ("ترکیه", 2),
                ("چین", 3),
                ("روسیه", 1),
                ("عراق", 1),
                ("ارمنستان", 1),
            ]
        ],
        mous_by_status=[
            CountRow(s, n)
            for s, n in [("فعال", 12), ("امضاشده", 4), ("در حال مذاکره", 3), ("منقضی", 2)]
        ],
        actions_by_month=[MonthRow("مهر", 14, 2), MonthRow("آبان", 17, 3), MonthRow("آذر", 17, 2)],
        new_partners=partners_tr(),
        meetings=[
            MeetingRow(
                6, "1404/08/20", "کرج", "شورای راهبری خوشه پلاستیک", ["تشکیل کنسرسیوم صادراتی"]
            )
        ],
        expiring_mous=[
            MoURow(
                "12",
                "تفاهم‌نامه همکاری با پالایشگاه گاز شهید هاشمی‌نژاد",
                "1399/07/01",
                "فعال",
                "1404/10/30",
                31,
            )
        ],
    )


def due_fa() -> DueListData:
    """A Saturday-morning due list."""
    return DueListData(
        as_of="1404/09/29",
        expiring_mous=[
            MoURow(
                "12",
                "تفاهم‌نامه همکاری با پالایشگاه گاز شهید هاشمی‌نژاد",
                "1399/07/01",
                "فعال",
                "1404/10/30",
                31,
                "Shahid Hasheminejad Gas Refinery",
            ),
            MoURow(
                "33",
                "تفاهم‌نامه با شهرک همکاری‌های اقتصادی سازمان همکاری شانگهای",
                "1401/06/11",
                "فعال",
                "1404/09/30",
                1,
                "SCO Trade Town (Qingdao)",
            ),
        ],
        overdue_actions=[
            ActionRow(
                "ارسال گزارش جامع وضعیت فناوری ترکیه",
                "هاب ترکیه",
                "1404/08/30",
                "در جریان",
                35,
                29,
                "مأموریت ۲ هاب ترکیه",
            ),
            ActionRow(
                "پیگیری مکاتبه شماره 149384",
                "دبیرخانه",
                "1404/09/10",
                "آغازنشده",
                0,
                19,
                "تفاهم‌نامه 54",
            ),
        ],
    )


FA_WORDS = [
    "پارک",
    "فناوری",
    "نوآوری",
    "شرکت",
    "دانش‌بنیان",
    "صنایع",
    "پتروشیمی",
    "مرکز",
    "رشد",
    "انرژی",
    "خوشه",
    "پلاستیک",
    "هوشمند",
    "سبز",
    "توسعه",
    "مهندسی",
]
EN_WORDS = [
    "Tech",
    "Park",
    "Innovation",
    "Energy",
    "Holding",
    "Petro",
    "Smart",
    "Green",
    "Systems",
    "Industries",
    "Labs",
    "Group",
]
COUNTRIES = [
    "ایران",
    "ترکیه",
    "چین",
    "روسیه",
    "عراق",
    "ارمنستان",
    "آذربایجان",
    "قزاقستان",
    "هند",
    "آلمان",
    "ایتالیا",
    "مالزی",
    "عمان",
    "قطر",
    "سوریه",
    "لبنان",
    "تاجیکستان",
    "ازبکستان",
    "ترکمنستان",
    "افغانستان",
    "پاکستان",
    "اندونزی",
    "برزیل",
    "ونزوئلا",
    "کوبا",
    "بلاروس",
    "صربستان",
    "اسپانیا",
    "فرانسه",
    "اتریش",
    "سوئیس",
    "هلند",
    "کره جنوبی",
    "ژاپن",
    "ویتنام",
    "تایلند",
    "آفریقای جنوبی",
    "کنیا",
    "نیجریه",
    "مصر",
]


def synthetic_directory(n: int, seed: int = 7) -> PartnerDirectoryData:
    """``n`` synthetic partners over 40 countries (for speed tests and the bench)."""
    rnd = random.Random(seed)
    groups: dict[str, list[PartnerRow]] = {c: [] for c in COUNTRIES}
    for i in range(n):
        country = COUNTRIES[i % len(COUNTRIES)]
        fa = " ".join(rnd.choice(FA_WORDS) for _ in range(rnd.randint(2, 4)))
        en = " ".join(rnd.choice(EN_WORDS) for _ in range(rnd.randint(2, 3)))
        slug = en.lower().replace(" ", "")[:16] + str(i)
        groups[country].append(
            PartnerRow(
                f"{fa} {i}",
                f"{en} {i}",
                rnd.choice(["پارک", "شرکت دانش‌بنیان", "دانشگاه", "خوشه صنعتی"]),
                rnd.choice(["تهران", "تبریز", "استانبول", "شانگهای", "مسکو"]),
                f"https://{slug}.com",
                f"info@{slug}.com",
                f"+98 21 {rnd.randint(1000, 9999)} {i:04d}",
            )
        )
    return PartnerDirectoryData([CountryGroup(c, p) for c, p in groups.items()])
