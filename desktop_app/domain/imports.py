"""Importing partner lists into the register, taking an import back, and exporting lists.

The pure-Python half (:mod:`desktop_app.importing`) reads, cleans and plans; this module
runs the plan against the database:

* :meth:`ImportService.preview` is the dry run: it reads the file, maps and cleans it and
  plans every row against the partners already in the register. Nothing is written.
* :meth:`ImportService.commit` executes a preview in **one** unit of work (source
  ``import``): the batch record, every new partner with its contacts and tags, every
  update, the audit entries and the batch's :class:`~db.models.ImportChange` rows land
  together or not at all — a killed process leaves the database as it was.
* :meth:`ImportService.undo` removes what a batch created and gives updated fields their
  old values back, except where a later edit touched them; those are named in
  :attr:`UndoReport.kept`.

New partners are written with SQLAlchemy Core in chunks (ORM objects for 100,000 rows cost
seconds and hundreds of megabytes). Core inserts bypass the ORM's audit hook, so this
module writes their :class:`~db.models.AuditEntry` rows itself, in the same transaction and
with the same content the hook would have written. Updates go through the ORM, so the hook
audits them.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import logging
import os
import time
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from json.encoder import encode_basestring as _json_string
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from db.audit import _SKIPPED as _AUDIT_SKIPPED  # one skip list: the audit hook's own
from db.bulk import (
    REBUILD_INDEXES_RATIO,
    bound_value,
    fts_filled_afterwards,
    fts_updated_afterwards,
    indexes_rebuilt_afterwards,
    insert_rows,
    reserve_ids,
    row_count,
    sqlite_cache,
    uuid4_strings,
)
from db.database import Database
from db.models import (
    AuditEntry,
    Contact,
    ImportBatch,
    ImportChange,
    ImportProfile,
    Origin,
    Partner,
    PartnerKind,
    Tag,
    partner_tags,
)
from db.types import utcnow
from desktop_app.domain.changes import Changes, OpResult
from desktop_app.domain.countries import country_name
from desktop_app.domain.errors import ConflictError, DomainError, NotFoundError
from desktop_app.domain.i18n import translate
from desktop_app.domain.partners import PartnerQuery, PartnerService
from desktop_app.importing import (
    CleanRow,
    ExistingPartner,
    ImportPlan,
    MappingProfile,
    PlannedRow,
    RawTable,
    auto_map,
    clean_rows,
    plan_import,
    read_table,
    write_csv,
    write_xlsx,
)
from desktop_app.importing._keys import KeysOf, fast_sort_key
from desktop_app.importing.duplicates import _domain
from desktop_app.importing.table import gc_paused

log = logging.getLogger("peyvand.imports")

#: The decisions a row can be given in :meth:`ImportService.commit`.
DECISIONS = ("skip", "update_empty", "overwrite", "create")
#: Partner fields an import writes (CleanRow name → Partner column).
_FIELD_COLUMNS: dict[str, str] = {
    "name": "name",
    "name_en": "name_en",
    "kind": "kind",
    "sector": "sector",
    "country": "country_code",
    "city": "city",
    "address": "address",
    "website": "website",
    "email": "email",
    "phone": "phone",
    "notes": "notes",
}
#: Engines whose new partners go to the driver as plain tuples (see _insert_partners_fast).
FAST_DIALECTS = ("sqlite", "postgresql")
#: Rows per Core ``executemany`` call.
CHUNK = 5000
#: Export columns, in the order the issue names them; others follow.
EXPORT_COLUMNS = (
    "name", "name_en", "country", "city", "kind", "sector", "website", "email", "phone",
    "address", "notes",
)
EXPORT_EXTRA_COLUMNS = ("tags", "origin", "contact_name", "contact_role", "contact_email", "contact_phone")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ImportCancelled(DomainError):
    """The user cancelled a preview or an import; nothing was written."""


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class ExistingRow:
    """An existing partner as the wizard shows it beside a duplicate row."""

    id: int
    name: str
    name_en: str
    country: str | None
    city: str
    website: str
    email: str
    phone: str


@dataclass
class ImportPreview:
    """Everything the wizard shows before anything is written (see :meth:`ImportService.preview`).

    ``mapping`` is column index → field; ``existing`` holds the existing partners the plan
    refers to (certain duplicates and near-match candidates), by id.
    """

    path: Path
    file_sha256: str
    table: RawTable
    mapping: dict[int, str]
    plan: ImportPlan
    existing: dict[int, ExistingRow] = field(default_factory=dict)


@dataclass(frozen=True)
class BatchRow:
    """One line of the import history."""

    id: int
    file_name: str
    file_sha256: str
    imported_at: dt.datetime
    actor: str
    counts: dict[str, Any]
    undone_at: dt.datetime | None


# --------------------------------------------------------------------------- helpers


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def origin_of(country_code: str | None) -> str:
    """Domestic for Iran (or no country), foreign otherwise — as the partner form derives it."""
    return Origin.DOMESTIC.value if country_code in (None, "", "IR") else Origin.FOREIGN.value


class Deriver:
    """The derived columns of new partners (as :func:`partners.apply_derived` computes them),
    from plain values, with caches that pay off over a whole import."""

    def __init__(self) -> None:
        self.keys_of = KeysOf()
        self._countries: dict[str | None, tuple[str, str]] = {}

    def _country_names(self, code: str | None) -> tuple[str, str]:
        found = self._countries.get(code)
        if found is None:
            found = self._countries[code] = (country_name(code, "fa"), country_name(code, "en"))
        return found

    def __call__(self, name: str, name_en: str, website: str, email: str, city: str,
                 sector: str, phone: str, country_code: str | None,
                 tags: Sequence[str] = ()) -> dict[str, str]:
        return dict(zip(DERIVED_COLUMNS, self.values(name, name_en, website, email, city, sector,
                                                     phone, country_code, tags), strict=True))

    def values(self, name: str, name_en: str, website: str, email: str, city: str,
               sector: str, phone: str, country_code: str | None,
               tags: Sequence[str] = ()) -> tuple[str, str, str, str, str]:
        """The derived columns as a tuple, in the order of :data:`DERIVED_COLUMNS`.

        Each text's keys are computed once: the name's whole-text key is its ``name_key``
        (and the Latin name's its ``name_en_key``); values that repeat from row to row
        (city, sector, tags, country names) come from the cache of whole texts.
        """
        if website:
            domain = _domain(website) or (_domain(email) if email else "")
        else:
            domain = _domain(email) if email else ""
        fa, en = self._country_names(country_code)
        keys_of = self.keys_of
        text_keys, cached = keys_of.text_keys, keys_of.cached_text_keys
        name_keys = text_keys(name)
        en_keys = text_keys(name_en)
        # The order of partner_search_text: names, city, sector, e-mail, phone, domain, tags,
        # the country's Persian and English names.
        keys = [*name_keys, *en_keys]
        if city:
            keys += cached(city)
        if sector:
            keys += cached(sector)
        for value in (email, phone, domain):
            if value:
                keys += keys_of.token_keys(value)
        for tag in tags:
            keys += cached(tag)
        if fa:
            keys += cached(fa)
        if en:
            keys += cached(en)
        return (
            name_keys[-1] if name_keys else "",
            fast_sort_key(name),
            en_keys[-1] if en_keys else "",
            domain,
            " " + " ".join(filter(None, dict.fromkeys(keys))) + " ",
        )


#: The derived columns :class:`Deriver` computes, in the order of :meth:`Deriver.values`.
DERIVED_COLUMNS = ("name_key", "name_sort", "name_en_key", "web_domain", "search_text")


def derived_columns(
    name: str, name_en: str, website: str, email: str, city: str, sector: str, phone: str,
    country_code: str | None, tags: Sequence[str] = (),
) -> dict[str, str]:
    """The derived columns of one partner from plain values (see :class:`Deriver`)."""
    return Deriver()(name, name_en, website, email, city, sector, phone, country_code, tags)


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled(translate("domain.imports", "The import was cancelled; nothing was "
                                                          "written."))


def _plain(value: Any) -> Any:
    if isinstance(value, PartnerKind | Origin):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _label(name: str, name_en: str = "") -> str:
    return f"“{name}” ({name_en})" if name_en and name_en != name else f"“{name}”"


# --------------------------------------------------------------------------- service


class ImportService:
    """Partner-list import (preview, commit, undo), mapping profiles and exports."""

    def __init__(self, db: Database) -> None:
        self.db = db
        #: Seconds spent in each stage of the last preview/commit (for the benchmark and logs).
        self.timings: dict[str, float] = {}

    # ------------------------------------------------------------------ reading

    def read(self, path: str | os.PathLike[str], *, encoding: str | None = None,
             delimiter: str | None = None, sheet: str | None = None,
             header_row: int | None = None) -> RawTable:
        """Read a partner list into a :class:`RawTable`; :class:`ImportFileError` on junk."""
        return read_table(path, encoding=encoding, delimiter=delimiter, sheet=sheet,
                          header_row=header_row)

    def existing_partners(self) -> list[ExistingPartner]:
        """What the planner needs of every partner in the register (plain rows, no ORM),
        with each name's match key as the register keeps it (``partners.name_key``), so the
        planner does not fold 100,000 names again."""
        stmt = select(Partner.id, Partner.name, Partner.name_en, Partner.country_code,
                      Partner.website, Partner.email, Partner.name_key)
        with self.db.reading() as s:
            return [ExistingPartner(i, n, e or "", c or "", w or "", m or "", k)
                    for i, n, e, c, w, m, k in s.execute(stmt)]

    def preview(
        self,
        path: str | os.PathLike[str],
        *,
        table: RawTable | None = None,
        mapping: dict[int, str] | None = None,
        policy: str = "update_empty",
        near_matches: bool = True,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportPreview:
        """The dry run: read (unless *table* is given), map, clean and plan. Writes nothing.

        *policy* is what certain duplicates get (``skip``, ``update_empty``, ``overwrite``,
        ``create``); *near_matches* turns the fuzzy candidate search on.
        """
        file_path = Path(path)
        steps = 5
        timings = self.timings = {}
        clock = time.perf_counter()

        def step(name: str, number: int) -> None:
            nonlocal clock
            now = time.perf_counter()
            timings[name] = now - clock
            clock = now
            if progress:
                progress(number, steps)
            _check(cancelled)

        with gc_paused():
            return self._preview(file_path, table, mapping, policy, near_matches, step)

    def _preview(self, file_path: Path, table: RawTable | None, mapping: dict[int, str] | None,
                 policy: str, near_matches: bool, step: Callable[[str, int], None]) -> ImportPreview:
        if table is None:
            table = self.read(file_path)
        digest = file_sha256(file_path)
        step("read", 1)
        if mapping is None:
            mapping = auto_map(table.headers)
        clean, rejections = clean_rows(table, mapping)
        step("clean", 2)
        existing = self.existing_partners()
        step("load_existing", 3)
        plan = plan_import(clean, existing, policy, rejections=rejections,
                           near_cutoff=90.0 if near_matches else None)
        del existing
        step("plan", 4)
        referred = {m.existing_id for r in plan.rows
                    for m in ((r.duplicate,) if r.duplicate else ()) + r.candidates
                    if m.existing_id is not None}
        shown = self._existing_rows(referred)
        step("existing_rows", 5)
        return ImportPreview(file_path, digest, table, dict(mapping), plan, shown)

    def _existing_rows(self, ids: Iterable[int]) -> dict[int, ExistingRow]:
        wanted = sorted(ids)
        out: dict[int, ExistingRow] = {}
        cols = (Partner.id, Partner.name, Partner.name_en, Partner.country_code, Partner.city,
                Partner.website, Partner.email, Partner.phone)
        with self.db.reading() as s:
            for start in range(0, len(wanted), 500):
                for r in s.execute(select(*cols).where(Partner.id.in_(wanted[start:start + 500]))):
                    out[r[0]] = ExistingRow(*r)
        return out

    # ------------------------------------------------------------------ commit

    def commit(
        self,
        preview: ImportPreview,
        *,
        decisions: Mapping[int, str] | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> OpResult[int]:
        """Execute *preview* in one transaction and return the new batch's id.

        *decisions* maps a file row number to ``skip``, ``update_empty``, ``overwrite`` or
        ``create``, overriding the plan for that row — for a row with a certain duplicate,
        or with near-match candidates (an update then goes to the best candidate).
        """
        decisions = dict(decisions or {})
        for row, decision in decisions.items():
            if decision not in DECISIONS:
                raise DomainError(translate("domain.imports", "Row {row}: “{decision}” is not a "
                                                              "decision.").format(
                                      row=row, decision=decision))
        self.db.back_up("before-import")  # a verified backup first (SQLite registers)
        writer = _BatchWriter(self.db, preview, decisions, progress, cancelled)
        started = time.perf_counter()
        with gc_paused():
            result = writer.run()
        self.timings["commit"] = time.perf_counter() - started
        self.timings.update(writer.timings)
        return result

    # ------------------------------------------------------------------ undo

    def undo(self, batch_id: int) -> OpResult[UndoReport]:
        """Take batch *batch_id* back (see the module docstring); refused if unknown or undone."""
        self.db.back_up("before-undo")  # a verified backup first (SQLite registers)
        return _undo(self.db, batch_id)

    def undo_plan(self, batch_id: int) -> UndoPlan:
        """What :meth:`undo` would remove, restore and keep — nothing is written."""
        return undo_plan(self.db, batch_id)

    # ------------------------------------------------------------------ history

    def batches(self) -> list[BatchRow]:
        """Every import, newest first."""
        with self.db.reading() as s:
            rows = s.execute(select(ImportBatch.id, ImportBatch.file_name, ImportBatch.file_sha256,
                                    ImportBatch.created_at, ImportBatch.actor, ImportBatch.counts,
                                    ImportBatch.undone_at).order_by(ImportBatch.id.desc()))
            return [BatchRow(*r) for r in rows]

    # ------------------------------------------------------------------ profiles

    def profiles(self) -> list[MappingProfile]:
        """The saved mapping profiles, by name."""
        with self.db.reading() as s:
            out = []
            for name, data in s.execute(select(ImportProfile.name, ImportProfile.profile)
                                        .order_by(ImportProfile.name)):
                try:
                    profile = MappingProfile.from_json(json.dumps({**(data or {}), "name": name}))
                except ValueError:
                    log.warning("mapping profile %r is damaged; left out", name)
                    continue
                out.append(profile)
            return out

    def profile(self, name: str) -> MappingProfile:
        """One saved profile; :class:`NotFoundError` when there is none by that name."""
        for p in self.profiles():
            if p.name == name:
                return p
        raise NotFoundError(translate("domain.imports", "There is no mapping profile called "
                                                        "“{name}”.").format(name=name))

    def save_profile(self, profile: MappingProfile) -> None:
        """Save *profile* (replacing one of the same name)."""

        data = json.loads(profile.to_json())
        with self.db.unit_of_work() as s:
            found = s.scalar(select(ImportProfile).where(ImportProfile.name == profile.name))
            if found is None:
                s.add(ImportProfile(name=profile.name, profile=data))
            else:
                found.profile = data

    def delete_profile(self, name: str) -> None:
        """Delete the profile called *name* (nothing happens if there is none)."""
        with self.db.unit_of_work() as s:
            s.execute(delete(ImportProfile).where(ImportProfile.name == name))

    # ------------------------------------------------------------------ export

    def export_partners(self, path: str | os.PathLike[str], query: PartnerQuery | None = None) -> int:
        """Write the partners *query* selects (all, by name, when ``None``) to CSV or XLSX.

        Columns: :data:`EXPORT_COLUMNS` (country as its ISO code), then tags, origin and the
        first contact. Returns the number of partners written.
        """
        target = Path(path)
        _writer_for(target)
        ids = PartnerService(self.db).query(query or PartnerQuery())
        headers = [*EXPORT_COLUMNS, *EXPORT_EXTRA_COLUMNS]
        return self.export_rows(target, headers, self._export_rows(ids))

    def _export_rows(self, ids: list[int]) -> Iterable[list[object]]:
        cols = (Partner.id, Partner.name, Partner.name_en, Partner.country_code, Partner.city,
                Partner.kind, Partner.sector, Partner.website, Partner.email, Partner.phone,
                Partner.address, Partner.notes, Partner.origin)
        for start in range(0, len(ids), 1000):
            chunk = ids[start:start + 1000]
            with self.db.reading() as s:
                found = {r[0]: r for r in s.execute(select(*cols).where(Partner.id.in_(chunk)))}
                tags: dict[int, list[str]] = {}
                for pid, tag in s.execute(
                    select(partner_tags.c.partner_id, Tag.name)
                    .join(Tag, Tag.id == partner_tags.c.tag_id)
                    .where(partner_tags.c.partner_id.in_(chunk)).order_by(Tag.name)
                ):
                    tags.setdefault(pid, []).append(tag)
                contacts: dict[int, tuple[str, str, str, str]] = {}
                for pid, name, role, email, phone in s.execute(
                    select(Contact.partner_id, Contact.name, Contact.role, Contact.email, Contact.phone)
                    .where(Contact.partner_id.in_(chunk)).order_by(Contact.id)
                ):
                    contacts.setdefault(pid, (name, role, email, phone))
            for pid in chunk:
                r = found.get(pid)
                if r is None:
                    continue
                contact = contacts.get(pid, ("", "", "", ""))
                yield [r[1], r[2], r[3] or "", r[4], _plain(r[5]), r[6], r[7], r[8], r[9], r[10],
                       r[11], ", ".join(tags.get(pid, ())), _plain(r[12]), *contact]

    def export_rows(self, path: str | os.PathLike[str], headers: Sequence[str],
                    rows: Iterable[Sequence[object]]) -> int:
        """Write any list to CSV (UTF-8 with BOM) or XLSX by the file's suffix; formula-like
        cells are neutralised. Returns the number of rows written."""
        target = Path(path)
        return _writer_for(target)(target, list(headers), rows)  # type: ignore[arg-type]


def _writer_for(path: Path) -> Callable[..., int]:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return write_csv
    if suffix == ".xlsx":
        return write_xlsx
    raise DomainError(translate("domain.imports", "Cannot export to “{name}”: the file must end "
                                                  "in .csv or .xlsx.").format(name=path.name))


# --------------------------------------------------------------------------- commit


_UPDATABLE = ("name_en", "kind", "sector", "country", "city", "address", "website", "email",
              "phone", "notes")


class _BatchWriter:
    """Executes one preview in one unit of work (see :meth:`ImportService.commit`)."""

    def __init__(self, db: Database, preview: ImportPreview, decisions: dict[int, str],
                 progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.db = db
        self.preview = preview
        self.decisions = decisions
        self.progress = progress
        self.cancelled = cancelled
        self.now = utcnow()
        self.tag_ids: dict[str, int] = {}
        self.actor = ""
        self.derive = Deriver()
        #: Seconds per part of the commit (updates, inserts, the final COMMIT).
        self.timings: dict[str, float] = {}
        self.counts = {"added": 0, "updated": 0, "unchanged": 0, "skipped": 0,
                       "rejected": preview.plan.rejected}

    # Resolution: what each planned row becomes.
    def _resolve(self) -> tuple[list[CleanRow], dict[int, list[tuple[CleanRow, str]]]]:
        """Split rows into creations, updates (existing id → rows, in file order) and merges.

        A row whose certain duplicate is an earlier row of the file, given an update
        decision, is merged into what that earlier row became.
        """
        creates: list[CleanRow] = []
        updates: dict[int, list[CleanRow]] = {}
        became: dict[int, tuple[str, object]] = {}  # row number → ("new", CleanRow) | ("existing", id)
        merges: list[tuple[CleanRow, CleanRow, str]] = []
        position: dict[int, int] = {}  # row number → index in creates
        for planned in self.preview.plan.rows:
            row = planned.partner
            action = self.decisions.get(row.row, planned.action)
            target = self._target(planned, action, became)
            if action == "create":
                position[row.row] = len(creates)
                creates.append(row)
                became[row.row] = ("new", row)
                self.counts["added"] += 1
            elif action in ("update_empty", "overwrite") and target is not None:
                kind, ref = target
                if kind == "existing":
                    updates.setdefault(int(ref), []).append((row, action))  # type: ignore[call-overload]
                    became[row.row] = target
                else:
                    merges.append((ref, row, action))  # type: ignore[arg-type]
                    became[row.row] = target
            else:
                self.counts["skipped"] += 1
                if target is not None:
                    became[row.row] = target
        copies: dict[int, CleanRow] = {}  # row number → the copy a merge changes
        for earlier, row, action in merges:
            target = copies.get(earlier.row)
            if target is None:  # a merge must not change the preview's row
                target = copies[earlier.row] = copy.copy(earlier)
                creates[position[earlier.row]] = target
            _merge_into(target, row, action)
            self.counts["updated"] += 1
        return creates, updates

    def _target(self, planned: PlannedRow, action: str,
                became: dict[int, tuple[str, object]]) -> tuple[str, object] | None:
        match = planned.duplicate
        if match is None:
            match = next((c for c in planned.candidates if c.existing_id is not None), None) \
                or (planned.candidates[0] if planned.candidates else None)
        if match is None:
            return None
        if match.existing_id is not None:
            return ("existing", match.existing_id)
        if match.row is not None:
            return became.get(match.row)
        return None

    def run(self) -> OpResult[int]:
        _check(self.cancelled)
        creates, updates = self._resolve()
        preview = self.preview
        total = len(creates) + len(updates)
        with self.db.unit_of_work(source="import") as s:
            batch = ImportBatch(
                file_name=preview.path.name, file_sha256=preview.file_sha256, actor=s.info["actor"],
                counts={}, mapping={
                    "columns": {preview.table.headers[i]: f for i, f in sorted(preview.mapping.items())
                                if 0 <= i < len(preview.table.headers)},
                    "policy": preview.plan.policy,
                    "file_format": preview.table.file_format,
                    "encoding": preview.table.encoding,
                    "delimiter": preview.table.delimiter,
                    "sheet": preview.table.sheet,
                    "header_row": preview.table.header_row,
                    "decisions": {str(k): v for k, v in sorted(self.decisions.items())},
                },
            )
            s.add(batch)
            s.flush()
            batch_id = batch.id
            self.tag_ids = _tag_ids(s, {t for r in creates for t in r.tags}
                                    | {t for rows in updates.values() for r, _ in rows for t in r.tags})
            clock = time.perf_counter()
            updated_ids = self._apply_updates(s, batch_id, updates)
            self.timings["commit_updates"] = time.perf_counter() - clock
            clock = time.perf_counter()
            created_ids = self._insert_partners(s, batch_id, creates, len(updates), total)
            self.timings["commit_inserts"] = time.perf_counter() - clock
            _check(self.cancelled)  # the last moment to change one's mind: nothing lands
            counts = {**self.counts}
            s.execute(update(ImportBatch).where(ImportBatch.id == batch_id).values(counts=counts))
            batch.counts = counts
            s.expire(batch)
            clock = time.perf_counter()
        self.timings["commit_write"] = time.perf_counter() - clock
        log.info("import batch %s from %s: %s", batch_id, preview.path.name, counts)
        return OpResult(batch_id, Changes.of(created={"partners": created_ids, "import_batches": [batch_id]},
                                             updated={"partners": updated_ids}))

    # -------------------------------------------------------------- creating

    def _insert_partners(self, s: Session, batch_id: int, rows: list[CleanRow], done: int,
                         total: int) -> list[int]:
        """Insert the new partners, their contacts, tag links, audit entries and change rows.

        SQLite and PostgreSQL take plain tuples straight to the driver
        (:meth:`_insert_partners_fast`); any other engine gets Core ``executemany`` in
        chunks. Ids are taken up front (:func:`db.bulk.reserve_ids`) so no ``RETURNING``
        round trip is needed.
        """
        if not rows:
            return []
        conn = s.connection()
        if conn.dialect.name in FAST_DIALECTS:
            return self._insert_partners_fast(conn, s.info["actor"], batch_id, rows, done, total)
        actor, now = s.info["actor"], self.now
        tag_ids = self.tag_ids
        derive = Deriver()
        partner_ids = reserve_ids(conn, Partner.__table__, len(rows))
        contact_count = sum(1 for r in rows if r.has_contact)
        contact_ids = iter(reserve_ids(conn, Contact.__table__, contact_count))
        partner_insert = insert(Partner.__table__)
        contact_insert = insert(Contact.__table__)
        audit_insert = insert(AuditEntry.__table__)
        change_insert = insert(ImportChange.__table__)
        for start in range(0, len(rows), CHUNK):
            _check(self.cancelled)
            chunk = rows[start:start + CHUNK]
            ids = partner_ids[start:start + CHUNK]
            values = [_partner_values(r, pid, batch_id, now, derive) for pid, r in zip(ids, chunk, strict=True)]
            conn.execute(partner_insert, values)
            audit = [_audit_row(now, actor, "insert", "partners", v) for v in values]
            contacts = [_contact_values(r, next(contact_ids), pid, now)
                        for pid, r in zip(ids, chunk, strict=True) if r.has_contact]
            if contacts:
                conn.execute(contact_insert, contacts)
                audit += [_audit_row(now, actor, "insert", "contacts", c) for c in contacts]
            conn.execute(audit_insert, audit)
            conn.execute(change_insert, [
                {"batch_id": batch_id, "partner_id": pid, "action": "created", "old_values": {},
                 "new_values": {}, "partner_version": 1} for pid in ids])
            links = [{"partner_id": pid, "tag_id": tag_ids[t]}
                     for pid, r in zip(ids, chunk, strict=True) for t in r.tags]
            if links:
                conn.execute(insert(partner_tags), links)
            done += len(chunk)
            if self.progress:
                self.progress(done, total)
        return partner_ids

    def _insert_partners_fast(self, conn: Any, actor: str, batch_id: int, rows: list[CleanRow],
                              done: int, total: int) -> list[int]:
        """:meth:`_insert_partners` on SQLite and PostgreSQL: plain tuples straight to the
        driver (:func:`db.bulk.insert_rows`: ``executemany`` on SQLite, ``COPY`` on PostgreSQL).

        The values are exactly those of the Core path (timestamps and JSON as SQLAlchemy's
        column types render them, formatted once per batch); SQLAlchemy's per-row parameter
        processing is skipped. The page cache is enlarged for the duration; the full-text
        index is filled set-wise afterwards, and a batch of at least a quarter of the table
        rebuilds its indexes instead of inserting into them (:data:`REBUILD_INDEXES_RATIO`).
        """
        now = self.now
        tag_ids = self.tag_ids
        derive = self.derive.values
        partner_ids = reserve_ids(conn, Partner.__table__, len(rows))
        contact_count = sum(1 for r in rows if r.has_contact)
        contact_ids = iter(reserve_ids(conn, Contact.__table__, contact_count))
        contact_uuids = iter(uuid4_strings(contact_count))
        stamp = bound_value(conn, Partner.__table__.c.created_at, now)
        audit_stamp = bound_value(conn, AuditEntry.__table__.c.at, now)
        # Random UUIDs as ever, handed out in sorted order: the unique index then takes the
        # batch in one sweep instead of at random pages.
        uuids = sorted(uuid4_strings(len(rows)))
        partner_table, contact_table = Partner.__table__.name, Contact.__table__.name
        audit_table, change_table = AuditEntry.__table__.name, ImportChange.__table__.name
        partner_changes = _InsertChanges(_PARTNER_COLUMNS)
        contact_changes = _InsertChanges(_CONTACT_COLUMNS)
        rebuild = len(rows) * REBUILD_INDEXES_RATIO >= row_count(conn, Partner.__table__.name)
        with sqlite_cache(conn), fts_filled_afterwards(conn, partner_ids[0], partner_ids[-1]), \
                indexes_rebuilt_afterwards(conn, Partner.__table__.name, enabled=rebuild):
            for start in range(0, len(rows), CHUNK):
                _check(self.cancelled)
                chunk = rows[start:start + CHUNK]
                ids = partner_ids[start:start + CHUNK]
                values = []
                audit = []
                for pid, u, r in zip(ids, uuids[start:start + CHUNK], chunk, strict=True):
                    country = r.country or None
                    v = (pid, u, stamp, stamp, 1, r.name, r.name_en, r.kind, r.sector,
                         origin_of(country), country, r.city, r.address, r.website, r.email,
                         r.phone, r.notes, batch_id,
                         *derive(r.name, r.name_en, r.website, r.email, r.city, r.sector,
                                 r.phone, country, r.tags))
                    values.append(v)
                    audit.append(audit_entry(audit_stamp, actor, "insert", "partners", pid, u,
                                             partner_changes(v)))
                insert_rows(conn, partner_table, _PARTNER_COLUMNS, values)
                del values
                contacts = [(next(contact_ids), next(contact_uuids), stamp, stamp, 1, pid,
                             r.contact_name or r.contact_email or r.contact_phone,
                             r.contact_role, r.contact_email, r.contact_phone, "")
                            for pid, r in zip(ids, chunk, strict=True) if r.has_contact]
                if contacts:
                    insert_rows(conn, contact_table, _CONTACT_COLUMNS, contacts)
                    audit += [audit_entry(audit_stamp, actor, "insert", "contacts", c[0], c[1],
                                          contact_changes(c)) for c in contacts]
                insert_rows(conn, audit_table, _AUDIT_COLUMNS, audit)
                del audit
                insert_rows(conn, change_table, _CHANGE_COLUMNS,
                            [(batch_id, pid, "created", "{}", "{}", 1) for pid in ids])
                links = [(pid, tag_ids[t]) for pid, r in zip(ids, chunk, strict=True) for t in r.tags]
                if links:
                    insert_rows(conn, partner_tags.name, ("partner_id", "tag_id"), links)
                done += len(chunk)
                if self.progress:
                    self.progress(done, total)
            return partner_ids

    # -------------------------------------------------------------- updating

    def _apply_updates(self, s: Session, batch_id: int,
                       updates: dict[int, list[tuple[CleanRow, str]]]) -> list[int]:
        """Apply update rows to existing partners with Core statements, in chunks.

        Each chunk's partners, tags and contacts are read as plain rows (locked on
        PostgreSQL), the rows are applied to them in Python (:func:`_apply_row`), and the
        changed partners are written with one ``executemany`` whose ``version`` check
        catches a concurrent edit. The audit entries are those the ORM hook writes for the
        same change (:func:`_audit_update`), so the trail reads the same either way.
        """
        if not updates:
            return []
        conn = s.connection()
        self.actor = s.info["actor"]
        ids = sorted(updates)
        changed_ids: list[int] = []
        reindexed: list[tuple[int, str]] = []
        with fts_updated_afterwards(conn, reindexed):
            for start in range(0, len(ids), 500):
                _check(self.cancelled)
                self._update_chunk(conn, batch_id, ids[start:start + 500], updates, changed_ids, reindexed)
                if self.progress:
                    self.progress(min(start + 500, len(ids)), len(ids))
        return changed_ids

    def _update_chunk(self, conn: Any, batch_id: int, chunk: list[int],
                      updates: dict[int, list[tuple[CleanRow, str]]], changed_ids: list[int],
                      reindexed: list[tuple[int, str]]) -> None:
        """:meth:`_apply_updates` for up to 500 partners."""
        actor, now = self.actor, self.now
        table = Partner.__table__
        derive = self.derive.values
        query = select(table).where(table.c.id.in_(chunk))
        if conn.dialect.name == "postgresql":
            query = query.with_for_update()
        current = {r.id: {k: _plain(v) for k, v in r._asdict().items()} for r in conn.execute(query)}
        tags_of: dict[int, list[str]] = {pid: [] for pid in chunk}
        for pid, tag_name in conn.execute(
            select(partner_tags.c.partner_id, Tag.name).join(Tag, Tag.id == partner_tags.c.tag_id)
            .where(partner_tags.c.partner_id.in_(chunk)).order_by(Tag.name)
        ):
            tags_of[pid].append(tag_name)
        contacts_of: dict[int, list[tuple[str, str]]] = {pid: [] for pid in chunk}
        for pid, contact_name, contact_email in conn.execute(
            select(Contact.partner_id, Contact.name, Contact.email).where(Contact.partner_id.in_(chunk))
        ):
            contacts_of[pid].append((contact_name, contact_email))
        writes: list[dict[str, Any]] = []
        audit: list[dict[str, Any]] = []
        links: list[dict[str, int]] = []
        contacts: list[tuple[int, CleanRow]] = []
        changes: list[dict[str, Any]] = []
        for pid in chunk:
            before = current.get(pid)
            if before is None:
                continue  # deleted since the preview: nothing to update
            after = dict(before)
            old: dict[str, Any] = {}
            new: dict[str, Any] = {}
            tags = tags_of[pid]
            new_contacts: list[CleanRow] = []
            for row, action in updates[pid]:
                _apply_row(after, row, action, old, new)
                added = [t for t in row.tags if t not in tags]
                if added:
                    tags = tags + added
                    new["_tags"] = [*new.get("_tags", []), *added]
                    links += [{"partner_id": pid, "tag_id": self.tag_ids[t]} for t in added]
                if row.has_contact and not _has_contact(contacts_of[pid], row):
                    contacts_of[pid].append((_contact_name(row), row.contact_email))
                    new_contacts.append(row)
            if not new and not new_contacts:
                self.counts["unchanged"] += len(updates[pid])
                continue
            self.counts["updated"] += len(updates[pid])
            after.update(zip(DERIVED_COLUMNS, derive(
                after["name"], after["name_en"], after["website"], after["email"], after["city"],
                after["sector"], after["phone"], after["country_code"], tags), strict=True))
            if any(after[k] != before[k] for k in after):
                if after["search_text"] != before["search_text"]:
                    reindexed.append((pid, before["search_text"]))
                after["version"] = before["version"] + 1
                after["updated_at"] = now
                writes.append({**{k: v for k, v in after.items() if k not in _NOT_REWRITTEN},
                               "b_id": pid, "b_version": before["version"]})
                audit_changes = _audit_update(before, after)
                if audit_changes:
                    audit.append(dict(zip(_AUDIT_COLUMNS, audit_entry(
                        now, actor, "update", "partners", pid, before["uuid"], audit_changes), strict=True)))
            contacts += [(pid, r) for r in new_contacts]
            changes.append({"batch_id": batch_id, "partner_id": pid, "action": "updated",
                            "old_values": old, "new_values": new,
                            "partner_version": after["version"]})
            changed_ids.append(pid)
        self._write_updates(conn, writes)
        if links:
            conn.execute(insert(partner_tags), links)
        if contacts:
            contact_ids = reserve_ids(conn, Contact.__table__, len(contacts))
            values = [_contact_values(r, cid, pid, now)
                      for cid, (pid, r) in zip(contact_ids, contacts, strict=True)]
            conn.execute(insert(Contact.__table__), values)
            audit += [_audit_row(now, actor, "insert", "contacts", v) for v in values]
            by_partner: dict[int, list[int]] = {}
            for v in values:
                by_partner.setdefault(v["partner_id"], []).append(v["id"])
            for change in changes:
                if change["partner_id"] in by_partner:
                    change["new_values"]["_contacts"] = by_partner[change["partner_id"]]
        if audit:
            conn.execute(insert(AuditEntry.__table__), audit)
        if changes:
            conn.execute(insert(ImportChange.__table__), changes)


    @staticmethod
    def _write_updates(conn: Any, writes: list[dict[str, Any]]) -> None:
        """``UPDATE`` the changed partners (every written column), checking each one's version."""
        if not writes:
            return
        table = Partner.__table__
        columns = [c for c in writes[0] if c not in ("b_id", "b_version")]
        statement = (update(table)
                     .where(table.c.id == bindparam("b_id"), table.c.version == bindparam("b_version"))
                     .values({c: bindparam(c) for c in columns}))
        result = conn.execute(statement, writes)
        if conn.dialect.supports_sane_multi_rowcount and result.rowcount != len(writes):
            raise ConflictError(translate("domain.imports", "A partner this import updates was "
                                                            "changed elsewhere meanwhile; "
                                                            "nothing was written. Run the import "
                                                            "again."))


