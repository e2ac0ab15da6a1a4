"""Save dialogs start in the last folder of their kind, suggest a whole Persian name, and
Qt's own buttons speak Persian (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from desktop_app.ui import file_dialogs
from desktop_app.ui.i18n import apply_language

pytestmark = pytest.mark.gui


@pytest.fixture
def remembered(settings):  # type: ignore[no-untyped-def]
    file_dialogs.install(settings)
    yield settings
    file_dialogs.install(None)


def test_a_save_dialog_starts_in_the_last_folder_of_its_kind(tmp_path: Path, remembered,
                                                             monkeypatch) -> None:
    reports = tmp_path / "گزارش‌ها"
    reports.mkdir()
    lists = tmp_path / "lists"
    lists.mkdir()
    starts: list[str] = []
    answers = iter([str(reports / "a.pdf"), str(lists / "b.csv"), str(reports / "c.pdf")])

    def dialog(parent, caption, start, filters):  # type: ignore[no-untyped-def]
        starts.append(start)
        return next(answers), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    file_dialogs.save_file(None, "Save", "pdf", "خلاصه.pdf", "PDF (*.pdf)")
    file_dialogs.save_file(None, "Export", "export", "list.csv", "CSV (*.csv)")
    file_dialogs.save_file(None, "Save", "pdf", "دیگری.pdf", "PDF (*.pdf)")
    assert starts[0] == str(Path.home() / "خلاصه.pdf")  # the first time: home
    assert starts[2] == str(reports / "دیگری.pdf")  # the report folder, not the list folder
    assert remembered.last_folder("export") == str(lists)


def test_a_removed_folder_is_not_offered(tmp_path: Path, remembered) -> None:
    remembered.set_last_folder("pdf", str(tmp_path / "gone"))
    assert file_dialogs.start_folder("pdf") == Path.home()


def test_the_suggested_name_keeps_the_persian_title_whole() -> None:
    title = "خلاصه تفاهم‌نامه همکاری میان پارک علم و فناوری مازندران و Teknopark İstanbul " \
            "برای هم‌افزایی در زمینهٔ فناوری‌های نوین"
    name = file_dialogs.file_name(title, ".pdf")
    assert name.endswith(".pdf")
    stem = name[:-4]
    assert "تفاهم‌نامه" in stem
    assert "\u200c" in stem  # the non-joiner is kept
    assert title.startswith(stem) and len(stem) <= file_dialogs.MAX_NAME
    assert title[len(stem)] == " "  # cut between words, never inside one
    assert file_dialogs.file_name('a/b: "c"?', ".pdf") == "a b c.pdf"
    assert file_dialogs.file_name("\u2067۵۴\u2069", ".pdf") == "۵۴.pdf"


def test_qt_own_buttons_are_persian(qtbot, persian) -> None:
    loaded = apply_language("fa", force=True)
    assert "qtbase" in loaded
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    text = box.button(QDialogButtonBox.StandardButton.Cancel).text()
    assert "Cancel" not in text and text.strip("&")


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_qt_file_dialog_shows_paths_left_to_right_in_the_persian_window(
        qtbot, persian, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import os

    from bidi_reference import fribidi_order, qt_order, shown
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

    folder = tmp_path / "گزارش‌ها" / "Reports 1404"
    folder.mkdir(parents=True)
    (folder / "تفاهم‌نامه 54.pdf").write_bytes(b"%PDF-1.4\n")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    seen: dict[str, object] = {}

    def look() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QFileDialog) and w.isVisible())
        seen["dialog"] = dialog.layoutDirection()
        combo = dialog.findChild(QComboBox, "lookInCombo")
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        seen["combo"], seen["edit"] = combo.layoutDirection(), edit.layoutDirection()
        seen["painted"] = combo.property("pathsLeftToRight")  # its label drawn as LRI…PDI
        edit.setText(str(folder / "تفاهم‌نامه 54.pdf"))
        text = edit.text()
        rtl = edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
        seen["order"] = (shown(text, qt_order(text, rtl, edit.font())),
                         shown(text, fribidi_order(text, rtl=False)))
        if os.environ.get("PEYVAND_SHOTS"):
            dialog.grab().save(str(Path(os.environ["PEYVAND_SHOTS"]) / "file-dialog-fa.png"))
        dialog.reject()

    QTimer.singleShot(300, look)
    QFileDialog.getSaveFileName(None, "ذخیره گزارش", str(folder), "PDF (*.pdf)",
                                options=QFileDialog.Option.DontUseNativeDialog)
    assert seen["dialog"] == Qt.LayoutDirection.RightToLeft  # the words stay Persian
    assert seen["combo"] == seen["edit"] == Qt.LayoutDirection.LeftToRight
    assert seen["painted"] is True
    ours, reference = seen["order"]  # type: ignore[misc]
    assert ours == reference  # the path reads as FriBidi orders a left-to-right line
    assert ours.startswith(str(tmp_path)) and ours.endswith(".pdf")  # root at the left
