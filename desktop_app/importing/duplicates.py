"""Finding duplicates among imported rows and existing partners, and planning the import.

Pure functions over plain records: the caller passes the clean rows and the existing
partners (:class:`ExistingPartner`), and gets an :class:`ImportPlan` saying what to do
with each row. The database side executes the plan; nothing here writes anything.

**Certain duplicates** share one of these keys (checked in this order):

* ``name`` — the name's match key (Arabic/Persian letters, ZWNJ/space, case and accents
  folded; "شرکت" and "سهامی خاص"-style legal words dropped) with the same country;
* ``latin_name`` — the Latin name folded (case, accents, punctuation and spaces gone,
  legal suffixes such as Co., Ltd, Inc., GmbH, LLC dropped) with the same country;
* ``domain`` — the web domain of the website, or of the e-mail unless it is a free-mail
  domain (gmail.com, yahoo.com, chmail.ir, …).

An existing partner wins over an earlier row of the file; a row that duplicates an
earlier row (or an existing partner an earlier row already claimed) is skipped whatever
the policy, so one import never creates or updates the same partner twice.

**Near matches** (never acted on, only offered) are names whose keys score at least
``near_cutoff`` with RapidFuzz's ``ratio``, compared only within *blocks*: the same country
and the same first four, or the same last four, characters of the key once common
words such as "پارک علم و فناوری" or "University" are set aside. A row meets only the
existing partners and the rows before it. Blocking keeps 100,000 rows against 100,000
partners to seconds instead of hours; the price is that a name with typos both near its
start and near its end is not offered. The same name with a different or missing country
is offered too (key ``name_other_country``). Existing partners may bring their name's
match key (:attr:`ExistingPartner.key`, the register's ``partners.name_key``) so it is
not computed again.
"""

from __future__ import annotations

import codecs
import re
import threading
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from math import ceil, floor
from typing import Literal, TypeVar

from rapidfuzz import fuzz, process

from desktop_app.domain.text import web_domain
from desktop_app.importing._keys import fast_match_key as match_key
from desktop_app.importing.cleaning import CleanRow, Rejection
from desktop_app.importing.keys import DerivedColumns, match_keys
from desktop_app.importing.table import gc_paused

Policy = Literal["skip", "update_empty", "overwrite", "create"]
POLICIES: tuple[str, ...] = ("skip", "update_empty", "overwrite", "create")

FREE_MAIL_DOMAINS = frozenset(
    {
        "gmail.com", "googlemail.com", "yahoo.com", "ymail.com", "rocketmail.com",
        "hotmail.com", "outlook.com", "live.com", "msn.com", "aol.com", "icloud.com",
        "me.com", "mac.com", "mail.com", "gmx.com", "gmx.de", "gmx.net", "web.de",
        "protonmail.com", "proton.me", "pm.me", "zoho.com", "yandex.com", "yandex.ru",
        "mail.ru", "inbox.ru", "bk.ru", "list.ru", "rambler.ru", "qq.com", "163.com",
        "126.com", "sina.com", "sohu.com", "naver.com", "daum.net", "hanmail.net",
        "rediffmail.com", "tutanota.com", "chmail.ir", "mihanmail.ir", "iran.ir",
        "email.com", "usa.net", "fastmail.com", "hushmail.com", "t-online.de",
        "libero.it", "orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "ukr.net",
    }
)
_FREE_MAIL_PREFIXES = ("yahoo.", "hotmail.", "outlook.", "live.", "gmail.", "aol.", "msn.")

_FA_LEGAL_PREFIXES = tuple(match_key(w) for w in ("شرکت",))
_FA_LEGAL_SUFFIXES = tuple(
    match_key(w) for w in ("با مسئولیت محدود", "مسئولیت محدود", "سهامی خاص", "سهامی عام", "سهامی", "تضامنی")
)
_LATIN_LEGAL = frozenset(
    {
        "co", "company", "ltd", "limited", "inc", "incorporated", "corp", "corporation",
        "llc", "llp", "lp", "plc", "gmbh", "ag", "kg", "sa", "sas", "sarl", "srl", "spa",
        "bv", "nv", "oy", "ab", "as", "kft", "jsc", "pjsc", "ojsc", "cjsc", "ooo", "zao",
        "pvt", "pte", "pty", "sdn", "bhd", "the", "sherkat", "sti", "ltdsti", "tic",
    }
)
_LATIN_WORD = re.compile(r"[0-9a-z]+")


def name_key(name: str) -> str:
    """The match key of a name without "شرکت" in front or "سهامی خاص"-style words behind."""
    return strip_legal_words(match_key(name))


def strip_legal_words(key: str) -> str:
    """*key*, a name's match key, without the legal words :func:`name_key` drops.

    ``strip_legal_words(match_key(name)) == name_key(name)``: the register keeps
    ``match_key(name)`` in ``partners.name_key``, so existing partners need no new key.
    """
    if not key.startswith(_FA_LEGAL_PREFIXES) and not key.endswith(_FA_LEGAL_SUFFIXES):
        return key
    for prefix in _FA_LEGAL_PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix) + 1:
            key = key[len(prefix) :]
    for suffix in _FA_LEGAL_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix) + 1:
            key = key[: -len(suffix)]
            break
    return key


