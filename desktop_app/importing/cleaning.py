"""Turning mapped rows into clean partner records, or into rejections the user can fix.

Every value goes through ``normalize_text`` (Persian letter forms, tidy spaces); phones get
ASCII digits and, where it can be known, the digits a spreadsheet lost (see
:func:`recover_phone`); the country becomes an ISO alpha-2 code; the kind becomes one of
:data:`~desktop_app.importing.mapping.KINDS` (inferred from the name when the kind column is
blank; an unknown kind becomes ``other`` with a warning, not a rejection).

A row is rejected — with the file's row number, the original header and a plain sentence —
when it has no name, an unknown country, or a malformed e-mail or web address. One
:class:`Rejection` is made per problem, so a row with two problems appears twice. Entirely
blank rows are skipped silently. Columns left out of the mapping go into the notes as
``header: value`` lines; columns mapped to ``ignore`` are dropped.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import compress, islice
from operator import itemgetter
from typing import TypeVar

from desktop_app.domain.countries import resolve_country
from desktop_app.domain.text import (
    import_row_problems,
    is_valid_email,
    is_valid_website,
    normalize_phone,
    normalize_website,
    to_ascii_digits,
)
from desktop_app.importing._keys import (
    _STORE_CHARS,
    _STORE_PAIRS,
    _UNTIDY_SPACE,
    _ZWNJ,
    _replace_all,
)
from desktop_app.importing._keys import fast_match_key as match_key
from desktop_app.importing._keys import fast_normalize_text as normalize_text
from desktop_app.importing.errors import MappingError
from desktop_app.importing.mapping import FIELDS, IGNORE, KINDS
from desktop_app.importing.table import RawTable, gc_paused


@dataclass(slots=True)
class CleanRow:
    """One partner as it will be stored, with the file row it came from.

    ``country`` is an ISO alpha-2 code or ``""``; ``tags`` a tuple of tag names;
    ``warnings`` plain sentences about things changed or guessed (never blocking).
    """

    row: int
    name: str
    name_en: str = ""
    kind: str = "other"
    sector: str = ""
    country: str = ""
    city: str = ""
    address: str = ""
    website: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""
    tags: tuple[str, ...] = ()
    contact_name: str = ""
    contact_role: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    warnings: tuple[str, ...] = ()

    def values(self) -> dict[str, object]:
        """The partner fields (not row or warnings) as a dict."""
        return {name: getattr(self, name) for name in FIELDS}

    @property
    def has_contact(self) -> bool:
        """True when the row names or reaches a contact person."""
        return bool(self.contact_name or self.contact_email or self.contact_phone)


@dataclass(frozen=True, slots=True)
class Rejection:
    """Why one row of the file was not imported.

    ``row`` is the 1-based row number the user sees in Excel, ``column`` the original
    header, ``reason`` a plain sentence, ``code`` a stable word for the kind of problem
    (``missing_name``, ``unknown_country``, ``bad_email``, ``bad_website``) and
    ``values`` the row's original cells, for the rejections file.
    """

    row: int
    column: str
    reason: str
    code: str
    values: tuple[str, ...] = field(default=(), repr=False)


# Ordered: the more specific words first ("شرکت دانش‌بنیان" before "شرکت").
_KIND_WORDS: tuple[tuple[str, str], ...] = (
    ("knowledge_based", "knowledge_based"), ("دانش بنیان", "knowledge_based"),
    ("knowledge based", "knowledge_based"), ("knowledge-based", "knowledge_based"),
    ("research_institute", "research_institute"), ("trade_town", "trade_town"),
    ("پارک علم و فناوری", "park"), ("پارک فناوری", "park"), ("پارک علمی", "park"),
    ("science park", "park"), ("technology park", "park"), ("technopark", "park"),
    ("technopolis", "park"), ("tech park", "park"), ("research park", "park"),
    ("science and technology park", "park"), ("teknopark", "park"),
    ("شهرک تجاری", "trade_town"), ("trade town", "trade_town"), ("tradetown", "trade_town"),
    ("پژوهشگاه", "research_institute"), ("پژوهشکده", "research_institute"),
    ("موسسه تحقیقاتی", "research_institute"), ("موسسه پژوهشی", "research_institute"),
    ("مرکز تحقیقات", "research_institute"), ("مرکز پژوهش", "research_institute"),
    ("research institute", "research_institute"), ("research center", "research_institute"),
    ("research centre", "research_institute"), ("laboratory", "research_institute"),
    ("academy of sciences", "research_institute"),
    ("دانشگاه", "university"), ("university", "university"), ("universite", "university"),
    ("universitat", "university"), ("universidad", "university"), ("college", "university"),
    ("دانشکده", "university"), ("polytechnic", "university"), ("institute of technology", "university"),
    ("پالایشگاه", "industrial"), ("پتروشیمی", "industrial"), ("صنعتی", "industrial"),
    ("صنایع", "industrial"), ("کارخانه", "industrial"), ("فولاد", "industrial"),
    ("refinery", "industrial"), ("petrochemical", "industrial"), ("industrial", "industrial"),
    ("industries", "industrial"), ("manufactur", "industrial"), ("factory", "industrial"),
    ("خوشه", "cluster"), ("cluster", "cluster"),
    ("هلدینگ", "holding"), ("holding", "holding"),
    ("وزارت", "government"), ("سازمان", "government"), ("استانداری", "government"),
    ("شهرداری", "government"), ("سفارت", "government"), ("معاونت", "government"),
    ("ریاست جمهوری", "government"), ("ministry", "government"), ("government", "government"),
    ("governmental", "government"), ("embassy", "government"), ("municipality", "government"),
    ("agency", "government"), ("دولتی", "government"),
    ("انجمن", "association"), ("اتحادیه", "association"), ("اتاق بازرگانی", "association"),
    ("association", "association"), ("chamber", "association"), ("federation", "association"),
    ("union", "association"), ("society", "association"), ("ngo", "association"),
    ("شرکت", "company"), ("company", "company"), ("استارتاپ", "company"), ("startup", "company"),
    ("فناور", "company"), ("corporation", "company"), ("enterprise", "company"),
    ("ltd", "company"), ("gmbh", "company"), ("inc", "company"), ("llc", "company"),
    ("firm", "company"), ("business", "company"), ("private", "company"),
    ("پارک", "park"), ("park", "park"),
    ("سایر", "other"), ("دیگر", "other"), ("other", "other"), ("others", "other"),
)
_KIND_KEYS: tuple[tuple[str, str], ...] = tuple((match_key(w), k) for w, k in _KIND_WORDS)
_EXACT_KINDS = {match_key(k): k for k in KINDS} | {match_key(w): k for w, k in _KIND_WORDS}
_LATIN_KIND_KEYS = tuple((w, k) for w, k in _KIND_KEYS if w.isascii())
_PERSIAN_KIND_KEYS = tuple((w, k) for w, k in _KIND_KEYS if not w.isascii())
_LATIN_LETTER = re.compile("[a-z]")


def kind_of(text: str) -> str | None:
    """The kind named by *text* ("شرکت دانش‌بنیان" → ``knowledge_based``), or ``None``."""
    key = match_key(text)
    if not key:
        return None
    exact = _EXACT_KINDS.get(key)
    if exact:
        return exact
    # The first word of the list that the key contains; a Latin word can only be in a key
    # with Latin letters, a Persian one only in a key that is not all ASCII.
    if key.isascii():
        words = _LATIN_KIND_KEYS
    elif _LATIN_LETTER.search(key):
        words = _KIND_KEYS
    else:
        words = _PERSIAN_KIND_KEYS
    for word, kind in words:
        if word in key:
            return kind
    return None


def _kind_from_name(name: str, name_en: str) -> str:
    """Guess the kind from the name when the file says nothing (``other`` if no clue)."""
    for text in (name, name_en):
        if text:
            kind = kind_of(text)
            if kind and kind != "other":
                return kind
    return "other"


_PHONE_FLOAT = re.compile(r"^(\+?\d+)\.0+$")
_PHONE_SCIENTIFIC = re.compile(r"^(\d)(?:\.(\d+))?[eE]\+?(\d{1,2})$")
_DIGITS_ONLY = re.compile(r"^\d+$")
_IR_LANDLINE_OR_MOBILE = re.compile(r"^[1-9]\d{9}$")
_IR_INTERNATIONAL = re.compile(r"^98[1-9]\d{9}$")


def recover_phone(text: str, country: str = "") -> tuple[str, bool]:
    """Give back the digits people typed for a phone a spreadsheet stored as a number.

    Returns ``(phone, lossy)``. ``"9123456789.0"`` → ``"09123456789"`` (an int-valued
    float loses its ".0"; an Iranian number of 10 digits, which can only be a number whose
    leading 0 was dropped, gets it back); ``"989123456789"`` → ``"+989123456789"``. The
    leading-zero and plus repairs are made only when the partner is in Iran or its country is
    not given. A number shown in scientific notation with fewer digits than it had
    (``"9.12346E+09"``) cannot be recovered: it is returned unchanged with ``lossy`` true.
    """
    value = text.strip()
    float_match = _PHONE_FLOAT.match(value)
    if float_match:
        value = float_match.group(1)
    else:
        scientific = _PHONE_SCIENTIFIC.match(value)
        if scientific:
            whole, fraction, exponent = scientific.group(1), scientific.group(2) or "", int(scientific.group(3))
            if len(fraction) < exponent:  # the display format cut digits off
                return text, True
            if len(fraction) == exponent:
                value = whole + fraction
    if country in ("", "IR") and _DIGITS_ONLY.match(value):
        if _IR_LANDLINE_OR_MOBILE.match(value):
            return "0" + value, False
        if _IR_INTERNATIONAL.match(value):
            return "+" + value, False
    return value, False


_LIST_SPLIT = re.compile(r"[;,،؛|\s/]+")
_TAG_SPLIT = re.compile(r"[;,،؛|\n]+")


def _split_emails(text: str) -> list[str]:
    text = to_ascii_digits(text).strip().strip("<>")
    if text[:7].lower() == "mailto:":
        text = text[7:]
    return [part.strip("<>.") for part in _LIST_SPLIT.split(text) if part.strip("<>.")]


# ----------------------------------------------------------------------------- fast paths
# Each gives exactly what the general code gives, for the tidy values that make up nearly
# all of a real list; property tests in tests/importing compare them on arbitrary text.

#: Joins a column's values so that the first steps of normalising (NFC, letter forms) and
#: the search for values that need more are done once for the column. A NUL is never
#: changed by those steps and never composes with a neighbour under NFC, so the joined text
#: splits back into the values as each would have come out on its own.
_SEPARATOR = "\x00"
# Where a value needs more than NFC and letter forms (collapsing spaces, tidying ZWNJ,
# stripping its ends), one of these is in the joined text, at the value's own characters.
# The match position tells which value: the pair's first character, or (after a NUL) its second.
_UNTIDY_PAIRS = (
    ("  ", 0), (" " + _SEPARATOR, 0), (_SEPARATOR + " ", 1),
    (" " + _ZWNJ, 0), (_ZWNJ + " ", 0), (_ZWNJ + _ZWNJ, 0), (_ZWNJ + _SEPARATOR, 0), (_SEPARATOR + _ZWNJ, 1),
)


def _untidy_positions(text: str) -> list[int]:
    """Positions in the NUL-joined *text* (NFC, Persian letter forms) inside the values that
    ``normalize_text`` would still change; an empty list when there are none."""
    positions: list[int] = []
    if text[:1] in (" ", _ZWNJ):
        positions.append(0)
    if text[-1:] in (" ", _ZWNJ):
        positions.append(len(text) - 1)
    for pair, offset in _UNTIDY_PAIRS:
        found = text.find(pair)
        while found >= 0:
            positions.append(found + offset)
            found = text.find(pair, found + 1)
    # Every white-space character but the plain space, and every odd space normalize_text
    # folds, is non-printable (so are NUL and ZWNJ, which are looked at above).
    if not text.replace(_SEPARATOR, "").replace(_ZWNJ, "").isprintable():
        positions.extend(match.start() for match in _UNTIDY_SPACE.finditer(text))
    return positions


def _value_indexes(text: str, positions: list[int]) -> set[int]:
    """Which of the NUL-joined values of *text* the *positions* fall in."""
    indexes: set[int] = set()
    index = previous = 0
    for position in sorted(positions):
        index += text.count(_SEPARATOR, previous, position)
        previous = position
        indexes.add(index)
    return indexes


def normalize_many(values: list[str]) -> list[str]:
    """``[normalize_text(v) for v in values]``, with most of the work done once for them all.

    A value that normalising leaves alone comes back as the same object.
    """
    if not values:
        return []
    joined = _SEPARATOR.join(values)
    if joined.count(_SEPARATOR) != len(values) - 1:  # a value holds a NUL itself
        return [normalize_text(value) for value in values]
    if joined.isascii() or unicodedata.is_normalized("NFC", joined):
        # Few values with Arabic letter forms (a UTF-8 file): those, and the values that
        # need their spaces or ZWNJ tidied, are normalised one by one; the rest stay.
        limit = len(values) // 8 + 16
        hits = [] if joined.isascii() else list(islice(map(re.Match.start, _STORE_CHARS.finditer(joined)), limit))
        if len(hits) < limit:
            flagged = hits + _untidy_positions(joined)
            if not flagged:
                return values
            result = list(values)
            for index in _value_indexes(joined, flagged):
                result[index] = normalize_text(values[index])
            return result
    # Many values change (a cp1256 file's letter forms, decomposed text): the joined text
    # is changed at once and split again.
    text = unicodedata.normalize("NFC", joined)
    if _STORE_CHARS.search(text):
        text = _replace_all(text, _STORE_PAIRS)
    parts = text.split(_SEPARATOR)
    result = [value if value == part else part for value, part in zip(values, parts, strict=True)]
    for index in _value_indexes(text, _untidy_positions(text)):
        result[index] = normalize_text(values[index])
    return result


def normalize_column(cells: Sequence[str]) -> list[str]:
    """``normalize_text`` of every cell; a value that repeats is normalised (and kept) once."""
    sample = cells[:2000]
    if len(set(sample)) > 0.97 * len(sample):  # nearly all different (names, e-mails): no point
        return normalize_many(list(cells))
    distinct = list(dict.fromkeys(cells))
    normalized = normalize_many(distinct)
    if normalized is distinct:
        return list(cells)
    return list(map(dict(zip(distinct, normalized, strict=True)).__getitem__, cells))


_Result = TypeVar("_Result")


def _mapped(function: Callable[[str], _Result], values: Sequence[str]) -> list[_Result]:
    """``[function(v) for v in values]``, each distinct value computed once."""
    results = {value: function(value) for value in dict.fromkeys(values)}
    return list(map(results.__getitem__, values))


# An address of the usual shape: dot-separated words before the @, a dotted host after it.
# Everything it matches is a valid address that _split_emails leaves whole.
_TIDY_EMAIL = re.compile(
    r"[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*"
    r"@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+"
)


def email_addresses(text: str) -> list[str] | None:
    """The addresses in an e-mail cell, or ``None`` when there are none or one is not valid."""
    if _TIDY_EMAIL.fullmatch(text):
        return [text]
    addresses = _split_emails(text)
    if not addresses or not all(is_valid_email(a) for a in addresses):
        return None
    return addresses


def _email_cell(text: str) -> str | list[str] | bool:
    """The one address of a tidy e-mail cell, else :func:`email_addresses` (``False`` for
    a cell that is not valid)."""
    if _TIDY_EMAIL.fullmatch(text):
        return text
    return email_addresses(text) or False


# A lower-case web address of the usual shape (scheme, host, a slash at most) whose labels
# and top-level domain are each as the domain's host check wants them: it is its own stored
# form, its host is what web_domain finds, and that host (less one "www.") is valid when it
# still has a dot and is not too long.
_TIDY_WEBSITE = re.compile(r"(?:https?://)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})/?")


def website_of(text: str) -> tuple[str, bool]:
    """``(normalize_website(text), is_valid_website(that))`` for a web-address cell."""
    tidy = _TIDY_WEBSITE.fullmatch(text)
    if tidy:
        host = tidy.group(1)
        if host[:4] == "www.":
            host = host[4:]
        return text, "." in host and len(host) <= 253
    website = normalize_website(text)
    return website, is_valid_website(website)


# Digits with single spaces, dashes, slashes, brackets and plus signs between them: a phone
# that recover_phone and normalize_phone both leave as it is.
_TIDY_PHONE = re.compile(r"[0-9+()](?:[0-9+()/-]| (?! ))*[0-9+()]")


def phone_of(text: str, country: str) -> tuple[str, bool]:
    """``(normalize_phone(p), lossy)`` for ``p, lossy = recover_phone(to_ascii_digits(text), country)``."""
    if text.isascii():
        if text.isdigit():
            if country in ("", "IR"):
                if len(text) == 10 and text[0] != "0":
                    return "0" + text, False
                if len(text) == 12 and text[:2] == "98" and text[2] != "0":
                    return "+" + text, False
            return text, False
        if _TIDY_PHONE.fullmatch(text):
            return text, False
    recovered, lossy = recover_phone(to_ascii_digits(text), country)
    return normalize_phone(recovered), lossy


# ----------------------------------------------------------------------------- cleaning
_TRANSPOSE_ROWS = 512
_NO_PHONE = ("", False)
_JOINERS = {"phone": " / ", "notes": "\n", "tags": ", ", "address": " "}


def clean_rows(
    table: RawTable, mapping: dict[int, str]
) -> tuple[list[CleanRow], list[Rejection]]:
    """Clean every data row of *table* under *mapping* (column index → field or ``ignore``).

    Returns the clean rows in file order and the rejections (see the module docstring).
    Raises :class:`MappingError` when no column is mapped to ``name`` or ``name_en`` (a row
    with only a Latin name takes it as its name too).

    The work is done a column at a time (each distinct value of a column normalised,
    resolved or validated once), then the rows are put together.
    """
    for index, target in mapping.items():
        if target != IGNORE and target not in FIELDS:
            raise MappingError(f"“{target}” is not a partner field.")
        if not 0 <= index < len(table.headers):
            raise MappingError(f"Column {index + 1} is not in the file.")
    if not any(target in ("name", "name_en") for target in mapping.values()):
        raise MappingError("No column is mapped to the organisation's name.")
    with gc_paused():
        return _refuse_unstorable(table, mapping, *_clean(table, mapping))


def _refuse_unstorable(
    table: RawTable, mapping: dict[int, str], clean: list[CleanRow], rejections: list[Rejection]
) -> tuple[list[CleanRow], list[Rejection]]:
    """Rows with a NUL character or a value longer than its column become rejections (the
    same on SQLite and PostgreSQL; see ``desktop_app.domain.text.import_row_problems``)."""
    problems = import_row_problems(clean)
    if not problems:
        return clean, rejections
    index_of = {number: i for i, number in enumerate(table.row_numbers)}
    header = {target: table.headers[i] for i, target in sorted(mapping.items(), reverse=True)}
    for position, found in problems.items():
        row = clean[position].row
        original = tuple(table.rows[index_of[row]])  # every clean row is a row of the table
        for target, code, reason in found:
            rejections.append(Rejection(row, header.get(target, target), reason, code, original))
    rejections.sort(key=lambda r: r.row)
    return [row for i, row in enumerate(clean) if i not in problems], rejections


def _columns(rows: list[list[str]], width: int) -> list[Sequence[str]]:
    """The first *width* columns of *rows*.

    Transposed a few hundred rows at a time: zipping all 100,000 rows at once walks them
    in an order that misses the CPU cache on nearly every cell (three times slower).
    """
    columns: list[list[str]] = [[] for _ in range(width)]
    for start in range(0, len(rows), _TRANSPOSE_ROWS):
        for column, piece in zip(columns, zip(*rows[start : start + _TRANSPOSE_ROWS], strict=False), strict=False):
            column.extend(piece)
    if any(len(column) != len(rows) for column in columns):  # a row shorter than the headers
        return [list(map(itemgetter(index), rows)) for index in range(width)]  # IndexError, as ever
    return columns  # type: ignore[return-value]


def _tags(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t.strip() for t in _TAG_SPLIT.split(text) if t.strip())) if text else ()


def _other_addresses(label: str, cells: list[object]) -> list[str]:
    """The note line for the addresses after the first, per row ("" when there are none)."""
    return [label + ", ".join(cell[1:]) if type(cell) is list and len(cell) > 1 else "" for cell in cells]


def _first_addresses(cells: list[object]) -> list[str]:
    """The address kept per row: the cell's one address, or the first of several."""
    return [cell if type(cell) is str else cell[0] if cell else "" for cell in cells]  # type: ignore[index]


