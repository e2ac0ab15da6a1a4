"""The one bidi rule in every message box (issue 12): each box the program can show, filled
with a Persian name and a Latin code, is laid out by Qt exactly as GNU FriBidi orders it,
the code keeps its own order, the name stays whole, and a quoted name keeps its quotes.

"Every message box" is found in the source: each ``QMessageBox(…)`` and
``QMessageBox.question/warning/information/critical`` call, and each call of the helpers that
open them — ``ui.dialogs.messages`` (``confirm``/``inform``/``warn``, also through the import
screens' ``prompts``) and the record kit's ``ui.kit.dialogs`` (``refuse``, ``ask_reload``,
``confirm_delete``, whose own sentences live in the kit) — whose text is a translated
sentence (``tr``, ``QCoreApplication.translate`` or a module's ``_t``-style helper, possibly
through a variable, ``.replace`` or ``fill``), the words a section adds to a delete question
(``delete_details``), plus every domain and storage message (``translate(ctx, …)`` in
``desktop_app/domain``, ``desktop_app/importing`` and ``db``), which reach the boxes as
``str(exc)``. Each is opened as a real ``QMessageBox`` in both window languages.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from bidi_reference import fribidi_order, fribidi_orders, qt_order, shown
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from desktop_app.domain import i18n
from desktop_app.ui.bidi import message
from desktop_app.ui.i18n import apply_language
from resources.translations.catalogue import translate

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

PROJECT = Path(__file__).resolve().parents[2]
ROOT = PROJECT / "desktop_app"
NAME = "پارک علم و فناوری خراسان"
CODE = "1401-NPC-ISIPO"
PHONE = "+90 312 298 1234"
BOX_CALLS = {"question", "warning", "information", "critical"}
# The helpers that open a message box, and the position of the text they are given (None:
# the helper's own sentence, found in its module, is filled with a name only).
HELPER_CALLS: dict[str, int | None] = {
    "confirm": 2, "inform": 2, "warn": 2, "refuse": 2, "ask_reload": 4, "confirm_delete": 3,
    "ask_unsaved": None,
}
HELPER_OWNERS = ("prompts", "messages", "dialogs", "")


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _translate_helpers(tree: ast.Module) -> dict[str, str]:
    """A module's own lookup helpers (``def _t(text): return translate("Ctx", text)``) and
    the context each translates in."""
    helpers = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and len(node.body) == 1 \
                and isinstance(node.body[0], ast.Return) \
                and isinstance(node.body[0].value, ast.Call):
            call = node.body[0].value
            fname = call.func.attr if isinstance(call.func, ast.Attribute) \
                else getattr(call.func, "id", "")
            if fname == "translate" and call.args and _literal(call.args[0]):
                helpers[node.name] = _literal(call.args[0]) or ""
    return helpers


def _assignments(function: ast.FunctionDef) -> dict[str, ast.AST]:
    """``name = value`` inside *function* (the last one wins)."""
    found: dict[str, ast.AST] = {}
    for sub in ast.walk(function):
        if isinstance(sub, ast.Assign) and len(sub.targets) == 1 \
                and isinstance(sub.targets[0], ast.Name):
            found[sub.targets[0].id] = sub.value
    return found


class _Finder(ast.NodeVisitor):
    """Collects (context, source) of every translated text that reaches a message box."""

    def __init__(self) -> None:
        self.found: set[tuple[str, str]] = set()
        self.calls = 0
        self.classes: list[str] = []
        self.assigned: dict[str, ast.AST] = {}
        self.helpers: dict[str, str] = {}
        self.functions: dict[str, ast.FunctionDef] = {}

    def visit_Module(self, node: ast.Module) -> None:
        self.helpers = _translate_helpers(node)
        self.functions = {n.name: n for n in node.body if isinstance(n, ast.FunctionDef)}
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        if node.name == "delete_details":  # its words join the delete question
            self._function_text(node, depth=0)
        saved, self.assigned = self.assigned, _assignments(node)
        self.generic_visit(node)
        self.assigned = saved

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        owner = getattr(getattr(func, "value", None), "id", "")
        text: ast.AST | None = None
        if (name in BOX_CALLS and owner == "QMessageBox") or name == "QMessageBox":
            self.calls += 1
            text = node.args[2] if len(node.args) >= 3 else None
        elif name in HELPER_CALLS and owner in HELPER_OWNERS and node.args:
            self.calls += 1
            position = HELPER_CALLS[name]
            if position is not None and len(node.args) > position:
                text = node.args[position]
        if text is not None:
            self._templates(text, depth=0)
        self.generic_visit(node)

    def _function_text(self, function: ast.FunctionDef, depth: int) -> None:
        """The sentences a function returns (built in variables, or added with ``+=``)."""
        saved, self.assigned = self.assigned, _assignments(function)
        for sub in ast.walk(function):
            if isinstance(sub, (ast.Return, ast.AugAssign)) and sub.value is not None:
                self._templates(sub.value, depth)
        self.assigned = saved

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
            elif fname in self.helpers and sub.args and _literal(sub.args[0]):
                self.found.add((self.helpers[fname], _literal(sub.args[0]) or ""))
            elif fname in self.functions and fname not in self.helpers:
                # a function of the same module that builds part of the text
                self._function_text(self.functions[fname], depth + 1)
            elif isinstance(sub, ast.Call) and fname not in ("tr", "translate"):
                for arg in sub.args:
                    if isinstance(arg, ast.Name) and arg.id in self.assigned:
                        self._templates(self.assigned[arg.id], depth + 1)
        for sub in ast.walk(node):  # "message + detail + _t(…)": each variable's sentence
            if isinstance(sub, ast.Name) and sub is not node and sub.id in self.assigned:
                self._templates(self.assigned[sub.id], depth + 1)


def _ui_templates() -> tuple[list[tuple[str, str]], int]:
    finder = _Finder()
    for path in sorted([*ROOT.joinpath("ui").rglob("*.py"), ROOT / "app.py"]):
        finder.visit(ast.parse(path.read_text(encoding="utf-8")))
    return sorted(finder.found), finder.calls


def _domain_messages() -> list[tuple[str, str]]:
    """(context, source) of every message the domain, the importer and storage raise."""
    pairs: set[tuple[str, str]] = set()
    folders = (ROOT / "domain", ROOT / "importing", PROJECT / "db")
    for path in sorted(p for folder in folders for p in folder.rglob("*.py")
                       if "migrations" not in p.parts):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "translate" \
                    and len(node.args) >= 2 and all(_literal(a) for a in node.args[:2]):
                pairs.add((_literal(node.args[0]) or "", _literal(node.args[1]) or ""))
    return sorted(pairs)


def _filled(template: str, first: str) -> str:
    """*template* with %1 (or its first ``{name}``) = *first*, %2 = the code, %3… = a phone
    number, as the program fills them in the worst case (a plain replace, nothing isolated)."""
    text = re.sub(r"%L?n\b", "3", template)
    values = {1: first, 2: CODE}
    for number in sorted({int(n) for n in re.findall(r"%(\d+)", text)}, reverse=True):
        text = text.replace(f"%{number}", values.get(number, PHONE))
    for number, field in enumerate(dict.fromkeys(re.findall(r"\{(\w*)[^{}]*\}", text)), 1):
        text = re.sub(r"\{" + field + r"[^{}]*\}", values.get(number, PHONE), text)
    return text


def _cases(language: str) -> Iterator[tuple[str, str]]:
    """(where it comes from, the text of the box) for every box, with a name and a code."""
    templates, _calls = _ui_templates()
    for context, source in templates:
        translated = QCoreApplication.translate(context, source)
        for first in (NAME, CODE):
            yield f"{context}: {source}", _filled(translated, first)
    for context, source in _domain_messages():
        for first in (NAME, CODE):
            yield f"{context}: {source}", _filled(translate(context, source, language=language),
                                                  first)


def _box_text(text: str, rtl: bool) -> tuple[str, QMessageBox]:
    box = QMessageBox(QMessageBox.Icon.Question, "Peyvand", text)
    box.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    box.show()  # the start-up hook applies the rule when the box is shown
    QApplication.processEvents()
    return box.text(), box


def test_the_source_has_message_boxes_to_check(qapp: object) -> None:
    templates, calls = _ui_templates()
    assert calls >= 50 and len(templates) >= 25, (calls, len(templates))
    assert ("Kit", "Delete “%1”? This cannot be undone.") in templates  # the kit's own
    assert ("Kit", "Fields changed: %1.") in templates  # what the other change was
    assert ("PartnersSection", "Its contacts are deleted with it.") in templates
    assert len(_domain_messages()) >= 150


def _line_failures(where: str, line: str, rtl: bool, ours: list[int],
                   reference: list[int]) -> list[str]:
    """What is wrong with one line of a box, Qt's order against FriBidi's ([] when right)."""
    failures = []
    seen = shown(line, ours)
    if ours != reference:
        failures.append(f"{where}\n  Qt:      {seen}\n  FriBidi: {shown(line, reference)}")
    if CODE in line and CODE not in seen:
        failures.append(f"{where}: the code reads {seen!r}")
    if NAME in line and NAME[::-1] not in seen:
        failures.append(f"{where}: the name is broken in {seen!r}")
    for left, right in (("“", "”"), ("«", "»")):
        if f"{left}{NAME}{right}" in line:
            around = f"{right}{NAME[::-1]}{left}" if rtl else f"{left}{NAME[::-1]}{right}"
            if around not in seen:
                failures.append(f"{where}: the quotes stray in {seen!r}")
    return failures


def _census(cases: Iterator[tuple[str, str]], rtl: bool) -> tuple[int, list[str]]:
    """Open each case as a real box; (lines checked, what is wrong in them)."""
    lines: list[tuple[str, str, list[int]]] = []
    box = QMessageBox(QMessageBox.Icon.Question, "Peyvand", "")
    box.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    label = box.findChild(QLabel, "qt_msgbox_label")
    font = label.font() if label is not None else box.font()
    try:
        for where, text in cases:  # one box, shown once per text: the hook runs each time
            box.setText(text)
            box.show()
            QApplication.processEvents()
            for line in box.text().split("\n"):
                if line.strip():
                    lines.append((where, line, qt_order(line, rtl, font)))
            box.hide()
    finally:
        box.deleteLater()
    references = fribidi_orders([line for _where, line, _ours in lines], rtl)
    failures = []
    for (where, line, ours), reference in zip(lines, references, strict=True):
        failures += _line_failures(where, line, rtl, ours, reference)
    return len(lines), failures


@pytest.mark.parametrize("language", ["fa", "en"])
def test_every_message_box_reads_as_fribidi_orders_it(qapp: object, persian: None,
                                                      language: str) -> None:
    apply_language(language)
    i18n.set_language(language)
    try:
        checked, failures = _census(_cases(language), rtl=language == "fa")
    finally:
        i18n.set_language("fa")
    assert checked > 400
    assert not failures, f"{len(failures)} of {checked} lines:\n" + "\n".join(failures[:12])


def test_the_census_fails_on_a_box_that_bypasses_the_rule(qapp: object, persian: None) -> None:
    """A sentence given to a box as rich text skips the rule (the hook leaves markup alone):
    its code reads backwards, and the census says so."""
    apply_language("fa")
    text = f"<p>شمارهٔ {CODE} برای «{NAME}» ثبت شد.</p>"
    box = QMessageBox(QMessageBox.Icon.Information, "Peyvand", text)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.show()
    QApplication.processEvents()
    line = re.sub(r"<[^>]+>", "", box.text())
    box.close()
    failures = _line_failures("rich text", line, True, qt_order(line, True, QFont()),
                              fribidi_order(line, True))
    assert any("the code reads" in f for f in failures)
    checked, failures = _census(iter([("plain", text[3:-4])]), rtl=True)
    assert checked == 1 and failures == []  # the same sentence through the rule reads right


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
