"""Every window and dialog fits a 1366×768 and a 1280×720 laptop at 100% and 125% scaling,
and a dialog opens again at the size it was left (issue 12)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("fit_probe.py")


def probe(tmp_path: Path, width: int, height: int, scale: str, language: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_SCALE_FACTOR=scale,
               PROBE_LANGUAGE=language)
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run([sys.executable, str(PROBE), str(width), str(height), str(tmp_path)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(("width", "height", "scale", "language"), [
    (1366, 768, "1", "fa"), (1366, 768, "1.25", "en"), (1280, 720, "1.25", "fa")])
def test_every_window_fits_the_laptop_screen(tmp_path: Path, width: int, height: int,
                                             scale: str, language: str) -> None:
    report = probe(tmp_path, width, height, scale, language)
    windows = {k: v for k, v in report.items() if isinstance(v, dict)}
    assert {"MainWindow", "PdfPreviewDialog", "ImportWizard", "BodyDialog"} <= set(windows)
    for name, found in windows.items():
        area_w, area_h = found["area"][2], found["area"][3]
        assert found["inside"], f"{name} at {found['frame']} leaves the screen {found['area']}"
        assert found["minimum"][0] <= area_w and found["minimum"][1] <= area_h, \
            f"{name} needs {found['minimum']} on a {area_w}×{area_h} screen"
    assert report["mou_tab_count"] == 9 and report["mou_tabs_visible"], \
        "every tab of the MoU editor is shown (no scroll arrows)"
    assert report["preview_left"] != report["preview_first"]
    assert report["preview_reopened"] == report["preview_left"]  # remembered from the last close
