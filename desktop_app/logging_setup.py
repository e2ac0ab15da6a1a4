"""Logging to a rotating file in the data folder, with named loggers (``peyvand.*``)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from desktop_app.paths import logs_dir

_handler: logging.Handler | None = None
_path: Path | None = None


def setup_logging(level: int = logging.INFO) -> Path:
    """Send ``peyvand.*`` records to ``logs/peyvand.log`` (1 MB × 5 files); return its path.

    Called again after the data folder changed (the window applies the folder chosen in its
    settings after the command line set logging up), it moves the log file there.
    """
    global _handler, _path
    path = logs_dir() / "peyvand.log"
    if path == _path:
        return path
    root = logging.getLogger("peyvand")
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.setLevel(level)
    root.addHandler(_handler)
    _path = path
    return path
