"""Keep Peyvand's one catalogue of words: the Qt ``.ts`` files in ``resources/translations``.

Every message a person sees — window, domain, storage errors, command line, reports — is an
English source string in the code, marked so that ``pyside6-lupdate`` finds it (``self.tr``,
``QCoreApplication.translate``, ``translate("context", …)``, ``QT_TRANSLATE_NOOP``), and its
Persian lives in one ``*_fa.ts`` file (edit it with Qt Linguist or by hand). The window reads
the compiled ``.qm`` through ``QTranslator``; the Qt-free layers through
:mod:`resources.translations.catalogue`.

    python tools/translations.py update    # lupdate the sources into the .ts (keeps translations)
    python tools/translations.py check     # fail naming every message without Persian, every
                                           # %n message without English plurals, every .ts the
                                           # sources have outgrown and every stale .qm
    python tools/translations.py compile   # lrelease every .ts into its .qm
    python tools/translations.py absorb resources/translations/fill_x_fa.py …
                                           # move a Python dict of Persian (or another .ts) in
    python tools/translations.py pairs FILE.py …
                                           # rewrite tr("english", "persian") pairs as catalogue
                                           # messages and put their Persian in the .ts

After merging branches that still carry ``fill_*_fa.py`` scripts or ``tr(en, fa)`` pairs:
``update``, ``absorb`` the scripts (then delete them), ``pairs`` the modules, ``compile``,
``check``.
"""

from __future__ import annotations

import argparse
import ast
import fnmatch
import io
import re
import shutil
import subprocess
import sys
import tempfile
import tokenize
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeAlias

ROOT = Path(__file__).resolve().parents[1]
Tree: TypeAlias = "ET.ElementTree[ET.Element]"  # a parsed .ts


def _root(tree: Tree) -> ET.Element:
    """The root element of a parsed ``.ts`` (there always is one)."""
    root = tree.getroot()
    assert root is not None
    return root
TRANSLATIONS = ROOT / "resources" / "translations"
PLURALS_EN = "plurals_en"
SOURCE_ROOTS = ("desktop_app", "db", "reports")

