"""Importing partner lists into the register, taking an import back, and exporting lists.

The pure-Python half (:mod:`desktop_app.importing`) reads, cleans and plans; this module
runs the plan against the database:

* :meth:`ImportService.preview` is the dry run: it reads the file, maps and cleans it and
  plans every row against the partners already in the register. Nothing is written.
* :meth:`ImportService.commit` executes a preview in **one** unit of work (source
  ``import``): the batch record, every new partner with its contacts and tags, every
  update, the audit entries and the batch's :class:`~db.models.ImportChange` rows land
  together or not at all — a killed process leaves the database as it was. The writing
  itself is :mod:`desktop_app.domain.import_commit`; the storage's bulk tricks are
  :mod:`db.bulk`, the audit rows :mod:`db.bulk_audit`.
* :meth:`ImportService.undo` removes what a batch created and gives updated fields their
  old values back, except where a later edit touched them; those are named in
  :attr:`UndoReport.kept` (:mod:`desktop_app.domain.import_undo`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select

from db.audit import plain_value as _plain
from db.bulk import stream_rows, uuid4_strings
from db.bulk_audit import audit_row as _audit_row
from db.bulk_audit import insert_changes as _audit_changes
from db.database import Database
from db.models import Contact, ImportBatch, ImportProfile, Partner, Tag, partner_tags
from desktop_app.domain.changes import OpResult
from desktop_app.domain.errors import DomainError, NotFoundError
from desktop_app.domain.i18n import translate
from desktop_app.domain.import_commit import (
    DECISIONS,
    BatchWriter,
    Cancelled,
    ImportCancelled,
    Progress,
    check_cancelled,
    check_decisions,
)
from desktop_app.domain.import_derive import (
    DERIVED_COLUMNS,
    Deriver,
    PrecomputedDerived,
    derived_columns,
    origin_of,
)
from desktop_app.domain.partners import PartnerQuery, PartnerService
from desktop_app.importing import (
    ExistingPartner,
    ExistingRecord,
    ImportPlan,
    MappingProfile,
    RawTable,
    auto_map,
    clean_rows,
    plan_import,
    read_table,
    write_csv,
    write_xlsx,
)
from desktop_app.importing.duplicates import cached_existing_index, forget_existing_index
from desktop_app.importing.table import gc_paused

log = logging.getLogger("peyvand.imports")

#: Export columns, in the order the issue names them; others follow.
EXPORT_COLUMNS = (
    "name", "name_en", "country", "city", "kind", "sector", "website", "email", "phone",
    "address", "notes",
)
EXPORT_EXTRA_COLUMNS = ("tags", "origin", "contact_name", "contact_role", "contact_email", "contact_phone")
#: The planner's columns of every partner (:data:`ExistingRecord`), empty text for NULL.
_EXISTING_SQL = ("SELECT id, name, coalesce(name_en, ''), coalesce(country_code, ''), coalesce(website, ''), "
                 "coalesce(email, ''), name_key FROM partners")
#: How many existing partners a cancellable stream hands over between two looks at Cancel.
_CANCEL_CHECK_ROWS = 4096


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
    refers to (certain duplicates and near-match candidates), by id. ``derived`` holds the
    new rows' derived columns when the stages before the commit computed them
    (:data:`~desktop_app.domain.import_derive.PrecomputedDerived`); the commit derives
    whatever is missing.
    """

    path: Path
    file_sha256: str
    table: RawTable
    mapping: dict[int, str]
    plan: ImportPlan
    existing: dict[int, ExistingRow] = field(default_factory=dict)
    derived: PrecomputedDerived | None = None


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


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _label(name: str, name_en: str = "") -> str:
    return f"“{name}” ({name_en})" if name_en and name_en != name else f"“{name}”"



# --------------------------------------------------------------------------- service


