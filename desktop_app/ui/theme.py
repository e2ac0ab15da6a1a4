"""Fonts, palette and the few style rules of the window: calm, light, Vazirmatn everywhere.

Vazirmatn (bundled in ``resources/fonts`` under the OFL) covers Persian and Latin, so one
family serves both languages and Persian digits; it is registered with
``QFontDatabase`` from the files, never taken from the system.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from resources import FONTS_DIR

log = logging.getLogger("peyvand.ui.theme")

FONT_FAMILY = "Vazirmatn"
BASE_POINT_SIZE = 10

ACCENT = "#1f6f8b"
ACCENT_LIGHT = "#e3f0f4"
WARNING = "#b54708"
DANGER = "#b42318"
MUTED = "#667085"
SURFACE = "#ffffff"
BACKGROUND = "#f4f6f8"
BORDER = "#d0d5dd"

_families: list[str] = []


def load_fonts() -> list[str]:
    """Register every bundled ``.ttf``; return the families found (idempotent)."""
    if _families:
        return list(_families)
    for path in sorted(FONTS_DIR.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("cannot load font %s", path.name)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in _families:
                _families.append(family)
    return list(_families)


def ui_font(point_size: float = BASE_POINT_SIZE, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    """Vazirmatn at *point_size* and *weight*."""
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(point_size)
    font.setWeight(weight)
    return font


STYLESHEET = f"""
QMainWindow, QDialog {{ background: {BACKGROUND}; }}
QListWidget#navigation {{
    background: {SURFACE}; border: none;
    padding: 6px 4px; outline: 0;
}}
QListWidget#navigation::item {{ padding: 7px 10px; border-radius: 6px; margin: 1px 2px; }}
QListWidget#navigation::item:selected {{ background: {ACCENT_LIGHT}; color: {ACCENT}; }}
QListWidget#navigation::item:hover:!selected {{ background: #eef2f5; }}
QFrame#card {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 8px; }}
QLabel#cardNumber {{ color: {ACCENT}; font-size: 22pt; font-weight: 700; }}
QLabel#cardNumber[alert="true"] {{ color: {DANGER}; }}
QLabel#cardTitle {{ color: {MUTED}; }}
QLabel#sectionTitle {{ font-size: 14pt; font-weight: 700; }}
QLabel#fieldError {{ color: {DANGER}; }}
QLabel#muted {{ color: {MUTED}; }}
QGroupBox {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 8px;
             margin-top: 14px; padding: 8px 6px 6px 6px; font-weight: 600; }}
QGroupBox::title {{ subcontrol-origin: margin; padding: 0 8px; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QPlainTextEdit[invalid="true"],
QTextEdit[invalid="true"] {{
    border: 1px solid {DANGER}; border-radius: 3px;
}}
QTableView {{ background: {SURFACE}; gridline-color: #eaecf0;
              selection-background-color: {ACCENT_LIGHT}; selection-color: #101828; }}
QHeaderView::section {{ background: #f9fafb; border: none; border-bottom: 1px solid {BORDER};
                        padding: 4px 6px; font-weight: 600; }}
QStatusBar {{ color: {MUTED}; }}
"""


def apply_theme(app: QApplication) -> None:
    """Fusion style, Vazirmatn, a light palette with the office's accent, the style sheet."""
    if app.property("peyvandTheme"):
        return  # once per application: re-polishing every widget again is wasted work
    app.setProperty("peyvandTheme", True)
    families = load_fonts()
    if FONT_FAMILY not in families:
        log.warning("%s not loaded; falling back to the system font", FONT_FAMILY)
    app.setStyle("Fusion")
    app.setFont(ui_font())
    palette = app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
    palette.setColor(QPalette.ColorRole.Base, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f9fafb"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffe8"))
    app.setPalette(palette)
    app.setStyleSheet(STYLESHEET)