# Which catalogue (``<name>_fa.ts``) holds the messages of which source files: the first
# pattern that matches a file's path (relative to the project, with "/") wins.
CATALOGUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("about", ("desktop_app/ui/dialogs/about.py",)),
    ("imports", ("desktop_app/ui/imports/*",)),
    ("mous", ("desktop_app/ui/mous/*", "desktop_app/ui/sections/mous.py",
              "desktop_app/ui/widgets/attachments.py", "desktop_app/ui/widgets/history.py")),
    ("records", ("desktop_app/ui/records/*", "desktop_app/ui/sections/hubs.py",
                 "desktop_app/ui/sections/meetings.py", "desktop_app/ui/sections/actions.py",
                 "desktop_app/ui/sections/letters.py", "desktop_app/ui/sections/events.py")),
    ("reports", ("desktop_app/ui/sections/reports.py", "desktop_app/ui/pdf_preview.py",
                 "reports/*")),
    ("sync", ("desktop_app/ui/sync/*", "desktop_app/sync/*")),
    ("storage", ("desktop_app/ui/dialogs/backups.py", "db/*")),
    ("widgets", ("desktop_app/ui/widgets/*", "desktop_app/ui/context.py")),
    ("kit", ("desktop_app/ui/kit/*",)),
    ("domain", ("desktop_app/domain/*", "desktop_app/importing/*")),
    ("cli", ("desktop_app/cli/*", "main.py", "desktop_app/launch.py", "desktop_app/selftest.py")),
    ("shell", ("desktop_app/*",)),
)
# Helpers lupdate is told to read as ``tr``, and the context they translate in: lupdate files
# such calls under no context, so ``update`` moves them to the helper's (backups.py's ``_t``).
TR_ALIASES: dict[str, tuple[str, str]] = {"storage": ("_t", "Backups"), "kit": ("_t", "Kit")}
# Words whose singular is not "the word without (s)", for the English plural forms.
SINGULAR = {"summaries": "summary", "records": "record", "entries": "entry"}


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (it ships Qt's translation tools)")
    return found


def sources() -> list[Path]:
    """Every Python file whose messages go into the catalogue."""
    files = [ROOT / "main.py"]
    for top in SOURCE_ROOTS:
        files += sorted(p for p in (ROOT / top).rglob("*.py") if "__pycache__" not in p.parts
                        and "migrations" not in p.parts)
    return files


def catalogue_of(path: Path) -> str:
    """The catalogue name of a source file."""
    rel = path.relative_to(ROOT).as_posix()
    for name, patterns in CATALOGUES:
        if any(fnmatch.fnmatch(rel, pattern) for pattern in patterns):
            return name
    return "shell"


def ts_path(name: str, language: str = "fa") -> Path:
    return TRANSLATIONS / f"{name}_{language}.ts"


# ---------------------------------------------------------------------------- the .ts files
@dataclass
class Entry:
    """One message of a ``.ts`` file, as the check and the filling see it."""

    context: str
    source: str
    comment: str
    numerus: bool
    forms: list[str]
    finished: bool
    element: ET.Element


def read_ts(path: Path) -> tuple[Tree, list[Entry]]:
    """A ``.ts`` file and its current (not obsolete) messages."""
    tree = ET.parse(path)
    return tree, read_ts_entries(tree)


def read_ts_entries(tree: Tree) -> list[Entry]:
    """The current messages of a parsed ``.ts``, each holding its element in *tree*."""
    entries = []
    for context in _root(tree).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation", type="unfinished")
            kind = translation.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            numerus = message.get("numerus") == "yes"
            forms = ([f.text or "" for f in translation.iter("numerusform")] if numerus
                     else [translation.text or ""])
            entries.append(Entry(name, message.findtext("source") or "",
                                 message.findtext("comment") or "", numerus, forms,
                                 kind != "unfinished" and all(forms), message))
    return entries


def set_forms(entry: Entry, forms: Sequence[str]) -> None:
    """Give *entry* its translation (one text, or the numerus forms) and mark it finished."""
    translation = entry.element.find("translation")
    assert translation is not None
    for child in list(translation):
        translation.remove(child)
    if entry.numerus:
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = forms[0]
    translation.attrib.pop("type", None)
    entry.forms, entry.finished = list(forms), all(forms)


def write_ts(tree: Tree, path: Path) -> None:
    """Write a ``.ts`` the way every command writes it, so that re-running changes nothing."""
    root = _root(tree)
    for element in root.iter():
        if len(element):
            element.text = None
        element.tail = None
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def _key(entry: Entry) -> tuple[str, str, str]:
    return entry.context, entry.source, entry.comment


def persian_ts() -> list[Path]:
    return sorted(TRANSLATIONS.glob("*_fa.ts"))


def known_translations(paths: Iterable[Path]) -> dict[tuple[str, str, str], list[str]]:
    """Every finished translation of *paths*, by (context, source, comment)."""
    pool: dict[tuple[str, str, str], list[str]] = {}
    for path in paths:
        for entry in read_ts(path)[1]:
            if entry.finished:
                pool.setdefault(_key(entry), entry.forms)
    return pool


# ------------------------------------------------------------------------------- update
def _inheritance(files: Iterable[Path]) -> dict[str, set[str]]:
    """Class name → the names of its subclasses (transitively) among *files*.

    PySide's ``self.tr`` looks a base class's messages up under the subclass's name, so a
    base's messages are copied under every subclass's context.
    """
    bases: dict[str, set[str]] = {}
    for path in files:
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for base in node.bases:
                    base_name = (base.attr if isinstance(base, ast.Attribute)
                                 else getattr(base, "id", ""))
                    if base_name:
                        bases.setdefault(base_name, set()).add(node.name)
    subclasses: dict[str, set[str]] = {}
    for parent in bases:
        seen: set[str] = set()
        todo = list(bases[parent])
        while todo:
            sub = todo.pop()
            if sub not in seen:
                seen.add(sub)
                todo += bases.get(sub, ())
        subclasses[parent] = seen
    return subclasses


def _copy_to_subclasses(tree: Tree, subclasses: dict[str, set[str]]) -> None:
    root = _root(tree)
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    for base, context in list(contexts.items()):
        messages = [m for m in context.iter("message")
                    if m.findtext("translation[@type='obsolete']") is None
                    and m.findtext("translation[@type='vanished']") is None]
        for sub in sorted(subclasses.get(base, ())):
            target = contexts.get(sub)
            if target is None:
                target = ET.SubElement(root, "context")
                ET.SubElement(target, "name").text = sub
                contexts[sub] = target
            have = {(m.findtext("source"), m.findtext("comment")) for m in target.iter("message")}
            for message in messages:
                if (message.findtext("source"), message.findtext("comment")) in have:
                    continue
                copy = ET.SubElement(target, "message", dict(message.attrib))
                for child in message:
                    if child.tag in ("source", "comment"):
                        ET.SubElement(copy, child.tag).text = child.text
                translation = ET.SubElement(copy, "translation", type="unfinished")
                if message.get("numerus") == "yes":
                    ET.SubElement(translation, "numerusform")


def _mark_numerus(tree: Tree) -> None:
    """Make every message whose source says ``%n`` a numerus message.

    lupdate's Python reader marks ``translate(ctx, text, None, n)`` as numerus only when *n*
    is a literal; the message still needs its plural forms (English "1 row" / "3 rows").
    """
    for message in _root(tree).iter("message"):
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes" or not re.search(r"%L?n", source):
            continue
        message.set("numerus", "yes")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation", type="unfinished")
        text, translation.text = translation.text, None
        ET.SubElement(translation, "numerusform").text = text


def _rename_context(tree: Tree, old: str, new: str) -> None:
    """File the messages of context *old* under *new* (merging with what *new* holds)."""
    root = _root(tree)
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    source = contexts.get(old)
    if source is None:
        return
    target = contexts.get(new)
    if target is None:
        name = source.find("name")
        assert name is not None
        name.text = new
        return
    have = {(m.findtext("source"), m.findtext("comment")) for m in target.iter("message")}
    for message in list(source.iter("message")):
        if (message.findtext("source"), message.findtext("comment")) not in have:
            target.append(message)
    root.remove(source)


def english_forms(source: str) -> tuple[str, str]:
    """The English singular and plural of a ``%n`` message ("%n row(s)" → "%n row", "%n rows")."""
    plural = source.replace("(s)", "s").replace("(es)", "es")
    singular = source.replace("(s)", "").replace("(es)", "")
    for many, one in SINGULAR.items():
        singular = re.sub(rf"\b{many}\b", one, singular)
    return singular, plural


def write_plurals_en(folder: Path = TRANSLATIONS) -> None:
    """``plurals_en.ts``: the English forms of every ``%n`` message of the Persian catalogues
    (existing forms are kept, so a translator's better English stays)."""
    out = folder / f"{PLURALS_EN}.ts"
    kept = known_translations([out]) if out.exists() else {}
    wanted: set[tuple[str, str, str]] = set()
    for path in sorted(folder.glob("*_fa.ts")):
        wanted |= {_key(e) for e in read_ts(path)[1] if e.numerus}
    root = ET.Element("TS", version="2.1", language="en_US")
    by_context: dict[str, ET.Element] = {}
    for context, source, comment in sorted(wanted):
        element = by_context.get(context)
        if element is None:
            element = by_context[context] = ET.SubElement(root, "context")
            ET.SubElement(element, "name").text = context
        message = ET.SubElement(element, "message", numerus="yes")
        ET.SubElement(message, "source").text = source
        if comment:
            ET.SubElement(message, "comment").text = comment
        translation = ET.SubElement(message, "translation")
        for form in kept.get((context, source, comment)) or english_forms(source):
            ET.SubElement(translation, "numerusform").text = form
    write_ts(ET.ElementTree(root), out)


def update(folder: Path = TRANSLATIONS, *, quiet: bool = False) -> None:
    """Run lupdate over the sources into every catalogue of *folder*, keeping translations.

    A message that moved from one catalogue to another keeps its Persian; base-class
    messages are copied under their subclasses' contexts; ``plurals_en.ts`` follows.
    """
    pool = known_translations(sorted(folder.glob("*_fa.ts")))
    files = sources()
    by_catalogue: dict[str, list[Path]] = {}
    for path in files:
        by_catalogue.setdefault(catalogue_of(path), []).append(path)
    subclasses = _inheritance(files)
    lupdate = _tool("pyside6-lupdate")
    for name, members in sorted(by_catalogue.items()):
        ts = folder / f"{name}_fa.ts"
        if not ts.exists():
            ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                          '<TS version="2.1" language="fa_IR">\n</TS>\n', encoding="utf-8")
        alias = TR_ALIASES.get(name)
        aliases = ["-tr-function-alias", f"tr+={alias[0]}"] if alias else []
        result = subprocess.run(
            [lupdate, "-locations", "none", "-no-obsolete", "-target-language", "fa_IR",
             *aliases, *(str(p) for p in members), "-ts", str(ts)],
            capture_output=True, text=True, cwd=ROOT, check=False)
        if result.returncode:
            raise SystemExit(f"lupdate failed for {ts.name}:\n{result.stdout}{result.stderr}")
        tree, _entries = read_ts(ts)
        if alias:
            _rename_context(tree, "", alias[1])
        _copy_to_subclasses(tree, subclasses)
        _mark_numerus(tree)
        for entry in read_ts_entries(tree):
            if not entry.finished and _key(entry) in pool:
                set_forms(entry, pool[_key(entry)])
        write_ts(tree, ts)
    write_plurals_en(folder)
    if not quiet:
        print(f"updated {len(by_catalogue)} catalogues from {len(files)} source files")


