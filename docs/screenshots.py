"""Screenshots of the running window, every section, in Persian and English.

Builds the demo register in a temporary folder, opens the real main window offscreen at
1366×768 and grabs each section of ``SECTIONS`` (plus the partner form, MoU No. 54 in its
editor with each of its tabs, the settings dialog, the global search, the report preview,
the About dialog and the question a conflicting save asks) into
``docs/screenshots/<lang>-<name>.png``.

Usage: ``python docs/screenshots.py`` (sections added to ``SECTIONS`` are picked up).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
TODAY = dt.date(2026, 11, 22)  # 1405/09/01: MoU No. 54 expires within 30 days


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="peyvand-shots-"))
    os.environ["PEYVAND_DATA_DIR"] = str(tmp)
    from PySide6.QtCore import QSettings, QThread
    from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

    from db.database import Database
    from desktop_app.app import make_application
    from desktop_app.domain.demo import build_demo
    from desktop_app.domain.partners import PartnerQuery
    from desktop_app.domain.services import Services
    from desktop_app.ui.context import UiContext
    from desktop_app.ui.dialogs.about import AboutDialog
    from desktop_app.ui.dialogs.settings_dialog import SettingsDialog
    from desktop_app.ui.i18n import apply_language
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.pdf_preview import PdfPreviewDialog
    from desktop_app.ui.settings import AppSettings

    app = make_application(sys.argv[:1])
    from desktop_app.ui import window_size
    db = Database.open(tmp / "demo.sqlite3", app_version="screenshots")
    build_demo(db)
    settings = AppSettings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    window_size.install(app, settings)  # as the program does: every window fits the screen
    OUT.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        settle()
        path = OUT / f"{name}.png"
        widget.grab().save(str(path), "PNG", 9)
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} KB")

    for language in ("fa", "en"):
        apply_language(language)
        ctx = UiContext(Services(db), language)
        window = MainWindow(ctx, settings, apply_language=apply_language)
        dashboard = window.section("dashboard")
        if dashboard is not None:
            dashboard.today_provider = lambda: TODAY
            dashboard.refresh()
        # The temporary folder is of no interest in a picture: show the file name only.
        window.db_label.setText(window.db_label.text().replace(str(tmp) + os.sep, ""))
        window.resize(1366, 768)
        window.show()
        # The sync state line arrives from a worker after the first paint: wait for it, or
        # the first picture shows the status bar before it was laid out again.
        state = window.findChild(QLabel, "syncState")
        for _ in range(200):
            if state is None or state.text():
                break
            QThread.msleep(20)
            app.processEvents()
        for section in window.sections:
            window.show_section(section.section_id)
            save(window, f"{language}-{section.section_id}")
        partners = window.show_section("partners")
        if partners is not None:
            found = ctx.services.partners.query(PartnerQuery(text="تکنوپارک استانبول"))
            if found:
                partners.open_record(found[0])
            save(window, f"{language}-partner-form")
        mous = window.show_section("mous")
        if mous is not None:  # MoU No. 54 open: all nine tabs on the bar, then its actions
            mou54 = ctx.services.reports.resolve_mou("54")
            mous.open_record(mou54)
            save(window, f"{language}-mou-editor")
            mous.editor.tabs.setCurrentIndex(5)
            save(window, f"{language}-mou-actions")
            for index, name in ((1, "parties"), (2, "axes"), (3, "groups"), (4, "meetings"),
                                (6, "letters"), (7, "files"), (8, "history")):
                mous.editor.tabs.setCurrentIndex(index)
                save(window, f"{language}-mou-{name}")
            mous.editor.tabs.setCurrentIndex(0)
            preview = PdfPreviewDialog(
                Path(ctx.services.reports.mou_summary_pdf(mou54, language, today=TODAY)), window)
            preview.show()
            for _ in range(20):  # the page is rendered off the GUI thread
                app.processEvents()
                QThread.msleep(50)
            save(preview, f"{language}-report-preview")
            preview.close()
        meetings = window.show_section("meetings")
        if meetings is not None:  # someone else saved the meeting meanwhile: the question
            meeting_id = meetings.list.model.id_at(0)
            meetings.open_record(meeting_id)
            other = ctx.services.meetings.get(meeting_id)
            place = other.place
            other.place = (place or "") + " (2)"
            ctx.services.meetings.save(other)
            meetings.form.title.setText(meetings.form.title.text() + " *")
            original_warning = QMessageBox.warning

            def grab_warning(parent, title, text, buttons, default,  # type: ignore[no-untyped-def]
                             shot=f"{language}-conflict"):
                box = QMessageBox(QMessageBox.Icon.Warning, title, text, buttons, parent)
                box.show()
                save(box, shot)
                box.close()
                return QMessageBox.StandardButton.Yes

            QMessageBox.warning = grab_warning  # type: ignore[method-assign]
            try:
                meetings.save_current()
                settle()
            finally:
                QMessageBox.warning = original_warning  # type: ignore[method-assign]
            back = ctx.services.meetings.get(meeting_id)  # the next pictures show the demo
            back.place = place
            ctx.services.meetings.save(back)
            meetings.open_record(meeting_id)
        about = AboutDialog(settings, tmp / "demo.sqlite3", window)
        about.show()
        for label in about.findChildren(QLabel):  # this machine's folders are of no interest
            label.setText(label.text().replace(str(tmp), "/home/officer/Peyvand").replace(
                str(Path.home()), "/home/officer"))
        save(about, f"{language}-about")
        about.close()
        window.open_global_search()
        popup = window._search_popup
        popup.box.setText("تفاهم" if language == "fa" else "Teknopark")
        popup.run_search()
        settle()
        save(popup, f"{language}-global-search")
        popup.hide()
        dialog = SettingsDialog(ctx, settings, window)
        dialog.show()
        save(dialog, f"{language}-settings")
        dialog.close()
        window.close()
        window.deleteLater()
        settle()
    db.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
