"""Undoing an import never takes a later edit or link with it (SQLite and PostgreSQL).

Each kind of reference to a partner the batch created is made for real after the import,
and the undo must keep that partner, name it and say why; each kind of later edit too.
For the partners a batch updated, every field, tag and contact it changed comes back, and
the derived columns and the search index match the restored values.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.database import Database
from db.models import (
    Attachment,
    AuditEntry,
    Body,
    BodyKind,
    BodyMember,
    Contact,
    Event,
    EventKind,
    Hub,
    MoU,
    MoUParty,
    Partner,
    Tag,
    event_partners,
)
from desktop_app.domain import import_undo
from desktop_app.domain.import_undo import REASONS, KeptPartner
from desktop_app.domain.imports import ImportService
from desktop_app.domain.partners import ContactForm, PartnerForm, PartnerQuery, PartnerService

HEADERS = ["نام سازمان", "نام لاتین", "کشور", "شهر", "وب‌سایت", "ایمیل", "تلفن", "برچسب",
           "نام رابط", "سمت", "توضیحات"]
NEW = ["شرکت داده پردازان سپهر", "Sepehr Data", "ایران", "تهران", "sepehr-data.ir",
       "info@sepehr-data.ir", "09121234567", "فن‌بازار, نفت و گاز", "علی رضایی", "مدیرعامل", ""]
OTHER = ["مرکز نوآوری آفتاب", "Aftab Innovation", "ایران", "شیراز", "", "", "", "", "", "", ""]


def write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows(rows)
    return path


@pytest.fixture(autouse=True)
def english() -> object:
    from desktop_app.domain import i18n

    before = i18n.language()
    i18n.set_language("en")
    yield
    i18n.set_language(before)


def import_new(db: Database, tmp_path: Path) -> tuple[int, int, int]:
    """Import NEW and OTHER; return (batch, NEW's id, OTHER's id)."""
    service = ImportService(db)
    batch = service.commit(service.preview(write(tmp_path / "new.csv", [NEW, OTHER]))).value
    with db.reading() as s:
        ids = dict(s.execute(select(Partner.name, Partner.id)).all())
    return batch, ids[NEW[0]], ids[OTHER[0]]


def partner_ids(db: Database) -> set[int]:
    with db.reading() as s:
        return set(s.scalars(select(Partner.id)))


# --------------------------------------------------------------------------- links


def link_mou(db: Database, pid: int) -> None:
    with db.unit_of_work() as s:
        mou = MoU(title="تفاهم‌نامه همکاری")
        s.add(mou)
        s.flush()
        s.add(MoUParty(mou_id=mou.id, partner_id=pid))


def link_hub(db: Database, pid: int) -> None:
    with db.unit_of_work() as s:
        s.add(Hub(title="هاب ایران", host_partner_id=pid, country_code="IR"))


def link_event(db: Database, pid: int) -> None:
    with db.unit_of_work() as s:
        event = Event(kind=EventKind.VISIT if hasattr(EventKind, "VISIT") else next(iter(EventKind)),
                      title="بازدید هیئت", held_on=dt.date(2025, 5, 1))
        s.add(event)
        s.flush()
        s.execute(event_partners.insert().values(event_id=event.id, partner_id=pid))


def link_body_member(db: Database, pid: int) -> None:
    with db.unit_of_work() as s:
        body = Body(kind=next(iter(BodyKind)), name="کارگروه مشترک")
        s.add(body)
        s.flush()
        s.add(BodyMember(body_id=body.id, partner_id=pid, person="مریم احمدی"))


def link_secretariat(db: Database, pid: int) -> None:
    with db.unit_of_work() as s:
        s.add(Body(kind=list(BodyKind)[-1], name="کمیته تخصصی", secretariat_partner_id=pid))


def link_attachment(db: Database, pid: int) -> None:
    with db.unit_of_work() as s:
        s.add(Attachment(sha256="a" * 64, filename="brochure.pdf", size=10, partner_id=pid))


LINKS: dict[str, Callable[[Database, int], None]] = {
    "mou_parties": link_mou,
    "hubs": link_hub,
    "event_partners": link_event,
    "body_members": link_body_member,
    "bodies": link_secretariat,
    "attachments": link_attachment,
}


def test_every_reference_to_partners_in_the_schema_is_checked() -> None:
    """The undo finds references from the schema; this is the list it must find today.

    A new table with a foreign key to partners makes this fail until a test links it.
    """
    found = sorted({table for table, _ in import_undo._references()})
    assert found == sorted(LINKS)
    assert all(table in REASONS for table in found)


@pytest.mark.parametrize("kind", sorted(LINKS))
def test_a_created_partner_linked_since_is_kept_and_named(any_db: Database, tmp_path: Path,
                                                         kind: str) -> None:
    batch, pid, _other = import_new(any_db, tmp_path)
    LINKS[kind](any_db, pid)
    plan = ImportService(any_db).undo_plan(batch)
    assert plan.remove == 1
    assert [(k.partner_id, k.reasons) for k in plan.kept_partners] == [(pid, (kind,))]
    report = ImportService(any_db).undo(batch).value
    assert report.removed == 1 and report.kept_partners == plan.kept_partners
    assert partner_ids(any_db) == {pid}
    sentence = report.kept[0]
    assert "Sepehr Data" in sentence and REASONS[kind].source in sentence
    with any_db.reading() as s:  # its contact and tags stay with it
        assert s.scalar(select(func.count(Contact.id)).where(Contact.partner_id == pid)) == 1
        assert sorted(t.name for t in s.get(Partner, pid).tags) == ["فن‌بازار", "نفت و گاز"]


def test_the_reasons_read_in_persian_too(sqlite_db: Database, tmp_path: Path) -> None:
    from desktop_app.domain import i18n

    batch, pid, _ = import_new(sqlite_db, tmp_path)
    link_mou(sqlite_db, pid)
    link_attachment(sqlite_db, pid)
    i18n.set_language("fa")
    plan = ImportService(sqlite_db).undo_plan(batch)
    assert plan.kept == ["“شرکت داده پردازان سپهر” (Sepehr Data) نگه داشته شد: "
                         "طرف یک تفاهم‌نامه است و پیوستی دارد."]


# --------------------------------------------------------------------------- edits


def edit_field(db: Database, pid: int) -> None:
    service = PartnerService(db)
    form = service.get(pid)
    form.notes = "met at the fair"
    service.save(form)


def edit_and_type_back(db: Database, pid: int) -> None:
    service = PartnerService(db)
    form = service.get(pid)
    city = form.city
    form.city = "اصفهان"
    service.save(form)
    form = service.get(pid)
    form.city = city
    service.save(form)


def edit_tags(db: Database, pid: int) -> None:
    service = PartnerService(db)
    form = service.get(pid)
    form.tags = [*form.tags, "هوش مصنوعی"]
    service.save(form)


def add_contact(db: Database, pid: int) -> None:
    service = PartnerService(db)
    form = service.get(pid)
    form.contacts = [*form.contacts, ContactForm(name="سارا محمدی", email="sara@example.org")]
    service.save(form)


def edit_contact(db: Database, pid: int) -> None:
    service = PartnerService(db)
    form = service.get(pid)
    form.contacts[0].role = "مدیر بین‌الملل"
    service.save(form)


def delete_contact(db: Database, pid: int) -> None:
    service = PartnerService(db)
    form = service.get(pid)
    form.contacts = []
    service.save(form)


EDITS: dict[str, tuple[Callable[[Database, int], None], str]] = {
    "field": (edit_field, "edited"),
    "field typed back": (edit_and_type_back, "edited"),
    "tags": (edit_tags, "tags"),
    "contact added": (add_contact, "contacts"),
    "contact edited": (edit_contact, "contacts"),
    "contact deleted": (delete_contact, "contacts"),
}


@pytest.mark.parametrize("kind", sorted(EDITS))
def test_a_created_partner_edited_since_is_kept(any_db: Database, tmp_path: Path, kind: str) -> None:
    batch, pid, _other = import_new(any_db, tmp_path)
    edit, reason = EDITS[kind]
    edit(any_db, pid)
    with any_db.reading() as s:
        before = s.get(Partner, pid)
        snapshot = {c: getattr(before, c) for c in ("name", "notes", "city", "search_text", "version")}
    report = ImportService(any_db).undo(batch).value
    assert report.removed == 1
    assert len(report.kept_partners) == 1
    kept: KeptPartner = report.kept_partners[0]
    assert kept.partner_id == pid and reason in kept.reasons
    assert partner_ids(any_db) == {pid}
    with any_db.reading() as s:
        after = s.get(Partner, pid)
        assert {c: getattr(after, c) for c in snapshot} == snapshot


def test_an_untouched_batch_is_removed_whole_with_its_search_entries(any_db: Database,
                                                                    tmp_path: Path) -> None:
    batch, pid, _other = import_new(any_db, tmp_path)
    search = PartnerService(any_db)
    assert search.query(PartnerQuery(text="سپهر")) == [pid]
    plan = ImportService(any_db).undo_plan(batch)
    assert (plan.remove, plan.restore, plan.kept) == (2, 0, [])
    report = ImportService(any_db).undo(batch).value
    assert (report.removed, report.kept) == (2, [])
    assert partner_ids(any_db) == set()
    assert search.query(PartnerQuery(text="سپهر")) == []
    with any_db.reading() as s:
        assert s.scalar(select(func.count(Contact.id))) == 0
        deleted = set(s.scalars(select(AuditEntry.entity).where(AuditEntry.action == "delete")))
        assert deleted == {"partners", "contacts"}


# --------------------------------------------------------------------------- updates


def derived(p: Partner) -> dict[str, object]:
    return {c: getattr(p, c) for c in ("search_text", "name_key", "name_sort", "name_en_key",
                                       "web_domain")}


def test_an_update_comes_back_whole_fields_tags_contacts_and_derived(any_db: Database,
                                                                    tmp_path: Path) -> None:
    service = PartnerService(any_db)
    pid = service.save(PartnerForm(name="پارک فناوری کازان", name_en="Kazan Technopark",
                                   country_code="RU", website="https://kazan-park.ru",
                                   tags=["روسیه"])).value
    with any_db.reading() as s:
        p = s.get(Partner, pid)
        before = derived(p) | {"email": p.email, "name_en": p.name_en, "city": p.city}
    rows = [["پارک فناوری کازان", "Kazan Tech Park Ltd", "روسیه", "Kazan", "www.kazan-park.ru/en",
             "office@kazan-tech.example", "", "فن‌بازار", "Ilnur Sadykov", "director", ""]]
    imports = ImportService(any_db)
    batch = imports.commit(imports.preview(write(tmp_path / "u.csv", rows), policy="overwrite")).value
    with any_db.reading() as s:
        p = s.get(Partner, pid)
        assert p.web_domain != before["web_domain"] or p.search_text != before["search_text"]
        assert {t.name for t in p.tags} == {"روسیه", "فن‌بازار"}
        assert len(p.contacts) == 1
    assert service.query(PartnerQuery(text="Ltd")) == [pid]
    plan = imports.undo_plan(batch)
    assert (plan.remove, plan.restore, plan.kept) == (0, 1, [])
    report = imports.undo(batch).value
    assert (report.removed, report.restored, report.kept) == (0, 1, [])
    with any_db.reading() as s:
        p = s.get(Partner, pid)
        assert derived(p) | {"email": p.email, "name_en": p.name_en, "city": p.city} == before
        assert [t.name for t in p.tags] == ["روسیه"]
        assert p.contacts == []
        assert s.scalar(select(func.count(Tag.id)).where(Tag.name == "فن‌بازار")) == 1  # kept for reuse
    assert service.query(PartnerQuery(text="Technopark")) == [pid]
    assert service.query(PartnerQuery(text="Ltd")) == []
    assert service.query(PartnerQuery(text="فن‌بازار")) == []


def test_an_update_edited_since_keeps_the_edited_field_tag_and_contact(any_db: Database,
                                                                      tmp_path: Path) -> None:
    service = PartnerService(any_db)
    pid = service.save(PartnerForm(name="دانشگاه آنکارا", name_en="Ankara University",
                                   country_code="TR")).value
    rows = [["دانشگاه آنکارا", "", "ترکیه", "Ankara", "ankara.edu.tr", "", "", "آموزش",
             "Ayse Kaya", "", ""]]
    imports = ImportService(any_db)
    batch = imports.commit(imports.preview(write(tmp_path / "u.csv", rows), policy="overwrite")).value
    form = service.get(pid)
    form.city = "Ankara (Çankaya)"
    form.contacts[0].role = "rector's office"
    service.save(form)
    plan = imports.undo_plan(batch)
    assert plan.restore == 1 and len(plan.kept_fields) == 1
    assert plan.kept_fields[0].fields == ("city", "contact Ayse Kaya")
    report = imports.undo(batch).value
    assert report.kept == plan.kept and "city" in report.kept[0]
    with any_db.reading() as s:
        p = s.get(Partner, pid)
        assert p.city == "Ankara (Çankaya)"  # kept: edited after the import
        assert p.website == ""  # restored
        assert [c.role for c in p.contacts] == ["rector's office"]
        assert p.tags == []  # the import's tag is taken back
        assert p.web_domain == "" and "ankara.edu" not in p.search_text
        assert "cankaya" in p.search_text.lower() or "çankaya" in p.search_text.lower()


def test_undo_newest_first_is_still_a_clean_way_back(any_db: Database, tmp_path: Path) -> None:
    imports = ImportService(any_db)
    first, _pid, _other = import_new(any_db, tmp_path)
    again = [[NEW[0], "", "ایران", "", "", "", "021-1", "هوش مصنوعی", "", "", "note"]]
    second = imports.commit(imports.preview(write(tmp_path / "b.csv", again),
                                            policy="update_empty")).value
    assert imports.undo(second).value.restored == 1
    plan = imports.undo_plan(first)
    assert (plan.remove, plan.kept) == (2, [])
    assert imports.undo(first).value.removed == 2
    assert partner_ids(any_db) == set()


def test_a_later_import_not_undone_keeps_the_partner(any_db: Database, tmp_path: Path) -> None:
    imports = ImportService(any_db)
    first, pid, _other = import_new(any_db, tmp_path)
    again = [[NEW[0], "", "ایران", "", "", "", "", "", "", "", "from the second list"]]
    imports.commit(imports.preview(write(tmp_path / "b.csv", again), policy="update_empty"))
    report = imports.undo(first).value
    assert report.removed == 1
    assert [(k.partner_id, k.reasons) for k in report.kept_partners] == [(pid, ("edited",))]


def test_the_country_and_origin_come_back(any_db: Database, tmp_path: Path) -> None:
    service = PartnerService(any_db)
    pid = service.save(PartnerForm(name="شرکت فناوران تبریز", country_code="IR",
                                   website="https://tabriz-tech.example")).value
    rows = [["Tabriz Tech", "", "روسیه", "", "tabriz-tech.example", "", "", "الف, ب", "", "", ""]]
    imports = ImportService(any_db)
    batch = imports.commit(imports.preview(write(tmp_path / "c.csv", rows), policy="overwrite")).value
    with any_db.reading() as s:
        p = s.get(Partner, pid)
        assert (p.country_code, p.origin.value, len(p.tags)) == ("RU", "foreign", 2)
    imports.undo(batch)
    with any_db.reading() as s:
        p = s.get(Partner, pid)
        assert (p.country_code, p.origin.value, p.tags) == ("IR", "domestic", [])


def test_the_plan_as_a_question(sqlite_db: Database, tmp_path: Path) -> None:
    from desktop_app.domain import i18n

    batch, pid, _other = import_new(sqlite_db, tmp_path)
    imports = ImportService(sqlite_db)
    assert imports.undo_plan(batch).question().split("\n") == [
        f"Undo import no. {batch}?",
        "Partners it added that will be removed: 2.",
        "Partners it updated that get their old values back: 0.",
        "Nothing was linked or edited since; the import is taken back whole.",
    ]
    link_hub(sqlite_db, pid)
    i18n.set_language("fa")
    assert imports.undo_plan(batch).question().split("\n") == [
        f"ورود شماره {batch} برگردانده شود؟",
        "طرف‌های همکاری افزوده‌شده‌ای که حذف می‌شوند: 1.",
        "طرف‌های همکاری به‌روزشده‌ای که مقدار پیشین خود را باز می‌گیرند: 0.",
        "این‌ها چون پس از ورود پیوند یا ویرایش شده‌اند، همان‌گونه می‌مانند:",
        "• “شرکت داده پردازان سپهر” (Sepehr Data) نگه داشته شد: میزبان یک هاب است.",
    ]


def test_kept_fields_read_in_both_languages() -> None:
    from desktop_app.domain import i18n

    kept = import_undo.KeptFields(1, "“پارس”", ("city", "website"))
    assert kept.sentence() == "“پارس”: city, website kept as edited after the import."
    i18n.set_language("fa")
    assert kept.sentence() == "“پارس”: city, website همان‌گونه که پس از ورود ویرایش شد نگه داشته شد."
    assert import_undo.KeptPartner(1, "“پارس”", ("letters", "other_table")).sentence() == \
        "“پارس” نگه داشته شد: در یک نامه آمده است و در other_table به کار رفته است."
