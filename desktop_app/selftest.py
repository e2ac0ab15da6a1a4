"""``peyvand --self-test``: prove that this Peyvand — from source or frozen — works.

Everything runs off-screen in a temporary folder that is removed afterwards; the user's
registers, backups, logs and settings are not touched. The steps, in order:

0. **modules** — import every module of Peyvand and load the PostgreSQL driver and its
   libpq (a frozen bundle missing a library or a module fails here, by name);
1. **register** — create a SQLite register and migrate it to this program's head;
2. **demo** — build the demo data and check the register (integrity, counts);
3. **reports** — render every report in Persian and English to PDF and read each file
   back: it has pages and its fonts are embedded (``/FontFile2``, Vazirmatn);
4. **translations** — load the Persian catalogues (Qt's ``qtbase`` and every
   ``resources/translations/*_fa.qm``) and return to English;
5. **window** — open the main window off-screen on the demo register with every section,
   see its menus in Persian and then English, and close it;
6. **backup** — write a backup, change the register, restore the backup and check that
   the change is gone and the register opens.

:func:`run_self_test` prints one line and returns 0 when all pass, or prints what failed
and returns 1. The checks read the PDF bytes themselves (no test library is needed in the
frozen program).
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app import __version__

LANGUAGES = ("fa", "en")


class SelfTestFailure(Exception):
    """A check that did not hold (the message says which)."""


@dataclass
class PdfFacts:
    """What the self-test reads from a PDF file's bytes."""

    pages: int
    embedded_fonts: int
    font_names: list[str]

    @property
    def ok(self) -> bool:
        """True when the file has pages and every font it names is embedded."""
        return self.pages > 0 and self.embedded_fonts > 0


def pdf_facts(data: bytes) -> PdfFacts:
    """Pages (``/Type /Page`` objects) and embedded TrueType fonts (``/FontFile2``) of a
    PDF written by reportlab (which writes these dictionaries uncompressed)."""
    if not data.startswith(b"%PDF-"):
        return PdfFacts(0, 0, [])
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
    embedded = len(re.findall(rb"/FontFile2\b", data))
    names = sorted({m.decode("latin-1") for m in re.findall(rb"/BaseFont\s*/([^\s/<>\[\]]+)", data)})
    return PdfFacts(pages, embedded, names)


@dataclass
class _State:
    """What one step leaves for the next."""

    folder: Path
    register: Path
    db: Any = None
    app: Any = None
    counts: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


@contextlib.contextmanager
def _isolated_environment(folder: Path) -> Iterator[None]:
    """Point the data folder at *folder* and Qt at the off-screen platform for a while."""
    saved = {name: os.environ.get(name) for name in ("PEYVAND_DATA_DIR", "QT_QPA_PLATFORM")}
    os.environ["PEYVAND_DATA_DIR"] = str(folder / "data")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


# ---------------------------------------------------------------------------- the steps

PACKAGES = ("desktop_app", "db", "reports", "resources")


def _step_modules(state: _State) -> str:
    import importlib
    import pkgutil

    names: list[str] = []
    for package_name in PACKAGES:
        package = importlib.import_module(package_name)
        names.append(package_name)
        for info in pkgutil.walk_packages(package.__path__, prefix=f"{package_name}."):
            if ".migrations" in info.name:  # Alembic loads these as scripts (step 1)
                continue
            importlib.import_module(info.name)
            names.append(info.name)
    if len(names) < 20:
        raise SelfTestFailure(f"only {len(names)} modules found; the program is incomplete")
    return f"{len(names)} modules, {_postgres_driver()}"


def _postgres_driver() -> str:
    """The PostgreSQL driver as SQLAlchemy loads it for a ``postgresql+psycopg://`` URL,
    and the libpq it found (a bundle without them could not reach the office's server)."""
    import psycopg
    from sqlalchemy.dialects import registry

    registry.load("postgresql.psycopg")
    version = psycopg.pq.version()  # loads libpq
    return f"libpq {version // 10000}.{version % 10000}"



