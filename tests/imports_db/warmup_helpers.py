"""For the tests of the wizard's early index build: what the planner's index cache holds
(asked without building anything), and a small partner list to import."""

from __future__ import annotations

import csv
from pathlib import Path

from desktop_app.domain.imports import ImportService
from desktop_app.importing import ExistingPartner
from desktop_app.importing.duplicates import (
    ExistingIndex,
    cached_existing_index,
    forget_existing_index,
)


def cached_now(service: ImportService) -> ExistingIndex | None:
    """The index kept for the register as it is now, or None (nothing is built to find out)."""
    loaded: list[bool] = []

    def nothing_kept() -> list[ExistingPartner]:
        loaded.append(True)
        return []

    index = cached_existing_index(service.register_token(), nothing_kept)
    if loaded:
        forget_existing_index()  # the empty stand-in must not serve a later preview
        return None
    return index


def write_list(path: Path, *rows: tuple[str, str]) -> Path:
    """A UTF-8 CSV of (name, country) rows at *path*."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "country"])
        writer.writerows(rows)
    return path
