"""What the planner's index cache holds, asked without building anything (for the tests
of the wizard's early index build)."""

from __future__ import annotations

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
