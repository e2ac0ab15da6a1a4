"""Reference data kept in the database: the ISO 3166-1 country list from ``resources/``."""

from __future__ import annotations

import csv
from functools import cache

from sqlalchemy import Connection, func, insert, select, update

from db.models import Country
from resources import DATA_DIR


@cache
def country_rows() -> tuple[dict[str, str], ...]:
    """The shipped country list as rows for the ``countries`` table."""
    with (DATA_DIR / "countries.csv").open(encoding="utf-8", newline="") as handle:
        return tuple(
            {"code": r["alpha2"], "alpha3": r["alpha3"], "name_en": r["name_en"],
             "name_fa": r["name_fa"]}
            for r in csv.DictReader(handle)
        )


def countries_in_sync(conn: Connection) -> bool:
    """True when the table holds as many countries as the shipped list (a cheap check)."""
    return conn.execute(select(func.count()).select_from(Country)).scalar_one() == len(country_rows())


def sync_countries(conn: Connection) -> None:
    """Insert missing countries and refresh the names of existing ones."""
    existing = dict(conn.execute(select(Country.code, Country.name_fa)).all())
    missing = [r for r in country_rows() if r["code"] not in existing]
    if missing:
        conn.execute(insert(Country), missing)
    for row in country_rows():
        if row["code"] in existing and existing[row["code"]] != row["name_fa"]:
            conn.execute(update(Country).where(Country.code == row["code"]).values(**row))
