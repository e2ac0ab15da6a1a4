"""The in-app preview of a report PDF: page through it, zoom, print it, save a copy.

:class:`PdfPreviewDialog` shows a PDF file with Qt PDF (``QPdfDocument`` + ``QPdfView``).
Print… opens the system's print dialog and paints each chosen page, rendered at the
printer's resolution, onto a ``QPrinter`` (so printing needs no external viewer and works
offline); Save as… copies the file. Other sections open it through :func:`show_pdf`.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui import file_dialogs
from desktop_app.ui.i18n import FollowsLanguage

log = logging.getLogger("peyvand.ui.pdf_preview")

ZOOM_STEP = 1.25


class PdfPreviewDialog(FollowsLanguage, QDialog):
    """A PDF file in a scrolling view with page navigation, zoom, Print… and Save as…."""

    printed = Signal(int)  # number of pages sent to the printer

    def __init__(self, path: Path, parent: QWidget | None = None, *,
                 suggested_name: str = "") -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.suggested_name = suggested_name or self.path.name
        self.setObjectName("pdfPreview")
        self.resize(900, 1000)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # Pages are printed pages: the view stays left-to-right whatever the window's
        # direction (the PDF has its own right-to-left layout inside).
        self.view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

        self.prev_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.page_spin = QSpinBox(self)
        self.page_spin.setMinimum(1)
        self.page_total = QLabel(self)
        self.zoom_out_button = QPushButton(self)
        self.zoom_in_button = QPushButton(self)
        self.fit_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.print_button.setDefault(True)

        bar = QHBoxLayout()
        for w in (self.prev_button, self.page_spin, self.page_total, self.next_button):
            bar.addWidget(w)
        bar.addSpacing(16)
        for w in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.print_button, self.save_button, self.close_button):
            bar.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        self.prev_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.page_spin.valueChanged.connect(lambda v: self.go_to(v - 1))
        self.zoom_in_button.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.accept)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)

        self.retranslate()
        self.load(self.path)

    # ---------------------------------------------------------------- API

    def load(self, path: Path) -> bool:
        """Open *path*; False (and a message in the title) when Qt cannot read it."""
        self.path = Path(path)
        error = self.document.load(str(self.path))
        ok = error == QPdfDocument.Error.None_
        if not ok:
            log.warning("cannot open %s in the preview: %s", self.path, error)
        pages = self.document.pageCount()
        self.page_spin.setMaximum(max(1, pages))
        self.page_total.setText(self.tr("of %n", "", pages))
        self._page_changed(0)
        for w in (self.print_button, self.save_button):
            w.setEnabled(ok)
        return ok

    def current_page(self) -> int:
        """The page shown (0-based)."""
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        """Scroll to *page* (0-based), clamped to the document."""
        count = self.document.pageCount()
        if count <= 0:
            return
        page = max(0, min(count - 1, page))
        if page != self.current_page():
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())

    def zoom(self, factor: float) -> None:
        """Zoom by *factor* (custom zoom from the current one)."""
        current = self.view.zoomFactor() if self.view.zoomMode() == QPdfView.ZoomMode.Custom \
            else self._fit_factor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(6.0, current * factor)))

    def print_document(self) -> None:
        """Ask for a printer and print the chosen pages."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        printer.setFromTo(1, max(1, self.document.pageCount()))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print report"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        sent = print_pdf(self.document, printer)
        self.printed.emit(sent)

    def save_as(self) -> Path | None:
        """Copy the PDF to a file the user picks; the chosen path, or None."""
        name = file_dialogs.save_file(self, self.tr("Save report as"), "pdf",
                                      self.suggested_name, self.tr("PDF files (*.pdf)"))
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            shutil.copyfile(self.path, target)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save report as"),
                                self.tr("The report could not be saved: %1")
                                .replace("%1", exc.strerror or str(exc)))
            return None
        return target

    def retranslate(self) -> None:
        """Set every visible string again (language change)."""
        self.setWindowTitle(self.tr("Report preview — %1").replace("%1", self.suggested_name))
        self.prev_button.setText(self.tr("Previous"))
        self.next_button.setText(self.tr("Next"))
        self.page_spin.setToolTip(self.tr("Page"))
        self.zoom_out_button.setText(self.tr("Zoom out"))
        self.zoom_in_button.setText(self.tr("Zoom in"))
        self.fit_button.setText(self.tr("Fit width"))
        self.print_button.setText(self.tr("Print…"))
        self.save_button.setText(self.tr("Save as…"))
        self.close_button.setText(self.tr("Close"))
        if self.document.pageCount():
            self.page_total.setText(self.tr("of %n", "", self.document.pageCount()))


    # ---------------------------------------------------------------- internals

    def _page_changed(self, page: int) -> None:
        count = self.document.pageCount()
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self.prev_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < count - 1)

    def _fit_factor(self) -> float:
        size = self.document.pagePointSize(max(0, self.current_page()))
        if size.width() <= 0:
            return 1.0
        # QPdfView's zoom 1.0 shows a point as a pixel at 72 dpi scaled by the screen's dpi.
        dpi = self.logicalDpiX() or 96
        return max(0.25, self.view.viewport().width() / (size.width() * dpi / 72))


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint the pages ``printer.fromPage()…toPage()`` (all when 0) of *document*; return
    how many were sent. Each page is rendered at the printer's resolution and centred,
    scaled to fit the printable area."""
    count = document.pageCount()
    first = printer.fromPage() or 1
    last = printer.toPage() or count
    first, last = max(1, first), min(count, last)
    if count == 0 or first > last:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    sent = 0
    try:
        dpi = printer.resolution()
        for index in range(first - 1, last):
            if sent:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image: QImage = document.render(index, size)
            area = painter.viewport()
            scale = min(area.width() / size.width(), area.height() / size.height())
            w, h = int(size.width() * scale), int(size.height() * scale)
            x, y = (area.width() - w) // 2, (area.height() - h) // 2
            painter.drawImage(QRect(x, y, w, h), image)
            sent += 1
    finally:
        painter.end()
    return sent


def show_pdf(path: Path, parent: QWidget | None = None, *, title: str = "",
             delete_after: bool = False) -> PdfPreviewDialog:
    """Open the preview of *path* (non-modal) and return it; for every section's "Print".

    With *delete_after* the file (a temporary PDF from ``ReportService.*_pdf(…)``) is
    removed when the preview closes.
    """
    dialog = PdfPreviewDialog(path, parent, suggested_name=title or Path(path).name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    if delete_after:
        dialog.finished.connect(lambda _r, p=Path(path): p.unlink(missing_ok=True))
    dialog.show()
    return dialog
