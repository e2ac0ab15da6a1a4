"""The shipped ISO 3166-1 list and resolving what people type."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.countries import all_countries, country_name, resolve_country


def test_every_iso_country_with_both_names() -> None:
    countries = all_countries()
    assert len(countries) == 249
    assert all(c.name_fa and c.name_en and len(c.code) == 2 for c in countries)
    assert len({c.code for c in countries}) == 249


@pytest.mark.parametrize(("typed", "code"), [
    ("Türkiye", "TR"), ("Turkey", "TR"), ("ترکیه", "TR"), ("تركيه", "TR"), ("tr", "TR"),
    ("TUR", "TR"), ("Russian Federation", "RU"), ("روسیه", "RU"), ("China", "CN"),
    ("چین", "CN"), ("Iran, Islamic Republic of", "IR"), ("ایران", "IR"), ("UAE", "AE"),
])
def test_resolve(typed: str, code: str) -> None:
    assert resolve_country(typed) == code


def test_unknown_and_names() -> None:
    assert resolve_country("Atlantis") is None and resolve_country("") is None
    assert country_name("TR", "fa") == "ترکیه" and country_name("TR", "en") == "Türkiye"


@given(st.text(max_size=30))
def test_resolve_never_raises(text: str) -> None:
    result = resolve_country(text)
    assert result is None or len(result) == 2
