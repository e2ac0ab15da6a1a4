"""Letters and directives (مکاتبه / ابلاغیه): reference number, date, who wrote to whom.

The reference number is stored in code form (ASCII digits, Persian letter forms) so that
a search typed in any digit script finds it: ``۱۴۹۳۸۴``, ``١٤٩٣٨٤`` and ``149384`` all
find letter 149384, and so does a part of the number (``9384``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from db.models import Attachment, Letter, LetterDirection
from desktop_app.domain import dates
from desktop_app.domain.i18n import QT_TRANSLATE_NOOP, language, translate
from desktop_app.domain.kit import Entity, RecordService, VersionedForm, known_member, links
from desktop_app.domain.labels import label
from desktop_app.domain.records import (
    Cascade,
    LinkLabels,
    body_choices,
    date_range,
    hub_choices,
    meeting_choices,
    mou_choices,
)
from desktop_app.domain.text import localize_digits, normalize_code


@dataclass
class LetterForm(VersionedForm):
    """Everything the letter form edits; ``id``/``version`` are ``None`` for a new letter."""

    reference_number: str = ""
    dated: dt.date | None = None
    direction: LetterDirection = LetterDirection.INCOMING
    sender: str = ""
    recipient: str = ""
    subject: str = ""
    summary: str = ""
    mou_id: int | None = None
    hub_id: int | None = None
    body_id: int | None = None
    meeting_id: int | None = None


@dataclass(frozen=True)
class LetterRow:
    """One line of the letter list, ready to show in the current language."""

    id: int
    reference_number: str
    reference_text: str
    dated: dt.date
    dated_text: str
    direction: LetterDirection
    direction_text: str
    sender: str
    recipient: str
    subject: str
    mou_id: int | None
    mou_label: str
    hub_id: int | None
    hub_label: str
    body_id: int | None
    body_name: str
    meeting_id: int | None
    meeting_label: str


@dataclass(frozen=True)
class LetterQuery:
    """What the letter list shows: search text, filters and the sort column."""

    text: str = ""
    direction: LetterDirection | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    mou_id: int | None = None
    hub_id: int | None = None
    body_id: int | None = None
    meeting_id: int | None = None
    sort: str = "dated"  # dated | reference | subject | sender | recipient | direction
    descending: bool = True


def _texts(s: Session, ids: list[int]) -> list[tuple[object, ...]]:
    return [tuple(r) for r in s.execute(
        select(Letter.id, Letter.version, Letter.reference_number, Letter.subject, Letter.sender,
               Letter.recipient, Letter.summary).where(Letter.id.in_(ids)))]


def _cascade(s: Session, c: Cascade, letter_id: int) -> None:
    c.delete(s, s.scalars(select(Attachment).where(Attachment.letter_id == letter_id)))


LETTER = Entity(
    model=Letter, noun=QT_TRANSLATE_NOOP("domain.letters", "letter"),
    fields=("reference_number", "dated", "direction", "sender", "recipient", "subject",
            "summary", "mou_id", "hub_id", "body_id", "meeting_id"),
    texts=("sender", "recipient", "subject", "summary"),
    links=(links.MOU, links.HUB, links.BODY, links.MEETING),
    cascade=_cascade,
    sort={"dated": Letter.dated, "reference": Letter.reference_number,
          "subject": Letter.subject, "sender": Letter.sender, "recipient": Letter.recipient,
          "direction": Letter.direction},
    text_sorts=frozenset({"subject", "sender", "recipient", "direction"}),
    search=_texts,
)


class LetterService(RecordService[LetterForm]):
    """Use cases for letters: load, validate and save, delete, list and search."""

    kind = LETTER
    form = LetterForm

    # ------------------------------------------------------------------ reading

    def query(self, q: LetterQuery = LetterQuery()) -> list[int]:
        """Ids of the letters *q* selects, in its order."""
        conds = date_range(Letter.dated, q.date_from, q.date_to)
        if q.direction is not None:
            conds.append(Letter.direction == q.direction)
        for col, value in ((Letter.mou_id, q.mou_id), (Letter.hub_id, q.hub_id),
                           (Letter.body_id, q.body_id), (Letter.meeting_id, q.meeting_id)):
            if value is not None:
                conds.append(col == value)
        stmt = select(Letter.id, Letter.version, self.sort_column(q.sort, "dated"),
                      Letter.reference_number)
        if conds:
            stmt = stmt.where(and_(*conds))
        with self.db.reading() as s:
            rows = s.connection().execute(stmt).all()
            refs = {r[0]: r[3] for r in rows}  # stored form: ASCII digits already

            def in_reference(letter_id: int, word: str) -> bool:
                # a part of the number ("9384", "۹۳۸۴") finds the letter, not only its start
                return len(word) >= 3 and word.isdigit() and word in refs.get(letter_id, "")

            keep = self.search(s, rows, q.text, in_reference)
        pairs = [(r[0], label(LetterDirection(str(r[2]))) if q.sort == "direction" else r[2])
                 for r in rows if r[0] in keep]
        return self.sorted_ids(pairs, q.sort, q.descending)

    def find_by_reference(self, reference: str) -> list[int]:
        """Ids of the letters whose reference number is exactly *reference* (any digit script)."""
        code = normalize_code(reference)
        if not code:
            return []
        with self.db.reading() as s:
            return list(s.scalars(select(Letter.id).where(Letter.reference_number == code)
                                  .order_by(Letter.dated.desc(), Letter.id)))

    def rows(self, ids: Sequence[int]) -> dict[int, LetterRow]:
        """The list rows of *ids* (missing ids are simply absent)."""
        return self.chunked_rows(ids, self._rows)

    def _rows(self, s: Session, chunk: list[int]) -> Iterator[tuple[int, LetterRow]]:
        lang = language()
        ls = s.execute(select(Letter.id, Letter.reference_number, Letter.dated,
                              Letter.direction, Letter.sender, Letter.recipient,
                              Letter.subject, Letter.mou_id, Letter.hub_id,
                              Letter.body_id, Letter.meeting_id)
                       .where(Letter.id.in_(chunk))).all()
        name = LinkLabels(s, ls, "mou_id", "hub_id", "body_id", "meeting_id")
        for x in ls:
            yield x.id, LetterRow(
                id=x.id, reference_number=x.reference_number,
                reference_text=localize_digits(x.reference_number, lang),
                dated=x.dated, dated_text=dates.format_date(x.dated, lang),
                direction=x.direction, direction_text=label(x.direction, lang),
                sender=x.sender, recipient=x.recipient, subject=x.subject,
                mou_id=x.mou_id, mou_label=name("mou_id", x.mou_id),
                hub_id=x.hub_id, hub_label=name("hub_id", x.hub_id),
                body_id=x.body_id, body_name=name("body_id", x.body_id),
                meeting_id=x.meeting_id,
                meeting_label=name("meeting_id", x.meeting_id))

    def link_choices(self) -> dict[str, list[tuple[int, str]]]:
        """Pickers for the form: ``mous``, ``hubs``, ``bodies``, ``meetings`` as (id, label)."""
        with self.db.reading() as s:
            return {"mous": mou_choices(s), "hubs": hub_choices(s), "bodies": body_choices(s),
                    "meetings": meeting_choices(s)}

    # ------------------------------------------------------------------ rules

    def rules(self, f: LetterForm) -> dict[str, str]:
        """The reference number in code form (ASCII digits); subject, date and direction."""
        f.reference_number = normalize_code(f.reference_number)
        errors: dict[str, str] = {}
        if not f.subject:
            errors["subject"] = translate("domain.letters", "The subject is required.")
        if len(f.reference_number) > 100:
            errors["reference_number"] = translate("domain.letters", "The reference number is too "
                                                                     "long.")
        if not isinstance(f.dated, dt.date):
            errors["dated"] = translate("domain.letters", "The letter's date is required.")
        known_member(f, "direction", LetterDirection, errors,
                     QT_TRANSLATE_NOOP("domain.letters", "Unknown direction."))
        return errors


__all__ = ["LetterForm", "LetterQuery", "LetterRow", "LetterService"]