# -------------------------------------------------------------------------------- check
def problems(folder: Path = TRANSLATIONS, *, against_sources: bool = True) -> list[str]:
    """Everything that keeps the catalogue from being whole, one line each."""
    sys.path.insert(0, str(ROOT))
    from resources.translations.catalogue import placeholders

    found: list[str] = []
    if against_sources:
        with tempfile.TemporaryDirectory() as scratch:
            copy = Path(scratch)
            for path in folder.glob("*.ts"):
                shutil.copy(path, copy / path.name)
            update(copy, quiet=True)
            for path in sorted(copy.glob("*.ts")):
                mine = folder / path.name
                new = {_key(e) for e in read_ts(path)[1]}
                old = {_key(e) for e in read_ts(mine)[1]} if mine.exists() else set()
                for context, source, _comment in sorted(new - old):
                    found.append(f"{path.name}: not in the catalogue yet (run update): "
                                 f"[{context}] {source!r}")
                for context, source, _comment in sorted(old - new):
                    found.append(f"{path.name}: no longer in the sources (run update): "
                                 f"[{context}] {source!r}")
    numerus: set[tuple[str, str, str]] = set()
    for path in sorted(folder.glob("*_fa.ts")):
        for entry in read_ts(path)[1]:
            where = f"{path.name}: [{entry.context}] {entry.source!r}"
            if entry.numerus:
                numerus.add(_key(entry))
            if not entry.finished:
                found.append(f"{where} has no Persian")
                continue
            want = placeholders(entry.source)
            for form in entry.forms:
                have = placeholders(form)
                if entry.numerus and "%n" not in have and "%n" in want:
                    have = sorted([*have, "%n"])
                if have != want:
                    found.append(f"{where}: the Persian {form!r} has the place markers {have}, "
                                 f"the source {want}")
    plurals = folder / f"{PLURALS_EN}.ts"
    english = known_translations([plurals]) if plurals.exists() else {}
    for key in sorted(numerus):
        forms = english.get(key, [])
        if len(forms) != 2 or not all(forms):
            found.append(f"{plurals.name}: [{key[0]}] {key[1]!r} has no English singular and plural")
    if folder == TRANSLATIONS:
        found += stale_qm(folder)
    return found


