"""ImportService against a real register (SQLite and PostgreSQL): preview, commit, undo,
batches, profiles, exports and the audit trail."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.database import Database
from db.models import AuditEntry, Contact, ImportBatch, ImportChange, MoU, MoUParty, Partner, Tag
from desktop_app.domain.errors import DomainError, NotFoundError
from desktop_app.domain.imports import ImportService
from desktop_app.domain.partners import PartnerForm, PartnerService, apply_derived
from desktop_app.importing import MappingProfile, read_table

HEADERS = ["نام سازمان", "نام لاتین", "کشور", "شهر", "وب‌سایت", "ایمیل", "تلفن", "برچسب",
           "نام رابط", "سمت", "توضیحات"]


def write(path: Path, rows: list[list[str]], headers: list[str] = HEADERS) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def counts(db: Database) -> dict[str, int]:
    with db.reading() as s:
        return {
            "partners": s.scalar(select(func.count(Partner.id))) or 0,
            "contacts": s.scalar(select(func.count(Contact.id))) or 0,
            "batches": s.scalar(select(func.count(ImportBatch.id))) or 0,
            "audit": s.scalar(select(func.count(AuditEntry.id))) or 0,
        }


def seed(db: Database) -> dict[str, int]:
    """Three partners already in the register, saved the way the window saves them."""
    service = PartnerService(db)
    ids = {
        "pars": service.save(PartnerForm(name="شرکت پارس نوآوران", name_en="Pars Noavaran Co.",
                                         country_code="IR", website="")).value,
        "kazan": service.save(PartnerForm(name="پارک فناوری کازان", name_en="Kazan Technopark",
                                          country_code="RU", website="https://kazan-park.ru",
                                          city="")).value,
        "ankara": service.save(PartnerForm(name="دانشگاه آنکارا", name_en="Ankara University",
                                           country_code="TR", city="Ankara")).value,
    }
    return ids


ROWS = [
    # 2: a new partner with a contact and two tags
    ["شرکت داده پردازان سپهر", "Sepehr Data", "ایران", "تهران", "sepehr-data.ir",
     "info@sepehr-data.ir", "09121234567", "فن‌بازار, نفت و گاز", "علی رضایی", "مدیرعامل", ""],
    # 3: the existing Pars, typed with Arabic Yeh/Kaf: a certain duplicate by name
    ["شركت پارس نوآوران", "", "ايران", "تبریز", "", "", "", "", "", "", ""],
    # 4: the existing Kazan park by its web domain, another spelling of the name
    ["Kazan Tech Park", "", "Russia", "Kazan", "www.kazan-park.ru/en", "", "", "", "", "", ""],
    # 5: rejected — no name
    ["", "", "ایران", "", "", "", "", "", "", "", ""],
    # 6: rejected — bad e-mail
    ["شرکت بی‌نشان", "", "ایران", "", "", "not-an-email", "", "", "", "", ""],
    # 7: rejected — unknown country
    ["شرکت ناکجا", "", "ناکجاآباد", "", "", "", "", "", "", "", ""],
    # 8: a near match of Ankara University (a typo), same country
    ["دانشگاه آنکاراا", "Ankara Universty", "ترکیه", "", "", "", "", "", "", "", ""],
]


@pytest.fixture(autouse=True)
def english() -> object:
    from desktop_app.domain import i18n

    before = i18n.language()
    i18n.set_language("en")
    yield
    i18n.set_language(before)


@pytest.fixture
def imports(any_db: Database) -> ImportService:
    return ImportService(any_db)


def test_preview_writes_nothing_and_plans_every_row(any_db: Database, imports: ImportService,
                                                     tmp_path: Path) -> None:
    ids = seed(any_db)
    before = counts(any_db)
    path = write(tmp_path / "list.csv", ROWS)
    preview = imports.preview(path, policy="update_empty")
    assert counts(any_db) == before
    plan = preview.plan
    by_row = {r.partner.row: r for r in plan.rows}
    assert by_row[2].action == "create"
    assert by_row[3].action == "update_empty" and by_row[3].duplicate.existing_id == ids["pars"]
    assert by_row[3].duplicate.key == "name"
    assert by_row[4].action == "update_empty" and by_row[4].duplicate.existing_id == ids["kazan"]
    assert by_row[4].duplicate.key == "domain"
    assert by_row[8].action == "create"
    assert any(c.existing_id == ids["ankara"] for c in by_row[8].candidates)
    assert {(r.row, r.code) for r in plan.rejections} == {
        (5, "missing_name"), (6, "bad_email"), (7, "unknown_country")}
    assert {r.column for r in plan.rejections} == {"نام سازمان", "ایمیل", "کشور"}
    assert set(preview.existing) >= {ids["pars"], ids["kazan"], ids["ankara"]}
    assert preview.existing[ids["kazan"]].website == "https://kazan-park.ru"
    assert len(preview.file_sha256) == 64


def test_commit_adds_updates_skips_and_records_the_batch(any_db: Database, imports: ImportService,
                                                         tmp_path: Path) -> None:
    ids = seed(any_db)
    path = write(tmp_path / "list.csv", ROWS)
    preview = imports.preview(path, policy="update_empty")
    result = imports.commit(preview)
    batch_id = result.value
    assert result.changes.created["partners"]
    with any_db.reading() as s:
        new = s.scalar(select(Partner).where(Partner.name == "شرکت داده پردازان سپهر"))
        assert new is not None and new.import_batch_id == batch_id
        assert [t.name for t in new.tags] == ["فن‌بازار", "نفت و گاز"]
        assert [(c.name, c.role) for c in new.contacts] == [("علی رضایی", "مدیرعامل")]
        assert new.web_domain == "sepehr-data.ir" and new.name_key and new.name_sort
        check = Partner(name=new.name, name_en=new.name_en, website=new.website, email=new.email,
                        city=new.city, sector=new.sector, phone=new.phone,
                        country_code=new.country_code)
        apply_derived(check, ["فن‌بازار", "نفت و گاز"])
        for column in ("name_key", "name_sort", "name_en_key", "web_domain", "search_text"):
            assert getattr(new, column) == getattr(check, column), column
        pars = s.get(Partner, ids["pars"])
        assert pars.city == "تبریز" and pars.version == 2
        kazan = s.get(Partner, ids["kazan"])
        assert kazan.city == "Kazan" and kazan.website == "https://kazan-park.ru"  # not overwritten
        near = s.scalar(select(Partner).where(Partner.name == "دانشگاه آنکاراا"))
        assert near is not None  # near matches are created, never merged without a decision
        batch = s.get(ImportBatch, batch_id)
        assert batch.file_name == "list.csv" and batch.file_sha256 == preview.file_sha256
        assert batch.counts == {"added": 2, "updated": 2, "unchanged": 0, "skipped": 0, "rejected": 3}
        assert batch.mapping["columns"]["نام سازمان"] == "name" and batch.mapping["policy"] == "update_empty"
        changes = s.execute(select(ImportChange.action, func.count()).where(
            ImportChange.batch_id == batch_id).group_by(ImportChange.action)).all()
        assert dict(changes) == {"created": 2, "updated": 2}
        updated = s.scalar(select(ImportChange).where(ImportChange.partner_id == ids["pars"]))
        # "other" counts as an empty kind; the row's kind was inferred from "شرکت"
        assert updated.old_values == {"city": "", "kind": "other"}
        assert updated.new_values == {"city": "تبریز", "kind": "company"}
        assert updated.partner_version == 2
        # the audit trail has every imported partner and contact, with source "import"
        audited = set(s.scalars(select(AuditEntry.entity_id).where(
            AuditEntry.entity == "partners", AuditEntry.action == "insert", AuditEntry.source == "import")))
        assert {new.id, near.id} <= audited
        entry = s.scalar(select(AuditEntry).where(AuditEntry.entity == "partners",
                                                  AuditEntry.entity_id == new.id))
        assert entry.changes["name"] == [None, new.name] and entry.entity_uuid == new.uuid
        assert s.scalar(select(func.count()).where(AuditEntry.entity == "contacts",
                                                   AuditEntry.source == "import")) == 1
        assert s.scalar(select(func.count()).where(AuditEntry.entity == "partners",
                                                   AuditEntry.action == "update",
                                                   AuditEntry.source == "import")) == 2
    assert [b.id for b in imports.batches()] == [batch_id]


def test_policies_and_decisions(any_db: Database, imports: ImportService, tmp_path: Path) -> None:
    ids = seed(any_db)
    path = write(tmp_path / "list.csv", ROWS[:6])
    before = counts(any_db)["partners"]
    imports.commit(imports.preview(path, policy="skip"))
    with any_db.reading() as s:
        assert s.get(Partner, ids["pars"]).city == ""
    assert counts(any_db)["partners"] == before + 1
    # overwrite, and a decision that merges the near match into Ankara University
    preview = imports.preview(write(tmp_path / "b.csv", [
        ["Kazan Technopark", "", "روسیه", "Казань", "kazan-park.ru", "", "", "", "", "", ""],
        ["دانشگاه آنکاراا", "Ankara Universty", "ترکیه", "آنکارا", "", "", "", "", "", "", ""],
        ["شرکت تازه", "", "ایران", "", "", "", "", "", "", "", ""],
    ]), policy="overwrite")
    by_row = {r.partner.row: r for r in preview.plan.rows}
    assert by_row[2].action == "overwrite"
    imports.commit(preview, decisions={3: "overwrite", 4: "skip"})
    with any_db.reading() as s:
        kazan = s.get(Partner, ids["kazan"])
        assert kazan.city == "Казань" and kazan.website == "kazan-park.ru"
        ankara = s.get(Partner, ids["ankara"])
        assert ankara.city == "آنکارا" and ankara.name == "دانشگاه آنکاراا"
        assert s.scalar(select(Partner).where(Partner.name == "شرکت تازه")) is None
    with pytest.raises(DomainError):
        imports.commit(preview, decisions={2: "merge"})


def test_duplicates_within_the_file(any_db: Database, imports: ImportService, tmp_path: Path) -> None:
    path = write(tmp_path / "dup.csv", [
        ["شرکت کیمیا", "Kimia Co", "ایران", "", "kimia.ir", "", "", "", "", "", ""],
        ["شركت كيميا", "", "ایران", "شیراز", "", "", "", "", "", "", ""],
        ["Kimia Group", "", "ایران", "", "https://www.kimia.ir", "", "", "", "", "", ""],
    ])
    preview = imports.preview(path)
    assert [r.action for r in preview.plan.rows] == ["create", "skip", "skip"]
    # the user decides row 3 should fill the first row's empty fields
    imports.commit(preview, decisions={4: "update_empty"})  # row 4 fills row 2 (no empty field)
    with any_db.reading() as s:
        rows = s.execute(select(Partner.name, Partner.city)).all()
    assert rows == [("شرکت کیمیا", "")]
    # again, into the register that now holds Kimia: row 2 updates it (nothing to fill), and
    # the user decides row 3 — a duplicate of a partner row 2 already claimed — fills it too
    imports.commit(imports.preview(path, policy="update_empty"), decisions={3: "update_empty"})
    with any_db.reading() as s:
        assert s.execute(select(Partner.name, Partner.city)).all() == [("شرکت کیمیا", "شیراز")]


def test_a_merge_into_an_earlier_row_leaves_the_preview_as_it_was(
        any_db: Database, imports: ImportService, tmp_path: Path) -> None:
    """Row 3 fills row 2's empty city: the partner gets it, the preview's row 2 does not, so
    committing the same preview elsewhere (or showing it again) sees the file as read."""
    path = write(tmp_path / "merge.csv", [
        ["شرکت کیمیا", "Kimia Co", "ایران", "", "kimia.ir", "", "", "", "", "", ""],
        ["شركت كيميا", "", "ایران", "شیراز", "", "", "", "", "", "", ""],
    ])
    preview = imports.preview(path)
    imports.commit(preview, decisions={3: "update_empty"})
    with any_db.reading() as s:
        assert s.execute(select(Partner.name, Partner.city)).all() == [("شرکت کیمیا", "شیراز")]
    assert [(r.partner.row, r.partner.city) for r in preview.plan.rows] == [(2, ""), (3, "شیراز")]


def test_undo_removes_restores_and_keeps_later_edits(any_db: Database, imports: ImportService,
                                                      tmp_path: Path) -> None:
    ids = seed(any_db)
    before = counts(any_db)["partners"]
    path = write(tmp_path / "list.csv", ROWS)
    batch_id = imports.commit(imports.preview(path, policy="overwrite")).value
    with any_db.reading() as s:
        created = sorted(s.scalars(select(ImportChange.partner_id).where(
            ImportChange.batch_id == batch_id, ImportChange.action == "created")))
        kazan = s.get(Partner, ids["kazan"])
        assert kazan.website == "www.kazan-park.ru/en" and kazan.city == "Kazan"
    # after the import: an officer edits Kazan's city (not its website) and one new partner
    partners = PartnerService(any_db)
    form = partners.get(ids["kazan"])
    form.city = "Kazan (Tatarstan)"
    partners.save(form)
    form = partners.get(created[0])
    form.notes = "met at the fair"
    partners.save(form)
    report = imports.undo(batch_id).value
    assert report.removed == len(created) - 1
    assert report.restored == 2
    kept = " ".join(report.kept)
    assert "city" in kept and "Kazan Technopark" in kept
    assert form.name in kept
    with any_db.reading() as s:
        kazan = s.get(Partner, ids["kazan"])
        assert kazan.website == "https://kazan-park.ru"  # restored
        assert kazan.city == "Kazan (Tatarstan)"  # kept: edited after the import
        assert s.get(Partner, ids["pars"]).city == ""
        assert s.get(Partner, created[0]) is not None
        assert s.get(Partner, created[1]) is None
        assert s.get(ImportBatch, batch_id).undone_at is not None
        deleted = s.scalar(select(func.count()).where(AuditEntry.entity == "partners",
                                                      AuditEntry.action == "delete"))
        assert deleted == len(created) - 1
    assert counts(any_db)["partners"] == before + 1
    with pytest.raises(DomainError):
        imports.undo(batch_id)
    with pytest.raises(NotFoundError):
        imports.undo(9999)


def test_undo_keeps_a_created_partner_now_party_to_an_mou(any_db: Database, imports: ImportService,
                                                          tmp_path: Path) -> None:
    path = write(tmp_path / "one.csv", [ROWS[0]])
    batch_id = imports.commit(imports.preview(path)).value
    with any_db.unit_of_work() as s:
        partner = s.scalar(select(Partner))
        mou = MoU(title="تفاهم‌نامه همکاری")
        s.add(mou)
        s.flush()
        s.add(MoUParty(mou_id=mou.id, partner_id=partner.id))
    report = imports.undo(batch_id).value
    assert report.removed == 0 and "MoU" in report.kept[0]
    assert counts(any_db)["partners"] == 1


def test_newest_first_undo_is_a_clean_way_back(any_db: Database, imports: ImportService,
                                               tmp_path: Path) -> None:
    first = imports.commit(imports.preview(write(tmp_path / "a.csv", ROWS[:1]))).value
    second = imports.commit(imports.preview(write(tmp_path / "b.csv", [
        ["شرکت داده پردازان سپهر", "", "ایران", "", "", "", "021-1", "", "", "", "note"]]),
        policy="update_empty")).value
    assert imports.undo(second).value.restored == 1
    report = imports.undo(first).value
    assert report.removed == 1 and report.kept == []
    assert counts(any_db)["partners"] == 0
    assert counts(any_db)["contacts"] == 0
    with any_db.reading() as s:
        assert s.scalar(select(func.count(Tag.id))) == 2  # tags stay for later use


def test_profiles(imports: ImportService, tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "x.csv", ROWS))
    profile = MappingProfile.from_mapping("نمایشگاه", table.headers, {0: "name", 2: "country"},
                                          delimiter=",")
    imports.save_profile(profile)
    imports.save_profile(MappingProfile("other", {"Name": "name"}))
    assert [p.name for p in imports.profiles()] == ["other", "نمایشگاه"]
    loaded = imports.profile("نمایشگاه")
    assert loaded.column_map(table.headers) == {0: "name", 2: "country"} and loaded.delimiter == ","
    profile.columns["شهر"] = "city"
    imports.save_profile(profile)
    assert imports.profile("نمایشگاه").columns["شهر"] == "city"
    imports.delete_profile("other")
    assert [p.name for p in imports.profiles()] == ["نمایشگاه"]
    with pytest.raises(NotFoundError):
        imports.profile("other")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_into_an_empty_register(any_db: Database, imports: ImportService,
                                                   tmp_path: Path, suffix: str) -> None:
    partners = PartnerService(any_db)
    from desktop_app.domain.partners import ContactForm

    partners.save(PartnerForm(name="=HYPERLINK(\"http://evil\")", name_en="Evil Formula Inc",
                              country_code="TR", city="Ankara", notes="-2+3", phone="+98 21 8877 6655",
                              tags=["@fair", "نفت"], contacts=[ContactForm(name="Ali", role="CEO",
                                                                           email="ali@x.com")]))
    partners.save(PartnerForm(name="پارک علم و فناوری پردیس", name_en="Pardis Technology Park",
                              country_code="IR", website="https://pardis.ir", email="info@pardis.ir",
                              sector="فناوری", address="تهران، پردیس", notes="خط اول\nخط دوم"))
    partners.save(PartnerForm(name="شرکت آلمانی", country_code="DE", kind="company"))
    out = tmp_path / f"partners{suffix}"
    assert imports.export_partners(out) == 3
    table = read_table(out)
    assert table.headers[:11] == ["name", "name_en", "country", "city", "kind", "sector", "website",
                                  "email", "phone", "address", "notes"]
    if suffix == ".csv":
        raw = out.read_text(encoding="utf-8-sig")
        assert "'=HYPERLINK" in raw and "'-2+3" in raw and "'+98 21" in raw and "'@fair" in raw
    else:
        from openpyxl import load_workbook

        sheet = load_workbook(out).active
        values = [c.value for row in sheet.iter_rows() for c in row]
        assert "'=HYPERLINK(\"http://evil\")" in values
        assert not any(isinstance(v, str) and v.startswith("=") for v in values)

    fresh = Database.open(tmp_path / "fresh.sqlite3", app_version="test")
    try:
        again = ImportService(fresh)
        preview = again.preview(out)
        assert preview.plan.rejections == []
        again.commit(preview)

        def snapshot(db: Database) -> list[tuple[object, ...]]:
            with db.reading() as s:
                return sorted(
                    (p.name, p.name_en, p.kind, p.sector, p.origin, p.country_code, p.city, p.address,
                     p.website, p.email, p.phone, p.notes, tuple(t.name for t in p.tags),
                     tuple((c.name, c.role, c.email, c.phone) for c in p.contacts))
                    for p in s.scalars(select(Partner)))

        assert snapshot(fresh) == snapshot(any_db)
    finally:
        fresh.close()


def test_export_rows_and_bad_suffix(imports: ImportService, tmp_path: Path) -> None:
    assert imports.export_rows(tmp_path / "l.csv", ["a", "b"], [["=1+1", 2], ["x", None]]) == 2
    assert read_table(tmp_path / "l.csv").rows == [["=1+1", "2"], ["x", ""]]
    assert "'=1+1" in (tmp_path / "l.csv").read_text(encoding="utf-8-sig")
    with pytest.raises(DomainError):
        imports.export_rows(tmp_path / "l.pdf", ["a"], [])


def test_cancel_writes_nothing(any_db: Database, imports: ImportService, tmp_path: Path) -> None:
    from desktop_app.domain.imports import ImportCancelled

    path = write(tmp_path / "list.csv", ROWS)
    preview = imports.preview(path)
    seen: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelled):
        imports.commit(preview, progress=lambda d, t: seen.append((d, t)), cancelled=lambda: bool(seen))
    assert counts(any_db) == {"partners": 0, "contacts": 0, "batches": 0, "audit": 0}
    with pytest.raises(ImportCancelled):
        imports.preview(path, cancelled=lambda: True)


def test_imported_rows_are_stored_as_the_orm_stores_them(any_db: Database, imports: ImportService,
                                                         tmp_path: Path) -> None:
    """The bulk insert writes the same text for timestamps, and the same audit content, as
    the ORM path (the seeded partners) does."""
    import re

    from sqlalchemy import text

    from db.bulk_audit import insert_changes as _audit_changes

    ids = seed(any_db)
    imports.commit(imports.preview(write(tmp_path / "a.csv", ROWS)))
    with any_db.reading() as s:
        new = s.scalars(select(Partner).where(Partner.import_batch_id.is_not(None))).all()
        assert new
        for p in new:
            row = s.execute(select(Partner.__table__).where(Partner.id == p.id)).one()._asdict()
            audit = s.execute(select(AuditEntry.changes, AuditEntry.source, AuditEntry.entity_uuid)
                              .where(AuditEntry.entity == "partners", AuditEntry.entity_id == p.id,
                                     AuditEntry.action == "insert")).one()
            tags = sorted(t.name for t in p.tags)  # the hook records an insert's tags too
            assert audit.changes == {**_audit_changes(row), **({"tags": [None, tags]} if tags else {})}
            assert audit.source == "import" and audit.entity_uuid == p.uuid
            assert p.created_at == p.updated_at and p.created_at.tzinfo is not None
        if any_db.is_sqlite:
            stamp = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$")
            for sql in ("SELECT created_at, updated_at FROM partners",
                        "SELECT created_at, updated_at FROM contacts",
                        "SELECT at, at FROM audit_log"):
                for a, b in s.execute(text(sql)):
                    assert stamp.match(a) and stamp.match(b), (sql, a, b)
            old = s.execute(text("SELECT created_at FROM partners WHERE id = :i"),
                            {"i": ids["pars"]}).scalar()
            assert stamp.match(old)


def test_updates_are_written_as_the_orm_writes_them(any_db: Database, imports: ImportService,
                                                   tmp_path: Path) -> None:
    """The Core update path leaves a partner as the ORM would: derived columns refreshed,
    version up by one, one audit entry with the changed columns' old and new values, the
    new tag linked and the new contact audited as an insert."""
    ids = seed(any_db)
    with any_db.reading() as s:
        before = s.execute(select(Partner.__table__).where(Partner.id == ids["ankara"])).one()._asdict()
    path = write(tmp_path / "u.csv", [
        ["دانشگاه آنکارا", "", "Turkey", "", "ankara.edu.tr", "info@ankara.edu.tr", "+90 312 212 6040",
         "دانشگاه‌ها", "Ayşe Kaya", "Rector", ""],
    ])
    imports.commit(imports.preview(path, policy="update_empty"))
    with any_db.reading() as s:
        p = s.get(Partner, ids["ankara"])
        assert p is not None
        after = s.execute(select(Partner.__table__).where(Partner.id == p.id)).one()._asdict()
        assert p.version == before["version"] + 1 and p.updated_at > before["updated_at"]
        assert p.website == "ankara.edu.tr" and p.email == "info@ankara.edu.tr" and p.city == "Ankara"
        assert [t.name for t in p.tags] == ["دانشگاه‌ها"]
        assert [c.name for c in p.contacts] == ["Ayşe Kaya"]
        derived = ("name_key", "name_sort", "name_en_key", "web_domain", "search_text")
        stored = {k: after[k] for k in derived}
        apply_derived(p, [t.name for t in p.tags])
        assert stored == {k: getattr(p, k) for k in derived}
        assert "ayşe" not in p.search_text and "ankaraedutr" in p.search_text
        entries = s.execute(select(AuditEntry.entity, AuditEntry.action, AuditEntry.changes)
                            .where(AuditEntry.source == "import")).all()
        updates = [e.changes for e in entries if e.entity == "partners"]
        assert len(updates) == 1 and updates[0]["website"] == ["", "ankara.edu.tr"]
        assert set(updates[0]) == {"website", "email", "phone", "kind", "tags"}  # "other" → university
        assert updates[0]["tags"] == [[], ["دانشگاه‌ها"]]  # the new tag, in the same entry as the ORM's
        assert [e.action for e in entries if e.entity == "contacts"] == ["insert"]
        change = s.scalars(select(ImportChange).where(ImportChange.partner_id == p.id)).one()
        assert change.partner_version == p.version and change.new_values["_tags"] == ["دانشگاه‌ها"]
        assert change.new_values["_contacts"] == [p.contacts[0].id]


def test_search_finds_imported_partners_and_the_fts_trigger_is_back(
        any_db: Database, imports: ImportService, tmp_path: Path) -> None:
    """The SQLite import fills the full-text index set-wise with its insert trigger dropped;
    afterwards search finds the new partners and the triggers are the schema's again."""
    from sqlalchemy import text

    from db.bulk import FTS_INSERT_TRIGGER, FTS_UPDATE_TRIGGER
    from desktop_app.domain.partners import PartnerQuery

    def triggers() -> list[str]:
        """The FTS triggers, then every index of partners (a big import rebuilds them)."""
        with any_db.reading() as s:
            return [s.execute(text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :n"),
                              {"n": name}).scalar() for name in (FTS_INSERT_TRIGGER, FTS_UPDATE_TRIGGER)
                    ] + sorted(s.execute(text("SELECT name || ': ' || coalesce(sql, '') FROM sqlite_master "
                                              "WHERE type = 'index' AND tbl_name = 'partners'")).scalars())

    ids = seed(any_db)
    before = None
    if any_db.is_sqlite:
        before = triggers()
        assert all(before[:2]) and "partners_fts" in before[0]
        assert any("ix_partners_name_sort" in i for i in before[2:])
    service = PartnerService(any_db)
    assert ids["pars"] not in service.query(PartnerQuery(text="تبریز"))
    result = imports.commit(imports.preview(write(tmp_path / "a.csv", ROWS)))
    created = set(result.changes.created["partners"])
    assert created
    for word in ("سپهر", "Sepehr", "sepehr-data"):
        assert created & set(service.query(PartnerQuery(text=word))), word
    # Updated partners are found by what the import filled in (re-indexed set-wise).
    assert ids["pars"] in service.query(PartnerQuery(text="تبریز"))
    assert ids["pars"] in service.query(PartnerQuery(text="پارس"))
    if any_db.is_sqlite:
        assert triggers() == before
        with any_db.reading() as s:
            assert s.execute(text("SELECT count(*) FROM partners_fts WHERE rowid IN "
                                  "(SELECT id FROM partners WHERE import_batch_id = :b)"),
                             {"b": result.value}).scalar() == len(created)
            s.execute(text("INSERT INTO partners_fts(partners_fts) VALUES ('integrity-check')"))
        # The trigger works again: a partner saved afterwards is found too.
        new_id = service.save(PartnerForm(name="شرکت ستاره قطبی", name_en="Polaris Star",
                                          country_code="IR")).value
        assert new_id in service.query(PartnerQuery(text="Polaris"))
