"""What the frozen bundle keeps and drops: shared by ``tools/peyvand.spec`` (which filters
PyInstaller's collection with it) and ``tools/build_bundle.py`` (which checks the result).

The rules are names, not paths of this machine, so Linux and Windows builds share them.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePath

# Python modules never needed at run time: test tools, notebooks, other GUI toolkits, and
# the Qt modules Peyvand does not import (the Qt libraries they wrap are dropped below).
UNUSED_QT_MODULES = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtConcurrent", "QtDataVisualization", "QtDBus",
    "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation",
    "QtMultimedia", "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc",
    "QtOpenGL", "QtOpenGLWidgets", "QtPositioning", "QtQml", "QtQuick", "QtQuick3D",
    "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml",
    "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine",
    "QtSvg", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel",
    "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets",
    "QtWebView", "QtXml", "QtCanvasPainter",
)
EXCLUDED_MODULES = [
    "numpy", "tkinter", "_tkinter", "pytest", "_pytest", "hypothesis", "pytestqt", "IPython",
    "jedi", "matplotlib", "importlinter", "grimp", "mypy", "ruff", "pypdfium2", "pypdf",
    "PyInstaller", "setuptools", "pip", "pydoc_data", "lib2to3", "readline", "curses",
    # reportlab's optional text shaping (Peyvand shapes with arabic-reshaper + python-bidi)
    "uharfbuzz", "fontTools",
    # optional extras of numpy, Pillow, Mako and psycopg that Peyvand never calls
    "yaml", "pygments", "psutil", "numpy.testing", "numpy.f2py", "numpy.distutils",
    "PIL._avif", "PIL.AvifImagePlugin", "PIL.ImageQt", "PIL.ImageTk", "mako.ext",
    *(f"PySide6.{name}" for name in UNUSED_QT_MODULES),
]

# Distributions whose dist-info (licence files included) goes into the bundle.
BUNDLED_DISTRIBUTIONS = (
    "PySide6_Essentials", "PySide6_Addons", "shiboken6", "SQLAlchemy", "alembic", "Mako",
    "MarkupSafe", "psycopg", "psycopg-binary", "jdatetime", "reportlab", "pillow",
    "arabic-reshaper", "python-bidi", "python-calamine", "openpyxl", "et_xmlfile",
    "charset-normalizer", "rapidfuzz", "defusedxml", "platformdirs",
    "typing_extensions", "greenlet", "tzdata",
)

# Qt libraries of modules Peyvand does not use, dragged in by a plugin or a hook.
_DROPPED_QT_LIBRARY = re.compile(
    r"Qt6?(Qml|Quick|WebEngine|WebChannel|WebSockets|WebView|3D|Multimedia|Designer|Help|"
    r"Sql|Test|Positioning|Location|Sensors|Serial|Bluetooth|Nfc|RemoteObjects|Scxml|"
    r"StateMachine|TextToSpeech|VirtualKeyboard|ShaderTools|Graphs|DataVisualization|"
    r"SpatialAudio|ChartsQml|PdfQuick|Lottie|HttpServer|Protobuf|Grpc|LabsQml|UiTools|"
    r"NetworkAuth|Concurrent|Xml|Wayland|WlShell|EglFs|EglFS)",
    re.IGNORECASE)

# Qt plugin folders a desktop window needs; every other folder is dropped.
# No Wayland plugins (1.6 MB with libQt6WaylandClient): on a Wayland session Qt asks for
# "wayland;xcb" and, without the first, opens its window through XWayland — the bench
# starts the frozen window that way to prove it.
KEPT_PLUGIN_FOLDERS = {
    "platforms", "platformthemes", "platforminputcontexts", "imageformats", "iconengines",
    "styles", "printsupport", "xcbglintegrations",
}
# Within the kept folders, the plugins Peyvand has no use for.
# (qgtk3 would pull GTK, Cairo and Pango into the bundle; the XDG portal theme gives the
# desktop's file dialogs without them.)
_DROPPED_PLUGIN = re.compile(
    r"(qeglfs|qlinuxfb|qminimalegl|qvkkhrdisplay|qvnc|qicns|qtga|qtiff|qwbmp|qwebp|"
    r"qpdf|qgtk3|qtvirtualkeyboard|qwayland|-server|fullscreen-shell|ivi-shell|qt-shell|"
    r"wl-shell)",
    re.IGNORECASE)

# Qt's own translations: only the languages Peyvand ships.
_KEPT_QT_TRANSLATION = re.compile(r"^(qt|qtbase)_(fa|en)\.qm$")

# Source files of resources/ that are not needed at run time (the .ts sources and the
# scripts that fill them); licence and README files are kept beside what they cover.
_DROPPED_RESOURCE_SUFFIXES = {".py", ".pyc", ".ts"}


def _parts(dest: str) -> tuple[str, ...]:
    return PurePath(dest.replace("\\", "/")).parts


def keep_binary(dest: str) -> bool:
    """Whether a binary PyInstaller collected (its destination name) stays in the bundle."""
    parts = _parts(dest)
    name = parts[-1]
    if "plugins" in parts:
        folder = parts[parts.index("plugins") + 1] if len(parts) > parts.index("plugins") + 2 else ""
        return folder in KEPT_PLUGIN_FOLDERS and not _DROPPED_PLUGIN.search(name)
    if name.lower() == "opengl32sw.dll":  # software OpenGL (20 MB) for Qt Quick; no use here
        return False
    if name.lower().startswith(("libqt6", "qt6")) and _DROPPED_QT_LIBRARY.search(name):
        return False
    if parts[0] == "PySide6" and len(parts) == 2 and name.startswith("Qt"):
        module = name.split(".")[0]
        return module not in UNUSED_QT_MODULES
    return True


def keep_data(dest: str) -> bool:
    """Whether a data file PyInstaller collected (its destination name) stays."""
    parts = _parts(dest)
    if "translations" in parts and parts[0] == "PySide6":
        return bool(_KEPT_QT_TRANSLATION.match(parts[-1]))
    if parts[0] == "PySide6" and ("qml" in parts or "metatypes" in parts or "typesystems" in parts
                                  or "include" in parts or "glue" in parts):
        return False
    if "plugins" in parts and parts[0] == "PySide6":
        return keep_binary(dest)
    return True


def keep_resource(path: Path) -> bool:
    """Whether a file of ``resources/`` goes into the bundle."""
    return path.suffix.lower() not in _DROPPED_RESOURCE_SUFFIXES and "__pycache__" not in path.parts


def icon_file(root: Path, platform: str | None = None) -> str | None:
    """The program's icon for the Windows executable (``tools/make_icons.py`` makes it);
    ``None`` elsewhere (PyInstaller puts icons only into Windows and macOS programs; on
    Linux the menu entry names the PNGs)."""
    import sys

    if not (platform or sys.platform).startswith("win"):
        return None
    for candidate in (root / "resources" / "icons" / "peyvand.ico",):
        if candidate.is_file():
            return str(candidate)
    return None


def windows_version_file(version: str, out: Path) -> str:
    """Write PyInstaller's Windows version resource for *version*; return its path."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:4]]
    numbers += [0] * (4 - len(numbers))
    tup = tuple(numbers)
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={tup}, prodvers={tup}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'Peyvand'),
      StringStruct('FileDescription', 'Peyvand - the international-relations register'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'peyvand'),
      StringStruct('OriginalFilename', 'peyvand.exe'),
      StringStruct('ProductName', 'Peyvand'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    return str(out)


def _is_system_library(dest: str) -> bool:
    """A shared library PyInstaller put in the bundle as some binary's dependency: at the
    top (a system library) or in PySide6's ``Qt/lib`` (a Qt library a dropped plugin
    needed); not a Python extension module, not libpython."""
    parts = _parts(dest)
    name = parts[-1]
    where = len(parts) == 1 or parts[:3] == ("PySide6", "Qt", "lib")
    return (where and ".so" in name and ".cpython-" not in name
            and not name.endswith(".abi3.so") and not name.startswith("libpython"))


def prune_orphan_libraries(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop the system libraries (Linux) that no kept binary needs any more.

    PyInstaller collects the dependencies of every plugin before the filters above drop
    plugins (GTK's platform theme pulls Cairo, Pango and GDK in); ``ldd`` answers with the
    whole closure, so a library outside every kept binary's answer is an orphan.
    """
    import sys

    if not sys.platform.startswith("linux"):
        return binaries
    from PyInstaller.depend import bindepend

    needed: set[str] = set()
    for dest, src, _kind in binaries:
        if not _is_system_library(dest):
            needed.update(PurePath(name).name for name, _path in bindepend.get_imports(src))
    return [entry for entry in binaries
            if not _is_system_library(entry[0]) or PurePath(entry[0]).name in needed]