def _step_register(state: _State) -> str:
    from db.database import Database, head_revision

    state.db = Database.open(state.register, backup_dir=state.folder / "backups",
                             app_version=__version__)
    current = state.db.schema_state().current
    head = head_revision()
    if current != head:
        raise SelfTestFailure(f"the new register is at schema {current}, not {head}")
    return f"register (schema {current})"


def _step_demo(state: _State) -> str:
    from desktop_app.domain.demo import build_demo
    from desktop_app.domain.register_check import check_register

    changes = build_demo(state.db)
    made = sum(len(v) for v in changes.created.values())
    health = check_register(state.db)
    if not health.ok:
        raise SelfTestFailure(f"the demo register does not check out: {health.as_dict()}")
    if not health.counts.get("mous") or not health.counts.get("partners"):
        raise SelfTestFailure(f"the demo register is empty: {health.counts}")
    state.counts = dict(health.counts)
    return f"demo ({made} records)"


def _reports(service: Any) -> list[tuple[str, Callable[[str, Path], Path]]]:
    from desktop_app.domain.dates import custom_period, from_jalali

    mous = service.mou_choices("en")
    hubs = service.hub_choices("en")
    if not mous or not hubs:
        raise SelfTestFailure("the demo register has no MoU or no hub to report on")
    mou_id, hub_id = mous[0][0], hubs[0][0]
    period = custom_period(from_jalali(1400, 1, 1), from_jalali(1410, 1, 1))
    return [
        ("MoU summary", lambda lang, out: service.mou_summary_pdf(mou_id, lang, out)),
        ("hub dossier", lambda lang, out: service.hub_dossier_pdf(hub_id, lang, out)),
        ("activity report", lambda lang, out: service.activity_pdf(period, lang, out)),
        ("partner directory", lambda lang, out: service.partners_pdf(lang, out)),
        ("due list", lambda lang, out: service.due_pdf(lang, out)),
    ]


def _step_reports(state: _State) -> str:
    from desktop_app.domain.report_data import ReportService

    service = ReportService(state.db)
    out_dir = state.folder / "reports"
    out_dir.mkdir()
    pages = made = 0
    for name, produce in _reports(service):
        for lang in LANGUAGES:
            out = out_dir / f"{name.replace(' ', '-')}-{lang}.pdf"
            path = produce(lang, out)
            facts = pdf_facts(Path(path).read_bytes())
            if facts.pages == 0:
                raise SelfTestFailure(f"the {name} ({lang}) has no pages")
            if facts.embedded_fonts == 0:
                raise SelfTestFailure(f"the {name} ({lang}) has no embedded font "
                                      f"(fonts named: {', '.join(facts.font_names) or 'none'})")
            if not any("Vazirmatn" in font for font in facts.font_names):
                raise SelfTestFailure(f"the {name} ({lang}) is not set in Vazirmatn "
                                      f"({', '.join(facts.font_names)})")
            pages += facts.pages
            made += 1
    return f"{made} reports ({pages} pages, fonts embedded)"


def _step_translations(state: _State) -> str:
    from desktop_app.app import make_application
    from desktop_app.ui.i18n import apply_language
    from resources import TRANSLATIONS_DIR

    state.app = make_application([sys.argv[0] if sys.argv else "peyvand"])
    loaded = apply_language("fa", force=True)
    expected = {"qtbase", *(p.stem for p in TRANSLATIONS_DIR.glob("*_fa.qm"))}
    missing = sorted(expected - set(loaded))
    if missing:
        raise SelfTestFailure(f"Persian translations not loaded: {', '.join(missing)}")
    english = apply_language("en")
    if any(not name.endswith("_en") for name in english):  # only English plural forms
        raise SelfTestFailure(f"English kept a Persian translator: {', '.join(english)}")
    return f"translations (fa: {len(loaded)} catalogues, en)"


