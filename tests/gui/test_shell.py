"""The main window: starts in Persian right-to-left with every section, switches language,
remembers its state, opens records from the global search, shows bugs in the crash dialog."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from qt_keyboard import type_text

from desktop_app.ui.i18n import apply_language, reset_language
from desktop_app.ui.sections import SECTIONS
from resources import TRANSLATIONS_DIR

pytestmark = pytest.mark.gui


#: The window's sections, in navigation order — written out here, not computed from
#: SECTIONS, so that a section dropped from the window (or from SECTIONS) fails the test.
EXPECTED_SECTIONS = [
    ("dashboard", "DashboardSection"),
    ("partners", "PartnersSection"),
    ("hubs", "HubsSection"),
    ("mous", "MoUsSection"),
    ("meetings", "MeetingsSection"),
    ("actions", "ActionsSection"),
    ("events", "EventsSection"),
    ("letters", "LettersSection"),
    ("reports", "ReportsSection"),
]


def test_the_sections_are_declared_once_in_sections_init() -> None:
    assert [(f"desktop_app.ui.sections.{m}", c) for m, c in EXPECTED_SECTIONS] == [
        (e.module, e.class_name) for e in SECTIONS]
    ui = Path(__file__).resolve().parents[2] / "desktop_app" / "ui"
    for path in ui.rglob("*.py"):
        if path.name == "__init__.py" and path.parent.name == "sections":
            continue
        source = path.read_text(encoding="utf-8")
        others = [c for m, c in EXPECTED_SECTIONS if c in source and path.stem != m]
        assert not others, f"{path.relative_to(ui)} lists sections {others} again"


def test_starts_in_persian_right_to_left_with_every_section(main_window) -> None:
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert main_window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    present = [(s.section_id, type(s).__name__) for s in main_window.sections]
    assert present == EXPECTED_SECTIONS
    assert main_window.navigation.count() == len(EXPECTED_SECTIONS)
    titles = [main_window.navigation.item(i).text() for i in range(main_window.navigation.count())]
    assert titles[:2] == ["پیشخوان", "طرف‌های همکاری"]
    assert main_window.windowTitle() == "پیوند — پارک علم و فناوری آذربایجان شرقی"
    assert "demo.sqlite3" in main_window.db_label.text()
    assert main_window.menu_file.title() == "&پرونده"


def test_switching_to_english_turns_the_window_left_to_right(main_window, qtbot) -> None:
    main_window.set_language("en")
    try:
        assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert main_window.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert main_window.navigation.item(0).text() == "Dashboard"
        assert main_window.navigation.item(1).text() == "Partners"
        assert main_window.menu_file.title() == "&File"
        assert main_window.windowTitle() == "Peyvand — East Azarbaijan Science and Technology Park"
        partners = main_window.section("partners")
        assert partners.list.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
        assert main_window.settings.language == "en"
    finally:
        main_window.set_language("fa")
    assert main_window.navigation.item(1).text() == "طرف‌های همکاری"


def test_section_shortcuts_and_last_section_remembered(main_window, settings, qtbot) -> None:
    qtbot.keyClick(main_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_section().section_id == "partners"
    main_window.close()
    assert settings.last_section == "partners"
    assert not settings.geometry.isEmpty()
    assert not settings.header_state("partners").isEmpty()


def test_global_search_opens_an_mou(main_window, qtbot) -> None:
    if main_window.section("mous") is None:
        pytest.skip("the MoU section has not landed")
    opened: list[tuple[str, int]] = []
    original = main_window.open_record

    def spy(entity: str, rid: int) -> None:
        opened.append((entity, rid))
        original(entity, rid)

    main_window.ctx.open_record = spy
    main_window.open_global_search()
    popup = main_window._search_popup
    type_text(popup.box, "تفاهم نامه ۵۴")
    popup.run_search()
    top = popup.results.topLevelItem(0)
    assert top is not None and top.child(0) is not None
    qtbot.keyClick(popup.box, Qt.Key.Key_Return)
    assert opened and opened[0][0] == "mous"
    assert main_window.current_section().section_id == "mous"
    assert not popup.isVisible()


def test_global_search_groups_results(main_window, qtbot) -> None:
    main_window.open_global_search()
    popup = main_window._search_popup
    type_text(popup.box, "شركت")  # Arabic Kaf
    popup.run_search()
    groups = [popup.results.topLevelItem(i).text(0)
              for i in range(popup.results.topLevelItemCount())]
    assert groups[0] == "طرف‌های همکاری"
    first = popup.results.topLevelItem(0).child(0)
    assert first.text(0).startswith("شرکت")
    popup.close()


def test_settings_dialog_saves_the_park_and_switches_language(main_window, qtbot) -> None:
    from desktop_app.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(main_window.ctx, main_window.settings, main_window)
    qtbot.addWidget(dialog)
    dialog.languageChosen.connect(main_window.set_language)
    dialog.name.clear()
    dialog.save()
    assert dialog.name_error.isVisibleTo(dialog) and dialog.name_error.text()
    assert main_window.ctx.services.office.get().name  # nothing written
    dialog.name.setText("پارک علم و فناوری نمونه")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert main_window.windowTitle() == "پیوند — پارک علم و فناوری نمونه"
    dialog = SettingsDialog(main_window.ctx, main_window.settings, main_window)
    qtbot.addWidget(dialog)
    dialog.languageChosen.connect(main_window.set_language)
    try:
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert dialog.windowTitle() == "Settings"
    finally:
        main_window.set_language("fa")


def test_crash_dialog_shows_copyable_details_and_logs(qapp, qtbot, caplog) -> None:
    from desktop_app.ui import crash

    shown = []
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        crash.handle_exception(*sys.exc_info(), log_file=Path("peyvand.log"),
                               show=lambda d: shown.append(d))
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert isinstance(dialog, crash.CrashDialog)
    assert "RuntimeError: boom" in dialog.details.toPlainText()
    dialog.copy_details()
    assert "RuntimeError: boom" in QApplication.clipboard().text()
    assert any("unexpected error" in r.message for r in caplog.records)


def test_known_errors_are_plain_messages(qapp, qtbot) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.domain.errors import StorageError
    from desktop_app.ui import crash

    shown = []
    try:
        raise StorageError("The disk is full; free some space and try again.")
    except StorageError:
        crash.handle_exception(*sys.exc_info(), show=lambda d: shown.append(d))
    assert isinstance(shown[0], QMessageBox)
    assert shown[0].text().startswith("The disk is full")
    qtbot.addWidget(shown[0])


def test_worker_reports_progress_result_and_cancel(qapp, qtbot) -> None:
    import threading
    import time

    from desktop_app.ui.worker import run_task, run_with_progress

    def work(n: int, *, progress, cancel: threading.Event) -> int:
        for i in range(n):
            if cancel.is_set():
                return -1
            progress(i + 1, n)
            time.sleep(0.001)
        return n

    task = run_task(work, 20, pass_progress=True)
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == [20]

    def failing() -> None:
        raise ValueError("bad input")

    outcome = run_with_progress(None, "…", failing, pass_progress=False)
    assert isinstance(outcome.error, ValueError) and not outcome.ok

    gate = threading.Event()

    def slow(*, progress, cancel: threading.Event) -> str:
        gate.set()
        cancel.wait(5)
        return "stopped"

    task = run_task(slow, pass_progress=True)
    gate.wait(5)
    task.cancel()
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        pass


def test_every_translation_is_finished_and_compiled() -> None:
    sources = sorted(TRANSLATIONS_DIR.glob("*.ts"))
    assert any(p.name == "shell_fa.ts" for p in sources)
    for ts in sources:
        text = ts.read_text(encoding="utf-8")
        assert 'type="unfinished"' not in text, f"{ts.name} has unfinished translations"
        qm = ts.with_suffix(".qm")
        assert qm.exists(), f"{ts.name} is not compiled"
        assert qm.stat().st_mtime >= ts.stat().st_mtime - 5, f"{qm.name} is older than {ts.name}"


def test_language_switch_loads_qt_and_every_catalogue(qapp) -> None:
    try:
        loaded = apply_language("fa", force=True)
        assert "qtbase" in loaded and "shell_fa" in loaded
        assert apply_language("en") == ["plurals_en"]  # English only needs its plurals
    finally:
        reset_language()
