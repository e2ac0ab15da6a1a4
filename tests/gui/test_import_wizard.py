"""The import wizard, driven page by page with files made the way Excel makes them.

Real widgets offscreen, a real SQLite register (the demo) in the test's folder; the modal
questions (file dialogs, message boxes) are answered by replacing :mod:`prompts` functions.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QComboBox, QWizard

from db.backup import backup_sqlite
from db.database import Database
from desktop_app.domain.demo import build_demo
from desktop_app.domain.services import Services
from desktop_app.ui.context import UiContext
from desktop_app.ui.i18n import apply_language
from desktop_app.ui.imports import prompts
from desktop_app.ui.imports.batches import BatchesDialog
from desktop_app.ui.imports.wizard import (
    PAGE_COLUMNS,
    PAGE_FILE,
    PAGE_RESULT,
    PAGE_REVIEW,
    ImportWizard,
)

pytestmark = pytest.mark.gui

KSTP_ARABIC = "پارك علم و فناوري خراسان"  # the demo's "پارک علم و فناوری خراسان", Arabic Kaf/Yeh


@pytest.fixture(scope="module")
def register_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("imports") / "demo.sqlite3"
    db = Database.open(path, app_version="test")
    build_demo(db)
    db.close()
    return path


@pytest.fixture
def import_ctx(register_template: Path, tmp_path: Path, qapp: Any) -> Iterator[UiContext]:
    """Database.open + build_demo → Services → UiContext, on a private copy."""
    path = tmp_path / "register.sqlite3"
    backup_sqlite(register_template, path)
    db = Database.open(path, app_version="test")
    apply_language("fa")
    yield UiContext(Services(db), language="fa")
    db.close()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Replace the modal questions; record what was told."""
    told: dict[str, Any] = {"inform": [], "warn": [], "confirm": True, "save": "", "open": "",
                            "text": None}
    monkeypatch.setattr(prompts, "inform", lambda _p, _t, text: told["inform"].append(text))
    monkeypatch.setattr(prompts, "warn", lambda _p, _t, text: told["warn"].append(text))
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, _q: told["confirm"])
    monkeypatch.setattr(prompts, "ask_save_file", lambda *_a: told["save"])
    monkeypatch.setattr(prompts, "ask_open_file", lambda *_a: told["open"])
    monkeypatch.setattr(prompts, "ask_text", lambda *_a: told["text"])
    return told


def _arabic_letters(text: str) -> str:
    return text.replace("ی", "ي").replace("ک", "ك")


def cp1256_csv(path: Path) -> Path:
    """Excel's "CSV" on an Arabic/Persian Windows: code page 1256, Arabic Yeh and Kaf."""
    rows = [
        ["نام سازمان", "کشور", "شهر", "وب سایت", "ایمیل", "توضیحات"],
        [KSTP_ARABIC, "Iran", "مشهد", "", "info@kstp.ir", "از نمایشگاه"],
        ["شرکت نوآوران آناتولی", "ترکیه", "آنکارا", "anatolia-innov.com.tr", "", ""],
        ["", "ایران", "تهران", "", "", "بدون نام"],
        ["مرکز پژوهش‌های نمونه", "ایران", "یزد", "", "not-an-email", ""],
        ["شرکت فناوران کاسپین", "Kazakhstan", "Aktau", "", "", ""],
    ]
    with path.open("w", encoding="cp1256", newline="") as handle:
        writer = csv.writer(handle)
        for row in rows:
            writer.writerow([_arabic_letters(c.replace("\u200c", " ")) for c in row])
    return path


def utf16_tab(path: Path) -> Path:
    """Excel's "Unicode Text": UTF-16 with BOM, tab-separated."""
    lines = ["Organization\tCountry\tCity\tWebsite",
             "Baltic Innovation Hub\tLatvia\tRiga\tbaltic-hub.lv",
             "Nile Tech Park\tEgypt\tCairo\tniletech.eg"]
    path.write_bytes("\r\n".join(lines).encode("utf-16"))
    return path


def workbook_with_instructions(path: Path) -> Path:
    """An instructions sheet in front, a title row and a blank row above the header."""
    book = Workbook()
    notes = book.active
    notes.title = "راهنما"
    notes.append(["لطفاً فهرست را در برگه دوم وارد کنید."])
    notes.append(["ستون نام الزامی است."])
    sheet = book.create_sheet("فهرست")
    sheet.append(["فهرست شرکت‌های حاضر در نمایشگاه ۱۴۰۳"])
    sheet.append([])
    sheet.append(["نام شرکت", "نام لاتین", "کشور", "تلفن"])
    sheet.append(["شرکت داده‌پردازان سپهر", "Sepehr Data", "ایران", 9121234567])
    sheet.append(["Almaty Tech Garden", "Almaty Tech Garden", "Kazakhstan", "+7 727 000 0000"])
    book.save(path)
    return path


