"""The Reports section offscreen: a preview of MoU No. 54's summary, the batch and Cancel."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument

from db.database import Database
from desktop_app.domain.demo import build_demo
from desktop_app.domain.services import Services
from desktop_app.ui.bidi import plain
from desktop_app.ui.context import UiContext
from desktop_app.ui.sections.reports import ReportsSection

pytestmark = pytest.mark.gui


@pytest.fixture
def section(qtbot, tmp_path: Path) -> Iterator[ReportsSection]:  # type: ignore[no-untyped-def]
    db = Database.open(tmp_path / "demo.sqlite3", app_version="test")
    build_demo(db)
    page = ReportsSection(UiContext(Services(db), language="fa"))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    yield page
    if page.last_preview is not None:
        page.last_preview.close()
    db.close()


def test_preview_of_mou_54(qtbot, section: ReportsSection) -> None:  # type: ignore[no-untyped-def]
    section.select_report("mou")
    mou54 = section.ctx.services.reports.resolve_mou("54")
    section.mou_combo.setCurrentIndex(section.mou_combo.findData(mou54))
    assert plain(section.mou_combo.currentText()).startswith("۵۴")
    with qtbot.waitSignal(section.previewReady, timeout=20_000) as blocker:
        section.preview_button.click()
    dialog = blocker.args[0]
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() >= 1
    assert dialog.path.exists()
    dialog.go_to(1)
    qtbot.waitUntil(lambda: dialog.current_page() == min(1, dialog.document.pageCount() - 1))
    dialog.zoom(1.25)
    path = dialog.path
    dialog.close()
    assert not path.exists()  # the temporary file goes with the preview


def test_every_report_previews(qtbot, section: ReportsSection) -> None:  # type: ignore[no-untyped-def]
    section.lang_combo.setCurrentIndex(section.lang_combo.findData("en"))
    for kind in ("hub", "activity", "partners", "due"):
        section.select_report(kind)
        with qtbot.waitSignal(section.previewReady, timeout=20_000) as blocker:
            section.preview_button.click()
        dialog = blocker.args[0]
        assert dialog.document.pageCount() >= 1, kind
        dialog.close()


def test_batch_writes_every_summary(qtbot, section: ReportsSection,  # type: ignore[no-untyped-def]
                                    tmp_path: Path) -> None:
    out = tmp_path / "summaries"
    out.mkdir()
    section.folder_edit.setText(str(out))
    with qtbot.waitSignal(section.batchFinished, timeout=30_000) as blocker:
        section.batch_button.click()
    files = blocker.args[0]
    assert len(files) == 5
    assert sorted(p.name for p in out.iterdir()) == sorted(Path(f).name for f in files)
    assert section.progress.value() == 5
    assert section.batch_button.isEnabled() and not section.cancel_button.isEnabled()


def test_batch_cancel_stops_cleanly(qtbot, section: ReportsSection,  # type: ignore[no-untyped-def]
                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rs = section.ctx.services.reports
    ids = rs.mou_ids()
    monkeypatch.setattr(rs, "mou_ids", lambda flt=None, today=None: ids * 60)  # 300 files
    section.folder_edit.setText(str(tmp_path))
    section.progress.valueChanged.connect(
        lambda v: section.cancel_button.click() if v >= 3 and section.batch_running() else None)
    with qtbot.waitSignal(section.batchFinished, timeout=60_000) as blocker:
        section.batch_button.click()
    files = blocker.args[0]
    assert 3 <= len(files) < 300
    assert "Cancelled" in section.batch_status.text() or "لغو" in section.batch_status.text()
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".part" or p.name.startswith(".")]
