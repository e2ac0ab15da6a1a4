"""The shared office server's least-privilege roles, as SQL the database owner runs.

Two group roles, and one login per person made a member of one of them:

* ``peyvand_officer`` — reads and writes the register's data, uses its sequences (new
  records need ``nextval``), and may only *add* to the audit trail: no UPDATE, DELETE or
  TRUNCATE there, so an officer cannot rewrite history. The schema version, the program's
  meta data and the country list are read-only for it (the owner upgrades them with
  ``init``).
* ``peyvand_manager`` — reads everything (the dashboard, searches, PDF reports); writes
  nothing.

Neither role owns a table or may create one, so at run time the program needs neither the
owner nor a superuser. A trigger on the audit trail writes the *database login*
(``session_user``) into each new entry made by anyone but the owner, so an entry cannot
claim to be someone else's. :func:`role_sql` returns the statements; ``python main.py
--db postgresql+psycopg://OWNER@HOST/DB init`` prints them (or runs them with ``--apply``).
Everything is idempotent: ``init`` is run again after every upgrade.
"""

from __future__ import annotations

import re

from db.models import Base

OFFICER = "peyvand_officer"
MANAGER = "peyvand_manager"
#: Tables an officer may only read: written by ``init`` (migrations) as the owner.
READ_ONLY_TABLES = frozenset({"alembic_version", "peyvand_meta", "countries"})
#: Tables an officer may only add to.
APPEND_ONLY_TABLES = frozenset({"audit_log"})

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_$]{0,62}$")


def quote_ident(name: str) -> str:
    """*name* as a PostgreSQL identifier (double-quoted, quotes doubled)."""
    return '"' + name.replace('"', '""') + '"'


def valid_login(name: str) -> bool:
    """True for a plain login name (letters, digits, ``_``; not starting with a digit)."""
    return bool(_NAME.match(name))


def data_tables() -> list[str]:
    """Every table of the register's models, in dependency order, plus ``alembic_version``."""
    return [t.name for t in Base.metadata.sorted_tables] + ["alembic_version"]


def role_sql(database: str, schema: str = "public") -> list[str]:
    """The statements that create (if missing) and grant the two group roles on *database*.

    Run by the database owner after the schema is at the head revision. ``CREATE ROLE``
    needs the ``CREATEROLE`` attribute; the grants need the owner.
    """
    db, sch = quote_ident(database), quote_ident(schema)
    officer, manager = quote_ident(OFFICER), quote_ident(MANAGER)
    sql = [
        *(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN "
          f"CREATE ROLE {quote_ident(role)} NOLOGIN; END IF; END $$"
          for role in (OFFICER, MANAGER)),
        # Only members of the two roles (and the owner) may connect to the register.
        f"REVOKE ALL ON DATABASE {db} FROM PUBLIC",
        f"GRANT CONNECT, TEMPORARY ON DATABASE {db} TO {officer}, {manager}",
        f"REVOKE CREATE ON SCHEMA {sch} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {sch} TO {officer}, {manager}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {sch} FROM {officer}, {manager}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {sch} TO {officer}, {manager}",
    ]
    for table in data_tables():
        qualified = f"{sch}.{quote_ident(table)}"
        if table in READ_ONLY_TABLES:
            continue
        if table in APPEND_ONLY_TABLES:
            sql.append(f"GRANT INSERT ON {qualified} TO {officer}")
        else:
            sql.append(f"GRANT INSERT, UPDATE, DELETE ON {qualified} TO {officer}")
    sql += [
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {sch} TO {officer}",
        # The audit trail names the database login of whoever made the change.
        f"CREATE OR REPLACE FUNCTION {sch}.peyvand_audit_login() RETURNS trigger "
        "LANGUAGE plpgsql AS $$ BEGIN "
        "IF session_user <> (SELECT tableowner FROM pg_tables WHERE schemaname = TG_TABLE_SCHEMA "
        "AND tablename = TG_TABLE_NAME) THEN NEW.actor := session_user; END IF; "
        "RETURN NEW; END $$",
        f"DROP TRIGGER IF EXISTS peyvand_audit_login ON {sch}.audit_log",
        f"CREATE TRIGGER peyvand_audit_login BEFORE INSERT ON {sch}.audit_log "
        f"FOR EACH ROW EXECUTE FUNCTION {sch}.peyvand_audit_login()",
    ]
    return sql


def login_sql(login: str, role: str = OFFICER) -> str:
    """The statement that adds one person's login as a member of *role* (password asked
    for separately: ``\\password LOGIN`` in psql, so it never sits in a script)."""
    if not valid_login(login):
        raise ValueError(f"“{login}” is not a plain login name (letters, digits and _).")
    if role not in (OFFICER, MANAGER):
        raise ValueError(f"“{role}” is not one of {OFFICER}, {MANAGER}.")
    return f"CREATE ROLE {quote_ident(login)} LOGIN IN ROLE {quote_ident(role)}"


def script(database: str, schema: str = "public") -> str:
    """:func:`role_sql` as a psql script with comments, and how to add the logins."""
    lines = [
        f"-- Peyvand: roles for the register database {database} (run as its owner).",
        "-- Safe to run again after every upgrade (python main.py --db URL init).",
        "BEGIN;",
        *(statement + ";" for statement in role_sql(database, schema)),
        "COMMIT;",
        "",
        "-- One login per person (then set the password in psql: \\password maryam):",
        f"--   {login_sql('maryam', OFFICER)};   -- an officer: edits, imports, prints",
        f"--   {login_sql('reza', MANAGER)};     -- a manager: reads and prints",
        "-- A person who leaves: ALTER ROLE maryam NOLOGIN;  (the audit trail keeps the name)",
    ]
    return "\n".join(lines) + "\n"
