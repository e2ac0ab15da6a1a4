"""What the follow-up services (hubs, meetings, actions, events, letters) share.

These tables carry no ``search_text`` column, so a list's search is answered in Python
from match keys kept per record id and version: a record's keys are computed once and
again only when its version moves, so typing in a search box costs a set of substring
tests, not a normalisation of every title on every key press.

Also here: the chunks of ids an ``IN (…)`` query takes, Persian alphabetical sort keys, the
short labels that name a linked MoU, hub, body or meeting in a list, and the explicit
cascades that delete a meeting with its actions (so the audit trail sees every delete).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Date, Integer, String, literal, or_, select, union_all
from sqlalchemy.orm import Session

from db.models import (
    ActionItem,
    Attachment,
    Body,
    Hub,
    HubMission,
    Letter,
    Meeting,
    MoU,
    Record,
)
from desktop_app.domain.countries import country_name
from desktop_app.domain.dates import format_date
from desktop_app.domain.i18n import language, translate
from desktop_app.domain.search_index import keys_of
from desktop_app.domain.text import localize_digits, search_words, sort_key

# ----------------------------------------------------------------------------- search

#: How many ids one ``IN (…)`` query carries (well under every driver's parameter limit).
CHUNK = 500

T = TypeVar("T")


def chunks(ids: Sequence[T], size: int = CHUNK) -> Iterator[list[T]]:
    """*ids* in lists of at most *size*, in order (for ``IN (…)`` queries)."""
    for start in range(0, len(ids), size):
        yield list(ids[start:start + size])


class KeyCache:
    """Match keys of a table's records, recomputed only when a record's version moves.

    ``texts`` fetches, for a list of ids, ``(id, version, *texts)`` rows; the keys are the
    space-framed match keys of all the texts (see :func:`keys_of`).
    """

    def __init__(self, fetch: Callable[[Session, list[int]], Iterable[Sequence[Any]]]) -> None:
        self._fetch = fetch
        self._keys: dict[int, tuple[int, str]] = {}
        self._lock = threading.Lock()

    def filter(self, s: Session, id_versions: Sequence[tuple[int, int]], text: str,
               extra: Callable[[int, str], bool] | None = None) -> set[int]:
        """The ids (of *id_versions*) whose keys contain every word of *text* as a prefix.

        *extra* may accept a record for a word its keys miss (e.g. a digit run inside a
        letter's reference number).
        """
        words = search_words(text)
        if not words:
            return {i for i, _ in id_versions}
        with self._lock:
            stale = [i for i, v in id_versions if self._keys.get(i, (None, ""))[0] != v]
        for chunk in chunks(stale):
            for row in self._fetch(s, chunk):
                rid, version, *texts = row
                with self._lock:
                    self._keys[rid] = (version, keys_of(*texts))
        needles = [" " + w for w in words]
        with self._lock:
            keys = {i: self._keys[i][1] for i, _ in id_versions if i in self._keys}
        if extra is None and len(needles) == 1:
            (n,) = needles
            return {i for i, k in keys.items() if n in k}
        return {i for i, k in keys.items()
                if all(n in k or (extra is not None and extra(i, w))
                       for n, w in zip(needles, words, strict=True))}


def sort_ids(pairs: Iterable[tuple[int, Any]], descending: bool, text: bool) -> list[int]:
    """Ids ordered by their sort value (``None`` last either way), ties broken by id."""
    items = list(pairs)
    present = [(i, v) for i, v in items if v is not None and v != ""]
    missing = [i for i, v in items if v is None or v == ""]

    def key(item: tuple[int, Any]) -> Any:
        return (sort_key(item[1]) if text else item[1], item[0])

    present.sort(key=key, reverse=descending)
    return [i for i, _ in present] + sorted(missing)


# ----------------------------------------------------------------------------- saving


def set_if_changed(obj: Any, values: dict[str, Any]) -> bool:
    """Assign only the attributes that differ (so an unchanged save writes nothing)."""
    changed = False
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed = True
    return changed


def replace_children(s: Session, owner: Any, attr: str, keep: Sequence[Any]) -> None:
    """Make ``owner.<attr>`` the rows *keep*, in order; a row left out is deleted through
    the session, so the audit hook — and so the operation's changes — see it go (an
    orphan removed by the relationship alone is found only during the flush, too late for
    the hook's view of what the session deletes)."""
    kept = {id(x) for x in keep}
    for old in list(getattr(owner, attr)):
        if id(old) not in kept:
            s.delete(old)
    setattr(owner, attr, list(keep))


# ----------------------------------------------------------------------------- labels


def mou_label(number: str | None, title: str, lang: str | None = None) -> str:
    """How a list names an MoU: "No. 54 — title" (Persian digits in Persian)."""
    lang = lang or language()
    if number:
        shown = localize_digits(number, lang)
        prefix = f"شماره {shown}" if lang == "fa" else f"No. {shown}"
        return f"{prefix} — {title}"
    return title


def meeting_label(ordinal: int | None, title: str, body_name: str | None, held_on: dt.date | None,
                  lang: str | None = None) -> str:
    """How a list names a meeting: its title, or "Meeting 6 of <body>", with its date."""
    lang = lang or language()
    name = title
    if not name and body_name:
        if ordinal:
            n = localize_digits(ordinal, lang)
            name = f"جلسه {n} {body_name}" if lang == "fa" else f"Meeting {n} of {body_name}"
        else:
            name = body_name
    when = format_date(held_on, lang)
    return f"{name} ({when})" if when else name


def hub_label(title: str, country_code: str | None, lang: str | None = None) -> str:
    """How a list names a hub: its title, or "Hub for <country>"."""
    lang = lang or language()
    if title:
        return title
    c = country_name(country_code, lang)
    return f"هاب {c}" if lang == "fa" else f"Hub for {c}"


def hub_labels(s: Session, ids: Iterable[int | None]) -> dict[int, str]:
    """Labels of the hubs *ids*."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {i: hub_label(t, c) for i, t, c in
            s.execute(select(Hub.id, Hub.title, Hub.country_code).where(Hub.id.in_(wanted)))}


def mission_labels(s: Session, ids: Iterable[int | None]) -> dict[int, tuple[str, int]]:
    """Titles of the hub missions *ids* and the hub each belongs to."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {i: (t, h) for i, t, h in s.execute(
        select(HubMission.id, HubMission.title, HubMission.hub_id).where(HubMission.id.in_(wanted)))}


