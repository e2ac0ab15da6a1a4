"""The window's side of storage: the damaged-register dialog at start-up recovers every kind
of damage from the newest good backup, the Backups dialog, automatic backups, --demo."""

from __future__ import annotations

import argparse
import ast
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from sqlalchemy import func, select

from db.backup import BackupStore, backup_sqlite
from db.database import Database
from db.errors import RegisterRefusedError
from db.models import Partner
from desktop_app.domain.changes import Changes
from desktop_app.domain.demo import demo_uuid
from desktop_app.domain.partners import PartnerService
from desktop_app.ui.dialogs import backups as backups_ui
from desktop_app.ui.i18n import apply_language
from tests.db.storage_damage import DAMAGES, damage, fingerprint, make_register

SHOTS = Path(os.environ.get("PEYVAND_SHOTS", "")) if os.environ.get("PEYVAND_SHOTS") else None


def _shot(widget: object, name: str) -> None:
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_register(tmp_path_factory.mktemp("tpl") / "register.sqlite3")


@pytest.fixture
def register(template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "register.sqlite3"
    backup_sqlite(template, path)
    shutil.copytree(template.parent / "register.attachments", tmp_path / "register.attachments")
    BackupStore.for_register(path).back_up(path, "manual")
    return path


def _partners(db: Database) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(Partner)) or 0


def _open_as_the_window_does(path: Path) -> Database:
    from desktop_app.app import open_database
    from desktop_app.ui.settings import AppSettings

    return open_database(argparse.Namespace(db=str(path), demo=False), AppSettings.__new__(AppSettings))


@pytest.mark.parametrize("how", DAMAGES)
def test_window_start_recovers_from_the_newest_good_backup(register: Path, how: str, qtbot: object,
                                                           persian: None) -> None:
    damage(register, how)
    before = fingerprint(register)
    with pytest.raises(RegisterRefusedError) as info:
        _open_as_the_window_does(register)
    kept = Path(str(info.value.kept_as))
    assert fingerprint(kept)["db"][0] == before["db"][0]
    seen: dict[str, str] = {}

    def click_restore() -> None:
        dialog = next(w for w in qtbot_app_widgets() if isinstance(w, backups_ui.DamagedRegisterDialog))
        seen["message"] = dialog.message.text()
        seen["button"] = dialog.restore_newest.text()
        if how == "flipped":
            _shot(dialog, "damaged-dialog-fa")
        dialog.restore_newest.click()

    QTimer.singleShot(0, click_restore)
    db = backups_ui.recover_at_start(info.value, lambda p: Database.open(p, app_version="test"))
    assert db is not None
    try:
        assert _partners(db) == 26
    finally:
        db.close()
    assert "پشتیبان" in seen["message"] and kept.name in seen["message"]
    assert seen["button"].startswith("بازگردانی پشتیبان")


def qtbot_app_widgets() -> list[object]:
    """The visible top-level windows (a dialog of an earlier test may not be deleted yet)."""
    from PySide6.QtWidgets import QApplication

    widgets = [w for w in QApplication.topLevelWidgets() if w.isVisible()]

    def give_up() -> None:  # never wait forever on a dialog nobody answers
        for w in QApplication.topLevelWidgets():
            if isinstance(w, backups_ui.DamagedRegisterDialog) and w.isVisible():
                w.reject()

    QTimer.singleShot(30_000, give_up)
    return widgets


def test_quit_leaves_everything_as_it_is(register: Path, qtbot: object) -> None:
    apply_language("en")
    damage(register, "truncated")
    with pytest.raises(RegisterRefusedError) as info:
        _open_as_the_window_does(register)

    def quit_() -> None:
        dialog = next(w for w in qtbot_app_widgets() if isinstance(w, backups_ui.DamagedRegisterDialog))
        _shot(dialog, "damaged-dialog-en")
        dialog.quit_button.click()

    QTimer.singleShot(0, quit_)
    assert backups_ui.recover_at_start(info.value, lambda p: None) is None
    assert not register.exists() and Path(str(info.value.kept_as)).exists()


def test_choose_another_backup(register: Path, tmp_path: Path, qtbot: object) -> None:
    apply_language("en")
    other = tmp_path / "elsewhere.peyvand.zip"
    shutil.copyfile(next(BackupStore.for_register(register).folder.glob("*.zip")), other)
    damage(register, "zero_bytes")
    with pytest.raises(RegisterRefusedError) as info:
        _open_as_the_window_does(register)
    dialog = backups_ui.DamagedRegisterDialog(info.value)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.choose(str(other))
    assert dialog.result() == dialog.RESTORED and dialog.restored_from == other


