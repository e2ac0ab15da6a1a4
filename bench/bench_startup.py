"""Bench: how soon the window appears, and how many SQL statements the window runs.

Every figure is printed beside a reference measured in the same run, so the ratio holds on
a noisy machine:

* **time to the window**: from the start of the process to the first paint of the window's
  frame (``desktop_app.app.OpeningWindow``: title, navigation, "opening the register…",
  painted before the storage layer loads), for ``python main.py --db REGISTER``, against a
  bare PySide6 ``QMainWindow`` in a process of its own, both on the same (virtual) screen.
  Issue 10's target: within 3×. The first paint of the main window with its sections (the
  register open) is printed beside it.
* **statements**: SQL statements (counted by an SQLAlchemy ``before_cursor_execute``
  listener on every engine) until the first paint; while saving one meeting; while saving
  one MoU with its parties and axes — each through the real window, hidden sections
  included, as a user's click would run them. Targets: ≤ 15, ≤ 12, ≤ 20.
* **modules**: whether Alembic, reportlab, openpyxl, the importer and the PDF viewer were
  imported before the first paint (the target is that none is).

Run on the demo register (built once in ``--folder``) and, with ``--partners N``, on a
register of N partners from ``bench_partner_list.build_register``. Uses ``xvfb-run`` when
it is installed (a real X server), the offscreen platform otherwise.

The statement counts are taken on SQLite and on PostgreSQL (a throwaway server started
the way the tests start theirs, or ``--pg-url``); on the server each statement is a round
trip. ``PEYVAND_BENCH_SQL=1`` prints every statement (and its thread) to stderr.

Usage: ``python bench/bench_startup.py [--partners 100000] [--runs 5] [--folder DIR]
[--pg-url URL|none]``
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY_MODULES = ("alembic", "reportlab", "openpyxl", "desktop_app.domain.imports",
                 "desktop_app.importing", "PySide6.QtPdf", "PySide6.QtPdfWidgets")


# ----------------------------------------------------------------------------- children


def _child_bare(t0: float) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Peyvand"))
    window.resize(1280, 720)

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and obj is window:
                print(json.dumps({"seconds": time.time() - t0}), flush=True)
                window.removeEventFilter(self)
                QTimer.singleShot(0, app.quit)
            return False

    painted = FirstPaint()
    window.installEventFilter(painted)
    window.show()
    app.exec()


def _count_statements(counter: dict[str, int]) -> None:
    """Count every statement from now on in *counter* (SQLAlchemy is imported here: the
    app's child calls this once the frame is painted, so the count does not load it early)."""
    import threading

    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    log_sql = os.environ.get("PEYVAND_BENCH_SQL")  # "1": every statement to stderr

    def count(conn: object, _cursor: object, statement: str, *_args: object) -> None:
        counter["n"] += 1
        if threading.current_thread() is not threading.main_thread():
            counter["workers"] += 1
        if log_sql:
            print(f"SQL {counter['n']:3d} [{threading.current_thread().name}] "
                  f"{' '.join(statement.split())[:160]}", file=sys.stderr, flush=True)

    event.listen(Engine, "before_cursor_execute", count)


def _child_app(t0: float, register: str, mode: str) -> None:
    # as main.py starts the window: the collector paused, the register's check begun
    from desktop_app import launch

    launch.before_window(argparse.Namespace(db=register, demo=False))
    counter = {"n": 0, "workers": 0}
    from PySide6.QtCore import QEvent, QObject, QTimer

    import desktop_app.app as app_module

    result: dict[str, object] = {}

    def after_first_paint(window: object) -> None:
        from PySide6.QtWidgets import QApplication

        result["seconds"] = time.time() - t0
        result["statements"] = counter["n"]
        result["worker_statements"] = counter["workers"]
        result["heavy_modules"] = sorted(m for m in HEAVY_MODULES if m in sys.modules)
        if os.environ.get("PEYVAND_BENCH_MODULES"):  # "1": the modules loaded by then, to stderr
            print("\n".join(sorted(sys.modules)), file=sys.stderr)
        app = QApplication.instance()
        assert app is not None
        try:
            if mode == "save-meeting":
                result["save_statements"] = _save_meeting(window, counter)
            elif mode == "save-mou":
                result["save_statements"] = _save_mou(window, counter)
        except Exception as exc:  # a bench that cannot drive the window says why and ends
            result["error"] = f"{type(exc).__name__}: {exc}"
        print(json.dumps(result), flush=True)
        QTimer.singleShot(0, app.quit)

    class FirstPaint(QObject):
        """The main window's first paint: the figures are taken from the event loop."""

        def __init__(self, window: QObject) -> None:
            super().__init__(window)
            self.window = window

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and obj is self.window:
                self.window.removeEventFilter(self)
                QTimer.singleShot(0, lambda: after_first_paint(self.window))
            return False

    class FramePaint(QObject):
        """The frame's first paint: its time, and the counting of statements starts."""

        def __init__(self, window: QObject) -> None:
            super().__init__(window)
            self.window = window

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and obj is self.window and "frame" not in result:
                result["frame"] = time.time() - t0
                result["frame_storage"] = sorted(m for m in ("sqlalchemy", "db.database")
                                                 if m in sys.modules)
                _count_statements(counter)  # no statement runs before the frame is painted
            return False

    original_frame_show = app_module.OpeningWindow.show

    def show_frame(self: QObject) -> None:
        self.installEventFilter(FramePaint(self))
        original_frame_show(self)  # type: ignore[arg-type]

    original_build = app_module.build_main_window

    def build(*a: object, **kw: object) -> object:
        window = original_build(*a, **kw)  # type: ignore[arg-type]
        window.installEventFilter(FirstPaint(window))
        return window

    app_module.OpeningWindow.show = show_frame  # type: ignore[method-assign]
    app_module.build_main_window = build  # type: ignore[assignment]
    sys.argv = [str(ROOT / "main.py"), "--db", register]
    from desktop_app.cli import parse_command_line

    app_module.run_gui(parse_command_line(sys.argv[1:]))


def _wait_for_work(counter: dict[str, int], idle_ms: int = 1000, limit_s: float = 30.0) -> None:
    """Let the event loop run until no statement has run for *idle_ms* (workers included;
    longer than the status bar's 400 ms pause before it counts again after a change)."""
    from PySide6.QtCore import QCoreApplication, QThreadPool

    deadline = time.monotonic() + limit_s
    last, quiet_since = counter["n"], time.monotonic()
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        QThreadPool.globalInstance().waitForDone(20)
        if counter["n"] != last:
            last, quiet_since = counter["n"], time.monotonic()
        elif time.monotonic() - quiet_since > idle_ms / 1000:
            return


def _section(window: object, section_id: str) -> object:
    window.show_section(section_id)  # type: ignore[attr-defined]
    for section in window.sections:  # type: ignore[attr-defined]
        real = section.real_section() if hasattr(section, "real_section") else section
        if real.section_id == section_id:
            return real
    raise LookupError(section_id)


def _save_meeting(window: object, counter: dict[str, int]) -> str:
    section = _section(window, "meetings")
    services = window.ctx.services  # type: ignore[attr-defined]
    ids = list(section.list.ids()) if hasattr(section.list, "ids") else []  # type: ignore[attr-defined]
    meeting_id = ids[0] if ids else _first_id(services.db, "meetings")
    section.open_record(meeting_id)  # type: ignore[attr-defined]
    _wait_for_work(counter)
    form = section.form  # type: ignore[attr-defined]
    form.place.setText(form.place.text() + " ·")
    before, workers = counter["n"], counter["workers"]
    section.save_current()  # type: ignore[attr-defined]
    _wait_for_work(counter)
    return f"{counter['n'] - before} ({counter['workers'] - workers} of them on worker threads)"


def _save_mou(window: object, counter: dict[str, int]) -> str:
    section = _section(window, "mous")
    services = window.ctx.services  # type: ignore[attr-defined]
    mou_id = _mou_with_parties(services.db, parties=3)
    section.open_record(mou_id)  # type: ignore[attr-defined]
    _wait_for_work(counter)
    editor = getattr(section, "editor", None) or section.form  # type: ignore[attr-defined]
    title = editor.title_edit
    title.setText(title.text() + " ·")
    before, workers = counter["n"], counter["workers"]
    section.save_current()  # type: ignore[attr-defined]
    _wait_for_work(counter)
    return f"{counter['n'] - before} ({counter['workers'] - workers} of them on worker threads)"


def _first_id(db: object, table: str) -> int:
    from sqlalchemy import text

    with db.engine.connect() as conn:  # type: ignore[attr-defined]
        return int(conn.execute(text(f"SELECT min(id) FROM {table}")).scalar_one())


def _mou_with_parties(db: object, parties: int) -> int:
    from sqlalchemy import text

    with db.engine.connect() as conn:  # type: ignore[attr-defined]
        row = conn.execute(text(
            "SELECT mou_id FROM mou_parties GROUP BY mou_id "
            "ORDER BY abs(count(*) - :n), mou_id LIMIT 1"), {"n": parties}).first()
    assert row is not None, "the register has no MoU with parties"
    return int(row[0])


# ----------------------------------------------------------------------------- parent


def _run_child(args: list[str], env: dict[str, str]) -> dict[str, object]:
    # Every child starts as a first start: settings of its own (a child that saved a
    # meeting would otherwise make the next one open on the Meetings section).
    env = dict(env, XDG_CONFIG_HOME=tempfile.mkdtemp(prefix="config-",
                                                     dir=env.get("PEYVAND_DATA_DIR")))
    t0 = time.time()
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", *args, "--t0", repr(t0)]
    if shutil.which("xvfb-run"):
        cmd = ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", *cmd]
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, timeout=180)
    for line in reversed(out.stdout.splitlines()):
        if line.startswith("{"):
            data: dict[str, object] = json.loads(line)
            return data
    raise RuntimeError(f"child {args} printed no figure:\n{out.stdout}\n{out.stderr}")