def make_wizard(ctx: UiContext, qtbot: Any) -> ImportWizard:
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.resize(1366, 768)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def next_page(wizard: ImportWizard, qtbot: Any) -> None:
    button = wizard.button(QWizard.WizardButton.CommitButton
                           if wizard.currentPage().isCommitPage()
                           else QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def partner_count(ctx: UiContext) -> int:
    return int(ctx.services.partners.count())


# --------------------------------------------------------------------------- the whole way


def test_cp1256_csv_through_every_page_and_undo(import_ctx: UiContext, qtbot: Any,
                                                 answers: dict[str, Any], tmp_path: Path,
                                                 qtmodeltester: Any) -> None:
    ctx = import_ctx
    before = partner_count(ctx)
    kstp_id = next(i for i, name in ctx.services.partners.choices("خراسان")
                   if "پارک علم" in name)
    wizard = make_wizard(ctx, qtbot)
    answers["open"] = str(cp1256_csv(tmp_path / "exhibition.csv"))

    # 1. File: chosen through the (answered) file dialog; detected settings shown.
    page = wizard.file_page
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    assert page.encoding_combo.currentData() == "cp1256"
    assert page.delimiter_combo.currentData() == ","
    assert page.header_spin.value() == 1
    assert not page.sheet_combo.isVisible()
    assert "CSV" in page.format_value.text() or "متن" in page.format_value.text()
    assert not page.error_label.isVisible()
    assert wizard.table.headers[0] == "نام سازمان"  # Arabic letters decoded from cp1256
    qtmodeltester.check(page.preview_model)
    # Overriding the encoding reads again (windows-1252 turns the Persian into mojibake).
    page.encoding_combo.setCurrentIndex(page.encoding_combo.findData("windows-1252"))
    page.encoding_combo.activated.emit(page.encoding_combo.currentIndex())
    assert wizard.table is None or wizard.table.headers[0] != "نام سازمان"
    page.encoding_combo.setCurrentIndex(page.encoding_combo.findData("cp1256"))
    page.encoding_combo.activated.emit(page.encoding_combo.currentIndex())
    assert wizard.table.headers[0] == "نام سازمان"
    next_page(wizard, qtbot)

    # 2. Columns: pre-filled by auto_map; the preview grid shows the targets.
    assert wizard.currentId() == PAGE_COLUMNS
    columns = wizard.columns_page
    assert [columns.combo(i).currentData() for i in range(6)] == [
        "name", "country", "city", "website", "email", "notes"]
    assert columns.preview_model.headerData(0, Qt.Orientation.Horizontal) == "نام سازمان\n← نام"
    qtmodeltester.check(columns.preview_model)
    # Without a name column the page says why and will not go on.
    columns.combo(0).setCurrentIndex(columns.combo(0).findData("ignore"))
    assert not columns.isComplete()
    assert columns.problem_label.isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    columns.combo(0).setCurrentIndex(columns.combo(0).findData("name"))
    assert columns.isComplete() and not columns.problem_label.isVisible()
    next_page(wizard, qtbot)

    # 3. Review: the demo's KSTP found as a certain duplicate, shown side by side.
    assert wizard.currentId() == PAGE_REVIEW
    review = wizard.review_page
    assert partner_count(ctx) == before  # a dry run writes nothing
    dups = review.duplicates_model
    assert dups.rowCount() == 1
    planned = dups.record(0)
    assert planned.duplicate.existing_id == kstp_id
    review.duplicates_view.setCurrentIndex(dups.index(0, 1))
    pair = {r[0]: (r[1], r[2]) for r in review.duplicate_pair_model.records()}
    name_row = next(v for k, v in pair.items() if k in ("نام", "Name"))
    assert name_row == ("پارک علم و فناوری خراسان", "پارک علم و فناوری خراسان")
    assert "ایران" in next(v for k, v in pair.items() if k in ("کشور", "Country"))
    # Choose "overwrite" for the row through the delegate's combo.
    index = dups.index(0, dups.decision_column)
    assert dups.flags(index) & Qt.ItemFlag.ItemIsEditable
    review.duplicates_view.setCurrentIndex(index)
    editor = review.duplicates_view.findChild(QComboBox, "decisionCombo")
    assert editor is not None
    editor.setCurrentIndex(editor.findData("overwrite"))
    editor.activated.emit(editor.currentIndex())
    assert dups.decisions[planned.partner.row] == "overwrite"
    # Rejected: the row without a name and the bad e-mail, saved as CSV.
    rejected = {(r.row, r.code) for r in review.rejected_model.records()}
    assert (4, "missing_name") in rejected and (5, "bad_email") in rejected
    answers["save"] = str(tmp_path / "rejected.csv")
    qtbot.mouseClick(review.save_rejected_button, Qt.MouseButton.LeftButton)
    with (tmp_path / "rejected.csv").open(encoding="utf-8-sig", newline="") as handle:
        saved = list(csv.reader(handle))
    assert saved[0] == [*wizard.table.headers, "reason"]
    assert len(saved) == 3 and saved[2][4] == "not-an-email"
    # New: the two clean new rows.
    new_names = [p.partner.name for p in review.new_model.records()]
    assert "شرکت نوآوران آناتولی" in new_names and "شرکت فناوران کاسپین" in new_names
    assert "۲" in review.counts_label.text()  # Persian digits in the counts
    for model in (dups, review.candidates_model, review.rejected_model, review.new_model,
                  review.duplicate_pair_model):
        qtmodeltester.check(model)
    assert partner_count(ctx) == before

    # 4. Import: lands, the list hears of it, the result page offers Undo.
    published: list[Any] = []
    ctx.bus.changed.connect(published.append)
    next_page(wizard, qtbot)
    assert wizard.currentId() == PAGE_RESULT
    assert wizard.batch_id is not None
    assert partner_count(ctx) == before + len(new_names)
    assert published and published[-1].touches("partners")
    assert ctx.services.partners.get(kstp_id).email == "info@kstp.ir"  # overwrite honoured
    assert wizard.result_page.undo_button.isEnabled()

    # The batch is undone from the import history.
    dialog = BatchesDialog(ctx)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.select_batch(wizard.batch_id)
    assert dialog.model.record(0).file_name == "exhibition.csv"
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert partner_count(ctx) == before
    assert ctx.services.partners.get(kstp_id).email != "info@kstp.ir"
    assert any("حذف" in text or "Removed" in text for text in answers["inform"])
    assert dialog.current_batch().undone_at is not None
    assert not dialog.undo_button.isEnabled()


def test_duplicate_policy_skip_leaves_the_partner_alone(import_ctx: UiContext, qtbot: Any,
                                                        answers: dict[str, Any],
                                                        tmp_path: Path) -> None:
    ctx = import_ctx
    wizard = make_wizard(ctx, qtbot)
    wizard.file_page.open_path(cp1256_csv(tmp_path / "list.csv"))
    next_page(wizard, qtbot)
    next_page(wizard, qtbot)
    review = wizard.review_page
    kstp_id = review.duplicates_model.record(0).duplicate.existing_id
    review.policy_combo.setCurrentIndex(review.policy_combo.findData("skip"))
    review.policy_combo.activated.emit(review.policy_combo.currentIndex())
    assert set(review.duplicates_model.decisions.values()) == {"skip"}
    next_page(wizard, qtbot)
    assert ctx.services.partners.get(kstp_id).email == ""
    # Undo straight from the result page.
    before_undo = partner_count(ctx)
    qtbot.mouseClick(wizard.result_page.undo_button, Qt.MouseButton.LeftButton)
    assert partner_count(ctx) == before_undo - 2
    assert not wizard.result_page.undo_button.isEnabled()


def test_utf16_tab_file_detected(import_ctx: UiContext, qtbot: Any, answers: dict[str, Any],
                                 tmp_path: Path) -> None:
    wizard = make_wizard(import_ctx, qtbot)
    wizard.file_page.open_path(utf16_tab(tmp_path / "unicode.txt"))
    page = wizard.file_page
    assert page.encoding_combo.currentData().startswith("utf-16") or \
        "16" in page.encoding_combo.currentText()
    assert page.delimiter_combo.currentData() == "\t"
    assert page.delimiter_combo.currentText() in ("Tab", "تب")
    assert wizard.table.rows[1][0] == "Nile Tech Park"
    next_page(wizard, qtbot)
    assert [wizard.columns_page.combo(i).currentData() for i in range(4)] == [
        "name", "country", "city", "website"]


def test_workbook_sheet_and_title_row(import_ctx: UiContext, qtbot: Any, answers: dict[str, Any],
                                      tmp_path: Path) -> None:
    wizard = make_wizard(import_ctx, qtbot)
    page = wizard.file_page
    path = workbook_with_instructions(tmp_path / "exhibition.xlsx")
    # Dropped onto the page.
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.dropEvent(drop)  # (Qt delivers drops only during a real drag)
    qtbot.waitUntil(lambda: wizard.table is not None)
    assert page.sheet_combo.isVisible() and page.sheet_combo.currentText() == "فهرست"
    assert [page.sheet_combo.itemText(i) for i in range(2)] == ["راهنما", "فهرست"]
    assert page.header_spin.value() == 3
    assert not page.encoding_combo.isVisible()
    # The header row can be overridden (row 1 is the title: no name column is found).
    page.header_spin.setValue(1)
    assert wizard.table.header_row == 1
    page.header_spin.setValue(3)
    next_page(wizard, qtbot)
    assert [wizard.columns_page.combo(i).currentData() for i in range(4)] == [
        "name", "name_en", "country", "phone"]
    next_page(wizard, qtbot)
    new = {p.partner.name: p.partner for p in wizard.review_page.new_model.records()}
    assert new["شرکت داده‌پردازان سپهر"].phone == "09121234567"  # the zero Excel dropped


def test_junk_file_inline_error_and_nothing_written(import_ctx: UiContext, qtbot: Any,
                                                    answers: dict[str, Any],
                                                    tmp_path: Path) -> None:
    ctx = import_ctx
    before = partner_count(ctx)
    junk = tmp_path / "list.xlsx"
    junk.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)  # a "workbook" cut short
    wizard = make_wizard(ctx, qtbot)
    wizard.file_page.open_path(junk)
    page = wizard.file_page
    assert page.error_label.isVisible() and page.error_label.text()
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.currentId() == PAGE_FILE
    binary = tmp_path / "photo.csv"
    binary.write_bytes(bytes(range(256)) * 64)
    page.open_path(binary)
    assert page.error_label.isVisible() and not page.isComplete()
    assert partner_count(ctx) == before
    assert ctx.services.imports.batches() == []


