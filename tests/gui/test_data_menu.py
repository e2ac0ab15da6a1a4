"""The Data menu and the Export button every list has: a list is saved as it is filtered."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from qt_keyboard import type_text

from desktop_app.ui.imports import prompts

pytestmark = pytest.mark.gui


def test_every_list_section_offers_export(main_window: Any) -> None:
    pages = [s.exportable_list() for s in main_window.sections]
    with_lists = [p for p in pages if p is not None]
    assert len(with_lists) >= 7  # partners, hubs, MoUs, meetings, actions, events, letters
    assert all(not p.export_button.isHidden() for p in with_lists)
    titles = [a.text() for a in main_window.menu_data.actions() if a.text()]
    assert len(titles) == 4


def test_export_this_list_writes_the_filtered_rows(main_window: Any, qtbot: Any, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "partners.csv"
    told: list[str] = []
    monkeypatch.setattr(prompts, "ask_save_file", lambda *_a: str(out))
    monkeypatch.setattr(prompts, "inform", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(prompts, "warn", lambda _p, _t, text: told.append("WARN " + text))
    main_window.show_section("partners")
    section = main_window.current_section()
    page = section.exportable_list()
    type_text(page.search, "پارك علم")  # Arabic Kaf, as a cp1256 keyboard types it
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < 26, timeout=3000)
    shown = page.model.rowCount()
    main_window.act_export_list.trigger()
    qtbot.waitUntil(lambda: out.exists() and bool(told), timeout=5000)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == shown + 1  # the header and exactly the rows the list shows
    assert all("پارک" in row[0] for row in rows[1:])
    assert not any(t.startswith("WARN") for t in told)


def test_opening_the_window_tidies_unused_attachment_files(demo_db: Any, settings: Any,
                                                          qtbot: Any) -> None:
    import os
    import time

    from desktop_app.app import build_main_window

    folder = demo_db.path.parent / f"{demo_db.path.stem}.attachments" / "ab"
    folder.mkdir(parents=True)
    old = folder / ("ab" + "0" * 62)
    new = folder / ("ab" + "1" * 62)
    old.write_bytes(b"left behind by a deleted record")
    new.write_bytes(b"being added on another laptop")
    hours_ago = time.time() - 2 * 3600
    os.utime(old, (hours_ago, hours_ago))
    window = build_main_window(demo_db, settings, "fa")
    qtbot.addWidget(window)
    assert old.exists()  # the folder is tidied after the first paint, not before it
    window.show()
    qtbot.waitUntil(lambda: not old.exists(), timeout=10_000)
    assert new.exists()
