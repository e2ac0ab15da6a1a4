"""Shown names of the importer's codes: partner fields, duplicate actions, match kinds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

#: The mapping choice that leaves a column out of the mapping (its values go to the notes).
KEEP_IN_NOTES = ""


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportLabels", text)


def field_label(field: str) -> str:
    """The shown name of a partner field (or of ``ignore`` / keep-in-notes)."""
    names = {
        "name": _t("Name"),
        "name_en": _t("Latin name"),
        "kind": _t("Kind"),
        "sector": _t("Sector"),
        "country": _t("Country"),
        "city": _t("City"),
        "address": _t("Address"),
        "website": _t("Website"),
        "email": _t("E-mail"),
        "phone": _t("Phone"),
        "notes": _t("Notes"),
        "tags": _t("Tags"),
        "contact_name": _t("Contact person"),
        "contact_role": _t("Contact's position"),
        "contact_email": _t("Contact's e-mail"),
        "contact_phone": _t("Contact's phone"),
        "ignore": _t("Ignore this column"),
        KEEP_IN_NOTES: _t("Keep in the notes"),
    }
    return names.get(field, field)


def action_label(code: str) -> str:
    """The shown name of what happens to a row: skip, fill empty fields, overwrite, create."""
    names = {
        "skip": _t("Skip"),
        "update_empty": _t("Fill empty fields"),
        "overwrite": _t("Overwrite"),
        "create": _t("Create anyway"),
        "create_new": _t("Create new"),
    }
    return names.get(code, code)


def match_label(key: str) -> str:
    """Why two records were taken for the same organisation."""
    names = {
        "name": _t("Same name and country"),
        "latin_name": _t("Same Latin name and country"),
        "domain": _t("Same web domain"),
        "similar_name": _t("Similar name"),
        "name_other_country": _t("Same name, other country"),
    }
    return names.get(key, key)


def format_label(file_format: str) -> str:
    """The shown name of a file format as the reader reports it."""
    names = {
        "csv": _t("Text (CSV)"),
        "xlsx": _t("Excel workbook (XLSX)"),
        "xlsm": _t("Excel workbook (XLSX)"),
        "xlsb": _t("Excel binary workbook (XLSB)"),
        "xls": _t("Excel 97–2003 workbook (XLS)"),
        "ods": _t("OpenDocument spreadsheet (ODS)"),
    }
    return names.get(file_format, file_format.upper())


def delimiter_label(delimiter: str) -> str:
    """The shown name of a text file's delimiter."""
    names = {
        ",": _t("Comma ( , )"),
        ";": _t("Semicolon ( ; )"),
        "\t": _t("Tab"),
        "|": _t("Pipe ( | )"),
    }
    return names.get(delimiter, delimiter)