def stale_qm(folder: Path) -> list[str]:
    """Every ``.qm`` that is missing or differs from what ``compile`` would write now."""
    stale = []
    with tempfile.TemporaryDirectory() as scratch:
        for ts in sorted(folder.glob("*.ts")):
            fresh = Path(scratch) / ts.with_suffix(".qm").name
            _lrelease(ts, fresh)
            qm = ts.with_suffix(".qm")
            if not qm.exists() or qm.read_bytes() != fresh.read_bytes():
                stale.append(f"{qm.name} is not compiled from {ts.name} (run compile)")
    return stale


def _lrelease(ts: Path, qm: Path) -> None:
    result = subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                            capture_output=True, text=True, check=False)
    if result.returncode:
        raise SystemExit(f"lrelease failed for {ts.name}:\n{result.stdout}{result.stderr}")


def compile_all(folder: Path = TRANSLATIONS) -> int:
    """Write every ``.qm`` from its ``.ts``; the number written."""
    count = 0
    for ts in sorted(folder.glob("*.ts")):
        _lrelease(ts, ts.with_suffix(".qm"))
        count += 1
    return count


# ------------------------------------------------------------------------------- absorb
def dict_entries(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """The module-level dict literals of a ``fill_*_fa.py`` script: (texts, plural texts).

    The script is read, never run. A dict whose name contains "PLURAL" holds ``%n`` forms.
    """
    texts: dict[str, str] = {}
    plurals: dict[str, str] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        target, value = None, None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign):
            target, value = node.target, node.value
        if not isinstance(target, ast.Name) or not isinstance(value, ast.Dict):
            continue
        try:
            table = ast.literal_eval(value)
        except ValueError:
            continue
        if all(isinstance(k, str) and isinstance(v, str) for k, v in table.items()):
            (plurals if "PLURAL" in target.id.upper() else texts).update(table)
    return texts, plurals


