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


def rejection_reason(rejection: object, headers: list[str]) -> str:
    """Why a row was rejected, in the window's language (the importer writes English)."""
    code = getattr(rejection, "code", "")
    column = getattr(rejection, "column", "")
    values = getattr(rejection, "values", ())
    value = values[headers.index(column)] if column in headers and headers.index(column) < len(
        values) else ""
    reasons = {
        "missing_name": QCoreApplication.translate(
            "ImportLabels", "The row has no organisation name."),
        "unknown_country": QCoreApplication.translate(
            "ImportLabels", "“%1” is not a country the register knows."),
        "bad_email": QCoreApplication.translate(
            "ImportLabels", "“%1” is not a valid e-mail address."),
        "bad_website": QCoreApplication.translate(
            "ImportLabels", "“%1” is not a valid web address."),
    }
    text = reasons.get(code)
    if text is None or ("%1" in text and not value):
        return str(getattr(rejection, "reason", ""))
    return text.replace("%1", value.strip())


def file_error(message: str) -> str:
    """An importer's message about an unreadable file, in the window's language."""
    known = {
        "The file is empty.": QCoreApplication.translate(
            "ImportErrors", "The file is empty."),
        "The file has no table in it (the first rows are blank).": QCoreApplication.translate(
            "ImportErrors", "The file has no table in it (the first rows are blank)."),
        "The file has no columns.": QCoreApplication.translate(
            "ImportErrors", "The file has no columns."),
        "The file is not a text table (it contains binary data).": QCoreApplication.translate(
            "ImportErrors", "The file is not a text table (it contains binary data)."),
        "The file is too large to import (more than 150 MB).": QCoreApplication.translate(
            "ImportErrors", "The file is too large to import (more than 150 MB)."),
        "The workbook has too many parts to be a real spreadsheet.": QCoreApplication.translate(
            "ImportErrors", "The workbook has too many parts to be a real spreadsheet."),
        "The workbook is password-protected; save it without a password.":
            QCoreApplication.translate(
                "ImportErrors", "The workbook is password-protected; save it without a password."),
        "The workbook is suspiciously compressed (a zip bomb?); not opened.":
            QCoreApplication.translate(
                "ImportErrors", "The workbook is suspiciously compressed (a zip bomb?); not opened."),
        "The file is a zip archive, not a spreadsheet.": QCoreApplication.translate(
            "ImportErrors", "The file is a zip archive, not a spreadsheet."),
        "The workbook contains XML entity declarations; not opened.": QCoreApplication.translate(
            "ImportErrors", "The workbook contains XML entity declarations; not opened."),
        "The workbook is damaged or incomplete and cannot be read.": QCoreApplication.translate(
            "ImportErrors", "The workbook is damaged or incomplete and cannot be read."),
        "The workbook's content list is damaged or unsafe; not opened.":
            QCoreApplication.translate(
                "ImportErrors", "The workbook's content list is damaged or unsafe; not opened."),
        "The file is an Office document but not a spreadsheet.": QCoreApplication.translate(
            "ImportErrors", "The file is an Office document but not a spreadsheet."),
        "The workbook has no sheets.": QCoreApplication.translate(
            "ImportErrors", "The workbook has no sheets."),
        "The file is not a workbook.": QCoreApplication.translate(
            "ImportErrors", "The file is not a workbook."),
        "No column is mapped to the organisation's name.": QCoreApplication.translate(
            "ImportErrors", "No column is mapped to the organisation's name."),
    }
    return known.get(message, message)
