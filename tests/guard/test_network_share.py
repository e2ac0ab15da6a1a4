"""The warning at open when a SQLite register is on a network share (issue 9): a fake
mounts table and a fake drive-type function stand in for the machine's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path, PureWindowsPath

import pytest

from db.database import Database
from db.location import linux_share_type, network_share, network_share_warning, windows_share
from desktop_app.domain import i18n

ROOT = Path(__file__).resolve().parents[2]

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
fileserver:/export/office /mnt/office nfs4 rw,relatime,vers=4.2 0 0
//nas/shared /media/My\\040Share cifs rw,vers=3.0 0 0
tmpfs /mnt/office/local tmpfs rw 0 0
/dev/sdb1 /home ext4 rw 0 0
"""


@pytest.mark.parametrize(("path", "expected"), [
    ("/mnt/office/register.sqlite3", "nfs4"),
    ("/mnt/office/deep/down/register.sqlite3", "nfs4"),
    ("/media/My Share/peyvand/register.sqlite3", "cifs"),
    ("/mnt/office/local/register.sqlite3", None),   # a local mount inside the share wins
    ("/mnt/officeX/register.sqlite3", None),        # a sibling, not inside /mnt/office
    ("/home/officer/register.sqlite3", None),
    ("/register.sqlite3", None),
])
def test_linux_mounts(path: str, expected: str | None) -> None:
    assert linux_share_type(Path(path), MOUNTS) == expected
    assert network_share(path, platform="linux", mounts=MOUNTS) == expected


@pytest.mark.parametrize(("path", "drive_type", "expected"), [
    (r"\\fileserver\office\register.sqlite3", 3, "UNC"),
    ("//fileserver/office/register.sqlite3", 3, "UNC"),
    (r"\\?\UNC\fileserver\office\register.sqlite3", 3, "UNC"),
    (r"Z:\peyvand\register.sqlite3", 4, "mapped drive Z:"),
    (r"C:\Users\officer\register.sqlite3", 3, None),
    (r"E:\register.sqlite3", 2, None),              # a USB stick is removable, not a share
])
def test_windows_paths(path: str, drive_type: int, expected: str | None) -> None:
    asked: list[str] = []

    def fake(root: str) -> int:
        asked.append(root)
        return drive_type

    assert windows_share(PureWindowsPath(path), fake) == expected
    assert network_share(path, platform="win32", drive_type=fake) == expected
    if expected and expected.startswith("mapped"):
        assert set(asked) == {"Z:\\"}


def test_warning_points_to_the_office_server_in_both_languages() -> None:
    try:
        i18n.set_language("en")
        en = network_share_warning("/mnt/office/r.sqlite3", platform="linux", mounts=MOUNTS)
        i18n.set_language("fa")
        fa = network_share_warning("/mnt/office/r.sqlite3", platform="linux", mounts=MOUNTS)
    finally:
        i18n.set_language("fa")
    assert en is not None and "network share (nfs4)" in en and "office-server.md" in en
    assert fa is not None and "شبکه" in fa and "PostgreSQL" in fa and "\u2066nfs4\u2069" in fa
    assert network_share_warning("/home/r.sqlite3", platform="linux", mounts=MOUNTS) is None


def test_this_machines_temporary_folder_is_not_a_share(tmp_path: Path) -> None:
    assert network_share(tmp_path / "r.sqlite3") is None


@pytest.mark.parametrize("language", ["en", "fa"])
def test_window_shows_the_warning_without_blocking(qtbot, tmp_path: Path, monkeypatch,
                                                   language: str) -> None:
    import desktop_app.app as app_module
    from db import location

    monkeypatch.setattr(location, "network_share", lambda path, **kw: "cifs")
    db = Database.open(tmp_path / "r.sqlite3", app_version="test")
    try:
        from desktop_app.ui.i18n import apply_language, reset_language
        from desktop_app.ui.settings import AppSettings

        apply_language(language)
        window = app_module.build_main_window(db, AppSettings(), language)
        qtbot.addWidget(window)
        window.show()
        box = app_module.warn_if_on_network_share(window, db)
        assert box is not None and box.isVisible() and not box.isModal()
        assert "cifs" in box.text()
        path = Path(os.environ.get("PEYVAND_SHOTS", tmp_path)) / f"network-share-{language}.png"
        window.grab().save(str(path))
        box.grab().save(str(path.with_name(f"network-share-box-{language}.png")))
        box.close()
    finally:
        reset_language()
        db.close()


def test_command_line_warns_on_stderr(tmp_path: Path) -> None:
    """The CLI prints the warning and carries on (a share faked through sitecustomize)."""
    Database.open(tmp_path / "r.sqlite3", app_version="test").close()
    (tmp_path / "sitecustomize.py").write_text(
        "import db.location as l\nl.network_share = lambda path, **kw: 'smb3'\n", encoding="utf-8")
    env = {**os.environ, "PEYVAND_DATA_DIR": str(tmp_path),
           "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(tmp_path / "r.sqlite3"),
                           "check"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "warning: This register is on a network share (smb3)" in done.stderr
