"""Bench and smoke test of the frozen bundle (Linux): build it, self-test it, time its window.

1. builds the bundle with ``tools/build_bundle.py`` (its figures: build time, unpacked
   size, archive size; ``--no-build`` reuses ``dist/peyvand``);
2. runs ``--self-test`` from the frozen program and from source, timing both, and from a
   copy unpacked from the release archive in another folder (with its ``--version``);
3. each on a fresh private virtual screen (Xvfb, 1366×768), starts the window on a copy of the demo register — the frozen program and
   ``python main.py`` in turn, ``--runs`` times each — and measures the time from starting
   the process to its main window being mapped (``xdotool search --onlyvisible --pid``);
   ``--screenshots DIR`` also saves the frozen window's screen in Persian and English
   (under a window manager, ``icewm``, when one is installed: its title bar shows the icon);
4. starts the frozen window once more as on a Wayland session (``XDG_SESSION_TYPE=wayland``,
   a ``WAYLAND_DISPLAY`` with no compositor): the bundle has no Wayland plugin, so Qt must
   open it through XWayland (xcb); and reads the window's ``_NET_WM_ICON`` (the app icon);
5. prints every figure with the source run beside the bundle run, and their ratio.

Each run has its own data folder and settings folder, so nothing of the user's is read or
written. Not part of the test suite: it takes a few minutes (the build most of it).

Usage: ``python bench/bench_bundle.py [--no-build] [--runs 5]``
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterator
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


def self_test_unpacked(info: dict[str, object], folder: Path, env: dict[str, str]) -> str:
    """Unpack the release archive elsewhere, as an office does, and self-test that copy
    (the bundle must not depend on where it was built); its ``--version`` line and result."""
    archive = build_bundle.DIST / str(info.get("archive", ""))
    if not info.get("archive") or not archive.is_file():
        return "no archive to unpack"
    target = folder / "unpacked"
    target.mkdir()
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="tar")
    program = target / "peyvand" / "peyvand"
    version = subprocess.run([str(program), "--version"], capture_output=True, text=True,
                             env=env, timeout=120).stdout.strip()
    _seconds, line = timed_self_test([str(program)], env)
    return f"{version}; {line.split(':')[0]}"


def window_ids(pid: int, display: str) -> list[str]:
    """The visible X windows of process *pid* on *display*."""
    result = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                            capture_output=True, text=True, env={**os.environ, "DISPLAY": display})
    return result.stdout.split()


class ScreenLost(Exception):
    """The virtual screen went away under the program (another job ended its Xvfb)."""


def time_to_window(cmd: list[str], env: dict[str, str], register: Path, *, lang: str = "en",
                   timeout: float = 120, settle: float = 0.0,
                   then: Callable[[str], None] | None = None, manager: bool = False) -> float:
    """Seconds from starting *cmd* on *register* to its main window being mapped, each
    start on a fresh private screen (then, after *settle* seconds, *then(display)* is called
    while the window is still open). A start whose screen was lost is tried again."""
    for attempt in range(3):
        try:
            with virtual_screen() as display, window_manager(display, manager):
                return _time_to_window(cmd, {**env, "DISPLAY": display}, register, lang,
                                       timeout, settle, then)
        except ScreenLost:
            if attempt == 2:
                raise SystemExit("the virtual screen was lost three times") from None
    raise AssertionError("unreachable")


def _time_to_window(cmd: list[str], env: dict[str, str], register: Path, lang: str,
                    timeout: float, settle: float,
                    then: Callable[[str], None] | None) -> float:
    errors = register.with_suffix(".stderr")
    started = time.perf_counter()
    with errors.open("wb") as err_file:  # a file, not a pipe: a full pipe would stall Qt
        process = subprocess.Popen([*cmd, "--db", str(register), "--lang", lang], env=env,
                                   stdout=subprocess.DEVNULL, stderr=err_file,
                                   cwd=tempfile.gettempdir())
    try:
        while time.perf_counter() - started < timeout:
            if window_ids(process.pid, env["DISPLAY"]):
                elapsed = time.perf_counter() - started
                if then is not None:
                    time.sleep(settle)
                    then(env["DISPLAY"])
                return elapsed
            if process.poll() is not None:
                err = errors.read_text(encoding="utf-8", errors="replace")
                if "could not connect to display" in err:
                    raise ScreenLost(err)
                raise SystemExit(f"{' '.join(cmd)} exited {process.returncode} before its "
                                 f"window showed:\n{err[-3000:]}")
            time.sleep(0.02)
        raise SystemExit(f"no window from {' '.join(cmd)} within {timeout} s:\n"
                         f"{errors.read_text(encoding='utf-8', errors='replace')[-3000:]}")
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def virtual_screen() -> Iterator[str]:
    """A private Xvfb screen (1366×768) on a free display number; its display name.

    The number is taken high and at random, away from the ones ``xvfb-run -a`` and
    ``-displayfd`` hand out to parallel runs, and the server is asked (``xdpyinfo``) to
    answer before it is used.
    """
    rng = random.Random()
    for _attempt in range(20):
        number = rng.randrange(400, 4000)
        display = f":{number}"
        server = subprocess.Popen(["Xvfb", display, *SCREEN.split(), "-nolisten", "tcp"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.perf_counter() + 15
        while time.perf_counter() < deadline and server.poll() is None:
            probe = subprocess.run(["xdpyinfo", "-display", display], capture_output=True)
            if probe.returncode == 0:
                break
            time.sleep(0.2)
        if server.poll() is not None:
            continue  # lost a race for that number; take another
        try:
            yield display
        finally:
            server.terminate()
            server.wait(timeout=20)
        return
    raise SystemExit("no Xvfb could be started")


@contextlib.contextmanager
def window_manager(display: str, wanted: bool) -> Iterator[None]:
    """``icewm`` on *display* while the block runs (when *wanted* and installed): a title
    bar that shows the window's icon. Without one the screen has bare windows."""
    tool = shutil.which("icewm") if wanted else None
    if tool is None:
        yield
        return
    manager = subprocess.Popen([tool], env={**os.environ, "DISPLAY": display},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    try:
        yield
    finally:
        manager.terminate()
        manager.wait(timeout=20)


def window_icon_sizes(display: str) -> list[int]:
    """The icon sizes Peyvand's window gives X (``_NET_WM_ICON``); empty when none."""
    env = {**os.environ, "DISPLAY": display}
    ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Peyvand|پیوند"],
                         capture_output=True, text=True, env=env).stdout.split()
    for wid in ids:
        out = subprocess.run(["xprop", "-id", wid, "-notype", "32c", "_NET_WM_ICON"],
                             capture_output=True, text=True, env=env).stdout
        numbers = [int(n) for n in out.replace("=", ",").split(",")[1:] if n.strip().isdigit()]
        sizes, i = [], 0
        while i + 1 < len(numbers):
            width, height = numbers[i], numbers[i + 1]
            if width <= 0 or width != height:
                break
            sizes.append(width)
            i += 2 + width * height
        if sizes:
            return sorted(sizes)
    return []


