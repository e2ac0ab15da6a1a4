"""The window's side of ``peyvand --open FILE`` (a file double-clicked in the file manager).

Once the window shows, :func:`open_later` hands the file to :func:`handle_opened_file`:
a change package goes to the Import changes dialog (its dry run, then the question), a
backup to the restore question (the register as it is now is backed up first), a register
other than the open one is opened in its place. A file Peyvand cannot open gets a message
saying why; nothing is changed. What a file is comes from :mod:`desktop_app.open_file`.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox

from desktop_app.domain.errors import StorageError
from desktop_app.open_file import UnopenableFileError, classify

log = logging.getLogger("peyvand.open_file")


def open_later(window: Any, path: Path | str) -> None:
    """Handle *path* as soon as the event loop runs (the window is on screen first)."""
    QTimer.singleShot(0, window, lambda: handle_opened_file(window, Path(path)))


def handle_opened_file(window: Any, path: Path, *, confirm: bool = True) -> str:
    """Do what *path* asks for in *window*; return what was done: ``"changes"``,
    ``"backup"``, ``"register"``, ``"cancelled"``, ``"refused"`` or ``"already-open"``.
    With *confirm* false the questions are taken as answered yes (tests, scripts)."""
    log.info("opened with %s", path)
    try:
        opened = classify(path)
    except UnopenableFileError as exc:
        log.warning("cannot open %s: %s", path, exc)
        _warn(window, QCoreApplication.translate("OpenedFile", "Open a file"), str(exc))
        return "refused"
    if opened.kind == "changes":
        result = window.sync_controls.import_changes(str(opened.path), confirm=confirm)
        return "changes" if result is not None else "cancelled"
    if opened.kind == "backup":
        return _restore(window, opened.path, confirm=confirm)
    return _open_register(window, opened.path)


def _warn(window: Any, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, window)
    box.setObjectName("openedFileMessage")
    window.opened_file_message = box  # for tests: what was said
    box.open()


def _restore(window: Any, source: Path, *, confirm: bool) -> str:
    from db.backup import restore_backup, verify_backup

    db = window.ctx.services.db
    title = QCoreApplication.translate("OpenedFile", "Restore from a backup")
    if db.path is None:
        _warn(window, title, QCoreApplication.translate(
            "OpenedFile", "This register is on the office server; a backup file restores a "
                          "register on this computer only. Nothing was changed."))
        return "refused"
    if db.read_only:
        _warn(window, title, QCoreApplication.translate(
            "OpenedFile", "The register is open for reading only, so it cannot be restored. "
                          "Nothing was changed."))
        return "refused"
    try:
        verify_backup(source)  # a damaged or too-new backup is refused while nothing is closed
    except StorageError as exc:
        log.warning("backup %s refused: %s", source, exc)
        _warn(window, title, str(exc))
        return "refused"
    if confirm:
        answer = QMessageBox.question(
            window, title,
            QCoreApplication.translate(
                "OpenedFile", "Replace the whole register with the backup “%1”? The register "
                              "as it is now is backed up first.").replace("%1", source.name))
        if answer != QMessageBox.StandardButton.Yes:
            return "cancelled"
    register = db.path
    db.close()
    try:
        restore_backup(source, register, attachments_dir=window.ctx.services.attachments_dir)
    except StorageError as exc:  # a disk error half-way: the register is as it was
        log.warning("restore of %s failed: %s", source, exc)
        window.reopenRequested.emit(register)
        QMessageBox.warning(None, title, str(exc))
        return "refused"
    window.reopenRequested.emit(register)
    return "backup"


def _open_register(window: Any, path: Path) -> str:
    current = window.ctx.services.db.path
    if current is not None and Path(current).resolve() == path.resolve():
        return "already-open"
    window.reopenRequested.emit(path)
    return "register"
