"""The working group / committee dialog: loads a body, edits members, refuses a bad form
with its message, and refuses a save over someone else's change (the version check)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from db.models import Body, BodyKind
from desktop_app.domain.bodies import MemberForm
from desktop_app.ui.context import UiContext
from desktop_app.ui.mous.body_dialog import BodyDialog

pytestmark = pytest.mark.gui


def _body_with_members(ctx: UiContext) -> int:
    with ctx.services.db.reading() as s:
        for body in s.scalars(select(Body).where(Body.mou_id.is_not(None)).order_by(Body.id)):
            if len(body.members) >= 2:
                return body.id
    raise AssertionError("the demo register has no working group with two members")


def _shot(dialog: BodyDialog, name: str) -> None:
    folder = os.environ.get("PEYVAND_SHOTS")
    if folder:
        dialog.grab().save(str(Path(folder) / name))


def test_loads_edits_members_and_saves(ctx: UiContext, qtbot: Any) -> None:
    bid = _body_with_members(ctx)
    form = ctx.services.bodies.get(bid)
    dialog = BodyDialog(ctx, form)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _shot(dialog, "body-dialog-fa.png")
    assert dialog.name.text() == form.name
    assert dialog.kind.currentData() == form.kind
    assert dialog.members.rowCount() == len(form.members)
    assert [dialog.members.item(r, 1).text() for r in range(dialog.members.rowCount())] == \
        [m.person for m in form.members]
    assert dialog.current_form().members == form.members  # a load then read changes nothing
    dialog.name.setText("کارگروه مشترک فناوری")
    dialog.kind.setCurrentIndex(dialog.kind.findData(BodyKind.COMMITTEE))
    dialog.members.setCurrentCell(0, 0)
    dialog.remove_member.click()
    dialog.add_person.click()
    last = dialog.members.rowCount() - 1
    dialog.members.item(last, 1).setText("رضا کریمی")
    dialog.members.item(last, 2).setText("دبیر")
    dialog.save()
    assert dialog.result() == BodyDialog.DialogCode.Accepted and dialog.saved_id == bid
    stored = ctx.services.bodies.get(bid)
    assert stored.name == "کارگروه مشترک فناوری" and stored.kind == BodyKind.COMMITTEE
    assert [(m.person, m.role) for m in stored.members] == \
        [(m.person, m.role) for m in form.members[1:]] + [("رضا کریمی", "دبیر")]
    assert stored.version == form.version + 1


def test_a_bad_form_shows_its_message_and_saves_nothing(ctx: UiContext, qtbot: Any) -> None:
    bid = _body_with_members(ctx)
    form = ctx.services.bodies.get(bid)
    dialog = BodyDialog(ctx, form)
    qtbot.addWidget(dialog)
    dialog.name.setText("  ")
    dialog.save()
    assert dialog.error.isVisibleTo(dialog) and "نام لازم است" in dialog.error.text()
    assert dialog.saved_id is None and dialog.result() != BodyDialog.DialogCode.Accepted
    assert ctx.services.bodies.get(bid) == form


def test_a_save_over_someone_elses_change_is_refused(ctx: UiContext, qtbot: Any,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    bid = _body_with_members(ctx)
    dialog = BodyDialog(ctx, ctx.services.bodies.get(bid))
    qtbot.addWidget(dialog)
    theirs = ctx.services.bodies.get(bid)  # another laptop saves the same body meanwhile
    theirs.members = [*theirs.members, MemberForm(person="سارا محمدی")]
    ctx.services.bodies.save(theirs)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _p, _t, text, *a, **k: warned.append(text) or QMessageBox.StandardButton.Ok)
    dialog.name.setText("نام تازه")
    dialog.save()
    assert len(warned) == 1 and "کس دیگری" in warned[0]
    assert dialog.saved_id is None and dialog.result() != BodyDialog.DialogCode.Accepted
    stored = ctx.services.bodies.get(bid)
    assert stored.name == theirs.name and stored.members[-1].person == "سارا محمدی"
