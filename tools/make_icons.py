"""Make Peyvand's application icon files from ``resources/icons/peyvand.svg``:
``resources/icons/app/peyvand-N.png`` (16 … 512 pixels: the window, the Linux menu entry)
and ``resources/icons/peyvand.ico`` (the Windows program, installer and file types).

``python tools/make_icons.py`` writes them (they are committed); ``--check`` exits 1 when
a file is missing or older than the SVG. Renders with Qt's SVG module, writes the .ico with
Pillow; both are installed with Peyvand.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "peyvand.svg"
PNG_DIR = ICONS / "app"
ICO = ICONS / "peyvand.ico"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    """The PNG of *size* pixels."""
    return PNG_DIR / f"peyvand-{size}.png"


def outputs() -> list[Path]:
    """Every file this script writes."""
    return [*(png_path(s) for s in SIZES), ICO]


def render(size: int) -> bytes:
    """The SVG drawn at *size* × *size* pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {SVG.name} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def make() -> list[Path]:
    """Write the PNGs and the .ico; return their paths."""
    from PIL import Image

    PNG_DIR.mkdir(parents=True, exist_ok=True)
    images = {}
    for size in SIZES:
        data = render(size)
        png_path(size).write_bytes(data)
        images[size] = Image.open(io.BytesIO(data)).convert("RGBA")
    # Each size drawn by itself (not scaled down from 256 by Pillow): crisp small icons.
    largest = images[max(ICO_SIZES)]
    largest.save(ICO, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    return outputs()


def stale() -> list[Path]:
    """The files missing or older than the SVG."""
    made = SVG.stat().st_mtime
    return [p for p in outputs() if not p.is_file() or p.stat().st_mtime < made - 1]


def main(argv: list[str] | None = None) -> int:
    """Write the icon files (or, with ``--check``, say whether they are up to date)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check; exit 1 if stale")
    args = parser.parse_args(argv)
    if args.check:
        missing = stale()
        for path in missing:
            print(f"make_icons: out of date: {path.relative_to(ROOT)}", file=sys.stderr)
        return 1 if missing else 0
    for path in make():
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
