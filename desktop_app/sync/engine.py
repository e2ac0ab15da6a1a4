"""The two ways to sync: directly with another register, and by a change package file.

**Directly** (:func:`sync_direct`): both registers are open in one transaction each (on a
server, ordered by an advisory lock so its sequence follows commit order). Each side's
version vector says what it has; each receives exactly what it lacks; the vector is the
change log itself, so it advances only in the transaction that applies the changes. A
sync cut off half-way leaves each side as it was or fully synced, and the next sync sends
what is still missing — nothing twice, nothing lost.

**By package** (:func:`export_package`, :func:`import_package`): one self-describing file —
a first line naming the format, a gzip'd JSON body (format and schema versions, register
id, source site, the version vector the receiver must already have, the changes, the
attachment files) and a last line with a SHA-256 over everything before it. Importing is
one transaction; importing twice changes nothing; a package whose prerequisites are
missing, or written by a newer schema, is kept aside (``sync_held``) and says why; a
truncated, altered or foreign package is refused and nothing is applied.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import gzip
import hashlib
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Text, bindparam, delete, func, insert, literal, select, update

from db.audit import AUDIT_TABLE, HEAD_TABLE, SITE_TABLE, site_row
from db.database import Database
from db.models import Attachment
from db.sync_models import SyncHeld, SyncPeer, SyncSite
from db.types import utcnow
from desktop_app import __version__
from desktop_app.domain.errors import DomainError
from desktop_app.domain.i18n import translate
from desktop_app.sync.apply import Applier, ForkedSiteError, GapError
from desktop_app.sync.changelog import (
    Vector,
    baseline,
    changes_since,
    missing_condition,
    vector,
)

log = logging.getLogger("peyvand.sync")

PACKAGE_MAGIC = b"PEYVAND-CHANGES 1\n"
PACKAGE_FORMAT = 1
#: The advisory lock that orders syncs on a server ("PEYVAND" in ASCII).
ADVISORY_LOCK = 0x50455956414E44


class SyncError(DomainError):
    """A sync or a package was refused; nothing was applied."""


class CopiedRegister(SyncError):
    """A register is a copy of another file (they share a site id); ``at_seq``: since when."""

    def __init__(self, message: str, at_seq: int | None = None) -> None:
        super().__init__(message)
        self.at_seq = at_seq


@dataclass
class SyncResult:
    """What a sync or a package import did (the ``--json`` counts)."""

    sent: int = 0
    received: int = 0
    applied: int = 0
    skipped: int = 0
    conflicts: int = 0
    tasks: int = 0
    held: int = 0
    peer: str = ""
    message: str = ""
    dry_run: bool = False
    #: Local ids written per table (for the window to refresh); not part of the JSON.
    touched: dict[str, set[int]] = field(default_factory=dict, repr=False)

    def as_dict(self) -> dict[str, Any]:
        """Plain data for JSON (the counts and the message)."""
        return {k: getattr(self, k) for k in ("sent", "received", "applied", "skipped", "conflicts",
                                             "tasks", "held", "peer", "message", "dry_run")}


class _DryRun(Exception):
    """Raised inside a unit of work to roll a dry run back."""


@functools.lru_cache(maxsize=1)
def known_schemas() -> frozenset[str]:
    """Every schema revision this Peyvand knows (so it can read changes written under it)."""
    from alembic.script import ScriptDirectory

    from db.database import alembic_config

    return frozenset(r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions())


@contextlib.contextmanager
def _sync_session(db: Database) -> Iterator[Connection]:
    """A unit of work for the sync: hooks off (the sync writes its own log rows), server lock."""
    with db.unit_of_work(source="sync") as s:
        s.info["sync_applying"] = True
        conn = s.connection()
        if conn.dialect.name == "postgresql":
            conn.execute(select(func.pg_advisory_xact_lock(ADVISORY_LOCK)))
        yield conn


def attachments_dir(db: Database) -> Path:
    """The managed attachments folder of *db* (as the services choose it)."""
    from desktop_app.domain.services import Services

    return Path(Services(db).attachments_dir)


def _note_peer(conn: Connection, site: str, target: str, have: Vector) -> None:
    table = SyncPeer.__table__
    row = conn.execute(select(table.c.vector, table.c.target).where(table.c.site == site)).first()
    merged = dict(row.vector or {}) if row else {}
    for k, v in have.items():
        merged[k] = max(int(v), int(merged.get(k, 0)))
    values = {"target": target, "vector": merged, "last_sync_at": utcnow()}
    if row is None:
        pass
    elif target == "package":
        values.pop("target")
    if row is None:
        conn.execute(insert(table).values(site=site, **values))
    else:
        conn.execute(update(table).where(table.c.site == site).values(**values))


def _peer_vectors(conn: Connection) -> dict[str, Vector]:
    """What this register knows every other site holds: ``{site: version vector}``."""
    return {p.site: {k: int(v) for k, v in (p.vector or {}).items()}
            for p in conn.execute(select(SyncPeer.__table__.c.site, SyncPeer.__table__.c.vector))}


def _learn_seen(conn: Connection, own: str, mine: dict[str, Vector], seen: dict[str, Vector]) -> bool:
    """Take what a peer knows other sites hold (*seen*, its peers' vectors) as known here
    too (*mine*: what this register knew).

    A vector only grows, so what the peer last knew of a site is a floor of what that site
    holds now: a laptop that syncs only with the office learns the other laptops' vectors
    and can purge its tombstones (:func:`purge_tombstones`). Such a site is not a peer of
    this register: its row has no target and no time of a sync, and ``status`` leaves it out.
    Returns whether anything was learned.
    """
    table = SyncPeer.__table__
    learned = False
    for site, vec in seen.items():
        if site == own:
            continue
        known = mine.get(site)
        if known is None:
            conn.execute(insert(table).values(site=site, target="", vector=vec, last_sync_at=None))
            learned = True
        elif any(known.get(k, 0) < v for k, v in vec.items()):
            merged = {**known, **{k: max(v, known.get(k, 0)) for k, v in vec.items()}}
            conn.execute(update(table).where(table.c.site == site).values(vector=merged))
            learned = True
    return learned


def _with_peers(conn: Connection, have: Vector) -> Vector:
    """*have* plus every site this register has synced with (at 0 where it holds none of
    theirs), so a peer learns of sites that have written nothing yet (tombstone purging)."""
    out = dict(have)
    for site in conn.execute(select(SyncPeer.__table__.c.site)).scalars():
        out.setdefault(site, 0)
    return out


def _adopt_register(conn: Connection, register_id: str) -> None:
    conn.execute(update(SyncSite.__table__).where(SyncSite.__table__.c.id == 1)
                 .values(register_id=register_id))


def _own_changes(conn: Connection, site: str) -> int:
    from db.models import AuditEntry

    t = AuditEntry.__table__
    return int(conn.execute(select(func.count()).where(t.c.site != "", t.c.site.is_not(None))).scalar_one())


# ---------------------------------------------------------------------- directly


def sync_direct(local: Database, remote: Database, *, join: bool = False) -> SyncResult:
    """Sync *local* with *remote* both ways; see the module docstring."""
    try:
        return _sync_direct(local, remote, join=join)
    except CopiedRegister as exc:
        if exc.at_seq is not None:  # noted after the rollback, for ``sync fork``
            _mark_copy(local, exc.at_seq)
        raise


def _sync_direct(local: Database, remote: Database, *, join: bool) -> SyncResult:
    schemas = known_schemas()
    result, learned = SyncResult(), False
    with _sync_session(remote) as rconn, _sync_session(local) as lconn:
        rsite, lsite = site_row(rconn), site_row(lconn)
        _refuse_copies(lconn, lsite, local.display_name())
        _refuse_copies(rconn, rsite, remote.display_name())
        if rsite.site == lsite.site:
            raise CopiedRegister(_copy_message(local.display_name(), lsite.site), lsite.last_seq)
        baseline(rconn, remote.actor)
        baseline(lconn, local.actor)
        if rsite.register_id != lsite.register_id:
            if not join and _own_changes(lconn, lsite.site) and _own_changes(rconn, rsite.site):
                raise SyncError(translate("sync.engine", "These two registers belong to "
                                                         "different offices; join the office "
                                                         "register first (sync join)."))
            _adopt_register(lconn, rsite.register_id)
        lhave, rhave = vector(lconn), vector(rconn)
        forked = _forked_site(lconn, rconn, lhave, rhave)
        if forked is not None:
            raise CopiedRegister(_copy_message(local.display_name(), forked[0]), forked[1])
        to_remote = list(changes_since(lconn, rhave))
        to_local = list(changes_since(rconn, lhave))
        for batch in (to_remote, to_local):
            newer = {c.get("schema") for c in batch} - schemas - {"", None}
            if newer:
                raise SyncError(_newer_message(next(iter(newer))))
        try:
            rreport = Applier(rconn, have=rhave).apply(to_remote)
            lreport = Applier(lconn, have=lhave).apply(to_local)
        except GapError as exc:
            raise SyncError(translate("sync.engine", "The other register's changes have a gap "
                                                     "({exc}); nothing was applied.").format(
                                exc=exc)) from exc
        rnow = vector(rconn) if to_remote else rhave
        lnow = vector(lconn) if to_local else lhave
        rseen, lseen = _peer_vectors(rconn), _peer_vectors(lconn)
        learned = _learn_seen(lconn, lsite.site, lseen, {k: v for k, v in rseen.items() if k != rsite.site})
        learned |= _learn_seen(rconn, rsite.site, rseen, {k: v for k, v in lseen.items() if k != lsite.site})
        _note_peer(lconn, rsite.site, remote.display_name(), _with_peers(rconn, rnow))
        _note_peer(rconn, lsite.site, local.display_name(), _with_peers(lconn, lnow))
        result = SyncResult(sent=len(to_remote), received=len(to_local), applied=lreport.applied,
                            skipped=lreport.skipped, conflicts=lreport.conflicts + rreport.conflicts,
                            tasks=lreport.tasks, peer=rsite.site, touched=lreport.touched)
    _copy_missing_files(remote, local)
    _copy_missing_files(local, remote)
    result.held = _retry_held(local)
    if result.sent or result.received or learned:  # nothing learned, nothing newly purgeable
        for db in (local, remote):
            purge_tombstones(db)
    log.info("synced %s with %s: %s", local.display_name(), remote.display_name(), result)
    return result


def _copy_message(name: str, site: str) -> str:
    return translate("sync.engine", "{name} is a copy of another register file: both carry the "
                                    "sync identity {value}, so their changes would be mixed up. "
                                    "Nothing was synced. Give the copy its own identity first — "
                                    "python main.py --db {name} sync fork — nothing is lost (if "
                                    "the file was only moved, this is harmless too).").format(
               name=name, value=site[:8])


def _refuse_copies(conn: Connection, site: Any, name: str) -> None:
    """Refuse to sync a register that was found in another file than its own (a copy)."""
    if site.copied_at_seq is not None:
        raise CopiedRegister(_copy_message(name, site.site))


def _mark_copy(db: Database, at_seq: int) -> None:
    """Note that *db* is a copy from sequence *at_seq* on (its own unit of work)."""
    table = SITE_TABLE
    with db.unit_of_work(source="sync") as s:
        s.info["sync_applying"] = True
        s.execute(update(table).where(table.c.id == 1, table.c.copied_at_seq.is_(None))
                  .values(copied_at_seq=at_seq))


def _forked_site(lconn: Connection, rconn: Connection, lhave: Vector,
                 rhave: Vector) -> tuple[str, int] | None:
    """A site both registers hold whose numbers carry different changes (a copied file).

    The two logs are compared at the last number both hold, one query a side per site;
    on a mismatch the first differing number is found and this register is marked a copy
    from just before it (``sync fork`` then renumbers what it wrote since).
    """

    t = AUDIT_TABLE
    for site in set(lhave) & set(rhave):
        at = min(lhave[site], rhave[site])

        def ids(conn: Connection, upto: int, site: str = site) -> dict[int, str]:
            return dict(conn.execute(select(t.c.seq, t.c.change_uuid).where(
                t.c.site == site, t.c.seq <= upto, t.c.seq >= upto)).all())

        if ids(lconn, at) == ids(rconn, at):
            continue
        mine = dict(lconn.execute(select(t.c.seq, t.c.change_uuid).where(t.c.site == site)).all())
        theirs = dict(rconn.execute(select(t.c.seq, t.c.change_uuid).where(t.c.site == site)).all())
        first = min(n for n in range(1, at + 1) if mine.get(n) != theirs.get(n))
        return site, first - 1
    return None


def purge_tombstones(db: Database) -> int:
    """Forget the tombstones every known site has seen; returns how many.

    A tombstone (the head of a deleted or merged record) is what tells a late change that
    its record is gone. Once every site this register knows of — itself, and each site in
    its change log, each with the version vector it had at its last sync here, or the one a
    peer last knew it had (:func:`_learn_seen`) — holds the delete or merge, and this
    register holds every change those sites had written by then, no change can arrive that
    has not seen it, and the head is dropped (the change log keeps the history). A register
    that does not know a site's vector keeps all.
    """
    from db.audit import HEAD_TABLE

    audit = AUDIT_TABLE
    with _sync_session(db) as conn:
        site = site_row(conn, lock=False)
        have = vector(conn)
        peers = _peer_vectors(conn)
        known = set(have) | set(peers) | {s for v in peers.values() for s in v}
        others = known - {site.site}
        if not others or not others <= set(peers):
            return 0  # a site whose vector this register does not know may not have seen them
        if any(have.get(o, 0) < peers[o].get(o, 0) for o in others):
            return 0  # a change written before its site saw a delete may be on its way
        ends = conn.execute(select(HEAD_TABLE.c.entity_uuid, audit.c.site, audit.c.seq).join(
            audit, audit.c.entity_uuid == HEAD_TABLE.c.entity_uuid).where(
            HEAD_TABLE.c.state != "live", audit.c.action.in_(("delete", "merge")))).all()
        keep: set[str] = set()
        ready: set[str] = set()
        for record, at_site, seq in ends:
            if all(peers[o].get(at_site, 0) >= int(seq) for o in others if o != at_site):
                ready.add(record)
            else:
                keep.add(record)
        gone = sorted(ready - keep)
        for start in range(0, len(gone), 500):
            conn.execute(delete(HEAD_TABLE).where(HEAD_TABLE.c.entity_uuid.in_(gone[start:start + 500])))
    return len(gone)


def fork_site(db: Database) -> dict[str, Any]:
    """Give a copied register its own sync identity, keeping everything it holds.

    A new site id; the changes this copy wrote since it was copied (numbers after
    ``copied_at_seq``) move to the new site, numbered from 1, so the original's changes
    and the copy's no longer share numbers. Returns the old and new site ids and how many
    changes moved.
    """
    from db.audit import file_identity

    audit, heads, sites = AUDIT_TABLE, HEAD_TABLE, SITE_TABLE
    with db.unit_of_work(source="sync") as s:
        s.info["sync_applying"] = True
        conn = s.connection()
        row = conn.execute(select(sites).where(sites.c.id == 1)).first()
        if row is None:
            raise SyncError(translate("sync.engine", "This register has not written anything "
                                                     "yet: it has no sync identity to share."))
        old, new = row.site, str(__import__("uuid").uuid4())
        since = row.copied_at_seq if row.copied_at_seq is not None else row.last_seq
        moved = set(conn.execute(select(audit.c.change_uuid).where(
            audit.c.site == old, audit.c.seq > since)).scalars())
        conn.execute(update(audit).where(audit.c.site == old, audit.c.seq > since)
                     .values(site=new, seq=audit.c.seq - since))
        if moved:
            fixed = []
            for h in conn.execute(select(heads.c.entity_uuid, heads.c.heads)
                                  .where(heads.c.heads.cast(Text).like(f"%{old}%"))):
                value = {f: ([v[0], v[1], new] if isinstance(v, list) and len(v) == 3
                             and v[0] in moved else v) for f, v in (h.heads or {}).items()}
                fixed.append({"b_uuid": h.entity_uuid, "heads": value})
            if fixed:
                conn.execute(update(heads).where(heads.c.entity_uuid == bindparam("b_uuid"))
                             .values(heads=bindparam("heads")), fixed)
        conn.execute(update(sites).where(sites.c.id == 1).values(
            site=new, last_seq=row.last_seq - since, copied_at_seq=None,
            file_identity=file_identity(conn)))
    log.info("forked %s: site %s -> %s, %d changes renumbered", db.display_name(), old, new, len(moved))
    return {"old_site": old, "site": new, "renumbered": len(moved)}


def _copy_missing_files(source: Database, target: Database) -> None:
    """Copy attachment files *target* lacks from *source*, each checked against its hash."""
    src, dst = attachments_dir(source), attachments_dir(target)
    with target.reading() as s:
        wanted = set(s.scalars(select(Attachment.sha256).distinct()))
    for sha in wanted:
        there = dst / sha[:2] / sha
        here = src / sha[:2] / sha
        if there.exists() or not here.exists():
            continue
        _store_file(dst, sha, here.read_bytes())


def _store_file(folder: Path, sha: str, data: bytes) -> None:
    if hashlib.sha256(data).hexdigest() != sha:
        raise SyncError(translate("sync.engine", "The attachment {value}… does not match its "
                                                 "hash; it was not stored.").format(value=sha[:12]))
    path = folder / sha[:2] / sha
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part")
    tmp.write_bytes(data)
    tmp.replace(path)


def _newer_message(schema: str) -> str:
    return translate("sync.engine", "These changes were written by a newer Peyvand (schema "
                                    "{schema}); update Peyvand to version {__version__} or later "
                                    "first. Nothing was applied.").format(
               schema=schema, __version__=__version__)


# ---------------------------------------------------------------------- packages


def export_package(db: Database, path: Path, *, for_peer: str | None = None) -> SyncResult:
    """Write the changes a peer lacks (all of them, without *for_peer*) to *path*."""
    from db.database import head_revision

    with _sync_session(db) as conn:
        site = site_row(conn)
        _refuse_copies(conn, site, db.display_name())
        baseline(conn, db.actor)
        have: Vector = {}
        if for_peer:
            peers = conn.execute(select(SyncPeer.__table__)).all()
            match = [p for p in peers if p.site.startswith(for_peer) or p.target == for_peer]
            if not match:
                raise SyncError(translate("sync.engine", "No peer “{for_peer}” has synced with "
                                                         "this register.").format(for_peer=for_peer))
            have = {k: int(v) for k, v in (match[0].vector or {}).items()}
        changes = list(changes_since(conn, have))
        provides = _with_peers(conn, vector(conn))
        shas = {c["fields"]["sha256"][1] for c in changes
                if c["table"] == "attachments" and "sha256" in c["fields"]}
    requires: Vector = {}
    for c in changes:
        requires.setdefault(c["site"], int(c["seq"]) - 1)
    folder = attachments_dir(db)
    files = {}
    for sha in shas:
        if sha and (folder / sha[:2] / sha).exists():
            files[sha] = base64.b64encode((folder / sha[:2] / sha).read_bytes()).decode("ascii")
    body = {"format": PACKAGE_FORMAT, "schema": head_revision(), "app_version": __version__,
            "register_id": site.register_id, "source_site": site.site,
            "created_at": utcnow().isoformat(), "requires": requires, "provides": provides,
            "changes": changes, "attachments": files}
    payload = PACKAGE_MAGIC + gzip.compress(json.dumps(body, ensure_ascii=False,
                                                       separators=(",", ":")).encode("utf-8"), 6)
    digest = hashlib.sha256(payload).hexdigest()
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(payload + b"\nSHA256 " + digest.encode("ascii") + b"\n")
    tmp.replace(path)
    return SyncResult(sent=len(changes), peer=for_peer or "")


def read_package(data: bytes) -> dict[str, Any]:
    """Verify and decode a package; :class:`SyncError` for a truncated, altered or alien file."""
    bad = translate("sync.engine", "This file is not a complete Peyvand change package "
                                   "(truncated or altered); nothing was applied.")
    if not data.startswith(PACKAGE_MAGIC):
        raise SyncError(bad)
    cut = data.rfind(b"\nSHA256 ")
    if cut < 0 or not data.endswith(b"\n") or len(data) - cut != len(b"\nSHA256 ") + 65:
        raise SyncError(bad)
    payload, digest = data[:cut], data[cut + len(b"\nSHA256 "):-1].decode("ascii", "replace")
    if hashlib.sha256(payload).hexdigest() != digest:
        raise SyncError(bad)
    try:
        body = json.loads(gzip.decompress(payload[len(PACKAGE_MAGIC):]).decode("utf-8"))
    except (OSError, ValueError, EOFError) as exc:
        raise SyncError(bad) from exc
    if not isinstance(body, dict) or body.get("format") != PACKAGE_FORMAT:
        raise SyncError(bad)
    return body


def import_package(db: Database, path: Path, *, dry_run: bool = False) -> SyncResult:
    """Verify *path* and apply its changes in one transaction (or only count, with *dry_run*)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise SyncError(translate("sync.engine", "Cannot read {path}: {strerror}.").format(
                            path=path, strerror=exc.strerror)) from exc
    result = _import_bytes(db, data, dry_run=dry_run)
    if not dry_run and not result.held:
        result.held = _retry_held(db)
    return result


def _import_bytes(db: Database, data: bytes, *, dry_run: bool, held_id: int | None = None) -> SyncResult:
    body = read_package(data)
    schemas = known_schemas()
    result = SyncResult(dry_run=dry_run, received=len(body["changes"]), peer=body["source_site"])
    try:
        with _sync_session(db) as conn:
            site = site_row(conn)
            _refuse_copies(conn, site, db.display_name())
            if body["register_id"] != site.register_id:
                if _own_changes(conn, site.site):
                    raise SyncError(translate("sync.engine", "This package belongs to another "
                                                             "office register; nothing was "
                                                             "applied."))
                _adopt_register(conn, body["register_id"])
            newer = ({body.get("schema")} | {c.get("schema") for c in body["changes"]}) - schemas - {"", None}
            have = vector(conn)
            missing = {s: (have.get(s, 0) + 1, n) for s, n in body["requires"].items()
                       if have.get(s, 0) < int(n)}
            if newer or missing:
                if newer:
                    reason = _newer_message(str(next(iter(newer))))
                else:
                    parts = [f"{s[:8]} {a}–{b}" for s, (a, b) in missing.items()]
                    reason = translate("sync.engine", "Kept aside: this package needs the "
                                                      "changes of an earlier package first (site "
                                                      "seq: {value}). Import that one, then this "
                                                      "one is applied by itself.").format(
                                 value=', '.join(parts))
                result.held = 1
                result.message = reason
                if not dry_run and held_id is None:
                    _hold(conn, data, reason)
                if held_id is None:
                    return result
                raise _DryRun()
            for sha, encoded in body.get("attachments", {}).items():
                raw = base64.b64decode(encoded)
                if hashlib.sha256(raw).hexdigest() != sha:
                    raise SyncError(translate("sync.engine", "An attachment in the package does "
                                                             "not match its hash; nothing was "
                                                             "applied."))
            try:
                report = Applier(conn).apply(body["changes"])
            except ForkedSiteError as exc:
                raise CopiedRegister(translate("sync.engine", "This package and this register "
                                                              "hold different changes under the "
                                                              "same numbers of site {value}: one "
                                                              "of the registers is a copy of "
                                                              "another file. Nothing was "
                                                              "applied. Run sync fork on the "
                                                              "copy, then export again.").format(
                                         value=str(exc)[:8])) from exc
            result.applied, result.skipped = report.applied, report.skipped
            result.conflicts, result.tasks = report.conflicts, report.tasks
            result.touched = report.touched
            _note_peer(conn, body["source_site"], "package", body["provides"])
            if held_id is not None:
                conn.execute(delete(SyncHeld.__table__).where(SyncHeld.__table__.c.id == held_id))
            if dry_run:
                raise _DryRun()
    except _DryRun:
        return result
    folder = attachments_dir(db)
    for sha, encoded in body.get("attachments", {}).items():
        if not (folder / sha[:2] / sha).exists():
            _store_file(folder, sha, base64.b64decode(encoded))
    return result


def _hold(conn: Connection, data: bytes, reason: str) -> None:
    table = SyncHeld.__table__
    sha = hashlib.sha256(data).hexdigest()
    if conn.execute(select(table.c.id).where(table.c.package_sha256 == sha)).first() is None:
        conn.execute(insert(table).values(received_at=utcnow(), reason=reason, package_sha256=sha,
                                          package=data))


def _retry_held(db: Database) -> int:
    """Try the packages kept aside again; returns how many are still held."""
    progress = True
    while progress:
        progress = False
        with db.reading() as s:
            held = [(r.id, r.package) for r in s.execute(select(SyncHeld.id, SyncHeld.package))]
        for held_id, data in held:
            result = _import_bytes(db, data, dry_run=False, held_id=held_id)
            if not result.held:
                progress = True
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(SyncHeld)) or 0)


