"""The integrity examination of a register, started early on a thread of its own.

:func:`db.integrity.examine` reads the whole file (``PRAGMA quick_check``: ~0.4 s on a
register of 100,000 partners), and :meth:`db.database.Database.open` must have its answer
before anything may write. SQLite does that work without Python's global lock, so the
window starts it as soon as it knows which file it will open (:func:`start`) and imports
the rest of the program meanwhile; ``Database.open`` then takes the answer (:func:`take`)
instead of examining the file again.

The answer is used only if the register and its ``-wal`` and journal are exactly as they
were when the examination began (size, modification time, inode): otherwise the file is
examined again, so the guarantee is the same as without this module. Nothing here writes.
"""

from __future__ import annotations

import threading
from pathlib import Path

from db.integrity import SIDE_FILES, Finding, examine

Stamp = tuple[tuple[int, int, int] | None, ...]


class _Examination(threading.Thread):
    def __init__(self, path: Path) -> None:
        super().__init__(name="peyvand-examine", daemon=True)
        self.path = path
        self.stamp = _stamp(path)
        self.finding: Finding | None = None

    def run(self) -> None:
        try:
            self.finding = examine(self.path)
        except Exception:  # examined again, in the open, where the error is reported
            self.finding = None


_lock = threading.Lock()
_started: dict[Path, _Examination] = {}


def _stamp(path: Path) -> Stamp:
    out: list[tuple[int, int, int] | None] = []
    for candidate in (path, *(path.with_name(path.name + s) for s in SIDE_FILES)):
        try:
            st = candidate.stat()
        except OSError:
            out.append(None)
        else:
            out.append((st.st_size, st.st_mtime_ns, st.st_ino))
    return tuple(out)


def _key(path: Path) -> Path:
    return Path(path).expanduser().resolve()


def start(path: Path | str) -> None:
    """Begin examining the register file *path* on a thread (nothing for a missing file)."""
    key = _key(Path(path))
    if not key.is_file():
        return
    with _lock:
        if key in _started:
            return
        job = _Examination(key)
        _started[key] = job
    job.start()


def take(path: Path | str) -> Finding | None:
    """The finding of the examination :func:`start` began for *path* (waiting for it to
    end), or ``None`` when none was started or the file has changed since it began."""
    key = _key(Path(path))
    with _lock:
        job = _started.pop(key, None)
    if job is None:
        return None
    job.join()
    if job.finding is None or _stamp(key) != job.stamp:
        return None
    return job.finding


__all__ = ["start", "take"]
