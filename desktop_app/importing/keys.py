"""The derived columns of a whole import, computed a column at a time.

A new partner's ``name_key``, ``name_sort``, ``name_en_key``, ``web_domain`` and
``search_text`` are what ``desktop_app.domain.partners.apply_derived`` computes for one
partner (``match_key``, ``sort_key``, ``web_domain``, ``partner_search_text``). Here they are
computed for every row of an import at once: each column's values are joined into one
text, and the steps of ``match_key`` (letter forms, NFKD, marks, digits, case) run once
over that text in C (``str.replace``, ``unicodedata.normalize``, precompiled regexes,
``str.casefold``, ``str.translate``) instead of once per value. Every step works character
by character, and the joints (a newline between values, a tab for each space the values
had) are characters no step changes, so the joined text splits back into exactly what each
value gives on its own. Property tests in ``tests/importing/test_import_keys.py`` compare
every column with the domain functions.

:func:`derive_columns` gives the five columns of a list of rows; the plan hands the commit
a :class:`DerivedColumns` (``ImportPlan.derived``), which computes them a chunk at a time as
the commit asks, so the commit derives nothing a row at a time. The planner takes its name
keys from :func:`match_keys`.
"""

from __future__ import annotations

import codecs
import re
import sys
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from desktop_app.domain.countries import country_name
from desktop_app.importing._keys import (
    _BEFORE_CHARS,
    _COMBINING_ASTRAL,
    _COMBINING_BMP,
    _MATCH_PAIRS,
    _SORT_KEY_LENGTH,
    _SORT_RANKS,
    _STORE_CHARS,
    _STORE_PAIRS,
    _ZWNJ,
    _ranges_class,
    _replace_all,
)

if TYPE_CHECKING:
    from desktop_app.importing.cleaning import CleanRow

