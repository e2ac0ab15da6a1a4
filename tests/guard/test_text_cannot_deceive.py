"""Text that cannot deceive: bidi controls never stored, shown or exported; NUL and
over-long values refused with the field's name — through the forms, an import row and the
command line, the same on SQLite and on PostgreSQL (issue 9)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from db.database import Database
from db.errors import FieldValueError
from db.limits import text_limits
from db.models import AuditEntry, Contact, Partner
from desktop_app.domain import i18n
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.imports import ImportService
from desktop_app.domain.partners import ContactForm, PartnerForm, PartnerService
from desktop_app.domain.text import (
    BIDI_CONTROLS,
    field_errors,
    match_key,
    normalize_text,
    strip_bidi_controls,
)
from desktop_app.importing import read_table
from desktop_app.importing._keys import fast_match_key, fast_normalize_text
from desktop_app.importing.duplicates import latin_key, name_key

ROOT = Path(__file__).resolve().parents[2]
SPOOF = "\u202egnidarT EMCA"  # lists as "ACME Trading" when the override is obeyed


@pytest.fixture(autouse=True)
def _english() -> None:
    i18n.set_language("en")
    yield
    i18n.set_language("fa")


def _has_bidi(text: str) -> bool:
    return any(ch in BIDI_CONTROLS for ch in text)


# ----------------------------------------------------------------------------- unit


@given(st.text(alphabet=st.sampled_from(list(BIDI_CONTROLS) + list("abc ابپ\u200c"))))
def test_no_bidi_control_survives_normalising_or_keys(text: str) -> None:
    for out in (normalize_text(text), fast_normalize_text(text), match_key(text),
                fast_match_key(text), strip_bidi_controls(text)):
        assert not _has_bidi(out)
    assert fast_normalize_text(text) == normalize_text(text)
    assert fast_match_key(text) == match_key(text)


def test_spoofed_name_is_stored_as_typed_not_as_shown() -> None:
    assert normalize_text(SPOOF) == "gnidarT EMCA"
    assert match_key(SPOOF) != match_key("ACME Trading")
    # the same name with controls sprinkled in is the same name to the duplicate finder
    assert match_key("AC\u2066ME Tra\u200fding\u2069") == match_key("ACME Trading")
    assert name_key("\u202aACME Trading\u202c") == name_key("ACME Trading")
    assert latin_key("ACME\u202d Trading") == latin_key("ACME Trading")


def test_field_errors_name_the_field_and_read_lengths_from_the_models() -> None:
    limit = text_limits("partners")["name"]
    assert limit == Partner.__table__.c.name.type.length
    assert text_limits("partners")["notes"] is None  # Text: unbounded
    errors = field_errors("partners", {"name": "x" * (limit + 1), "city": "a\x00b",
                                       "notes": "n" * 100_000, "name_en": "ok"})
    assert set(errors) == {"name", "city"}
    assert "Name" in errors["name"] and str(limit) in errors["name"]
    assert "NUL" in errors["city"] and "City" in errors["city"]
    i18n.set_language("fa")
    fa = field_errors("partners", {"name": "x" * (limit + 1)})["name"]
    assert "نام" in fa and "۳۰۰" in fa


# ----------------------------------------------------------------------------- forms


def test_form_strips_bidi_and_refuses_nul_and_length(any_db: Database) -> None:
    service = PartnerService(any_db)
    pid = service.save(PartnerForm(name=SPOOF, name_en="\u2067Pars\u2069", city="\u200eتهران")).value
    form = service.get(pid)
    assert (form.name, form.name_en, form.city) == ("gnidarT EMCA", "Pars", "تهران")
    for bad, field in ((PartnerForm(name="a\x00b"), "name"),
                       (PartnerForm(name="ok", sector="s" * 201), "sector"),
                       (PartnerForm(name="ok", tags=["t" * 101]), "tags"),
                       (PartnerForm(name="ok", contacts=[ContactForm(name="c\x00")]), "contacts")):
        with pytest.raises(ValidationError) as caught:
            service.save(bad)
        assert field in caught.value.errors, caught.value.errors
    with any_db.reading() as s:
        assert s.scalar(select(func.count(Partner.id))) == 1


def test_flush_guard_refuses_what_a_service_did_not_check(any_db: Database) -> None:
    """Any ORM write (a future command, a sync) meets the same limits on both databases."""
    with pytest.raises(FieldValueError) as caught, any_db.unit_of_work() as s:
        s.add(Partner(name="ok", city="c" * 121))
    assert caught.value.field == "city" and caught.value.problem == "too_long"
    with pytest.raises(FieldValueError), any_db.unit_of_work() as s:
        s.add(Partner(name="ok\x00"))
    with any_db.reading() as s:
        assert s.scalar(select(func.count(Partner.id))) == 0
        assert s.scalar(select(func.count(AuditEntry.id))) == 0


_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400)


# One register for all the examples (each compares its own before and after).
_SHARED_DB = settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])


@_SHARED_DB
@given(name=_TEXT, city=_TEXT, email=st.text(max_size=30), contact=_TEXT)
def test_no_form_input_crashes_or_writes_half_a_partner(sqlite_db: Database, name: str, city: str,
                                                        email: str, contact: str) -> None:
    service = PartnerService(sqlite_db)
    with sqlite_db.reading() as s:
        before = (s.scalar(select(func.count(Partner.id))), s.scalar(select(func.count(Contact.id))))
    try:
        pid = service.save(PartnerForm(name=name, city=city, email=email,
                                       contacts=[ContactForm(name=contact)])).value
    except ValidationError as exc:
        assert exc.errors and all(isinstance(m, str) and m for m in exc.errors.values())
        with sqlite_db.reading() as s:
            after = (s.scalar(select(func.count(Partner.id))), s.scalar(select(func.count(Contact.id))))
        assert after == before
        return
    got = service.get(pid)
    assert not _has_bidi(got.name + got.city) and "\x00" not in got.name + got.city


@pytest.mark.postgres
@_SHARED_DB
@given(name=_TEXT, city=_TEXT)
def test_no_form_input_gives_a_raw_error_on_postgresql(pg_db: Database, name: str, city: str) -> None:
    service = PartnerService(pg_db)
    try:
        service.save(PartnerForm(name=name, city=city))
    except ValidationError as exc:
        assert set(exc.errors) <= {"name", "city"}


# ----------------------------------------------------------------------------- import rows


def _write(path: Path, rows: list[list[str]]) -> Path:
    """An XLSX file (a CSV with a NUL is refused whole as binary; a workbook cell can hold
    one, written as Excel's ``_x0000_`` escape)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "City", "Tags", "Contact"])
    for row in rows:
        sheet.append([cell.replace("\x00", "_x0000_") for cell in row])
    book.save(path)
    return path


ROWS = [
    ["Good One", "Tehran", "", ""],                 # row 2
    ["Bad\x00Nul", "Tehran", "", ""],               # row 3: NUL in the name
    ["Long City", "c" * 500, "", ""],               # row 4: over the city's 120
    [SPOOF, "\u2066Tabriz\u2069", "", ""],          # row 5: imported, controls removed
    ["Long Contact", "", "", "p" * 201],            # row 6: over the contact name's 200
    ["Good Two", "", "t" * 101, ""],                # row 7: a tag over 100
]


def test_import_rejects_the_bad_rows_with_their_numbers(any_db: Database, tmp_path: Path) -> None:
    imports = ImportService(any_db)
    preview = imports.preview(_write(tmp_path / "list.xlsx", ROWS))
    rejected = {(r.row, r.column, r.code) for r in preview.plan.rejections}
    assert rejected == {(3, "Name", "nul_character"), (4, "City", "too_long"),
                        (6, "Contact", "too_long"), (7, "Tags", "too_long")}
    assert all("“" in r.reason for r in preview.plan.rejections)  # the field is named
    imports.commit(preview)
    with any_db.reading() as s:
        names = sorted(s.scalars(select(Partner.name)))
        cities = set(s.scalars(select(Partner.city)))
    assert names == ["Good One", "gnidarT EMCA"]
    assert "Tabriz" in cities


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_leaves_bidi_controls_out(sqlite_db: Database, tmp_path: Path, fmt: str) -> None:
    with sqlite_db.unit_of_work() as s:  # a register written before controls were refused
        s.add(Partner(name="\u202eevil", city="\u2066x\u2069"))
    out = tmp_path / f"all.{fmt}"
    ImportService(sqlite_db).export_partners(out)
    table = read_table(out)
    cells = [c for row in table.rows for c in row]
    assert "evil" in cells and not any(_has_bidi(c) for c in cells)


def test_command_line_import_reports_the_row_and_field(tmp_path: Path) -> None:
    db = tmp_path / "register.sqlite3"
    Database.open(db, app_version="test").close()
    env = {**os.environ, "PEYVAND_DATA_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "import",
                           "partners", str(_write(tmp_path / "l.xlsx", ROWS)), "--json"],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["added"] == 2
    by_row = {r["row"]: r for r in report["rejected"]}
    assert set(by_row) == {3, 4, 6, 7}
    assert by_row[4]["column"] == "City" and "120" in by_row[4]["reason"]


_CELL = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=260) | \
    st.sampled_from(["", "x" * 301, "a\x00b", SPOOF, "t" * 101])


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_no_import_row_crashes_or_writes_half_a_record(request: pytest.FixtureRequest,
                                                       tmp_path: Path, backend: str) -> None:
    """Arbitrary cells in every text column: each import either lands whole (its planned
    rows, no more) or rejects rows with their numbers; never a raw database error."""
    from hypothesis import given as given_
    from hypothesis import settings as settings_

    from desktop_app.domain.errors import DomainError
    from desktop_app.importing.table import RawTable

    db: Database = request.getfixturevalue("sqlite_db" if backend == "sqlite" else "pg_db")
    imports = ImportService(db)
    source = tmp_path / "pasted.csv"
    source.write_text("Name\n", encoding="utf-8")
    headers = ["Name", "Latin name", "City", "Tags", "Contact", "Notes"]
    mapping = {0: "name", 1: "name_en", 2: "city", 3: "tags", 4: "contact_name", 5: "notes"}

    @settings_(max_examples=40)
    @given_(st.lists(st.lists(_CELL, min_size=6, max_size=6), min_size=1, max_size=6))
    def one_import(rows: list[list[str]]) -> None:
        table = RawTable(headers, rows, list(range(2, len(rows) + 2)), 1, "csv")
        with db.reading() as s:
            before = s.scalar(select(func.count(Partner.id)))
        preview = imports.preview(source, table=table, mapping=mapping, near_matches=False)
        assert all(r.row in table.row_numbers for r in preview.plan.rejections)
        try:
            imports.commit(preview)
        except DomainError:
            pass  # e.g. nothing left to import: said plainly
        with db.reading() as s:
            after = s.scalar(select(func.count(Partner.id)))
            names = list(s.scalars(select(Partner.name)))
        assert after - before == preview.plan.to_add
        assert not any("\x00" in n or _has_bidi(n) for n in names)

    one_import()