#: Columns an update leaves as they are (and so does not send).
_NOT_REWRITTEN = frozenset({"id", "uuid", "created_at"})
#: Column orders of the SQLite fast path (every column of each table).
_PARTNER_COLUMNS = (
    "id", "uuid", "created_at", "updated_at", "version", "name", "name_en", "kind", "sector",
    "origin", "country_code", "city", "address", "website", "email", "phone", "notes",
    "import_batch_id", *DERIVED_COLUMNS,
)
_CONTACT_COLUMNS = ("id", "uuid", "created_at", "updated_at", "version", "partner_id", "name",
                    "role", "email", "phone", "notes")
_AUDIT_COLUMNS = ("at", "actor", "source", "action", "entity", "entity_id", "entity_uuid", "changes")
_CHANGE_COLUMNS = ("batch_id", "partner_id", "action", "old_values", "new_values", "partner_version")


class _InsertChanges:
    """The audit entry's ``changes`` JSON for an inserted row given as a tuple in the order
    of *columns*: ``{"column": [null, value], …}`` for every audited non-empty value — the
    text ``json.dumps(_audit_changes(row), ensure_ascii=False, separators=(",", ":"))``
    gives, written directly (about half the time of building a dict and encoding it).
    Values are str, int or None, as the import's rows hold them."""

    def __init__(self, columns: Sequence[str]) -> None:
        self.parts = [(f'"{c}":[null,', i) for i, c in enumerate(columns) if c not in _AUDIT_SKIPPED]

    def __call__(self, values: Sequence[Any]) -> str:
        quote = _json_string
        return "{" + ",".join([
            prefix + (quote(value) if value.__class__ is str else str(value)) + "]"
            for prefix, i in self.parts if (value := values[i]) is not None and value != ""
        ]) + "}"


