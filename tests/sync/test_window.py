"""The sync in the real main window (offscreen): status bar, Sync now, Conflicts, packages."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QMessageBox

from db.database import Database
from desktop_app.domain.partners import PartnerService
from desktop_app.domain.services import Services
from desktop_app.sync.engine import export_package, sync_direct
from desktop_app.sync.ops import open_conflicts
from desktop_app.ui import bidi, theme
from desktop_app.ui.context import UiContext
from desktop_app.ui.i18n import apply_language, reset_language
from desktop_app.ui.settings import AppSettings
from tests.sync.helpers import add_partner, edit_partner, partner_id, partner_uuid

pytestmark = pytest.mark.gui

SHOTS = os.environ.get("PEYVAND_SYNC_SHOTS")  # a folder to save screenshots in, when set


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes are recorded (and answered Yes) instead of waiting for a click."""
    shown: list[tuple[str, str]] = []

    def record(kind: str):  # type: ignore[no-untyped-def]
        def show(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            shown.append((kind, text))
            return QMessageBox.StandardButton.Yes
        return staticmethod(show)

    for kind in ("warning", "information", "question", "critical"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


@pytest.fixture(params=["fa", "en"])
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    """Each window test in Persian and in English."""
    theme.apply_theme(qapp)
    bidi.install(qapp)
    apply_language(request.param)
    yield request.param
    reset_language()


@pytest.fixture
def laptop_window(new_site: Any, language: str, qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    """The main window on a laptop register with one partner."""
    from desktop_app.ui.main_window import MainWindow

    db = new_site("laptop")
    add_partner(db, "پارک علم و فناوری خراسان", city="مشهد")
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    ctx = UiContext(Services(db), language=language)
    window = MainWindow(ctx, settings, apply_language=apply_language)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _shot(widget: Any, name: str, language: str) -> None:
    """Save *widget* (a dialog: drawn over its window, 1366×768) when PEYVAND_SYNC_SHOTS is set."""
    if not SHOTS:
        return
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QPainter

    Path(SHOTS).mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QLabel

    window = (widget.parentWidget() or widget).window()
    shown: list[tuple[Any, str]] = []
    for label in window.findChildren(QLabel):  # the register's folder is the test's own
        if "pytest-of" in label.text():
            shown.append((label, label.text()))
            label.setText(re.sub(r"\S*pytest-of[^\s]*/", "", label.text()))
    parent = widget.parentWidget()
    if widget.isWindow() and parent is not None:
        picture = parent.window().grab()
        inner = widget.grab()
        painter = QPainter(picture)
        painter.fillRect(picture.rect(), QColor(0, 0, 0, 50))  # the window behind, dimmed
        painter.drawPixmap(QPoint((picture.width() - inner.width()) // 2,
                                  (picture.height() - inner.height()) // 2), inner)
        painter.end()
    else:
        picture = widget.grab()
    for label, text in shown:
        label.setText(text)
    picture.save(str(Path(SHOTS) / f"sync-{name}-{language}.png"))


def _office(tmp_path: Path, sqlite_template: Path) -> Database:
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(sqlite_template, path)
    return Database.open(path, app_version="test")


def test_status_bar_and_sync_now(laptop_window: Any, language: str, qtbot: Any, tmp_path: Path,
                                 sqlite_template: Path, boxes: list[tuple[str, str]]) -> None:
    controls = laptop_window.sync_controls
    qtbot.waitUntil(lambda: bool(controls.label.text()), timeout=5000)
    never = "هرگز همگام نشده" if language == "fa" else "Never synced"
    assert never in controls.label.text()
    assert controls.menu.title() == ("&همگام‌سازی" if language == "fa" else "S&ync")
    office = _office(tmp_path, sqlite_template)
    office.close()
    _shot(laptop_window, "window-before-sync", language)
    result = controls.sync_now(str(tmp_path / "office.sqlite3"))
    assert result is not None and result.sent == 1
    assert boxes and boxes[-1][0] == "information"
    qtbot.waitUntil(lambda: never not in controls.label.text(), timeout=5000)
    assert ("فرستاده‌نشده: ۰" in controls.label.text()) if language == "fa" \
        else "Unsent changes: 0" in controls.label.text()
    _shot(laptop_window, "window-after-sync", language)
    office = Database.open(tmp_path / "office.sqlite3", app_version="test")
    assert len(PartnerService(office).query()) == 1
    office.close()


def test_conflicts_view_take_theirs(laptop_window: Any, language: str, qtbot: Any, tmp_path: Path,
                                    sqlite_template: Path, boxes: list[tuple[str, str]]) -> None:
    db = laptop_window.ctx.services.db
    office = _office(tmp_path, sqlite_template)
    sync_direct(db, office, join=True)
    pid = PartnerService(db).query()[0]
    edit_partner(db, pid, city="Mashhad")
    edit_partner(office, partner_id(office, partner_uuid(db, pid)), city="مشهد مقدس")  # type: ignore[arg-type]
    sync_direct(db, office)
    dialog = laptop_window.sync_controls.show_conflicts()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() == 1
    texts = {dialog.mine_value.text(), dialog.theirs_value.text()}
    assert any("Mashhad" in t for t in texts) and any("مشهد مقدس" in t for t in texts)
    assert "مشهد" in dialog.base_value.text()
    assert dialog.take_theirs.isVisible() and not dialog.merge.isVisible()
    _shot(dialog, "conflicts", language)
    theirs = open_conflicts(db)[0]["theirs"]["value"]
    assert dialog.resolve("theirs")
    assert dialog.table.rowCount() == 0 and dialog.empty.isVisible()
    assert PartnerService(db).get(pid).city == theirs
    sync_direct(db, office)
    assert open_conflicts(office) == []  # the resolution travelled with both parents
    office.close()


def test_import_changes_shows_the_dry_run_then_applies(laptop_window: Any, language: str, qtbot: Any,
                                                       tmp_path: Path, sqlite_template: Path,
                                                       boxes: list[tuple[str, str]]) -> None:
    db = laptop_window.ctx.services.db
    office = _office(tmp_path, sqlite_template)
    sync_direct(db, office, join=True)
    add_partner(office, "Tehran Tech Park")
    add_partner(office, "KSTP")
    package = tmp_path / "office.peyvand"
    export_package(office, package)
    office.close()
    result = laptop_window.sync_controls.import_changes(str(package))
    assert result is not None and result.applied == 2
    question = [text for kind, text in boxes if kind == "question"]
    assert question and ("2" in question[0] or "۲" in question[0])
    if SHOTS:  # the dry-run question as the person sees it, over the window
        box = QMessageBox(QMessageBox.Icon.Question, laptop_window.sync_controls.tr("Import changes"),
                          question[0], QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          laptop_window)
        box.show()
        qtbot.waitExposed(box)
        _shot(box, "import-dry-run", language)
        box.close()
    assert len(PartnerService(db).query()) == 3
    again = laptop_window.sync_controls.import_changes(str(package))
    assert again.applied == 0
    out = tmp_path / "laptop.peyvand"
    exported = laptop_window.sync_controls.export_changes(str(out))
    assert exported.sent >= 3 and out.stat().st_size > 0


NOTES = ("همکاری در زمینهٔ فناوری‌های نفت و گاز. تبادل شرکت‌های دانش‌بنیان.\n"
         "برگزاری نمایشگاه مشترک در سال ۱۴۰۵.")


def _notes_conflict(db: Database, office: Database, mine: str, theirs: str) -> int:
    pid = PartnerService(db).query()[0]
    edit_partner(db, pid, notes=NOTES)
    sync_direct(db, office, join=True)
    edit_partner(db, pid, notes=mine)
    edit_partner(office, partner_id(office, partner_uuid(db, pid)), notes=theirs)  # type: ignore[arg-type]
    sync_direct(db, office)
    return pid


def test_conflicts_view_proposes_a_clean_text_merge(laptop_window: Any, language: str, qtbot: Any,
                                                    tmp_path: Path, sqlite_template: Path,
                                                    boxes: list[tuple[str, str]]) -> None:
    db = laptop_window.ctx.services.db
    office = _office(tmp_path, sqlite_template)
    pid = _notes_conflict(db, office, NOTES.replace("نفت و گاز", "نفت، گاز و پتروشیمی"),
                          NOTES.replace("۱۴۰۵", "۱۴۰۶"))
    dialog = laptop_window.sync_controls.show_conflicts()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert dialog.merged.isVisible() and dialog.use_merged.isVisible() and dialog.merge_clean
    assert not dialog.edit.isVisible()  # a long text is edited in the merge box, not one line
    merged = dialog.merged.toPlainText()
    assert "پتروشیمی" in merged and "۱۴۰۶" in merged
    assert ("بی‌تداخل" in dialog.merge_note.text()) if language == "fa" else \
        "merge cleanly" in dialog.merge_note.text()
    _shot(dialog, "conflicts-textmerge", language)
    assert dialog.resolve("merged")
    assert PartnerService(db).get(pid).notes == merged
    sync_direct(db, office)
    assert PartnerService(office).get(partner_id(office, partner_uuid(db, pid)) or 0).notes == merged
    assert open_conflicts(office) == []
    office.close()


def test_conflicts_view_shows_both_versions_when_the_changes_overlap(
        laptop_window: Any, language: str, qtbot: Any, tmp_path: Path, sqlite_template: Path,
        boxes: list[tuple[str, str]]) -> None:
    db = laptop_window.ctx.services.db
    office = _office(tmp_path, sqlite_template)
    _notes_conflict(db, office, NOTES.replace("سال ۱۴۰۵", "سال ۱۴۰۶"), NOTES.replace("سال ۱۴۰۵", "سال ۱۴۰۷"))
    dialog = laptop_window.sync_controls.show_conflicts()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert dialog.merged.isVisible() and not dialog.merge_clean
    merged = dialog.merged.toPlainText()
    assert "۱۴۰۶" in merged and "۱۴۰۷" in merged
    assert ("── من ──" in merged) if language == "fa" else "── mine ──" in merged
    _shot(dialog, "conflicts-textmerge-overlap", language)
    office.close()


def test_sync_now_refuses_a_copied_register_with_a_plain_message(
        laptop_window: Any, language: str, qtbot: Any, tmp_path: Path,
        boxes: list[tuple[str, str]]) -> None:
    db = laptop_window.ctx.services.db
    path = Path(db.url.database)  # type: ignore[arg-type]
    copy = tmp_path / "copy.sqlite3"
    with db.reading() as s:  # a consistent copy of the register as it stands
        import sqlite3

        raw = s.connection().connection.dbapi_connection
        target = sqlite3.connect(copy)
        raw.backup(target)  # type: ignore[union-attr]
        target.close()
    del path
    result = laptop_window.sync_controls.sync_now(str(copy))
    assert result is None
    kind, text = boxes[-1]
    assert kind in ("warning", "critical") and "sync fork" in text and "Traceback" not in text
    assert ("رونوشت" in text) if language == "fa" else "copy" in text
