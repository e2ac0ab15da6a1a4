"""The log file lives in the data folder, and follows it when the folder changes."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import pytest

from desktop_app.logging_setup import setup_logging


def test_log_follows_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PEYVAND_DATA_DIR", str(tmp_path / "first"))
    first = setup_logging()
    logging.getLogger("peyvand.test").warning("to the first folder")
    monkeypatch.setenv("PEYVAND_DATA_DIR", str(tmp_path / "second"))
    second = setup_logging()
    logging.getLogger("peyvand.test").warning("to the second folder")
    assert first != second and second.parent.parent == tmp_path / "second"
    assert "to the first folder" in first.read_text(encoding="utf-8")
    assert "to the second folder" in second.read_text(encoding="utf-8")
    assert "to the second folder" not in first.read_text(encoding="utf-8")
    assert len([h for h in logging.getLogger("peyvand").handlers
                if isinstance(h, logging.handlers.RotatingFileHandler)]) == 1