def open_refuses_a_foreign_file(env: dict[str, str], register: Path, folder: Path) -> float:
    """``peyvand --open`` with a file that is not Peyvand's, from the frozen program: the
    window opens on *register* and a message box ("Open a file") says why; seconds until
    it shows. The register is not changed."""
    foreign = folder / "not-really.peyvand"
    foreign.write_text("a letter, renamed", encoding="utf-8")
    before = _counts(register)
    with virtual_screen() as display:
        shown_env = {**env, "DISPLAY": display}
        started = time.perf_counter()
        process = subprocess.Popen([*bundle_command(), "--db", str(register), "--lang", "en",
                                    "--open", str(foreign)], env=shown_env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while time.perf_counter() - started < 120:
                found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name",
                                        "^Open a file$"], capture_output=True, text=True,
                                       env=shown_env).stdout.split()
                if found:
                    elapsed = time.perf_counter() - started
                    break
                if process.poll() is not None:
                    raise SystemExit(f"--open: the program exited {process.returncode}")
                time.sleep(0.05)
            else:
                raise SystemExit("--open: no message box within 120 s")
        finally:
            process.terminate()
            process.wait(timeout=20)
    if _counts(register) != before or foreign.read_text(encoding="utf-8") != "a letter, renamed":
        raise SystemExit("--open: the register or the file changed")
    return elapsed


