"""The one place where the window's language is set: translators, direction, locale.

:func:`apply_language` installs Qt's own Persian translations (``qtbase_fa.qm`` from Qt's
translations folder) and every ``resources/translations/*_fa.qm`` (each engineer's part of
the window has its own file), sets the application's layout direction (right-to-left for
Persian), the default ``QLocale`` (so ``QCollator`` and number formatting follow the
language) and the domain layer's message language. Called again at run time, it swaps the
translators; Qt then sends every widget a ``LanguageChange`` event and the sections
retranslate themselves (:meth:`desktop_app.ui.section.Section.retranslate`).

Source strings are English, so English needs no translator but for its plurals
(``plurals_en.qm``, which ``python tools/translations.py update`` keeps). The Qt-free layers
read the same compiled files through :mod:`resources.translations.catalogue`, whose language
:func:`apply_language` sets too (the program's one language switch).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.domain import i18n as domain_i18n
from resources import TRANSLATIONS_DIR

log = logging.getLogger("peyvand.ui.i18n")

_installed: list[QTranslator] = []
_current = ""
_loaded: list[str] = []

QT_CATALOGUES = ("qtbase",)


if TYPE_CHECKING:
    _Widget = QWidget
else:
    _Widget = object


class FollowsLanguage(_Widget):
    """Mixin, first among a widget's bases: its ``retranslate()`` runs again when the
    language changes (Qt's LanguageChange event), so each widget need not say so."""

    if TYPE_CHECKING:
        def retranslate(self) -> None: ...

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def locale_for(language: str) -> QLocale:
    """The ``QLocale`` of *language* ('fa' → Persian/Iran, 'en' → English/United States)."""
    if language == "fa":
        return QLocale(QLocale.Language.Persian, QLocale.Country.Iran)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def direction_for(language: str) -> Qt.LayoutDirection:
    """Right-to-left for Persian, left-to-right otherwise."""
    return Qt.LayoutDirection.RightToLeft if language == "fa" else Qt.LayoutDirection.LeftToRight


def current_language() -> str:
    """The language last applied ('' before the first call)."""
    return _current


def apply_language(language: str, *, force: bool = False) -> list[str]:
    """Make *language* ('fa' or 'en') the window's language; return the catalogues loaded.

    Safe to call again: the previous translators are removed first, so widgets receive
    ``LanguageChange`` and retranslate. Asking for the language already in force does
    nothing (unless *force*), so no window retranslates for nothing.
    """
    global _current, _loaded
    language = "en" if language == "en" else "fa"
    if language == _current and not force:
        return list(_loaded)
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("apply_language needs a QApplication")
    # The domain's messages and the locale first, so widgets that retranslate on the
    # LanguageChange below already see the new language.
    domain_i18n.set_language(language)
    QLocale.setDefault(locale_for(language))
    if isinstance(app, QApplication):  # open windows (spin boxes, counts) take it too
        for window in app.topLevelWidgets():
            window.setLocale(QLocale())
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    loaded: list[str] = []
    if language != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name in QT_CATALOGUES:
            translator = QTranslator(app)
            if translator.load(f"{name}_{language}", qt_dir):
                _installed.append(translator)
                loaded.append(name)
            else:
                log.warning("Qt's %s translation for %s not found in %s", name, language, qt_dir)
    # Every language's own catalogues: Persian's, and English's plural forms
    # ("1 record" / "3 records": the English source strings say "%n record(s)").
    for path in sorted(TRANSLATIONS_DIR.glob(f"*_{language}.qm")):
        translator = QTranslator(app)
        if translator.load(str(path)):
            _installed.append(translator)
            loaded.append(path.stem)
        else:
            log.warning("cannot load translation %s", path.name)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
    if isinstance(app, QGuiApplication):
        QGuiApplication.setLayoutDirection(direction_for(language))
    # QApplication posts LanguageChange to the windows; deliver it now, so that when this
    # returns every widget speaks the new language.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    _current = language
    _loaded = list(loaded)
    log.info("language %s (catalogues: %s)", language, ", ".join(loaded) or "none")
    return loaded


def reset_language() -> None:
    """Remove every translator and return to left-to-right source English (tests use this
    to leave the application as they found it)."""
    global _current, _loaded
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    app = QCoreApplication.instance()
    if isinstance(app, QGuiApplication):
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    domain_i18n.set_language("fa")
    _current, _loaded = "", []
