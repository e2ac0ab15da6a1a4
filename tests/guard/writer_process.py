"""A second Peyvand process for the concurrent-writer tests (run as a subprocess).

``python writer_process.py DB MODE ARGS…`` prints one line per step on stdout (flushed) and
reads ``go`` lines from stdin where the test must say when to go on:

* ``hold PID CITY``  — open a unit of work, change the partner's city, say ``holding``,
  wait for ``go``, commit, say ``committed``;
* ``save PID VERSION CITY [BUSY_MS]`` — say ``saving``, save the partner form loaded at
  VERSION with CITY, say ``saved`` / ``conflict <message>`` / ``locked <message>``;
* ``import FILE`` — import a partner list, say ``imported <batch id>``.
"""

from __future__ import annotations

import sys

import db.database as database
from db.errors import ConflictError, DatabaseLockedError
from db.models import Partner
from desktop_app.domain import i18n


def main(argv: list[str]) -> int:
    path, mode, *args = argv
    if mode == "save" and len(args) > 3:
        database.SQLITE_BUSY_TIMEOUT_MS = int(args[3])
    i18n.set_language("en")
    db = database.Database.open(path, app_version="test")
    say = lambda line: (sys.stdout.write(line + "\n"), sys.stdout.flush())  # noqa: E731
    if mode == "hold":
        with db.unit_of_work() as s:
            partner = s.get(Partner, int(args[0]))
            assert partner is not None
            partner.city = args[1]
            s.flush()
            say("holding")
            assert sys.stdin.readline().strip() == "go"
        say("committed")
    elif mode == "save":
        from desktop_app.domain.partners import PartnerService

        service = PartnerService(db)
        form = service.get(int(args[0]))
        form.version, form.city = int(args[1]), args[2]
        say("saving")
        try:
            service.save(form)
        except ConflictError as exc:
            say(f"conflict {exc}")
        except DatabaseLockedError as exc:
            say(f"locked {exc}")
        else:
            say("saved")
    elif mode == "import":
        from desktop_app.domain.imports import ImportService

        imports = ImportService(db)
        batch = imports.commit(imports.preview(args[0], policy="skip", near_matches=False)).value
        say(f"imported {batch}")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
