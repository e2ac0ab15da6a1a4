"""Three-way merge of a long text (objectives, minutes, decisions, notes) for a conflict.

When both registers changed the same long text, the Conflicts view proposes one text that
keeps both changes, for the person to read and confirm — never applied by itself. The
merge is ``merge3``'s (the three-way merge of Bazaar/Breezy, a small well-kept library),
run over words rather than lines, since office prose is long paragraphs where two people
usually change different sentences of one line. A clean merge is proposed as it is; when
the two changes overlap the view shows both versions, labelled, for the person to edit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import merge3
from sqlalchemy import Text

from db.audit import SYNCED_TABLES

#: A word with the spaces after it, or a line break: the units the merge compares.
_TOKENS = re.compile(r"\n|[^\S\n]+|[^\s]+[^\S\n]*")


@dataclass(frozen=True)
class TextMerge:
    """The proposal: ``clean`` when the two changes did not overlap; ``text`` to confirm."""

    clean: bool
    text: str
    overlaps: int = 0


def is_long_text(table_name: str, field: str) -> bool:
    """Whether *field* of *table_name* is a long text (a ``Text`` column) worth merging."""
    table = SYNCED_TABLES.get(table_name)
    return table is not None and field in table.c and isinstance(table.c[field].type, Text)


def _tokens(text: str) -> list[str]:
    return _TOKENS.findall(text or "")


def merge_text(base: str | None, mine: str | None, theirs: str | None, *,
               mine_label: str = "mine", theirs_label: str = "theirs") -> TextMerge:
    """Merge *mine* and *theirs*, both changed from *base*.

    Clean: the merged text. Overlapping: each overlap shown as both versions, one after
    the other, between lines naming them (*mine_label*, *theirs_label*).
    """
    m = merge3.Merge3(_tokens(base or ""), _tokens(mine or ""), _tokens(theirs or ""))
    out: list[str] = []
    overlaps = 0
    for group in m.merge_groups():
        kind = group[0]
        if kind == "conflict":
            overlaps += 1
            ours, others = group[2], group[3]  # type: ignore[misc]
            out += [f"\n── {mine_label} ──\n", "".join(ours).strip("\n"),
                    f"\n── {theirs_label} ──\n", "".join(others).strip("\n"), "\n──\n"]
        else:
            out.append("".join(group[1]))
    return TextMerge(clean=overlaps == 0, text="".join(out), overlaps=overlaps)
