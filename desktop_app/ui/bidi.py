"""Cells whose text runs against the window's direction: laid out, aligned and cut in their own.

A Persian title in the English window (or a Latin name in the Persian one) drawn in the
window's direction is cut at the wrong end and its ellipsis lands on the wrong side. Each
cell here takes the direction of its text's first strong character, as Excel and browsers
do for "auto" text. :func:`install` puts the delegate on every item view of the application
that still has Qt's default delegate (views with their own delegates — progress bars,
combos — keep them), once, at start-up.

The same start-up hook keeps combo boxes from asking for the width of their longest item
(a list of MoU titles would otherwise push a form wider than its pane): they take a sensible
minimum and grow with the layout, showing long items in full in their popups.

**The one bidi rule** for text the window shows (cells, combo items, labels, message boxes,
tooltips): :func:`display` returns the text with the runs of the other direction isolated
(Unicode LRI/RLI/FSI … PDI), so a Latin name, a code such as "1401-NPC-ISIPO", a phone
number "+90 312 298 1234", an e-mail or a URL keeps its own order inside a Persian line, and
a Persian name keeps its place (and its quotes and question mark) inside an English one.
:func:`paragraph_direction` decides a text's direction from its first strong character,
skipping e-mails, URLs and codes, so a Persian rejection reason that starts with an e-mail
is still a right-to-left line. :func:`message` is the rule for a message box's or a
label's text (every message box gets it when shown, through :func:`install`, and
:mod:`desktop_app.ui.dialogs.messages` is the one helper that opens them). :func:`fill` puts values into a translated sentence
("Delete “%1”?") each as an isolated run. Table cells get :func:`display` from the delegate
below; combo fillers, labels and message helpers call it themselves.
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

COMBO_MIN_CHARACTERS = 14

_RTL = {"R", "AL"}
# Punctuation of the Persian sentence that is not a strong letter (the Arabic comma is a
# common separator, bidi class CS): it never belongs to a Latin or number run.
_RTL_PUNCTUATION = frozenset("\u060c")

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
_CONTROLS = frozenset("\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e\u200e\u200f")

# Runs whose own letters must not decide a line's direction (a reason that starts with an
# e-mail is still a Persian sentence): e-mails, URLs, codes like 1401-NPC-ISIPO.
_TOKENS = re.compile(
    r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
    r"|(?:https?://|www\.)\S+"
    r"|\b[A-Z0-9]+(?:[-/][A-Z0-9]+)+\b")
# What may stay at the end of an isolated run: letters, digits, closing marks of the run's
# own script (". )" after "Co., Ltd"); a trailing space, dash or opening quote belongs to
# the sentence around it.
_TRAILING_NEUTRALS = " \t\u00a0-–—:;,،؛«»“”„\"'‹›([{"


def _strong(ch: str) -> str:
    kind = unicodedata.bidirectional(ch)
    if kind in _RTL:
        return "R"
    return "L" if kind == "L" else ""


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of *text*'s first strong character, or ``None`` when it has none."""
    for ch in text:
        kind = _strong(ch)
        if kind:
            return Qt.LayoutDirection.RightToLeft if kind == "R" else Qt.LayoutDirection.LeftToRight
    return None