def latin_key(name: str) -> str:
    """A Latin name folded for comparing: "Tabriz Tech Park Co., Ltd." → "tabriztechpark".

    Case and accents are folded, punctuation and spaces removed and legal-form words
    dropped (unless nothing else is left). Empty for a name with no Latin letters.
    """
    if not name:
        return ""
    text = name if name.isascii() else match_key_words(name)
    words = _LATIN_WORD.findall(text.lower())
    if not words:
        return ""
    kept = [w for w in words if w not in _LATIN_LEGAL]
    return "".join(kept or words)


def match_key_words(text: str) -> str:
    """*text* folded word by word (accents and case gone), words kept apart by spaces."""
    return " ".join(match_key(word) for word in text.split())


def is_free_mail(domain: str) -> bool:
    """True for a free-mail domain, whose addresses say nothing about the organisation."""
    return domain in FREE_MAIL_DOMAINS or domain.startswith(_FREE_MAIL_PREFIXES)


_PLAIN_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:[^@/\s]+@)?([^/:?#\s]+)")


def _domain(value: str) -> str:
    """``web_domain(value)``, with a shortcut for the tidy ASCII values clean rows hold."""
    if not (value.isascii() and value.isprintable() and " " not in value):
        return web_domain(value)
    text = value.lower()
    if "@" in text and "://" not in text:
        text = text.rsplit("@", 1)[1]
    if "/" in text or ":" in text or "@" in text or "?" in text or "#" in text:
        match = _PLAIN_HOST.match(text)
        text = match.group(1) if match else ""
    host = text.strip(".")  # a bare host: the whole text (what _PLAIN_HOST would match)
    return host[4:] if host.startswith("www.") else host


def record_domains(website: str, email: str) -> tuple[str, ...]:
    """The web domains that identify a partner: its website's, and its e-mail's if not free."""
    domains = []
    site = _domain(website) if website else ""
    if site:
        domains.append(site)
    mail = _domain(email) if email and "@" in email else ""
    if mail and mail != site and not is_free_mail(mail):
        domains.append(mail)
    return tuple(domains)


@dataclass(frozen=True, slots=True)
class ExistingPartner:
    """What the planner needs to know of a partner already in the register."""

    id: int
    name: str
    name_en: str = ""
    country: str = ""
    website: str = ""
    email: str = ""
    #: ``match_key(name)`` when the caller has it (the ``partners.name_key`` column), so the
    #: planner need not compute it again; ``None`` to have it computed from ``name``.
    key: str | None = None


#: An :class:`ExistingPartner` as a plain tuple of its fields, in their order: what the
#: register's rows give without an object per partner.
ExistingRecord = tuple[int, str, str, str, str, str, "str | None"]


def _record(partner: ExistingPartner | ExistingRecord) -> ExistingRecord:
    if isinstance(partner, tuple):
        return partner
    return (partner.id, partner.name, partner.name_en, partner.country or "", partner.website,
            partner.email, partner.key)


@dataclass(frozen=True, slots=True)
class Match:
    """A duplicate or candidate: an existing partner (``existing_id``) or an earlier row.

    ``key`` says what matched: ``name``, ``latin_name``, ``domain`` (certain);
    ``similar_name``, ``name_other_country`` (candidates). ``row`` is the file row number
    of the earlier row (or of the earlier row that already claimed ``existing_id``).
    """

    key: str
    existing_id: int | None = None
    row: int | None = None
    score: float = 100.0


@dataclass(slots=True)
class PlannedRow:
    """One clean row and what the import will do with it.

    ``action`` is ``create``, ``skip``, ``update_empty`` (fill the empty fields of
    ``duplicate.existing_id``) or ``overwrite`` (replace its fields with the row's).
    ``candidates`` are near matches shown to the user, never acted on.
    """

    partner: CleanRow
    action: str
    duplicate: Match | None = None
    candidates: tuple[Match, ...] = ()


@dataclass
class ImportPlan:
    """The proposed import: an action for every clean row, the rejections, and counts."""

    policy: str
    rows: list[PlannedRow] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    #: The derived partner columns of every planned row, computed a column at a time (a
    #: chunk as the commit asks), for the commit to write as they are (``derived.of(row)``;
    #: ``None`` for a row changed since, which the commit derives itself).
    derived: DerivedColumns | None = None

    @property
    def to_add(self) -> int:
        """Rows that will become new partners."""
        return sum(1 for r in self.rows if r.action == "create")

    @property
    def to_update(self) -> int:
        """Rows that will update an existing partner."""
        return sum(1 for r in self.rows if r.action in ("update_empty", "overwrite"))

    @property
    def to_skip(self) -> int:
        """Rows that duplicate something and will not be written."""
        return sum(1 for r in self.rows if r.action == "skip")

    @property
    def rejected(self) -> int:
        """Rows of the file that were rejected (a row with two problems counts once)."""
        return len({r.row for r in self.rejections})

    def counts(self) -> dict[str, int]:
        """``to_add``, ``to_update``, ``to_skip`` and ``rejected`` together."""
        return {
            "to_add": self.to_add,
            "to_update": self.to_update,
            "to_skip": self.to_skip,
            "rejected": self.rejected,
        }


def _latin_keys(name: str, name_en: str) -> tuple[str, ...]:
    """The folded Latin names of a record: its Latin name's and, if Latin, its name's."""
    first = latin_key(name_en) if name_en else ""
    second = latin_key(name) if name != name_en and name.isascii() else ""
    if first and second and first != second:
        return (first, second)
    return (first or second,) if first or second else ()


# Words that start or end many names ("پارک علم و فناوری …", "… University"): blocks are
# made from what is left, or every park would land in one block.
_COMMON_HEADS = tuple(
    sorted(
        {match_key(w) for w in (
            "پارک علم و فناوری", "پارک فناوری", "دانشگاه", "پژوهشگاه", "پژوهشکده", "شرکت",
            "دانش بنیان", "هلدینگ", "خوشه صنعتی", "خوشه", "گروه صنعتی", "گروه", "انجمن",
            "پالایشگاه", "پتروشیمی", "صنایع", "مرکز رشد", "مرکز", "سازمان", "وزارت",
            "موسسه", "مؤسسه", "university of", "the", "national", "international",
        )},
        key=len, reverse=True,
    )
)
_COMMON_TAILS = tuple(
    sorted(
        {match_key(w) for w in (
            "technology park", "science park", "technopark", "university", "company", "co",
            "ltd", "inc", "group", "holding", "corporation", "institute", "cluster",
        )},
        key=len, reverse=True,
    )
)
_BLOCK_CHARS = 4


def _block_tags(text: str) -> tuple[str, str]:
    """A key's blocks (within its country): the first and the last characters of its core.

    The core is the key without the longest common word it starts with and the longest it
    ends with (each only if at least :data:`_BLOCK_CHARS` characters are left).
    """
    if not text.startswith(_COMMON_HEADS) and not text.endswith(_COMMON_TAILS):
        return text[:_BLOCK_CHARS], text[-_BLOCK_CHARS:]
    core = text
    if core.startswith(_COMMON_HEADS):
        for head in _COMMON_HEADS:  # longest first
            if core.startswith(head):
                if len(core) - len(head) >= _BLOCK_CHARS:
                    core = core[len(head) :]
                break
    if core.endswith(_COMMON_TAILS):
        for tail in _COMMON_TAILS:
            if core.endswith(tail):
                if len(core) - len(tail) >= _BLOCK_CHARS:
                    core = core[: len(core) - len(tail)]
                break
    return core[:_BLOCK_CHARS], core[-_BLOCK_CHARS:]


class ExistingIndex:
    """What the planner keeps of the partners already in the register: their certain keys
    (name, Latin name, domain), and the strings the near-match search compares, already
    placed in their blocks and made bytes where they can be.

    Building it is the planner's whole pass over the existing partners; it depends on
    nothing but them, so one index serves every preview of a register that has not changed
    (:func:`cached_existing_index`).
    """

    def __init__(self, existing: Iterable[ExistingPartner | ExistingRecord]) -> None:
        self.size = 0
        self.ids: list[int] = []
        self.countries: list[str] = []
        #: name key (as :func:`_as_bytes` makes it, the very object :attr:`values` holds)
        #: → position(s) in the partners given
        self.by_name: dict[str | bytes, int | list[int]] = {}
        self.latin_ids: dict[str, dict[str, int]] = {}  # country → Latin key → first id
        self.domain_ids: dict[str, int] = {}
        #: The near-match strings (bytes where they can be) and the id of each one's partner.
        self.values: list[str | bytes] = []
        self.string_ids: list[int] = []
        #: country → first / last characters → the codes (``-1 - index``) of its strings
        self.heads: dict[str, dict[str, array[int]]] = {}
        self.tails: dict[str, dict[str, array[int]]] = {}
        self.text_only = False  # some string could not be made bytes
        self._build(map(_record, existing))
        self.size = len(self.ids)

    def _build(self, existing: Iterable[ExistingRecord]) -> None:
        """One pass over *existing* (which may be a stream: nothing of it is kept but what
        the index needs)."""
        by_name, latin_ids, domain_ids = self.by_name, self.latin_ids, self.domain_ids
        values, string_ids = self.values, self.string_ids
        ids, countries = self.ids, self.countries
        legal_heads, legal_tails = _FA_LEGAL_PREFIXES, _FA_LEGAL_SUFFIXES
        shared: dict[str, str] = {}
        for position, (partner_id, partner_name, name_en, country, website, email, name) in enumerate(existing):
            ids.append(partner_id)
            country = shared.setdefault(country, country)  # one string per country, not per row
            countries.append(country)
            if name is None:
                name = name_key(partner_name)
            elif name.startswith(legal_heads) or name.endswith(legal_tails):
                name = strip_legal_words(name)
            latins = _latin_keys(partner_name, name_en) if name_en or partner_name.isascii() else ()
            key = _as_bytes(name)
            if name:
                entry = by_name.get(key)
                if entry is None:
                    by_name[key] = position
                elif isinstance(entry, int):
                    by_name[key] = [entry, position]
                else:
                    entry.append(position)
            if latins:
                table = _of_country(latin_ids, country)
                for latin in latins:
                    table.setdefault(latin, partner_id)
            if website or email:
                for domain in record_domains(website, email):
                    domain_ids.setdefault(domain, partner_id)
            for text in (name, *latins) if latins else (name,):
                if len(text) < 4 or (text is not name and text == name):
                    continue
                code = -1 - len(values)
                value = key if text is name else _as_bytes(text)
                if value is text:
                    self.text_only = True
                values.append(value)
                string_ids.append(partner_id)
                head, tail = _block_tags(text)
                for blocks, tag in ((self.heads, head), (self.tails, tail)):
                    by_tag = blocks.get(country)
                    if by_tag is None:
                        by_tag = blocks[country] = {}
                    members = by_tag.get(tag)
                    if members is None:
                        by_tag[tag] = array("q", (code,))
                    else:
                        members.append(code)


_K = TypeVar("_K")


def _of_country(tables: dict[str, dict[_K, int]], country: str) -> dict[_K, int]:
    """The table of *country* in *tables* (country → key → id or row), made if missing."""
    table = tables.get(country)
    if table is None:
        table = tables[country] = {}
    return table


_CACHE: list[tuple[object, ExistingIndex]] = []
#: Held while the cache is looked up and an index built: a preview that asks while the
#: wizard's early build (on another thread) is under way waits for that index instead of
#: building a second one beside it.
_BUILDING = threading.Lock()


def cached_existing_index(token: object,
                          load: Callable[[], Iterable[ExistingPartner | ExistingRecord]]) -> ExistingIndex:
    """The :class:`ExistingIndex` of the partners ``load()`` gives, kept for the next call.

    *token* names the register's state (e.g. its partner count, highest id, sum of row
    versions and latest change): while it is the same, the partners are not loaded or
    indexed again, so a second preview of the same register skips the pass over them. One
    index is kept (the last). Callers on several threads take turns; a build that raises
    (the load failed or was cancelled) leaves nothing kept, so the next call builds anew.
    """
    with _BUILDING:
        if _CACHE and _CACHE[0][0] == token:
            return _CACHE[0][1]
        _CACHE.clear()  # the old index is not needed while the new one is built
        index = ExistingIndex(load())
        _CACHE[:] = [(token, index)]
        return index


def forget_existing_index() -> None:
    """Drop the index :func:`cached_existing_index` keeps (its memory goes with it): a
    commit is about to change the register, so the next preview must index it again."""
    _CACHE.clear()


def plan_import(
    rows: Sequence[CleanRow],
    existing: Iterable[ExistingPartner | ExistingRecord] | ExistingIndex,
    policy: str = "skip",
    *,
    rejections: Sequence[Rejection] = (),
    near_cutoff: float | None = 90.0,
    max_candidates: int = 5,
) -> ImportPlan:
    """Decide what to do with each clean row under *policy* (see the module docstring).

    *policy* applies to rows that certainly duplicate an existing partner: ``skip`` them,
    ``update_empty`` (fill only its empty fields), ``overwrite`` its fields, or ``create``
    a new partner anyway. Rows with no certain duplicate are always created.
    *near_cutoff* ``None`` skips the search for near matches (the slow part). *existing*
    may be an :class:`ExistingIndex` of them (built once for several previews).
    The plan carries the rows' derived columns for the commit (:attr:`ImportPlan.derived`).
    """
    if policy not in POLICIES:
        raise ValueError(f"Unknown duplicate policy “{policy}”; expected one of {', '.join(POLICIES)}.")
    with gc_paused():
        index = existing if isinstance(existing, ExistingIndex) else ExistingIndex(existing)
        return _plan(rows, index, policy, rejections, near_cutoff, max_candidates)


def _plan(
    rows: Sequence[CleanRow],
    index: ExistingIndex,
    policy: str,
    rejections: Sequence[Rejection],
    near_cutoff: float | None,
    max_candidates: int,
) -> ImportPlan:
    near = _NearSearch(index) if near_cutoff is not None else None
    by_name, latin_ids, domain_ids = index.by_name, index.latin_ids, index.domain_ids
    countries, ids = index.countries, index.ids
    legal_heads, legal_tails = _FA_LEGAL_PREFIXES, _FA_LEGAL_SUFFIXES

    # The rows, in file order: a row's keys are looked up among the existing partners, then
    # among the earlier rows (country → key → the first row number that had it).
    file_names: dict[str, dict[str | bytes, int]] = {}  # keyed as ExistingIndex.by_name
    file_latins: dict[str, dict[str, int]] = {}
    file_domains: dict[str, int] = {}
    claimed: dict[int, int] = {}  # existing id → first row that updates/skips onto it
    plan = ImportPlan(policy=policy, rejections=list(rejections), derived=DerivedColumns(rows))
    for position, (row, name) in enumerate(zip(rows, _chunked_match_keys(rows), strict=True)):
        if name.startswith(legal_heads) or name.endswith(legal_tails):
            name = strip_legal_words(name)
        latins = _latin_keys(row.name, row.name_en) if row.name_en or row.name.isascii() else ()
        domains = record_domains(row.website, row.email) if row.website or row.email else ()
        country = row.country or ""
        duplicate: Match | None = None
        key = _as_bytes(name)
        same_name = by_name.get(key) if name else None
        if same_name is not None:
            for other in (same_name,) if isinstance(same_name, int) else same_name:
                if countries[other] == country:
                    duplicate = Match("name", existing_id=ids[other])
                    break
        if duplicate is None and latins and country in latin_ids:
            known = latin_ids[country]
            for latin in latins:
                if latin in known:
                    duplicate = Match("latin_name", existing_id=known[latin])
                    break
        if duplicate is None:
            for domain in domains:
                if domain in domain_ids:
                    duplicate = Match("domain", existing_id=domain_ids[domain])
                    break
        if duplicate is None:
            duplicate = _earlier(key, latins, domains, file_names.get(country),
                                 file_latins.get(country), file_domains)
        claimant = duplicate.existing_id if duplicate is not None else None
        if duplicate is None:
            action = "create"
        elif claimant is None:
            action = "skip"
        elif claimant in claimed:
            duplicate = Match(duplicate.key, claimant, claimed[claimant])
            action = "skip"
        else:
            claimed[claimant] = row.row
            action = policy
        if name:
            _of_country(file_names, country).setdefault(key, row.row)
        if latins:
            earlier = _of_country(file_latins, country)
            for latin in latins:
                earlier.setdefault(latin, row.row)
        for domain in domains:
            file_domains.setdefault(domain, row.row)
        plan.rows.append(PlannedRow(row, action, duplicate))
        if near is not None:
            near.add_row(position, name, key, latins, country, duplicate is None, same_name)

    if near is not None:
        near.attach(plan, near_cutoff or 0.0, max_candidates)
    return plan


#: Names folded at a time by :func:`_chunked_match_keys`: column-wise folding makes a few
#: copies of the joined column, some 50 MB for 100,000 names at once.
KEY_CHUNK = 5000


def _chunked_match_keys(rows: Sequence[CleanRow]) -> Iterator[str]:
    """The rows' name keys (:func:`match_keys`), folded :data:`KEY_CHUNK` names at a time."""
    for start in range(0, len(rows), KEY_CHUNK):
        yield from match_keys([r.name for r in rows[start:start + KEY_CHUNK]])


def _earlier(
    name: str | bytes,
    latins: tuple[str, ...],
    domains: tuple[str, ...],
    names: dict[str | bytes, int] | None,
    latin_rows: dict[str, int] | None,
    domain_rows: dict[str, int],
) -> Match | None:
    """The certain duplicate of a row among the earlier rows (by name, Latin name, domain)."""
    if names and name in names:
        return Match("name", row=names[name])
    if latin_rows:
        for latin in latins:
            if latin in latin_rows:
                return Match("latin_name", row=latin_rows[latin])
    for domain in domains:
        if domain in domain_rows:
            return Match("domain", row=domain_rows[domain])
    return None


class _Block:
    """One block's strings, as codes: a row string by its index, an existing string by
    ``-1 - index`` (see :class:`_NearSearch`)."""

    __slots__ = ("asking", "existing", "rows")

    def __init__(self) -> None:
        self.asking: array[int] | None = None  # strings of open rows, in file order
        self.existing: array[int] | None = None  # existing strings, only in asked blocks
        self.rows: array[int] = array("q")  # every row string, in file order


_Ref = tuple[int | None, int | None]  # (existing id, row position)


class _NearSearch:
    """The blocked fuzzy search behind the candidates (near matches) of a plan.

    The rows' strings are placed in their blocks as the rows are planned, and a block an
    open row asks in is noted in the order first asked; a block, when made, takes the
    existing partners' strings of the same block from the :class:`ExistingIndex`. Each
    asked block compares its askers with the existing strings and the strings of earlier
    rows only, so a block of one row, or of later rows only, costs nothing. Small blocks
    are compared many at a time (one ``cdist`` matrix over several blocks, the pairs across
    blocks dropped), big ones alone (:func:`similar_pairs`). Strings are compared as bytes
    where they can be (:func:`_as_bytes`).
    """

    def __init__(self, index: ExistingIndex) -> None:
        self.index = index
        self.row_texts: list[str | bytes] = []
        self.row_owner = array("q")  # row position of each row string
        self.row_first = array("q")  # index of the first string of each row string's row
        self.heads: dict[str, dict[str, _Block]] = {}  # country → first characters → block
        self.tails: dict[str, dict[str, _Block]] = {}  # country → last characters → block
        self.order: list[_Block] = []
        self.other_country: list[tuple[int, list[int]]] = []  # (row position, existing ids)
        self.text_only = index.text_only  # some string could not be made bytes

    def add_row(self, position: int, name: str, key: str | bytes, latins: tuple[str, ...], country: str,
                asks: bool, same_name: int | list[int] | None) -> None:
        """Place a row's strings in their blocks; an open row (*asks*) also asks in them.
        *key* is ``_as_bytes(name)``, already made for the certain keys."""
        texts = self.row_texts
        first = len(texts)
        for text in (name, *latins) if latins else (name,):
            if len(text) < 4 or (text is not name and text == name):
                continue
            index = len(texts)
            value = key if text is name else _as_bytes(text)
            if value is text:
                self.text_only = True
            texts.append(value)
            self.row_owner.append(position)
            self.row_first.append(first)
            heads = self.heads.get(country)
            if heads is None:
                heads = self.heads[country] = {}
                self.tails[country] = {}
            head, tail = _block_tags(text)
            for blocks, tag, known in ((heads, head, self.index.heads), (self.tails[country], tail, self.index.tails)):
                block = blocks.get(tag)
                if block is None:
                    block = blocks[tag] = _Block()
                    block.existing = known.get(country, {}).get(tag)
                block.rows.append(index)
                if asks:
                    if block.asking is None:
                        block.asking = array("q", (index,))
                        self.order.append(block)
                    else:
                        block.asking.append(index)
        if asks and same_name is not None:
            countries, ids = self.index.countries, self.index.ids
            others = [ids[p] for p in ((same_name,) if isinstance(same_name, int) else same_name)
                      if countries[p] != country]
            if others:
                self.other_country.append((position, others))

    def attach(self, plan: ImportPlan, cutoff: float, limit: int) -> None:
        """Compare the asked blocks and give the open rows their candidates."""
        string_ids, row_owner, row_first = self.index.string_ids, self.row_owner, self.row_first
        # Every string by its code: rows' from the front, existing ones' from the back.
        texts = self.row_texts + self.index.values[::-1]
        if self.text_only:  # some string has no bytes: compare them all as text
            texts = list(map(_as_text, texts))
        text_of = texts.__getitem__
        found: dict[int, dict[_Ref, float]] = {}

        def record(position: int, code: int, score: float) -> None:
            ref: _Ref = (string_ids[-1 - code], None) if code < 0 else (None, row_owner[code])
            best = found.get(position)
            if best is None:
                best = found[position] = {}
            if score > best.get(ref, 0.0):
                best[ref] = score

        # The batch of small blocks: query i meets the choices lows[i]:highs[i].
        queries: list[str | bytes] = []
        choices: list[str | bytes] = []
        codes: list[int] = []
        positions: list[int] = []
        lows: list[int] = []
        highs: list[int] = []

        def flush() -> None:
            for q, c, score in _batch_hits(queries, choices, lows, highs, cutoff):
                record(positions[q], codes[c], score)
            for batch in (queries, choices, codes, positions, lows, highs):
                batch.clear()

        for block in self.order:
            asking: array[int] = block.asking  # type: ignore[assignment]
            members = block.existing or array("q")
            rows = block.rows
            before = len(members)
            # A row meets the existing strings and the strings of the rows before it.
            if len(asking) == 1:
                limits = [before + bisect_left(rows, row_first[asking[0]])]
            else:
                starts = list(map(row_first.__getitem__, asking))
                end = bisect_left(rows, starts[-1])
                limits = [before + bisect_left(rows, start, 0, end) for start in starts]
            width = limits[-1]
            if width == 0:
                continue
            members = members + rows[: width - before]
            if len(asking) * width > BATCH_WASTE:
                flush()
                own = [before + bisect_left(rows, q) for q in asking]  # rows holds the askers too
                hits = similar_pairs(list(map(text_of, asking)), list(map(text_of, members)), limits, cutoff,
                                     [i if i < width else -1 for i in own])
                for q, pairs in zip(asking, hits, strict=True):
                    for choice, score in pairs:
                        record(row_owner[q], members[choice], score)
                continue
            if len(queries) * width + len(asking) * len(choices) > BATCH_WASTE:
                flush()  # the pairs across blocks would cost more than another matrix
            offset = len(choices)
            choices += map(text_of, members)
            codes += members
            queries += map(text_of, asking)
            positions += map(row_owner.__getitem__, asking)
            lows += [offset] * len(asking)
            highs += [offset + block_limit for block_limit in limits]
        flush()

        # The same name in another (or no) country: offered with score 100.
        for position, ids in self.other_country:
            best = found.setdefault(position, {})
            for partner_id in ids:
                best.setdefault((partner_id, None), -100.0)
        for position, best in found.items():
            ranked = sorted(best.items(), key=lambda item: -abs(item[1]))[:limit]
            plan.rows[position].candidates = tuple(
                Match(
                    "name_other_country" if score < 0 else "similar_name",
                    existing_id=ref[0],
                    row=plan.rows[ref[1]].partner.row if ref[1] is not None else None,
                    score=abs(score),
                )
                for ref, score in ranked
            )


# ----------------------------------------------------------------------------- similarity

#: Small blocks share one cdist matrix as long as the cells across blocks it adds stay
#: under this (a matrix costs a fixed ~20 µs, then ~10 ns a cell); bigger ones go alone.
BATCH_WASTE = 2_000
#: Above this many pairs, a block is compared length band by length band ...
BAND_OVER = 20_000
#: ... at least this many queries at a time (all those of one length).
BAND_QUERIES = 8
#: The most cells of one cdist matrix (one byte each): bounds the memory a block takes.
MATRIX_CELLS = 4_000_000


def _byte_alphabet() -> str:
    """The letters besides ASCII that keys are written with as single bytes (at most 128):
    Persian and Arabic, Cyrillic, and a few Latin ones that survive folding."""
    arabic = sorted({ch for cp in range(0x620, 0x64B) for ch in match_key(chr(cp)) if not ch.isascii()})
    letters = dict.fromkeys([*arabic, *"پچژکگیۍەھہۃٹڈڑںےۀ", *map(chr, range(0x430, 0x450)),
                             *"ıøæðþœłđħŋ"])
    return "".join(letters)[:128]


_BYTE_CHARS = "".join(map(chr, range(128))) + _byte_alphabet()
_BYTE_DECODING = _BYTE_CHARS.ljust(256, "\ufffe")
_BYTE_ENCODING = codecs.charmap_build(_BYTE_DECODING)


def _as_bytes(text: str) -> str | bytes:
    """*text* with one byte per character, or *text* itself if a character has no byte.

    RapidFuzz compares byte strings several times faster than Persian ``str`` (it looks
    characters under 256 up in a table, others in a hash map). Distinct characters get
    distinct bytes, so every score is the same as the text's.
    """
    if text.isascii():
        return text.encode("ascii")
    try:
        return codecs.charmap_encode(text, "strict", _BYTE_ENCODING)[0]
    except UnicodeEncodeError:
        return text


def _as_text(value: str | bytes) -> str:
    """The text :func:`_as_bytes` made *value* of."""
    return value if isinstance(value, str) else codecs.charmap_decode(value, "strict", _BYTE_DECODING)[0]


def similar_pairs(
    queries: Sequence[str | bytes], choices: Sequence[str | bytes], limits: Sequence[int], cutoff: float,
    own: Sequence[int] | None = None,
) -> list[list[tuple[int, float]]]:
    """For each query, the (choice index, score) pairs scoring *cutoff* or more with
    ``fuzz.ratio`` among its first ``limits[i]`` choices, in choice order.

    *limits* never decreases. Strings are all ``str`` or all bytes made by
    :func:`_as_bytes`. Scores are whole numbers, rounded half up (the ``uint8`` matrix of
    ``process.cdist``), and a score that rounds to 0 is no hit. ``own[i]``, if given, is
    the index among *choices* of query *i* itself (-1 if not there), beyond its limit:
    only a hint that saves time. A block is compared in chunks of queries, a big one length
    band by length band: the result is the same.
    """
    if not queries or limits[-1] == 0:
        return [[] for _ in queries]
    if own is None:
        own = [-1] * len(queries)
    return _pairs_by_cdist(queries, choices, limits, cutoff, own,
                           banded=sum(limits) > BAND_OVER and cutoff > 0)


def _batch_hits(
    queries: list[str | bytes], choices: list[str | bytes], lows: list[int], highs: list[int],
    cutoff: float,
) -> list[tuple[int, int, float]]:
    """(query, choice, score) of the pairs scoring *cutoff* or more where query ``q`` meets
    only the choices ``lows[q]:highs[q]``; query by query, in choice order."""
    if not queries or not choices:
        return []
    return [(q, c, score) for q, hits in _matrix(queries, choices, cutoff).hits()
            for c, score in hits if lows[q] <= c < highs[q]]


_NONZERO = re.compile(b"[^\x00]+")


class _Scores:
    """A ``uint8`` matrix of ``fuzz.ratio`` scores (0 where below the cutoff), row-major in
    a ``bytearray``: what ``process.cdist`` gives, without numpy."""

    __slots__ = ("data", "width")

    def __init__(self, data: bytearray, width: int) -> None:
        self.data = data
        self.width = width

    def clear(self, cells: Sequence[tuple[int, int]]) -> None:
        """Set the cells ``(row, column)`` to 0."""
        for row, column in cells:
            self.data[row * self.width + column] = 0

    def hits(self) -> list[tuple[int, list[tuple[int, float]]]]:
        """The rows with cells that are not 0: (row, [(column, score), …]), in order.

        Hits are rare: the runs of non-zero bytes are found by a regex (in C) and only they
        are looked at."""
        out: list[tuple[int, list[tuple[int, float]]]] = []
        data, width = self.data, self.width
        if not width:
            return out
        for run in _NONZERO.finditer(data):
            for at in range(run.start(), run.end()):
                row, column = divmod(at, width)
                if out and out[-1][0] == row:
                    out[-1][1].append((column, float(data[at])))
                else:
                    out.append((row, [(column, float(data[at]))]))
        return out


def _length_band(length: int, cutoff: float) -> tuple[int, int]:
    """The lengths a string of *length* must have to score *cutoff* or more with it.

    ``fuzz.ratio`` is ``100 * (1 - indel / (la + lb))`` and ``indel >= |la - lb|``, so a
    score of at least *cutoff* needs ``|la - lb| <= k * (la + lb)`` with
    ``k = 1 - cutoff / 100``: ``lb`` within ``la * (1 - k) / (1 + k)`` ‥ ``la * (1 + k) / (1 - k)``
    (with a margin for rounding; a band too wide only costs time).
    """
    k = max(0.0, 1.0 - cutoff / 100.0)
    if k >= 1.0:
        return 0, 1 << 30
    return max(0, ceil(length * (1 - k) / (1 + k) - 1e-6)), floor(length * (1 + k) / (1 - k) + 1e-6)


def _pairs_by_cdist(
    queries: Sequence[str | bytes], choices: Sequence[str | bytes], limits: Sequence[int], cutoff: float,
    own: Sequence[int], *, banded: bool,
) -> list[list[tuple[int, float]]]:
    # A matrix holds each query against choices beyond its limit too, among them the query
    # itself (scoring 100): that cell is cleared first, and any other beyond the limit is
    # dropped from the hits.
    out: list[list[tuple[int, float]]] = [[] for _ in queries]
    if not banded:
        start = 0
        while start < len(queries):
            # A chunk of queries (in order, so their limits grow) against the choices the
            # last of them may meet.
            size = max(1, min(2000, MATRIX_CELLS // max(1, limits[-1])))
            stop = min(len(queries), start + size)
            bound = limits[stop - 1]
            matrix = _matrix(queries[start:stop], choices[:bound], cutoff)
            matrix.clear([(q - start, own[q]) for q in range(start, stop) if limits[q] <= own[q] < bound])
            for q, hits in matrix.hits():
                limit = limits[start + q]
                out[start + q] = [hit for hit in hits if hit[0] < limit]
            start = stop
        return out
    # Big blocks: queries of one length (or of a few lengths, while they are few) meet only
    # the choices whose length lets them reach cutoff. The earlier half of the queries and
    # the later half go separately, as the later ones may meet more rows.
    query_length = list(map(len, queries))
    middle = len(queries) // 2 if len(queries) >= 4 * BAND_QUERIES else 0
    for part in (range(middle), range(middle, len(queries))):
        if not part:
            continue
        bound = limits[part[-1]]
        choice_length = list(map(len, choices[:bound]))
        order = sorted(range(bound), key=choice_length.__getitem__)
        place = [0] * bound  # where each choice is in length order
        for at, choice in enumerate(order):
            place[choice] = at
        texts = list(map(choices.__getitem__, order))
        lengths = list(map(choice_length.__getitem__, order))
        by_length = sorted(part, key=query_length.__getitem__)
        start = 0
        while start < len(by_length):
            stop = start + 1
            while stop < len(by_length) and (
                stop - start < BAND_QUERIES or query_length[by_length[stop]] == query_length[by_length[stop - 1]]
            ):
                stop += 1
            group = by_length[start:stop]
            start = stop
            low = bisect_left(lengths, _length_band(query_length[group[0]], cutoff)[0])
            high = bisect_right(lengths, _length_band(query_length[group[-1]], cutoff)[1])
            if low >= high:
                continue
            matrix = _matrix([queries[q] for q in group], texts[low:high], cutoff)
            matrix.clear([(i, at - low) for i, q in enumerate(group)
                          if limits[q] <= own[q] < bound and low <= (at := place[own[q]]) < high])
            for i, hits in matrix.hits():
                q = group[i]
                limit = limits[q]
                found = [(order[low + c], score) for c, score in hits if order[low + c] < limit]
                found.sort()
                out[q] = found
    return out


try:  # the compiled cdist: process.cdist is this, wrapped in a numpy array
    from rapidfuzz.process_cpp_impl import UINT8 as _UINT8
    from rapidfuzz.process_cpp_impl import cdist as _compiled_cdist
except ImportError:  # pragma: no cover - a rapidfuzz without its compiled part
    _compiled_cdist = None


def _matrix(queries: Sequence[str | bytes], choices: Sequence[str | bytes], cutoff: float) -> _Scores:
    """``process.cdist`` of ``fuzz.ratio`` with *cutoff*, as a ``uint8`` :class:`_Scores`.

    The compiled ``cdist`` gives a matrix with the buffer protocol; numpy, which the public
    ``process.cdist`` only uses to wrap it, is not needed (it costs the bundle 40 MB). Without
    the compiled module the scores come from ``process.extract``, rounded the same way.
    """
    # Threads pay off only on big matrices; starting them costs more than a small one.
    workers = -1 if len(queries) * len(choices) > 2_000_000 else 1
    width = len(choices)
    if not queries or not width:
        return _Scores(bytearray(), width)
    if _compiled_cdist is not None:
        found = _compiled_cdist(queries, choices, scorer=fuzz.ratio, score_cutoff=cutoff, dtype=_UINT8,
                                workers=workers)
        return _Scores(bytearray(memoryview(found).cast("B")), width)
    data = bytearray(len(queries) * width)
    for q, query in enumerate(queries):
        for _, score, c in process.extract(query, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None):
            data[q * width + c] = floor(score + 0.5)
    return _Scores(data, width)
