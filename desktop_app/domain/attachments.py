"""Files kept with records (scanned signed MoUs, minutes, photos) in a managed folder.

Files are stored by content: ``folder/ab/abcdef…`` where the name is the file's SHA-256, so
the same scan attached to three records is stored once, and the user's own path is never
used as storage (the original name is kept in the row, for display and "save as"). A file
is copied to a temporary name in the target folder and renamed into place only when
complete and flushed, so a crash or a full disk never leaves a half-written stored file.

The stored name is only a label: the file on disk is always found by its hash inside the
managed folder, and a viewing copy gets a sanitised name (no folders, no ``..``, no device
names such as ``CON``) inside its own temporary folder. Opening or exporting checks the
content against its hash; a mismatch is reported, never served silently. On a PostgreSQL
register the content is also kept in the database (``attachment_blobs``), the folder being
a per-laptop cache filled from there. Files no record refers to any more are moved to a
trash folder (``.trash``) and deleted from there only after :data:`TRASH_DAYS` days.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import mimetypes
import os
import re
import shutil
import tempfile
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, insert, select

from db.database import Database
from db.models import Attachment, AttachmentBlob, Event, Hub, Letter, Meeting, MoU, Partner
from desktop_app.domain.changes import Changes, OpResult
from desktop_app.domain.errors import DomainError, NotFoundError
from desktop_app.domain.i18n import translate
from desktop_app.domain.text import normalize_text

log = logging.getLogger("peyvand.attachments")

CHUNK = 1024 * 1024
TEMP_PREFIX = ".incoming-"
TRASH = ".trash"
TRASH_DAYS = 30
_WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
                    *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))}
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*\u200e\u200f\u202a-\u202e\u2066-\u2069]')

#: Owner entity (table name) → (attachment column, owner model).
OWNERS = {
    "partners": ("partner_id", Partner),
    "mous": ("mou_id", MoU),
    "hubs": ("hub_id", Hub),
    "meetings": ("meeting_id", Meeting),
    "letters": ("letter_id", Letter),
    "events": ("event_id", Event),
}


@dataclass(frozen=True)
class AttachmentRow:
    """One attachment as the attachments panel lists it."""

    id: int
    filename: str
    size: int
    media_type: str
    description: str
    sha256: str
    created_at: dt.datetime


class AttachmentService:
    """Add, list, open and remove the files kept with a record."""

    entity = "attachments"

    def __init__(self, db: Database, folder: Path) -> None:
        self.db = db
        self.folder = Path(folder)

    # ------------------------------------------------------------------ storage

    def stored_path(self, sha256: str) -> Path:
        """Where the content with this hash lives in the managed folder."""
        return self.folder / sha256[:2] / sha256

    def _store(self, source: Path) -> tuple[str, int, bool]:
        """Copy *source* into the folder by content; (hash, size, newly stored)."""
        try:
            handle = source.open("rb")
        except IsADirectoryError as exc:
            raise DomainError(translate("domain.attachments", "“{name}” is a folder, not a file.").format(
                                  name=source.name)) from exc
        except FileNotFoundError as exc:
            raise DomainError(translate("domain.attachments", "The file “{name}” does not exist "
                                                              "(any more).").format(
                                  name=source.name)) from exc
        except OSError as exc:
            raise DomainError(translate("domain.attachments", "The file “{name}” cannot be read: "
                                                              "{strerror}.").format(
                                  name=source.name, strerror=exc.strerror)) from exc
        digest = hashlib.sha256()
        size = 0
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=self.folder)
        except OSError as exc:
            handle.close()
            raise DomainError(translate("domain.attachments", "The attachments folder cannot be "
                                                              "written: {strerror}.").format(
                                  strerror=exc.strerror)) from exc
        temp = Path(temp_name)
        try:
            with handle, os.fdopen(fd, "wb") as out:
                while True:
                    try:
                        chunk = handle.read(CHUNK)
                    except OSError as exc:
                        raise DomainError(translate("domain.attachments", "The file “{name}” cannot be "
                                                                          "read: {strerror}.").format(
                                              name=source.name, strerror=exc.strerror)) from exc
                    if not chunk:
                        break
                    digest.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            target = self.stored_path(sha)
            if target.exists() and target.stat().st_size == size and _sha256(target) == sha:
                temp.unlink()
                return sha, size, False
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(temp, target)
            return sha, size, True
        except DomainError:
            temp.unlink(missing_ok=True)
            raise
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise DomainError(translate("domain.attachments", "“{name}” could not be stored in "
                                                              "the attachments folder: "
                                                              "{strerror}.").format(
                                  name=source.name, strerror=exc.strerror)) from exc
        except BaseException:
            temp.unlink(missing_ok=True)
            raise

    # ------------------------------------------------------------------ operations

    def add(self, owner_entity: str, owner_id: int, source_path: str | Path,
            description: str = "") -> OpResult[int]:
        """Keep a copy of the file at *source_path* with the record; returns the new row's id."""
        if owner_entity not in OWNERS:
            raise DomainError(translate("domain.attachments", "Files cannot be attached to "
                                                              "{owner_entity}.").format(
                                  owner_entity=owner_entity))
        column, model = OWNERS[owner_entity]
        source = Path(source_path)
        with self.db.reading() as s:
            if s.get(model, owner_id) is None:
                raise NotFoundError(translate("domain.attachments", "The record to attach the "
                                                                    "file to no longer exists."))
        sha, size, fresh = self._store(source)
        filename = _display_name(source.name)
        media_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
        try:
            with self.db.unit_of_work() as s:
                if s.get(model, owner_id) is None:
                    raise NotFoundError(translate("domain.attachments", "The record to attach the "
                                                                        "file to no longer exists."))
                if not self.db.is_sqlite and s.get(AttachmentBlob, sha) is None:
                    s.execute(insert(AttachmentBlob).values(
                        sha256=sha, size=size, content=self.stored_path(sha).read_bytes()))
                row = Attachment(sha256=sha, filename=filename, size=size, media_type=media_type,
                                 description=normalize_text(description)[:500])
                setattr(row, column, owner_id)
                s.add(row)
                s.flush()
                att_id = row.id
        except BaseException:
            if fresh:
                self._forget_if_unused(sha)
            raise
        return OpResult(att_id, Changes.of(created={"attachments": [att_id]},
                                           updated={owner_entity: [owner_id]}))

    def list_for(self, owner_entity: str, owner_id: int) -> list[AttachmentRow]:
        """The files kept with a record, in the order they were added."""
        column, _model = OWNERS[owner_entity]
        with self.db.reading() as s:
            return [AttachmentRow(a.id, a.filename, a.size, a.media_type, a.description,
                                  a.sha256, a.created_at)
                    for a in s.scalars(select(Attachment)
                                       .where(getattr(Attachment, column) == owner_id)
                                       .order_by(Attachment.id))]

    def path_for(self, attachment_id: int) -> Path:
        """The stored file of an attachment; :class:`DomainError` when it is missing."""
        with self.db.reading() as s:
            a = s.get(Attachment, attachment_id)
            if a is None:
                raise NotFoundError(translate("domain.attachments", "This attachment no longer "
                                                                    "exists."))
            sha, name = a.sha256, a.filename
        path = self.stored_path(sha)
        if not self.db.is_sqlite and not (path.is_file() and _sha256(path) == sha):
            self._fetch_blob(sha)
        if not path.is_file():
            raise DomainError(translate("domain.attachments", "The stored copy of “{name}” is "
                                                              "missing from the attachments "
                                                              "folder ({folder}); restore the "
                                                              "folder from a backup.").format(
                                  name=name, folder=self.folder))
        return path

    def _fetch_blob(self, sha: str) -> None:
        """Bring a server-kept file into this laptop's cache folder (atomically)."""
        with self.db.reading() as s:
            content = s.scalar(select(AttachmentBlob.content).where(AttachmentBlob.sha256 == sha))
        if content is None:
            return
        target = self.stored_path(sha)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=self.folder)
            with os.fdopen(fd, "wb") as out:
                out.write(content)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp_name, target)
        except OSError as exc:
            raise DomainError(translate("domain.attachments", "The attachment could not be "
                                                              "fetched: {strerror}.").format(
                                  strerror=exc.strerror)) from exc

    def verified_path(self, attachment_id: int) -> tuple[Path, str, str]:
        """(stored file, label, hash) after checking that the content matches its hash."""
        path = self.path_for(attachment_id)
        with self.db.reading() as s:
            a = s.get(Attachment, attachment_id)
            assert a is not None
            name, sha = a.filename, a.sha256
        if _sha256(path) != sha:
            raise DomainError(translate("domain.attachments", "The stored copy of “{name}” no "
                                                              "longer matches what was attached "
                                                              "(it was changed or damaged); it "
                                                              "was not opened. Restore it from a "
                                                              "backup.").format(name=name))
        return path, name, sha

    def viewing_copy(self, attachment_id: int) -> Path:
        """A copy under the original file name in a temporary folder, for the system viewer.

        Stored files have no extension; viewers need one. The copy is read-only so that an
        edit made in the viewer is not mistaken for a change to the kept file.
        """
        path, name, sha = self.verified_path(attachment_id)
        target_dir = Path(tempfile.gettempdir()) / "peyvand-view" / sha[:16]
        target = target_dir / safe_filename(name)
        if target.resolve().parent != target_dir.resolve():
            raise DomainError(translate("domain.attachments", "The attachment's name cannot be "
                                                              "used for a file."))
        try:
            target_dir.mkdir(parents=True, exist_ok=True)
            if not (target.exists() and target.stat().st_size == path.stat().st_size):
                if target.exists():
                    target.chmod(0o600)
                shutil.copyfile(path, target)
                target.chmod(0o400)
        except OSError as exc:
            raise DomainError(translate("domain.attachments", "“{name}” could not be prepared "
                                                              "for viewing: {strerror}.").format(
                                  name=name, strerror=exc.strerror)) from exc
        return target

    def save_copy(self, attachment_id: int, target: str | Path) -> Path:
        """Write the attachment's content to *target* (the "save as" of the panel)."""
        path, _name, sha = self.verified_path(attachment_id)
        target = Path(target)
        temp = target.with_name(TEMP_PREFIX + target.name)
        try:
            digest = hashlib.sha256()
            with path.open("rb") as src, temp.open("wb") as out:
                for chunk in iter(lambda: src.read(CHUNK), b""):
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            if digest.hexdigest() != sha:
                raise DomainError(translate("domain.attachments", "The stored copy changed while "
                                                                  "it was being copied; nothing "
                                                                  "was saved."))
            os.replace(temp, target)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise DomainError(translate("domain.attachments", "The copy could not be written: "
                                                              "{strerror}.").format(
                                  strerror=exc.strerror)) from exc
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        return target

    def describe(self, attachment_id: int, description: str) -> Changes:
        """Change an attachment's description."""
        with self.db.unit_of_work() as s:
            a = s.get(Attachment, attachment_id)
            if a is None:
                raise NotFoundError(translate("domain.attachments", "This attachment no longer "
                                                                    "exists."))
            a.description = normalize_text(description)[:500]
        return Changes.of(updated={"attachments": [attachment_id]})

    def remove(self, attachment_id: int) -> Changes:
        """Delete the attachment; its stored file goes when no other attachment shares it."""
        with self.db.unit_of_work() as s:
            a = s.get(Attachment, attachment_id)
            if a is None:
                return Changes()
            sha = a.sha256
            owner = next(((entity, getattr(a, column)) for entity, (column, _m) in OWNERS.items()
                          if getattr(a, column) is not None), None)
            s.delete(a)
            s.flush()
            others = s.scalar(select(func.count()).where(Attachment.sha256 == sha)) or 0
            if not others and not self.db.is_sqlite:
                s.execute(delete(AttachmentBlob).where(AttachmentBlob.sha256 == sha))
        if not others:
            self._forget_if_unused(sha)
        changes = Changes.of(deleted={"attachments": [attachment_id]})
        if owner is not None:
            changes |= Changes.of(updated={owner[0]: [owner[1]]})
        return changes

    def prune(self, min_age_seconds: float = 3600) -> int:
        """Move stored files no attachment refers to any more into the trash folder (after
        records were deleted with their attachments, or an older backup was restored);
        files younger than *min_age_seconds* are left, in case another computer is adding
        them right now. Nothing is deleted here (see :meth:`empty_trash`). Returns how many
        files were moved."""
        if not self.folder.is_dir():
            return 0
        with self.db.reading() as s:
            used = set(s.scalars(select(Attachment.sha256).distinct()))
        now = time.time()
        removed = 0
        for sub in self.folder.iterdir():
            if not sub.is_dir() or len(sub.name) != 2:
                continue
            for f in sub.iterdir():
                if len(f.name) == 64 and f.name not in used:
                    try:
                        if now - f.stat().st_mtime >= min_age_seconds:
                            self._to_trash(f)
                            removed += 1
                    except OSError:
                        log.warning("could not move unused attachment file %s", f)
        for f in self.folder.glob(TEMP_PREFIX + "*"):
            try:
                if now - f.stat().st_mtime >= min_age_seconds:
                    f.unlink()
            except OSError:
                pass
        return removed

    def _to_trash(self, stored: Path) -> Path:
        day = dt.date.today().strftime("%Y%m%d")
        target = self.folder / TRASH / day / stored.name
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(stored, target)
        os.utime(target)  # the 30 days count from the move
        return target

    def trash_path(self, sha256: str) -> Path | None:
        """Where a trashed file with this hash is, if it is still in the trash."""
        trash = self.folder / TRASH
        found = sorted(trash.glob(f"*/{sha256}")) if trash.is_dir() else []
        return found[-1] if found else None

    def empty_trash(self, days: int = TRASH_DAYS, now: float | None = None) -> int:
        """Delete trashed files moved there more than *days* days ago (never at start-up:
        the window calls this with its periodic backup). Returns how many went."""
        trash = self.folder / TRASH
        if not trash.is_dir():
            return 0
        limit = (now if now is not None else time.time()) - days * 86400
        removed = 0
        for f in trash.glob("*/*"):
            try:
                if f.is_file() and f.stat().st_mtime < limit:
                    f.unlink()
                    removed += 1
            except OSError:
                log.warning("could not empty trashed attachment file %s", f)
        for day in trash.iterdir():
            with contextlib.suppress(OSError):
                day.rmdir()
        return removed

    def _forget_if_unused(self, sha: str) -> None:
        with self.db.reading() as s:
            used = s.scalar(select(func.count()).where(Attachment.sha256 == sha)) or 0
        if not used:
            try:
                stored = self.stored_path(sha)
                if stored.exists():
                    self._to_trash(stored)
            except OSError:
                log.warning("could not move unused attachment file %s", sha)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def safe_filename(label: str, fallback: str = "attachment") -> str:
    """A file name made from an attachment's label that cannot leave its folder.

    The last path component only (``/`` and ``\\`` both count), no control, bidi-control or
    reserved characters, no leading dots, no trailing dots or spaces, not a Windows device
    name (``CON``, ``NUL``, ``COM1`` … with any extension), at most 200 characters.
    """
    name = unicodedata.normalize("NFC", label or "")
    name = re.split(r"[/\\]", name)[-1]
    name = _UNSAFE.sub("_", name).strip().lstrip(".").rstrip(". ")
    if not name:
        name = fallback
    stem = name.split(".", 1)[0].strip().upper()
    if stem in _WINDOWS_DEVICES:
        name = "_" + name
    if len(name) > 200:
        base, dot, ext = name.rpartition(".")
        name = (base[: 199 - len(ext)] + "." + ext) if dot and len(ext) < 20 else name[:200]
    return name


def _display_name(name: str) -> str:
    """The user's file name as shown: NFC, at most 255 characters, extension kept."""
    name = unicodedata.normalize("NFC", name).strip() or "file"
    if len(name) <= 255:
        return name
    stem, dot, ext = name.rpartition(".")
    if dot and len(ext) < 20:
        return stem[: 254 - len(ext)] + "." + ext
    return name[:255]


def human_size(size: int, language: str = "fa") -> str:
    """A file size as people read it (KB, MB), digits for *language*."""
    from desktop_app.domain.text import localize_digits

    units = ("B", "KB", "MB", "GB") if language == "en" else ("بایت", "کیلوبایت", "مگابایت", "گیگابایت")
    value = float(size)
    unit = 0
    while value >= 1024 and unit < len(units) - 1:
        value /= 1024
        unit += 1
    text = f"{value:.0f}" if unit == 0 or value >= 10 else f"{value:.1f}"
    if language != "en":
        text = text.replace(".", "\u066b")  # Persian decimal separator
    return localize_digits(f"{text} {units[unit]}", language)


__all__ = ["OWNERS", "AttachmentRow", "AttachmentService", "human_size", "safe_filename"]
