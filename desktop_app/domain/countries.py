"""ISO 3166-1 countries with their Persian and English names, and resolving what people type.

The list is ``resources/data/countries.csv``; it is read once. :func:`resolve_country`
turns "Türkiye", "Turkey", "ترکیه", "تركيه", "TR" or "TUR" into ``"TR"``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from desktop_app.domain.text import match_key
from resources import DATA_DIR


@dataclass(frozen=True)
class Country:
    """One ISO 3166-1 country."""

    code: str
    alpha3: str
    name_en: str
    name_fa: str
    aliases: tuple[str, ...]

    def name(self, language: str) -> str:
        """The country's name for a reader of *language* ('fa' or 'en')."""
        return self.name_fa if language == "fa" else self.name_en


@cache
def all_countries() -> tuple[Country, ...]:
    """Every country in the shipped list, in alpha-2 order."""
    with (DATA_DIR / "countries.csv").open(encoding="utf-8", newline="") as handle:
        return tuple(
            Country(row["alpha2"], row["alpha3"], row["name_en"], row["name_fa"],
                    tuple(a for a in row["aliases"].split(";") if a))
            for row in csv.DictReader(handle)
        )


@cache
def _by_code() -> dict[str, Country]:
    return {c.code: c for c in all_countries()}


@cache
def _by_key() -> dict[str, str]:
    index: dict[str, str] = {}
    for country in all_countries():
        for name in (country.name_en, country.name_fa, *country.aliases):
            index.setdefault(match_key(name), country.code)
    for country in all_countries():  # codes win over names that happen to look alike
        index[match_key(country.code)] = country.code
        index[match_key(country.alpha3)] = country.code
    return index


def country(code: str | None) -> Country | None:
    """The country with alpha-2 *code*, or ``None``."""
    return _by_code().get((code or "").upper())


def resolve_country(text: str | None) -> str | None:
    """The alpha-2 code for a country as typed (name, variant or ISO code); ``None`` if unknown."""
    key = match_key(text)
    if not key:
        return None
    return _by_key().get(key)


def country_name(code: str | None, language: str = "fa") -> str:
    """The shown name of the country *code*, or ``""`` for none/unknown."""
    found = country(code)
    return found.name(language) if found else ""
