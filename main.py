"""Peyvand's entry point: a command runs headless; no command opens the window."""

from __future__ import annotations

import sys


def main() -> int:
    """Parse the command line and hand over to the command line or the application."""
    from desktop_app.cli import build_parser, run_command
    from desktop_app.logging_setup import setup_logging

    args = build_parser().parse_args()
    setup_logging()
    if args.command:
        return run_command(args)
    from desktop_app.app import run_gui  # Qt is imported only when a window is wanted

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