class ImportService:
    """Partner-list import (preview, commit, undo), mapping profiles and exports."""

    def __init__(self, db: Database) -> None:
        self.db = db
        #: Seconds spent in each stage of the last preview/commit (for the benchmark and logs).
        self.timings: dict[str, float] = {}
        #: New rows the last commit derived one at a time (neither handed over nor in the
        #: plan's column-wise keys): only rows a later row of the file was merged into.
        self.rows_derived_in_commit = 0

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
        return [ExistingPartner(*record) for record in self.iter_existing_partners()]

    def iter_existing_partners(self, cancelled: Cancelled | None = None) -> Iterator[ExistingRecord]:
        """:meth:`existing_partners` as a stream of plain tuples in :class:`ExistingPartner`'s
        field order, a few thousand rows fetched at a time: the planner's index is built
        from it without all of them in a list first (some 60 MB at 100,000 partners), and
        without an object per partner (0.2 s of CPU at 100,000). With *cancelled*, it is
        asked every few thousand partners, and :class:`ImportCancelled` ends the stream."""
        with self.db.reading() as s, contextlib.closing(stream_rows(s.connection(), _EXISTING_SQL)) as rows:
            if cancelled is None:
                yield from rows
                return
            while batch := list(islice(rows, _CANCEL_CHECK_ROWS)):
                check_cancelled(cancelled)
                yield from batch

    def warm_existing_index(self, *, cancelled: Cancelled | None = None) -> None:
        """Build the planner's index of the register's partners now, for the next
        :meth:`preview` to find (:func:`~desktop_app.importing.duplicates.cached_existing_index`).

        The wizard calls it on a worker as it opens, so that by the time the officer has
        picked the file and the columns the first dry run costs what a repeated one does.
        The index is kept under the register's token as it was before the pass: a partner
        changed meanwhile changes the token, and the preview builds a fresh index. With
        *cancelled* the pass stops soon after it says so (:class:`ImportCancelled`), and
        nothing is kept.
        """
        with gc_paused():  # as in the preview: the pass makes 100,000s of objects, no cycles
            cached_existing_index(self.register_token(), lambda: self.iter_existing_partners(cancelled))

    def drop_existing_index(self) -> None:
        """Let the cached index of the register's partners go: the wizard closed, and its
        memory (some 25 MB at 100,000 partners) need not outlive it."""
        forget_existing_index()

    def register_token(self) -> tuple[object, ...]:
        """What names the state of the register's partners for the planner's cached index
        (:func:`~desktop_app.importing.duplicates.cached_existing_index`): the register's
        address, and the partners' count, highest id, sum of row versions and latest
        change. A partner added, deleted or edited through the app (every edit raises its
        ``version`` and ``updated_at``) changes it."""
        stmt = select(func.count(Partner.id), func.max(Partner.id),
                      func.coalesce(func.sum(Partner.version), 0), func.max(Partner.updated_at))
        with self.db.reading() as s:
            count, top, versions, latest = s.execute(stmt).one()
        return (self.db.url.render_as_string(hide_password=True), count, top, int(versions),
                str(latest))

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
        keep_rows: bool = True,
    ) -> ImportPreview:
        """The dry run: read (unless *table* is given), map, clean and plan. Writes nothing.

        *policy* is what certain duplicates get (``skip``, ``update_empty``, ``overwrite``,
        ``create``); *near_matches* turns the fuzzy candidate search on. With *keep_rows*
        false the table's rows are let go as soon as they are cleaned (the plan and the
        rejections hold all the commit needs): a caller that will not map the same table
        again, such as the command line, saves their memory while the plan is made.
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
            check_cancelled(cancelled)

        with gc_paused():
            return self._preview(file_path, table, mapping, policy, near_matches, step, keep_rows)

    def _preview(self, file_path: Path, table: RawTable | None, mapping: dict[int, str] | None,
                 policy: str, near_matches: bool, step: Callable[[str, int], None],
                 keep_rows: bool = True) -> ImportPreview:
        if table is None:
            table = self.read(file_path)
        digest = file_sha256(file_path)
        step("read", 1)
        if mapping is None:
            mapping = auto_map(table.headers)
        clean, rejections = clean_rows(table, mapping)
        if not keep_rows:
            table.rows = []
        step("clean", 2)
        index = cached_existing_index(self.register_token(), self.iter_existing_partners)
        step("load_existing", 3)
        plan = plan_import(clean, index, policy, rejections=rejections,
                           near_cutoff=90.0 if near_matches else None)
        del index
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
        derived: PrecomputedDerived | None = None,
    ) -> OpResult[int]:
        """Execute *preview* in one transaction and return the new batch's id.

        *decisions* maps a file row number to ``skip``, ``update_empty``, ``overwrite`` or
        ``create``, overriding the plan for that row — for a row with a certain duplicate,
        or with near-match candidates (an update then goes to the best candidate).
        *derived* (else ``preview.derived``) gives new rows' derived columns ready-made, by
        file row number (:data:`~desktop_app.domain.import_derive.PrecomputedDerived`);
        rows it lacks come from the plan's column-wise keys (``preview.plan.derived``),
        and only a row neither has (one a later row was merged into) is derived here.
        """
        decisions = dict(decisions or {})
        check_decisions(decisions)
        forget_existing_index()  # the commit changes the register: the index is stale after it
        clock = time.perf_counter()
        self.db.back_up("before-import")  # a verified backup first (SQLite registers)
        self.timings["backup"] = time.perf_counter() - clock  # outside the commit's own timer
        writer = BatchWriter(self.db, preview, decisions, progress, cancelled,
                             derived if derived is not None else preview.derived)
        started = time.perf_counter()
        with gc_paused():
            result = writer.run()
        self.timings["commit"] = time.perf_counter() - started
        self.timings.update(writer.timings)
        self.rows_derived_in_commit = writer.rows_derived
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
        return _writer_for(target)(target, list(headers), rows)


def _writer_for(path: Path) -> Callable[..., int]:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return write_csv
    if suffix == ".xlsx":
        return write_xlsx
    raise DomainError(translate("domain.imports", "Cannot export to “{name}”: the file must end "
                                                  "in .csv or .xlsx.").format(name=path.name))




# --------------------------------------------------------------------------- undo
# Undo lives in its own module (it is written against the schema, not the fast paths).
from desktop_app.domain.import_undo import UndoPlan, UndoReport, undo_plan, undo_batch as _undo  # noqa: E402, I001


__all__ = [
    "DECISIONS",
    "DERIVED_COLUMNS",
    "BatchRow",
    "Deriver",
    "ExistingRow",
    "ImportCancelled",
    "ImportPreview",
    "ImportService",
    "PrecomputedDerived",
    "UndoPlan",
    "UndoReport",
    "derived_columns",
    "file_sha256",
    "func",
    "origin_of",
    "uuid4_strings",
]
# Names import_undo reads from here (its audit rows are the bulk writers' own).
_COMPAT = (_audit_changes, _audit_row, _plain)
