"""The ``search_text`` columns: match keys of a record's words, kept by the services.

Lists and the global search compare the match keys of what the user types against these
columns with ``LIKE '% key%'`` (a word-prefix match), so Arabic/Persian letter forms,
ZWNJ/space and digit scripts all meet in one form.

The partners' keys are indexed: on SQLite by ``partners_fts`` (FTS5), on PostgreSQL by a
GIN index over the keys as lexemes (migration 0007, :data:`PG_KEYS_SQL`), asked with a
prefix query (:func:`pg_keys_filter`) that selects exactly what the ``LIKE`` scan selects.
A first page in name order on PostgreSQL is tried first on the first
:data:`PG_WALK_WINDOW` names alone (:func:`pg_walk_window`): a broad search fills it
there, walking the name index; a narrow one goes to the keys index and sorts its few
matches.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import cast, literal, literal_column, select

from db.models import MoU, Partner
from desktop_app.domain.text import index_words, search_words

#: ``partners.search_text``'s keys as a tsvector, each key a lexeme as it is (no parser,
#: no dictionary): the expression migration 0007 indexes, written identically here so
#: the planner matches it to the index.
PG_KEYS_SQL = "array_to_tsvector(array_remove(string_to_array(search_text, ' '), ''))"
#: How many names a first page in name order is looked for among before the keys index
#: is asked (see :func:`pg_walk_window`).
PG_WALK_WINDOW = 2500


def pg_prefix_query(query_text: str) -> str:
    """The tsquery for *query_text*: every word as a lexeme prefix (``'w1':* & 'w2':*``)."""
    # Match keys hold only word characters; quote and backslash are escaped all the same.
    return " & ".join("'" + w.replace("\\", "\\\\").replace("'", "''") + "':*"
                      for w in search_words(query_text))


def pg_keys_filter(query_text: str) -> list[Any]:
    """PostgreSQL conditions selecting partners with a key starting with every word of
    *query_text* (the keys index answers them); none when nothing is typed."""
    # imported here: the PostgreSQL dialect's modules (its asyncpg driver's among them)
    # cost a SQLite register's window ~0.05 s before its sections are usable
    from sqlalchemy.dialects.postgresql import TSQUERY

    query = pg_prefix_query(query_text)
    if not query:
        return []
    return [literal_column(PG_KEYS_SQL).op("@@")(cast(literal(query), TSQUERY))]


def pg_use_keys_index(conn: Any, query_text: str) -> None:
    """Make the rest of *conn*'s transaction answer a PostgreSQL partner search from the
    keys index (a bitmap scan, then a sort of its matches), when *query_text* has words.

    The planner cannot know that a search's matches gather at one end of the name order
    (a typed word is mostly a name's first word): left alone, it walks the name index
    and evaluates the keys of tens of thousands of rows (0.5–1 s measured on 100,000), or
    scans the table for a broad search. The first page of a broad search is found by the
    walk beforehand (:func:`pg_walk_window`).
    """
    if conn.dialect.name == "postgresql" and search_words(query_text):
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off")


def pg_walk_window(conn: Any, column: Any, descending: bool = False) -> Any | None:
    """A condition keeping the first :data:`PG_WALK_WINDOW` partners in *column*'s order
    (every row with a value up to the window's last one), or None when the register is
    smaller (the keys index then answers quickly anyway). The bound is read first (an
    index-only step of the window's length) so the planner sees its value and walks the
    index over that range only."""
    order = column.desc() if descending else column.asc()
    bound = conn.execute(select(column).select_from(Partner).order_by(order)
                         .offset(PG_WALK_WINDOW - 1).limit(1)).scalar()
    if bound is None:
        return None
    return column >= bound if descending else column <= bound


def keys_of(*texts: str | None) -> str:
    """Space-framed match keys of every word of *texts* (and of each whole text)."""
    return " " + " ".join(index_words(*texts)) + " "


def mou_search_text(mou: MoU, extra: Iterable[str] = ()) -> str:
    """What an MoU is found by: number, title, subject, place, parties' names, axes."""
    parties = [t for p in mou.parties if p.partner is not None
               for t in (p.partner.name, p.partner.name_en)]
    return keys_of(mou.number, mou.title, mou.subject, mou.place, *parties,
                   *(a.title for a in mou.axes), *extra)
