"""The system programs the tests read PDFs back with, installed by the suite itself.

The tests compare the printed page with independent tools: poppler (``pdftotext``,
``pdffonts``, ``pdftoppm``) and GNU FriBidi's ``fribidi``. On a fresh Debian/Ubuntu machine
where the suite runs as root (CI, a developer's container) the missing packages are
installed with apt-get before the first test, so the README's one test command is all a
machine needs. Elsewhere nothing is installed: the tests that need a missing program skip
with its name (and fail when ``CI`` is set).
"""

from __future__ import annotations

import os
import shutil
import subprocess

#: program -> the Debian package that provides it
PROGRAMS = {
    "pdftotext": "poppler-utils",
    "pdffonts": "poppler-utils",
    "pdftoppm": "poppler-utils",
    "fribidi": "libfribidi-bin",
}


def missing_packages() -> list[str]:
    """The Debian packages whose programs are not on PATH, in a stable order."""
    return sorted({pkg for program, pkg in PROGRAMS.items() if shutil.which(program) is None})


def ensure_installed() -> str:
    """Install what is missing when that is possible here; say what happened (one line)."""
    missing = missing_packages()
    if not missing:
        return ""
    apt = shutil.which("apt-get")
    if apt is None or not hasattr(os, "geteuid") or os.geteuid() != 0:
        return f"system packages missing (not installed: not root with apt-get): {' '.join(missing)}"
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = [apt, "install", "-y", "--no-install-recommends", *missing]
    try:
        done = subprocess.run(install, capture_output=True, text=True, env=env, timeout=600)
        if done.returncode != 0:  # a fresh machine has no package lists yet
            subprocess.run([apt, "update"], capture_output=True, text=True, env=env,
                           timeout=600)
            done = subprocess.run(install, capture_output=True, text=True, env=env, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"system packages {' '.join(missing)} could not be installed: {exc}"
    still = missing_packages()
    if still:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or [""]
        return f"system packages still missing after apt-get: {' '.join(still)} ({tail[0]})"
    return f"installed system packages for the tests: {' '.join(missing)}"
