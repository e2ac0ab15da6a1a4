"""The import wizard indexes the register's partners on a worker as it is shown, and the
first dry run uses that index (real widgets offscreen, a copy of the demo register).

Closing the wizard while the build is under way stops it and keeps nothing; a build that
fails is logged and the dry run builds the index itself, as it does without the warm-up.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtWidgets import QWizard

from desktop_app.domain.partners import PartnerForm
from desktop_app.importing import ExistingPartner
from desktop_app.importing.duplicates import cached_existing_index, forget_existing_index
from desktop_app.ui.context import UiContext
from desktop_app.ui.imports.common import PAGE_REVIEW
from desktop_app.ui.imports.wizard import ImportWizard
from desktop_app.ui.worker import Task
from tests.imports_db.warmup_helpers import cached_now, write_list

pytestmark = pytest.mark.gui

KSTP_ARABIC = "پارك علم و فناوري خراسان"  # the demo's park, in Arabic Kaf and Yeh


@pytest.fixture(autouse=True)
def no_index_left(qapp: Any) -> Iterator[None]:
    # An earlier test's wizard may still be ending its build: let it end and say so (it
    # lets the index go then) before this test looks at the cache.
    assert QThreadPool.globalInstance().waitForDone(10_000)
    QCoreApplication.processEvents()
    forget_existing_index()
    yield
    forget_existing_index()


def shown(ctx: UiContext, qtbot: Any) -> ImportWizard:
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def warm_up_of(wizard: ImportWizard, qtbot: Any) -> Task:
    """The wizard's early build, once it has ended."""
    task = wizard.warmup.task
    assert task is not None
    qtbot.waitUntil(lambda: task.is_done, timeout=10_000)
    return task


def dry_run(wizard: ImportWizard, qtbot: Any, path: Path) -> Any:
    """Open *path* on the file page and go on to the review page (the dry run)."""
    wizard.file_page.open_path(path)
    for _ in range(2):
        button = wizard.button(QWizard.WizardButton.NextButton)
        assert button.isEnabled()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PAGE_REVIEW
    assert wizard.preview is not None
    return wizard.preview


def test_the_first_dry_run_uses_the_index_built_as_the_wizard_opened(
        ctx: UiContext, qtbot: Any, tmp_path: Path) -> None:
    service = ctx.services.imports
    wizard = shown(ctx, qtbot)
    assert warm_up_of(wizard, qtbot).error is None
    warm = cached_now(service)
    assert warm is not None and warm.size == ctx.services.partners.count()
    preview = dry_run(wizard, qtbot, write_list(tmp_path / "list.csv", (KSTP_ARABIC, "Iran")))
    assert preview.plan.rows[0].duplicate is not None
    assert cached_now(service) is warm  # the dry run did not index the register again
    wizard.reject()
    assert cached_now(service) is None  # the index goes with the wizard


def test_a_partner_saved_after_the_warm_up_is_found_by_the_dry_run(
        ctx: UiContext, qtbot: Any, tmp_path: Path) -> None:
    wizard = shown(ctx, qtbot)
    warm_up_of(wizard, qtbot)
    warm = cached_now(ctx.services.imports)
    new_id = ctx.services.partners.save(PartnerForm(name="Baltic Innovation Hub", country_code="LV")).value
    preview = dry_run(wizard, qtbot, write_list(tmp_path / "list.csv", ("Baltic Innovation Hub", "Latvia")))
    duplicate = preview.plan.rows[0].duplicate
    assert duplicate is not None and duplicate.existing_id == new_id
    assert cached_now(ctx.services.imports) is not warm


def test_closing_the_wizard_while_it_builds_stops_the_build_and_keeps_nothing(
        ctx: UiContext, qtbot: Any) -> None:
    # Another build holds the cache while the wizard opens, so the wizard's is still
    # under way (waiting, then indexing) when it is closed.
    entered, release = threading.Event(), threading.Event()

    def slow() -> Iterator[ExistingPartner]:
        entered.set()
        release.wait(10)
        yield ExistingPartner(1, "Kazan Technopark", country="RU")

    holder = threading.Thread(target=cached_existing_index, args=(("another register",), slow))
    holder.start()
    assert entered.wait(10)
    wizard = ImportWizard(ctx)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # as the window opens it
    wizard.show()
    task = wizard.warmup.task
    assert task is not None and not task.is_done
    kept_by_the_build: list[object] = []  # looked at before the wizard lets the index go
    task.done.connect(lambda: kept_by_the_build.append(cached_now(ctx.services.imports)))
    gone: list[bool] = []
    wizard.destroyed.connect(lambda: gone.append(True))
    wizard.close()
    qtbot.waitUntil(lambda: bool(gone), timeout=10_000)
    with qtbot.waitSignal(task.cancelled, timeout=10_000):
        release.set()
    holder.join(10)
    assert QThreadPool.globalInstance().waitForDone(10_000)  # no worker left running
    assert kept_by_the_build == [None]  # it stopped: no index of the demo register stored
    assert cached_now(ctx.services.imports) is None


def test_a_warm_up_that_fails_is_logged_and_the_dry_run_builds_the_index(
        ctx: UiContext, qtbot: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    register = ctx.services.imports.db.path
    assert register is not None

    def rename(old: str, new: str) -> None:
        with sqlite3.connect(register) as conn:
            conn.execute(f"ALTER TABLE {old} RENAME TO {new}")

    rename("partners", "partners_away")  # the register cannot be read while the wizard opens
    try:
        with caplog.at_level(logging.WARNING, logger="peyvand.ui.imports"):
            wizard = shown(ctx, qtbot)
            assert warm_up_of(wizard, qtbot).error is not None
    finally:
        rename("partners_away", "partners")
    assert any("the dry run builds it" in r.getMessage() for r in caplog.records)
    assert cached_now(ctx.services.imports) is None
    preview = dry_run(wizard, qtbot, write_list(tmp_path / "list.csv", (KSTP_ARABIC, "Iran")))
    assert preview.plan.rows[0].duplicate is not None
