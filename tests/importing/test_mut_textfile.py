"""Encodings, decoding errors and delimiters, case by case (found unasserted by mutation testing)."""

from __future__ import annotations

import codecs

import pytest

from desktop_app.importing.errors import ImportFileError
from desktop_app.importing.textfile import (
    choose_delimiter,
    decode,
    decode_table_text,
    detect_delimiter,
    detect_encoding,
)

PERSIAN = "نام,کشور\nپارک علم و فناوري,ايران\n"  # Arabic yeh: cp1256 has no Persian one


@pytest.mark.parametrize(("data", "encoding"), [
    (codecs.BOM_UTF32_LE + "ab".encode("utf-32-le"), "utf-32"),
    (codecs.BOM_UTF32_BE + "ab".encode("utf-32-be"), "utf-32"),
    (codecs.BOM_UTF8 + b"ab", "utf-8-sig"),
    (codecs.BOM_UTF16_LE + "ab".encode("utf-16-le"), "utf-16"),
    (codecs.BOM_UTF16_BE + "ab".encode("utf-16-be"), "utf-16"),
    (PERSIAN.encode(), "utf-8"),
    (b"", "utf-8"),
    # ASCII alone in UTF-16 is valid UTF-8 (NUL is ASCII); Persian letters make it not
    ("name,city\nپارک,ایران\n".encode("utf-16-le"), "utf-16-le"),
    ("name,city\nپارک,ایران\n".encode("utf-16-be"), "utf-16-be"),
    (PERSIAN.encode("cp1256"), "cp1256"),
])
def test_detect_encoding(data: bytes, encoding: str) -> None:
    assert detect_encoding(data) == encoding


def test_three_bytes_are_too_few_to_call_utf16() -> None:
    assert detect_encoding(b"a\x00b") == "utf-8"          # valid UTF-8 (a NUL is ASCII)
    assert detect_encoding(b"\xff\x00\xfe") != "utf-16-le"


@pytest.mark.parametrize(("data", "encoding", "said"), [
    (b"a,b", "no-such-codec", "Unknown text encoding “no-such-codec”."),
    (b"\xff\xfe\xfd", "utf-8", "The file is not valid utf-8 text; choose another encoding."),
    (b"a,b\n\x00\x01,c\n", "latin-1", "The file is not a text table (it contains binary data)."),
])
def test_decode_refuses_with_the_reason(data: bytes, encoding: str, said: str) -> None:
    with pytest.raises(ImportFileError) as caught:
        decode(data, encoding)
    assert str(caught.value) == said


def test_decode_strips_the_utf8_mark_and_names_the_encoding_asked_for() -> None:
    assert decode(codecs.BOM_UTF8 + b"a,b", "utf8") == ("a,b", "utf8")
    assert decode(codecs.BOM_UTF8 + b"a,b") == ("a,b", "utf-8-sig")
    assert decode(PERSIAN.encode("cp1256")) == (PERSIAN, "cp1256")
    assert decode(b"a\tb\r\n\x0cc") == ("a\tb\r\n\x0cc", "utf-8")   # tab, CR, LF, FF allowed


@pytest.mark.parametrize("data", [b"", b"  \r\n\t ", codecs.BOM_UTF8])
def test_an_empty_file_is_refused(data: bytes) -> None:
    with pytest.raises(ImportFileError, match=r"^The file is empty\.$"):
        decode_table_text(data)


def test_decode_table_text_gives_text_and_encoding() -> None:
    assert decode_table_text(b" a") == (" a", "utf-8")


@pytest.mark.parametrize("bad", ["", ";;", "\r", "\n", '"'])
def test_choose_delimiter_refuses_what_cannot_be_one(bad: str) -> None:
    with pytest.raises(ImportFileError, match="one character"):
        choose_delimiter("a,b", bad)


def test_choose_delimiter_takes_a_given_one_or_detects() -> None:
    assert choose_delimiter("a,b\nc,d\n", ":") == ":"
    assert choose_delimiter("a;b\nc;d\n") == ";"