def test_mapping_profiles_saved_loaded_deleted(import_ctx: UiContext, qtbot: Any,
                                               answers: dict[str, Any], tmp_path: Path) -> None:
    ctx = import_ctx
    wizard = make_wizard(ctx, qtbot)
    wizard.file_page.open_path(utf16_tab(tmp_path / "unicode.txt"))
    next_page(wizard, qtbot)
    columns = wizard.columns_page
    columns.combo(2).setCurrentIndex(columns.combo(2).findData("ignore"))
    answers["text"] = "نمایشگاه ریگا"
    qtbot.mouseClick(columns.save_profile_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in ctx.services.imports.profiles()] == ["نمایشگاه ریگا"]
    assert columns.profile_combo.currentData() == "نمایشگاه ریگا"
    # Change the mapping, then load the profile back.
    columns.combo(2).setCurrentIndex(columns.combo(2).findData("city"))
    columns.profile_combo.setCurrentIndex(columns.profile_combo.findData("نمایشگاه ریگا"))
    columns.profile_combo.activated.emit(columns.profile_combo.currentIndex())
    assert columns.combo(2).currentData() == "ignore"
    qtbot.mouseClick(columns.delete_profile_button, Qt.MouseButton.LeftButton)
    assert ctx.services.imports.profiles() == []


