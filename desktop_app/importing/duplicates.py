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
words such as "پارک علم و فناوری" or "University" are set aside. Blocking keeps 10,000
rows against 100,000 partners to a second or two instead of minutes; the price is that a
name with typos both near its start and near its end is not offered. The same name with
a different or missing country is offered too (key ``name_other_country``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz import fuzz, process

from desktop_app.domain.text import web_domain
from desktop_app.importing._keys import fast_match_key as match_key
from desktop_app.importing.cleaning import CleanRow, Rejection

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
    key = match_key(name)
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
    match = _PLAIN_HOST.match(text)
    host = match.group(1).strip(".") if match else ""
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


@dataclass(slots=True)
class _Keys:
    name: str
    latins: tuple[str, ...]
    domains: tuple[str, ...]
    country: str


def _keys(name: str, name_en: str, country: str, website: str, email: str) -> _Keys:
    first = latin_key(name_en)
    second = latin_key(name) if name != name_en and name.isascii() else ""
    latins = (first, second) if first and second and first != second else (first or second,) if first or second else ()
    return _Keys(name_key(name), latins, record_domains(website, email), country or "")


def _certain_keys(keys: _Keys) -> list[tuple[str, object]]:
    found: list[tuple[str, object]] = [("name", (keys.name, keys.country))] if keys.name else []
    found += [("latin_name", (latin, keys.country)) for latin in keys.latins]
    found += [("domain", domain) for domain in keys.domains]
    return found


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


_HEAD_RE = re.compile("(?:" + "|".join(map(re.escape, _COMMON_HEADS)) + ")")
# Matched against the reversed key: an anchored match is fast, a search for "…$" is not.
_TAIL_REVERSED_RE = re.compile("(?:" + "|".join(re.escape(t[::-1]) for t in _COMMON_TAILS) + ")")


def _blocks(text: str, country: str) -> tuple[tuple[str, str], tuple[str, str]]:
    """The two blocks a key is compared in: its core's first and last characters."""
    core = text
    head = _HEAD_RE.match(core)
    if head and len(core) - head.end() >= _BLOCK_CHARS:
        core = core[head.end() :]
    tail = _TAIL_REVERSED_RE.match(core[::-1])
    if tail and len(core) - tail.end() >= _BLOCK_CHARS:
        core = core[: len(core) - tail.end()]
    return (country, "^" + core[:_BLOCK_CHARS]), (country, "$" + core[-_BLOCK_CHARS:])


def _fuzzy_strings(keys: _Keys) -> tuple[str, ...]:
    strings = [keys.name] if len(keys.name) >= 4 else []
    strings += [k for k in keys.latins if len(k) >= 4 and k != keys.name]
    return tuple(strings)


def plan_import(
    rows: Sequence[CleanRow],
    existing: Sequence[ExistingPartner],
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
    *near_cutoff* ``None`` skips the search for near matches (the slow part).
    """
    if policy not in POLICIES:
        raise ValueError(f"Unknown duplicate policy “{policy}”; expected one of {', '.join(POLICIES)}.")
    index: dict[tuple[str, object], int] = {}
    by_name: dict[str, list[tuple[str, int]]] = defaultdict(list)  # name key → (country, id)
    existing_keys: list[_Keys] = []
    for partner in existing:
        keys = _keys(partner.name, partner.name_en, partner.country, partner.website, partner.email)
        existing_keys.append(keys)
        for certain in _certain_keys(keys):
            index.setdefault(certain, partner.id)
        if keys.name:
            by_name[keys.name].append((keys.country, partner.id))

    file_index: dict[tuple[str, object], int] = {}
    claimed: dict[int, int] = {}  # existing id → first row that updates/skips onto it
    plan = ImportPlan(policy=policy, rejections=list(rejections))
    row_keys: list[_Keys] = []
    for row in rows:
        keys = _keys(row.name, row.name_en, row.country, row.website, row.email)
        row_keys.append(keys)
        certain = list(_certain_keys(keys))
        duplicate: Match | None = None
        for kind, key in certain:
            found = index.get((kind, key))
            if found is not None:
                duplicate = Match(kind, existing_id=found)
                break
        if duplicate is None:
            for kind, key in certain:
                earlier = file_index.get((kind, key))
                if earlier is not None:
                    duplicate = Match(kind, row=earlier)
                    break
        if duplicate is None:
            action = "create"
        elif duplicate.existing_id is None:
            action = "skip"
        elif duplicate.existing_id in claimed:
            duplicate = Match(duplicate.key, duplicate.existing_id, claimed[duplicate.existing_id])
            action = "skip"
        else:
            claimed[duplicate.existing_id] = row.row
            action = policy
        for certain_key in certain:
            file_index.setdefault(certain_key, row.row)
        plan.rows.append(PlannedRow(row, action, duplicate))

    if near_cutoff is not None:
        _add_candidates(plan, row_keys, existing, existing_keys, by_name, near_cutoff, max_candidates)
    return plan


def _add_candidates(
    plan: ImportPlan,
    row_keys: list[_Keys],
    existing: Sequence[ExistingPartner],
    existing_keys: list[_Keys],
    by_name: dict[str, list[tuple[str, int]]],
    cutoff: float,
    limit: int,
) -> None:
    """Attach near matches to rows that have no certain duplicate (blocked fuzzy search)."""
    open_rows = [i for i, planned in enumerate(plan.rows) if planned.duplicate is None]
    if not open_rows:
        return
    # Choices: every existing partner's strings, then every row's (for earlier-row matches).
    choice_text: list[str] = []
    choice_ref: list[tuple[int | None, int | None]] = []  # (existing id, row position)
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)

    row_blocks: dict[int, list[tuple[str, tuple[tuple[str, str], tuple[str, str]]]]] = {}
    for partner, keys in zip(existing, existing_keys, strict=True):
        for text in _fuzzy_strings(keys):
            position = len(choice_text)
            choice_text.append(text)
            choice_ref.append((partner.id, None))
            first, last = _blocks(text, keys.country)
            blocks[first].append(position)
            blocks[last].append(position)
    for row_position, keys in enumerate(row_keys):
        found_blocks = row_blocks[row_position] = []
        for text in _fuzzy_strings(keys):
            position = len(choice_text)
            choice_text.append(text)
            choice_ref.append((None, row_position))
            pair = _blocks(text, keys.country)
            blocks[pair[0]].append(position)
            blocks[pair[1]].append(position)
            found_blocks.append((text, pair))

    queries: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for position in open_rows:
        for text, pair in row_blocks[position]:
            queries[pair[0]].append((position, text))
            queries[pair[1]].append((position, text))

    found: dict[int, dict[tuple[int | None, int | None], float]] = defaultdict(dict)
    for block, asked in queries.items():
        members = blocks.get(block)
        if not members:
            continue
        texts = [choice_text[m] for m in members]
        for (position, _), hits in zip(asked, _block_hits([t for _, t in asked], texts, cutoff),
                                       strict=True):
            for member_index, score in hits:
                ref = choice_ref[members[member_index]]
                if ref[1] is not None and ref[1] >= position:
                    continue  # only earlier rows, and never the row itself
                best = found[position]
                if score > best.get(ref, 0.0):
                    best[ref] = score

    # The same name in another (or no) country: offered with score 100.
    for position in open_rows:
        keys = row_keys[position]
        for country, partner_id in by_name.get(keys.name, ()) if keys.name else ():
            if country != keys.country:
                found[position].setdefault((partner_id, None), -100.0)

    for position, hits in found.items():
        planned = plan.rows[position]
        ranked = sorted(hits.items(), key=lambda item: -abs(item[1]))[:limit]
        planned.candidates = tuple(
            Match(
                "name_other_country" if score < 0 else "similar_name",
                existing_id=ref[0],
                row=plan.rows[ref[1]].partner.row if ref[1] is not None else None,
                score=abs(score),
            )
            for ref, score in ranked
        )


#: Blocks with more members than this are compared length band by length band.
SPLIT_BLOCKS_OVER = 5_000


def _length_band(length: int, cutoff: float) -> tuple[int, int]:
    """The lengths a string of *length* must have to score *cutoff* or more with it.

    ``fuzz.ratio`` is ``100 * (1 - indel / (la + lb))`` and ``indel >= |la - lb|``, so a
    score of at least *cutoff* needs ``|la - lb| <= k * (la + lb)`` with
    ``k = 1 - cutoff / 100``: ``lb`` within ``la * (1 - k) / (1 + k)`` ‥ ``la * (1 + k) / (1 - k)``
    (±1 for rounding; a band too wide only costs time).
    """
    k = max(0.0, 1.0 - cutoff / 100.0)
    if k >= 1.0:
        return 0, 1 << 30
    return max(0, int(length * (1 - k) / (1 + k)) - 1), int(length * (1 + k) / (1 - k)) + 1


def _block_hits(queries: list[str], choices: list[str], cutoff: float) -> list[list[tuple[int, float]]]:
    """:func:`_similar` over one block, in chunks of 2,000 queries.

    A block of more than :data:`SPLIT_BLOCKS_OVER` choices is split by query length: the
    queries of one length meet only the choices whose length lets them reach *cutoff*
    (:func:`_length_band`). Each query's hits come back in choice order either way, so the
    result is the same as comparing the whole block.
    """
    out: list[list[tuple[int, float]]] = []
    if len(choices) <= SPLIT_BLOCKS_OVER or cutoff <= 0:
        for start in range(0, len(queries), 2000):
            out += _similar(queries[start : start + 2000], choices, cutoff)
        return out
    out = [[] for _ in queries]
    by_length = sorted(range(len(choices)), key=lambda c: len(choices[c]))
    lengths = [len(choices[c]) for c in by_length]
    groups: dict[int, list[int]] = defaultdict(list)
    for q, text in enumerate(queries):
        groups[len(text)].append(q)
    for length, asked in groups.items():
        low, high = _length_band(length, cutoff)
        selected = sorted(by_length[bisect_left(lengths, low) : bisect_right(lengths, high)])
        if not selected:
            continue
        texts = [choices[c] for c in selected]
        for start in range(0, len(asked), 2000):
            chunk = asked[start : start + 2000]
            for q, hits in zip(chunk, _similar([queries[q] for q in chunk], texts, cutoff), strict=True):
                out[q] = [(selected[c], score) for c, score in hits]
    return out


def _similar(queries: list[str], choices: list[str], cutoff: float) -> list[list[tuple[int, float]]]:
    """For each query, the (choice index, score) pairs scoring at least *cutoff*."""
    try:
        import numpy as np
    except ImportError:  # rapidfuzz's cdist needs numpy; extract does not
        return [
            [(i, score) for _, score, i in process.extract(q, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)]
            for q in queries
        ]
    # Threads pay off only on big blocks; starting them costs more than a small block.
    workers = -1 if len(queries) * len(choices) > 2_000_000 else 1
    matrix = process.cdist(
        queries, choices, scorer=fuzz.ratio, score_cutoff=cutoff, dtype=np.uint8, workers=workers
    )
    out: list[list[tuple[int, float]]] = [[] for _ in queries]
    rows_idx, cols_idx = np.nonzero(matrix)
    for q, c in zip(rows_idx.tolist(), cols_idx.tolist(), strict=True):
        out[q].append((c, float(matrix[q, c])))
    return out
