"""Shared fixtures: offscreen Qt, a private data folder, real SQLite files and a real,
throwaway PostgreSQL server started for the test session.

The PostgreSQL server is started from the installed binaries (``initdb``/``postgres``,
found through ``pg_config`` or ``/usr/lib/postgresql/*/bin``) in a temporary folder, on a
free port on 127.0.0.1, and stopped at the end. ``PEYVAND_TEST_PG_URL`` points the tests
at an existing server instead. In CI (``CI`` set) a missing server fails the run rather
than skipping the PostgreSQL tests.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_DATA_DIR = tempfile.mkdtemp(prefix="peyvand-test-data-")
os.environ["PEYVAND_DATA_DIR"] = _DATA_DIR

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("peyvand", deadline=None, max_examples=150,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("peyvand")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from db.database import Database  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A path for a fresh SQLite register in the test's own folder."""
    return tmp_path / "register.sqlite3"


@pytest.fixture
def sqlite_db(db_path: Path) -> Iterator[Database]:
    """A migrated, empty SQLite register."""
    db = Database.open(db_path, app_version="test")
    yield db
    db.close()


# ----------------------------------------------------------------------------- PostgreSQL


def _pg_bindir() -> Path | None:
    pg_config = shutil.which("pg_config")
    candidates = []
    if pg_config:
        try:
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=True)
            candidates.append(Path(out.stdout.strip()))
        except (OSError, subprocess.CalledProcessError):
            pass
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    for c in candidates:
        if (c / "initdb").exists() and (c / "postgres").exists():
            return c
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _PgServer:
    """A throwaway PostgreSQL cluster in a temporary folder."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="peyvand-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.as_user: list[str] = []
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            # PostgreSQL refuses to run as root; run it as the packaged 'postgres' user.
            runuser = shutil.which("runuser")
            if not runuser:
                raise RuntimeError("running as root and no 'runuser' to start PostgreSQL")
            os.chmod(self.root, 0o777)
            self.as_user = [runuser, "-u", "postgres", "--"]

    def _run(self, *args: str) -> None:
        subprocess.run([*self.as_user, *args], check=True, capture_output=True, text=True)

    def start(self) -> str:
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "peyvand",
                  "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "log"),
                  "-w", "-t", "60", "-o",
                  f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root} "
                  "-c fsync=off -c full_page_writes=off -c synchronous_commit=off", "start")
        return f"postgresql+psycopg://peyvand@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        try:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        except (OSError, subprocess.CalledProcessError):
            pass
        shutil.rmtree(self.root, ignore_errors=True)


def _pg_required() -> bool:
    """CI (``CI`` set) or ``PEYVAND_REQUIRE_PG=1``: a PostgreSQL that cannot start fails the run."""
    return bool(os.environ.get("CI")) or os.environ.get("PEYVAND_REQUIRE_PG") == "1"


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """The admin URL of a PostgreSQL server for this test session."""
    if os.environ.get("PEYVAND_TEST_PG_URL"):
        yield os.environ["PEYVAND_TEST_PG_URL"]
        return
    bindir = _pg_bindir()
    if bindir is None:
        if _pg_required():
            pytest.fail("PostgreSQL binaries not found; CI must run the PostgreSQL tests")
        pytest.skip("PostgreSQL is not installed on this machine")
    server = _PgServer(bindir)
    try:
        url = server.start()
    except (OSError, subprocess.CalledProcessError, RuntimeError) as exc:
        detail = getattr(exc, "stderr", "") or str(exc)
        server.stop()
        if _pg_required():
            pytest.fail(f"could not start PostgreSQL: {detail}")
        pytest.skip(f"could not start PostgreSQL: {detail}")
    yield url
    server.stop()


@pytest.fixture
def pg_database_url(pg_url: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test (dropped afterwards)."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    plain = pg_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield pg_url.rsplit("/", 1)[0] + f"/{name}"
    deadline = time.monotonic() + 10
    with psycopg.connect(plain, autocommit=True) as conn:
        while True:
            try:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                break
            except psycopg.Error:
                if time.monotonic() > deadline:
                    break
                time.sleep(0.2)


#: The login the PostgreSQL storage and service tests run as: a member of peyvand_officer,
#: neither the owner nor a superuser (issue 9).
PG_OFFICER_LOGIN = "peyvand_test_officer"
PG_OFFICER_PASSWORD = "peyvand-test"


@pytest.fixture(scope="session")
def pg_officer_login(pg_url: str) -> str:
    """The group roles of ``init`` and one officer's login on the test server (once)."""
    import psycopg

    from db.roles import MANAGER, OFFICER, login_sql, quote_ident

    plain = pg_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        for role in (OFFICER, MANAGER):
            if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone():
                conn.execute(f"CREATE ROLE {quote_ident(role)} NOLOGIN")
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s",
                            (PG_OFFICER_LOGIN,)).fetchone():
            conn.execute(login_sql(PG_OFFICER_LOGIN, OFFICER))
        conn.execute(f"ALTER ROLE {quote_ident(PG_OFFICER_LOGIN)} PASSWORD '{PG_OFFICER_PASSWORD}'")
    return PG_OFFICER_LOGIN