def test_backups_dialog_lists_backs_up_checks_and_restores(register: Path, qtbot: object,
                                                           persian: None, monkeypatch) -> None:
    db = Database.open(register, app_version="test")
    dialog = backups_ui.BackupsDialog(db)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "دستی"
    assert dialog.back_up_now() is not None
    assert dialog.table.rowCount() == 2
    text = dialog.check_database()
    assert "سالم" in text
    _shot(dialog, "backups-dialog-fa")
    # restore the older one: the confirmation says what is replaced
    PartnerService(db).delete(next(iter(PartnerService(db).query())))
    dialog.select(1)
    assert dialog.selected() is dialog.infos[1], (dialog.table.rowCount(), len(dialog.infos), dialog.table.currentRow(), dialog.table.isEnabled())
    asked: dict[str, str] = {}

    def answer(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked["text"] = text
        from PySide6.QtWidgets import QMessageBox

        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(backups_ui.QMessageBox, "question", staticmethod(answer))
    with qtbot.waitSignal(dialog.restored, timeout=10000) as signal:  # type: ignore[attr-defined]
        restored = dialog.restore_selected()
    assert restored, (asked, dialog.status_label.text(), dialog.selected())
    assert signal.args == [register]
    assert "۲۵" in asked["text"] and "۲۶" in asked["text"]  # now 25 partners, the backup 26
    db = Database.open(register, app_version="test")
    assert _partners(db) == 26
    kinds = {b.kind for b in BackupStore.for_register(register).list()}
    assert "before-restore" in kinds
    db.close()


def test_backups_dialog_in_english(register: Path, qtbot: object) -> None:
    apply_language("en")
    db = Database.open(register, app_version="test")
    dialog = backups_ui.BackupsDialog(db)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    assert dialog.windowTitle() == "Backups" and dialog.table.item(0, 3).text() == "yes"
    _shot(dialog, "backups-dialog-en")
    db.close()


def test_automatic_backup_at_open_and_after_changes_not_per_save(register: Path, qtbot: object) -> None:
    from desktop_app.ui.context import ChangeBus

    db = Database.open(register, app_version="test")
    bus = ChangeBus()
    auto = backups_ui.AutoBackup(db, bus, minutes=30)
    store = BackupStore.for_register(register)
    auto.start()
    assert auto.timer.isActive() and auto.timer.interval() == 30 * 60_000
    automatic = [b for b in store.list() if b.kind == "automatic"]
    assert len(automatic) == 1
    auto.tick()  # nothing changed: no new backup
    assert len([b for b in store.list() if b.kind == "automatic"]) == 1
    service = PartnerService(db)
    with db.reading() as s:
        pid = s.scalar(select(Partner.id).where(Partner.uuid == demo_uuid("partner:kstp")))
    for i in range(3):  # three saves, one backup at the next tick
        form = service.get(pid)
        form.notes = f"ویرایش {i}"
        bus.changed.emit(Changes.of(updated={"partners": service.save(form).changes.updated["partners"]}))
    assert len([b for b in store.list() if b.kind == "automatic"]) == 1
    auto.tick()
    assert len([b for b in store.list() if b.kind == "automatic"]) == 2
    auto.timer.stop()
    db.close()


def test_demo_start_keeps_edits_and_starts_after_a_user_mou_uses_a_demo_partner(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: object) -> None:
    from desktop_app.app import open_database
    from desktop_app.domain.mous import MoUForm, MoUService, PartyForm

    monkeypatch.setenv("PEYVAND_DATA_DIR", str(tmp_path / "data"))
    args = argparse.Namespace(db=None, demo=True)
    db = open_database(args, None)  # type: ignore[arg-type]
    with db.reading() as s:
        kstp = s.scalar(select(Partner.id).where(Partner.uuid == demo_uuid("partner:kstp")))
    service = PartnerService(db)
    form = service.get(kstp)
    form.notes = "ویرایش کاربر"
    service.save(form)
    MoUService(db).save(MoUForm(title="تفاهم‌نامه خودمان", parties=[PartyForm(partner_id=kstp)]))
    db.close()
    db = open_database(args, None)  # type: ignore[arg-type]  # the next start
    try:
        with db.reading() as s:
            assert s.get(Partner, kstp).notes == "ویرایش کاربر"
    finally:
        db.close()


def test_file_menu_has_the_backups_page(main_window: object) -> None:
    titles = [a.objectName() for a in main_window.menu_file.actions()]  # type: ignore[attr-defined]
    assert "backups" in titles
    act = next(a for a in main_window.menu_file.actions() if a.objectName() == "backups")  # type: ignore[attr-defined]
    assert act.text() == "&پشتیبان‌ها…" and act.isEnabled()
    act.trigger()
    dialog = main_window.backups_dialog  # type: ignore[attr-defined]
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_every_backups_string_has_a_persian_translation() -> None:
    from resources.translations.catalogue import catalogue

    persian = {source for context, source, _ in catalogue("fa") if context == "Backups"}
    source = Path(backups_ui.__file__).read_text(encoding="utf-8")
    strings = {node.args[0].value for node in ast.walk(ast.parse(source))
               if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_t"
               and isinstance(node.args[0], ast.Constant)}
    strings |= set(backups_ui.KIND_LABELS.values()) | {"unknown"}
    assert strings - persian == set()
    assert Qt  # imported for the alignment checks of the screenshots
