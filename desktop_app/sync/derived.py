"""Derived columns that the sync recomputes after applying changes (they never travel)."""

from __future__ import annotations

from sqlalchemy import Connection, select, update
from sqlalchemy.orm import Session, selectinload

from db.models import CooperationAxis, MoU, MoUParty


def refresh_mou_search_text(conn: Connection, touched: dict[str, set[int]]) -> None:
    """Recompute the search text of MoUs whose own row, parties, axes or party partners changed."""
    mou_ids = set(touched.get("mous", ()))
    for model, key in ((MoUParty, "mou_parties"), (CooperationAxis, "cooperation_axes")):
        ids = list(touched.get(key, ()))
        for start in range(0, len(ids), 500):
            mou_ids.update(conn.execute(select(model.mou_id).where(
                model.id.in_(ids[start:start + 500]))).scalars())
    partner_ids = list(touched.get("partners", ()))
    for start in range(0, len(partner_ids), 500):
        mou_ids.update(conn.execute(select(MoUParty.mou_id).where(
            MoUParty.partner_id.in_(partner_ids[start:start + 500]))).scalars())
    if not mou_ids:
        return
    from desktop_app.domain.search_index import mou_search_text

    session = Session(bind=conn)
    session.info["sync_applying"] = True
    try:
        ids = sorted(mou_ids)
        for start in range(0, len(ids), 200):
            mous = session.scalars(select(MoU).where(MoU.id.in_(ids[start:start + 200])).options(
                selectinload(MoU.parties).joinedload(MoUParty.partner), selectinload(MoU.axes))).all()
            for m in mous:
                text = mou_search_text(m)
                if text != m.search_text:
                    conn.execute(update(MoU.__table__).where(MoU.__table__.c.id == m.id)
                                 .values(search_text=text))
    finally:
        session.close()
