"""``peyvand --open FILE``: real change packages, backups and registers, and files that are
none of them or are damaged (a message, nothing changed); then the real main window
(offscreen) doing what each file asks."""

from __future__ import annotations

import argparse
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.backup import BackupStore
from db.database import Database
from desktop_app.domain.partners import PartnerService
from desktop_app.open_file import UnopenableFileError, apply_to_arguments, classify
from desktop_app.sync.engine import PACKAGE_MAGIC, export_package, sync_direct
from tests.sync.helpers import add_partner


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty register that has never written (no sync identity yet)."""
    path = tmp_path_factory.mktemp("open-template") / "template.sqlite3"
    Database.open(path, app_version="test").close()
    return path


def _register(template: Path, path: Path) -> Database:
    shutil.copyfile(template, path)
    return Database.open(path, app_version="test")


@pytest.fixture
def files(template: Path, tmp_path: Path) -> dict[str, Path]:
    """A laptop register joined to an office register, a change package of two new office
    partners for the laptop, and a backup of the laptop register."""
    laptop = _register(template, tmp_path / "laptop.sqlite3")
    office = _register(template, tmp_path / "office.sqlite3")
    add_partner(laptop, "پارک علم و فناوری خراسان")
    sync_direct(laptop, office, join=True)
    add_partner(office, "Tehran Tech Park")
    add_partner(office, "KSTP")
    package = tmp_path / "office.peyvand"
    export_package(office, package)
    office.close()
    backup = BackupStore.for_register(laptop.path).back_up(laptop.path, "manual").path
    laptop.close()
    return {"laptop": tmp_path / "laptop.sqlite3", "package": package, "backup": backup}


def test_each_kind_is_told_by_its_contents_not_its_name(files: dict[str, Path], tmp_path: Path) -> None:
    for key, kind in (("package", "changes"), ("backup", "backup"), ("laptop", "register")):
        renamed = tmp_path / f"renamed-{key}.bin"
        shutil.copyfile(files[key], renamed)
        assert classify(files[key]).kind == kind
        assert classify(renamed).kind == kind


def _refused(path: Path) -> str:
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(UnopenableFileError) as caught:
        classify(path)
    if before is not None:
        assert path.read_bytes() == before  # read only
    message = str(caught.value)
    assert path.name in message and "nothing" in message.lower()
    return message


def test_unknown_missing_and_damaged_files_are_refused_with_a_message(
        files: dict[str, Path], tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear colleagues, …", encoding="utf-8")
    assert "is not a file of Peyvand" in _refused(letter)
    assert "does not exist" in _refused(tmp_path / "gone.peyvand")

    cut = tmp_path / "cut.peyvand"
    cut.write_bytes(files["package"].read_bytes()[:-40])
    assert "incomplete or damaged" in _refused(cut)

    other_zip = tmp_path / "photos.zip"
    with zipfile.ZipFile(other_zip, "w") as zf:
        zf.writestr("photo.jpg", b"\xff\xd8 not really")
    assert "not a readable Peyvand backup" in _refused(other_zip)
    half = tmp_path / "half.peyvand.zip"
    half.write_bytes(files["backup"].read_bytes()[:200])
    assert "not a readable Peyvand backup" in _refused(half)

    foreign = tmp_path / "other.sqlite3"
    import sqlite3

    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert "not a Peyvand register" in _refused(foreign)
    broken = tmp_path / "broken.sqlite3"
    data = bytearray(files["laptop"].read_bytes())
    data[4096:8192] = b"\x00" * 4096  # a page of the register overwritten
    broken.write_bytes(bytes(data))
    assert "damaged register" in _refused(broken)


def test_the_message_is_persian_in_persian(tmp_path: Path) -> None:
    from desktop_app.domain import i18n

    letter = tmp_path / "letter.txt"
    letter.write_text("x", encoding="utf-8")
    i18n.set_language("fa")
    try:
        with pytest.raises(UnopenableFileError) as caught:
            classify(letter)
    finally:
        i18n.set_language("en")
    assert "letter.txt" in str(caught.value) and "پیوند" in str(caught.value)


@given(st.binary(max_size=300))
def test_any_bytes_are_classified_or_refused_never_a_crash(data: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "given"
        path.write_bytes(data)
        try:
            assert classify(path).kind in ("changes", "backup", "register")
        except UnopenableFileError:
            pass


@pytest.fixture(scope="module")
def package_bytes(template: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A real change package (one partner), as bytes."""
    folder = tmp_path_factory.mktemp("open-package")
    db = _register(template, folder / "r.sqlite3")
    add_partner(db, "KSTP")
    export_package(db, folder / "p.peyvand")
    db.close()
    return (folder / "p.peyvand").read_bytes()


@given(cut=st.integers(min_value=0, max_value=100_000))
def test_a_cut_change_package_is_always_refused(package_bytes: bytes, cut: int) -> None:
    import tempfile

    body = package_bytes[len(PACKAGE_MAGIC):]
    with tempfile.TemporaryDirectory() as folder:
        package = Path(folder) / "p.peyvand"
        package.write_bytes(PACKAGE_MAGIC + body[: cut % len(body)])
        with pytest.raises(UnopenableFileError):
            classify(package)


def test_a_register_given_with_open_becomes_the_register_to_open(files: dict[str, Path]) -> None:
    args = argparse.Namespace(open=str(files["laptop"]), db=None, demo=True)
    apply_to_arguments(args)
    assert args.db == str(files["laptop"]) and args.open is None and not args.demo
    for key in ("package", "backup"):
        args = argparse.Namespace(open=str(files[key]), db=None, demo=False)
        apply_to_arguments(args)
        assert args.open == str(files[key]) and args.db is None


