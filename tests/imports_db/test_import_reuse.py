"""The preview's work reused by the commit: the plan's column-wise derived keys and the
cached index of the register's partners, against runs that use neither (SQLite files)."""

from __future__ import annotations

import csv
import dataclasses
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from db.database import Database
from db.models import Contact, Partner, Tag, partner_tags
from desktop_app.domain.import_derive import derived_columns
from desktop_app.domain.imports import ImportService
from desktop_app.domain.partners import PartnerForm, PartnerService
from desktop_app.importing.duplicates import forget_existing_index

HEADERS = ["نام سازمان", "نام لاتین", "کشور", "شهر", "وب‌سایت", "برچسب", "نام رابط"]
#: Names drawn from (with Arabic letter forms, ZWNJ, typos), so files repeat the register
#: and themselves in other spellings.
NAMES = ["شرکت پارس نوآوران", "شركت پارس نوآوران", "شرکت پارس نواوران", "پارک فناوری کازان",
         "دانشگاه آنکارا", "دانشگاه آنکاراا", "Kazan Technopark", "Kazan Techno park",
         "مرکز رشد سپهر", "مرکز‌رشد سپهر", "هلدینگ داده‌پردازان", "Ankara University", "Pars Co"]
LATIN = ["", "", "Pars Noavaran Co.", "Kazan Technopark", "Ankara Universty", "Sepehr"]
COUNTRIES = ["ایران", "ترکیه", "Russia", ""]
SITES = ["", "", "", "kazan-park.ru", "https://sepehr.ir", "info.example.org"]
TAGS = ["", "فن‌بازار", "نفت و گاز, فن‌بازار"]
CONTACTS = ["", "", "علی رضایی"]

row_strategy = st.tuples(*(st.sampled_from(pool) for pool in (NAMES, LATIN, COUNTRIES, ["", "تهران", "Kazan"],
                                                              SITES, TAGS, CONTACTS)))


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    from desktop_app.domain import i18n

    before = i18n.language()
    i18n.set_language("en")
    yield
    i18n.set_language(before)
    forget_existing_index()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A register holding a few partners, saved the way the window saves them (copied per run)."""
    path = tmp_path_factory.mktemp("template") / "register.sqlite3"
    db = Database.open(path, app_version="test")
    service = PartnerService(db)
    service.save(PartnerForm(name="شرکت پارس نوآوران", name_en="Pars Noavaran Co.", country_code="IR"))
    service.save(PartnerForm(name="پارک فناوری کازان", name_en="Kazan Technopark", country_code="RU",
                             website="https://kazan-park.ru"))
    service.save(PartnerForm(name="دانشگاه آنکارا", name_en="Ankara University", country_code="TR",
                             city="Ankara", tags=["فن‌بازار"]))
    db.close()
    return path


def fresh(template: Path, folder: Path, name: str) -> Database:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{name}.sqlite3"
    shutil.copyfile(template, target)
    return Database.open(target, app_version="test", migrate=False)


def write(path: Path, rows: list[tuple[str, ...]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows(rows)
    return path


def plan_of(preview: object) -> list[tuple[object, ...]]:
    return [(r.partner.row, r.action, r.duplicate, r.candidates) for r in preview.plan.rows]  # type: ignore[attr-defined]


def register_of(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every partner (all columns but the random and clock ones), its tags and contacts."""
    skip = {"uuid", "created_at", "updated_at"}
    columns = [c for c in Partner.__table__.columns if c.name not in skip]
    with db.reading() as s:
        return {
            "partners": [tuple(r) for r in s.execute(select(*columns).order_by(Partner.id))],
            "tags": [tuple(r) for r in s.execute(
                select(partner_tags.c.partner_id, Tag.name).join(Tag, Tag.id == partner_tags.c.tag_id)
                .order_by(partner_tags.c.partner_id, Tag.name))],
            "contacts": [tuple(r) for r in s.execute(
                select(Contact.partner_id, Contact.name, Contact.email).order_by(Contact.id))],
        }


class Loads:
    """Counts the service's loads of the register's partners (the pass the cache saves)."""

    def __init__(self, service: ImportService) -> None:
        self.count = 0
        self._load = service.iter_existing_partners
        service.iter_existing_partners = self  # type: ignore[method-assign]

    def __call__(self) -> object:
        self.count += 1
        return self._load()


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(row_strategy, min_size=1, max_size=12),
       policy=st.sampled_from(["skip", "update_empty", "overwrite", "create"]),
       merge=st.sampled_from([None, "update_empty", "overwrite"]))