def _label_parts(field: str, ids: set[int]) -> Any:
    """The select of one link field's labels for :class:`LinkLabels`: (field, id, three
    texts, a number, a date), so that every field's part fits one UNION ALL."""
    none_text, none_int, none_date = literal(None, String), literal(None, Integer), literal(None, Date)
    head = literal(field, String).label("field")
    if field == "mou_id":
        return select(head, MoU.id, MoU.number, MoU.title, none_text, none_int,
                      none_date).where(MoU.id.in_(ids))
    if field == "hub_id":
        return select(head, Hub.id, Hub.title, Hub.country_code, none_text, none_int,
                      none_date).where(Hub.id.in_(ids))
    if field == "body_id":
        return select(head, Body.id, Body.name, none_text, none_text, none_int,
                      none_date).where(Body.id.in_(ids))
    return (select(head, Meeting.id, Meeting.title, Body.name, none_text, Meeting.ordinal,
                   Meeting.held_on)
            .outerjoin(Body, Body.id == Meeting.body_id).where(Meeting.id.in_(ids)))


def _label_of(field: str, a: Any, b: Any, n: Any, d: Any) -> str:
    if field == "mou_id":
        return mou_label(a, b)
    if field == "hub_id":
        return hub_label(a, b)
    if field == "body_id":
        return str(a or "")
    return meeting_label(n, a, b, d)


