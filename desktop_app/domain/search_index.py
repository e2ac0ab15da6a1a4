"""The ``search_text`` columns: match keys of a record's words, kept by the services.

Lists and the global search compare the match keys of what the user types against these
columns with ``LIKE '% key%'`` (a word-prefix match), so Arabic/Persian letter forms,
ZWNJ/space and digit scripts all meet in one form.
"""

from __future__ import annotations

from collections.abc import Iterable

from db.models import MoU
from desktop_app.domain.text import index_words


def keys_of(*texts: str | None) -> str:
    """Space-framed match keys of every word of *texts* (and of each whole text)."""
    return " " + " ".join(index_words(*texts)) + " "


def mou_search_text(mou: MoU, extra: Iterable[str] = ()) -> str:
    """What an MoU is found by: number, title, subject, place, parties' names, axes."""
    parties = [t for p in mou.parties if p.partner is not None
               for t in (p.partner.name, p.partner.name_en)]
    return keys_of(mou.number, mou.title, mou.subject, mou.place, *parties,
                   *(a.title for a in mou.axes), *extra)
