"""Screenshots of the screens the polish round changed, in Persian and English, into
``docs/screenshots``: every import wizard page (file, columns, review tabs, result with
the undo report), the undo confirmation that says what it keeps, the partner form's History
tab with Restore this value, a message box quoting a Persian name and a Latin code, and
Qt's save dialog with its path laid out left to right.

Usage, from the repository root: ``python tools/polish_screenshots.py``.
"""

from __future__ import annotations

import csv
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"

ROWS = [
    ["نام سازمان", "نام لاتین", "کشور", "شهر", "تلفن", "ایمیل"],
    ["پارك علم و فناوري خراسان", "Khorasan Science and Technology Park", "ایران", "مشهد",
     "051-35003000", "info@kstp.ir"],
    ["شرکت نوآوران آناتولی", "Anatolia Innovators", "ترکیه", "آنکارا", "+90 312 298 1234", ""],
    ["", "", "ایران", "تهران", "", "بدون نام"],
    ["مرکز پژوهش‌های نمونه", "Sample Research Centre", "ایران", "یزد", "", "not-an-email"],
    ["中关村科技园区管理委员会", "Zhongguancun Science Park", "چین", "پکن", "", ""],
]


def main() -> int:
    """Build a demo register, drive the screens, save the pictures."""
    tmp = Path(tempfile.mkdtemp(prefix="peyvand-polish-"))
    os.environ["PEYVAND_DATA_DIR"] = str(tmp)
    from PySide6.QtCore import QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget, QWizard

    from db.database import Database
    from desktop_app.app import make_application
    from desktop_app.domain import i18n
    from desktop_app.domain.demo import build_demo
    from desktop_app.domain.services import Services
    from desktop_app.ui.context import UiContext
    from desktop_app.ui.i18n import apply_language
    from desktop_app.ui.imports import prompts
    from desktop_app.ui.imports.wizard import ImportWizard
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import AppSettings
    from desktop_app.ui.widgets.history import FIELD_ROLE

    app = make_application(sys.argv[:1])
    db = Database.open(tmp / "demo.sqlite3", app_version="screenshots")
    build_demo(db)
    settings = AppSettings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    path = tmp / "exhibition.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(ROWS)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        settle()
        out = OUT / f"{name}.png"
        widget.grab().save(str(out), "PNG", 9)
        print(f"{out.relative_to(ROOT)}  {out.stat().st_size // 1024} KB")

    def box(kind: QMessageBox.Icon, title: str, text: str, name: str) -> None:
        shown = QMessageBox(kind, title, text, QMessageBox.StandardButton.Yes
                            | QMessageBox.StandardButton.No)
        shown.show()
        save(shown, name)
        shown.close()

    for language in ("fa", "en"):
        apply_language(language)
        i18n.set_language(language)
        ctx = UiContext(Services(db), language)
        # the modal questions of the wizard become pictures instead of waiting for a click
        prompts.confirm = lambda _p, title, text, lang=language: (box(  # type: ignore[assignment]
            QMessageBox.Icon.Question, title, text, f"import-undo-confirm-{lang}"), True)[1]
        prompts.inform = lambda *_a: None  # type: ignore[assignment]
        wizard = ImportWizard(ctx)
        wizard.resize(1100, 700)
        wizard.show()
        wizard.file_page.open_path(path)
        save(wizard, f"import-wizard-file-{language}")
        wizard.button(QWizard.WizardButton.NextButton).click()
        save(wizard, f"import-wizard-columns-{language}")
        wizard.button(QWizard.WizardButton.NextButton).click()
        tabs = wizard.review_page.tabs
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            save(wizard, f"import-wizard-review-{i + 1}-{language}")
        wizard.button(QWizard.WizardButton.CommitButton).click()
        save(wizard, f"import-wizard-result-{language}")
        wizard.result_page.undo_button.click()
        save(wizard, f"import-wizard-undone-{language}")
        wizard.close()

        window = MainWindow(ctx, settings, apply_language=apply_language)
        window.db_label.setText(window.db_label.text().replace(str(tmp) + os.sep, ""))
        window.resize(1366, 768)
        window.show()
        partners = window.show_section("partners")
        form = partners.form
        partners.open_record(partners.list.model.id_at(0))
        form.city.setText("شهری دیگر" if language == "fa" else "Another city")
        form.dirty = True
        partners.save_current()
        form.tabs.setCurrentWidget(form.history)
        top = form.history.tree.topLevelItem(0)
        top.setExpanded(True)
        child = next(top.child(i) for i in range(top.childCount())
                     if top.child(i).data(0, FIELD_ROLE).column == "city")
        form.history.tree.setCurrentItem(child)
        save(window, f"partner-history-restore-{language}")
        name = "پارک علم و فناوری خراسان"
        question = window.tr("Delete “%1”?")
        box(QMessageBox.Icon.Question, "Peyvand",
            (f"حذف «{name}» با کد 1401-NPC-ISIPO و تلفن +90 312 298 1234؟" if language == "fa"
             else f"Delete “{name}” (1401-NPC-ISIPO, +90 312 298 1234)?") or question,
            f"message-bidi-{language}")
        if language == "fa":
            def look() -> None:
                dialog = next(w for w in QApplication.topLevelWidgets()
                              if isinstance(w, QFileDialog) and w.isVisible())
                dialog.resize(900, 520)
                save(dialog, "file-dialog-paths-fa")
                dialog.reject()
            folder = tmp / "گزارش‌ها"
            folder.mkdir(exist_ok=True)
            (folder / "خلاصه تفاهم‌نامه 54.pdf").write_bytes(b"%PDF-1.4\n")
            QTimer.singleShot(500, look)
            QFileDialog.getSaveFileName(window, "ذخیره گزارش", str(folder / "تفاهم‌نامه 54.pdf"),
                                        "PDF (*.pdf)",
                                        options=QFileDialog.Option.DontUseNativeDialog)
        form.dirty = False
        window.close()
        window.deleteLater()
        settle()
    db.close()
    _ = Qt
    return 0


if __name__ == "__main__":
    sys.exit(main())
