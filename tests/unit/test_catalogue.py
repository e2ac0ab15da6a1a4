"""The one catalogue of words: every message has Persian, and every layer reads it.

``tools/translations.py check`` runs for real (pyside6-lupdate over the sources, lrelease of
every .ts); the Qt-free reader is checked against real compiled files, and a storage error,
a domain validation message and a report heading are asked in both languages.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db.errors import translate_dbapi_error
from db.models import MoUStatus
from desktop_app.domain import i18n
from desktop_app.domain.mous import transition_error
from reports.strings import tr as report_tr
from resources.translations import catalogue

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def language() -> Iterator[None]:
    before = i18n.language()
    yield
    i18n.set_language(before)


def test_check_finds_every_message_translated() -> None:
    result = subprocess.run([sys.executable, "tools/translations.py", "check"], cwd=ROOT,
                            capture_output=True, text=True, timeout=300,
                            env={"PYTHONPATH": str(ROOT), "PATH": str(Path(sys.executable).parent)
                                 + ":/usr/bin:/bin"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "the catalogue is whole" in result.stdout


def test_check_names_a_message_without_persian(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    import translations

    ts = tmp_path / "x_fa.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="fa_IR">'
                  "<context><name>C</name>"
                  '<message><source>Open</source><translation type="unfinished"/></message>'
                  "<message><source>Save {name}</source><translation>ذخیره</translation></message>"
                  '<message numerus="yes"><source>%n row(s)</source>'
                  "<translation><numerusform>%n ردیف</numerusform></translation></message>"
                  "</context></TS>", encoding="utf-8")
    found = translations.problems(tmp_path, against_sources=False)
    assert any("'Open' has no Persian" in line for line in found)
    assert any("'Save {name}'" in line and "place markers" in line for line in found)
    assert any("'%n row(s)' has no English singular and plural" in line for line in found)


def test_no_pairs_of_languages_are_left_in_the_code() -> None:
    """No ``tr("english", "persian")`` call and no second language switch in the layers."""
    offenders = []
    for top in ("desktop_app", "db", "reports"):
        for path in (ROOT / top).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if (isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("tr", "_tr")
                        and len(node.args) == 2
                        and all(isinstance(a, ast.Constant | ast.JoinedStr) for a in node.args)):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
                if isinstance(node, ast.FunctionDef) and node.name == "set_message_language":
                    offenders.append(f"{path.relative_to(ROOT)}: set_message_language")
    assert offenders == []
    assert not list((ROOT / "resources" / "translations").glob("fill_*.py"))


def test_a_storage_error_speaks_persian_and_english(language: None) -> None:
    import sqlite3

    i18n.set_language("fa")
    error = translate_dbapi_error(sqlite3.OperationalError("database or disk is full"))
    assert error is not None and str(error) == "دیسک پر است؛ کمی جا باز کنید و دوباره امتحان کنید."
    i18n.set_language("en")
    error = translate_dbapi_error(sqlite3.OperationalError("database or disk is full"))
    assert error is not None and str(error) == "The disk is full; free some space and try again."


def test_a_domain_validation_message_in_both_languages(language: None) -> None:
    i18n.set_language("en")
    english = transition_error(MoUStatus.EXPIRED, MoUStatus.DRAFT)
    i18n.set_language("fa")
    persian = transition_error(MoUStatus.EXPIRED, MoUStatus.DRAFT)
    assert english == "A expired MoU cannot go back to draft; it can become: active, renewed."
    assert persian == ("تفاهم‌نامه منقضی نمی‌تواند به پیش‌نویس برگردد؛ "
                       "وضعیت‌های ممکن: فعال، تمدیدشده.")


def test_a_report_heading_in_both_languages() -> None:
    assert report_tr("fa", "mou_summary") == "خلاصه تفاهم‌نامه"
    assert report_tr("en", "mou_summary") == "Memorandum of Understanding — Summary"
    assert report_tr("fa", "page_of", page="۱", total="۲") == "صفحه ۱ از ۲"
    # the same English word, two Persian ones: a meeting's "No." is its turn
    assert (report_tr("fa", "number"), report_tr("fa", "ordinal")) == ("شماره", "نوبت")


def test_plurals_in_both_languages(language: None) -> None:
    assert catalogue.translate("domain.records", "%Ln action(s)", None, 1, language="en") \
        == "1 action"
    assert catalogue.translate("domain.records", "%Ln action(s)", None, 1234, language="en") \
        == "1,234 actions"
    assert catalogue.translate("domain.records", "%Ln action(s)", None, 3, language="fa") \
        == "۳ اقدام"


def test_an_unknown_message_comes_back_as_its_source() -> None:
    assert catalogue.translate("nowhere", "Not in any catalogue", language="fa") \
        == "Not in any catalogue"


def test_the_reader_agrees_with_the_compiled_files() -> None:
    """Every finished message of every .ts is found by the Qt-free reader of the .qm."""
    for ts in (ROOT / "resources" / "translations").glob("*_fa.ts"):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                assert key in catalogue.catalogue("fa"), (ts.name, key)


def test_a_file_that_is_not_a_qm_is_refused() -> None:
    with pytest.raises(ValueError, match="not a Qt translation"):
        catalogue.read_qm(b"<?xml version='1.0'?><TS/>")


texts = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40)


@settings(max_examples=10, deadline=None)
@given(st.dictionaries(st.tuples(st.sampled_from(["A", "B.c", "Ctx"]), texts), texts,
                       min_size=1, max_size=8))
def test_what_lrelease_writes_the_reader_reads_back(tmp_path_factory: pytest.TempPathFactory,
                                                    messages: dict[tuple[str, str], str]) -> None:
    folder = tmp_path_factory.mktemp("qm")
    root = ET.Element("TS", version="2.1", language="fa_IR")
    for (context, source), text in messages.items():
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        message = ET.SubElement(element, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = text
    ts = folder / "t_fa.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease) if lrelease.exists() else "pyside6-lrelease", "-silent",
                    str(ts), "-qm", str(folder / "t_fa.qm")], check=True, timeout=60)
    read = catalogue.read_qm((folder / "t_fa.qm").read_bytes())
    # lrelease drops a translation identical to its source only with -removeidentical
    for (context, source), text in messages.items():
        assert read[(context, source, "")] == (text,)
