"""``report``: print the PDF reports from the command line (filled in by the reports work)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``report`` command (none yet)."""
