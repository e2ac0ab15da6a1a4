"""Every word the record kit shows has its Persian in the catalogue (resources/translations)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
KIT = ROOT / "desktop_app" / "ui" / "kit"


def _catalogue() -> dict[tuple[str, str], bool]:
    """(context, source) → whether it has Persian, over every ``*_fa.ts``."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import translations
    finally:
        sys.path.remove(str(ROOT / "tools"))
    found: dict[tuple[str, str], bool] = {}
    for path in translations.persian_ts():
        for entry in translations.read_ts(path)[1]:
            key = (entry.context, entry.source)
            found[key] = found.get(key, False) or entry.finished
    return found


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _messages(path: Path) -> tuple[set[tuple[str, str]], list[str]]:
    """The (context, source) pairs *path* shows, and every lookup lupdate could not read.

    ``_t("…")`` and a ``KnownError`` title are looked up in the "Kit" context; a
    ``translate("Ctx", "…")`` in its own; ``self.tr("…")`` in the enclosing class. Only a
    module's own ``_t`` helper may pass a variable to ``translate``.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[tuple[str, str]] = set()
    unreadable: list[str] = []
    helpers = {id(n) for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "_t"}

    def visit(node: ast.AST, cls: str, in_helper: bool) -> None:
        if isinstance(node, ast.ClassDef):
            cls = node.name
        in_helper = in_helper or id(node) in helpers
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = [_literal(a) for a in node.args]
            where = f"{path.name}:{node.lineno}"
            if name == "translate" and not in_helper:
                if len(args) < 2 or None in args[:2]:
                    unreadable.append(where)
                else:
                    found.add((args[0], args[1]))  # type: ignore[arg-type]
            elif name == "tr" and isinstance(func, ast.Attribute):
                if not args or args[0] is None:
                    unreadable.append(where)
                else:
                    found.add((cls, args[0]))
            elif name == "_t" and args and args[0] is not None:
                found.add(("Kit", args[0]))
            elif name == "KnownError" and len(args) == 3 and args[2] is not None:
                found.add(("Kit", args[2]))
            elif name == "QT_TRANSLATE_NOOP" and len(args) == 2 and None not in args:
                found.add((args[0], args[1]))  # type: ignore[arg-type]
        for child in ast.iter_child_nodes(node):
            visit(child, cls, in_helper)

    visit(tree, "", False)
    return found, unreadable


def test_every_kit_string_has_persian() -> None:
    catalogue = _catalogue()
    shown: set[tuple[str, str]] = set()
    unreadable: list[str] = []
    for path in sorted(KIT.glob("*.py")):
        found, bad = _messages(path)
        shown |= found
        unreadable += bad
    assert unreadable == []  # a word lupdate cannot extract never reaches the catalogue
    assert ("RecordForm", "Save") in shown and ("Kit", "Unsaved changes") in shown
    assert ("Kit", "The register cannot do this now") in shown
    missing = sorted(key for key in shown if not catalogue.get(key))
    assert missing == []


def test_the_census_sees_an_unreadable_lookup(tmp_path: Path) -> None:
    """The rule above fails on the helper that hid the form's words from lupdate."""
    module = tmp_path / "form.py"
    module.write_text(
        "class RecordForm:\n"
        "    def retranslate(self):\n"
        "        def t(text):\n"
        "            return QCoreApplication.translate('RecordForm', text)\n"
        "        self.save_button.setText(t('Save'))\n", encoding="utf-8")
    assert _messages(module)[1] == ["form.py:4"]


def test_the_mou_tabs_speak_persian(ctx, qtbot) -> None:
    from desktop_app.ui.mous.editor import MoUEditor

    editor = MoUEditor(ctx)
    qtbot.addWidget(editor)
    assert editor.parties.up.text() == "بالا"
    assert editor.axes.add.text() != "Add axis"
    assert editor.bodies_tab.add.text() != "Add working group"
    assert editor.related["letters"].add.text() != "Add a letter"
    assert editor.save_button.text() != "Save"


def test_every_form_follows_a_language_switch(main_window) -> None:
    from desktop_app.ui.kit.section import RecordSection

    sections = [s for s in main_window.sections if isinstance(s, RecordSection)]
    assert all(s.form.save_button.text() == "ذخیره" for s in sections)
    main_window.set_language("en")
    assert all(s.form.save_button.text() == "Save" for s in sections)
    assert main_window.section("letters").form.captions["reference_number"].text() == \
        "Reference no."


def test_a_link_says_what_it_opens_in_both_languages(main_window) -> None:
    """One sentence a linked entity, declared in the kit; a link that means more says so."""
    letters, actions = main_window.section("letters").form, main_window.section("actions").form
    assert letters.mou.open_button.toolTip() == "باز کردن تفاهم‌نامه"
    assert actions.mission.open_button.toolTip() == "باز کردن هاب این مأموریت"
    main_window.set_language("en")
    assert letters.body.open_button.toolTip() == "Open this body's MoU"
    assert actions.mission.open_button.toolTip() == "Open the mission's hub"
    assert main_window.section("hubs").form.host.open_button.toolTip() == "Open the host park"


def test_a_date_range_filter_names_itself_in_both_languages(main_window) -> None:
    from desktop_app.ui.sections.filters import Caption

    def captions(section: str) -> list[str]:
        return [c.text() for c in main_window.section(section).list.findChildren(Caption)]

    assert captions("letters") == ["از", "تا"] and captions("actions") == ["مهلت از", "تا"]
    main_window.set_language("en")
    assert captions("meetings") == ["From", "to"] and captions("actions") == ["Due from", "to"]


def test_the_shared_widgets_follow_a_language_switch(main_window) -> None:
    """A section's list retranslates through the FollowsLanguage mixin, both ways."""
    letters = main_window.section("letters")
    persian = letters.list.search.placeholderText()
    main_window.set_language("en")
    assert letters.list.search.placeholderText() == "Search… (Ctrl+F)" != persian
    main_window.set_language("fa")
    assert letters.list.search.placeholderText() == persian