# ------------------------------------------------------------------ in the main window


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Static message boxes are recorded (and answered Yes) instead of waiting."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def record(kind: str):  # type: ignore[no-untyped-def]
        def show(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            shown.append((kind, text))
            return QMessageBox.StandardButton.Yes
        return staticmethod(show)

    for kind in ("warning", "information", "question", "critical"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


@pytest.fixture
def window(files: dict[str, Path], qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    """The main window over the laptop register, as run_gui builds it (reopen included)."""
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings

    from desktop_app.app import build_main_window, make_application
    from desktop_app.ui.i18n import apply_language, reset_language
    from desktop_app.ui.settings import AppSettings

    make_application()
    apply_language("en")
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    holder: dict[str, Any] = {}
    opened: list[Path] = []

    def show(db: Database) -> None:
        w = build_main_window(db, settings, "en")
        w.reopenRequested.connect(reopen)
        qtbot.addWidget(w)
        holder["window"] = w
        w.show()

    def reopen(path: object) -> None:
        old = holder.pop("window")
        old.hide()
        old.deleteLater()
        opened.append(Path(str(path)))
        show(Database.open(Path(str(path)), app_version="test"))

    show(Database.open(files["laptop"], app_version="test"))
    holder["window"].opened_paths = opened
    yield holder
    for w in [holder.get("window")]:
        if w is not None:
            w.ctx.services.db.close()
            w.close()
            w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    reset_language()


def _partners(path: Path) -> int:
    db = Database.open(path, app_version="test")
    try:
        return len(PartnerService(db).query())
    finally:
        db.close()


@pytest.mark.gui
def test_a_change_package_goes_to_import_changes(window: dict[str, Any], files: dict[str, Path],
                                                 boxes: list[tuple[str, str]], qtbot: Any,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop_app.ui.opened_file as opened_file

    w = window["window"]
    done: list[str] = []
    real = opened_file.handle_opened_file
    monkeypatch.setattr(opened_file, "handle_opened_file",
                        lambda *a, **k: done.append(real(*a, **k)) or done[-1])
    opened_file.open_later(w, files["package"])  # as run_gui does: once the window shows
    assert not done  # not before the event loop runs
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert done == ["changes"]
    question = [text for kind, text in boxes if kind == "question"]
    assert question and "would apply 2 changes" in question[0]  # the dry run, then the question
    assert len(PartnerService(w.ctx.services.db).query()) == 3


@pytest.mark.gui
def test_a_backup_goes_to_the_restore_question_then_restores(
        window: dict[str, Any], files: dict[str, Path], boxes: list[tuple[str, str]]) -> None:
    from desktop_app.ui.opened_file import handle_opened_file

    w = window["window"]
    add_partner(w.ctx.services.db, "Added after the backup")
    assert _partners(files["laptop"]) == 2
    assert handle_opened_file(w, files["backup"]) == "backup"
    question = [text for kind, text in boxes if kind == "question"]
    assert question and files["backup"].name in question[0] and "backed up first" in question[0]
    assert window["window"] is not w  # the window was reopened on the restored register
    assert len(PartnerService(window["window"].ctx.services.db).query()) == 1


@pytest.mark.gui
def test_saying_no_to_the_restore_changes_nothing(window: dict[str, Any], files: dict[str, Path],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui.opened_file import handle_opened_file

    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    w = window["window"]
    add_partner(w.ctx.services.db, "Added after the backup")
    assert handle_opened_file(w, files["backup"]) == "cancelled"
    assert window["window"] is w and len(PartnerService(w.ctx.services.db).query()) == 2


@pytest.mark.gui
def test_another_register_is_opened_in_place_of_this_one(
        window: dict[str, Any], files: dict[str, Path], template: Path, tmp_path: Path) -> None:
    from desktop_app.ui.opened_file import handle_opened_file

    other = _register(template, tmp_path / "other.sqlite3")
    add_partner(other, "Only in the other register")
    other.close()
    w = window["window"]
    assert handle_opened_file(w, files["laptop"]) == "already-open"
    assert handle_opened_file(w, tmp_path / "other.sqlite3") == "register"
    assert w.opened_paths[-1] == tmp_path / "other.sqlite3"
    assert len(PartnerService(window["window"].ctx.services.db).query()) == 1


@pytest.mark.gui
@pytest.mark.parametrize("language", ["en", "fa"])
def test_a_file_peyvand_cannot_open_gets_a_message_and_nothing_changes(
        window: dict[str, Any], files: dict[str, Path], tmp_path: Path, language: str,
        qtbot: Any) -> None:
    from desktop_app.ui.i18n import apply_language
    from desktop_app.ui.opened_file import handle_opened_file

    apply_language(language)
    cut = tmp_path / "cut.peyvand"
    cut.write_bytes(files["package"].read_bytes()[:-40])
    w = window["window"]
    before = files["laptop"].read_bytes()
    assert handle_opened_file(w, cut) == "refused"
    box = w.opened_file_message
    qtbot.waitExposed(box)
    assert "cut.peyvand" in box.text()
    assert ("ناقص" in box.text()) if language == "fa" else ("incomplete or damaged" in box.text())
    box.close()
    assert window["window"] is w and len(PartnerService(w.ctx.services.db).query()) == 1
    w.ctx.services.db.close()
    assert files["laptop"].read_bytes() == before
