"""Property-based tests: no file content breaks the reader, and the helpers keep their word."""

from __future__ import annotations

import csv
import io
import string
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.text import match_key, normalize_text
from desktop_app.importing import (
    ImportFileError,
    auto_map,
    clean_rows,
    detect_delimiter,
    read_table,
    recover_phone,
)
from desktop_app.importing._keys import fast_match_key, fast_normalize_text

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PERSIAN = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكىۀةأإآـ\u200c\u064b\u0650۰۱۲۳٤٥"
text_chars = st.characters(codec="utf-8") | st.sampled_from(list(PERSIAN + " \t\n,;|\"'=+"))


def import_bytes(data: bytes, suffix: str = ".csv") -> None:
    """Read and clean *data*; only ImportFileError may come out."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"file{suffix}"
        path.write_bytes(data)
        try:
            table = read_table(path)
            mapping = auto_map(table.headers) or {0: "name"}
            if not any(v in ("name", "name_en") for v in mapping.values()):
                mapping[min(set(range(len(table.headers))) - set(mapping), default=0)] = "name"
            clean_rows(table, mapping)
        except ImportFileError:
            pass


@SETTINGS
@given(st.binary(max_size=3000), st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_random_bytes_only_raise_import_file_error(data, suffix):
    import_bytes(data, suffix)


@SETTINGS
@given(
    st.text(text_chars, max_size=400),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1256", "cp1252", "latin-1"]),
)
def test_random_text_in_random_encodings(text, encoding):
    import_bytes(text.encode(encoding, errors="replace"))


cell = st.text(text_chars, max_size=20)


@SETTINGS
@given(st.lists(st.lists(cell, min_size=1, max_size=6), min_size=1, max_size=12), st.sampled_from(",;\t|"))
def test_random_csv(rows, delimiter):
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    import_bytes(out.getvalue().encode("utf-8"))


def zip_like(prefix: bytes):
    return st.binary(max_size=2000).map(lambda tail: prefix + tail)


@SETTINGS
@given(st.one_of(zip_like(b"PK\x03\x04"), zip_like(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")))
def test_random_workbook_lookalikes(data):
    import_bytes(data, ".xlsx")


plain_cell = st.text(alphabet=st.sampled_from(list(string.ascii_letters + "آبپتسیک \"'\n" + "0123456789")), max_size=12)


@SETTINGS
@given(
    st.sampled_from([",", ";", "\t", "|"]),
    st.integers(min_value=2, max_value=6).flatmap(
        lambda width: st.lists(st.lists(plain_cell, min_size=width, max_size=width), min_size=2, max_size=15)
    ),
)
def test_delimiter_detector_finds_what_csv_writer_used(delimiter, rows):
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    assert detect_delimiter(out.getvalue()) == delimiter


@SETTINGS
@given(st.text(max_size=200))
def test_delimiter_detector_answers_one_of_four(text):
    assert detect_delimiter(text) in (",", ";", "\t", "|")


@SETTINGS
@given(st.integers(min_value=10**8, max_value=10**9 - 1))
def test_iranian_mobile_stored_as_number_comes_back(number):
    typed = f"09{number}"
    as_float = float(int(typed))
    for shown in (repr(as_float), str(int(as_float)), f"{as_float:.9E}"):
        assert recover_phone(shown, "IR") == (typed, False), shown


@SETTINGS
@given(st.text(alphabet="0123456789+.eE- ", max_size=16), st.sampled_from(["", "IR", "DE"]))
def test_phone_recovery_is_idempotent_and_keeps_digits(text, country):
    once, _ = recover_phone(text, country)
    assert recover_phone(once, country)[0] == once
    if not any(ch in text for ch in ".eE"):  # only a leading 0 or + may be added
        assert once in (text.strip(), "0" + text.strip(), "+" + text.strip())


@settings(max_examples=400, deadline=None)
@given(st.text(text_chars, max_size=40))
def test_fast_keys_equal_the_domain_functions(text):
    assert fast_match_key(text) == match_key(text)
    assert fast_normalize_text(text) == normalize_text(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(text_chars, max_size=30), max_size=6))
def test_bulk_derived_columns_equal_the_domain_functions(texts):
    from desktop_app.domain.search_index import keys_of
    from desktop_app.domain.text import sort_key
    from desktop_app.importing._keys import KeysOf, fast_sort_key

    keys = KeysOf()
    assert keys(*texts) == keys_of(*texts)
    assert keys(*texts, cached=frozenset(range(len(texts)))) == keys_of(*texts)
    for text in texts:
        assert fast_sort_key(text) == sort_key(text)
