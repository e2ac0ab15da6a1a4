"""The one catalogue of words, read without Qt: the compiled ``*_{language}.qm`` files.

The window translates through Qt's ``QTranslator`` (``desktop_app.ui.i18n``); the layers that
must not import Qt — storage (``db``), reports, the domain, the importer, sync and the command
line — look their messages up here, in the very same compiled files. Sources mark a message as
Qt's tools expect, so that ``pyside6-lupdate`` (``python tools/translations.py update``) finds
it and Qt Linguist edits it::

    translate("domain.mous", "The title is required.")
    translate("cli.basic", "backup written to {path}").format(path=info.path)
    translate("domain.imports", "%n row(s) skipped", None, count)
    HEADINGS = {"summary": QT_TRANSLATE_NOOP("Reports", "Summary")}  # looked up later

The source text is English; a language without a translation (English) gets the source back,
but for ``%n`` messages, whose English singular and plural come from ``plurals_en.qm``.

A ``.qm`` file is read once per language, on the first message asked in it (a few
milliseconds for the whole catalogue; ``bench``-free: the unit tests time it against a
``json`` read of the same messages). The format is Qt's (``qtbase/src/corelib/kernel/
qtranslator.cpp``): a 16-byte magic number, then tagged blocks; the ``Messages`` block holds,
per message, its translations (UTF-16BE), source, context and comment (UTF-8).
"""

from __future__ import annotations

import re
import struct
import threading
from pathlib import Path
from typing import NamedTuple

TRANSLATIONS_DIR = Path(__file__).resolve().parent
LANGUAGES = ("fa", "en")

_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_BLOCK_MESSAGES = 0x69
_TAG_END, _TAG_TRANSLATION, _TAG_OBSOLETE1 = 1, 3, 5
_TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT = 6, 7, 8
_TAG_SOURCE16, _TAG_CONTEXT16 = 2, 4
_NULL = 0xFFFFFFFF

Key = tuple[str, str, str]  # (context, source, comment)

_language = "fa"
_catalogues: dict[str, dict[Key, tuple[str, ...]]] = {}
_lock = threading.Lock()


class Message(NamedTuple):
    """A message marked for the catalogue and looked up later (:func:`QT_TRANSLATE_NOOP`)."""

    context: str
    source: str

    def text(self, language: str | None = None) -> str:
        """The message in *language* (default: the current language)."""
        return translate(self.context, self.source, language=language)


def set_language(language: str) -> None:
    """Choose 'fa' or 'en' for every message produced from now on, in every layer.

    This is the program's one language switch: ``desktop_app.ui.i18n.apply_language`` calls
    it beside installing Qt's translators, the command line calls it for ``--lang``.
    """
    global _language
    _language = "en" if language == "en" else "fa"


def language() -> str:
    """The current language of messages, 'fa' or 'en'."""
    return _language


def QT_TRANSLATE_NOOP(context: str, source: str) -> Message:
    """Mark *source* for the catalogue under *context*; translate it later with ``.text()``."""
    return Message(context, source)


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1,
              *, language: str | None = None) -> str:
    """*source* of *context* in *language* (default: the current one), as Qt's
    ``QCoreApplication.translate`` would give it; ``%n`` becomes *n* when *n* >= 0."""
    forms = catalogue(language or _language).get((context, source, disambiguation or ""))
    if forms is None and disambiguation:
        forms = catalogue(language or _language).get((context, source, ""))
    text = source
    if forms:
        text = forms[plural_form(language or _language, n, len(forms))] if n >= 0 else forms[0]
    if n >= 0:
        text = text.replace("%Ln", localized_number(n, language or _language)).replace("%n", str(n))
    return text


_PERSIAN_DIGITS = str.maketrans("0123456789,", "۰۱۲۳۴۵۶۷۸۹٬")


def localized_number(n: int, language: str) -> str:
    """*n* as Qt's ``%Ln`` writes it: grouped, in Persian digits for Persian."""
    text = f"{n:,}"
    return text.translate(_PERSIAN_DIGITS) if language == "fa" else text


def plural_form(language: str, n: int, count: int) -> int:
    """Which of *count* numerus forms Qt picks for *n* in *language* (Persian has one; English
    two: singular for 1)."""
    if count <= 1 or language == "fa":
        return 0
    return 0 if n == 1 else 1


def catalogue(language: str) -> dict[Key, tuple[str, ...]]:
    """Every translated message of *language*, read from ``*_{language}.qm`` once."""
    found = _catalogues.get(language)
    if found is not None:
        return found
    with _lock:
        found = _catalogues.get(language)
        if found is None:
            found = {}
            for path in sorted(TRANSLATIONS_DIR.glob(f"*_{language}.qm")):
                for key, forms in read_qm(path.read_bytes()).items():
                    found.setdefault(key, forms)
            _catalogues[language] = found
    return found


def forget() -> None:
    """Drop the catalogues read so far (after ``tools/translations.py compile``)."""
    with _lock:
        _catalogues.clear()


def read_qm(data: bytes) -> dict[Key, tuple[str, ...]]:
    """The messages of a compiled Qt translation file: (context, source, comment) → forms.

    Raises ``ValueError`` for a file that is not a ``.qm``.
    """
    if not data.startswith(_MAGIC):
        raise ValueError("not a Qt translation (.qm) file")
    pos = len(_MAGIC)
    messages = b""
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
        pos += 5
        if tag == _BLOCK_MESSAGES:
            messages = data[pos:pos + length]
        pos += length
    out: dict[Key, tuple[str, ...]] = {}
    forms: list[str] = []
    source = context = comment = ""
    pos = 0
    while pos < len(messages):
        tag = messages[pos]
        pos += 1
        if tag == _TAG_END:
            if forms:
                out[(context, source, comment)] = tuple(forms)
            forms, source, context, comment = [], "", "", ""
            continue
        if tag == _TAG_OBSOLETE1:
            pos += 4
            continue
        length = struct.unpack_from(">I", messages, pos)[0]
        pos += 4
        if length == _NULL:
            chunk = b""
            length = 0
        else:
            chunk = messages[pos:pos + length]
        pos += length
        if tag == _TAG_TRANSLATION:
            forms.append(chunk.decode("utf-16-be"))
        elif tag == _TAG_SOURCE:
            source = chunk.decode("utf-8")
        elif tag == _TAG_CONTEXT:
            context = chunk.decode("utf-8")
        elif tag == _TAG_COMMENT:
            comment = chunk.decode("utf-8")
        elif tag in (_TAG_SOURCE16, _TAG_CONTEXT16):
            text = chunk.decode("utf-16-be")
            if tag == _TAG_SOURCE16:
                source = text
            else:
                context = text
        else:
            raise ValueError(f"unknown tag {tag:#x} in a .qm file")
    return out


PLACEHOLDER = re.compile(r"%L?n|%\d+|\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|\{\d*\}")


def placeholders(text: str) -> list[str]:
    """The place markers of a message (``%n``, ``%1``, ``{name}``), sorted: a translation
    must keep the same ones as its source."""
    found = PLACEHOLDER.finditer(text.replace("{{", "").replace("}}", ""))
    return sorted(m.group(0).replace("%Ln", "%n").split(":")[0].split("!")[0].rstrip("}")
                  for m in found)
