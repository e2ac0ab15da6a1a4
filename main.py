"""Peyvand's entry point: a command runs headless; no command opens the window."""

from __future__ import annotations

import sys

from desktop_app.launch import main

if __name__ == "__main__":
    sys.exit(main())
