"""The global search: one box, results grouped by partners, MoUs, hubs, meetings, letters.

Partners and MoUs have a ``search_text`` column of match keys (kept by their services) and
are matched in SQL with the same word-prefix rule as the lists. Hubs, meetings and letters
are small tables without such a column: their match keys are computed here from the
fields people search by (title, subject, reference number, place, body, country), with the
same rule, so Arabic/Persian letter forms, ZWNJ/space and digit scripts meet everywhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import and_, select

from db.database import Database
from db.models import Body, Hub, Letter, Meeting, MoU, Partner
from desktop_app.domain.countries import country_name
from desktop_app.domain.i18n import language, separator, translate
from desktop_app.domain.partners import partner_text_filter, text_filter
from desktop_app.domain.search_index import keys_of, pg_use_keys_index
from desktop_app.domain.text import search_words

GROUPS = ("partners", "mous", "hubs", "meetings", "letters")


@dataclass(frozen=True)
class SearchHit:
    """One found record: which entity, its id, what to show."""

    entity: str
    id: int
    title: str
    detail: str = ""


@dataclass(frozen=True)
class SearchGroup:
    """The hits of one entity (``total`` may exceed ``len(hits)``)."""

    entity: str
    hits: list[SearchHit] = field(default_factory=list)
    total: int = 0


def group_title(entity: str) -> str:
    """The heading of a result group in the current language."""
    return {
        "partners": translate("domain.search", "Partners"),
        "mous": translate("domain.search", "MoUs"),
        "hubs": translate("domain.search", "Hubs"),
        "meetings": translate("domain.search", "Meetings"),
        "letters": translate("domain.search", "Letters"),
    }.get(entity, entity)


def _matches(words: list[str], keys: str) -> bool:
    return all(f" {w}" in keys for w in words)


def _date(value: dt.date | None) -> str:
    from desktop_app.domain.dates import format_date

    return format_date(value, language()) if value else ""


class SearchService:
    """Searches the register across entities."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def search(self, text: str, limit: int = 8) -> list[SearchGroup]:
        """Groups (in :data:`GROUPS` order, empty ones left out) for what was typed."""
        words = search_words(text)
        if not words:
            return []
        groups = [self._partners(text, limit), self._mous(text, limit),
                  self._small("hubs", words, limit), self._small("meetings", words, limit),
                  self._small("letters", words, limit)]
        return [g for g in groups if g.total]

    def _partners(self, text: str, limit: int) -> SearchGroup:
        with self.db.reading() as s:
            pg_use_keys_index(s.connection(), text)
            stmt = (select(Partner.id, Partner.name, Partner.name_en, Partner.city,
                           Partner.country_code)
                    .where(and_(*partner_text_filter(self.db.engine.dialect.name, text)))  # type: ignore[arg-type]
                    .order_by(Partner.name_key, Partner.id).limit(limit + 1))
            rows = list(s.execute(stmt))
        hits = [SearchHit("partners", i, n, separator().join(x for x in (
            e, c, country_name(cc, language())) if x)) for i, n, e, c, cc in rows[:limit]]
        return SearchGroup("partners", hits, len(rows))

    def _mous(self, text: str, limit: int) -> SearchGroup:
        with self.db.reading() as s:
            stmt = (select(MoU.id, MoU.number, MoU.title, MoU.signed_on)
                    .where(and_(*text_filter(MoU.search_text, text)))  # type: ignore[arg-type]
                    .order_by(MoU.signed_on.desc(), MoU.id.desc()).limit(limit + 1))
            rows = list(s.execute(stmt))
        hits = []
        for i, number, title, signed in rows[:limit]:
            detail = separator().join(x for x in (
                translate("domain.search", "No. {number}").format(number=number) if number else "", _date(signed)) if x)
            hits.append(SearchHit("mous", i, title, detail))
        return SearchGroup("mous", hits, len(rows))

    def _rows(self, entity: str) -> Iterable[tuple[int, str, str, str]]:
        """(id, title, detail, keys) of every record of a small table."""
        with self.db.reading() as s:
            if entity == "hubs":
                for h in s.scalars(select(Hub).order_by(Hub.id)):
                    host = h.host.name if h.host else ""
                    yield (h.id, h.title, host, keys_of(
                        h.title, host, h.host.name_en if h.host else "",
                        country_name(h.country_code, "fa"), country_name(h.country_code, "en")))
            elif entity == "meetings":
                bodies = dict(s.execute(select(Body.id, Body.name)).all())
                for i, title, place, held, body_id, ordinal in s.execute(
                        select(Meeting.id, Meeting.title, Meeting.place, Meeting.held_on,
                               Meeting.body_id, Meeting.ordinal)
                        .order_by(Meeting.held_on.desc(), Meeting.id.desc())):
                    body = bodies.get(body_id, "") if body_id is not None else ""
                    yield (i, title or body, separator().join(x for x in (_date(held), place) if x),
                           keys_of(title, place, body, str(ordinal or "")))
            elif entity == "letters":
                for i, ref, subject, sender, recipient, dated in s.execute(
                        select(Letter.id, Letter.reference_number, Letter.subject, Letter.sender,
                               Letter.recipient, Letter.dated)
                        .order_by(Letter.dated.desc(), Letter.id.desc())):
                    yield (i, subject, separator().join(x for x in (ref, _date(dated)) if x),
                           keys_of(ref, subject, sender, recipient))

    def _small(self, entity: str, words: list[str], limit: int) -> SearchGroup:
        hits: list[SearchHit] = []
        total = 0
        for rid, title, detail, keys in self._rows(entity):
            if _matches(words, keys):
                total += 1
                if len(hits) < limit:
                    hits.append(SearchHit(entity, rid, title, detail))
        return SearchGroup(entity, hits, total)