def absorb(files: Sequence[Path], folder: Path = TRANSLATIONS, *, overwrite: bool = False
           ) -> list[str]:
    """Move the Persian of *files* (``fill_*_fa.py`` dicts, or other ``.ts`` files) into the
    catalogue, by source string (and context, for a ``.ts``); the sources found nowhere."""
    by_source: dict[str, list[str]] = {}
    by_key: dict[tuple[str, str, str], list[str]] = {}
    plural_sources: dict[str, list[str]] = {}
    for path in files:
        if path.suffix == ".ts":
            by_key.update(known_translations([path]))
            continue
        texts, plurals = dict_entries(path)
        for source, text in texts.items():
            by_source[source] = [text]
        for source, text in plurals.items():
            plural_sources[source] = [text]
    used: set[str] = set()
    used_keys: set[tuple[str, str, str]] = set()
    for ts in sorted(folder.glob("*_fa.ts")):
        tree, _ = read_ts(ts)
        changed = False
        for entry in read_ts_entries(tree):
            forms = by_key.get(_key(entry))
            if forms is not None:
                used_keys.add(_key(entry))
            else:
                forms = (plural_sources.get(entry.source) if entry.numerus else None) \
                    or by_source.get(entry.source)
                if forms is not None:
                    used.add(entry.source)
            if forms is None or (entry.finished and not overwrite) or forms == entry.forms:
                continue
            set_forms(entry, forms)
            changed = True
        if changed:
            write_ts(tree, ts)
    unused = [s for s in [*by_source, *plural_sources] if s not in used]
    unused += [f"[{k[0]}] {k[1]}" for k in by_key if k not in used_keys]
    return unused