@pytest.fixture
def pg_owner_db(pg_database_url: str) -> Iterator[Database]:
    """A migrated, empty PostgreSQL register opened with the owner's login, roles granted."""
    from db.server import init_server

    db = Database.open(pg_database_url, app_version="test")
    init_server(db, apply=True)
    yield db
    db.close()


@pytest.fixture
def pg_officer_url(pg_database_url: str, pg_officer_login: str, pg_owner_db: Database) -> str:
    """The URL of the test's register (migrated by its owner) with an officer's login."""
    from sqlalchemy.engine import make_url

    url = make_url(pg_database_url).set(username=pg_officer_login, password=PG_OFFICER_PASSWORD)
    return url.render_as_string(hide_password=False)


@pytest.fixture
def pg_db(pg_officer_url: str) -> Iterator[Database]:
    """A migrated, empty PostgreSQL register, opened as an officer (not the owner): what a
    laptop in the office runs as."""
    db = Database.open(pg_officer_url, app_version="test")
    yield db
    db.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_db(request: pytest.FixtureRequest) -> Iterator[Database]:
    """The same test on a SQLite file and on the PostgreSQL server."""
    if request.param == "sqlite":
        yield request.getfixturevalue("sqlite_db")
    else:
        yield request.getfixturevalue("pg_db")


def pytest_sessionstart(session: pytest.Session) -> None:
    """Install the PDF and bidi reference programs the tests read pages back with, when the
    machine lets the suite do so (root with apt-get); see tests/system_packages.py."""
    from tests.system_packages import ensure_installed

    said = ensure_installed()
    if said:
        print(f"\n{said}", flush=True)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say how many PostgreSQL tests ran, so CI output shows they were not skipped."""
    counts = {"passed": 0, "failed": 0, "skipped": 0}
    for outcome in (*counts, "error"):  # a fixture that failed (no server) is an error
        for report in terminalreporter.stats.get(outcome, []):
            if "postgres" in getattr(report, "keywords", {}) and report.when in ("call", "setup"):
                if outcome == "passed" and report.when != "call":
                    continue
                counts["failed" if outcome == "error" else outcome] += 1
    terminalreporter.write_line(
        f"PostgreSQL tests: {counts['passed']} passed, {counts['failed']} failed, "
        f"{counts['skipped']} skipped")


# Known breakages after a merge, each a real finding still to fix (see the README's "Known
# limitations"); marked xfail (not strict) so they stay visible in every run. None at present.
KNOWN_BROKEN: dict[str, str] = {}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        for prefix, reason in KNOWN_BROKEN.items():
            if item.nodeid.startswith(prefix):
                item.add_marker(pytest.mark.xfail(reason=reason, strict=False))
