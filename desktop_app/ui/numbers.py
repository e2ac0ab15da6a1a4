"""Numbers as the window's language writes them: one function for every count shown.

Persian: Persian digits and the Persian thousands separator (U+066C, "۱۰۰٬۰۰۰"); English:
Latin digits and a comma ("100,000"). ``QLocale`` knows both; the domain layer's
``localize_digits`` only swaps digits, so counts go through :func:`count_text`.
"""

from __future__ import annotations

import re

from desktop_app.domain import i18n
from desktop_app.domain.text import localize_digits
from desktop_app.ui.i18n import locale_for


def count_text(value: int, language: str | None = None) -> str:
    """*value* with the digits and the thousands separator of *language* (default: the
    window's)."""
    return locale_for(language or i18n.language()).toString(int(value))


def with_count(text: str, value: int, language: str | None = None) -> str:
    """*text* (a translated "%n records" already filled in) with its number written as
    :func:`count_text` writes it."""
    return text.replace(str(int(value)), count_text(value, language), 1)


_LATIN = re.compile(r"[A-Za-z]")
_TOKEN = re.compile(r"\S+")


def digits_for(text: str, language: str | None = None) -> str:
    """*text* with the digits of *language*, except inside Latin words and codes
    ("نامه ۲۳۴۵/ص/۱۴۰۵" in Persian, but "EAST-1401-07" and "ISO 9001" kept whole)."""
    language = language or i18n.language()
    if language != "fa":
        return localize_digits(text, language)
    return _TOKEN.sub(lambda m: m.group(0) if _LATIN.search(m.group(0))
                      else localize_digits(m.group(0), language), text)
