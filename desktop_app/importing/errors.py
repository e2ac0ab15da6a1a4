"""The one exception the importer raises for a file it cannot read.

Anything a user can act on ("this is not a spreadsheet", "the workbook is damaged", "the
file is password-protected") is an :class:`ImportFileError` with a plain one-line message;
any other exception escaping the importer is a bug.
"""

from __future__ import annotations


class ImportFileError(ValueError):
    """A file that cannot be imported, with a one-line message fit to show the user."""


class MappingError(ImportFileError):
    """The chosen column mapping cannot import the file (for example, no name column)."""
