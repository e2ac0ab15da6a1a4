"""The start-up order (issue 10): the window's frame is painted before the storage layer loads.

A real ``peyvand`` start (``desktop_app.launch.main`` with ``--db``) runs in a process of
its own on the offscreen platform. A probe in that process notes, at the first paint of the
frame (:class:`desktop_app.app.OpeningWindow`), which modules are loaded and what the frame
shows; at the first paint of the main window it notes the same and ends the program. A
register refused at start (a damaged file) must still be refused on its own, with the
frame out of the way and nothing built over it. The garbage collector is paused from the start
until the main window is drawn (or the register refused).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import gc, json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

import desktop_app.app as app_module
from desktop_app import launch

STORAGE = ("sqlalchemy", "db.database", "db.models", "db.audit", "desktop_app.domain.services",
           "desktop_app.ui.main_window")
seen = {}

def snapshot(window):
    return {"loaded": [m for m in STORAGE if m in sys.modules], "title": window.windowTitle(),
            "rtl": window.isRightToLeft(), "visible": window.isVisible(),
            "collector": gc.isenabled()}

class Probe(QObject):
    def __init__(self, window, key):
        super().__init__(window)
        self.window, self.key = window, key
    def eventFilter(self, obj, event):
        if obj is self.window and event.type() == QEvent.Type.Paint and self.key not in seen:
            seen[self.key] = snapshot(self.window)
            if self.key == "frame":
                seen["frame"]["navigation"] = [self.window.navigation.item(i).text()
                                               for i in range(self.window.navigation.count())]
                seen["frame"]["page"] = self.window.page.text()
                app_module._FRAME = self.window
            else:  # once the work that waits for the first paint has run
                self.window.firstPainted.connect(lambda: QTimer.singleShot(0, finish))
        return False

def finish():
    seen["frame_after"] = {"visible": app_module._FRAME.isVisible(), "collector": gc.isenabled()}
    print("PROBE " + json.dumps(seen), flush=True)
    QApplication.instance().exit(0)

original_show = app_module.OpeningWindow.show
def show(self):
    self.installEventFilter(Probe(self, "frame"))
    original_show(self)
app_module.OpeningWindow.show = show

original_build = app_module.build_main_window
def build(*a, **kw):
    seen["built_after_frame"] = "frame" in seen
    window = original_build(*a, **kw)
    window.installEventFilter(Probe(window, "main"))
    return window
app_module.build_main_window = build

from desktop_app.ui.dialogs import backups
def refused(error, reopen):
    frame = getattr(app_module, "_FRAME", None)
    seen["refused"] = {"kind": type(error).__name__, "collector": gc.isenabled(),
                       "frame_visible": bool(frame is not None and frame.isVisible())}
    print("PROBE " + json.dumps(seen), flush=True)
    return None
backups.recover_at_start = refused

sys.argv = ["peyvand", *sys.argv[1:]]
code = launch.main()
print("EXIT " + str(code), flush=True)
"""


def _start(tmp_path: Path, register: Path, language: str) -> tuple[dict, int]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               PEYVAND_DATA_DIR=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    out = subprocess.run([sys.executable, "-c", PROBE, "--db", str(register), "--lang", language],
                         capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    probes = [line[6:] for line in out.stdout.splitlines() if line.startswith("PROBE ")]
    exits = [line[5:] for line in out.stdout.splitlines() if line.startswith("EXIT ")]
    assert probes and exits, out.stdout + out.stderr
    return json.loads(probes[-1]), int(exits[-1])


@pytest.mark.parametrize("language", ["fa", "en"])
def test_the_frame_is_painted_before_the_storage_layer_is_imported(
        tmp_path: Path, language: str) -> None:
    from db.database import Database

    register = tmp_path / "register.sqlite3"
    Database.open(register, app_version="test").close()
    seen, code = _start(tmp_path, register, language)
    assert code == 0
    frame, main = seen["frame"], seen["main"]
    assert frame["loaded"] == [], frame  # no SQLAlchemy, no models, no services yet
    assert seen["built_after_frame"] is True
    assert frame["visible"] and frame["rtl"] is (language == "fa")
    assert len(frame["navigation"]) >= 8 and all(frame["navigation"])
    if language == "fa":
        assert frame["title"] == "پیوند" and frame["page"] == "در حال باز کردن دفتر ثبت…"
        assert frame["navigation"][0] == "پیشخوان"
    else:
        assert frame["title"] == "Peyvand" and frame["page"] == "Opening the register…"
        assert frame["navigation"][0] == "Dashboard"
    assert "sqlalchemy" in main["loaded"] and "desktop_app.ui.main_window" in main["loaded"]
    assert main["visible"] and main["rtl"] is (language == "fa")
    assert main["title"].startswith(frame["title"])
    assert seen["frame_after"]["visible"] is False  # the frame gave way to the main window
    # the garbage collector, paused while the modules load, runs again once the window is drawn
    assert frame["collector"] is False and main["collector"] is False
    assert seen["frame_after"]["collector"] is True


def test_a_refused_register_is_refused_on_its_own(tmp_path: Path) -> None:
    register = tmp_path / "damaged.sqlite3"
    register.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4096)
    before = register.read_bytes()
    seen, code = _start(tmp_path, register, "fa")
    assert code == 1
    assert seen["frame"]["loaded"] == []
    assert seen["refused"]["frame_visible"] is False  # the refusal stands alone, as before
    assert "main" not in seen and "built_after_frame" not in seen
    assert seen["refused"]["kind"] == "RegisterRefusedError"
    assert seen["frame"]["collector"] is False and seen["refused"]["collector"] is True
    # As before the frame existed: the damaged file is set aside, its bytes unchanged.
    kept = [p for p in tmp_path.glob("damaged*.sqlite3*") if p != register]
    assert [p.read_bytes() for p in kept] == [before], kept
