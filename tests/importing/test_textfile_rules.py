"""Text files in the encodings that are neither UTF nor Persian Windows, and the size limit.

These reach charset-normalizer's branch of ``detect_encoding``, which
``test_mut_textfile.py`` leaves out: what a user is promised is that the names come back
as they were typed, in whatever single-byte code page the file was saved.
"""

from __future__ import annotations

import pytest

from desktop_app.importing import ImportFileError
from desktop_app.importing.textfile import (
    MAX_TEXT_BYTES,
    choose_delimiter,
    decode,
    decode_table_text,
    detect_delimiter,
    detect_encoding,
)


@pytest.mark.parametrize(
    ("text", "saved_in"),
    [
        ("Name;City\nMüller GmbH;Köln\nCafé Straße;Zürich\n", "cp1252"),
        ("Имя;Город\nПетров и партнёры;Москва\nИнститут физики;Казань\n", "cp1251"),
        ("Nom;Ville\nSociété Générale;Paris\nCrédit Agricole;Lyon\n", "latin-1"),
    ],
)
def test_a_single_byte_code_page_reads_back_as_typed(text, saved_in):
    data = text.encode(saved_in)
    assert detect_encoding(data) not in ("utf-8", "cp1256")
    decoded, encoding = decode(data)
    assert decoded == text
    assert decoded.encode(encoding) == data


def test_a_file_over_the_size_limit_is_refused_before_it_is_decoded():
    with pytest.raises(ImportFileError) as refused:
        decode_table_text(bytes(MAX_TEXT_BYTES + 1))
    assert str(refused.value) == "The file is too large to import (more than 150 MB)."
    with pytest.raises(ImportFileError) as refused:  # at the limit it is read (and found binary)
        decode_table_text(bytes(MAX_TEXT_BYTES))
    assert str(refused.value) == "The file is not a text table (it contains binary data)."


def test_a_delimiter_may_be_any_one_character_but_a_quote_or_line_break():
    assert choose_delimiter("a X b", "X") == "X"
    for bad in ("", ";;", '"', "\r", "\n"):
        with pytest.raises(ImportFileError) as refused:
            choose_delimiter("a,b", bad)
        assert str(refused.value) == "The delimiter must be one character (not a quote or line break)."


def test_the_most_consistent_delimiter_wins_over_the_preferred_one():
    # ";" splits two of three records in two, "," all three: the comma is the delimiter.
    assert detect_delimiter("a;b,c\nd;e,f\ng,h\n") == ","


def test_a_quote_inside_a_field_does_not_rule_its_delimiter_out():
    assert detect_delimiter('Name;Country\n"Acme" Co;Iran\nBeta;Iraq\n') == ";"


def test_a_control_character_at_the_very_start_marks_the_file_as_binary():
    with pytest.raises(ImportFileError) as refused:
        decode(b"\x01Name,Country\nAcme,Iran\n")
    assert str(refused.value) == "The file is not a text table (it contains binary data)."