def _counts(register: Path) -> tuple[int, ...]:
    """Rows of the register's main tables (what an unwanted import or restore would change)."""
    import sqlite3

    conn = sqlite3.connect(f"file:{register}?mode=ro", uri=True)
    try:
        return tuple(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                     for table in ("partners", "mous", "meetings"))
    finally:
        conn.close()


def screenshot(display: str, out: Path) -> None:
    """Save the whole virtual screen as a PNG (Pillow's X11 grab)."""
    from PIL import ImageGrab

    ImageGrab.grab(xdisplay=display).save(out)


def main() -> int:
    """Build, self-test and time the window; print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="reuse dist/peyvand")
    parser.add_argument("--runs", type=int, default=5, help="window starts of each kind")
    parser.add_argument("--screenshots", type=Path, default=None, metavar="DIR",
                        help="also save the frozen window's screen, in Persian and English")
    args = parser.parse_args()
    if not shutil.which("xdotool") or not shutil.which("Xvfb"):
        raise SystemExit("Xvfb and xdotool are needed to see the window appear")

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
        unpacked_test = self_test_unpacked(info, folder, env)
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
        # As on a Wayland session: Qt asks for "wayland;xcb"; the bundle has only xcb.
        wayland_env = {**env, "XDG_SESSION_TYPE": "wayland",
                       "WAYLAND_DISPLAY": "wayland-peyvand-bench-none"}
        register = folder / "wayland.sqlite3"
        shutil.copyfile(template, register)
        icon: list[int] = []
        wayland_start = time_to_window(bundle_command(), wayland_env, register, settle=2.0,
                                       then=lambda display: icon.extend(window_icon_sizes(display)))
        register = folder / "open.sqlite3"
        shutil.copyfile(template, register)
        refused_after = open_refuses_a_foreign_file(env, register, folder)
        if args.screenshots:
            args.screenshots.mkdir(parents=True, exist_ok=True)
            for lang in ("fa", "en"):
                register = folder / f"shot-{lang}.sqlite3"
                shutil.copyfile(template, register)
                time_to_window(bundle_command(), env, register, lang=lang, settle=4.0,
                               manager=True,
                               then=lambda display, lang=lang: screenshot(
                                   display, args.screenshots / f"bundle-window-{lang}.png"))

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
    print(f"    unpacked from the archive elsewhere: {unpacked_test}")
    med = {k: statistics.median(v) for k, v in times.items()}
    for kind in ("bundle", "source"):
        runs = ", ".join(f"{t:.2f}" for t in times[kind])
        print(f"  time to window, {kind}: median {med[kind]:.2f} s, min {min(times[kind]):.2f} s "
              f"({runs})")
    print(f"  ratio bundle / source (median): {med['bundle'] / med['source']:.2f}")
    print(f"  as on a Wayland session (no Wayland plugin in the bundle): window through "
          f"XWayland/xcb in {wayland_start:.2f} s")
    print(f"  window icon (_NET_WM_ICON): {', '.join(map(str, icon)) + ' px' if icon else 'NONE'}")
    print(f"  --open with a file that is not Peyvand's: the message showed after "
          f"{refused_after:.2f} s, the register unchanged")
    return 0 if icon else 1


if __name__ == "__main__":
    sys.exit(main())
