"""Settings that belong to the office's register, not to one laptop: the park's name and logo.

They live in the ``office_settings`` table (key → text), so every laptop working on a
shared register prints the same header. The logo is kept in the register too (base64),
small enough for a report header; :meth:`OfficeService.logo_file` writes it out for the
report renderer, which takes a file.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from db.database import Database
from db.models import OfficeSetting
from desktop_app.domain.changes import Changes
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import translate
from desktop_app.domain.text import normalize_text

KEY_NAME = "park_name"
KEY_NAME_EN = "park_name_en"
KEY_LOGO = "park_logo"
KEY_LOGO_TYPE = "park_logo_type"
MAX_LOGO_BYTES = 1_000_000
LOGO_TYPES = {b"\x89PNG": "png", b"\xff\xd8\xff": "jpg"}


@dataclass
class OfficeInfo:
    """The park's name in Persian and English, and its logo (PNG or JPEG bytes, or None)."""

    name: str = ""
    name_en: str = ""
    logo: bytes | None = None
    logo_type: str = ""

    def display_name(self, language: str) -> str:
        """The name for a reader of *language*, falling back to the other one."""
        if language == "en":
            return self.name_en or self.name
        return self.name or self.name_en


def logo_type_of(data: bytes) -> str:
    """'png' or 'jpg' from the file's first bytes; '' for anything else."""
    for magic, kind in LOGO_TYPES.items():
        if data.startswith(magic):
            return kind
    return ""


class OfficeService:
    """Read and write the office settings of the open register."""

    entity = "office_settings"

    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self) -> OfficeInfo:
        """The office settings as stored (empty strings when never set)."""
        with self.db.reading() as s:
            # On the table: read before the window's first paint, and an ORM statement
            # would configure every mapper first.
            table = OfficeSetting.__table__
            values = dict(s.execute(select(table.c.key, table.c.value)).all())
        logo = values.get(KEY_LOGO) or ""
        data: bytes | None = None
        if logo:
            try:
                data = base64.b64decode(logo, validate=True)
            except ValueError:
                data = None
        return OfficeInfo(values.get(KEY_NAME, ""), values.get(KEY_NAME_EN, ""), data,
                          values.get(KEY_LOGO_TYPE, "") if data else "")

    def validate(self, info: OfficeInfo) -> OfficeInfo:
        """Normalised *info*; :class:`ValidationError` for a missing name or a bad logo."""
        out = OfficeInfo(normalize_text(info.name), normalize_text(info.name_en), info.logo, "")
        errors: dict[str, str] = {}
        if not out.name:
            errors["name"] = translate("domain.office", "The park's Persian name is required.")
        if out.logo:
            out.logo_type = logo_type_of(out.logo)
            if not out.logo_type:
                errors["logo"] = translate("domain.office", "The logo must be a PNG or JPEG image.")
            elif len(out.logo) > MAX_LOGO_BYTES:
                errors["logo"] = translate("domain.office", "The logo is larger than 1 MB; use a "
                                                            "smaller image.")
        else:
            out.logo = None
        if errors:
            raise ValidationError(errors)
        return out

    def save(self, info: OfficeInfo) -> Changes:
        """Store *info* (one transaction)."""
        v = self.validate(info)
        values = {KEY_NAME: v.name, KEY_NAME_EN: v.name_en,
                  KEY_LOGO: base64.b64encode(v.logo).decode("ascii") if v.logo else "",
                  KEY_LOGO_TYPE: v.logo_type}
        with self.db.unit_of_work() as s:
            for key, value in values.items():
                row = s.get(OfficeSetting, key)
                if row is None:
                    s.add(OfficeSetting(key=key, value=value))
                elif row.value != value:
                    row.value = value
        return Changes.of(updated={self.entity: [0]})

    def logo_file(self, folder: Path) -> Path | None:
        """Write the logo into *folder* (named by its hash) and return the file; None if unset."""
        info = self.get()
        if not info.logo:
            return None
        folder.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256(info.logo).hexdigest()[:16]
        path = folder / f"logo-{digest}.{info.logo_type or 'png'}"
        if not path.exists():
            path.write_bytes(info.logo)
        return path
