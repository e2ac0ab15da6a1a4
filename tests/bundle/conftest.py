"""Fixtures of the bundle, self-test and ``--open`` tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    """Messages in English (the tests match their words); Persian is checked where named."""
    from desktop_app.domain import i18n

    before = i18n.language()
    i18n.set_language("en")
    yield
    i18n.set_language(before)