def _services_forms():
    import datetime as dt

    from desktop_app.domain.actions import ActionForm, ActionService
    from desktop_app.domain.bodies import BodyForm, BodyService, MemberForm
    from desktop_app.domain.events import EventForm, EventService
    from desktop_app.domain.hubs import HubForm, HubService, MissionForm
    from desktop_app.domain.letters import LetterForm, LetterService
    from desktop_app.domain.meetings import MeetingForm, MeetingService
    from desktop_app.domain.mous import AxisForm, MoUForm, MoUService

    day = dt.date(2025, 12, 16)
    return [
        (ActionService, ActionForm(title="t", owner="o\x00"), "owner"),
        (EventService, EventForm(title="t", held_on=day, place="p" * 301), "place"),
        (HubService, HubForm(title="t", designated_by="d\x00"), "designated_by"),
        (HubService, HubForm(title="t", missions=[MissionForm(title="m", owner="o" * 201)]),
         "missions"),
        (LetterService, LetterForm(subject="s", dated=day, sender="\u202e" + "s" * 301), "sender"),
        (MeetingService, MeetingForm(title="t", held_on=day, place="p\x00"), "place"),
        (MoUService, MoUForm(title="t", subject="s\x00"), "subject"),
        (MoUService, MoUForm(title="t", axes=[AxisForm(title="a\x00")]), "axes"),
        (BodyService, BodyForm(name="n", members=[MemberForm(person="p" * 201)]), "members"),
    ]


@pytest.mark.parametrize("index", range(9))
def test_every_record_form_refuses_nul_and_length_with_the_field(sqlite_db: Database,
                                                                 index: int) -> None:
    service_class, form, field = _services_forms()[index]
    with pytest.raises(ValidationError) as caught:
        service_class(sqlite_db).validate(form)
    assert field in caught.value.errors, caught.value.errors
    message = caught.value.errors[field]
    assert "NUL" in message or "longer than" in message