def _clean(table: RawTable, mapping: dict[int, str]) -> tuple[list[CleanRow], list[Rejection]]:
    headers = table.headers
    rows = table.rows
    height = len(rows)
    raw = _columns(rows, len(headers))
    normalized_columns: dict[int, list[str]] = {}

    def normalized(index: int) -> list[str]:
        # THE one place every mapped or unmapped cell passes, column by column, before
        # anything else reads it: a per-cell guard (bidi-control stripping, NUL or length
        # refusal) goes here, as one call on raw[index] before normalize_column.
        if index not in normalized_columns:
            normalized_columns[index] = normalize_column(raw[index])
        return normalized_columns[index]

    indexes_of: dict[str, list[int]] = {}
    for index in sorted(mapping):
        if mapping[index] != IGNORE:
            indexes_of.setdefault(mapping[index], []).append(index)
    column_of = {target: headers[indexes[0]] for target, indexes in indexes_of.items()}

    # values[target][r]: the row's normalised value ("" when blank); present[target][r] is
    # truthy when the row gives the field at all (a cell that normalises to "" still counts).
    values: dict[str, list[str]] = {}
    present: dict[str, Sequence[object]] = {}
    parts_of: dict[str, list[list[str]]] = {}
    for target, indexes in indexes_of.items():
        if len(indexes) == 1:
            values[target] = normalized(indexes[0])
            present[target] = raw[indexes[0]]  # the cells themselves: given when not empty
        else:
            parts = [[p for p in cells if p] for cells in zip(*map(normalized, indexes), strict=True)]
            joiner = _JOINERS.get(target, " ")
            values[target] = [joiner.join(p) for p in parts]
            present[target] = parts_of[target] = parts
    no_extra: tuple[str, ...] = ()
    extra: list[tuple[str, ...]] = [no_extra] * height
    unmapped = [i for i in range(len(headers)) if i not in mapping]
    if unmapped:
        labelled = []
        for i in unmapped:
            label = normalize_text(headers[i]) + ": "
            labelled.append([label + text if text else "" for text in normalized(i)])
        extra = [tuple(filter(None, texts)) if any(texts) else no_extra for texts in zip(*labelled, strict=True)]
    keep = list(map(any, zip(extra, *present.values(), strict=True)))  # a row with nothing in it is skipped
    raw.clear()  # the columns are not needed past this point
    normalized_columns.clear()

    blank = [""] * height

    def column(target: str) -> list[str]:
        return values.get(target, blank)

    def checked(target: str, check: Callable[[str], object]) -> list[object]:
        """check(value) for the rows that give *target*, ``None`` for those that do not."""
        if target not in values:
            return [None] * height
        return [check(text) if given else None for text, given in zip(values[target], present[target], strict=True)]

    name_en = column("name_en")
    name = [own or latin for own, latin in zip(column("name"), name_en, strict=True)]
    country_text = column("country")
    country = _mapped(lambda text: resolve_country(text) or "" if text else "", country_text)
    # None: no address given; False: not valid (a rejection); else the address (or addresses).
    emails = checked("email", _email_cell)
    contact_emails = checked("contact_email", _email_cell)
    websites = checked("website", website_of)  # None, or (stored form, valid)
    present.clear()  # (it holds the file's raw columns)

    bad = [
        not row_name or (text and not code) or email is False or contact is False or (site is not None and not site[1])
        for row_name, text, code, email, contact, site in zip(
            name, country_text, country, emails, contact_emails, websites, strict=True
        )
    ]
    rejections: list[Rejection] = []
    for r in compress(range(height), map(operator.and_, keep, bad)):
        problems: list[tuple[str, str, str]] = []
        if not name[r]:
            problems.append(("name", "missing_name", "The row has no organisation name."))
        if country_text[r] and not country[r]:
            problems.append(("country", "unknown_country", f"The country “{country_text[r]}” is not recognised."))
        for target, cells in (("email", emails), ("contact_email", contact_emails)):
            if cells[r] is False:
                problems.append((target, "bad_email", f"“{values[target][r]}” is not a valid e-mail address."))
        site = websites[r]
        if site is not None and not site[1]:  # type: ignore[index]
            problems.append(("website", "bad_website", f"“{values['website'][r]}” is not a valid web address."))
        original = tuple(rows[r])
        for target, problem, reason in problems:
            rejections.append(Rejection(table.row_numbers[r], column_of.get(target, target), reason, problem, original))

    ok = [given and not rejected for given, rejected in zip(keep, bad, strict=True)]
    kind_text = column("kind")
    kind_code = _mapped(lambda text: kind_of(text) or "" if text else "", kind_text)
    kind = [
        (code or "other") if text else _kind_from_name(row_name, latin) if given else ""
        for code, text, row_name, latin, given in zip(kind_code, kind_text, name, name_en, ok, strict=True)
    ]
    warnings: list[tuple[str, ...]] = [
        (f"The kind “{text}” is not known; the partner is marked “other”.",) if text and not code else ()
        for code, text in zip(kind_code, kind_text, strict=True)
    ]
    phones: list[list[str]] = []
    for target in ("phone", "contact_phone"):
        if target not in values:
            phones.append(blank)
            continue
        lossy_warning = (
            f"The {target.replace('_', ' ')} “{{}}” was stored by Excel in scientific notation; some digits may be lost."
        )
        if target in parts_of:  # several columns: each part recovered, then joined
            out = []
            for r, (texts, code, given) in enumerate(zip(parts_of[target], country, ok, strict=True)):
                found = [phone_of(text, code) for text in texts] if given else []
                warnings[r] += tuple(lossy_warning.format(text) for text, (_, lossy) in zip(texts, found, strict=False) if lossy)
                out.append(" / ".join(phone for phone, _ in found if phone))
            phones.append(out)
            continue
        # One column (a value that normalised to "" gives the phone "").
        found = [phone_of(text, code) if text and given else _NO_PHONE
                 for text, code, given in zip(values[target], country, ok, strict=True)]
        phones.append(list(map(itemgetter(0), found)))
        if any(map(itemgetter(1), found)):
            for r in compress(range(height), map(itemgetter(1), found)):
                warnings[r] += (lossy_warning.format(values[target][r]),)

    other_emails = _other_addresses("Other e-mails: ", emails)
    other_contact_emails = _other_addresses("Other contact e-mails: ", contact_emails)
    notes = [
        "\n".join(filter(None, (own, other, contact, *more))) if other or contact or more else own
        for own, other, contact, more in zip(column("notes"), other_emails, other_contact_emails, extra, strict=True)
    ]
    # In CleanRow's field order (it is made positionally, a row at a time, by map).
    fields = (
        table.row_numbers, name, name_en, kind, column("sector"), country, column("city"), column("address"),
        [site[0] if site is not None else "" for site in websites],  # type: ignore[index]
        _first_addresses(emails),
        phones[0], notes, _mapped(_tags, column("tags")), column("contact_name"), column("contact_role"),
        _first_addresses(contact_emails),
        phones[1], warnings,
    )
    if all(ok):
        clean = list(map(CleanRow, *fields))
    else:
        clean = list(map(CleanRow, *(compress(field, ok) for field in fields)))
    return clean, rejections
