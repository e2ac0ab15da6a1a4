"""The one bidi rule in every message box (issue 12): each box the program can show, filled
with a Persian name and a Latin code, is laid out by Qt exactly as GNU FriBidi orders it,
the code keeps its own order, the name stays whole, and a quoted name keeps its quotes.

"Every message box" is found in the source: each ``QMessageBox.question/warning/
information/critical`` call and each call of the message helpers (``prompts`` of the
import screens, ``ui.dialogs.messages``) whose text is a translated sentence (``tr``,
``QCoreApplication.translate``, possibly through a variable, ``.replace`` or ``fill``),
plus every domain message (``i18n.tr(english, persian)``), which reach the boxes as
``str(exc)``. Each is opened as a real ``QMessageBox`` in both window languages.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from bidi_reference import fribidi_order, qt_order, shown
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from desktop_app.domain import i18n
from desktop_app.ui.bidi import message
from desktop_app.ui.i18n import apply_language

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

ROOT = Path(__file__).resolve().parents[2] / "desktop_app"
NAME = "پارک علم و فناوری خراسان"
CODE = "1401-NPC-ISIPO"
PHONE = "+90 312 298 1234"
BOX_CALLS = {"question", "warning", "information", "critical"}
HELPER_CALLS = {"confirm", "inform", "warn"}


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Finder(ast.NodeVisitor):
    """Collects (context, source) of every translated text that reaches a message box."""

    def __init__(self) -> None:
        self.found: set[tuple[str, str]] = set()
        self.calls = 0
        self.classes: list[str] = []
        self.assigned: dict[str, ast.AST] = {}

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        saved, self.assigned = self.assigned, {}
        for sub in ast.walk(node):
            if isinstance(sub, ast.Assign) and len(sub.targets) == 1 \
                    and isinstance(sub.targets[0], ast.Name):
                self.assigned[sub.targets[0].id] = sub.value
        self.generic_visit(node)
        self.assigned = saved

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        owner = getattr(getattr(func, "value", None), "id", "")
        is_box = name in BOX_CALLS and owner == "QMessageBox"
        is_helper = name in HELPER_CALLS and owner in ("prompts", "messages", "")
        if (is_box or is_helper) and len(node.args) >= 3:
            self.calls += 1
            self._templates(node.args[2], depth=0)
        self.generic_visit(node)

    def _templates(self, node: ast.AST, depth: int) -> None:
        if depth > 4:
            return
        if isinstance(node, ast.Name) and node.id in self.assigned:
            self._templates(self.assigned[node.id], depth + 1)
            return
        for sub in ast.walk(node):
            if not isinstance(sub, ast.Call):
                continue
            fn = sub.func
            fname = fn.attr if isinstance(fn, ast.Attribute) else getattr(fn, "id", "")
            if fname == "tr" and sub.args and _literal(sub.args[0]) and self.classes:
                self.found.add((self.classes[-1], _literal(sub.args[0]) or ""))
            elif fname == "translate" and len(sub.args) >= 2 and _literal(sub.args[1]):
                self.found.add((_literal(sub.args[0]) or "", _literal(sub.args[1]) or ""))
            elif isinstance(sub, ast.Call) and fname not in ("tr", "translate"):
                for arg in sub.args:
                    if isinstance(arg, ast.Name) and arg.id in self.assigned:
                        self._templates(self.assigned[arg.id], depth + 1)
        if isinstance(node, ast.BinOp):
            for side in (node.left, node.right):
                if isinstance(side, ast.Name):
                    self._templates(side, depth + 1)


def _ui_templates() -> tuple[list[tuple[str, str]], int]:
    finder = _Finder()
    for path in sorted([*ROOT.joinpath("ui").rglob("*.py"), ROOT / "app.py"]):
        finder.visit(ast.parse(path.read_text(encoding="utf-8")))
    return sorted(finder.found), finder.calls


def _domain_messages() -> list[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for path in sorted(ROOT.joinpath("domain").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "tr" \
                    and len(node.args) == 2 and all(_literal(a) for a in node.args):
                pairs.add((_literal(node.args[0]) or "", _literal(node.args[1]) or ""))
    return sorted(pairs)


def _filled(template: str, first: str) -> str:
    """*template* with %1 = *first*, %2 = the code, %3… = a phone number, as the program
    fills them in the worst case (a plain replace, nothing isolated)."""
    text = re.sub(r"%n\b", "3", template)
    values = {1: first, 2: CODE}
    for number in sorted({int(n) for n in re.findall(r"%(\d+)", text)}, reverse=True):
        text = text.replace(f"%{number}", values.get(number, PHONE))
    return text


def _cases(language: str) -> Iterator[tuple[str, str]]:
    """(where it comes from, the text of the box) for every box, with a name and a code."""
    templates, _calls = _ui_templates()
    for context, source in templates:
        translated = QCoreApplication.translate(context, source)
        for first in (NAME, CODE):
            yield f"{context}: {source}", _filled(translated, first)
    for english, persian in _domain_messages():
        for first in (NAME, CODE):
            yield f"domain: {english}", _filled(persian if language == "fa" else english, first)


def _box_text(text: str, rtl: bool) -> tuple[str, QMessageBox]:
    box = QMessageBox(QMessageBox.Icon.Question, "Peyvand", text)
    box.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    box.show()  # the start-up hook applies the rule when the box is shown
    QApplication.processEvents()
    return box.text(), box


def test_the_source_has_message_boxes_to_check(qapp: object) -> None:
    templates, calls = _ui_templates()
    assert calls >= 50 and len(templates) >= 25, (calls, len(templates))
    assert len(_domain_messages()) >= 40


@pytest.mark.parametrize("language", ["fa", "en"])
def test_every_message_box_reads_as_fribidi_orders_it(qapp: object, persian: None,
                                                      language: str) -> None:
    apply_language(language)
    i18n.set_language(language)
    rtl = language == "fa"
    failures: list[str] = []
    checked = 0
    try:
        for where, text in _cases(language):
            box_text, box = _box_text(text, rtl)
            label = box.findChild(QLabel, "qt_msgbox_label")
            font = label.font() if label is not None else box.font()
            for line in box_text.split("\n"):
                if not line.strip():
                    continue
                checked += 1
                ours, reference = qt_order(line, rtl, font), fribidi_order(line, rtl)
                seen = shown(line, ours)
                if ours != reference:
                    failures.append(f"{where}\n  Qt:      {seen}\n  FriBidi: "
                                    f"{shown(line, reference)}")
                if CODE in line and CODE not in seen:
                    failures.append(f"{where}: the code reads {seen!r}")
                if NAME in line and NAME[::-1] not in seen:
                    failures.append(f"{where}: the name is broken in {seen!r}")
                for left, right in (("“", "”"), ("«", "»")):
                    if f"{left}{NAME}{right}" in line:
                        around = f"{right}{NAME[::-1]}{left}" if rtl else f"{left}{NAME[::-1]}{right}"
                        if around not in seen:
                            failures.append(f"{where}: the quotes stray in {seen!r}")
            box.close()
            box.deleteLater()
    finally:
        i18n.set_language("fa")
    assert checked > 150
    assert not failures, f"{len(failures)} of {checked} lines:\n" + "\n".join(failures[:12])


def test_the_helper_and_the_hook_give_the_same_text(qapp: object, persian: None) -> None:
    question = f"Delete “{NAME}” ({CODE})?"
    text, box = _box_text(question, rtl=False)
    assert text == message(question, rtl=False)
    assert message(text, rtl=False) == text  # once only
    box.close()


@pytest.mark.parametrize("language", ["fa", "en"])
def test_a_widgets_tooltip_follows_the_rule(qapp: object, persian: None, qtbot: object,
                                            language: str) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QPushButton, QToolTip

    apply_language(language)
    rtl = language == "fa"
    tip = (f"باز کردن «{NAME}» ({CODE})" if rtl else f"Open “{NAME}” ({CODE})")
    button = QPushButton("…")
    button.setToolTip(tip)
    qtbot.addWidget(button)  # type: ignore[attr-defined]
    button.show()
    QCoreApplication.sendEvent(button, QHelpEvent(QEvent.Type.ToolTip, QPoint(2, 2),
                                                  button.mapToGlobal(QPoint(2, 2))))
    text = QToolTip.text()
    assert text == message(tip, rtl)
    assert CODE in shown(text, qt_order(text, rtl))
    assert qt_order(text, rtl) == fribidi_order(text, rtl)
    QToolTip.hideText()
