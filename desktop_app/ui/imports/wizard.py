"""The import wizard: file → columns → review (dry run) → import, with undo at the end.

Every page talks to ``ctx.services.imports`` (:mod:`desktop_app.domain.imports`) only;
reading, the dry run and the import itself run off the UI thread behind a progress dialog
with Cancel (:func:`desktop_app.ui.worker.run_with_progress`), so a 100,000-row file never
freezes the window. As the wizard is shown, the register's partners are indexed for the
dry run on a worker (:mod:`desktop_app.ui.imports.warmup`), so the first dry run does not
wait for that pass. Nothing is written to the register until Import is pressed on the
review page; the import is one transaction and is recorded as a batch that can be undone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QWidget,
    QWizard,
)

from desktop_app.ui.context import UiContext
from desktop_app.ui.imports.columns_page import ColumnsPage
from desktop_app.ui.imports.common import PAGE_COLUMNS, PAGE_FILE, PAGE_RESULT, PAGE_REVIEW
from desktop_app.ui.imports.file_page import FilePage
from desktop_app.ui.imports.result_page import ResultPage
from desktop_app.ui.imports.review_page import ReviewPage
from desktop_app.ui.imports.warmup import IndexWarmup


class ImportWizard(QWizard):
    """Import a partner list: four pages over ``ctx.services.imports``."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.ctx = ctx
        self.service = ctx.services.imports
        self.path = ""
        self.table: Any = None
        self.mapping: dict[int, str] = {}
        self.preview: Any = None
        self.batch_id: int | None = None
        self.last_undo_text = ""
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.review_page = ReviewPage(self)
        self.result_page = ResultPage(self)
        self.setPage(PAGE_FILE, self.file_page)
        self.setPage(PAGE_COLUMNS, self.columns_page)
        self.setPage(PAGE_REVIEW, self.review_page)
        self.setPage(PAGE_RESULT, self.result_page)
        self.setStartId(PAGE_FILE)
        self.resize(1100, 700)
        self.warmup = IndexWarmup(self.service)
        self.finished.connect(self.warmup.stop)
        self.retranslate()

    def set_table(self, table: Any) -> None:
        """The file as read now (``None`` when it could not be read)."""
        if table is not self.table:
            self.table = table
            self.mapping = {}
            self.preview = None

    def retranslate(self) -> None:
        """Set the wizard's own strings again."""
        self.setWindowTitle(self.tr("Import partners"))

    def showEvent(self, event: QShowEvent) -> None:
        """Start indexing the register's partners for the dry run (on a worker)."""
        self.warmup.start()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            for page in (self.file_page, self.columns_page, self.review_page, self.result_page):
                page.retranslate()
        super().changeEvent(event)


__all__ = ["PAGE_COLUMNS", "PAGE_FILE", "PAGE_RESULT", "PAGE_REVIEW", "ColumnsPage",
           "FilePage", "ImportWizard", "ResultPage", "ReviewPage"]
