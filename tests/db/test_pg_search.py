"""The partner search on PostgreSQL after migration 0007_pg_search: the keys index.

The index answers exactly what the ``LIKE '% word%'`` rule answers (letter forms, ZWNJ,
digits, word prefixes — :mod:`tests.imports_db.test_search_index` holds that on both
databases); here: the first page of a search is the head of its whole answer whichever
way it was found (the walk over the first names, or the keys index), the planner uses the
index for a narrow search, the migration's expression is the query's, and the migration
goes down and up again. On SQLite it changes nothing.
"""

from __future__ import annotations

import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from db.database import Database, alembic_config
from db.models import Partner
from desktop_app.domain import search_index
from desktop_app.domain.partners import PartnerForm, PartnerQuery, PartnerService
from desktop_app.domain.search import SearchService
from desktop_app.domain.text import search_words

HEADS = ["شرکت", "پارک علم و فناوری", "دانشگاه", "مرکز رشد", "شرکت دانش‌بنیان", "هلدینگ"]
WORDS = ["پارس", "آریا", "نوین", "فن‌آوران", "گستر", "ژرف", "گیلان", "يزد", "كاوش", "۱۲", "Tech"]


@pytest.fixture
def register(pg_db: Database) -> Database:
    """150 partners whose first words gather at both ends of the name order."""
    service = PartnerService(pg_db)
    for i in range(150):
        service.save(PartnerForm(name=f"{HEADS[i % 6]} {WORDS[i % 11]} {WORDS[(i * 7 + 3) % 11]} {i}",
                                 name_en=f"Partner {i}", city="تبریز" if i % 4 else "Kazan"))
    with pg_db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE partners")
    return pg_db


def like_rule(db: Database, typed: str) -> list[int]:
    """The whole answer by the plain rule, in the list's order (name, then id)."""
    words = search_words(typed)
    with db.reading() as s:
        rows = s.execute(select(Partner.id, Partner.search_text)
                         .order_by(Partner.name_sort, Partner.id)).all()
    return [i for i, keys in rows if all(f" {w}" in keys for w in words)]


TYPED = st.lists(st.sampled_from(["ش", "شر", "شرکت", "شركت", "پ", "پارک", "دانش", "دانش بنیان",
                                  "دانشبنیان", "ن", "نو", "يزد", "یزد", "كاوش", "12", "١٢", "۱",
                                  "t", "tech", "p", "partner", "kaz", "تبر", "x", "ژ"]),
                 min_size=1, max_size=3).map(" ".join)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=TYPED, window=st.sampled_from([5, 40, 1000]), limit=st.sampled_from([1, 7, 30]))
@pytest.mark.postgres
def test_a_first_page_is_the_head_of_the_whole_answer(register: Database, typed: str, window: int,
                                                      limit: int) -> None:
    """Walked over the first *window* names or answered by the keys index, a first page
    is exactly the first *limit* of what the plain rule answers, in order."""
    service = PartnerService(register)
    expected = like_rule(register, typed)
    before = search_index.PG_WALK_WINDOW
    search_index.PG_WALK_WINDOW = window
    try:
        assert service.query(PartnerQuery(text=typed), limit) == expected[:limit]
        assert service.query(PartnerQuery(text=typed, descending=True), limit) == \
            list(reversed(expected))[:limit]
    finally:
        search_index.PG_WALK_WINDOW = before
    assert service.query(PartnerQuery(text=typed)) == expected


@pytest.mark.postgres
def test_the_picker_and_the_global_search_find_what_the_list_finds(register: Database) -> None:
    expected = like_rule(register, "شركت نوين")
    assert expected
    service = PartnerService(register)
    assert [i for i, _ in service.choices("شركت نوين", limit=500)] == expected
    group = next(g for g in SearchService(register).search("شركت نوين", limit=500) if g.entity == "partners")
    assert {h.id for h in group.hits} == set(expected) and group.total == len(expected)


@pytest.mark.postgres
def test_a_narrow_search_is_answered_by_the_keys_index(register: Database) -> None:
    condition = search_index.pg_keys_filter("شركت نوين")[0]
    stmt = select(Partner.id).where(condition).order_by(Partner.name_sort, Partner.id).limit(300)
    with register.reading() as s:
        conn = s.connection()
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")  # 150 rows: a scan would be cheaper
        search_index.pg_use_keys_index(conn, "شركت نوين")
        compiled = stmt.compile(conn, compile_kwargs={"literal_binds": True})
        plan = "\n".join(r[0] for r in conn.exec_driver_sql(f"EXPLAIN {compiled}"))
    assert "ix_partners_search_keys" in plan, plan
    assert "ix_partners_name_sort" not in plan, plan


def test_the_migration_indexes_the_expression_the_query_writes() -> None:
    import importlib

    migration = importlib.import_module("db.migrations.versions.0007_pg_search")
    assert migration.KEYS_SQL == search_index.PG_KEYS_SQL


@pytest.mark.parametrize(("typed", "query"), [
    ("شركت نوين", "'شرکت':* & 'نوین':*"),
    ("دانش‌بنیان ۱۲", "'دانشبنیان':* & '12':*"),
    ("O'Brien", "'obrien':*"),
    ("   ", ""),
])
def test_the_prefix_query_is_every_word_as_a_lexeme_prefix(typed: str, query: str) -> None:
    assert search_index.pg_prefix_query(typed) == query


@pytest.mark.postgres
def test_the_migration_goes_down_and_up_again(pg_owner_db: Database) -> None:
    import importlib

    before = importlib.import_module("db.migrations.versions.0007_pg_search").down_revision
    pid = PartnerService(pg_owner_db).save(PartnerForm(name="پارک علم و فناوری پردیس")).value

    def indexed() -> bool:
        with pg_owner_db.engine.connect() as conn:
            return bool(conn.execute(text(
                "SELECT 1 FROM pg_indexes WHERE indexname = 'ix_partners_search_keys'")).scalar())

    assert indexed()
    with pg_owner_db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), before)
    assert not indexed()
    assert pid in PartnerService(pg_owner_db).query(PartnerQuery(text="پردی"))  # no index: still found
    with pg_owner_db.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    assert indexed()
    assert pid in PartnerService(pg_owner_db).query(PartnerQuery(text="پردی"), 10)


def test_sqlite_gets_no_keys_index(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        names = set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'").scalars())
    assert "ix_partners_search_keys" not in names
    assert any(n.startswith("ix_partners_") for n in names)


@pytest.mark.postgres
def test_a_broad_search_is_found_on_the_walk_and_a_narrow_one_by_the_index(
        register: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both ways are taken (so the property above tests both)."""
    from desktop_app.domain import partners

    asked: list[str] = []
    monkeypatch.setattr(search_index, "PG_WALK_WINDOW", 40)
    monkeypatch.setattr(partners, "pg_use_keys_index", lambda conn, typed: asked.append(typed))
    service = PartnerService(register)
    assert len(service.query(PartnerQuery(text="partner"), 7)) == 7
    assert asked == []  # every partner matches: the first 40 names hold the page
    assert service.query(PartnerQuery(text="شركت نوين"), 7) == like_rule(register, "شركت نوين")[:7]
    assert asked == ["شركت نوين"]