def _demo_register(folder: Path, env: dict[str, str]) -> Path:
    path = folder / "bench-startup-demo.sqlite3"
    if not path.exists():
        subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(path), "demo"],
                       check=True, cwd=ROOT, env=env, capture_output=True)
    return path


def _partner_register(folder: Path, n: int, env: dict[str, str]) -> Path:
    path = folder / f"bench-startup-{n}.sqlite3"
    if not path.exists():
        sys.path.insert(0, str(ROOT))
        sys.path.insert(0, str(ROOT / "bench"))
        from bench_partner_list import build_register

        build_register(path, n)
    return path


def _pg_server(url: str | None, folder: Path) -> tuple[str | None, object | None]:
    """The PostgreSQL URL to measure on: *url*, or a throwaway server started the way the
    tests start theirs (bench_sync's helper); ``None`` when no server can be had (the
    PostgreSQL lines are then left out)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_sync import _server

    found, server = _server(folder, url, False)
    return (found, server) if "://" in found else (None, None)


def _pg_demo(url: str, env: dict[str, str]) -> str:
    """The demo register built in a fresh database of the server at *url*."""
    import psycopg

    plain = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS peyvand_bench_startup")
        conn.execute("CREATE DATABASE peyvand_bench_startup")
    target = url.rsplit("/", 1)[0] + "/peyvand_bench_startup"
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", target, "demo"],
                   check=True, cwd=ROOT, env=env, capture_output=True)
    return target


def _counts(register: str, env: dict[str, str]) -> tuple[str, str, str]:
    """The three statement counts on *register*: before the first paint (with the part
    run by worker threads), saving one meeting, saving one MoU."""
    opened = _run_child(["app", register], env)
    meeting = _run_child(["app", register, "save-meeting"], env)
    mou = _run_child(["app", register, "save-mou"], env)
    return (f"{opened['statements']} ({opened['worker_statements']} of them on worker threads)",
            str(meeting.get("save_statements", meeting.get("error"))),
            str(mou.get("save_statements", mou.get("error"))))


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--partners", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--pg-url", help="a PostgreSQL server to measure on (default: a "
                        "throwaway one, as the tests start; 'none' to leave it out)")
    parser.add_argument("--child", nargs="*")
    parser.add_argument("--t0", type=float)
    args = parser.parse_args()
    if args.child is not None:
        kind = args.child[0]
        if kind == "bare":
            _child_bare(args.t0)
        else:
            _child_app(args.t0, args.child[1], args.child[2] if len(args.child) > 2 else "open")
        return 0

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("QT_QPA_PLATFORM", None) if shutil.which("xvfb-run") else env.setdefault(
        "QT_QPA_PLATFORM", "offscreen")
    data_dir = Path(tempfile.mkdtemp(prefix="peyvand-bench-data-"))
    env["PEYVAND_DATA_DIR"] = str(data_dir)
    env["XDG_CONFIG_HOME"] = str(data_dir / "config")  # the window's settings: a first start
    # An installed Peyvand starts from compiled bytecode (pip compiles at install). Where
    # the environment forbids writing it (PYTHONDONTWRITEBYTECODE), every child would
    # compile the program's modules anew and the bare window none: keep the bytecode in a
    # folder of this run instead, and warm it with one start that is not counted.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(data_dir / "pycache")
    args.folder.mkdir(parents=True, exist_ok=True)
    registers = {"demo": _demo_register(args.folder, env)}
    if args.partners:
        registers[f"{args.partners:,} partners"] = _partner_register(args.folder, args.partners, env)

    print(f"screen: {'xvfb 1366x768' if shutil.which('xvfb-run') else 'offscreen'}; "
          f"{args.runs} runs each, medians")
    _run_child(["bare"], env)  # warm-up: bytecode written, files in the page cache
    _run_child(["app", str(registers["demo"])], env)
    bare = statistics.median(float(_run_child(["bare"], env)["seconds"])  # type: ignore[arg-type]
                             for _ in range(args.runs))
    print(f"bare QMainWindow: {bare:.3f} s to the first paint (reference)")
    for name, path in registers.items():
        runs = [_run_child(["app", str(path)], env) for _ in range(args.runs)]
        frame = statistics.median(float(r["frame"]) for r in runs)  # type: ignore[arg-type]
        seconds = statistics.median(float(r["seconds"]) for r in runs)  # type: ignore[arg-type]
        statements = max(int(r["statements"]) for r in runs)  # type: ignore[call-overload]
        heavy = runs[-1]["heavy_modules"]
        storage = runs[-1]["frame_storage"]
        print(f"Peyvand on {name}: the window (its frame) painted at {frame:.3f} s = "
              f"{frame / bare:.1f}× bare (target ≤ 3×; storage modules loaded by then: "
              f"{', '.join(storage) or 'none'}); "  # type: ignore[arg-type]
              f"the sections at {seconds:.3f} s = {seconds / bare:.1f}× bare; "
              f"{statements} SQL statements before them "
              f"(target ≤ 15); heavy modules loaded before them: {', '.join(heavy) or 'none'}")  # type: ignore[arg-type]
    pg_url, server = ((None, None) if args.pg_url == "none"
                      else _pg_server(args.pg_url, data_dir))
    try:
        counted = {"SQLite": _counts(str(registers["demo"]), env)}
        if pg_url:
            counted["PostgreSQL"] = _counts(_pg_demo(pg_url, env), env)
    finally:
        if server is not None:
            server.stop()  # type: ignore[attr-defined]
    print("SQL statements on the demo register (targets: ≤ 15 before the first paint, "
          "≤ 12 saving one meeting, ≤ 20 saving one MoU with its parties and axes):")
    for name, (first, meeting, mou) in counted.items():
        print(f"  {name}: before the first paint {first}; saving one meeting {meeting}; "
              f"saving one MoU {mou}")
    shutil.rmtree(data_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
