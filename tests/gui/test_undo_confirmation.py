"""The import history's Undo says beforehand which partners and fields will be kept."""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from db.models import MoU, MoUParty, Partner
from desktop_app.domain import i18n
from desktop_app.ui.context import UiContext
from desktop_app.ui.imports import prompts
from desktop_app.ui.imports.batches import BatchesDialog

pytestmark = pytest.mark.gui

ROWS = [["نام سازمان", "نام لاتین", "کشور"],
        ["شرکت آزمون پیوند", "Peyvand Test Co", "ایران"],
        ["مرکز آزمون دوم", "Second Test Centre", "ایران"]]


def _import(ctx: UiContext, tmp_path: Path) -> tuple[int, int]:
    path = tmp_path / "list.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(ROWS)
    service = ctx.services.imports
    batch = service.commit(service.preview(path)).value
    with ctx.services.db.unit_of_work() as s:
        pid = s.scalar(select(Partner.id).where(Partner.name == "شرکت آزمون پیوند"))
        mou = MoU(title="تفاهم‌نامه آزمون")
        s.add(mou)
        s.flush()
        s.add(MoUParty(mou_id=mou.id, partner_id=pid))
    return batch, pid


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    told: dict[str, list[str]] = {"confirm": [], "inform": []}

    def confirm(_parent: Any, _title: str, text: str) -> bool:
        told["confirm"].append(text)
        return True

    monkeypatch.setattr(prompts, "confirm", confirm)
    monkeypatch.setattr(prompts, "inform", lambda _p, _t, text: told["inform"].append(text))
    return told


@pytest.mark.parametrize("language", ["fa", "en"])
def test_undo_confirmation_names_what_will_be_kept(ctx: UiContext, qtbot: Any, tmp_path: Path,
                                                   asked: dict[str, list[str]], language: str) -> None:
    from desktop_app.ui.i18n import apply_language

    apply_language(language)
    batch, _pid = _import(ctx, tmp_path)
    dialog = BatchesDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.select_batch(batch)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    [question] = asked["confirm"]
    if language == "fa":
        assert "شرکت آزمون پیوند" in question and "طرف یک تفاهم‌نامه است" in question
        assert "حذف می‌شوند: ۱" in question  # the other one goes, in Persian digits
    else:
        assert "“شرکت آزمون پیوند” (Peyvand Test Co) was kept: it is a party to an MoU." in question
        assert "will be removed: 1." in question
    assert "مرکز آزمون دوم" not in question
    with ctx.services.db.reading() as s:
        names = set(s.scalars(select(Partner.name).where(Partner.name.in_(
            ["شرکت آزمون پیوند", "مرکز آزمون دوم"]))))
    assert names == {"شرکت آزمون پیوند"}
    assert asked["inform"] and dialog.current_batch().undone_at is not None
    if os.environ.get("PEYVAND_SHOTS"):
        box = QMessageBox(QMessageBox.Icon.Question, "Undo import", question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language == "fa"
                               else Qt.LayoutDirection.LeftToRight)
        box.show()
        qtbot.waitExposed(box)
        box.grab().save(str(Path(os.environ["PEYVAND_SHOTS"]) / f"undo-confirm-{language}.png"))
        box.close()
    i18n.set_language("fa")


def test_refusing_the_confirmation_changes_nothing(ctx: UiContext, qtbot: Any, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    batch, _pid = _import(ctx, tmp_path)
    questions: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text: questions.append(text) or False)
    dialog = BatchesDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.select_batch(batch)
    dialog.undo_selected()
    assert len(questions) == 1
    assert dialog.current_batch().undone_at is None
    with ctx.services.db.reading() as s:
        assert s.scalar(select(Partner.id).where(Partner.name == "مرکز آزمون دوم")) is not None
