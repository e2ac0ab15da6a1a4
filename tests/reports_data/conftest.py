"""The report readers of ``tests/reports`` (``report_pdftext``) for these tests, and one demo
register shared by the module: the tests only read it."""

from __future__ import annotations

import sys
from pathlib import Path

_READERS = Path(__file__).resolve().parent.parent / "reports"
if str(_READERS) not in sys.path:
    sys.path.insert(0, str(_READERS))