# -------------------------------------------------------------------------------- pairs
@dataclass
class Pair:
    """A ``tr("english", "persian")`` call found in a module."""

    start: tuple[int, int]
    end: tuple[int, int]
    english: ast.expr
    persian: ast.expr


def context_of(path: Path) -> str:
    """The catalogue context of a non-Qt module: its dotted path without ``desktop_app``."""
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[0] == "desktop_app":
        parts = parts[1:]
    return ".".join(parts)


def _parts(node: ast.expr) -> list[str | ast.FormattedValue] | None:
    """A string or f-string as literal text and formatted values, or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        out: list[str | ast.FormattedValue] = []
        for value in node.values:
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                out.append(value.value)
            elif isinstance(value, ast.FormattedValue):
                out.append(value)
            else:
                return None
        return out
    return None


_SIMPLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*")


def _template(parts: list[str | ast.FormattedValue], names: dict[str, str]) -> str:
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(part.replace("{", "{{").replace("}", "}}"))
            continue
        expression = ast.unparse(part.value)
        spec = ""
        if part.format_spec is not None:
            spec_parts = _parts(part.format_spec)
            if spec_parts is None or not all(isinstance(p, str) for p in spec_parts):
                raise ValueError("a computed format spec")
            spec = ":" + "".join(p for p in spec_parts if isinstance(p, str))
        conversion = "" if part.conversion == -1 else "!" + chr(part.conversion)
        out.append("{" + names[expression] + conversion + spec + "}")
    return "".join(out)


def convert_pair(english: ast.expr, persian: ast.expr) -> tuple[str, str, list[tuple[str, str]]]:
    """(English template, Persian template, [(name, expression)]) of one pair.

    Raises ``ValueError`` when the two languages do not format the same values (a person must
    rewrite that call).
    """
    en, fa = _parts(english), _parts(persian)
    if en is None or fa is None:
        raise ValueError("not two string literals")
    en_values = [ast.unparse(p.value) for p in en if isinstance(p, ast.FormattedValue)]
    fa_values = [ast.unparse(p.value) for p in fa if isinstance(p, ast.FormattedValue)]
    if sorted(set(en_values)) != sorted(set(fa_values)):
        raise ValueError(f"the languages format different values: {en_values} / {fa_values}")
    names: dict[str, str] = {}
    taken: set[str] = set()
    for expression in dict.fromkeys(en_values):
        base = expression.rsplit(".", 1)[-1] if _SIMPLE.fullmatch(expression) else "value"
        name, i = base, 2
        while name in taken:
            name, i = f"{base}{i}", i + 1
        names[expression] = name
        taken.add(name)
    return (_template(en, names), _template(fa, names),
            [(names[e], e) for e in dict.fromkeys(en_values)])


def find_pairs(text: str, function: str = "tr") -> list[Pair]:
    pairs = []
    for node in ast.walk(ast.parse(text)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == function and len(node.args) == 2 and not node.keywords
                and node.end_lineno is not None and node.end_col_offset is not None):
            pairs.append(Pair((node.lineno, node.col_offset), (node.end_lineno, node.end_col_offset),
                              node.args[0], node.args[1]))
    return pairs


def _literal(text: str) -> str:
    """A Python string literal for *text*, double-quoted."""
    body = repr(text)
    if body.startswith("'"):
        body = '"' + body[1:-1].replace('\\\'', "'").replace('"', '\\"') + '"'
    return body


def _call_text(context: str, template: str, values: list[tuple[str, str]], width: int,
               indent: int) -> str:
    """``translate("ctx", "…").format(…)`` laid out within *width* columns from *indent*."""
    head = f'translate("{context}", '
    tail = ".format(" + ", ".join(f"{n}={e}" for n, e in values) + ")" if values else ""
    if indent + len(head) + len(_literal(template)) + 1 + len(tail) <= width:
        return head + _literal(template) + ")" + tail
    words = re.findall(r"^\s+|\S+\s*", template) or [template]
    lines: list[str] = []
    current = ""
    limit = max(30, width - indent - len(head) - 2)
    for word in words:
        if current.strip() and len(_literal(current + word)) > limit:
            lines.append(current)
            current = word
        else:
            current += word
    lines.append(current)
    pad = " " * (indent + len(head))
    call = head + ("\n" + pad).join(_literal(line) for line in lines) + ")"
    if tail and len(pad) + len(_literal(lines[-1])) + 1 + len(tail) > width:
        tail = ".format(\n" + " " * (indent + 4) + tail[len(".format("):]
    return call + tail


def rewrite_pairs(path: Path, *, width: int = 100) -> tuple[str, dict[tuple[str, str], str],
                                                             list[str]]:
    """The module with its ``tr(en, fa)`` pairs rewritten, the Persian by (context, source),
    and the pairs left for a person (line and reason)."""
    text = path.read_text(encoding="utf-8")
    context = context_of(path)
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))

    def offset(pos: tuple[int, int]) -> int:
        line = lines[pos[0] - 1]
        return offsets[pos[0] - 1] + len(line.encode("utf-8")[:pos[1]].decode("utf-8"))

    persian: dict[tuple[str, str], str] = {}
    left: list[str] = []
    edits: list[tuple[int, int, str]] = []
    helper = next((h for h in HELPERS if re.search(
        rf"from {re.escape(h.module)} import [^\n]*\b{h.name}\b", text)), None)
    home = helper.home if helper else ("resources.translations.catalogue"
                                       if context.split(".")[0] in ("db", "reports")
                                       else "desktop_app.domain.i18n")
    for pair in find_pairs(text, helper.name) if helper else []:
        try:
            english, farsi, values = convert_pair(pair.english, pair.persian)
        except ValueError as exc:
            left.append(f"{path.relative_to(ROOT)}:{pair.start[0]}: {exc}")
            continue
        start, end = offset(pair.start), offset(pair.end)
        indent = pair.start[1]
        edits.append((start, end, _call_text(context, english, values, width, indent)))
        persian[(context, english)] = farsi
    marked = 0
    for node in ast.walk(ast.parse(text)):
        if (isinstance(node, ast.Tuple) and len(node.elts) == 2
                and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts)
                and node.end_lineno is not None and node.end_col_offset is not None):
            english, farsi = (e.value for e in node.elts)  # type: ignore[attr-defined]
            if english and not _ARABIC.search(english) and _ARABIC.search(farsi):
                start = offset((node.lineno, node.col_offset))
                end = offset((node.end_lineno, node.end_col_offset))
                edits.append((start, end, f'QT_TRANSLATE_NOOP("{context}", {_literal(english)})'))
                persian[(context, english)] = farsi
                marked += 1
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    if edits:
        text = _fix_import(text, helper, home, noop=bool(marked))
    return text, persian, left


_ARABIC = re.compile("[\u0600-\u06ff]")


@dataclass(frozen=True)
class Helper:
    """A two-language helper the ``pairs`` command rewrites: its name, where modules import
    it from, and where the catalogue's ``translate`` is imported from instead."""

    name: str
    module: str
    home: str


