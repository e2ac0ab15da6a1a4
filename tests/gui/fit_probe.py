"""Opens the window and every dialog on a laptop screen and prints where each one landed.

Run by ``test_fit_laptop_screens.py`` in a child process, because the screen size and the
scale factor (``QT_SCALE_FACTOR``) are fixed when Qt starts: ``python fit_probe.py WIDTH
HEIGHT FOLDER`` prints one JSON object: for every window, its frame, its minimum size and
the screen's available area; for the MoU editor, whether every tab is within the bar.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def main() -> int:
    width, height, folder = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["PEYVAND_DATA_DIR"] = str(folder)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from db.database import Database
    from desktop_app.app import build_main_window, make_application
    from desktop_app.domain.demo import build_demo
    from desktop_app.ui import window_size
    from desktop_app.ui.i18n import apply_language
    from desktop_app.ui.settings import AppSettings

    app = make_application(sys.argv[:1])
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window_size.install(app, settings)
    db = Database.open(folder / "demo.sqlite3", app_version="probe")
    build_demo(db)
    language = os.environ.get("PROBE_LANGUAGE", "fa")
    apply_language(language)
    window = build_main_window(db, settings, language)
    window.show()
    report: dict[str, object] = {}

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    def record(name: str, widget: QWidget) -> None:
        settle()
        frame = widget.frameGeometry()
        area = window_size.available_area(widget)
        need = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        report[name] = {"frame": [frame.x(), frame.y(), frame.width(), frame.height()],
                        "area": [area.x(), area.y(), area.width(), area.height()],
                        "minimum": [need.width(), need.height()],
                        "inside": area.contains(frame)}

    record("MainWindow", window)
    mous = window.show_section("mous")
    mou54 = window.ctx.services.reports.resolve_mou("54")
    mous.open_record(mou54)
    settle()
    bar = mous.editor.tabs.tabBar()
    report["mou_tabs_visible"] = all(
        bar.rect().contains(bar.tabRect(i)) for i in range(bar.count()))
    report["mou_tab_count"] = bar.count()
    report["mou_tab_bar"] = [bar.width(), [bar.tabRect(i).right() for i in range(bar.count())],
                             mous.editor.width(), mous.list_page.width()]

    from desktop_app.domain.bodies import BodyForm
    from desktop_app.ui.dialogs.settings_dialog import SettingsDialog
    from desktop_app.ui.imports.batches import BatchesDialog
    from desktop_app.ui.imports.wizard import ImportWizard
    from desktop_app.ui.mous.body_dialog import BodyDialog
    from desktop_app.ui.pdf_preview import PdfPreviewDialog
    from desktop_app.ui.search_popup import SearchPopup

    pdf = window.ctx.services.reports.mou_summary_pdf(mou54, language)
    dialogs = {
        "SettingsDialog": lambda: SettingsDialog(window.ctx, settings, window),
        "SearchPopup": lambda: SearchPopup(window.ctx, window),
        "BodyDialog": lambda: BodyDialog(window.ctx, BodyForm(mou_id=mou54), window),
        "PdfPreviewDialog": lambda: PdfPreviewDialog(Path(pdf), window),
        "ImportWizard": lambda: ImportWizard(window.ctx, window),
        "BatchesDialog": lambda: BatchesDialog(window.ctx, window),
    }
    for name, make in dialogs.items():
        dialog = make()
        dialog.show()
        record(name, dialog)
        dialog.hide()
    # The preview again, resized by the user, then reopened: it keeps the new size.
    dialog = PdfPreviewDialog(Path(pdf), window)
    dialog.show()
    settle()
    first = [dialog.width(), dialog.height()]
    dialog.resize(dialog.minimumSizeHint().width() + 10, 500)
    settle()
    report["preview_first"] = first
    report["preview_left"] = [dialog.width(), dialog.height()]
    dialog.hide()
    dialog = PdfPreviewDialog(Path(pdf), window)
    dialog.show()
    settle()
    report["preview_reopened"] = [dialog.width(), dialog.height()]
    dialog.hide()
    for section in window.sections:
        can = getattr(section, "form", None)
        if can is not None and hasattr(can, "dirty"):
            can.dirty = False
    window.close()
    db.close()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
