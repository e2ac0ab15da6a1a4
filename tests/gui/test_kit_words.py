"""Every word the record kit shows has its Persian (resources/translations/fill_kit_fa.py)."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def _fill_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "fill_kit_fa", ROOT / "resources" / "translations" / "fill_kit_fa.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _t_strings(path: Path) -> set[str]:
    """The literal strings passed to ``_t(…)`` (and the KnownError titles) in *path*."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("_t", "KnownError"):
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.add(arg.value)
    return found


def test_every_kit_string_has_persian() -> None:
    fill = _fill_module()
    strings = set()
    for path in (ROOT / "desktop_app" / "ui" / "kit").glob("*.py"):
        strings |= _t_strings(path)
    strings = {s for s in strings if " " in s or s[:1].isupper()}  # not the KnownError names
    missing = sorted(s for s in strings if s not in fill.KIT and s not in
                     {"validation", "conflict", "not found", "storage", "refused"})
    assert strings and missing == []
    assert all(fill.contexts()[name] for name in fill.TABS)  # every tab's words found


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
