"""The one bidi rule on labels that show data (issue 12): record headings, detail labels and
the status bar. Every section of the real window opens its records (the demo register has
Latin names, codes such as "1401-NPC-ISIPO", phone numbers and e-mails); every label shown
is laid out by Qt exactly as GNU FriBidi orders it, and every code, phone number, e-mail and
URL in it keeps its own order, in the Persian and in the English window."""

from __future__ import annotations

import re

import pytest
from bidi_reference import fribidi_orders, qt_order, shown
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop_app.ui.bidi import message, plain

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

# Runs that must read in their own order whatever the line around them.
TOKENS = re.compile(
    r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"  # e-mail
    r"|(?:https?://|www\.)[^\s\u2066-\u2069]+"  # URL
    r"|\+?\d[\d ]{5,}\d"  # phone number
    r"|\b[A-Za-z0-9]+(?:[-/][A-Za-z0-9]+)+\b")  # code: 1401-NPC-ISIPO, EAST-1403-02
RECORDS_PER_SECTION = 6


def _labels(root: QWidget) -> list[QLabel]:
    return [label for label in root.findChildren(QLabel)
            if label.isVisibleTo(root) and label.text()
            and label.textFormat() != Qt.TextFormat.RichText and "<" not in label.text()]


def _failures(lines: list[tuple[str, str, bool, list[int]]]) -> list[str]:
    """Each (where, line, rtl, Qt's order) against FriBidi and the tokens' own order."""
    failures = []
    for rtl in (True, False):
        batch = [item for item in lines if item[2] == rtl]
        references = fribidi_orders([line for _w, line, _r, _o in batch], rtl)
        for (where, line, _rtl, ours), reference in zip(batch, references, strict=True):
            seen = shown(line, ours)
            if ours != reference:
                failures.append(f"{where}: Qt {seen!r}, FriBidi {shown(line, reference)!r}")
            for token in TOKENS.findall(plain(line)):
                if token.strip() not in seen:
                    failures.append(f"{where}: {token!r} reads {seen!r}")
    return failures


def _collect(root: QWidget, where: str, out: list[tuple[str, str, bool, list[int]]]) -> None:
    for label in _labels(root):
        rtl = label.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for line in label.text().split("\n"):
            if line.strip() and (TOKENS.search(plain(line)) or any(
                    ch.isdigit() for ch in line)):
                out.append((f"{where} {label.objectName() or type(label).__name__}",
                            line, rtl, qt_order(line, rtl, label.font())))


def _walk_window(window) -> list[tuple[str, str, bool, list[int]]]:  # type: ignore[no-untyped-def]
    lines: list[tuple[str, str, bool, list[int]]] = []
    for section in window.sections:
        section_id = getattr(section, "section_id", type(section).__name__)
        window.show_section(section_id)
        QApplication.processEvents()
        page = getattr(section, "list", None)
        model = getattr(page, "model", None)
        if model is not None and hasattr(section, "open_record"):
            for row in range(min(model.rowCount(), RECORDS_PER_SECTION)):
                record_id = model.id_at(row)
                if record_id is None:
                    continue
                section.open_record(record_id)
                QApplication.processEvents()
                _collect(section, f"{section_id}#{record_id}", lines)
        else:
            _collect(section, section_id, lines)
    bar = window.statusBar()
    _collect(bar, "status bar", lines)
    return lines


@pytest.mark.parametrize("language", ["fa", "en"])
def test_every_label_that_shows_data_follows_the_rule(main_window, language: str) -> None:
    if language == "en":
        main_window.set_language("en")
    lines = _walk_window(main_window)
    headings = [line for where, line, _r, _o in lines if "sectionTitle" in where]
    assert len(lines) > 40 and headings, len(lines)
    failures = _failures(lines)
    assert not failures, f"{len(failures)} of {len(lines)} lines:\n" + "\n".join(failures[:15])


def test_the_label_check_fails_on_a_label_that_breaks_the_rule(qapp: object,
                                                             persian: None) -> None:
    """A Persian heading with a code set as it is: the code reads "NPC-ISIPO-1401"."""
    raw = "تفاهم‌نامهٔ 1401-NPC-ISIPO با پارک"
    host = QWidget()
    host.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    label = QLabel(raw, host)
    label.setObjectName("sectionTitle")
    host.show()
    lines: list[tuple[str, str, bool, list[int]]] = []
    _collect(host, "planted", lines)
    assert any("'1401-NPC-ISIPO' reads" in f for f in _failures(lines))
    label.setText(message(raw, rtl=True))  # the rule
    lines.clear()
    _collect(host, "planted", lines)
    assert lines and _failures(lines) == []
    host.close()


@pytest.mark.parametrize(("text", "seen"), [
    ("شماره ۵۴، ۱۴۰۴/۰۹/۲۵", "۱۴۰۴/۰۹/۲۵ ،۵۴ هرامش"),
    ("شماره 1401-NPC-ISIPO، ۱۴۰۱/۰۶/۱۵", "۱۴۰۱/۰۶/۱۵ ،1401-NPC-ISIPO هرامش"),
    ("تلفن +90 312 298 1234، ایمیل a@b.com", "a@b.com لیمیا ،+90 312 298 1234 نفلت"),
    ("پارک فناوری، تهران (2)", ")2( نارهت ،یروانف کراپ"),
    ("شرکت (ISIPO) ایران", "ناریا )ISIPO( تکرش"),
])
def test_a_run_keeps_to_its_own_value(qapp: object, text: str, seen: str) -> None:
    """A number run ends at the Persian comma (a search hit read "date, number" when the
    comma and the date joined the MoU number's run) and never takes a closing bracket whose
    opening one is the sentence's (a place "تهران (2)" read "تهران ((2")."""
    from desktop_app.ui.bidi import display

    shown_text = display(text)
    assert shown(shown_text, qt_order(shown_text, True)) == seen
    assert shown(shown_text, fribidi_orders([shown_text], True)[0]) == seen
