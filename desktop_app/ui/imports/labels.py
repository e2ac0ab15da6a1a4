"""Shown names of the importer's codes: partner fields, duplicate actions, match kinds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

#: The mapping choice that leaves a column out of the mapping (its values go to the notes).
KEEP_IN_NOTES = ""


def field_label(field: str) -> str:
    """The shown name of a partner field (or of ``ignore`` / keep-in-notes)."""
    names = {
        "name": QCoreApplication.translate("ImportLabels", "Name"),
        "name_en": QCoreApplication.translate("ImportLabels", "Latin name"),
        "kind": QCoreApplication.translate("ImportLabels", "Kind"),
        "sector": QCoreApplication.translate("ImportLabels", "Sector"),
        "country": QCoreApplication.translate("ImportLabels", "Country"),
        "city": QCoreApplication.translate("ImportLabels", "City"),
        "address": QCoreApplication.translate("ImportLabels", "Address"),
        "website": QCoreApplication.translate("ImportLabels", "Website"),
        "email": QCoreApplication.translate("ImportLabels", "E-mail"),
        "phone": QCoreApplication.translate("ImportLabels", "Phone"),
        "notes": QCoreApplication.translate("ImportLabels", "Notes"),
        "tags": QCoreApplication.translate("ImportLabels", "Tags"),
        "contact_name": QCoreApplication.translate("ImportLabels", "Contact person"),
        "contact_role": QCoreApplication.translate("ImportLabels", "Contact's position"),
        "contact_email": QCoreApplication.translate("ImportLabels", "Contact's e-mail"),
        "contact_phone": QCoreApplication.translate("ImportLabels", "Contact's phone"),
        "ignore": QCoreApplication.translate("ImportLabels", "Ignore this column"),
        KEEP_IN_NOTES: QCoreApplication.translate("ImportLabels", "Keep in the notes"),
    }
    return names.get(field, field)


def action_label(code: str) -> str:
    """The shown name of what happens to a row: skip, fill empty fields, overwrite, create."""
    names = {
        "skip": QCoreApplication.translate("ImportLabels", "Skip"),
        "update_empty": QCoreApplication.translate("ImportLabels", "Fill empty fields"),
        "overwrite": QCoreApplication.translate("ImportLabels", "Overwrite"),
        "create": QCoreApplication.translate("ImportLabels", "Create anyway"),
        "create_new": QCoreApplication.translate("ImportLabels", "Create new"),
    }
    return names.get(code, code)


def match_label(key: str) -> str:
    """Why two records were taken for the same organisation."""
    names = {
        "name": QCoreApplication.translate("ImportLabels", "Same name and country"),
        "latin_name": QCoreApplication.translate("ImportLabels", "Same Latin name and country"),
        "domain": QCoreApplication.translate("ImportLabels", "Same web domain"),
        "similar_name": QCoreApplication.translate("ImportLabels", "Similar name"),
        "name_other_country": QCoreApplication.translate("ImportLabels", "Same name, other country"),
    }
    return names.get(key, key)


def format_label(file_format: str) -> str:
    """The shown name of a file format as the reader reports it."""
    names = {
        "csv": QCoreApplication.translate("ImportLabels", "Text (CSV)"),
        "xlsx": QCoreApplication.translate("ImportLabels", "Excel workbook (XLSX)"),
        "xlsm": QCoreApplication.translate("ImportLabels", "Excel workbook (XLSX)"),
        "xlsb": QCoreApplication.translate("ImportLabels", "Excel binary workbook (XLSB)"),
        "xls": QCoreApplication.translate("ImportLabels", "Excel 97–2003 workbook (XLS)"),
        "ods": QCoreApplication.translate("ImportLabels", "OpenDocument spreadsheet (ODS)"),
    }
    return names.get(file_format, file_format.upper())


def delimiter_label(delimiter: str) -> str:
    """The shown name of a text file's delimiter."""
    names = {
        ",": QCoreApplication.translate("ImportLabels", "Comma ( , )"),
        ";": QCoreApplication.translate("ImportLabels", "Semicolon ( ; )"),
        "\t": QCoreApplication.translate("ImportLabels", "Tab"),
        "|": QCoreApplication.translate("ImportLabels", "Pipe ( | )"),
    }
    return names.get(delimiter, delimiter)
