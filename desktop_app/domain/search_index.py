"""The ``search_text`` columns: match keys of a record's words, kept by the services.

Lists and the global search compare the match keys of what the user types against these
columns with ``LIKE '% key%'`` (a word-prefix match), so Arabic/Persian letter forms,
ZWNJ/space and digit scripts all meet in one form.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import String, bindparam, cast, func, literal_column, select
from sqlalchemy.dialects.postgresql import TSQUERY

from db.models import MoU, Partner
from desktop_app.domain.text import index_words, search_words

#: PostgreSQL: the lexemes of a partner — the keys of its ``search_text``, verbatim — as
#: the GIN index of migration 0005_search holds them. Written out as SQL (no bound
#: parameters) so PostgreSQL recognises the index's own expression.
SEARCH_KEYS_SQL = "array_to_tsvector(array_remove(string_to_array(btrim(partners.search_text), ' '), ''))"


def keys_of(*texts: str | None) -> str:
    """Space-framed match keys of every word of *texts* (and of each whole text)."""
    return " " + " ".join(index_words(*texts)) + " "


def mou_search_text(mou: MoU, extra: Iterable[str] = ()) -> str:
    """What an MoU is found by: number, title, subject, place, parties' names, axes."""
    parties = [t for p in mou.parties if p.partner is not None
               for t in (p.partner.name, p.partner.name_en)]
    return keys_of(mou.number, mou.title, mou.subject, mou.place, *parties,
                   *(a.title for a in mou.axes), *extra)


def tsquery_text(words: Iterable[str]) -> str:
    """A ``tsquery`` (input syntax, no parser) matching lexemes that start with every word."""
    return " & ".join("'" + w.replace("\\", "\\\\").replace("'", "''") + "':*" for w in words)


def postgres_partner_filter(query_text: str, *, use_index: bool = True) -> list[Any]:
    """PostgreSQL conditions selecting partners whose keys start with every typed word.

    The index condition finds the candidates (migration 0005_search); the ``LIKE``
    conditions beside it are the rule itself, so the answer is exactly the scan's.
    ``use_index=False`` leaves the index out, for a broad search (most of the register)
    whose first rows come faster from walking the name index in order.
    """
    words = search_words(query_text)
    if not words:
        return []
    if not use_index:
        return [Partner.search_text.like(f"% {w}%") for w in words]
    keys = literal_column(SEARCH_KEYS_SQL)
    query = cast(bindparam("search_keys_query", tsquery_text(words), type_=String), TSQUERY)
    found = keys.op("@@")(query)
    return [found, *(Partner.search_text.like(f"% {w}%") for w in words)]


def postgres_matches(conn: Any, query_text: str, cap: int) -> int:
    """How many partners the keys index finds for *query_text*, counted up to *cap*."""
    words = search_words(query_text)
    if not words:
        return 0
    matching = select(Partner.id).where(*postgres_partner_filter(query_text)[:1]).limit(cap)
    return int(conn.execute(select(func.count()).select_from(matching.subquery())).scalar() or 0)
