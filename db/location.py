"""Where a SQLite register lives: a warning when it is on a network share.

SQLite's locking is only as good as the file system's, and network file systems (SMB/CIFS,
NFS) are known to get it wrong — two laptops writing one file over a share can damage it
(sqlite.org, "How To Corrupt An SQLite Database File", section 2.1). A register shared by
several people belongs on the office's PostgreSQL server (docs/office-server.md); a file on a
share opens, with a warning.

Linux: the longest mount point in ``/proc/mounts`` above the file, by file-system type.
Windows: a UNC path (``\\\\server\\share\\…``), or a drive letter whose type is
``DRIVE_REMOTE`` (a mapped network drive). Both inputs can be passed in, for tests.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path, PurePath, PureWindowsPath

from resources.translations.catalogue import translate

#: File-system types of network shares as /proc/mounts names them.
NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smbfs", "smb3", "ncpfs", "afs", "coda", "ceph", "glusterfs",
    "fuse.glusterfs", "fuse.sshfs", "sshfs", "9p", "davfs", "fuse.davfs2", "fuse.rclone",
    "lustre", "gpfs", "beegfs", "ocfs2", "gfs2",
})
_DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a mapped network drive


def _unescape_mount(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def linux_share_type(path: PurePath, mounts: str) -> str | None:
    """The network file-system type *path* is on, per the /proc/mounts text *mounts*."""
    best: tuple[int, str] | None = None
    text_path = str(path)
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point, fs_type = _unescape_mount(parts[1]), parts[2]
        inside = text_path == mount_point or text_path.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), fs_type)
    if best is None:
        return None
    return best[1] if best[1] in NETWORK_FS_TYPES or best[1].startswith("nfs") else None


def windows_share(path: PureWindowsPath, drive_type: Callable[[str], int] | None = None) -> str | None:
    """``"UNC"`` or ``"mapped drive X:"`` when *path* is on a Windows network share."""
    text_path = str(path)
    if text_path.startswith(("\\\\", "//")) and not text_path.startswith(("\\\\?\\", "\\\\.\\")):
        return "UNC"
    if text_path.startswith("\\\\?\\UNC\\"):
        return "UNC"
    drive = path.drive
    if len(drive) == 2 and drive[1] == ":":
        kind = (drive_type or _windows_drive_type)(drive + "\\")
        if kind == _DRIVE_REMOTE:
            return f"mapped drive {drive}"
    return None


def _windows_drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def network_share(path: str | os.PathLike[str], *, platform: str | None = None,
                  mounts: str | None = None,
                  drive_type: Callable[[str], int] | None = None) -> str | None:
    """What network share the file *path* is on (``"nfs4"``, ``"UNC"`` …), or ``None``.

    *platform* (``sys.platform`` by default), *mounts* (the text of /proc/mounts) and
    *drive_type* (Windows ``GetDriveTypeW``) can be given, for tests.
    """
    platform = platform or sys.platform
    if platform.startswith("win"):
        return windows_share(PureWindowsPath(os.fspath(path)), drive_type)
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    try:
        resolved: PurePath = Path(path).resolve()
    except OSError:
        resolved = Path(path).absolute()
    return linux_share_type(resolved, mounts)


def network_share_warning(path: str | os.PathLike[str], **kwargs: object) -> str | None:
    """The warning (fa/en) to show at open when the register *path* is on a network share."""
    share = network_share(path, **kwargs)  # type: ignore[arg-type]
    if share is None:
        return None
    return translate("db.location", "This register is on a network share ({share}). SQLite files "
                                    "can be damaged when several computers write to them over a "
                                    "network. Keep the register on this laptop, or have the "
                                    "office set up the shared server (PostgreSQL; see "
                                    "docs/office-server.md).").format(share=share)
