"""Bench: the wizard's first dry run of a 10,000-row list against a register of 100,000
partners, with and without the index built ahead (:meth:`ImportService.warm_existing_index`,
which the wizard runs on a worker as it is shown).

Generates the list and the existing partners with ``bench_import_read.generate`` and builds
the register once through :class:`ImportService` (``bench_import.build_register``). Then,
in fresh processes taking turns (``cold``, ``warm``, ``cold``, …), each on the same
register (a dry run writes nothing):

* ``cold`` — the file is read as the file page reads it, then the dry run the review page
  makes (``preview`` with the table and the automatic mapping), as today without the
  warm-up; then the same dry run again: the **repeated** one, which finds the index cached.
* ``warm`` — the index is first built on a thread, as the wizard's worker does while the
  officer picks the file and the columns (its own CPU time is printed, and the longest the
  main thread, waking every millisecond meanwhile as an idle window's event loop does, had
  to wait to run: the worker holds the interpreter lock by turns; beside it, for reference,
  the same wait beside a worker of plain Python and with no worker, each as long); then
  the read and the same two dry runs.
* ``hurried`` — the officer who drops the file at once: the build is started on a thread
  and the read and the dry run follow straight away, the dry run waiting for the build
  under way; the time from "opening" to the first dry run's end is printed, to compare
  with ``cold``'s read and first dry run (the index must not be built twice).

Each figure is the process's CPU time (``process_time``, all threads) with the wall time
and the load average beside it: on a loaded machine the CPU time is the fair figure. The
reference is the repeated dry run of the same process, measured in the same run.

Run: ``python bench/bench_wizard_preview.py [--rows 10000] [--existing 100000]
[--runs 3] [--keep DIR]`` (with ``--keep`` the files and the register are kept in DIR and
reused by the next run with the same sizes). Target (issue 15): the first dry run of 10,000
rows against 100,000 partners at the repeated one's cost, < 1 s.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def _timed(call: Callable[[], object]) -> tuple[float, float]:
    """(CPU seconds of the whole process, wall seconds) of ``call()``."""
    cpu, wall = time.process_time(), time.perf_counter()
    call()
    return time.process_time() - cpu, time.perf_counter() - wall


def _longest_wait(until: Callable[[], bool]) -> float:
    """The longest this thread waited to run again, waking every millisecond as an idle
    window's event loop does, until ``until()`` (in seconds)."""
    longest = 0.0
    while not until():
        before = time.perf_counter()
        time.sleep(0.001)
        longest = max(longest, time.perf_counter() - before - 0.001)
    return longest


def _busy_python(seconds: float) -> None:
    """Plain Python bytecode for *seconds*: the reference worker for the waits."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def _reference_waits(seconds: float) -> tuple[float, float]:
    """The longest waits (ms) over *seconds* beside a worker of plain Python, then alone."""
    busy = threading.Thread(target=_busy_python, args=(seconds,))
    busy.start()
    beside_busy = _longest_wait(lambda: not busy.is_alive())
    busy.join()
    end = time.perf_counter() + seconds
    alone = _longest_wait(lambda: time.perf_counter() >= end)
    return beside_busy * 1000, alone * 1000


def measure(file: str, register: str, case: str) -> dict[str, object]:
    """One case in this process: the warm-up (``warm``, ``hurried``), the read, two dry runs."""
    from db.database import Database
    from desktop_app.domain.imports import ImportService
    from desktop_app.importing import RawTable, auto_map

    db = Database.open(register, app_version="bench")
    service = ImportService(db)
    out: dict[str, object] = {}
    worker = threading.Thread(target=service.warm_existing_index)
    if case != "cold":
        opened = time.process_time(), time.perf_counter()
        worker.start()
        if case == "warm":
            beside = _longest_wait(lambda: not worker.is_alive())
            worker.join()
            cpu, wall = time.process_time() - opened[0], time.perf_counter() - opened[1]
            out["warm_up"] = cpu, wall
            out["waits_ms"] = [beside * 1000, *_reference_waits(wall)]
    tables: list[RawTable] = []
    out["read"] = _timed(lambda: tables.append(service.read(file)))
    table = tables[0]
    mapping = auto_map(table.headers)
    for name in ("first", "repeated"):
        out[name] = _timed(lambda: service.preview(file, table=table, mapping=mapping))
        out[f"{name}_stages"] = dict(service.timings)
        if case == "hurried" and name == "first":
            worker.join()  # ended already: the dry run waited for its index
            out["opened_to_first"] = time.process_time() - opened[0], time.perf_counter() - opened[1]
    out["load"] = os.getloadavg()[0]
    db.close()
    return out


def main() -> None:
    """Generate the files and the register, then measure the cases in fresh processes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--existing", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3, help="runs of each case, taking turns")
    parser.add_argument("--keep", type=Path, help="keep the files and the register here, reuse them")
    parser.add_argument("--measure", nargs=3, metavar=("FILE", "REGISTER", "CASE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        file, register, warm = args.measure
        print(json.dumps(measure(file, register, warm)))
        return
    from bench_import import build_register
    from bench_import_read import generate

    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        stamp, register = folder / "wizard-bench.json", folder / "register.sqlite3"
        wanted = {"rows": args.rows, "existing": args.existing}
        if not (stamp.exists() and register.exists() and json.loads(stamp.read_text()) == wanted):
            started = time.perf_counter()
            paths = generate(folder, args.rows, args.existing)
            build_register(folder, paths["existing"])
            stamp.write_text(json.dumps(wanted))
            print(f"generated {args.rows} rows and a register of {args.existing} partners "
                  f"in {time.perf_counter() - started:.0f} s")
        file = folder / "partners-utf8.csv"
        for run in range(1, args.runs + 1):
            for case in ("cold", "warm", "hurried"):
                out = subprocess.run([sys.executable, __file__, "--measure", str(file), str(register), case],
                                     check=True, capture_output=True, text=True)
                r = json.loads(out.stdout)
                ahead = ""
                if case == "warm":
                    ahead = (f"warm-up on a worker CPU {r['warm_up'][0]:.2f} s (wall {r['warm_up'][1]:.2f} s, "
                             f"the main thread waited {r['waits_ms'][0]:.0f} ms at the most; beside plain Python "
                             f"{r['waits_ms'][1]:.0f} ms, alone {r['waits_ms'][2]:.0f} ms), ")
                elif case == "hurried":
                    ahead = (f"from opening to the first dry run's end CPU {r['opened_to_first'][0]:.2f} s "
                             f"(wall {r['opened_to_first'][1]:.2f} s), ")
                print(f"run {run} {case:7}: {ahead}"
                      f"read CPU {r['read'][0]:.2f} s (wall {r['read'][1]:.2f} s), first dry run CPU {r['first'][0]:.2f} s (wall {r['first'][1]:.2f} s, "
                      f"existing partners {r['first_stages']['load_existing']:.2f} s), "
                      f"repeated CPU {r['repeated'][0]:.2f} s (wall {r['repeated'][1]:.2f} s), "
                      f"load {r['load']:.1f}", flush=True)


if __name__ == "__main__":
    main()
