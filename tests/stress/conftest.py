"""Stress runs are not collected by default: set PEYVAND_STRESS=1 to run them."""

from __future__ import annotations

import os

collect_ignore_glob = [] if os.environ.get("PEYVAND_STRESS") == "1" else ["test_*.py"]
