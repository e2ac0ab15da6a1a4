"""Mutation testing of Peyvand's non-Qt packages, with a time budget.

Usage::

    python tools/mutation.py rtl                 # reports/rtl.py + reports/bidi_levels.py
    python tools/mutation.py importing --budget 1800
    python tools/mutation.py db domain reports
    python tools/mutation.py reports/rtl.py      # any file or folder of the repository
    python tools/mutation.py db/bulk.py,db/limits.py --tests tests/db/test_database.py

Each *target* names a package (see :data:`TARGETS`) or a path, or several paths joined by
commas (mutated in one run, so one file can be re-run after its survivors were killed;
``--tests`` narrows or widens the covering tests). The repository's tracked
files are copied into a temporary folder, ``mutmut`` (3.x) is configured there (so no
``mutants/`` folder or config is left in the checkout) and run with the test folders that
cover the target. ``mutmut`` records which tests call each mutated function and runs only
those for each mutant. When the budget runs out the run is stopped, and the mutants tested
so far are counted; untested ones are reported as such, not as killed.

Why mutmut rather than cosmic-ray: mutmut 3 runs on Python 3.11 from a plain ``pip
install``, needs no session database or worker set-up, and selects the tests per mutant
from a recorded call graph — which is what makes a package fit in half an hour on two
cores. cosmic-ray runs the whole test command for every mutant.

The script prints the score per target and per file (the files' counts sum to the
target's), the surviving mutants by file, each with its diff (``--diffs``), and exits 0
(survivors are information, not a failure).

``--resume FOLDER`` goes on in a work folder an earlier run kept (``--keep``): the
checkout's tests are copied into it again, and only the mutants not yet detected there
(survived, "no tests", not checked) are run, with the tests as they are now. A mutant
detected earlier stays detected (the mutated code has not changed; more tests cannot let it
pass). So after writing tests for a run's survivors, their effect is measured in minutes
instead of a whole new run.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Target:
    """What to mutate (``only``: glob patterns inside ``paths``) and which tests cover it."""

    paths: tuple[str, ...]
    tests: tuple[str, ...]
    only: tuple[str, ...] = ()


#: The named targets, in the order the issue asks for them.
TARGETS: dict[str, Target] = {
    "rtl": Target(("reports",), ("tests/reports",), ("reports/rtl.py", "reports/bidi_levels.py")),
    "reports": Target(("reports",), ("tests/reports", "tests/reports_data")),
    # No test of tests/unit reaches desktop_app/importing; they only lengthened the first run.
    "importing": Target(("desktop_app/importing",), ("tests/importing",)),
    "db": Target(("db",), ("tests/db",)),
    "domain": Target(("desktop_app/domain",), ("tests/unit", "tests/db", "tests/imports_db",
                                               "tests/reports_data", "tests/undo")),
    "undo": Target(("desktop_app/domain",), ("tests/undo", "tests/imports_db"),
                   ("desktop_app/domain/import_undo.py",)),
    # The domain services that save and undo: the record kit, undo, import undo, records.
    # The tests are those written for them (a survivor runs every covering test, and all
    # of tests/db covers a save): the score is what these tests kill.
    "services": Target(("desktop_app/domain",),
                       ("tests/undo", "tests/unit", "tests/db/test_undo_service.py",
                        "tests/db/test_undo_service_mutants.py", "tests/db/test_record_kit.py",
                        "tests/db/test_record_kit_cases.py", "tests/db/test_letters.py",
                        "tests/db/test_meetings.py", "tests/db/test_conflicts_and_locks.py"),
                       ("desktop_app/domain/kit/*", "desktop_app/domain/undo.py",
                        "desktop_app/domain/import_undo.py", "desktop_app/domain/records.py")),
    # db/ where a user would lose data: sessions, integrity, backups, limits, audit, bulk, errors;
    # with the storage tests (not the record services', which only pass through).
    "dbcore": Target(("db",),
                     tuple(f"tests/db/test_{n}.py" for n in (
                         "database", "database_rules", "integrity", "backups", "backup_rules",
                         "bulk_storage", "storage_messages", "audit_rules", "attachment_safety",
                         "attachments", "schema_revisions", "conflicts_and_locks",
                         "undo_service")),
                     tuple(f"db/{n}.py" for n in ("database", "integrity", "backup", "limits",
                                                  "audit", "bulk", "errors"))),
}

#: The covering test folders of a path, by its top folder.
_TESTS_BY_TOP: dict[str, tuple[str, ...]] = {
    "reports": ("tests/reports", "tests/reports_data"),
    "db": ("tests/db",),
}
_TESTS_ELSE = ("tests/unit", "tests/db", "tests/importing", "tests/imports_db", "tests/undo")

#: Tests that kill real child processes, minutes each (eight of the twelve minutes of
#: tests/db on this machine); a mutant in a killed child is not seen by mutmut anyway, so
#: they are left out of mutation runs (the ordinary suite runs them).
SLOW_KILL_TESTS = ("tests/db/test_storage_kills.py", "tests/db/test_write_kills.py")

#: A pytest plugin written into the work folder (never into the checkout): during
#: mutmut's first, whole run it records each test's time (set-up included, which is where
#: a module's PDF fixtures cost), and for each mutant it runs the chosen tests cheapest
#: module first, cheapest test first. mutmut hands them over unordered, so a mutant that
#: a 0.01 s test kills otherwise often waits for a report to render first.
ORDER_PLUGIN = "peyvand_mutation_order.py"
ORDER_PLUGIN_TEXT = '''"""Mutation runs only: record test times in the first run, then run cheapest first."""
import json
import os
import time
from pathlib import Path

_TIMES = Path("peyvand-test-times.json")
_started = {}
_seen = {}


def pytest_runtest_logstart(nodeid, location):
    _started[nodeid] = time.monotonic()


def pytest_runtest_logfinish(nodeid, location):
    _seen[nodeid] = time.monotonic() - _started.pop(nodeid, time.monotonic())


def pytest_sessionfinish(session):
    if os.environ.get("MUTANT_UNDER_TEST") == "stats" and _seen:
        _TIMES.write_text(json.dumps(_seen))


def pytest_collection_modifyitems(session, config, items):
    if not _TIMES.exists():
        return
    times = json.loads(_TIMES.read_text())
    entry = {}
    for nodeid, seconds in times.items():  # the first test of a module paid its set-up
        entry.setdefault(nodeid.split("::")[0], seconds)
    items.sort(key=lambda item: (entry.get(item.nodeid.split("::")[0], 1e9),
                                 times.get(item.nodeid, 1e9)))
'''

#: Everything besides the mutated paths that a test run needs in the copy.
#: ``tools`` because tests/unit/test_catalogue.py runs ``tools/translations.py check``: without
#: it mutmut's first, whole run fails and nothing is mutated.
ALSO_COPY = ("db", "desktop_app", "reports", "resources", "tests", "tools", "main.py",
             "pyproject.toml")


@dataclass
class Score:
    """The outcome of one target's run."""

    name: str
    counts: dict[str, int] = field(default_factory=dict)
    survivors: dict[str, list[str]] = field(default_factory=dict)
    by_module: dict[str, dict[str, int]] = field(default_factory=dict)
    seconds: float = 0.0
    stopped: bool = False

    @property
    def tested(self) -> int:
        return _tested(self.counts)

    @property
    def killed(self) -> int:
        return _detected(self.counts)

    def line(self) -> str:
        stop = " (budget ran out)" if self.stopped else ""
        return f"{self.name}: {_share(self.counts)} in {self.seconds:.0f} s{stop}  [{_listed(self.counts)}]"

    def module_lines(self) -> list[str]:
        """One line per mutated file; their counts add up to :meth:`line`'s."""
        return [f"  {module}: {_share(counts)} of {sum(counts.values())} mutants  [{_listed(counts)}]"
                for module, counts in sorted(self.by_module.items())]