#: Between the values of a joined column, and in place of each space inside a value. A
#: normalised value holds neither (``normalize_text`` turns all white space into spaces);
#: no step of the folding makes or changes either.
_JOINT, _SPACE = "\n", "\t"
_DIGIT_PAIRS = tuple((d, str(i % 10)) for i, d in enumerate("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩"))
_ANY_DIGIT = re.compile("[۰-۹٠-٩]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
#: What ``match_key`` drops once folded (every character that is not a letter or digit, and
#: "_"), joints kept: a class of BMP characters (a bitmap, fast), and one for the rest.
_NOT_KEY = _ranges_class(cp for cp in range(0x10000)
                         if cp in (0x5F,) or (not chr(cp).isalnum() and cp not in (0x09, 0x0A, 0x200C)))
_NOT_KEY_ASTRAL = _ranges_class(cp for cp in range(0x10000, sys.maxunicode + 1) if not chr(cp).isalnum())
_ASCII_NOT_KEY = re.compile(r"[^0-9a-z\t\n]+")
#: A word with a ZWNJ in it (from the word's start: a match is only tried where one begins).
_ZWNJ_WORD = re.compile("(?<![^\t\n])[^\t\n\u200c]*\u200c[^\t\n]*")


def _folded(values: Sequence[str]) -> str:
    """The values, put in stored form and joined by newlines, folded as ``match_key`` folds
    them up to and including ``casefold``: punctuation and ZWNJ still in, each space a tab."""
    from desktop_app.importing.cleaning import normalize_many

    joined = _JOINT.join(normalize_many(list(values))).replace(" ", _SPACE)
    if joined.isascii():
        return joined.lower()
    text = _replace_all(joined, _MATCH_PAIRS) if _BEFORE_CHARS.search(joined) else joined
    text = unicodedata.normalize("NFKD", text)
    if _COMBINING_BMP.search(text):
        text = _COMBINING_BMP.sub("", text)
    if _ASTRAL.search(text):
        text = _COMBINING_ASTRAL.sub("", text)
    if _STORE_CHARS.search(text):
        text = _replace_all(text, _STORE_PAIRS)
    if _ANY_DIGIT.search(text):
        text = _replace_all(text, _DIGIT_PAIRS)
    return text.casefold()


def _key_text(folded: str) -> str:
    """A :func:`_folded` text without what ``match_key`` drops: the values' keys, words
    apart by tabs, ZWNJ parts by ZWNJ, values by newlines."""
    if folded.isascii():
        return _ASCII_NOT_KEY.sub("", folded)
    text = _NOT_KEY.sub("", folded)
    return _NOT_KEY_ASTRAL.sub("", text) if _ASTRAL.search(text) else text


def key_texts(values: Sequence[str]) -> list[str]:
    """Each value's match keys still joined: words apart by tabs, ZWNJ parts by ZWNJ.

    ``key_texts([v])[0].replace("\\t", "").replace(ZWNJ, "") == match_key(v)``.
    """
    return _key_text(_folded(values)).split(_JOINT) if values else []


def _word_and_parts(match: re.Match[str]) -> str:
    word = match.group()
    return word.replace(_ZWNJ, "") + _SPACE + word.replace(_ZWNJ, _SPACE)


def _lists(folded: str) -> tuple[list[str], list[str]]:
    """:func:`key_lists` of a :func:`_folded` text."""
    text = _key_text(folded)
    if _ZWNJ in text:
        wholes = text.replace(_SPACE, "").replace(_ZWNJ, "")
        text = _ZWNJ_WORD.sub(_word_and_parts, text)
    else:
        wholes = text.replace(_SPACE, "")
    whole_list = wholes.split(_JOINT)
    words = text.replace(_SPACE, " ").split(_JOINT)
    return [w + " " + h for w, h in zip(words, whole_list, strict=True)], whole_list


def key_lists(values: Sequence[str]) -> tuple[list[str], list[str]]:
    """Each value's ``index_words`` keys as one space-separated text (repeats and empty keys
    not yet dropped: each word, each ZWNJ part of it, the whole value last), and each
    value's ``match_key``."""
    return _lists(_folded(values)) if values else ([], [])


def text_keys(values: Sequence[str]) -> list[tuple[str, ...]]:
    """``index_words`` of each value alone, as tuples (before repeats and empty keys are
    dropped)."""
    return [tuple(keys.split(" ")) if keys != " " else () for keys in key_lists(values)[0]]


def match_keys(values: Sequence[str]) -> list[str]:
    """``[match_key(v) for v in values]``, a column at a time."""
    return key_lists(values)[1]


class _ColumnRanks(dict[int, bytes]):
    """``sort_key``'s rank codes as bytes (for ``codecs.charmap_encode``, twice as fast as
    ``str.translate`` here), plus the joints: a value's space (a tab here) and ZWNJ rank as
    a space, the newline between values stays."""

    def __missing__(self, code_point: int) -> bytes:
        code = self[code_point] = _SORT_RANKS[code_point].encode("ascii")
        return code


_SPACE_RANK = _SORT_RANKS[ord(" ")].encode("ascii")
_RANKS = _ColumnRanks({ord(_SPACE): _SPACE_RANK, ord(_ZWNJ): _SPACE_RANK, ord(_JOINT): _JOINT.encode()})


def _sorts(folded: str) -> list[str]:
    """:func:`sort_keys` of a :func:`_folded` text."""
    values = folded.split(_JOINT)
    if max(map(len, values)) > _SORT_KEY_LENGTH:
        folded = _JOINT.join(text[:_SORT_KEY_LENGTH] for text in values)
    return codecs.charmap_encode(folded, "strict", _RANKS)[0].decode("ascii").split(_JOINT)


def sort_keys(values: Sequence[str]) -> list[str]:
    """``[sort_key(v) for v in values]``, a column at a time."""
    return _sorts(_folded(values)) if values else []


class DerivedColumns:
    """The derived partner columns of an import's clean rows, for the commit to write as
    they are.

    :meth:`of` gives a row's five values (named by :attr:`COLUMNS`: the ``partners``
    columns ``apply_derived`` fills, in the order of the commit's ``DERIVED_COLUMNS``) only
    while it is the very row object they are for: a row the commit changes (a merge works on
    a copy) gets ``None``, and its columns must be computed afresh. They are computed a
    chunk of :attr:`CHUNK` rows at a time (:func:`derive_columns`), when the first row of the
    chunk is asked for, and only the last chunk is kept: the search texts of 100,000 rows
    would hold some 80 MB from the preview to the commit.
    """

    COLUMNS: ClassVar[tuple[str, ...]] = ("name_key", "name_sort", "name_en_key", "web_domain", "search_text")
    CHUNK: ClassVar[int] = 5000

    __slots__ = ("_chunk", "_numbers", "_start", "rows")

    def __init__(self, rows: Sequence[CleanRow]) -> None:
        self.rows = rows
        self._numbers: array[int] | None = None  # the rows' file row numbers (they only grow)
        self._start = -1
        self._chunk: tuple[list[str], ...] = ()

    def _position(self, row: CleanRow) -> int | None:
        numbers = self._numbers
        if numbers is None:
            numbers = self._numbers = array("q", (r.row for r in self.rows))
        at = bisect_left(numbers, row.row)
        return at if at < len(numbers) and self.rows[at] is row else None

    def of(self, row: CleanRow) -> tuple[str, str, str, str, str] | None:
        """The derived columns of *row*, or ``None`` if it is not one of :attr:`rows`."""
        at = self._position(row)
        if at is None:
            return None
        start = at - at % self.CHUNK
        if start != self._start:
            self._chunk = derive_columns(self.rows[start:start + self.CHUNK])
            self._start = start
        name_key, name_sort, name_en_key, web_domain, search_text = self._chunk
        at -= start
        return name_key[at], name_sort[at], name_en_key[at], web_domain[at], search_text[at]


def _web_domain(website: str, email: str) -> str:
    from desktop_app.importing.duplicates import _domain

    if website:
        return _domain(website) or (_domain(email) if email else "")
    return _domain(email) if email else ""


def _search_text(*parts: str) -> str:
    """``keys_of``'s text from the :func:`key_lists` of each part: framed, in order, once each."""
    keys = dict.fromkeys(" ".join(parts).split(" "))
    keys.pop("", None)
    return " " + " ".join(keys) + " "


def _keys_per_combination(combos: list[tuple[str, ...]]) -> list[str]:
    """The key list of each row's combination of repeating texts (each combination keyed once)."""
    distinct = list(dict.fromkeys(combos))
    texts = list(dict.fromkeys(text for combo in distinct for text in combo if text))
    keyed = dict(zip(texts, key_lists(texts)[0], strict=True))
    joined = {combo: " ".join(keyed[text] for text in combo if text) for combo in distinct}
    return list(map(joined.__getitem__, combos))


def derive_columns(rows: Sequence[CleanRow]) -> tuple[list[str], list[str], list[str], list[str], list[str]]:
    """The derived columns of every row (named by :attr:`DerivedColumns.COLUMNS`), as five
    lists, a column at a time.

    A row's search text takes its keys in ``partner_search_text``'s order: name, Latin name,
    city, sector, e-mail, phone, domain, tags, the country's Persian and English names.
    City and sector, and tags and country, repeat from row to row: they are keyed once per
    distinct combination.
    """
    if not rows:
        return [], [], [], [], []
    names = _folded([r.name for r in rows])
    name_lists, name_key = _lists(names)
    sorts = _sorts(names)
    del names
    en_lists, en_key = key_lists([r.name_en for r in rows])
    emails = [r.email for r in rows]
    domains = list(map(_web_domain, [r.website for r in rows], emails))
    email_lists = key_lists(emails)[0]
    phone_lists = key_lists([r.phone for r in rows])[0]
    domain_lists = key_lists(domains)[0]
    del emails
    places = _keys_per_combination([(r.city, r.sector) for r in rows])
    names_of = {code: _country_names(code) for code in dict.fromkeys(r.country for r in rows)}
    tails = _keys_per_combination([(*r.tags, *names_of[r.country]) for r in rows])
    search = list(map(_search_text, name_lists, en_lists, places, email_lists, phone_lists, domain_lists, tails))
    return name_key, sorts, en_key, domains, search


def _country_names(code: str) -> tuple[str, str]:
    return country_name(code or None, "fa"), country_name(code or None, "en")