def paragraph_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction a line of *text* reads in: its first strong character outside e-mails,
    URLs and codes (those decide only when nothing else does); ``None`` without any."""
    outside = _TOKENS.sub(" ", text)
    return text_direction(outside) or text_direction(text)


def has_rtl(text: str) -> bool:
    """True when *text* holds a Persian/Arabic/Hebrew letter."""
    return any(unicodedata.bidirectional(ch) in _RTL for ch in text)


def _ends_rtl_run(ch: str) -> bool:
    """True when *ch* may close a right-to-left run inside a left-to-right sentence: a
    Persian/Arabic letter, a mark on it, or an Arabic-Indic or Persian digit."""
    return unicodedata.bidirectional(ch) in ("R", "AL", "AN", "NSM") or (
        "\u06f0" <= ch <= "\u06f9" or "\u0660" <= ch <= "\u0669")


_PAIRS = {")": "(", "]": "[", "}": "{"}


def _unpaired_closer(text: str, start: int, stop: int) -> int:
    """Where the run ``text[start:stop]`` must end so that it takes no closing bracket whose
    opening one is outside it ("تهران (2)": the run is "2", the brackets the sentence's)."""
    opened: list[str] = []
    for k in range(start, stop):
        ch = text[k]
        if ch in "([{":
            opened.append(ch)
        elif ch in _PAIRS:
            if not opened or opened[-1] != _PAIRS[ch]:
                return k
            opened.pop()
    return stop


def _isolate_runs(text: str, base_rtl: bool) -> str:
    """Wrap every run of the direction opposite to *base_rtl* in an isolate."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        kind = unicodedata.bidirectional(ch)
        starts = (kind == "L" or (kind in ("EN", "AN") and base_rtl)
                  or (ch == "+" and i + 1 < n and text[i + 1].isdigit())) if base_rtl \
            else kind in _RTL
        if not starts:
            out.append(ch)
            i += 1
            continue
        j = i + 1
        while j < n and text[j] != "\n":
            k = unicodedata.bidirectional(text[j])
            if (k in _RTL or text[j] in _RTL_PUNCTUATION) if base_rtl else (k == "L"):
                break  # a Persian comma ends the run: "شماره ۵۴، ۱۴۰۴/۰۹/۲۵" is two values
            j += 1
        end = _unpaired_closer(text, i, j)
        while end > i + 1 and text[end - 1] in _TRAILING_NEUTRALS:
            end -= 1
        if not base_rtl:  # a Persian run keeps no Latin-side punctuation ("?" and "”" stay
            # out) and no ASCII number after it: "“name” (1401-NPC)" is the sentence's own
            while end > i + 1 and not _ends_rtl_run(text[end - 1]):
                end -= 1
        out.append((LRI if base_rtl else RLI) + text[i:end] + PDI)
        i = end
    return "".join(out)


def display(text: str) -> str:
    """*text* as the window shows it: each run of the other direction an isolated run, and
    the whole an isolate of its own direction (so it reads the same in either window).

    Text that already holds bidi controls is returned as it is (the caller placed them).
    """
    if not text or any(ch in _CONTROLS for ch in text):
        return text
    direction = paragraph_direction(text)
    if direction is None:
        if not any(unicodedata.bidirectional(ch) in ("EN", "AN") for ch in text):
            return text  # punctuation alone ("—") reads the same either way
        return LRI + text + PDI  # "+90 312 298 1234", "1404/09/25"
    rtl = direction == Qt.LayoutDirection.RightToLeft
    if rtl:
        inner = _isolate_runs(text, base_rtl=True) if any(_strong(c) == "L" for c in text) \
            or any(unicodedata.bidirectional(c) == "EN" for c in text) else text
        return RLI + inner + PDI
    inner = _isolate_runs(text, base_rtl=False) if has_rtl(text) else text
    return LRI + inner + PDI


def sentence(text: str, rtl: bool | None = None) -> str:
    """A translated sentence as the window shows it: read in the window's direction (or
    *rtl*'s) even when it starts with a Latin word ("Enter …" in Persian), its runs of the
    other direction isolated."""
    if not text:
        return text
    if rtl is None:
        rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return ("\u200f" if rtl else "\u200e") + _isolate_outside(text, base_rtl=rtl)


_OPENERS = frozenset((LRI, RLI, FSI))
_EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")  # LRE, RLE, LRO, RLO (closed by PDF)


def _isolate_outside(text: str, base_rtl: bool) -> str:
    """:func:`_isolate_runs` over the parts of *text* outside the isolates (and embeddings)
    it already holds: a translator's isolated placeholder (“\u2068%1\u2069”) or a direction
    mark (“\u200e.csv”) leaves the rest of the sentence under the rule, so a value filled
    in beside it is still isolated."""
    if not any(ch in _CONTROLS for ch in text):
        return _isolate_runs(text, base_rtl)
    out: list[str] = []
    plain_start = i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in _OPENERS or ch in _EMBEDDINGS:
            closer = PDI if ch in _OPENERS else "\u202c"
            depth, j = 1, i + 1
            while j < n and depth:
                if text[j] == ch or (text[j] in _OPENERS and ch in _OPENERS):
                    depth += 1
                elif text[j] == closer:
                    depth -= 1
                j += 1
            out.append(_isolate_runs(text[plain_start:i], base_rtl))
            out.append(text[i:j])  # kept as the caller placed it
            plain_start = i = j
            continue
        i += 1
    out.append(_isolate_runs(text[plain_start:], base_rtl))
    return "".join(out)


def message(text: str, rtl: bool | None = None) -> str:
    """The text of a message box or a label: every line a :func:`sentence` of the window's
    direction (or *rtl*'s), so a quoted Persian name keeps its quotes and the question mark
    in an English question, and a Latin code, phone or e-mail keeps its own order inside a
    Persian one. Idempotent: a text already passed through is returned as it is."""
    if not text:
        return text
    if rtl is None:
        rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    mark = "\u200f" if rtl else "\u200e"
    return "\n".join(line if not line or line.startswith(mark) else sentence(line, rtl)
                     for line in text.split("\n"))


def isolate(value: object) -> str:
    """*value* as one first-strong isolate (FSI…PDI), for a name put into a sentence."""
    text = str(value)
    if not text:
        return text
    return FSI + display(text) + PDI if not text.startswith((FSI, LRI, RLI)) else text


def fill(template: str, *values: object) -> str:
    """A translated *template* with ``%1``, ``%2`` … replaced by *values*, each isolated.

    Replaced from the highest number down, so "%1" never eats the start of "%10".
    """
    text = template
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", isolate(values[number - 1]))
    return text


def plain(text: str) -> str:
    """*text* without the bidi controls :func:`display` adds (for tests and copying)."""
    return "".join(ch for ch in text if ch not in _CONTROLS)


class BidiItemDelegate(QStyledItemDelegate):
    """The default delegate, with each cell laid out in its own text's direction."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if not option.text:
            return
        direction = paragraph_direction(option.text)
        if direction is None and display(option.text) != option.text:
            direction = Qt.LayoutDirection.LeftToRight  # a phone number, a date
        if direction is not None:
            option.direction = direction
        option.text = display(option.text)


    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,
                  option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        """A cell cut off with "…" shows its whole text as a tooltip (when the model gives
        it none of its own)."""
        if event is not None and event.type() == QEvent.Type.ToolTip and index.isValid() \
                and not index.data(Qt.ItemDataRole.ToolTipRole):
            full = self.cut_off_text(option, index)
            if full:
                QToolTip.showText(event.globalPos(), full, view)
                return True
        return super().helpEvent(event, view, option, index)

    def cut_off_text(self, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> str:
        """The cell's whole text when it does not fit its column, else ``""``."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if not opt.text:
            return ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, opt.widget) + 1
        needed = max(opt.fontMetrics.horizontalAdvance(line) for line in opt.text.split("\n"))
        return opt.text if needed + 2 * margin > rect.width() else ""


def apply_to_message_box(box: QMessageBox) -> None:
    """Pass a message box's text and informative text through :func:`message` (once)."""
    rtl = box.layoutDirection() == Qt.LayoutDirection.RightToLeft
    for get, put in ((box.text, box.setText), (box.informativeText, box.setInformativeText)):
        text = get()
        if text and box.textFormat() != Qt.TextFormat.RichText and "<" not in text:
            shown = message(text, rtl)
            if shown != text:
                put(shown)


_WATCHED = frozenset((QEvent.Type.Show, QEvent.Type.ToolTip, QEvent.Type.Polish))


class _Installer(QObject):
    """Gives every new item view the bidi delegate, every combo a modest width, when
    polished, every message box the one bidi rule for its text and every file dialog its
    paths left to right, when shown, and every widget's tooltip the rule, when shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()  # read once: every event of the application passes here
        if kind not in _WATCHED:
            return False
        if kind == QEvent.Type.Show and isinstance(watched, QMessageBox):
            apply_to_message_box(watched)
            return False
        if kind == QEvent.Type.ToolTip and isinstance(watched, QWidget) \
                and not isinstance(watched, QAbstractItemView) and watched.toolTip() \
                and isinstance(event, QHelpEvent) and "<" not in watched.toolTip():
            # a widget's own tooltip, under the same rule (cells have the delegate's)
            QToolTip.showText(event.globalPos(), message(watched.toolTip()), watched)
            return True
        if kind == QEvent.Type.Show and isinstance(watched, QFileDialog):
            from desktop_app.ui.file_dialogs import paths_left_to_right

            paths_left_to_right(watched)
            return False
        if kind != QEvent.Type.Polish:
            return False
        if isinstance(watched, QAbstractItemView):
            if type(watched.itemDelegate()) is QStyledItemDelegate:
                watched.setItemDelegate(BidiItemDelegate(watched))
        elif isinstance(watched, QComboBox) and (
                watched.sizeAdjustPolicy() == QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow):
            watched.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            watched.setMinimumContentsLength(COMBO_MIN_CHARACTERS)
            view = watched.view()
            if view is not None:  # the open list still shows each item in full
                view.setTextElideMode(Qt.TextElideMode.ElideNone)
        return False


_installer: _Installer | None = None


def install(app: QApplication) -> None:
    """Install the delegate for every item view of *app* (idempotent)."""
    global _installer
    if _installer is None:
        _installer = _Installer(app)
        app.installEventFilter(_installer)