#: The statuses of a mutant the tests noticed (a timeout or a segfault: they did not pass).
DETECTED = ("killed", "timeout", "segfault")


def _tested(counts: dict[str, int]) -> int:
    return sum(v for k, v in counts.items() if k != "not checked")


def _detected(counts: dict[str, int]) -> int:
    return sum(counts.get(k, 0) for k in DETECTED)


def _share(counts: dict[str, int]) -> str:
    tested = _tested(counts)
    share = f"{100 * _detected(counts) / tested:.1f}%" if tested else "n/a"
    return f"{_detected(counts)}/{tested} killed = {share}"


def _listed(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))


def _target(name: str, tests: tuple[str, ...] = ()) -> Target:
    """The named target, or the files/folders of a comma-separated list of paths."""
    if name in TARGETS:
        target = TARGETS[name]
        return Target(target.paths, tests, target.only) if tests else target
    paths = [Path(p) for p in name.split(",") if p]
    for path in paths:
        if not (ROOT / path).exists():
            raise SystemExit(f"unknown target {str(path)!r}: give one of {', '.join(TARGETS)} "
                             "or paths of the repository")
    if not tests:
        tests = tuple(dict.fromkeys(t for path in paths
                                    for t in _TESTS_BY_TOP.get(path.parts[0], _TESTS_ELSE)))
    folders = list(dict.fromkeys(p.parent if p.suffix == ".py" else p for p in paths))
    # mutmut walks each source path: a folder inside another one listed would be collected
    # twice (it stops on an assertion), so only the outermost folders are given.
    packages = tuple(str(f) for f in folders
                     if not any(f != g and f.is_relative_to(g) for g in folders))
    only = tuple(str(p) if p.suffix == ".py" else f"{p}/*" for p in paths)
    # A whole folder alone needs no filter; with files beside it, it gets a glob.
    return Target(packages, tests, () if len(paths) == 1 and paths[0].suffix != ".py" else only)


