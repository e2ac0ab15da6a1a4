"""Shown names of the importer's codes: partner fields, duplicate actions, match kinds."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: The mapping choice that leaves a column out of the mapping (its values go to the notes).
KEEP_IN_NOTES = ""


def _shown(table: dict[str, object], code: str, default: str) -> str:
    """The shown name of *code* from one of the tables below, *default* if it has none."""
    english = table.get(code)  # QT_TRANSLATE_NOOP returns its text, typed as object
    return default if english is None else QCoreApplication.translate("ImportLabels", str(english))


# The shown names of the importer's codes (English, marked for the catalogue), one table a kind.
_FIELDS = {
    "name": QT_TRANSLATE_NOOP("ImportLabels", "Name"),
    "name_en": QT_TRANSLATE_NOOP("ImportLabels", "Latin name"),
    "kind": QT_TRANSLATE_NOOP("ImportLabels", "Kind"),
    "sector": QT_TRANSLATE_NOOP("ImportLabels", "Sector"),
    "country": QT_TRANSLATE_NOOP("ImportLabels", "Country"),
    "city": QT_TRANSLATE_NOOP("ImportLabels", "City"),
    "address": QT_TRANSLATE_NOOP("ImportLabels", "Address"),
    "website": QT_TRANSLATE_NOOP("ImportLabels", "Website"),
    "email": QT_TRANSLATE_NOOP("ImportLabels", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ImportLabels", "Phone"),
    "notes": QT_TRANSLATE_NOOP("ImportLabels", "Notes"),
    "tags": QT_TRANSLATE_NOOP("ImportLabels", "Tags"),
    "contact_name": QT_TRANSLATE_NOOP("ImportLabels", "Contact person"),
    "contact_role": QT_TRANSLATE_NOOP("ImportLabels", "Contact's position"),
    "contact_email": QT_TRANSLATE_NOOP("ImportLabels", "Contact's e-mail"),
    "contact_phone": QT_TRANSLATE_NOOP("ImportLabels", "Contact's phone"),
    "ignore": QT_TRANSLATE_NOOP("ImportLabels", "Ignore this column"),
    KEEP_IN_NOTES: QT_TRANSLATE_NOOP("ImportLabels", "Keep in the notes"),
}


_ACTIONS = {
    "skip": QT_TRANSLATE_NOOP("ImportLabels", "Skip"),
    "update_empty": QT_TRANSLATE_NOOP("ImportLabels", "Fill empty fields"),
    "overwrite": QT_TRANSLATE_NOOP("ImportLabels", "Overwrite"),
    "create": QT_TRANSLATE_NOOP("ImportLabels", "Create anyway"),
    "create_new": QT_TRANSLATE_NOOP("ImportLabels", "Create new"),
}


_MATCHES = {
    "name": QT_TRANSLATE_NOOP("ImportLabels", "Same name and country"),
    "latin_name": QT_TRANSLATE_NOOP("ImportLabels", "Same Latin name and country"),
    "domain": QT_TRANSLATE_NOOP("ImportLabels", "Same web domain"),
    "similar_name": QT_TRANSLATE_NOOP("ImportLabels", "Similar name"),
    "name_other_country": QT_TRANSLATE_NOOP("ImportLabels", "Same name, other country"),
}


_FORMATS = {
    "csv": QT_TRANSLATE_NOOP("ImportLabels", "Text (CSV)"),
    "xlsx": QT_TRANSLATE_NOOP("ImportLabels", "Excel workbook (XLSX)"),
    "xlsm": QT_TRANSLATE_NOOP("ImportLabels", "Excel workbook (XLSX)"),
    "xlsb": QT_TRANSLATE_NOOP("ImportLabels", "Excel binary workbook (XLSB)"),
    "xls": QT_TRANSLATE_NOOP("ImportLabels", "Excel 97–2003 workbook (XLS)"),
    "ods": QT_TRANSLATE_NOOP("ImportLabels", "OpenDocument spreadsheet (ODS)"),
}


_DELIMITERS = {
    ",": QT_TRANSLATE_NOOP("ImportLabels", "Comma ( , )"),
    ";": QT_TRANSLATE_NOOP("ImportLabels", "Semicolon ( ; )"),
    "\t": QT_TRANSLATE_NOOP("ImportLabels", "Tab"),
    "|": QT_TRANSLATE_NOOP("ImportLabels", "Pipe ( | )"),
}


def field_label(field: str) -> str:
    """The shown name of a partner field (or of ``ignore`` / keep-in-notes)."""
    return _shown(_FIELDS, field, field)


def action_label(code: str) -> str:
    """The shown name of what happens to a row: skip, fill empty fields, overwrite, create."""
    return _shown(_ACTIONS, code, code)


def match_label(key: str) -> str:
    """Why two records were taken for the same organisation."""
    return _shown(_MATCHES, key, key)


def format_label(file_format: str) -> str:
    """The shown name of a file format as the reader reports it."""
    return _shown(_FORMATS, file_format, file_format.upper())


def delimiter_label(delimiter: str) -> str:
    """The shown name of a text file's delimiter."""
    return _shown(_DELIMITERS, delimiter, delimiter)


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


# The importer's messages about unreadable files (it writes them in English).
_FILE_ERRORS = frozenset({
    QT_TRANSLATE_NOOP("ImportErrors", "The file is empty."),
    QT_TRANSLATE_NOOP("ImportErrors", "The file has no table in it (the first rows are blank)."),
    QT_TRANSLATE_NOOP("ImportErrors", "The file has no columns."),
    QT_TRANSLATE_NOOP("ImportErrors", "The file is not a text table (it contains binary data)."),
    QT_TRANSLATE_NOOP("ImportErrors", "The file is too large to import (more than 150 MB)."),
    QT_TRANSLATE_NOOP("ImportErrors", "The workbook has too many parts to be a real spreadsheet."),
    QT_TRANSLATE_NOOP(
        "ImportErrors", "The workbook is password-protected; save it without a password."),
    QT_TRANSLATE_NOOP(
        "ImportErrors", "The workbook is suspiciously compressed (a zip bomb?); not opened."),
    QT_TRANSLATE_NOOP("ImportErrors", "The file is a zip archive, not a spreadsheet."),
    QT_TRANSLATE_NOOP("ImportErrors", "The workbook contains XML entity declarations; not opened."),
    QT_TRANSLATE_NOOP("ImportErrors", "The workbook is damaged or incomplete and cannot be read."),
    QT_TRANSLATE_NOOP(
        "ImportErrors", "The workbook's content list is damaged or unsafe; not opened."),
    QT_TRANSLATE_NOOP("ImportErrors", "The file is an Office document but not a spreadsheet."),
    QT_TRANSLATE_NOOP("ImportErrors", "The workbook has no sheets."),
    QT_TRANSLATE_NOOP("ImportErrors", "The file is not a workbook."),
    QT_TRANSLATE_NOOP("ImportErrors", "No column is mapped to the organisation's name."),
})


def file_error(message: str) -> str:
    """An importer's message about an unreadable file, in the window's language."""
    if message not in _FILE_ERRORS:
        return message
    return QCoreApplication.translate("ImportErrors", message)
