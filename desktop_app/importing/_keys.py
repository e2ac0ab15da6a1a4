"""Fast equivalents of :func:`desktop_app.domain.text.match_key` and friends for bulk work.

``match_key`` spends most of its time stripping combining marks one character at a time in
Python; an import computes it for hundreds of thousands of names. :func:`fast_match_key`
gives the *same* result (a property test in ``tests/importing`` checks it against
``match_key`` on arbitrary text) using ``str.translate`` tables built once, and a plain
ASCII shortcut. :func:`fast_normalize_text` does the same for ``normalize_text`` (ASCII
values that are already tidy come back unchanged without the regex work).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable, Mapping

from desktop_app.domain.text import (
    _MATCH_LETTERS,
    _STORE_TABLE,
    _TO_ASCII_DIGITS,
    SORT_KEY_LENGTH,
    ZWNJ,
    normalize_text,
)

# The tables are the domain module's own, so a letter form added there is folded here too.
_ZWNJ = ZWNJ
_DIGITS = re.compile("[۰-۹٠-٩]")


def _ranges_class(code_points: Iterable[int]) -> re.Pattern[str]:
    """A regex character class for *code_points* (ascending), written as ranges (fast to
    search). They are taken as a stream: a class over the astral planes would otherwise
    hold a million ints in a list (some 30 MB, at every start of the program)."""
    parts: list[str] = []

    def close(first: int, last: int) -> None:
        parts.append(re.escape(chr(first)) + ("-" + re.escape(chr(last)) if last != first else ""))

    run_start = previous = -2
    for cp in code_points:
        if cp != previous + 1:
            if previous >= 0:
                close(run_start, previous)
            run_start = cp
        previous = cp
    close(run_start, previous)
    return re.compile("[" + "".join(parts) + "]+")


def _pairs(table: Mapping[int, object]) -> tuple[tuple[str, str], ...]:
    return tuple(
        (chr(cp), "" if out is None else out if isinstance(out, str) else chr(out))  # type: ignore[arg-type]
        for cp, out in table.items()
    )


# str.translate walks non-ASCII strings slowly; most names need no change at all, so the
# letters are found with one regex search and replaced with str.replace only when present.
_STORE_PAIRS = _pairs(_STORE_TABLE)
_MATCH_PAIRS = _pairs(_MATCH_LETTERS)
_STORE_CHARS = _ranges_class(sorted(_STORE_TABLE))
_BEFORE_CHARS = _ranges_class(sorted({*_STORE_TABLE, *_MATCH_LETTERS}))
# Split at the BMP: a class of BMP characters compiles to a bitmap (fast); one reaching
# beyond it becomes a list of ranges searched one by one (slow).
_COMBINING_BMP = _ranges_class(cp for cp in range(0x10000) if unicodedata.combining(chr(cp)))
_COMBINING_ASTRAL = _ranges_class(
    cp for cp in range(0x10000, sys.maxunicode + 1) if unicodedata.combining(chr(cp))
)
_NON_WORD = re.compile(r"[^\w]+")
_ASCII_NON_WORD = re.compile(r"[^0-9A-Za-z]+")


def _replace_all(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    for old, new in pairs:
        if old in text:
            text = text.replace(old, new)
    return text


def fast_match_key(value: str | None) -> str:
    """The same key as ``match_key(value)``, several times faster on bulk data."""
    if not value:
        return ""
    if value.isascii():
        return _ASCII_NON_WORD.sub("", value).lower()
    text = unicodedata.normalize("NFC", value)
    if _BEFORE_CHARS.search(text):
        text = _replace_all(_replace_all(text, _STORE_PAIRS), _MATCH_PAIRS)
    text = unicodedata.normalize("NFKD", text)
    if _COMBINING_BMP.search(text):
        text = _COMBINING_BMP.sub("", text)
    if text and max(text) > "\uffff":
        text = _COMBINING_ASTRAL.sub("", text)
    if _STORE_CHARS.search(text):
        text = _replace_all(text, _STORE_PAIRS)
    if _DIGITS.search(text):
        text = text.translate(_TO_ASCII_DIGITS)
    text = "".join(text.casefold().replace(_ZWNJ, "").split())
    if not text.isalnum():
        text = _NON_WORD.sub("", text)
    return text.replace("_", "")


_UNTIDY_SPACE = re.compile(r"[^\S ]|  |[\u00a0\u2000-\u200b\u202f\u205f\u3000]")
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_ZWNJ_RUN = re.compile(r"\s*\u200c[\s\u200c]*")


def _zwnj_run(match: re.Match[str]) -> str:
    return " " if " " in match.group(0) else _ZWNJ


def fast_normalize_text(value: str | None) -> str:
    """The same text as ``normalize_text(value)``, without regex work a value does not need."""
    if not value:
        return ""
    if value.isascii():
        if value.isprintable() and value[0] != " " and value[-1] != " " and "  " not in value:
            return value
        return normalize_text(value)
    text = unicodedata.normalize("NFC", value)
    if _STORE_CHARS.search(text):
        text = _replace_all(text, _STORE_PAIRS)
    if _UNTIDY_SPACE.search(text):
        text = _SPACES.sub(" ", text)
    if _ZWNJ in text:
        text = _ZWNJ_RUN.sub(_zwnj_run, text)
    return text.strip(" " + _ZWNJ)


# ----------------------------------------------------------------------------- derived columns
# The partner table's derived columns (``name_sort``, ``search_text``) for bulk inserts: the
# same values as ``desktop_app.domain.text.sort_key`` and ``search_index.keys_of`` (property
# tests in ``tests/importing`` compare them), computed with translate tables and a per-import
# cache of word keys (cities, countries, sectors and common words repeat on every row).


class _SortRanks(dict[int, str]):
    """code point → the three-character rank code ``sort_key`` gives it ("" to leave it out)."""

    def __missing__(self, code_point: int) -> str:
        from desktop_app.domain.text import _SORT_RANK, _rank_code

        ch = chr(code_point)
        rank = _SORT_RANK.get(ch)
        if rank is None:
            code = _rank_code(200 + code_point) if ch.isalnum() else ""
        else:
            code = _rank_code(rank)
        self[code_point] = code
        return code


_SORT_RANKS = _SortRanks()
_SORT_KEY_LENGTH = SORT_KEY_LENGTH


def fast_sort_key(value: str | None) -> str:
    """The same key as ``desktop_app.domain.text.sort_key(value)``, several times faster."""
    text = fast_normalize_text(value)
    if not text:
        return ""
    if not text.isascii():
        if _BEFORE_CHARS.search(text):
            text = _replace_all(text, _MATCH_PAIRS)
        text = unicodedata.normalize("NFKD", text)
        if _COMBINING_BMP.search(text):
            text = _COMBINING_BMP.sub("", text)
        if text and max(text) > "\uffff":
            text = _COMBINING_ASTRAL.sub("", text)
        if _STORE_CHARS.search(text):
            text = _replace_all(text, _STORE_PAIRS)
        if _DIGITS.search(text):
            text = text.translate(_TO_ASCII_DIGITS)
        text = text.casefold().replace(_ZWNJ, " ")
    else:
        text = text.casefold()
    return text[:_SORT_KEY_LENGTH].translate(_SORT_RANKS)


class KeysOf:
    """``search_index.keys_of`` for many records, with a cache of word keys.

    Make one per import: the cache is bounded, and words are looked up as the stored text
    gives them (``fast_normalize_text`` of each value).
    """

    def __init__(self, limit: int = 200_000) -> None:
        self._words: dict[str, str] = {}
        self._texts: dict[str, tuple[str, ...]] = {}
        self._limit = limit

    def word(self, word: str) -> str:
        """``match_key(word)``, cached."""
        key = self._words.get(word)
        if key is None:
            key = fast_match_key(word)
            if len(self._words) < self._limit:
                self._words[word] = key
        return key

    def text_keys(self, value: str) -> tuple[str, ...]:
        """The keys ``index_words`` makes of one text: each word, each ZWNJ part, the whole
        (the last one; a one-word text's whole key is its word key, given once)."""
        text = fast_normalize_text(value)
        if not text:
            return ()
        words = self._words
        if _ZWNJ not in text:
            if " " not in text:
                key = words.get(text)
                return (self.word(text) if key is None else key,)
            # The whole text's key is its words' keys run together (every step of the key
            # is character by character once the text is NFC, which fast_normalize_text makes it).
            keys = [self.word(piece) if (key := words.get(piece)) is None else key
                    for piece in text.split(" ")]
            keys.append("".join(keys))
            return tuple(keys)
        word = self.word
        keys = []
        for piece in text.split(" "):
            keys.append(word(piece))
            if _ZWNJ in piece:
                keys.extend(word(part) for part in piece.split(_ZWNJ))
        keys.append(fast_match_key(text))
        return tuple(keys)

    def token_keys(self, value: str) -> tuple[str, ...]:
        """:meth:`text_keys` for a value unlike any other row's (an e-mail, a phone, a domain):
        not cached, and a tidy ASCII value of one word is keyed in one step (its word key is
        its whole key)."""
        if value.isascii() and value.isprintable() and " " not in value:
            return (_ASCII_NON_WORD.sub("", value).lower(),)
        return self.text_keys(value)

    def cached_text_keys(self, value: str) -> tuple[str, ...]:
        """:meth:`text_keys` for a value that repeats (a city, a sector, a country name)."""
        found = self._texts.get(value)
        if found is None:
            found = self.text_keys(value)
            if len(self._texts) < self._limit:
                self._texts[value] = found
        return found

    def __call__(self, *texts: str | None, cached: frozenset[int] = frozenset()) -> str:
        """``keys_of(*texts)``; the texts at the positions in *cached* are looked up in the
        cache of whole texts (for values that repeat from row to row)."""
        keys: list[str] = []
        for position, value in enumerate(texts):
            if value:
                keys.extend(self.cached_text_keys(value) if position in cached else self.text_keys(value))
        return " " + " ".join(filter(None, dict.fromkeys(keys))) + " "