def _copy_repo(dest: Path) -> None:
    """The tracked (and new, not ignored) files of the checkout, as they are on disk."""
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT,
                            check=True, capture_output=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        src = ROOT / name
        if not src.is_file():
            continue
        out = dest / name
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, out)


def _config(target: Target, pg: bool = False) -> str:
    def block(key: str, values: tuple[str, ...] | list[str]) -> str:
        return f"{key}=\n" + "".join(f"    {v}\n" for v in values)

    tests = [t for t in target.tests if (ROOT / t).exists()]
    text = "[mutmut]\n" + block("source_paths", target.paths)
    text += block("pytest_add_cli_args_test_selection", tests) + block("also_copy", [*ALSO_COPY, ORDER_PLUGIN])
    if target.only:
        text += block("only_mutate", target.only)
    # -n 0: one process (the suite's own addopts spread it over the cores; mutmut records
    # which tests call each function in this process).
    args = ["-p", "no:cacheprovider", "-q", "-x", "-n", "0", "--ignore=tests/gui",
            "--ignore=tests/stress"]
    args += [f"--ignore={t}" for t in SLOW_KILL_TESTS]
    args += ["-p", ORDER_PLUGIN.split(".")[0]]
    if not pg:  # the SQLite half exercises the same Python; PostgreSQL doubles the time
        args += ["-m", "not postgres"]
    text += block("pytest_add_cli_args", args)
    # Each mutant's tests run in a process forked from a server that has only collected the
    # tests, not from the one that ran them all for the call graph: the RTL layer's caches
    # (shaped words, visual lines, widths) filled by that run would otherwise answer for the
    # mutated code, and its mutants would survive unseen.
    text += "process_isolation=forkserver\n"
    text += "max_stack_depth=-1\ntimeout_multiplier=10.0\n"
    return text


_RESULT = re.compile(r"^\s*(\S+): (.+)$")


def _statuses(work: Path, env: dict[str, str]) -> dict[str, str]:
    """Each mutant of the work folder and what became of it ("killed", "survived", …)."""
    out = subprocess.run([sys.executable, "-m", "mutmut", "results", "--all", "true"], cwd=work,
                         env=env, capture_output=True, text=True).stdout
    return {m.group(1): m.group(2).strip() for m in map(_RESULT.match, out.splitlines()) if m}


def _tally(score: Score, statuses: dict[str, str]) -> None:
    """Fill *score*'s counts, per-file counts and survivors from the mutants' statuses."""
    for mutant, status in statuses.items():
        module = mutant.split(".x")[0].split(".xǁ")[0]
        score.counts[status] = score.counts.get(status, 0) + 1
        per_file = score.by_module.setdefault(module, {})
        per_file[status] = per_file.get(status, 0) + 1
        if status in ("survived", "no tests"):
            score.survivors.setdefault(module, []).append(mutant)


def _refresh_tests(work: Path) -> None:
    """Copy the checkout's tests over the work folder's (new test files included)."""
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z", "tests"], cwd=ROOT,
                            check=True, capture_output=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        if (ROOT / name).is_file():
            (work / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, work / name)