class LinkLabels:
    """The labels of the records a chunk of rows links to, all link fields in one
    statement: ``names("mou_id", row.mou_id)`` is the linked MoU's label ("" when unset or
    gone)."""

    def __init__(self, s: Session, rows: Sequence[Any], *fields: str) -> None:
        self._labels: dict[str, dict[int, str]] = {f: {} for f in fields}
        parts: list[Any] = []
        for f in fields:
            wanted = {i for i in (getattr(r, f) for r in rows) if i is not None}
            if wanted:
                parts.append(_label_parts(f, wanted))
        if not parts:
            return
        stmt: Any = parts[0] if len(parts) == 1 else union_all(*parts)
        for f, i, a, b, _c, n, d in s.execute(stmt):
            if isinstance(d, str):  # a UNION on SQLite may hand a date back as text
                d = dt.date.fromisoformat(d[:10])
            self._labels[f][i] = _label_of(f, a, b, n, d)

    def __call__(self, field: str, record_id: int | None) -> str:
        return self._labels[field].get(record_id, "") if record_id is not None else ""


# ----------------------------------------------------------------------------- pickers


def mou_choices(s: Session) -> list[tuple[int, str]]:
    """Every MoU as (id, label), newest first, for a link picker."""
    rows = s.execute(select(MoU.id, MoU.number, MoU.title)
                     .order_by(MoU.signed_on.desc().nulls_last(), MoU.id.desc()))
    return [(i, mou_label(n, t)) for i, n, t in rows]


def hub_choices(s: Session) -> list[tuple[int, str]]:
    """Every hub as (id, label), for a link picker."""
    rows = s.execute(select(Hub.id, Hub.title, Hub.country_code).order_by(Hub.id))
    return [(i, hub_label(t, c)) for i, t, c in rows]


def body_choices(s: Session, mou_id: int | None = None) -> list[tuple[int, str]]:
    """Bodies (working groups, committees, councils) as (id, name), optionally of one MoU."""
    stmt = select(Body.id, Body.name)
    if mou_id is not None:
        stmt = stmt.where(Body.mou_id == mou_id)
    pairs = [(i, n) for i, n in s.execute(stmt)]
    pairs.sort(key=lambda p: sort_key(p[1]))
    return pairs


def meeting_choices(s: Session, mou_id: int | None = None) -> list[tuple[int, str]]:
    """Meetings as (id, label), newest first; with *mou_id*, only that MoU's meetings (its
    own or those of its working groups)."""
    query = (select(Meeting.id, Meeting.ordinal, Meeting.title, Body.name, Meeting.held_on)
             .outerjoin(Body, Body.id == Meeting.body_id)
             .order_by(Meeting.held_on.desc(), Meeting.id.desc()))
    if mou_id is not None:
        query = query.where(or_(Meeting.mou_id == mou_id, Body.mou_id == mou_id))
    rows = s.execute(query)
    return [(i, meeting_label(o, t, b, d)) for i, o, t, b, d in rows]


def mission_choices(s: Session) -> list[tuple[int, str]]:
    """Hub missions as (id, "hub — mission"), by hub and position."""
    rows = s.execute(select(HubMission.id, HubMission.title, Hub.title, Hub.country_code)
                     .join(Hub, Hub.id == HubMission.hub_id)
                     .order_by(Hub.id, HubMission.position, HubMission.id))
    return [(i, f"{hub_label(ht, c)} — {t}") for i, t, ht, c in rows]


# ----------------------------------------------------------------------------- cascades


def date_range(column: Any, start: dt.date | None, end: dt.date | None) -> list[ColumnElement[bool]]:
    """Conditions: *column* within [start, end] (either end open)."""
    conds: list[ColumnElement[bool]] = []
    if start is not None:
        conds.append(column >= start)
    if end is not None:
        conds.append(column <= end)
    return conds