HELPERS = (Helper("tr", "desktop_app.domain.i18n", "desktop_app.domain.i18n"),
           Helper("_tr", "db.errors", "resources.translations.catalogue"))


def _fix_import(text: str, helper: Helper | None, home: str, *, noop: bool = False) -> str:
    """Import ``translate`` (and ``QT_TRANSLATE_NOOP``) from *home*; the pair *helper* stays
    imported while a pair is left for a person."""
    keep = helper is not None and still_uses_tr(text, helper.name)
    wanted = {"translate"} if re.search(r"(?<![.\w])translate\(", text) else set()
    if noop:
        wanted.add("QT_TRANSLATE_NOOP")
    if helper is not None and not keep:
        def drop(match: re.Match[str]) -> str:
            names = [n.strip() for n in match.group(2).split(",") if n.strip() != helper.name]
            return f"{match.group(1)}{', '.join(names)}" if names else ""
        text = re.sub(rf"(from {re.escape(helper.module)} import )([A-Za-z_, ]+)", drop, text)
    have = re.search(rf"^from {re.escape(home)} import ([A-Za-z_, ]+)$", text, re.M)
    if have:
        names = {n.strip() for n in have.group(1).split(",")} | wanted
        text = text[:have.start(1)] + ", ".join(sorted(names)) + text[have.end(1):]
    elif wanted:
        line = f"from {home} import {', '.join(sorted(wanted))}\n"
        future = re.search(r"^from __future__ import [^\n]*\n", text, re.M)
        at = future.end() if future else (re.search(r"^(from|import) ", text, re.M) or
                                          re.search(r"\Z", text)).start()  # type: ignore[union-attr]
        text = text[:at] + line + text[at:]
    return text


