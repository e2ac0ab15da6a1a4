"""The record kit's shared rule: a form's code becomes its enumeration's member, or the
field gets the kind's own message in the current language."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from db.models import LetterDirection
from desktop_app.domain.i18n import QT_TRANSLATE_NOOP, language, set_language
from desktop_app.domain.kit import known_member

UNKNOWN = QT_TRANSLATE_NOOP("domain.letters", "Unknown direction.")


@dataclass
class _Form:
    direction: object = ""


@given(st.sampled_from([*list(LetterDirection), *(d.value for d in LetterDirection)])
       | st.text(max_size=8) | st.integers() | st.none())
def test_known_member_converts_or_names_the_field(value: object) -> None:
    form, errors = _Form(value), {}
    ok = known_member(form, "direction", LetterDirection, errors, UNKNOWN)
    members = {d.value for d in LetterDirection}
    assert ok == (value in members or value in list(LetterDirection))
    if ok:
        assert isinstance(form.direction, LetterDirection) and errors == {}
    else:
        assert form.direction == value and set(errors) == {"direction"}


def test_known_member_message_follows_the_language() -> None:
    before = language()
    try:
        for lang in ("en", "fa"):
            set_language(lang)
            errors: dict[str, str] = {}
            known_member(_Form("sideways"), "direction", LetterDirection, errors, UNKNOWN)
            assert errors["direction"] == UNKNOWN.text()
            assert (errors["direction"] == "Unknown direction.") == (lang == "en")
    finally:
        set_language(before)