@pytest.mark.parametrize(("text", "delimiter"), [
    ("just one column\nand another\n", ","),
    ("a;b;c\n1;2;3\n4;5;6\n", ";"),
    ("a|b\n1|2\n", "|"),
    ("a\tb\n1\t2\n", "\t"),
    # every candidate splits both lines in two: tab is preferred, then ; then |, then comma
    ("a\tb;c|d,e\nf\tg;h|i,j\n", "\t"),
    ("a;b|c,d\ne;f|g,h\n", ";"),
    ("a|b,c\nd|e,f\n", "|"),
    # consistency beats field count: commas split 2, 3; semicolons 2, 2
    ("a;b,c\nd;e,f,g\n", ";"),
    # same consistency: more fields win
    ("a;b;c|d\ne;f;g|h\n", ";"),
    ("a|b|c;d\ne|f|g;h\n", "|"),
    # quotes respected: the commas inside quotes do not count
    ('"a,b,c";d\n"e,f";g\n', ";"),
])
def test_detect_delimiter(text: str, delimiter: str) -> None:
    assert detect_delimiter(text) == delimiter


def test_detect_delimiter_ignores_a_last_record_cut_by_the_sample() -> None:
    # 200,000 characters are sampled; the cut last record (one field) is not counted
    line = "aaaa;bbbb\n"
    text = line * 19_999 + "c" * 20 + ";d\n"
    assert detect_delimiter(text) == ";"
    # a single record is kept even when the sample cuts it
    assert detect_delimiter("x;" * 150_000) == ";"


def test_cp1256_needs_three_quarters_of_arabic_letters_in_its_first_256_kib() -> None:
    from desktop_app.importing.textfile import _looks_like_cp1256

    assert not _looks_like_cp1256(b"plain ascii")
    assert _looks_like_cp1256("ابپé".encode("cp1256"))        # 3 of 4: enough
    assert not _looks_like_cp1256("ابéè".encode("cp1256"))    # 2 of 4: not
    assert not _looks_like_cp1256(b"a" * 256 * 1024 + " پارک".encode("cp1256"))  # not sampled
    assert _looks_like_cp1256(b"a" * (256 * 1024 - 8) + " پارک".encode("cp1256"))
    # An Arabic letter inside a Latin word is a Turkish letter misread ("İstanbul").
    assert not _looks_like_cp1256("İstanbul".encode("cp1254"))


def test_utf16_without_a_mark_from_four_bytes_on() -> None:
    from desktop_app.importing.textfile import _utf16_without_bom

    assert _utf16_without_bom(b"a\x00b") is None
    assert _utf16_without_bom(b"a\x00b\x00") == "utf-16-le"
    assert _utf16_without_bom(b"\x00a\x00b") == "utf-16-be"
    assert _utf16_without_bom(b"abcd") is None
    assert _utf16_without_bom(b"\x00\x00\x00\x00") is None     # zeros everywhere: not text


def _bytes(size: int, odd_zeros: int, even_zeros: int) -> bytes:
    data = bytearray(b"a" * size)
    for k in range(odd_zeros):
        data[2 * k + 1] = 0
    for k in range(even_zeros):
        data[2 * k] = 0
    return bytes(data)


@pytest.mark.parametrize(("data", "found"), [
    (_bytes(20, 3, 0), None),            # zeros in 3 of 10 odd bytes: not more than 30 %
    (_bytes(20, 4, 0), "utf-16-le"),
    (_bytes(40, 20, 1), None),           # one even zero of 20: not under 5 %
    (_bytes(80, 40, 1), "utf-16-le"),    # one of 40 is
    (_bytes(80, 1, 40), "utf-16-be"),
    (_bytes(80, 2, 40), None),
])
def test_utf16_without_a_mark_at_its_shares(data: bytes, found: str | None) -> None:
    from desktop_app.importing.textfile import _utf16_without_bom

    assert _utf16_without_bom(data) == found



def test_a_delimiter_only_inside_quotes_does_not_stop_the_search() -> None:
    assert detect_delimiter('"a\tb";c\n"d\te";f\n') == ";"


def test_decode_table_text_takes_the_encoding_given_and_says_empty_exactly() -> None:
    text = "نام,کشور\nپارک,ايران\n"
    assert decode_table_text(text.encode("cp1256"), "cp1256") == (text, "cp1256")
    with pytest.raises(ImportFileError) as caught:
        decode_table_text(b" \n")
    assert str(caught.value) == "The file is empty."
