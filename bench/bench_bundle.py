"""Bench and smoke test of the frozen bundle (Linux): build it, self-test it, time its window.

1. builds the bundle with ``tools/build_bundle.py`` (its figures: build time, unpacked
   size, archive size; ``--no-build`` reuses ``dist/peyvand``);
2. runs ``--self-test`` from the frozen program and from source, timing both;
3. on a virtual screen (Xvfb; the script re-runs itself under ``xvfb-run`` when there is
   no display), starts the window on a copy of the demo register — the frozen program and
   ``python main.py`` in turn, ``--runs`` times each — and measures the time from starting
   the process to its main window being mapped (``xdotool search --onlyvisible --pid``);
4. prints every figure with the source run beside the bundle run, and their ratio.

Each run has its own data folder and settings folder, so nothing of the user's is read or
written. Not part of the test suite: it takes a few minutes (the build most of it).

Usage: ``python bench/bench_bundle.py [--no-build] [--runs 5]``
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
sys.path.insert(0, str(ROOT / "tools"))

import build_bundle  # noqa: E402  (tools/ is not a package)

SCREEN = "-screen 0 1366x768x24"


def _clean_env(folder: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONHOME", "QT_QPA_PLATFORM", "PEYVAND_DATA_DIR")}
    env["PEYVAND_DATA_DIR"] = str(folder / "data")
    env["XDG_CONFIG_HOME"] = str(folder / "config")  # the window's QSettings
    env["XDG_STATE_HOME"] = str(folder / "state")
    return env


def source_command() -> list[str]:
    """How a developer starts Peyvand from this checkout."""
    return [sys.executable, str(ROOT / "main.py")]


def bundle_command() -> list[str]:
    """The frozen program."""
    return [str(build_bundle.program())]


def source_env(env: dict[str, str]) -> dict[str, str]:
    """*env* with this checkout first on the path (as the tests run it)."""
    return {**env, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))}


def timed_self_test(cmd: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Seconds of ``--self-test`` and its line; raises when it fails."""
    started = time.perf_counter()
    result = subprocess.run([*cmd, "--self-test"], capture_output=True, text=True, env=env,
                            timeout=600, cwd=tempfile.gettempdir())
    seconds = time.perf_counter() - started
    line = (result.stdout.strip().splitlines() or [""])[-1]
    if result.returncode != 0:
        raise SystemExit(f"--self-test failed ({' '.join(cmd)}): {line}\n{result.stderr[-3000:]}")
    return seconds, line


def window_ids(pid: int) -> list[str]:
    """The visible X windows of process *pid*."""
    result = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                            capture_output=True, text=True)
    return result.stdout.split()


def time_to_window(cmd: list[str], env: dict[str, str], register: Path,
                   timeout: float = 120) -> float:
    """Seconds from starting *cmd* on *register* to its main window being mapped."""
    started = time.perf_counter()
    process = subprocess.Popen([*cmd, "--db", str(register), "--lang", "en"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               cwd=tempfile.gettempdir())
    try:
        while time.perf_counter() - started < timeout:
            if window_ids(process.pid):
                return time.perf_counter() - started
            if process.poll() is not None:
                err = process.stderr.read().decode(errors="replace") if process.stderr else ""
                raise SystemExit(f"{' '.join(cmd)} exited {process.returncode} before its "
                                 f"window showed:\n{err[-3000:]}")
            time.sleep(0.02)
        raise SystemExit(f"no window from {' '.join(cmd)} within {timeout} s")
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main() -> int:
    """Build, self-test and time the window; print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="reuse dist/peyvand")
    parser.add_argument("--runs", type=int, default=5, help="window starts of each kind")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        if not shutil.which("xvfb-run"):
            raise SystemExit("no display and no xvfb-run")
        return subprocess.call(["xvfb-run", "-a", "-s", SCREEN, sys.executable, *sys.argv])
    if not shutil.which("xdotool"):
        raise SystemExit("xdotool is needed to see the window appear")

    if not args.no_build:
        code = build_bundle.main([])
        if code != 0:
            return code
    if not build_bundle.program().is_file():
        raise SystemExit("no bundle: run without --no-build")
    info_file = build_bundle.DIST / "peyvand-build.json"
    info = json.loads(info_file.read_text(encoding="utf-8")) if info_file.is_file() else {}
    unpacked = build_bundle.tree_size(build_bundle.BUNDLE)

    with tempfile.TemporaryDirectory(prefix="peyvand-bench-bundle-") as tmp:
        folder = Path(tmp)
        env = _clean_env(folder)
        frozen_test = timed_self_test(bundle_command(), env)
        source_test = timed_self_test(source_command(), source_env(env))

        template = folder / "demo.sqlite3"
        subprocess.run([*source_command(), "--db", str(template), "demo"], check=True,
                       env=source_env(env), capture_output=True, timeout=300)
        times: dict[str, list[float]] = {"bundle": [], "source": []}
        for run in range(args.runs):
            for kind, cmd, kind_env in (("bundle", bundle_command(), env),
                                        ("source", source_command(), source_env(env))):
                register = folder / f"{kind}-{run}.sqlite3"
                shutil.copyfile(template, register)
                times[kind].append(time_to_window(cmd, kind_env, register))

    mb = 1024 * 1024
    print(f"Peyvand {build_bundle.version()} bundle, {info.get('machine', '')} "
          f"Python {info.get('python', '')}")
    if "build_seconds" in info:
        print(f"  build: {info.get('total_seconds', '?')} s in all (PyInstaller "
              f"{info['build_seconds']} s, then checks, strip, frozen self-test, archive)")
    print(f"  unpacked size: {unpacked / mb:.1f} MB (target < 150 MB)")
    if "archive_bytes" in info:
        print(f"  archive {info['archive']}: {int(info['archive_bytes']) / mb:.1f} MB")
    print(f"  --self-test: bundle {frozen_test[0]:.1f} s, source {source_test[0]:.1f} s")
    print(f"    bundle: {frozen_test[1]}")
    med = {k: statistics.median(v) for k, v in times.items()}
    for kind in ("bundle", "source"):
        runs = ", ".join(f"{t:.2f}" for t in times[kind])
        print(f"  time to window, {kind}: median {med[kind]:.2f} s, min {min(times[kind]):.2f} s "
              f"({runs})")
    print(f"  ratio bundle / source (median): {med['bundle'] / med['source']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
