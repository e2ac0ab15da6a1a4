"""The import's commit stage: its audit rows are sync changes as the hook makes them, and it
takes derived values handed over ready-made (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from db.audit import site_row, stamp_changes
from db.bulk_audit import InsertChanges, audit_entry, stamp_new_records
from db.database import Database
from db.models import AuditEntry, Contact, Partner
from db.sync_models import SyncHead
from desktop_app.domain.import_derive import DERIVED_COLUMNS, Deriver
from desktop_app.domain.imports import ImportService
from tests.imports_db.test_imports_service import write

HEADERS = ["Name", "Latin name", "Country", "City", "Website", "E-mail", "Tags", "Contact"]
ROWS = [
    ["شرکت داده پردازان سپهر", "Sepehr Data", "ایران", "تهران", "sepehr-data.ir", "info@sepehr-data.ir",
     "فن‌بازار", "علی رضایی"],
    ["پارک فناوری کازان", "Kazan Technopark", "Russia", "Kazan", "kazan-park.ru", "", "", ""],
    ["دانشگاه آنکارا", "Ankara University", "ترکیه", "Ankara", "", "", "دانشگاه", "Ayşe Demir"],
    ["شركت سپهر داده پردازان", "", "ایران", "", "sepehr-data.ir", "", "نفت", ""],  # a duplicate of row 2
]


def test_imported_records_are_sync_changes_with_heads(any_db: Database, tmp_path: Path) -> None:
    """Every audit row an import writes has its place in the change log (gapless sequence,
    one change id each), and every created partner and contact has its heads — nothing is
    left for the before-commit stamp to rewrite."""
    imports = ImportService(any_db)
    result = imports.commit(imports.preview(write(tmp_path / "a.csv", ROWS, HEADERS), policy="update_empty"))
    created = result.changes.created["partners"]
    assert len(created) == 3
    with any_db.reading() as s:
        rows = s.execute(select(AuditEntry.entity, AuditEntry.entity_uuid, AuditEntry.seq,
                                AuditEntry.change_uuid, AuditEntry.site, AuditEntry.parents,
                                AuditEntry.refs, AuditEntry.schema_rev)
                         .where(AuditEntry.source == "import", AuditEntry.entity != "import_batches")
                         .order_by(AuditEntry.seq)).all()
        contacts = dict(s.execute(select(Contact.uuid, Contact.partner_id)).all())
        partner_uuids = dict(s.execute(select(Partner.id, Partner.uuid)).all())
        heads = {h.entity_uuid: h for h in s.scalars(select(SyncHead))}
        unstamped = s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.site.is_(None)))
    assert unstamped == 0
    assert [r.seq for r in rows] == list(range(rows[0].seq, rows[0].seq + len(rows)))
    assert len({r.change_uuid for r in rows}) == len(rows) and len({r.site for r in rows}) == 1
    assert {r.entity for r in rows} == {"partners", "contacts"}
    change_of = {r.entity_uuid: r.change_uuid for r in rows}
    for r in rows:
        assert r.schema_rev
        head = heads[r.entity_uuid]
        assert head.heads["__life__"] == [r.change_uuid]
        if r.entity == "partners":
            assert r.parents == {}
        else:  # a contact's change names the life of its partner, as the hook's does
            assert r.parents == {"__life__:partner_id": [change_of[partner_uuids[contacts[r.entity_uuid]]]]}
        assert head.state == "live" and head.entity == r.entity
        assert all(stamp[0] == r.change_uuid for stamp in head.heads.values())
        assert "name_sort" not in head.heads and "search_text" not in head.heads
        if r.entity == "contacts":
            assert r.refs == {"partner_id": [None, partner_uuids[contacts[r.entity_uuid]]]}


def _same_modulo_ids(value: Any, ids: dict[str, str], clocks: dict[int, int]) -> Any:
    """*value* with the hook's change ids and clock readings replaced by the bulk stamp's."""
    if isinstance(value, dict):
        return {k: _same_modulo_ids(v, ids, clocks) for k, v in value.items()}
    if isinstance(value, list):
        return [_same_modulo_ids(v, ids, clocks) for v in value]
    if isinstance(value, str):
        return ids.get(value, value)
    if isinstance(value, int):
        return clocks.get(value, value)
    return value


def test_the_bulk_stamp_is_the_hooks_stamp(any_db: Database) -> None:
    """:func:`stamp_new_records` gives new records exactly what :func:`db.audit.stamp_changes`
    gives them (change ids and clock readings aside): changes (tags included), parents (the
    life of the record a key field points at), refs, schema, sequence and heads (the record's
    life included)."""
    columns = ("id", "uuid", "name", "partner_id", "version")
    changes = InsertChanges(columns)
    values = [(1, "00000000-0000-4000-8000-000000000001", "شرکت", None, 1),
              (2, "00000000-0000-4000-8000-000000000002", "علی", 1, 1),
              (3, "00000000-0000-4000-8000-000000000003", "پارک", None, 1)]
    entities = ["partners", "contacts", "partners"]
    tags = {values[0][1]: ["نفت", "گاز"]}
    entries = [audit_entry("now", "tester", "insert", e, v[0], v[1], changes(v))
               for e, v in zip(entities, values, strict=True)]
    known = {("partners", 1): values[0][1]}
    with any_db.engine.begin() as conn:
        site_row(conn)  # the register's site exists before either stamp
    with any_db.engine.connect() as conn:
        with conn.begin():
            hook_rows = [{"action": "insert", "entity": e, "entity_id": v[0], "entity_uuid": v[1],
                          "changes": {**changes.fields(v), **({"tags": [None, tags[v[1]]]} if v[1] in tags else {})}}
                         for e, v in zip(entities, values, strict=True)]
            stamp_changes(conn, hook_rows, dict(known))
            hook_heads = {h.entity_uuid: h.heads for h in conn.execute(select(SyncHead.__table__))}
            conn.rollback()
        with conn.begin():
            bulk = stamp_new_records(conn, entries, [changes.fields(v) for v in values], dict(known), tags)
            bulk_heads = {h.entity_uuid: h.heads for h in conn.execute(select(SyncHead.__table__))}
            conn.rollback()
    got = [dict(zip(("change_uuid", "site", "seq", "hlc", "parents", "refs", "schema_rev"), row[8:], strict=True))
           for row in bulk]
    ids = {hook["change_uuid"]: g["change_uuid"] for hook, g in zip(hook_rows, got, strict=True)}
    clocks = {hook["hlc"]: g["hlc"] for hook, g in zip(hook_rows, got, strict=True)}
    assert len(set(ids.values())) == len(ids)
    for hook, row, g in zip(hook_rows, bulk, got, strict=True):
        assert json.loads(row[7]) == hook["changes"]
        assert json.loads(g["parents"]) == _same_modulo_ids(hook["parents"], ids, clocks)
        assert json.loads(g["refs"]) == hook["refs"]
        assert (g["site"], g["seq"], g["schema_rev"]) == (hook["site"], hook["seq"], hook["schema_rev"])
    assert json.loads(got[1]["parents"]) == {"__life__:partner_id": [got[0]["change_uuid"]]}
    assert bulk_heads == _same_modulo_ids(hook_heads, ids, clocks)
    assert all(h["__life__"] for h in bulk_heads.values())


def test_the_commit_takes_derived_values_handed_over(any_db: Database, tmp_path: Path) -> None:
    """Values handed over are written as given; a row missing from them, or one a later
    row was merged into, is derived by the commit — as without any handed over."""
    imports = ImportService(any_db)
    preview = imports.preview(write(tmp_path / "a.csv", ROWS, HEADERS), policy="update_empty")
    derive = Deriver()
    rows = {r.partner.row: r.partner for r in preview.plan.rows}
    handed = {n: derive.values(r.name, r.name_en, r.website, r.email, r.city, r.sector, r.phone,
                               r.country or None, r.tags) for n, r in rows.items()}
    handed[3] = ("marked", *handed[3][1:])  # Kazan: its name_key as handed over
    handed[2] = ("not used", *handed[2][1:])  # Sepehr: row 5 is merged into it
    del handed[4]  # Ankara: left to the commit
    result = imports.commit(preview, derived=handed, decisions={5: "update_empty"})
    with any_db.reading() as s:
        got = {r.name_en: r for r in s.execute(select(Partner.name_en, *(Partner.__table__.c[c] for c in DERIVED_COLUMNS))
                                                  .where(Partner.id.in_(result.changes.created["partners"])))}
    assert got["Kazan Technopark"].name_key == "marked"
    sepehr, ankara = got["Sepehr Data"], got["Ankara University"]
    assert sepehr.name_key != "not used" and " نفت " in sepehr.search_text  # the merged row's tag
    row = rows[4]
    assert tuple(ankara[1:]) == derive.values(row.name, row.name_en, row.website, row.email, row.city,
                                              row.sector, row.phone, row.country or None, row.tags)


def test_uuid7_strings_are_time_ordered_version_7_uuids() -> None:
    import time
    import uuid

    from db.bulk import uuid7_strings

    before = time.time_ns() // 1_000_000
    made = uuid7_strings(2000)
    assert len(set(made)) == 2000
    for text in made:
        parsed = uuid.UUID(text)
        assert str(parsed) == text and parsed.version == 7 and parsed.variant == uuid.RFC_4122
        assert before <= parsed.int >> 80 <= time.time_ns() // 1_000_000