def _table(obj: Record) -> str:
    """The table name of a register record."""
    return str(obj.__class__.__table__.name)  # type: ignore[attr-defined]


class Cascade:
    """Records deleted or unlinked together, gathered so the ORM (and so the audit trail)
    sees each one, and so the user can be told beforehand what goes with a record."""

    def __init__(self, *, dry: bool = False) -> None:
        self.dry = dry  # only count (for the question asked before deleting)
        self.deleted: dict[str, set[int]] = {}
        self.updated: dict[str, set[int]] = {}

    def delete(self, s: Session, objs: Iterable[Record]) -> None:
        for obj in list(objs):
            self.deleted.setdefault(_table(obj), set()).add(obj.id)
            if not self.dry:
                s.delete(obj)

    def unlink(self, s: Session, objs: Iterable[Record], **values: Any) -> None:
        for obj in list(objs):
            if obj.id in self.deleted.get(_table(obj), set()):
                continue
            if any(getattr(obj, k) != v for k, v in values.items()):
                self.updated.setdefault(_table(obj), set()).add(obj.id)
                if not self.dry:
                    set_if_changed(obj, values)

    def counts(self) -> dict[str, int]:
        """How many records of each table go (``"-"``-prefixed: are unlinked)."""
        out = {k: len(v) for k, v in self.deleted.items()}
        out.update({f"-{k}": len(v) for k, v in self.updated.items()})
        return out


def cascade_meetings(s: Session, c: Cascade, meeting_ids: Sequence[int]) -> None:
    """Delete meetings with their actions and attachments; unlink the letters citing them."""
    if not meeting_ids:
        return
    ids = list(meeting_ids)
    c.delete(s, s.scalars(select(ActionItem).where(ActionItem.meeting_id.in_(ids))))
    c.delete(s, s.scalars(select(Attachment).where(Attachment.meeting_id.in_(ids))))
    c.unlink(s, s.scalars(select(Letter).where(Letter.meeting_id.in_(ids))), meeting_id=None)
    c.delete(s, s.scalars(select(Meeting).where(Meeting.id.in_(ids))))


# "3 actions" / "۳ اقدام": *n* records of one kind (by table name), as the catalogue says it.
_HOW_MANY: dict[str, Callable[[int], str]] = {
    "hub_missions": lambda n: translate("domain.records", "%Ln mission(s)", None, n),
    "action_items": lambda n: translate("domain.records", "%Ln action(s)", None, n),
    "meetings": lambda n: translate("domain.records", "%Ln meeting(s)", None, n),
    "bodies": lambda n: translate("domain.records", "%Ln working group(s)/committee(s)", None, n),
    "attachments": lambda n: translate("domain.records", "%Ln attachment(s)", None, n),
    "letters": lambda n: translate("domain.records", "%Ln letter(s)", None, n),
    "events": lambda n: translate("domain.records", "%Ln event(s)", None, n),
    "mous": lambda n: translate("domain.records", "%Ln MoU(s)", None, n),
}


def _how_many(kind: str, n: int) -> str:
    """*n* records of *kind* in words, or "" for a kind not named in messages."""
    say = _HOW_MANY.get(kind)
    return say(n) if say else ""


def describe_cascade(counts: dict[str, int]) -> str:
    """A sentence naming what else a delete removes or unlinks ("" when nothing)."""
    joiner = translate("domain.records", ", ")
    gone = [_how_many(k, n) for k, n in counts.items() if not k.startswith("-") and n]
    kept = [_how_many(k[1:], n) for k, n in counts.items() if k.startswith("-") and n]
    parts = []
    if any(gone):
        items = joiner.join(g for g in gone if g)
        parts.append(translate("domain.records", "This also deletes {items}.").format(items=items))
    if any(kept):
        items = joiner.join(k for k in kept if k)
        parts.append(translate("domain.records", "{items} will no longer refer to it.").format(
                         items=items))
    return " ".join(parts)
