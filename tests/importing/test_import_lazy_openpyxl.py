"""openpyxl is loaded by the first XLSX export only: an import (and the app's start) does
not pay its memory, and the cells an export writes are cleaned exactly as openpyxl would
have them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from desktop_app.importing import writers


def test_the_illegal_characters_are_openpyxls() -> None:
    for code in range(0x3000):
        ch = chr(code)
        assert bool(writers._ILLEGAL_XML.search(ch)) == bool(ILLEGAL_CHARACTERS_RE.search(ch)), hex(code)


def test_importing_the_importer_leaves_openpyxl_unloaded() -> None:
    root = Path(__file__).resolve().parents[2]
    code = "import sys, desktop_app.importing; print('openpyxl' in sys.modules, 'numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=root, env={"PYTHONPATH": str(root), "PATH": ""},
                         capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
