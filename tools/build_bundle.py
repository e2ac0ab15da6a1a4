"""Build Peyvand's one-folder bundle: ``python tools/build_bundle.py``.

1. runs PyInstaller on ``tools/peyvand.spec`` → ``dist/peyvand/`` (the program is
   ``dist/peyvand/peyvand``, ``peyvand.exe`` on Windows);
2. checks what went in: no QML, Quick or WebEngine, Qt's translations only for fa and en,
   Peyvand's fonts, translations and reference data present;
3. runs ``--self-test`` from the frozen program (``--skip-self-test`` leaves it out);
4. on Linux adds ``install-desktop-entry.sh`` (menu entry, file types) beside the program
   and packs ``dist/peyvand-VERSION-linux-x86_64.tar.gz``; on Windows, with
   ``--installer``, compiles ``tools/windows/peyvand.iss`` with Inno Setup's ``iscc``
   into ``dist/peyvand-VERSION-windows-setup.exe``;
5. prints the figures (build time, unpacked size, archive size) and writes them to
   ``dist/peyvand-build.json``.

Exit 0 when all of it worked, 1 naming the step that did not. Needs the ``build`` extra
(``pip install -e ".[build]"``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "tools" / "peyvand.spec"
ISS = ROOT / "tools" / "windows" / "peyvand.iss"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "peyvand"
WINDOWS = sys.platform == "win32"

# Nothing of these may be in the bundle (the spec keeps them out; this checks it did).
FORBIDDEN = re.compile(r"(Qt6?(Qml|Quick|WebEngine|3D|Multimedia|Designer)|QtWebEngineProcess|"
                       r"/qml/|\\qml\\|/numpy(\.libs)?/|/_?tkinter|/tcl|/tk\d|"
                       r"/(_?pytest|hypothesis|pytestqt)/|"
                       # left out to stay under 150 MB (tools/bundle_filter.py says why)
                       r"wayland|EglFs)",
                       re.IGNORECASE)
TARGET_MB = 150  # the unpacked size the bundle must stay under (issue 13)
REQUIRED = ("resources/fonts/Vazirmatn-Regular.ttf", "resources/fonts/OFL.txt",
            "resources/data/countries.csv", "db/migrations/env.py", "pyproject.toml",
            "resources/icons/app/peyvand-256.png", "resources/icons/LICENSE-peyvand-icon.txt")


class BuildError(Exception):
    """A step of the build that did not work (the message says which)."""


def version() -> str:
    """``project.version`` of pyproject.toml: the one version number."""
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def program() -> Path:
    """The frozen program inside the bundle."""
    return BUNDLE / ("peyvand.exe" if WINDOWS else "peyvand")


def internal() -> Path:
    """The folder of the bundle holding the libraries and data (PyInstaller ≥ 6)."""
    return BUNDLE / "_internal"


def tree_size(folder: Path) -> int:
    """Bytes of every file under *folder* (what the bundle takes on disk, unpacked)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def run_pyinstaller() -> float:
    """Build ``dist/peyvand``; return the seconds it took."""
    started = time.perf_counter()
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    # This checkout's packages, not another copy installed in the environment.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])}
    result = subprocess.run(cmd, cwd=ROOT, env=env)
    if result.returncode != 0:
        raise BuildError(f"PyInstaller failed (exit {result.returncode})")
    if not program().is_file():
        raise BuildError(f"PyInstaller wrote no {program().name}")
    return time.perf_counter() - started


def strip_binaries() -> int:
    """Strip the symbol tables of the bundle's ELF files (Linux); return the bytes saved.

    Left alone: libraries in a wheel's ``*.libs`` folder (auditwheel rewrote them with
    patchelf, and stripping such a file breaks it — numpy's OpenBLAS then refuses to load)
    and anything already stripped. Without ``strip`` on the PATH nothing is done.
    """
    tool = shutil.which("strip")
    if WINDOWS or tool is None:
        return 0
    saved = 0
    for path in sorted(internal().rglob("*")):
        if not path.is_file() or path.is_symlink() or any(p.endswith(".libs") for p in path.parts):
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        before = path.stat().st_size
        if subprocess.run([tool, "--strip-unneeded", str(path)], capture_output=True).returncode == 0:
            saved += before - path.stat().st_size
    return saved