def test_reused_keys_and_index_give_what_a_run_without_them_gives(
        template: Path, tmp_path: Path, rows: list[tuple[str, ...]], policy: str, merge: str | None) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))  # one per example (hypothesis replays some)
    path = write(folder / "list.csv", rows)

    # Reused: a first preview indexes the register, the second reuses the index, the commit the keys.
    forget_existing_index()
    db = fresh(template, folder, "reused")
    service = ImportService(db)
    loads = Loads(service)
    service.preview(path, policy=policy)
    preview = service.preview(path, policy=policy)
    assert loads.count == 1  # the second preview did not load or index the partners again
    # Rows that duplicate an earlier row of the file are merged into it when asked to.
    decisions = {r.partner.row: merge for r in preview.plan.rows
                 if merge and r.duplicate is not None and r.duplicate.existing_id is None}
    service.commit(preview, decisions=decisions)
    if not decisions:
        assert service.rows_derived_in_commit == 0  # every new row's keys came from the plan
    else:
        assert service.rows_derived_in_commit <= len(decisions)
    reused = register_of(db)
    db.close()

    # Reference: a fresh index, and every new row derived one at a time by the commit.
    forget_existing_index()
    db = fresh(template, folder, "reference")
    service = ImportService(db)
    reference = service.preview(path, policy=policy)
    assert plan_of(reference) == plan_of(preview)  # same actions, duplicates and near matches
    reference.plan.derived = None
    service.commit(reference, decisions=decisions)
    created = sum(1 for r in reference.plan.rows if decisions.get(r.partner.row, r.action) == "create")
    assert service.rows_derived_in_commit == created
    assert register_of(db) == reused
    db.close()


def test_a_commit_after_a_preview_derives_nothing_row_by_row(template: Path, tmp_path: Path) -> None:
    db = fresh(template, tmp_path, "register")
    service = ImportService(db)
    rows = [(f"شرکت نمونه {i}", f"Sample {i}", "ایران", "تهران", f"sample{i}.ir", "فن‌بازار", "")
            for i in range(30)]
    preview = service.preview(write(tmp_path / "list.csv", rows), policy="skip")
    assert preview.plan.to_add == 30
    service.commit(preview)
    assert service.rows_derived_in_commit == 0
    with db.reading() as s:
        stored = s.execute(select(Partner).where(Partner.name == "شرکت نمونه 7")).scalar_one()
        expected = derived_columns(stored.name, stored.name_en, stored.website, stored.email, stored.city,
                                   stored.sector, stored.phone, stored.country_code, ["فن‌بازار"])
        assert {c: getattr(stored, c) for c in expected} == expected
    db.close()


def test_the_cached_index_follows_the_register(template: Path, tmp_path: Path) -> None:
    """A commit, an edit or a new partner between two previews is seen by the second."""
    db = fresh(template, tmp_path, "register")
    service = ImportService(db)
    loads = Loads(service)
    path = write(tmp_path / "list.csv", [("شرکت تازه نفس", "", "ایران", "", "", "", ""),
                                         ("موسسه نام تازه", "", "ایران", "", "", "", "")])
    first = service.preview(path, policy="skip")
    assert [r.action for r in first.plan.rows] == ["create", "create"]
    service.commit(first)
    again = service.preview(path, policy="skip")
    assert loads.count == 2
    assert [r.action for r in again.plan.rows] == ["skip", "skip"]  # the committed rows are known

    # An edit through the app (a new name for an existing partner) changes the register's token.
    partners = PartnerService(db)
    with db.reading() as s:
        pars = s.scalar(select(Partner).where(Partner.name == "شرکت پارس نوآوران"))
        form = PartnerForm(id=pars.id, version=pars.version, name="موسسه نام تازه 2",
                           name_en=pars.name_en, country_code="IR")
    service.preview(path, policy="skip")
    assert loads.count == 2  # unchanged register: the index is reused
    partners.save(dataclasses.replace(form))
    edited = service.preview(write(tmp_path / "other.csv", [("موسسه نام تازه 2", "", "ایران", "", "", "", "")]),
                             policy="skip")
    assert loads.count == 3
    assert edited.plan.rows[0].action == "skip"
    assert edited.plan.rows[0].duplicate.existing_id == pars.id
    db.close()


def test_a_preview_that_lets_the_rows_go_plans_the_same(template: Path, tmp_path: Path) -> None:
    db = fresh(template, tmp_path, "register")
    service = ImportService(db)
    path = write(tmp_path / "list.csv", [("شركت پارس نوآوران", "", "ایران", "تبریز", "", "", ""),
                                         ("شرکت نو", "", "ناکجا", "", "", "", ""),
                                         ("دانشگاه آنکاراا", "", "ترکیه", "", "", "", "")])
    kept = service.preview(path, policy="update_empty")
    light = service.preview(path, policy="update_empty", keep_rows=False)
    assert len(kept.table.rows) == 3 and light.table.rows == []
    assert plan_of(light) == plan_of(kept)
    assert [(r.row, r.code, r.values) for r in light.plan.rejections] == \
        [(r.row, r.code, r.values) for r in kept.plan.rejections]
    service.commit(light)
    with db.reading() as s:
        assert s.scalar(select(Partner.city).where(Partner.name == "شرکت پارس نوآوران")) == "تبریز"
    db.close()
