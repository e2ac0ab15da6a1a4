"""Exporting the partner register and any list from the window, read back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from db.backup import backup_sqlite
from db.database import Database
from desktop_app.domain.countries import country_name
from desktop_app.domain.demo import build_demo
from desktop_app.domain.partners import PartnerQuery
from desktop_app.domain.services import Services
from desktop_app.importing import read_table
from desktop_app.ui.context import UiContext
from desktop_app.ui.i18n import apply_language
from desktop_app.ui.imports import export_list, export_partners, prompts

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def register_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "demo.sqlite3"
    db = Database.open(path, app_version="test")
    build_demo(db)
    db.close()
    return path


@pytest.fixture
def ctx(register_template: Path, tmp_path: Path, qapp: Any) -> Iterator[UiContext]:
    path = tmp_path / "register.sqlite3"
    backup_sqlite(register_template, path)
    db = Database.open(path, app_version="test")
    apply_language("fa")
    yield UiContext(Services(db), language="fa")
    db.close()


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    answers: dict[str, Any] = {"save": "", "inform": [], "warn": []}
    monkeypatch.setattr(prompts, "ask_save_file", lambda *_a: answers["save"])
    monkeypatch.setattr(prompts, "inform", lambda _p, _t, text: answers["inform"].append(text))
    monkeypatch.setattr(prompts, "warn", lambda _p, _t, text: answers["warn"].append(text))
    return answers


def register_rows(ctx: UiContext, query: PartnerQuery | None = None) -> list[tuple[str, str, str]]:
    ids = ctx.services.partners.query(query or PartnerQuery())
    rows = ctx.services.partners.rows(ids)
    return [(rows[i].name, rows[i].name_en, rows[i].country_code or "") for i in ids]


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_export_partners_rows_equal_the_register(ctx: UiContext, told: dict[str, Any],
                                                 tmp_path: Path, suffix: str) -> None:
    told["save"] = str(tmp_path / f"partners.{suffix}")
    export_partners(ctx, None)
    table = read_table(told["save"])
    assert table.headers[:3] == ["name", "name_en", "country"]
    assert [tuple(r[:3]) for r in table.rows] == register_rows(ctx)
    assert told["inform"] and not told["warn"]


def test_export_partners_uses_the_filter(ctx: UiContext, told: dict[str, Any],
                                         tmp_path: Path) -> None:
    told["save"] = str(tmp_path / "iran")  # no suffix: CSV is added
    query = PartnerQuery(country_code="IR")
    export_partners(ctx, None, query)
    table = read_table(tmp_path / "iran.csv")
    expected = register_rows(ctx, query)
    assert 0 < len(expected) < ctx.services.partners.count()
    assert [tuple(r[:3]) for r in table.rows] == expected


def test_export_list_any_rows_and_cancel(ctx: UiContext, told: dict[str, Any],
                                         tmp_path: Path) -> None:
    headers = ["نام", "کشور", "فرمول"]
    ids = ctx.services.partners.query()
    rows = ctx.services.partners.rows(ids)
    lines = ([rows[i].name, country_name(rows[i].country_code, "fa"), "=1+1"] for i in ids)
    told["save"] = str(tmp_path / "list.xlsx")
    export_list(ctx, None, headers, lines, "فهرست")
    table = read_table(tmp_path / "list.xlsx")
    assert table.headers == headers
    assert [r[0] for r in table.rows] == [rows[i].name for i in ids]
    assert {r[2] for r in table.rows} == {"=1+1"}  # stored as text, never run
    told["save"] = ""  # the user cancels the file dialog: nothing is written
    export_list(ctx, None, headers, [], "x")
    assert sorted(p.name for p in tmp_path.glob("*.xlsx")) == ["list.xlsx"]


def test_export_to_an_unwritable_place_is_told(ctx: UiContext, told: dict[str, Any],
                                               tmp_path: Path) -> None:
    told["save"] = str(tmp_path / "missing-folder" / "partners.csv")
    export_partners(ctx, None)
    assert told["warn"] and not told["inform"]
