"""The declaration of one kind of record: what the kit needs to know to serve it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from db.models import Record
from desktop_app.domain.i18n import Message, translate
from desktop_app.domain.records import Cascade


@dataclass(frozen=True)
class Link:
    """A form field naming another record that must still exist when the form is saved."""

    field: str
    model: type[Record]
    #: The message when the linked record is gone (marked for the catalogue).
    gone: Message


#: ``(session, cascade, record id)``: record in the cascade what a delete also removes or
#: unlinks (the record itself is added by the kit).
CascadeRule = Callable[[Session, Cascade, int], None]
#: ``(session, ids)`` → ``(id, version, *texts)`` rows: the texts a search matches.
SearchTexts = Callable[[Session, list[int]], Iterable[Sequence[Any]]]


@dataclass(frozen=True)
class Entity:
    """One kind of record, declared once.

    *noun* names one record in messages (``QT_TRANSLATE_NOOP("domain.letters", "letter")``);
    *fields* are the form's attributes copied to the model as they are; *texts* are the
    free-text fields every save normalises (bidi controls stripped, spaces tidied) before
    the length and NUL checks of :func:`~desktop_app.domain.text.field_errors`.
    """

    model: type[Record]
    noun: Message
    fields: tuple[str, ...]
    texts: tuple[str, ...] = ()
    links: tuple[Link, ...] = ()
    cascade: CascadeRule | None = None
    sort: Mapping[str, Any] = field(default_factory=dict)
    #: Sort keys compared as text (Persian alphabetical order).
    text_sorts: frozenset[str] = frozenset()
    search: SearchTexts | None = None

    @property
    def table(self) -> str:
        """The table name, which is also the entity name on the change bus."""
        return str(inspect(self.model).local_table.name)

    def gone(self) -> str:
        """"This letter no longer exists." in the current language."""
        return translate("domain.kit.entity", "This {noun} no longer exists.").format(
            noun=self.noun.text())

    def deleted_elsewhere(self) -> str:
        """The conflict message when the record was deleted after the form loaded it."""
        return translate("domain.kit.entity", "This {noun} was deleted elsewhere.").format(
            noun=self.noun.text())

    def changed_elsewhere(self) -> str:
        """The conflict message when the record's version moved after the form loaded it."""
        return translate("domain.kit.entity", "Someone else changed this {noun} after you "
                         "opened it; reopen it to see their change.").format(noun=self.noun.text())


__all__ = ["CascadeRule", "Entity", "Link", "SearchTexts"]
