"""Partner organisations and their contacts: forms, validation, search and the list's rows.

This module is the pattern the other services follow: a plain form dataclass loaded with
``get`` and written with ``save`` (one unit of work, version-checked), ``delete`` that
refuses to leave orphans, ``query`` returning ordered ids for a list, ``rows`` fetching
only the visible rows' data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Select, and_, func, literal_column, select, table
from sqlalchemy.orm import Session

from db.models import (
    Hub,
    MoUParty,
    Origin,
    Partner,
    PartnerKind,
    Tag,
)
from desktop_app.domain.changes import Changes, OpResult
from desktop_app.domain.countries import country_name
from desktop_app.domain.errors import DomainError, NotFoundError, ValidationError
from desktop_app.domain.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.domain.kit import Entity, RecordService, VersionedForm, operation
from desktop_app.domain.records import replace_children, set_if_changed
from desktop_app.domain.search_index import (
    keys_of,
    pg_keys_filter,
    pg_use_keys_index,
    pg_walk_window,
)
from desktop_app.domain.text import (
    field_errors,
    is_valid_email,
    is_valid_website,
    match_key,
    normalize_phone,
    normalize_text,
    normalize_website,
    search_words,
    sort_key,
    web_domain,
)


@dataclass
class ContactForm:
    """A contact person as edited in the partner form."""

    id: int | None = None
    name: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""


@dataclass
class PartnerForm(VersionedForm):
    """Everything the partner form edits; ``id``/``version`` are ``None`` for a new partner."""

    name: str = ""
    name_en: str = ""
    kind: PartnerKind = PartnerKind.OTHER
    sector: str = ""
    origin: Origin | None = None  # None: derived from the country (IR → domestic)
    country_code: str | None = None
    city: str = ""
    address: str = ""
    website: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    contacts: list[ContactForm] = field(default_factory=list)


@dataclass(frozen=True)
class PartnerRow:
    """One line of the partner list."""

    id: int
    name: str
    name_en: str
    kind: PartnerKind
    country_code: str | None
    city: str
    website: str
    email: str
    phone: str
    origin: Origin


@dataclass(frozen=True)
class PartnerQuery:
    """What the partner list shows: search text, filters and the sort column."""

    text: str = ""
    country_code: str | None = None
    kind: PartnerKind | None = None
    origin: Origin | None = None
    sort: str = "name"  # name | name_en | kind | country | city | created
    descending: bool = False


SORT_COLUMNS = {
    "name": Partner.name_sort,
    "name_en": Partner.name_en_key,
    "kind": Partner.kind,
    "country": Partner.country_code,
    "city": Partner.city,
    "created": Partner.id,
}


def partner_search_text(p: Partner, tags: Sequence[str] = ()) -> str:
    """The text a search box is matched against: match keys of names, city, codes, domain."""
    return keys_of(p.name, p.name_en, p.city, p.sector, p.email, p.phone, p.web_domain, *tags,
                   country_name(p.country_code, "fa"), country_name(p.country_code, "en"))


def apply_derived(p: Partner, tags: Sequence[str] = ()) -> None:
    """Refresh the derived columns (keys, domain, search text, origin) of *p*."""
    p.name_key = match_key(p.name)
    p.name_sort = sort_key(p.name)
    p.name_en_key = match_key(p.name_en)
    p.web_domain = web_domain(p.website) or (web_domain(p.email) if p.email else "")
    p.search_text = partner_search_text(p, tags)


def text_filter(column: object, query_text: str) -> list[object]:
    """SQL conditions: every word of *query_text* appears (as a key prefix) in *column*."""
    return [column.like(f"% {w}%") for w in search_words(query_text)]  # type: ignore[attr-defined]


def fts_expression(query_text: str) -> str:
    """The FTS5 query for *query_text*: every word as a token prefix (``"w1"* AND "w2"*``)."""
    # Match keys hold only word characters, so quoting each one is a complete escape.
    return " AND ".join(f'"{w}"*' for w in search_words(query_text))


def partner_text_filter(dialect: str, query_text: str, *, scan_in_order: bool = False) -> list[object]:
    """Conditions selecting partners whose words start with every word of *query_text*.

    On SQLite the FTS5 prefix index ``partners_fts`` (migration 0003) answers it; on
    PostgreSQL the keys index of migration 0007 (:func:`search_index.pg_keys_filter`);
    elsewhere the ``search_text LIKE`` scan does. All compare the same match keys.
    ``scan_in_order`` writes the membership test as ``id + 0 IN (…)`` so that SQLite walks
    the name index in order instead of sorting the matches (for broad searches).
    """
    expression = fts_expression(query_text)
    if not expression:
        return []
    if dialect == "postgresql":
        return pg_keys_filter(query_text)
    if dialect != "sqlite":
        return text_filter(Partner.search_text, query_text)
    matching: Select[Any] = (select(literal_column("rowid")).select_from(table("partners_fts"))
                .where(literal_column("partners_fts").op("MATCH")(expression)))
    key = (Partner.id + 0) if scan_in_order else Partner.id
    return [key.in_(matching)]


BROAD_MATCHES = 3000  # beyond this many matches, walking the name index beats sorting them


PARTNER = Entity(
    model=Partner, noun=QT_TRANSLATE_NOOP("domain.partners", "partner"),
    fields=("name", "name_en", "kind", "sector", "origin", "country_code", "city", "address",
            "website", "email", "phone", "notes"),
)


class PartnerService(RecordService["PartnerForm"]):
    """Use cases for partners: load, validate and save, delete, list and search (the kit's
    count, version check and operations; its own search, rows and picker)."""

    kind = PARTNER
    form = PartnerForm

    # ------------------------------------------------------------------ reading

    def get(self, partner_id: int) -> PartnerForm:
        """The partner as the form edits it; :class:`NotFoundError` if it is gone."""
        with self.db.reading() as s:
            p = s.get(Partner, partner_id)
            if p is None:
                raise NotFoundError(PARTNER.gone())
            return self.form_of(p)

    def form_of(self, obj: Any) -> PartnerForm:
        """The form of a loaded partner, with its tags and contacts."""
        p: Partner = obj
        return PartnerForm(
            id=p.id, version=p.version, name=p.name, name_en=p.name_en, kind=p.kind,
            sector=p.sector, origin=p.origin, country_code=p.country_code, city=p.city,
            address=p.address, website=p.website, email=p.email, phone=p.phone,
            notes=p.notes, tags=[t.name for t in p.tags],
            contacts=[ContactForm(c.id, c.name, c.role, c.email, c.phone, c.notes)
                      for c in p.contacts],
        )

    def _select(self, q: PartnerQuery, *, window: object = None) -> Select[Any]:
        stmt = select(Partner.id)
        col = SORT_COLUMNS.get(q.sort, Partner.name_sort)
        # A search matching a large part of the register ("i", "info"): walking the name
        # index in order beats sorting the matches (first 300 rows in ~20 ms instead of
        # ~85 ms; the whole 100,000 in 110 ms instead of 160). Narrow searches keep the
        # default plan, which is fastest for them.
        in_order = window is None and col is Partner.name_sort and self._fts_matches(q.text) > BROAD_MATCHES
        conds: list[object] = (
            [*text_filter(Partner.search_text, q.text), window] if window is not None
            else partner_text_filter(self.db.engine.dialect.name, q.text, scan_in_order=in_order))
        if q.country_code:
            conds.append(Partner.country_code == q.country_code)
        if q.kind:
            conds.append(Partner.kind == q.kind)
        if q.origin:
            conds.append(Partner.origin == q.origin)
        if conds:
            stmt = stmt.where(and_(*conds))  # type: ignore[arg-type]
        order = col.desc() if q.descending else col.asc()
        return stmt.order_by(order, Partner.id)

    def _fts_matches(self, query_text: str) -> int:
        """How many partners the full-text index matches (0 without SQLite or words)."""
        expression = fts_expression(query_text)
        if not expression or self.db.engine.dialect.name != "sqlite":
            return 0
        with self.db.reading() as s:
            count = s.connection().exec_driver_sql(
                "SELECT count(*) FROM partners_fts WHERE partners_fts MATCH ?", (expression,)
            ).scalar()
        return int(count or 0)

    def query(self, q: PartnerQuery = PartnerQuery(), limit: int | None = None) -> list[int]:
        """Ids of the partners *q* selects, in its order (only the first *limit*, if given)."""
        stmt = self._select(q)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.db.reading() as s:
            conn = s.connection()
            if limit and q.text and conn.dialect.name == "postgresql" and q.sort == "name":
                # A first page among the first names alone, walking the name index: what a
                # broad search fills there is its true first page (see search_index).
                window = pg_walk_window(conn, Partner.name_sort, q.descending)
                if window is not None:
                    walked = [row[0] for row in conn.execute(self._select(q, window=window).limit(limit))]
                    if len(walked) == limit:
                        return walked
            pg_use_keys_index(conn, q.text)
            # Core rows, not ORM scalars: a 100,000-id list is built in a third less time.
            return [row[0] for row in conn.execute(stmt)]

    def rows(self, ids: Sequence[int]) -> dict[int, PartnerRow]:
        """The list rows of *ids* (missing ids are simply absent)."""
        cols = (Partner.id, Partner.name, Partner.name_en, Partner.kind, Partner.country_code,
                Partner.city, Partner.website, Partner.email, Partner.phone, Partner.origin)
        return self.chunked_rows(ids, lambda s, chunk: (
            (r[0], PartnerRow(**r._asdict()))
            for r in s.execute(select(*cols).where(Partner.id.in_(chunk)))))

    def choices(self, text: str = "", limit: int = 50) -> list[tuple[int, str]]:
        """(id, shown name) for a partner picker that searches as you type."""
        with self.db.reading() as s:
            stmt = select(Partner.id, Partner.name, Partner.name_en)
            conds = partner_text_filter(self.db.engine.dialect.name, text)
            if conds:
                stmt = stmt.where(and_(*conds))  # type: ignore[arg-type]
                pg_use_keys_index(s.connection(), text)
            stmt = stmt.order_by(Partner.name_sort).limit(limit)
            return [(i, f"{n} — {e}" if e else n) for i, n, e in s.execute(stmt)]

    # ------------------------------------------------------------------ writing

    def validate(self, form: PartnerForm) -> PartnerForm:
        """Return *form* normalised (stored forms of text, digits, URLs); raise on bad fields."""
        f = PartnerForm(**{**form.__dict__})
        for name in ("name", "name_en", "sector", "city", "address", "notes"):
            setattr(f, name, normalize_text(getattr(f, name)))
        f.website = normalize_website(f.website)
        f.email = normalize_text(f.email).replace(" ", "").lower()
        f.phone = normalize_phone(f.phone)
        f.tags = sorted({normalize_text(t) for t in f.tags if normalize_text(t)})
        errors: dict[str, str] = {}
        if not f.name:
            errors["name"] = translate("domain.partners", "The name is required.")
        if f.email and not is_valid_email(f.email):
            errors["email"] = translate("domain.partners", "“{email}” is not an e-mail address.").format(
                                  email=f.email)
        if f.website and not is_valid_website(f.website):
            errors["website"] = translate("domain.partners", "“{website}” is not a web address.").format(
                                    website=f.website)
        if f.country_code and not country_name(f.country_code, "en"):
            errors["country_code"] = translate("domain.partners", "Unknown country.")
        f.contacts = []
        for c in form.contacts:
            c2 = ContactForm(c.id, normalize_text(c.name), normalize_text(c.role),
                             normalize_text(c.email).replace(" ", "").lower(),
                             normalize_phone(c.phone), normalize_text(c.notes))
            if not (c2.name or c2.email or c2.phone):
                continue
            if not c2.name:
                errors["contacts"] = translate("domain.partners", "Every contact needs a name.")
            if c2.email and not is_valid_email(c2.email):
                errors["contacts"] = translate("domain.partners", "“{email}” is not an e-mail "
                                                                  "address.").format(email=c2.email)
            errors = {**field_errors("contacts", vars(c2), as_field="contacts"), **errors}
            f.contacts.append(c2)
        for tag in f.tags:
            errors = {**field_errors("tags", {"name": tag}, as_field="tags"), **errors}
        errors = {**field_errors("partners", vars(f)), **errors}
        if errors:
            raise ValidationError(errors)
        if f.origin is None:
            f.origin = Origin.DOMESTIC if f.country_code in (None, "IR") else Origin.FOREIGN
        return f

    def save(self, form: PartnerForm) -> OpResult[int]:
        """Create or update a partner from *form*; returns its id and what changed."""
        result: OpResult[int] = self._store(form, as_form=False)
        return result

    def save_form(self, form: PartnerForm) -> OpResult[PartnerForm]:
        """Like :meth:`save`, but returns the saved partner as its form (new id and
        version, tags and contacts as stored), read from the unit of work itself."""
        result: OpResult[PartnerForm] = self._store(form, as_form=True)
        return result

    def _store(self, form: PartnerForm, *, as_form: bool) -> OpResult[Any]:
        f = self.validate(form)
        with operation(self.db) as op:
            s = op.session
            p = self.load_for_update(s, f.id, f.version)
            set_if_changed(p, {name: getattr(f, name) for name in PARTNER.fields})
            p.tags = _tags(s, f.tags)
            _sync_contacts(s, p, f.contacts)
            apply_derived(p, f.tags)
            s.flush()
            if as_form:  # tags as a reading lists them (by name)
                saved = self.form_of(p)
                op.value = replace(saved, tags=sorted(saved.tags))
            else:
                op.value = p.id
        return op.result()

    def delete(self, partner_id: int) -> Changes:
        """Delete a partner and its contacts; refused while MoUs or hubs refer to it."""
        with operation(self.db) as op:
            s = op.session
            p = s.get(Partner, partner_id)
            if p is None:
                return op.changes
            n_mous = s.scalar(select(func.count()).where(MoUParty.partner_id == partner_id)) or 0
            n_hubs = s.scalar(select(func.count()).where(Hub.host_partner_id == partner_id)) or 0
            if n_mous or n_hubs:
                raise DomainError(translate("domain.partners", "{name} is a party to {n_mous} "
                                                               "MoU(s) and hosts {n_hubs} "
                                                               "hub(s); remove it from them "
                                                               "first.").format(
                                      name=p.name, n_mous=n_mous, n_hubs=n_hubs))
            s.delete(p)
        return op.changes

    def usage(self, partner_id: int) -> dict[str, int]:
        """How many MoUs, hubs and contacts refer to the partner (for the delete question)."""
        with self.db.reading() as s:
            return {
                "mous": s.scalar(select(func.count()).where(MoUParty.partner_id == partner_id)) or 0,
                "hubs": s.scalar(select(func.count()).where(Hub.host_partner_id == partner_id)) or 0,
            }


def _tags(s: Session, names: Sequence[str]) -> list[Tag]:
    if not names:
        return []
    existing = {t.name: t for t in s.scalars(select(Tag).where(Tag.name.in_(names)))}
    out = []
    for name in names:
        tag = existing.get(name)
        if tag is None:
            tag = Tag(name=name)
            s.add(tag)
        out.append(tag)
    return out


def _sync_contacts(s: Session, p: Partner, forms: Sequence[ContactForm]) -> None:
    from db.models import Contact

    by_id = {c.id: c for c in p.contacts}
    keep: list[Contact] = []
    for cf in forms:
        c = by_id.get(cf.id) if cf.id is not None else None
        if c is None:
            c = Contact()
        for name in ("name", "role", "email", "phone", "notes"):
            if getattr(c, name) != getattr(cf, name):
                setattr(c, name, getattr(cf, name))
        keep.append(c)
    replace_children(s, p, "contacts", keep)


__all__ = ["ContactForm", "PartnerForm", "PartnerQuery", "PartnerRow", "PartnerService",
           "apply_derived"]