def sync_target(local: Database, target: str, *, join: bool = False) -> SyncResult:
    """Open *target* (a register file or a server URL) and sync *local* with it.

    A server is never migrated from a laptop (its administrator upgrades it); a file is
    opened as the program opens any register (a newer schema is refused).
    """
    if "://" not in target and not Path(target).is_file():
        raise SyncError(translate("sync.engine", "{target} does not exist.").format(target=target))
    remote = Database.open(target, migrate="://" not in target, app_version=__version__)
    try:
        return sync_direct(local, remote, join=join)
    finally:
        remote.close()


def office_target(db: Database) -> str | None:
    """Where this register last synced directly (the office register), if anywhere."""
    with db.reading() as s:
        for (target,) in s.execute(select(SyncPeer.target).order_by(SyncPeer.last_sync_at.desc())):
            if target and target != "package":
                return str(target)
    return None


# ---------------------------------------------------------------------- status


def status(db: Database) -> dict[str, Any]:
    """Site id, register id, peers with their last sync, unsent changes, open conflicts.

    Two statements whatever the number of tables and peers (on a server each is a round
    trip): the peers' rows, then one ``SELECT`` of scalar subqueries — the site, the open
    conflicts, the packages held, the records with no change yet (one count per synced
    table, added up in SQL) and, per peer, the changes it lacks.
    """
    from db.audit import SYNCED_TABLES
    from db.sync_models import SyncConflict, SyncHead

    site_t, conflicts_t, held_t = SyncSite.__table__, SyncConflict.__table__, SyncHeld.__table__
    with db.reading() as s:
        conn = s.connection()
        peer_rows = conn.execute(select(SyncPeer.__table__.c.site, SyncPeer.__table__.c.target,
                                        SyncPeer.__table__.c.last_sync_at, SyncPeer.__table__.c.vector)
                                 .where(SyncPeer.last_sync_at.is_not(None))
                                 .order_by(SyncPeer.last_sync_at.desc())).all()
        haves = [{k: int(v) for k, v in (p.vector or {}).items()} for p in peer_rows] or [{}]
        heads = select(SyncHead.entity_uuid).scalar_subquery()
        never = sum((select(func.count()).select_from(t).where(t.c.uuid.not_in(heads)).scalar_subquery()
                     for t in SYNCED_TABLES.values()), literal(0))
        row = conn.execute(select(
            select(site_t.c.site).where(site_t.c.id == 1).scalar_subquery().label("site"),
            select(site_t.c.register_id).where(site_t.c.id == 1).scalar_subquery().label("register_id"),
            select(func.count()).select_from(conflicts_t).where(conflicts_t.c.resolved_at.is_(None))
            .scalar_subquery().label("open_conflicts"),
            select(func.count()).select_from(held_t).scalar_subquery().label("held"),
            never.label("never"),
            *(select(func.count()).select_from(AUDIT_TABLE).where(missing_condition(have))
              .scalar_subquery().label(f"unsent_{i}") for i, have in enumerate(haves)),
        )).one()
    peers = [{"site": p.site, "target": p.target,
              "last_sync_at": p.last_sync_at.isoformat() if p.last_sync_at else None,
              "unsent": int(row[5 + i] or 0)} for i, p in enumerate(peer_rows)]
    return {"site": row.site, "register_id": row.register_id, "peers": peers,
            "unsent": int(row[5] or 0) + int(row.never or 0),
            "open_conflicts": int(row.open_conflicts or 0), "held": int(row.held or 0)}


__all__ = [
    "SyncError",
    "SyncResult",
    "export_package",
    "fork_site",
    "import_package",
    "office_target",
    "purge_tombstones",
    "read_package",
    "status",
    "sync_direct",
    "sync_target",
]