def _step_window(state: _State) -> str:
    from PySide6.QtCore import QSettings

    from desktop_app.app import build_main_window
    from desktop_app.ui.i18n import apply_language
    from desktop_app.ui.sections import SECTIONS
    from desktop_app.ui.settings import AppSettings

    errors: list[str] = []
    previous_hook = sys.excepthook

    def record(kind: type[BaseException], exc: BaseException, tb: Any) -> None:
        errors.append("".join(traceback.format_exception(kind, exc, tb)).strip().splitlines()[-1])

    store = QSettings(str(state.folder / "settings.ini"), QSettings.Format.IniFormat)
    settings = AppSettings(store)
    sys.excepthook = record  # an exception in a slot reaches only the excepthook
    try:
        apply_language("fa")
        window = build_main_window(state.db, settings, "fa")
        window.show()
        state.app.processEvents()
        if not window.isVisible():
            raise SelfTestFailure("the main window did not show")
        if len(window.sections) != len(SECTIONS):
            raise SelfTestFailure(f"the window has {len(window.sections)} of "
                                  f"{len(SECTIONS)} sections")
        persian = window.menu_file.title()
        if persian in ("", "&File") or not window.isRightToLeft():
            raise SelfTestFailure(f"the window is not in Persian (File menu: {persian!r})")
        apply_language("en")
        state.app.processEvents()
        if window.menu_file.title() != "&File" or window.isRightToLeft():
            raise SelfTestFailure("the window did not turn to English")
        window.save_state()
        window.close()
        window.deleteLater()
        state.app.processEvents()
    finally:
        sys.excepthook = previous_hook
    if errors:
        raise SelfTestFailure(f"the window raised: {errors[0]}")
    return f"main window ({len(SECTIONS)} sections, fa and en)"


def _user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def _step_backup(state: _State) -> str:
    from db.backup import backup_sqlite, restore_sqlite
    from db.database import Database
    from desktop_app.domain.register_check import check_register

    state.db.close()
    state.db = None
    (state.folder / "backups").mkdir(exist_ok=True)
    backup = backup_sqlite(state.register, state.folder / "backups" / "self-test-backup.sqlite3")
    original = _user_version(backup)
    marker = original + 4242
    conn = sqlite3.connect(state.register)  # a change made after the backup
    try:
        conn.execute(f"PRAGMA user_version = {marker}")
        conn.commit()
    finally:
        conn.close()
    safety = restore_sqlite(state.register, backup)
    if _user_version(state.register) != original:
        raise SelfTestFailure("the restore did not bring the backup back")
    if safety is None or _user_version(Path(safety)) != marker:
        raise SelfTestFailure("the restore kept no copy of the register it replaced")
    state.db = Database.open(state.register, backup_dir=state.folder / "backups",
                             app_version=__version__)
    health = check_register(state.db)
    if not health.ok or health.counts != state.counts:
        raise SelfTestFailure(f"the restored register differs: {health.as_dict()}")
    return "backup and restore"


STEPS: tuple[tuple[str, Callable[[_State], str]], ...] = (
    ("modules", _step_modules),
    ("register", _step_register),
    ("demo", _step_demo),
    ("reports", _step_reports),
    ("translations", _step_translations),
    ("window", _step_window),
    ("backup", _step_backup),
)


def run_self_test(out: Any = None) -> int:
    """Run every step; print one line to *out* (stdout); 0 when all pass, 1 otherwise."""
    out = out if out is not None else sys.stdout
    started = time.perf_counter()
    done: list[str] = []
    failed = ""
    with tempfile.TemporaryDirectory(prefix="peyvand-selftest-",
                                     ignore_cleanup_errors=True) as tmp:
        folder = Path(tmp)
        state = _State(folder=folder, register=folder / "self-test.sqlite3")
        with _isolated_environment(folder):
            for name, step in STEPS:
                try:
                    done.append(step(state))
                except SelfTestFailure as exc:
                    failed = f"{name}: {exc}"
                except Exception as exc:  # a bug or a missing piece of the bundle
                    traceback.print_exc(file=sys.stderr)
                    failed = f"{name}: {type(exc).__name__}: {exc}"
                if failed:
                    break
            if state.db is not None:
                state.db.close()
    elapsed = time.perf_counter() - started
    if failed:
        line = f"Peyvand {__version__} self-test FAILED at {failed} ({len(done)} of {len(STEPS)} steps passed)"
    else:
        line = f"Peyvand {__version__} self-test passed in {elapsed:.1f} s: " + "; ".join(done)
    if out is not None:
        print(line, file=out, flush=True)
    return 1 if failed else 0
