"""The register's enumerations, as the window uses them (kinds, statuses, directions).

They are defined with the models in :mod:`db.models`; the UI imports them from here so
it depends on the domain layer only (an import-linter contract in pyproject.toml).
"""

from __future__ import annotations

from db.models import (
           ActionStatus,
           BodyKind,
           EventKind,
           HubStatus,
           LetterDirection,
           MoUStatus,
           Origin,
           PartnerKind,
           WorkStatus,
)

__all__ = ["ActionStatus", "BodyKind", "EventKind", "HubStatus", "LetterDirection",
           "MoUStatus", "Origin", "PartnerKind", "WorkStatus"]
