"""``import`` and ``export``: partner lists in and out (filled in by the import work)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``import`` and ``export`` commands (none yet)."""
