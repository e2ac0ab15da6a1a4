"""The language of the messages the domain layer produces (validation errors, labels).

Messages are English source strings marked for the one catalogue of words
(``resources/translations/*.ts``, kept by ``python tools/translations.py``)::

    translate("domain.mous", "The title is required.")
    translate("domain.mous", "Number {number} is already used by the MoU “{title}”.").format(
        number=f.number, title=other.title)

The context is the module's dotted path without ``desktop_app``; lupdate reads the call, and
at run time the Persian comes from the compiled catalogue (:mod:`resources.translations.
catalogue`, Qt-free). The composition root sets the language once at start-up (and again
when the user switches language) with :func:`set_language`, the program's only switch.
"""

from __future__ import annotations

from resources.translations.catalogue import (
    QT_TRANSLATE_NOOP,
    Message,
    language,
    set_language,
    translate,
)

__all__ = ["QT_TRANSLATE_NOOP", "Message", "language", "separator", "set_language", "translate"]


def separator() -> str:
    """Between the items of a short list in a line: the Persian comma, or a middle dot.

    (In Vazirmatn the middle dot looks like the Persian zero "۰", so "۱ · ۲" would read
    as "۱۰۲" in a Persian line.)
    """
    return "، " if language() == "fa" else " · "
