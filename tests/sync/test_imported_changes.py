"""An import on a laptop travels like any other write: every imported partner (its contacts,
its tags, the fields an import filled in an existing partner) and a later edit of one reach
the office and the other laptops, by package and directly, with no gap in the sequence."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from db.database import Database
from desktop_app.domain.imports import ImportService
from desktop_app.sync.engine import export_package, import_package, sync_direct
from tests.sync.helpers import (
    add_partner,
    differences,
    edit_partner,
    log_is_gapless,
    partner_id,
    snapshot,
)

Site = Callable[[str], Database]

LIST = ("name,name_en,city,tags,contact\n"
        "شرکت نفت تبریز,Tabriz Oil,تبریز,نفت؛گاز,علی رضایی\n"
        "پارک فناوری کازان,Kazan Technopark,Kazan,,Ayşe Demir\n"
        "دانشگاه آنکارا,Ankara University,Ankara,دانشگاه,\n"
        "Kept Park,,Tehran,نمایشگاه,\n")  # an existing partner: the import fills its city, adds a tag


def _import_and_edit(laptop: Database, tmp_path: Path) -> None:
    csv = tmp_path / "list.csv"
    csv.write_text(LIST, encoding="utf-8")
    service = ImportService(laptop)
    result = service.commit(service.preview(csv))
    assert len(result.changes.created["partners"]) == 3
    tabriz = next(u for u, v in snapshot(laptop)["partners"].items() if v["name"] == "شرکت نفت تبریز")
    edit_partner(laptop, partner_id(laptop, tabriz) or 0, city="ارومیه")


def _check(office: Database, a: Database, b: Database) -> None:
    shots = [snapshot(db) for db in (office, a, b)]
    assert not differences(shots[1], shots[0]) and not differences(shots[1], shots[2])
    partners = {v["name"]: v for v in shots[2]["partners"].values()}
    assert set(partners) == {"Kept Park", "شرکت نفت تبریز", "پارک فناوری کازان", "دانشگاه آنکارا"}
    assert partners["شرکت نفت تبریز"]["city"] == "ارومیه"                # the edit after the import
    assert sorted(partners["شرکت نفت تبریز"]["tags"]) == sorted(["نفت", "گاز"])
    assert partners["Kept Park"]["city"] == "Tehran" and partners["Kept Park"]["tags"] == ["نمایشگاه"]
    assert sorted(v["name"] for v in shots[2]["contacts"].values()) == ["Ayşe Demir", "علی رضایی"]
    assert all(log_is_gapless(db) for db in (office, a, b))


def _three(office: Database, new_site: Site) -> tuple[Database, Database]:
    add_partner(office, "Kept Park")
    a, b = new_site("a"), new_site("b")
    sync_direct(a, office, join=True)
    sync_direct(b, office, join=True)
    return a, b


@pytest.mark.parametrize("route", ["package, then directly", "directly, then package"])
def test_an_import_and_a_later_edit_travel_laptop_to_office_to_laptop(
        new_site: Site, tmp_path: Path, route: str) -> None:
    office = new_site("office")
    a, b = _three(office, new_site)
    _import_and_edit(a, tmp_path)
    package = tmp_path / "changes.peyvand"
    if route.startswith("package"):
        export_package(a, package)
        result = import_package(office, package)
        assert result.held == 0 and result.applied > 0
        sync_direct(b, office)
    else:
        sync_direct(a, office)
        export_package(office, package)
        result = import_package(b, package)
        assert result.held == 0 and result.applied > 0
    _check(office, a, b)
    assert import_package(b if route.startswith("directly") else office, package).applied == 0


@pytest.mark.postgres
def test_an_import_travels_through_the_server(new_site: Site, pg_db: Database, tmp_path: Path) -> None:
    a, b = _three(pg_db, new_site)
    _import_and_edit(a, tmp_path)
    sync_direct(a, pg_db)
    sync_direct(b, pg_db)
    _check(pg_db, a, b)
