"""Association tables as one field of their owner: a partner's tags, an event's partners.

The hook (:data:`db.audit.LINK_TABLES`) records a changed link set as a field of its owner
— ``tags`` as the sorted tag names, ``partners`` as the sorted partner UUIDs — so it merges
like any other field (one side changed: applied; both sides differently: a conflict).
These helpers read a set back in that form and write one (a tag that does not exist here
yet is created by its name; a partner merged elsewhere is found through the merge).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, cast

from sqlalchemy import Connection, Table, delete, insert, select

from db.audit import LINK_FIELDS, LINK_TABLES
from db.models import Base, Partner, Tag

TAGS = cast(Table, Tag.__table__)
PARTNERS = cast(Table, Partner.__table__)
#: ``{owner table: (link table, owner column, item column)}``.
_BY_OWNER = {owner: (link, own, item) for link, (owner, _, own, item) in LINK_TABLES.items()}


def link_field(table_name: str) -> str | None:
    """The link field of *table_name* (``tags``, ``partners``), if it has one."""
    return LINK_FIELDS.get(table_name)


def link_values(conn: Connection, table_name: str, owner_ids: Iterable[int]) -> dict[int, list[str]]:
    """The link sets of *owner_ids* in wire form, ``{owner id: sorted items}`` (empty ones left out)."""
    link_name, own, item = _BY_OWNER[table_name]
    link = Base.metadata.tables[link_name]
    ids = list(owner_ids)
    label = TAGS.c.name if table_name == "partners" else PARTNERS.c.uuid
    target = TAGS if table_name == "partners" else PARTNERS
    out: dict[int, list[str]] = {}
    for start in range(0, len(ids), 500):
        rows = conn.execute(select(link.c[own], label).join(target, target.c.id == link.c[item])
                            .where(link.c[own].in_(ids[start:start + 500])))
        for owner, value in rows:
            out.setdefault(int(owner), []).append(str(value))
    return {k: sorted(v) for k, v in out.items()}


def set_links(conn: Connection, table_name: str, owner_id: int, items: list[str] | None,
              partner_id: Callable[[str], int | None]) -> None:
    """Make *owner_id*'s link set *items* (wire form); *partner_id* finds a partner by UUID."""
    link_name, own, item = _BY_OWNER[table_name]
    link = Base.metadata.tables[link_name]
    wanted = sorted(set(items or ()))
    ids: list[int] = []
    if table_name == "partners":
        found = dict(conn.execute(select(TAGS.c.name, TAGS.c.id).where(TAGS.c.name.in_(wanted))).all())
        missing = [n for n in wanted if n not in found]
        if missing:
            conn.execute(insert(TAGS), [{"name": n} for n in missing])
            found.update(conn.execute(select(TAGS.c.name, TAGS.c.id).where(TAGS.c.name.in_(missing))).all())
        ids = [found[n] for n in wanted]
    else:
        ids = sorted({i for i in (partner_id(u) for u in wanted) if i is not None})
    conn.execute(delete(link).where(link.c[own] == owner_id))
    if ids:
        conn.execute(insert(link), [{own: owner_id, item: i} for i in ids])


def wire_links(changes: dict[str, Any], table_name: str) -> list[str] | None:
    """The new link set a change carries for *table_name*, or None when it carries none."""
    name = link_field(table_name)
    if name is None or name not in changes:
        return None
    return list(changes[name][1] or [])
