"""Peyvand's start: a command runs headless; no command opens the window.

``main.py`` (the frozen program's script) and the installed ``peyvand`` script both start
here, so a file given with ``--open`` and the early integrity check behave the same way.
Nothing here imports Qt: the window's modules load only when a window is wanted.
"""

from __future__ import annotations

import gc
import sys


def _attach_console() -> None:
    """Give the frozen Windows program (a window program, with no console of its own) the
    console it was started from, so ``--version`` and ``--self-test`` print there."""
    if not (getattr(sys, "frozen", False) and sys.platform == "win32" and sys.stdout is None):
        return
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115 (lives as long as the process)
        sys.stderr = sys.stdout


def main() -> int:
    """Parse the command line and hand over to the command line or the application."""
    _attach_console()
    from desktop_app.cli import parse_command_line
    from desktop_app.logging_setup import setup_logging

    args = parse_command_line()
    if args.self_test:
        from desktop_app.selftest import run_self_test

        return run_self_test()
    setup_logging()
    if args.command:
        from desktop_app.cli import run_command

        return run_command(args)
    if args.open:  # a file from the file manager: a register given so is the one to open
        from desktop_app.open_file import apply_to_arguments

        apply_to_arguments(args)
    before_window(args)
    from desktop_app.app import run_gui  # Qt is imported only when a window is wanted

    return run_gui(args)


def before_window(args: object) -> None:
    """What a start with the window does before Qt loads: the collector paused, the
    register's integrity check started."""
    pause_collector()
    _examine_early(args)


def pause_collector() -> None:
    """Pause the cyclic garbage collector until the main window is drawn
    (:func:`resume_collector`, called by ``desktop_app.app.run_gui``).

    Importing Qt, SQLAlchemy, the models and the window makes some 100,000 objects that
    live as long as the program and form no garbage worth collecting; the collector would
    walk them again and again as they are made — about an eighth of the CPU time of the
    imports between the frame and the usable window (bench/bench_startup.py)."""
    gc.disable()


def resume_collector() -> None:
    """Turn the collector back on (a no-op when it was not paused)."""
    gc.enable()


def _examine_early(args: object) -> None:
    """Start the register's integrity check on a thread while the window's modules load
    (``Database.open`` waits for its answer before anything is written; db.prechecked)."""
    target = getattr(args, "db", None)
    if getattr(args, "demo", False) or (target and "://" in str(target)):
        return
    try:
        from db.prechecked import start

        if not target:
            from desktop_app.paths import default_database

            target = default_database()
        start(target)
    except Exception:  # the open examines the file itself; this only saves time
        import logging

        logging.getLogger(__name__).debug("the early integrity check did not start", exc_info=True)

