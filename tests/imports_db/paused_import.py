"""Run the command line with an import that stops inside its write transaction (kill test).

``python tests/imports_db/paused_import.py AFTER_ROWS ARGS…`` runs ``main.py ARGS…`` with
:meth:`ImportService.commit` given a progress callback that, once *AFTER_ROWS* new partners
are written, prints ``PAUSED after N rows`` on stderr and sleeps — so the test can kill the
process at that moment. The hook lives here, in the tests, not in the application.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop_app.domain import imports


def main() -> int:
    after = int(sys.argv[1])
    original = imports.ImportService.commit

    def commit(self: imports.ImportService, preview: Any, **kwargs: Any) -> Any:
        def progress(done: int, total: int) -> None:
            if done >= after:
                print(f"PAUSED after {done} rows", file=sys.stderr, flush=True)
                time.sleep(600)

        return original(self, preview, **{**kwargs, "progress": progress})

    imports.ImportService.commit = commit  # type: ignore[method-assign]
    from desktop_app.cli import build_parser, run_command
    from desktop_app.logging_setup import setup_logging

    args = build_parser().parse_args(sys.argv[2:])
    setup_logging()
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
