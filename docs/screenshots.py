"""Screenshots of the running window, every section, in Persian and English.

Builds the demo register in a temporary folder, opens the real main window offscreen at
1366×768 and grabs each section of ``SECTIONS`` (plus the partner form, MoU No. 54 in its
editor, the settings dialog and the global search) into ``docs/screenshots/<lang>-<name>.png``.

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
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from db.database import Database
    from desktop_app.app import make_application
    from desktop_app.domain.demo import build_demo
    from desktop_app.domain.partners import PartnerQuery
    from desktop_app.domain.services import Services
    from desktop_app.ui.context import UiContext
    from desktop_app.ui.dialogs.settings_dialog import SettingsDialog
    from desktop_app.ui.i18n import apply_language
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import AppSettings

    app = make_application(sys.argv[:1])
    db = Database.open(tmp / "demo.sqlite3", app_version="screenshots")
    build_demo(db)
    settings = AppSettings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
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
            mous.editor.tabs.setCurrentIndex(0)
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
