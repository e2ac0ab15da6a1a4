"""The language of messages the domain layer produces (validation errors, labels).

The composition root sets it once at start-up (and again when the user switches language);
the domain never asks Qt. Each message is written in both languages where it is raised:
``tr("Name is required.", "نام لازم است.")``.
"""

from __future__ import annotations

_language = "fa"


def set_language(language: str) -> None:
    """Choose 'fa' or 'en' for every message produced from now on."""
    global _language
    _language = "en" if language == "en" else "fa"
    from db.errors import set_message_language

    set_message_language(_language)


def language() -> str:
    """The current message language, 'fa' or 'en'."""
    return _language


def tr(english: str, persian: str) -> str:
    """The message in the current language."""
    return persian if _language == "fa" else english


def separator() -> str:
    """Between the items of a short list in a line: the Persian comma, or a middle dot.

    (In Vazirmatn the middle dot looks like the Persian zero "۰", so "۱ · ۲" would read
    as "۱۰۲" in a Persian line.)
    """
    return "، " if _language == "fa" else " · "