def still_uses_tr(text: str, name: str = "tr") -> bool:
    """Whether a module still calls a bare ``tr(...)`` (after its pairs were rewritten)."""
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except tokenize.TokenError:
        return True
    for i, token in enumerate(tokens[:-1]):
        if (token.type == tokenize.NAME and token.string == name and tokens[i + 1].string == "("
                and (i == 0 or tokens[i - 1].string not in (".", "def"))):
            return True
    return False


def pairs(files: Sequence[Path], folder: Path = TRANSLATIONS) -> list[str]:
    """Rewrite the pairs of *files*, put their Persian into the catalogue; what is left."""
    gathered: dict[tuple[str, str], str] = {}
    left: list[str] = []
    for path in files:
        new, persian, rest = rewrite_pairs(path.resolve())
        left += rest
        gathered.update(persian)
        if persian:
            path.write_text(new, encoding="utf-8")
    update(folder, quiet=True)
    for ts in sorted(folder.glob("*_fa.ts")):
        tree, _ = read_ts(ts)
        changed = False
        for entry in read_ts_entries(tree):
            text = gathered.get((entry.context, entry.source))
            if text is not None and not entry.finished:
                set_forms(entry, [text])
                changed = True
        if changed:
            write_ts(tree, ts)
    return left


# --------------------------------------------------------------------------------- main
def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="translations", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="lupdate the sources into the .ts files")
    check = sub.add_parser("check", help="fail naming every message without Persian")
    check.add_argument("--no-sources", action="store_true",
                       help="do not compare the catalogue with the sources (faster)")
    sub.add_parser("compile", help="lrelease every .ts into its .qm")
    absorb_p = sub.add_parser("absorb", help="move fill_*_fa.py dicts (or .ts files) in")
    absorb_p.add_argument("files", nargs="+", type=Path)
    absorb_p.add_argument("--overwrite", action="store_true",
                          help="replace translations the catalogue already has")
    pairs_p = sub.add_parser("pairs", help='rewrite tr("english", "persian") pairs')
    pairs_p.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "check":
        found = problems(against_sources=not args.no_sources)
        for line in found:
            print(line)
        if found:
            print(f"{len(found)} problem(s) in the catalogue", file=sys.stderr)
            return 1
        print("the catalogue is whole: every message has Persian and English plurals")
    elif args.command == "compile":
        print(f"compiled {compile_all()} catalogues")
    elif args.command == "absorb":
        unused = absorb(args.files, overwrite=args.overwrite)
        for source in unused:
            print(f"no message in the catalogue for: {source!r}")
        print(f"absorbed {', '.join(p.name for p in args.files)}; "
              f"{len(unused)} entries matched no message (run update first?)")
    elif args.command == "pairs":
        left = pairs(args.files)
        for line in left:
            print(f"left for a person: {line}")
        return 1 if left else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
