"""Validation rules several kinds of record share."""

from __future__ import annotations

import enum
from typing import Any

from desktop_app.domain.i18n import Message


def known_member(form: Any, name: str, kind: type[enum.Enum], errors: dict[str, str],
                 unknown: Message) -> bool:
    """Make ``form.<name>`` a member of *kind* (a code such as ``"draft"`` becomes
    ``MoUStatus.DRAFT``); where it names none, ``errors[name]`` says *unknown* and the
    answer is False."""
    try:
        setattr(form, name, kind(getattr(form, name)))
    except ValueError:
        errors[name] = unknown.text()
        return False
    return True
