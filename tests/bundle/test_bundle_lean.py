"""What the frozen bundle leaves out to stay under 150 MB, and proof that Peyvand works
without it: the keep/drop rules of ``tools/bundle_filter.py`` on the names PyInstaller
collects, orphaned libraries pruned, and Python's ``ssl``/``hashlib`` running on the OpenSSL
psycopg ships (the bundle keeps one OpenSSL, not two)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import bundle_filter  # noqa: E402  (tools/ is not a package)

QT_PLUGINS = "PySide6/Qt/plugins"


@pytest.mark.parametrize("dest", [
    f"{QT_PLUGINS}/platforms/libqxcb.so",              # the window on X11 and XWayland
    f"{QT_PLUGINS}/platforms/libqoffscreen.so",        # the self-test
    f"{QT_PLUGINS}/platforms/qwindows.dll",
    f"{QT_PLUGINS}/printsupport/libcupsprintersupport.so",  # the office's printers
    f"{QT_PLUGINS}/platformthemes/libqxdgdesktopportal.so",  # the desktop's file dialogs
    f"{QT_PLUGINS}/imageformats/libqsvg.so",           # the app icon
    f"{QT_PLUGINS}/iconengines/libqsvgicon.so",
    f"{QT_PLUGINS}/xcbglintegrations/libqxcb-glx-integration.so",
    "PySide6/Qt/lib/libQt6XcbQpa.so.6",
    "PySide6/Qt/lib/libQt6Charts.so.6",                # the dashboard's charts
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/QtCharts.abi3.so",
    # rapidfuzz picks its AVX2 build when the processor has it and falls back to the
    # baseline one otherwise (older Celeron and Pentium laptops): both stay.
    "rapidfuzz/fuzz_cpp.cpython-311-x86_64-linux-gnu.so",
    "rapidfuzz/fuzz_cpp_avx2.cpython-311-x86_64-linux-gnu.so",
    "rapidfuzz/distance/metrics_cpp_avx2.cpython-311-x86_64-linux-gnu.so",
    "psycopg_binary.libs/libssl-6a9b88ec.so.3",        # libpq's own TLS to the office server
])
def test_what_peyvand_uses_stays(dest: str) -> None:
    assert bundle_filter.keep_binary(dest)


@pytest.mark.parametrize("dest", [
    f"{QT_PLUGINS}/platforms/libqwayland.so",
    f"{QT_PLUGINS}/platforms/libqwayland-generic.so",
    f"{QT_PLUGINS}/wayland-shell-integration/libxdg-shell.so",
    f"{QT_PLUGINS}/wayland-decoration-client/libadwaita.so",
    f"{QT_PLUGINS}/wayland-graphics-integration-client/libqt-plugin-wayland-egl.so",
    f"{QT_PLUGINS}/platformthemes/libqgtk3.so",
    f"{QT_PLUGINS}/platforms/libqeglfs.so",
    f"{QT_PLUGINS}/imageformats/libqwebp.so",
    f"{QT_PLUGINS}/tls/libqopensslbackend.so",
    "PySide6/Qt/lib/libQt6WaylandClient.so.6",
    "PySide6/Qt/lib/libQt6WlShellIntegration.so.6",
    "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
    "PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6",
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/QtQml.abi3.so",
    "opengl32sw.dll",
])
def test_what_peyvand_does_not_use_is_dropped(dest: str) -> None:
    assert not bundle_filter.keep_binary(dest)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries (Linux)")
def test_orphan_qt_and_system_libraries_are_pruned(tmp_path: Path) -> None:
    """A Qt library only a dropped plugin needed goes; one a kept module needs stays."""
    pytest.importorskip("PyInstaller")
    import PySide6

    qt_lib = Path(PySide6.__file__).parent / "Qt" / "lib"
    core = Path(PySide6.__file__).parent / "QtCore.abi3.so"
    libs = {name: qt_lib / name for name in ("libQt6Core.so.6", "libQt6WaylandClient.so.6")}
    if not all(p.is_file() for p in [core, *libs.values()]):
        pytest.skip("this PySide6 has no Wayland client library")
    binaries = [("PySide6/QtCore.abi3.so", str(core), "EXTENSION")] + [
        (f"PySide6/Qt/lib/{name}", str(path), "BINARY") for name, path in libs.items()]
    kept = {dest for dest, _src, _kind in bundle_filter.prune_orphan_libraries(binaries)}
    assert "PySide6/Qt/lib/libQt6Core.so.6" in kept
    assert "PySide6/QtCore.abi3.so" in kept
    assert "PySide6/Qt/lib/libQt6WaylandClient.so.6" not in kept


def _psycopg_openssl() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("psycopg_binary")
    if spec is None or spec.origin is None:
        pytest.skip("psycopg-binary is not installed")
    libs = Path(spec.origin).parent.parent / "psycopg_binary.libs"
    if not sorted(libs.glob("libcrypto-*.so.3")) or not sorted(libs.glob("libssl-*.so.3")):
        pytest.skip("this psycopg-binary ships no OpenSSL 3 of its own")
    return libs


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries (Linux)")
def test_python_ssl_and_hashlib_run_on_psycopgs_openssl(tmp_path: Path) -> None:
    """The bundle's ``libssl.so.3``/``libcrypto.so.3`` become links to psycopg's OpenSSL:
    with them first on the library path (as the frozen program runs), Python's ``ssl`` and
    ``hashlib`` load, hash and make a TLS context on that one OpenSSL, beside libpq."""
    import build_bundle

    libs = _psycopg_openssl()
    folder = tmp_path / "_internal"
    folder.mkdir()
    (folder / libs.name).symlink_to(libs, target_is_directory=True)
    for name in ("libcrypto.so.3", "libssl.so.3"):
        (folder / name).write_bytes(b"\x7fELF the build machine's copy" * 1000)
    assert build_bundle.share_openssl(folder) == 2 * len(b"\x7fELF the build machine's copy") * 1000
    for name in ("libcrypto.so.3", "libssl.so.3"):
        assert (folder / name).is_symlink()
        assert (folder / name).resolve().parent == libs.resolve()
    assert build_bundle.share_openssl(folder) == 0  # a second run changes nothing

    code = ("import hashlib, ssl, sys, psycopg; "
            "ctx = ssl.create_default_context(); "
            "maps = open('/proc/self/maps').read(); "
            "crypto = sorted({l.split()[-1] for l in maps.splitlines() if 'libcrypto' in l}); "
            "print(ssl.OPENSSL_VERSION); print(hashlib.sha256(b'peyvand').hexdigest()); "
            "print(psycopg.pq.__impl__); print(*crypto, sep='\\n')")
    env = {**os.environ, "LD_LIBRARY_PATH": str(folder)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    version, digest, impl, *loaded = result.stdout.strip().splitlines()
    shipped = re.search(rb"OpenSSL 3\.\d+\.\d+", next(libs.glob("libcrypto-*.so.3")).read_bytes())
    assert shipped and version.startswith(shipped.group().decode())
    import hashlib

    assert digest == hashlib.sha256(b"peyvand").hexdigest()
    assert impl == "binary"
    # one OpenSSL in the process: psycopg's
    assert len(loaded) == 1 and Path(loaded[0]).parent == libs.resolve(), loaded


def test_share_openssl_leaves_a_bundle_without_psycopgs_copy_alone(tmp_path: Path) -> None:
    import build_bundle

    (tmp_path / "libcrypto.so.3").write_bytes(b"kept")
    assert build_bundle.share_openssl(tmp_path) == 0
    assert (tmp_path / "libcrypto.so.3").read_bytes() == b"kept"


def test_the_app_icon_files_are_made_from_the_svg_and_named_by_the_spec() -> None:
    import make_icons
    from PIL import Image

    assert all(p.is_file() for p in make_icons.outputs())  # tools/make_icons.py writes them
    ico = Image.open(ROOT / "resources" / "icons" / "peyvand.ico")
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    for size in make_icons.SIZES:
        with Image.open(make_icons.png_path(size)) as png:
            assert png.size == (size, size) and png.mode == "RGBA"
            assert png.getpixel((size // 2, size // 2))[3] == 255  # drawn, not empty
            assert png.getpixel((0, 0))[3] == 0  # the tile's rounded corner is transparent
    assert bundle_filter.icon_file(ROOT, "win32") == str(ROOT / "resources" / "icons" / "peyvand.ico")
    assert bundle_filter.icon_file(ROOT, "linux") is None


@pytest.mark.gui
def test_the_window_icon_is_set_at_start_up(qapp: object) -> None:
    from desktop_app.app import make_application

    app = make_application()
    sizes = {(s.width(), s.height()) for s in app.windowIcon().availableSizes()}
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes
    assert not app.windowIcon().pixmap(32, 32).toImage().isNull()


@pytest.mark.parametrize(("name", "forbidden"), [
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/lib/libQt6WaylandClient.so.6", True),
    ("PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6", True),
    ("PySide6/Qt/lib/libQt6Quick.so.6", True),
    ("numpy.libs/libopenblas.so", True),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
    ("libcrypto.so.3", False),
    ("psycopg_binary.libs/libssl-6a9b88ec.so.3", False),
    ("rapidfuzz/fuzz_cpp_avx2.cpython-311-x86_64-linux-gnu.so", False),
])
def test_the_build_checks_what_must_not_be_in_the_bundle(name: str, forbidden: bool) -> None:
    import build_bundle

    assert bool(build_bundle.FORBIDDEN.search("/" + name)) is forbidden
