"""The partner search after migration 0005_search, on SQLite (FTS5) and PostgreSQL (scan).

A search never misses a committed partner: whatever way a partner came in (one save, a
bulk import with its index filled set-wise, an import's update), every prefix of every
word of its name finds it, and the index answers exactly what the plain ``LIKE`` rule over
``search_text`` answers.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from db.database import Database, alembic_config
from db.models import Partner
from desktop_app.domain.imports import ImportService
from desktop_app.domain.partners import PartnerForm, PartnerQuery, PartnerService
from desktop_app.domain.text import search_words


def write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Latin name", "City"])
        writer.writerows(rows)
    return path


def reference(db: Database, typed: str) -> set[int]:
    """What the plain rule answers: every typed word is a prefix of a key in search_text."""
    words = search_words(typed)
    with db.reading() as s:
        rows = s.execute(select(Partner.id, Partner.search_text)).all()
    return {i for i, keys in rows if all(f" {w}" in keys for w in words)}


def found(db: Database, typed: str) -> set[int]:
    return set(PartnerService(db).query(PartnerQuery(text=typed)))


def prefixes(name: str) -> list[str]:
    """Every prefix of every space-separated word of *name*."""
    return [word[:k] for word in name.split() for k in range(1, len(word) + 1)]


NAMES = [
    ("شرکت دانش‌بنیان آرنیک‌سان", "Arniksan Co."),
    ("پارك علم و فناوري يزد", "Yazd Science and Technology Park"),
    ("مرکز رشد ۱۲ فن‌آوران", "Incubator 12"),
    ("هلدینگ خلیج فارس", "Persian Gulf Holding"),
]


def test_every_prefix_finds_saved_and_imported_partners(any_db: Database, tmp_path: Path) -> None:
    service = PartnerService(any_db)
    saved = {service.save(PartnerForm(name=n, name_en=e)).value: n for n, e in NAMES[:2]}
    imports = ImportService(any_db)
    rows = [[n, e, "تبریز"] for n, e in NAMES[2:]] + [[f"شرکت شماره {i}", f"Company {i}", ""]
                                                      for i in range(40)]
    result = imports.commit(imports.preview(write(tmp_path / "list.csv", rows), policy="create"))
    created = result.changes.created["partners"]
    with any_db.reading() as s:
        names = dict(s.execute(select(Partner.id, Partner.name).where(Partner.id.in_(created))).all())
    for pid, name in {**saved, **names}.items():
        for typed in prefixes(name):
            assert pid in found(any_db, typed), (name, typed)
    # Other spellings: Arabic letter forms, ZWNJ as a space or nothing, digit scripts.
    for typed in ("پارک علم", "فناوری يزد", "دانش بنیان", "دانشبنیان", "آرنیکسان", "12", "١٢",
                  "فنآوران", "تبريز"):
        assert found(any_db, typed) == reference(any_db, typed) != set(), typed
    # An import's update re-indexes the partner: it is found by what the update filled in.
    pid = next(iter(saved))
    update = write(tmp_path / "update.csv", [[saved[pid], "", "کرمانشاه"]])
    imports.commit(imports.preview(update, policy="update_empty"))
    assert pid in found(any_db, "کرمانشاه")


WORDS = st.lists(st.sampled_from(["پارس", "پارك", "یزد", "يزد", "دانش‌بنیان", "فن", "آوران", "Tech",
                                  "tekno", "۱۲", "12", "٣", "ک", "ي", "a", "ab"]),
                 min_size=1, max_size=3).map(" ".join)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=WORDS)
def test_the_index_answers_exactly_the_like_rule(typed: str, search_register: Database) -> None:
    assert found(search_register, typed) == reference(search_register, typed)


@pytest.fixture
def search_register(any_db: Database) -> Database:
    """A register of a few hundred partners whose names mix the spellings above."""
    service = PartnerService(any_db)
    with any_db.reading() as s:
        if s.scalar(select(Partner.id).limit(1)) is None:
            parts = ["پارس", "پارک", "يزد", "دانش‌بنیان", "فن‌آوران", "Tech", "Teknopark", "۱۲", "3"]
            for i in range(120):
                name = f"{parts[i % 9]} {parts[(i * 5 + 2) % 9]} {i}"
                service.save(PartnerForm(name=name, name_en=parts[(i * 7) % 9]))
    return any_db


def test_sqlite_keeps_fewer_prefix_indexes_and_downgrades(sqlite_db: Database) -> None:
    """0005 keeps prefix indexes 2 and 3; going back to 0003 restores 1 2 3 4, and search
    works on both."""
    service = PartnerService(sqlite_db)
    pid = service.save(PartnerForm(name="پارک علم و فناوری پردیس")).value

    def fts_sql() -> str:
        with sqlite_db.reading() as s:
            return str(s.execute(text("SELECT sql FROM sqlite_master WHERE name = 'partners_fts'")).scalar())

    assert "prefix='2 3'" in fts_sql()
    with sqlite_db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0003")
    assert "prefix='1 2 3 4'" in fts_sql()
    assert pid in found(sqlite_db, "پ") and pid in found(sqlite_db, "پردی")
    with sqlite_db.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    assert "prefix='2 3'" in fts_sql()
    assert pid in found(sqlite_db, "پ") and pid in found(sqlite_db, "پردی")