def _merge_into(earlier: CleanRow, row: CleanRow, action: str) -> None:
    """Fold *row* into an earlier row of the file that will be created (update decision)."""
    for name in _UPDATABLE:
        value = getattr(row, name)
        if not value:
            continue
        current = getattr(earlier, name)
        if action == "overwrite" or not current or (name == "kind" and current == "other"):
            setattr(earlier, name, value)
    earlier.tags = tuple(dict.fromkeys((*earlier.tags, *row.tags)))
    if not earlier.has_contact and row.has_contact:
        for name in ("contact_name", "contact_role", "contact_email", "contact_phone"):
            setattr(earlier, name, getattr(row, name))


def _row_value(row: CleanRow, name: str) -> Any:
    value = getattr(row, name)
    if name == "country":
        return value or None
    return value


def _apply_row(values: dict[str, Any], row: CleanRow, action: str, old: dict[str, Any],
               new: dict[str, Any]) -> None:
    """Apply one row's fields to an existing partner's *values* (column → plain value),
    recording each changed column's first old value in *old* and last new value in *new*."""
    fields = ("name", *_UPDATABLE) if action == "overwrite" else _UPDATABLE
    for name in fields:
        value = _row_value(row, name)
        if value in (None, ""):
            continue
        column = _FIELD_COLUMNS[name]
        current = values[column]
        if action == "update_empty":
            empty = current in (None, "") or (name == "kind" and current == "other")
            if not empty:
                continue
        if current == value:
            continue
        old.setdefault(column, current)
        new[column] = value
        values[column] = value
        if column == "country_code":
            origin = origin_of(value)
            if values["origin"] != origin:
                old.setdefault("origin", values["origin"])
                new["origin"] = origin
                values["origin"] = origin