def test_encoding_names_are_shown_whole_and_left_to_right(import_ctx: UiContext, qtbot: Any) -> None:
    """In the Persian window "Windows-1256 (Arabic/Persian)" was cut and bidi-scrambled."""
    combo = make_wizard(import_ctx, qtbot).file_page.encoding_combo
    assert combo.isLeftToRight()
    widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
    assert combo.width() >= widest


# --------------------------------------------------------------------------- undo says first


def test_result_page_undo_says_first_what_it_keeps_and_runs_off_the_gui_thread(
        import_ctx: UiContext, qtbot: Any, answers: dict[str, Any], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    ctx = import_ctx
    service = ctx.services.imports
    threads: dict[str, str] = {}
    for name in ("read", "preview", "commit", "undo_plan", "undo"):
        real = getattr(service, name)

        def spy(*args: Any, _real: Any = real, _name: str = name, **kwargs: Any) -> Any:
            threads[_name] = threading.current_thread().name
            return _real(*args, **kwargs)

        monkeypatch.setattr(service, name, spy)
    questions: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text: questions.append(text) or True)
    wizard = make_wizard(ctx, qtbot)
    wizard.file_page.open_path(cp1256_csv(tmp_path / "list.csv"))
    next_page(wizard, qtbot)
    next_page(wizard, qtbot)
    next_page(wizard, qtbot)
    assert wizard.currentId() == PAGE_RESULT
    added = partner_count(ctx)
    qtbot.mouseClick(wizard.result_page.undo_button, Qt.MouseButton.LeftButton)
    [question] = questions
    assert "حذف می‌شوند" in question  # the plan's own sentence, not a plain "Undo?"
    assert partner_count(ctx) < added
    assert wizard.result_page.undo_label.text() == wizard.last_undo_text != ""
    main = threading.main_thread().name
    assert set(threads) == {"read", "preview", "commit", "undo_plan", "undo"}
    assert all(t != main for t in threads.values()), threads


def test_the_wizard_is_one_module_per_page() -> None:
    import desktop_app.ui.imports as package

    folder = Path(package.__file__).parent
    for name in ("file_page", "columns_page", "review_page", "result_page", "wizard"):
        lines = (folder / f"{name}.py").read_text(encoding="utf-8").count("\n")
        assert lines <= 600, (name, lines)
