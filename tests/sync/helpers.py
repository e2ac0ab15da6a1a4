"""Helpers for the sync tests: open sites, compare registers, count the log."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from db.audit import FOREIGN_REFS, LINK_FIELDS, LOCAL_COLUMNS, SYNCED_TABLES, _plain
from db.database import Database
from db.models import AuditEntry
from desktop_app.domain.partners import ContactForm, PartnerForm, PartnerService
from desktop_app.sync.links import link_values

#: Columns that differ between registers by design (local keys, counters, local timestamps).
_IGNORED = LOCAL_COLUMNS | {"version", "created_at", "updated_at"}


def snapshot(db: Database) -> dict[str, dict[str, dict[str, Any]]]:
    """Every synced record by table and UUID, key fields as UUIDs, link sets as a field, local
    columns left out."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    with db.reading() as s:
        conn = s.connection()
        uuid_of = {name: dict(conn.execute(select(t.c.id, t.c.uuid)).all())
                   for name, t in SYNCED_TABLES.items()}
        for name, table in SYNCED_TABLES.items():
            rows = {}
            for row in conn.execute(select(table)):
                values = {}
                for col, value in row._asdict().items():
                    if col in _IGNORED:
                        continue
                    if col in FOREIGN_REFS[name] and value is not None:
                        value = uuid_of[FOREIGN_REFS[name][col]].get(value)
                    values[col] = _plain(value)
                rows[row.uuid] = values
            if name in LINK_FIELDS:
                by_id = dict(conn.execute(select(table.c.id, table.c.uuid)).all())
                for owner, items in link_values(conn, name, list(by_id)).items():
                    rows[by_id[owner]][LINK_FIELDS[name]] = items
            out[name] = rows
    return out


def log_is_gapless(db: Database) -> bool:
    """Every site's sequence in this register's log runs 1..n without a hole or a repeat."""
    t = AuditEntry.__table__
    with db.reading() as s:
        rows = s.execute(select(t.c.site, func.count(), func.count(t.c.seq.distinct()), func.max(t.c.seq))
                         .where(t.c.site != "").group_by(t.c.site)).all()
    return all(n == d == m for _, n, d, m in rows)


def add_partner(db: Database, name: str, **fields: Any) -> int:
    """Create a partner through the service (the hook writes its changes)."""
    contacts = [ContactForm(name=c) for c in fields.pop("contacts", [])]
    return PartnerService(db).save(PartnerForm(name=name, contacts=contacts, **fields)).value


def edit_partner(db: Database, partner_id: int, **fields: Any) -> None:
    """Change fields of a partner through the service."""
    service = PartnerService(db)
    form = service.get(partner_id)
    for k, v in fields.items():
        setattr(form, k, v)
    service.save(form)


def partner_id(db: Database, record: str) -> int | None:
    """The local id of the partner with UUID *record*."""
    from db.models import Partner

    with db.reading() as s:
        return s.scalar(select(Partner.id).where(Partner.uuid == record))


def partner_uuid(db: Database, pid: int) -> str:
    """The UUID of partner *pid*."""
    from db.models import Partner

    with db.reading() as s:
        return str(s.scalar(select(Partner.uuid).where(Partner.id == pid)))


def differences(a: dict[str, dict[str, dict[str, Any]]],
                b: dict[str, dict[str, dict[str, Any]]]) -> list[tuple[Any, ...]]:
    """What differs between two snapshots: (table, record, field, a's value, b's value)."""
    out: list[tuple[Any, ...]] = []
    for table in sorted(set(a) | set(b)):
        ra, rb = a.get(table, {}), b.get(table, {})
        for record in sorted(set(ra) | set(rb)):
            if record not in ra or record not in rb:
                out.append((table, record, "*", record in ra, record in rb))
                continue
            for f in sorted(set(ra[record]) | set(rb[record])):
                if ra[record].get(f) != rb[record].get(f):
                    out.append((table, record, f, ra[record].get(f), rb[record].get(f)))
    return out
