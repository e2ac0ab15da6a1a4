"""Every word the code shows reaches the catalogue: no lookup hides its text from lupdate, and
the kit's catalogue (``kit_fa.ts``) is kept by ``update`` and judged by ``check`` like the rest.
"""

from __future__ import annotations

import ast
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


@pytest.fixture(scope="module")
def translations() -> Iterator[object]:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import translations as module
        yield module
    finally:
        sys.path.remove(str(ROOT / "tools"))


def _is_text(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _wrappers(tree: ast.Module) -> set[str]:
    """Names that look a *variable* up in the catalogue: module functions that pass their
    argument to ``translate``/``tr``, and local names bound to ``self.tr`` or ``translate``."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                        and call.func.attr in ("translate", "tr")
                        and any(isinstance(a, ast.Name) for a in call.args[:2])):
                    found.add(node.name)
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute)
                and node.value.attr in ("tr", "translate")):
            found |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return found


def unreadable_lookups(path: Path, aliases: set[str]) -> list[str]:
    """Every call in *path* that hands a literal word to a wrapper lupdate is not told about
    (so the word never reaches the catalogue and shows in English in the Persian window)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrappers = _wrappers(tree) - aliases
    return [f"{path.name}:{node.lineno}: {node.func.id}({node.args[0].value!r})"  # type: ignore[attr-defined]
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in wrappers and node.args and _is_text(node.args[0])]


def test_no_word_is_hidden_from_lupdate(translations) -> None:
    offenders: list[str] = []
    for path in translations.sources():
        alias = translations.TR_ALIASES.get(translations.catalogue_of(path))
        offenders += unreadable_lookups(path, {alias[0]} if alias else set())
    assert offenders == []


def test_the_census_sees_a_private_helper(tmp_path: Path) -> None:
    """The rule above fails on the helper that kept four import-undo words English."""
    module = tmp_path / "undo.py"
    module.write_text(
        "def _tr(text):\n"
        "    return QCoreApplication.translate('ImportUndo', text)\n"
        "title = _tr('Undo import')\n"
        "def retranslate(self):\n"
        "    t = self.tr\n"
        "    self.add.setText(t('Add a letter'))\n", encoding="utf-8")
    assert unreadable_lookups(module, set()) == [
        "undo.py:3: _tr('Undo import')", "undo.py:6: t('Add a letter')"]
    assert unreadable_lookups(module, {"_tr", "t"}) == []


def test_the_kit_is_a_catalogue_update_keeps(translations) -> None:
    kit = ROOT / "desktop_app" / "ui" / "kit"
    assert {translations.catalogue_of(p) for p in kit.glob("*.py")} == {"kit"}
    assert translations.TR_ALIASES["kit"] == ("_t", "Kit")


def test_check_reports_a_kit_word_without_persian_and_an_obsolete_one(
        translations, tmp_path: Path) -> None:
    for path in TRANSLATIONS.glob("*.ts"):
        shutil.copy(path, tmp_path / path.name)
    kit = tmp_path / "kit_fa.ts"
    text = kit.read_text(encoding="utf-8")
    shown = "<source>Unsaved changes</source>"
    start = text.index(shown)
    end = text.index("</translation>", start) + len("</translation>")
    text = text[:start] + shown + '<translation type="unfinished" />' + text[end:]
    text = text.replace("<name>Kit</name>", "<name>Kit</name><message><source>A word no code "
                        "shows</source><translation>واژه‌ای که هیچ کدی نشان نمی‌دهد</translation>"
                        "</message>", 1)
    kit.write_text(text, encoding="utf-8")
    found = [line for line in translations.problems(tmp_path) if line.startswith("kit_fa.ts")]
    assert "kit_fa.ts: [Kit] 'Unsaved changes' has no Persian" in found
    assert "kit_fa.ts: no longer in the sources (run update): [Kit] 'A word no code shows'" \
        in found
    assert len(found) == 2, found


def test_one_persian_word_for_an_import(translations) -> None:
    """"ورود" (as the wizard says it) everywhere, never the coined "درون‌بُرد"; and every
    message about an import says it so in Persian."""
    coined = ("درون‌بُرد", "درون‌برد", "درونبرد", "درون برد")
    mixed: list[str] = []
    about_imports = 0
    for path in translations.persian_ts():
        for entry in translations.read_ts(path)[1]:
            persian = " ".join(entry.forms)
            if any(word in persian for word in coined):
                mixed.append(f"{path.name}: {entry.source!r}")
            if " import" in f" {entry.source.lower()}" and "ورود" in persian:
                about_imports += 1
    assert mixed == []
    assert about_imports >= 20
