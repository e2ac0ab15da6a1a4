"""Logging to a rotating file in the data folder, with named loggers (``peyvand.*``)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from desktop_app.paths import logs_dir

_configured = False


def setup_logging(level: int = logging.INFO) -> Path:
    """Send ``peyvand.*`` records to ``logs/peyvand.log`` (1 MB × 5 files); return its path."""
    global _configured
    path = logs_dir() / "peyvand.log"
    if not _configured:
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter(
            "%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root = logging.getLogger("peyvand")
        root.setLevel(level)
        root.addHandler(handler)
        _configured = True
    return path
