"""The index of the register's partners built ahead of the dry run (the wizard's warm-up),
on real SQLite registers (and PostgreSQL for a pass cancelled half-way): reused by the
preview, rebuilt when the register changed meanwhile, nothing kept when the build is
cancelled or fails, and a preview that waits for a build under way instead of building a
second one."""

from __future__ import annotations

import gc
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.database import Database
from desktop_app.domain.import_commit import ImportCancelled
from desktop_app.domain.imports import ImportService
from desktop_app.domain.partners import PartnerForm, PartnerService
from desktop_app.importing import ExistingPartner
from desktop_app.importing.duplicates import (
    ExistingIndex,
    cached_existing_index,
    forget_existing_index,
)
from desktop_app.importing.table import gc_paused
from tests.imports_db.warmup_helpers import cached_now, write_list


@pytest.fixture(autouse=True)
def no_index_left() -> Iterator[None]:
    forget_existing_index()
    yield
    forget_existing_index()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("warmup") / "register.sqlite3"
    db = Database.open(path, app_version="test")
    for form in (PartnerForm(name="پارک فناوری کازان", name_en="Kazan Technopark", country_code="RU"),
                 PartnerForm(name="دانشگاه آنکارا", name_en="Ankara University", country_code="TR")):
        PartnerService(db).save(form)
    db.close()
    return path


@pytest.fixture
def db(template: Path, tmp_path: Path) -> Iterator[Database]:
    shutil.copyfile(template, tmp_path / "register.sqlite3")
    database = Database.open(tmp_path / "register.sqlite3", app_version="test", migrate=False)
    yield database
    database.close()


def test_the_preview_after_a_warm_up_reuses_its_index(db: Database, tmp_path: Path) -> None:
    service = ImportService(db)
    service.warm_existing_index()
    warm = cached_now(service)
    assert warm is not None and warm.size == 2
    preview = service.preview(write_list(tmp_path / "list.csv", ("دانشگاه آنكارا", "Turkey")))
    assert preview.plan.rows[0].duplicate is not None  # Arabic Kaf: the same university
    assert cached_now(service) is warm


def test_a_partner_saved_after_the_warm_up_gives_a_fresh_index(db: Database, tmp_path: Path) -> None:
    service = ImportService(db)
    service.warm_existing_index()
    warm = cached_now(service)
    new_id = PartnerService(db).save(PartnerForm(name="Baltic Innovation Hub", country_code="LV")).value
    preview = service.preview(write_list(tmp_path / "list.csv", ("Baltic Innovation Hub", "Latvia")))
    duplicate = preview.plan.rows[0].duplicate
    assert duplicate is not None and duplicate.existing_id == new_id
    fresh = cached_now(service)
    assert fresh is not None and fresh is not warm and fresh.size == 3


def test_a_cancelled_warm_up_keeps_nothing_and_the_preview_builds_the_index(
        db: Database, tmp_path: Path) -> None:
    service = ImportService(db)
    with pytest.raises(ImportCancelled):
        service.warm_existing_index(cancelled=lambda: True)
    assert cached_now(service) is None
    preview = service.preview(write_list(tmp_path / "list.csv", ("Kazan Technopark", "Russia")))
    assert preview.plan.rows[0].duplicate is not None
    assert cached_now(service) is not None


def test_a_build_that_fails_keeps_nothing_and_lets_the_next_one_build() -> None:
    def broken() -> Iterator[ExistingPartner]:
        yield ExistingPartner(1, "Kazan Technopark", country="RU")
        raise ConnectionError("the server went away")

    with pytest.raises(ConnectionError):
        cached_existing_index(("register", 1), broken)
    index = cached_existing_index(("register", 1), lambda: [ExistingPartner(1, "Kazan Technopark")])
    assert index.size == 1


def test_a_preview_waits_for_the_build_under_way_instead_of_building_another() -> None:
    entered, release = threading.Event(), threading.Event()
    loads: list[str] = []
    got: dict[str, ExistingIndex] = {}

    def slow() -> Iterator[ExistingPartner]:
        loads.append("warm-up")
        entered.set()
        release.wait(10)
        yield ExistingPartner(1, "Kazan Technopark", country="RU")

    def second() -> list[ExistingPartner]:
        loads.append("preview")
        return [ExistingPartner(1, "Kazan Technopark", country="RU")]

    warm_up = threading.Thread(target=lambda: got.setdefault("warm-up", cached_existing_index(("r", 1), slow)))
    warm_up.start()
    assert entered.wait(10)
    preview = threading.Thread(target=lambda: got.setdefault("preview", cached_existing_index(("r", 1), second)))
    preview.start()
    release.set()
    warm_up.join(10)
    preview.join(10)
    assert loads == ["warm-up"]
    assert got["preview"] is got["warm-up"]


def test_the_collector_stays_paused_until_the_last_thread_ends_its_pause() -> None:
    assert gc.isenabled()
    inside, leave = threading.Event(), threading.Event()

    def other_pause() -> None:
        with gc_paused():
            inside.set()
            leave.wait(10)

    with gc_paused():
        other = threading.Thread(target=other_pause)
        other.start()
        assert inside.wait(10)
    assert not gc.isenabled()  # the other thread's pause is still under way
    leave.set()
    other.join(10)
    assert gc.isenabled()


@pytest.mark.filterwarnings("error::ResourceWarning")  # psycopg's, for a cursor left open
@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")
def test_a_warm_up_cancelled_mid_stream_leaves_the_register_usable(
        any_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.domain import imports

    partners = PartnerService(any_db)
    for name in ("Kazan Technopark", "Ankara University", "Baltic Innovation Hub"):
        partners.save(PartnerForm(name=name))
    monkeypatch.setattr(imports, "_CANCEL_CHECK_ROWS", 1)  # a look at Cancel after each partner
    looks: list[bool] = []

    def second_look() -> bool:
        looks.append(True)
        return len(looks) > 1

    service = ImportService(any_db)
    with pytest.raises(ImportCancelled):
        service.warm_existing_index(cancelled=second_look)
    assert len(looks) == 2  # it stopped with partners still unread
    preview = service.preview(write_list(tmp_path / "list.csv", ("Ankara University", "")))
    assert preview.plan.rows[0].duplicate is not None
    assert len(list(service.iter_existing_partners())) == 3
