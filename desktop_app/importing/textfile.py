"""Reading delimited text files (CSV, Excel "Unicode Text") the way they arrive in the office.

Encodings, in the order they are tried: a byte-order mark (UTF-8, UTF-16, UTF-32); strict
UTF-8; UTF-16 without a mark (recognised by its zero bytes); Windows code page 1256 when the
bytes decode in it to mostly Arabic-block letters that do not sit inside Latin words (Excel's
"CSV" on Persian Windows, often misdetected elsewhere as cp1252 or Mac Roman); otherwise
Turkish Windows (cp1254) when it gives Latin words with Turkish letters in them; otherwise
charset-normalizer's best guess, still preferring cp1256 (read as above) when it is among
the plausible ones.

Delimiters: comma, semicolon, tab or pipe only, chosen by how consistently each splits the
first records into the same number of fields (quotes respected, since the ``csv`` module
does the splitting).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Iterable, Iterator

from charset_normalizer import from_bytes

from desktop_app.importing.errors import ImportFileError

DELIMITERS = (",", ";", "\t", "|")
#: The largest text file read (a 100,000-row partner list is about 20 MB).
MAX_TEXT_BYTES = 150 * 1024 * 1024
_SAMPLE_RECORDS = 60
_FIELD_LIMIT = 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ARABIC = "[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]"
_ARABIC_LETTER = re.compile(_ARABIC)
# A word: what lies between spaces and delimiters. A letter read as Arabic (or Turkish) in a
# word that also has a Latin letter is a letter of a Latin word ("فstanbul", "A.ق.").
_WORD = re.compile('[^\\s,;|"]+')
_LATIN = re.compile("[A-Za-z]")
_TURKISH = re.compile("[ğĞşŞıİ]")
_NON_ASCII = re.compile("[^\x00-\x7f]")
# Control characters that never occur in a text table (tab, CR, LF and FF are allowed).
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _looks_like_cp1256(data: bytes) -> bool:
    """True when *data* decodes in cp1256 to text whose non-ASCII letters are mostly Arabic,
    standing beside each other rather than inside Latin words.

    A Turkish (cp1254) list decodes in cp1256 to Arabic letters too, but one at a time
    inside Latin words ("İstanbul" as "فstanbul"); in a Persian list an Arabic letter next
    to a Latin letter is rare (a Latin name is a word of its own).
    """
    sample = data[: 256 * 1024].decode("cp1256", errors="replace")
    non_ascii = len(_NON_ASCII.findall(sample))
    if not non_ascii:
        return False
    arabic = len(_ARABIC_LETTER.findall(sample))
    return arabic >= 0.75 * non_ascii and _in_latin_words(sample, _ARABIC_LETTER) <= 0.1 * arabic


def _looks_like_cp1254(data: bytes) -> bool:
    """True when *data* decodes in cp1254 to Latin words with Turkish letters in them.

    The guesser reads Turkish Windows as Western (cp1252), where İ, ı, Ş, ş, Ğ, ğ are Ý, ý,
    Þ, þ, Ð, ð (letters of Icelandic only), or a short list as anything at all. Turkey is one
    of the office's main partner countries. A Cyrillic or Greek code page decodes in cp1254
    to runs of accented letters too, but not inside Latin words.
    """
    sample = data[: 256 * 1024].decode("cp1254", errors="replace")
    turkish = len(_TURKISH.findall(sample))
    return turkish > 0 and _in_latin_words(sample, _TURKISH) * 2 >= turkish


def _in_latin_words(sample: str, letters: re.Pattern[str]) -> int:
    """How many of *letters* stand in words of *sample* that also hold a Latin letter (one
    pass over the words; only those with a non-ASCII letter are looked into)."""
    count = 0
    for match in _WORD.finditer(sample):
        word = match.group()
        if not word.isascii() and _LATIN.search(word):
            count += len(letters.findall(word))
    return count


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) / 2
    if odd_zeros > 0.3 * half and even_zeros < 0.05 * half:
        return "utf-16-le"
    if even_zeros > 0.3 * half and odd_zeros < 0.05 * half:
        return "utf-16-be"
    return None


def detect_encoding(data: bytes) -> str:
    """The encoding *data* is written in, as a Python codec name (see the module docstring)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    if _looks_like_cp1256(data):
        return "cp1256"
    if _looks_like_cp1254(data):
        return "cp1254"
    guesses = from_bytes(data[: 256 * 1024])
    names = [match.encoding for match in guesses]
    if "cp1256" in names:
        arabic_reading = data[: 256 * 1024].decode("cp1256", errors="replace")
        if _ARABIC_LETTER.search(arabic_reading) and not _in_latin_words(arabic_reading,
                                                                          _ARABIC_LETTER):
            return "cp1256"
    best = guesses.best()
    return best.encoding if best is not None else "cp1256"


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)`` for *data*, detecting the encoding unless one is given.

    Raises :class:`ImportFileError` when the bytes do not decode or are not text at all.
    """
    name = encoding or detect_encoding(data)
    try:
        codec = codecs.lookup(name)
    except LookupError:
        raise ImportFileError(f"Unknown text encoding “{name}”.") from None
    try:
        text = data.decode(codec.name)
    except UnicodeDecodeError:
        raise ImportFileError(
            f"The file is not valid {name} text; choose another encoding."
        ) from None
    if codec.name == "utf-8" and text.startswith("\ufeff"):
        text = text[1:]
    if _CONTROL.search(text, 0, 1_000_000):
        raise ImportFileError("The file is not a text table (it contains binary data).")
    return text, name


def _records(text: str, delimiter: str, limit: int | None = None) -> Iterable[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    if limit is None:
        return reader
    return (row for _, row in zip(range(limit), reader, strict=False))


# A line as ``io.StringIO(text, newline="").readline()`` gives it: up to and including the
# next "\r\n", "\r" or "\n" (no other line break counts), or the unterminated last line.
_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+")
_LINE_BLOCK = 64 * 1024


def _lines(text: str, block_size: int = _LINE_BLOCK) -> Iterator[str]:
    """The lines of *text* as ``io.StringIO(text, newline="")`` reads them, lazily.

    The text is cut into blocks at a "\n" and each block split by ``str.splitlines``,
    which also breaks at form feeds, "\x1c"–"\x1e", NEL and the Unicode line separators;
    a block holding one of those (it splits into more lines than it has "\r"/"\n" breaks)
    is split by a regex instead.
    """
    start, end_of_text = 0, len(text)
    while start < end_of_text:
        end = text.find("\n", start + block_size)
        end = end_of_text if end < 0 else end + 1
        block = text[start:end]
        lines = block.splitlines(True)
        breaks = block.count("\n") + block.count("\r") - block.count("\r\n")
        if len(lines) == breaks + (block[-1] not in "\r\n"):
            yield from lines
        else:
            yield from map(re.Match.group, _LINE.finditer(block))
        start = end


def iter_records(text: str, delimiter: str) -> Iterator[list[str]]:
    """The records of the whole *text*, lazily, as ``csv.reader`` splits them.

    The lines are cut from *text* a block at a time rather than through ``io.StringIO``,
    which would first copy the whole text into a buffer of four bytes per character
    (80 MB for a 100,000-row list) and is slower. Raises ``csv.Error`` for text the reader
    cannot split.
    """
    csv.field_size_limit(_FIELD_LIMIT)
    return csv.reader(_lines(text), delimiter=delimiter, strict=False)


def detect_delimiter(text: str) -> str:
    """The delimiter among comma, semicolon, tab and pipe that splits *text* most consistently.

    For each candidate the first records are split (quotes respected) and the most common
    field count is found; the winner splits the most records into that same count, with more
    than one field. A text that no candidate splits is one column: comma is returned.
    """
    csv.field_size_limit(_FIELD_LIMIT)
    sample = text[:200_000]
    best: tuple[float, int, int] = (0.0, 0, 0)
    chosen = ","
    for preference, delimiter in enumerate(("\t", ";", "|", ",")):
        if delimiter not in sample:
            continue
        try:
            counts = [len(r) for r in _records(sample, delimiter, _SAMPLE_RECORDS) if r]
        except csv.Error:
            continue
        if len(counts) > 1 and len(text) > len(sample):
            counts.pop()  # the sample may cut the last record short
        if not counts:
            continue
        fields, seen = Counter(counts).most_common(1)[0]
        if fields < 2:
            continue
        score = (round(seen / len(counts), 2), fields, -preference)
        if score > best:
            best, chosen = score, delimiter
    return chosen


def decode_table_text(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """:func:`decode` for a whole file, with its size and emptiness checked first.

    Returns ``(text, encoding)``; raises :class:`ImportFileError` for a file too large, not
    text, or empty.
    """
    if len(data) > MAX_TEXT_BYTES:
        raise ImportFileError("The file is too large to import (more than 150 MB).")
    text, encoding = decode(data, encoding)
    if not text or text.isspace():  # not text.strip(): that would copy a whole file's text
        raise ImportFileError("The file is empty.")
    return text, encoding


def choose_delimiter(text: str, delimiter: str | None = None) -> str:
    """*delimiter* when it is a usable one, else the one detected in *text*."""
    if delimiter is None:
        return detect_delimiter(text)
    if len(delimiter) != 1 or delimiter in "\r\n\"":
        raise ImportFileError("The delimiter must be one character (not a quote or line break).")
    return delimiter