def trim_icu() -> int:
    """Replace the bundled ``libicudata`` by the trimmed one (``tools/icu_trim.py``);
    return the bytes saved. Without the tools it keeps the full library and warns."""
    sys.path.insert(0, str(ROOT / "tools"))
    import icu_trim

    saved = 0
    for library in sorted(internal().rglob("libicudata.so.*")):
        if library.is_symlink():
            continue
        part = library.with_name(library.name + ".part")
        try:
            icu_trim.trim(library, part)
        except icu_trim.IcuTrimError as exc:
            print(f"build_bundle: warning: full ICU data kept ({exc})", file=sys.stderr)
            continue
        saved += library.stat().st_size - part.stat().st_size
        part.replace(library)
    return saved


def share_openssl(folder: Path | None = None) -> int:
    """Let Python's ``_ssl`` and ``_hashlib`` use the OpenSSL that psycopg's wheel ships for
    libpq instead of a second copy (Linux); return the bytes saved.

    PyInstaller collects the build machine's ``libssl.so.3`` and ``libcrypto.so.3`` for
    Python's modules while ``psycopg_binary.libs`` holds another OpenSSL 3 for libpq. The
    frozen program runs with its ``_internal`` folder first on the library path, so the two
    names become links to psycopg's files: one OpenSSL in the process, 5 MB less. Python's
    modules use only symbols of OpenSSL 3.0's interface (``OPENSSL_3.0.0``), which every
    OpenSSL 3 keeps; the frozen self-test loads both (psycopg imports ``ssl``, the backup
    and the change packages hash with ``hashlib``). Without psycopg's copy nothing changes.
    """
    inside = folder or internal()
    libs = inside / "psycopg_binary.libs"
    saved = 0
    for name, pattern in (("libcrypto.so.3", "libcrypto-*.so.3"), ("libssl.so.3", "libssl-*.so.3")):
        target = inside / name
        ours = sorted(libs.glob(pattern)) if libs.is_dir() else []
        if len(ours) != 1 or not target.is_file() or target.is_symlink():
            continue
        size = target.stat().st_size
        target.unlink()
        target.symlink_to(Path(libs.name) / ours[0].name)
        saved += size
    return saved


def add_linux_extras() -> None:
    """Put the desktop-entry installer (menu item, Persian and English names, file types)
    beside the program (Linux)."""
    script = ROOT / "tools" / "linux" / "install-desktop-entry.sh"
    target = BUNDLE / script.name
    shutil.copyfile(script, target)
    target.chmod(0o755)


def check_contents() -> list[str]:
    """What the bundle holds that it must not, or lacks that it must (empty: all good)."""
    problems: list[str] = []
    inside = internal()
    files = [p.relative_to(inside).as_posix() for p in inside.rglob("*") if p.is_file()]
    for name in files:
        if FORBIDDEN.search("/" + name):
            problems.append(f"unwanted in the bundle: {name}")
        parts = name.split("/")
        if "translations" in parts and parts[0] == "PySide6" and not re.fullmatch(
                r"(qt|qtbase)_(fa|en)\.qm", parts[-1]):
            problems.append(f"Qt translation for a language Peyvand does not ship: {name}")
    for name in REQUIRED:
        if not (inside / name).is_file():
            problems.append(f"missing from the bundle: {name}")
    if not any(re.search(r"qtbase_fa\.qm$", n) for n in files):
        problems.append("missing from the bundle: Qt's Persian translation qtbase_fa.qm")
    if not any(n.endswith("_fa.qm") and n.startswith("resources/") for n in files):
        problems.append("missing from the bundle: Peyvand's Persian translations")
    return problems