def _contact_name(row: CleanRow) -> str:
    return row.contact_name or row.contact_email or row.contact_phone


def _has_contact(contacts: list[tuple[str, str]], row: CleanRow) -> bool:
    """Whether a partner already has the row's contact (same name, or same e-mail)."""
    name = _contact_name(row)
    return any(n == name or (row.contact_email and e == row.contact_email) for n, e in contacts)


def _audit_update(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    """What the audit hook records for an update: each audited column that changed."""
    return {k: [before[k], v] for k, v in after.items()
            if k not in _AUDIT_SKIPPED and k in before and before[k] != v}


def _tag_ids(s: Session, names: set[str]) -> dict[str, int]:
    """Ids of the tags called *names*, creating those that do not exist yet."""
    if not names:
        return {}
    wanted = sorted(names)
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        found.update(dict(s.execute(select(Tag.name, Tag.id).where(Tag.name.in_(wanted[start:start + 500]))).all()))
    missing = [{"name": n} for n in wanted if n not in found]
    if missing:
        s.execute(insert(Tag), missing)
        for start in range(0, len(missing), 500):
            names_chunk = [m["name"] for m in missing[start:start + 500]]
            found.update(dict(s.execute(select(Tag.name, Tag.id).where(Tag.name.in_(names_chunk))).all()))
    return found


def _partner_values(row: CleanRow, partner_id: int, batch_id: int, now: dt.datetime,
                    derive: Deriver) -> dict[str, Any]:
    country = row.country or None
    values: dict[str, Any] = {
        "id": partner_id, "uuid": str(uuid.uuid4()), "created_at": now, "updated_at": now,
        "version": 1, "name": row.name, "name_en": row.name_en, "kind": row.kind,
        "sector": row.sector, "origin": origin_of(country), "country_code": country,
        "city": row.city, "address": row.address, "website": row.website, "email": row.email,
        "phone": row.phone, "notes": row.notes, "import_batch_id": batch_id,
    }
    values.update(derive(row.name, row.name_en, row.website, row.email, row.city, row.sector,
                         row.phone, country, row.tags))
    return values


def _contact_values(row: CleanRow, contact_id: int, partner_id: int, now: dt.datetime) -> dict[str, Any]:
    return {
        "id": contact_id, "uuid": str(uuid.uuid4()), "created_at": now, "updated_at": now,
        "version": 1, "partner_id": partner_id, "name": _contact_name(row),
        "role": row.contact_role, "email": row.contact_email, "phone": row.contact_phone, "notes": "",
    }


def _audit_row(now: dt.datetime, actor: str, action: str, entity: str,
               values: Mapping[str, Any]) -> dict[str, Any]:
    """The audit entry the ORM hook would write for a Core insert/delete of *values*."""
    return dict(zip(_AUDIT_COLUMNS, audit_entry(now, actor, action, entity, values["id"],
                                                values["uuid"], _audit_changes(values)), strict=True))


def audit_entry(at: Any, actor: str, action: str, entity: str, entity_id: int,
                entity_uuid: str | None, changes: Any) -> tuple[Any, ...]:
    """THE one place the importer builds an audit row, as a tuple in :data:`_AUDIT_COLUMNS`
    order: one compact row per created, updated or deleted record, holding all of its
    audited fields in ``changes`` (a dict, or its JSON text on the SQLite fast path), with
    the batch's metadata (time, actor, source ``import``) given once by the caller.

    When :mod:`db.audit` offers its own row builder, this is the function to route through it.
    """
    return (at, actor, "import", action, entity, entity_id, entity_uuid or "", changes)


def _audit_changes(values: Mapping[str, Any]) -> dict[str, list[Any]]:
    """What the audit hook records for an insert: every non-empty audited column."""
    out: dict[str, list[Any]] = {}
    for key, value in values.items():
        if value is None or value == "" or key in _AUDIT_SKIPPED:
            continue
        kind = type(value)
        out[key] = [None, value if kind is str or kind is int else _plain(value)]
    return out


# --------------------------------------------------------------------------- undo
# Undo lives in its own module (it is written against the schema, not the fast paths).
from desktop_app.domain.import_undo import UndoPlan, UndoReport, undo_plan, undo_batch as _undo  # noqa: E402, I001


__all__ = [
    "DECISIONS",
    "BatchRow",
    "ExistingRow",
    "ImportCancelled",
    "ImportPreview",
    "ImportService",
    "UndoPlan",
    "UndoReport",
    "derived_columns",
    "file_sha256",
    "func",
]
