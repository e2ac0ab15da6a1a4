"""Importing partner lists (CSV, Excel, ODS) and writing exports: pure Python, no Qt, no DB.

The steps, each a plain function over plain data::

    table = read_table(path)                      # RawTable: headers, text rows, row numbers
    mapping = auto_map(table.headers)             # column index → partner field
    clean, rejections = clean_rows(table, mapping)
    plan = plan_import(clean, existing, "update_empty", rejections=rejections)
    write_rejections_csv(path, table.headers, plan.rejections)

Any file that cannot be read raises :class:`ImportFileError` (a ``ValueError``) with a
one-line message; the database side executes the :class:`ImportPlan`.
"""

from __future__ import annotations

from desktop_app.importing.cleaning import CleanRow, Rejection, clean_rows, kind_of, recover_phone
from desktop_app.importing.duplicates import (
    POLICIES,
    ExistingPartner,
    ExistingRecord,
    ImportPlan,
    Match,
    PlannedRow,
    latin_key,
    name_key,
    plan_import,
)
from desktop_app.importing.errors import ImportFileError, MappingError
from desktop_app.importing.mapping import FIELDS, IGNORE, KINDS, MappingProfile, auto_map
from desktop_app.importing.table import RawTable, read_table
from desktop_app.importing.textfile import detect_delimiter, detect_encoding
from desktop_app.importing.writers import write_csv, write_rejections_csv, write_xlsx

__all__ = [
    "FIELDS",
    "IGNORE",
    "KINDS",
    "POLICIES",
    "CleanRow",
    "ExistingPartner",
    "ExistingRecord",
    "ImportFileError",
    "ImportPlan",
    "MappingError",
    "MappingProfile",
    "Match",
    "PlannedRow",
    "RawTable",
    "Rejection",
    "auto_map",
    "clean_rows",
    "detect_delimiter",
    "detect_encoding",
    "kind_of",
    "latin_key",
    "name_key",
    "plan_import",
    "read_table",
    "recover_phone",
    "write_csv",
    "write_rejections_csv",
    "write_xlsx",
]