def run(name: str, budget: float, children: int, diffs: bool, keep: bool, pg: bool = False,
        tests: tuple[str, ...] = (), resume: Path | None = None) -> Score:
    """Mutate one target within *budget* seconds and return its score (going on in the
    work folder *resume*, when given: see the module docstring)."""
    target = _target(name, tests)
    score = Score(name)
    work = resume or Path(tempfile.mkdtemp(prefix="peyvand-mutation-"))
    keep = keep or resume is not None
    started = time.monotonic()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name_ in ("PYTHONPATH", "PEYVAND_REQUIRE_PG"):  # mutmut puts mutants/ first itself
        env.pop(name_, None)
    earlier: dict[str, str] = {}
    try:
        if resume:
            earlier = _statuses(work, env)
            _refresh_tests(work)
            # mutmut 3.8's incremental call graph for new tests missed a function a new test
            # reaches (a killed mutant stayed "survived"): it is recorded again, whole.
            (work / "mutants" / "mutmut-stats.json").unlink(missing_ok=True)
        else:
            _copy_repo(work)
        (work / "setup.cfg").write_text(_config(target, pg), encoding="utf-8")
        (work / ORDER_PLUGIN).write_text(ORDER_PLUGIN_TEXT, encoding="utf-8")
        command = [sys.executable, "-m", "mutmut", "run", "--max-children", str(children)]
        # Named mutants are run again even when mutmut has a result for them.
        command += [mutant for mutant, status in earlier.items() if status not in DETECTED]
        # mutmut says why it stopped ("failed to collect stats", "Failed to run clean test")
        # on stdout, among its spinner: kept in a log of the work folder, its tail shown.
        log = work / "mutmut-run.log"
        with log.open("w", encoding="utf-8") as out:
            proc = subprocess.Popen(command, cwd=work, env=env, stdout=out,
                                    stderr=subprocess.STDOUT, text=True, start_new_session=True)
        try:
            proc.wait(timeout=budget)
            if proc.returncode not in (0, None):
                said = log.read_text(encoding="utf-8", errors="replace")
                said = "\n".join(x for x in re.split(r"[\r\n]|(?=[\u2800-\u28ff])", said)
                                 if x.strip() and not "\u2800" <= x[0] <= "\u28ff")
                print(f"{name}: mutmut exited {proc.returncode}\n{said[-3000:]}", file=sys.stderr)
        except subprocess.TimeoutExpired:
            score.stopped = True
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        score.seconds = time.monotonic() - started
        # A changed test list makes mutmut forget its results: what was detected stays so.
        now = _statuses(work, env)
        _tally(score, {mutant: status if status != "not checked" or mutant not in earlier else earlier[mutant]
                       for mutant, status in {**earlier, **now}.items()})
        if diffs:
            for mutants in score.survivors.values():
                for mutant in mutants:
                    shown = subprocess.run([sys.executable, "-m", "mutmut", "show", mutant], cwd=work,
                                           env=env, capture_output=True, text=True).stdout
                    print(shown)
    finally:
        if keep:
            print(f"kept the work folder {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("targets", nargs="*", default=["rtl"],
                        help=f"named targets ({', '.join(TARGETS)}) or paths; default rtl")
    parser.add_argument("--budget", type=float, default=1800.0,
                        help="seconds per target before the run is stopped (default 1800)")
    parser.add_argument("--children", type=int, default=1,
                        help="parallel mutants (default 1: the machine is shared)")
    parser.add_argument("--tests", default="",
                        help="comma-separated test files/folders to use instead of the target's")
    parser.add_argument("--diffs", action="store_true", help="print each survivor's diff")
    parser.add_argument("--keep", action="store_true", help="keep the temporary work folder")
    parser.add_argument("--pg", action="store_true",
                        help="run the PostgreSQL tests too (default: SQLite only, half the time)")
    parser.add_argument("--resume", type=Path, metavar="FOLDER",
                        help="go on in a work folder kept by --keep: its undetected mutants only, "
                             "with the checkout's tests as they are now (one target)")
    args = parser.parse_args(argv)
    if args.resume and (len(args.targets) != 1 or not (args.resume / "mutants").is_dir()):
        parser.error("--resume takes one target and a work folder an earlier --keep run left")
    tests = tuple(t for t in args.tests.split(",") if t)
    scores = [run(t, args.budget, args.children, args.diffs, args.keep, args.pg, tests, args.resume)
              for t in args.targets]
    for score in scores:
        print(f"\nsurvivors of {score.name}:")
        for module, mutants in sorted(score.survivors.items()):
            print(f"  {module}: {len(mutants)}")
            for mutant in mutants:
                print(f"    {mutant}")
    print()
    for score in scores:
        print(score.line())
        if len(score.by_module) > 1:
            print("\n".join(score.module_lines()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