def run_self_test(timeout: float = 600) -> tuple[str, float]:
    """``peyvand --self-test`` from the bundle; its line and seconds (BuildError if it fails)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    started = time.perf_counter()
    result = subprocess.run([str(program()), "--self-test"], capture_output=True, text=True,
                            env=env, timeout=timeout, cwd=DIST)
    seconds = time.perf_counter() - started
    line = (result.stdout.strip().splitlines() or [""])[-1]
    if result.returncode != 0:
        raise BuildError(f"the frozen --self-test failed (exit {result.returncode}): "
                         f"{line or result.stderr.strip()[-2000:]}")
    return line, seconds


def make_tarball(ver: str) -> Path:
    """``dist/peyvand-VERSION-linux-ARCH.tar.gz`` holding the ``peyvand/`` folder."""
    arch = platform.machine() or "x86_64"
    out = DIST / f"peyvand-{ver}-linux-{arch}.tar.gz"
    part = out.with_name(out.name + ".part")
    with tarfile.open(part, "w:gz", compresslevel=6) as tar:
        tar.add(BUNDLE, arcname="peyvand")
    part.replace(out)
    return out


def make_installer(ver: str) -> Path:
    """Compile the Inno Setup script (Windows) into ``dist/``."""
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    default = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "Inno Setup 6" / "ISCC.exe"
    if not iscc and default.is_file():
        iscc = str(default)
    if not iscc:
        raise BuildError("Inno Setup's iscc was not found (install Inno Setup 6)")
    numeric = ".".join((re.findall(r"\d+", ver) + ["0"] * 4)[:4])
    cmd = [iscc, f"/DAppVersion={ver}", f"/DAppVersionNumeric={numeric}",
           f"/DSourceDir={BUNDLE}", f"/O{DIST}", str(ISS)]
    if subprocess.run(cmd, cwd=ROOT).returncode != 0:
        raise BuildError("Inno Setup could not compile the installer")
    out = DIST / f"peyvand-{ver}-windows-setup.exe"
    if not out.is_file():
        raise BuildError(f"Inno Setup wrote no {out.name}")
    return out


def main(argv: list[str] | None = None) -> int:
    """Build, check, self-test and pack; print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-self-test", action="store_true",
                        help="do not run --self-test from the frozen program")
    parser.add_argument("--no-archive", action="store_true",
                        help="leave out the .tar.gz (Linux)")
    parser.add_argument("--installer", action="store_true",
                        help="also compile the Inno Setup installer (Windows)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    ver = version()
    figures: dict[str, object] = {"version": ver, "platform": sys.platform,
                                  "machine": platform.machine(),
                                  "python": platform.python_version()}
    step = "PyInstaller"
    try:
        figures["build_seconds"] = round(run_pyinstaller(), 1)
        step = "contents"
        problems = check_contents()
        if problems:
            raise BuildError("; ".join(problems[:10]))
        if not WINDOWS:
            add_linux_extras()
            step = "ICU"
            figures["icu_saved_bytes"] = trim_icu()
            step = "OpenSSL"
            figures["openssl_shared_bytes"] = share_openssl()
        step = "strip"
        figures["stripped_bytes"] = strip_binaries()
        figures["unpacked_bytes"] = tree_size(BUNDLE)
        figures["files"] = sum(1 for p in BUNDLE.rglob("*") if p.is_file())
        if not args.skip_self_test:
            step = "self-test"
            line, seconds = run_self_test()
            figures["self_test"] = line
            figures["self_test_seconds"] = round(seconds, 1)
        if not WINDOWS and not args.no_archive:
            step = "archive"
            tarball = make_tarball(ver)
            figures["archive"] = tarball.name
            figures["archive_bytes"] = tarball.stat().st_size
        if WINDOWS and args.installer:
            step = "installer"
            setup = make_installer(ver)
            figures["installer"] = setup.name
            figures["installer_bytes"] = setup.stat().st_size
    except (BuildError, OSError, subprocess.TimeoutExpired) as exc:
        print(f"build_bundle: {step} failed: {exc}", file=sys.stderr)
        return 1
    figures["total_seconds"] = round(time.perf_counter() - started, 1)
    (DIST / "peyvand-build.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    mb = 1024 * 1024
    print(f"Peyvand {ver} bundle: {program().relative_to(ROOT)}")
    unpacked_mb = int(figures['unpacked_bytes']) / mb
    print(f"  build {figures['total_seconds']} s in all (PyInstaller {figures['build_seconds']} s); unpacked {unpacked_mb:.1f} MB "
          f"in {figures['files']} files ({'under' if unpacked_mb < TARGET_MB else 'OVER'} the {TARGET_MB} MB target)")
    if "self_test" in figures:
        print(f"  self-test ({figures['self_test_seconds']} s): {figures['self_test']}")
    if "archive" in figures:
        print(f"  archive dist/{figures['archive']}: {int(figures['archive_bytes']) / mb:.1f} MB")
    if "installer" in figures:
        print(f"  installer dist/{figures['installer']}: {int(figures['installer_bytes']) / mb:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
