"""Header recognition and mapping profiles, case by case (found unasserted by mutation testing)."""

from __future__ import annotations

import json

import pytest

from desktop_app.importing.mapping import (
    FIELDS,
    IGNORE,
    MappingProfile,
    auto_map,
    header_field,
    header_score,
)


@pytest.mark.parametrize(("header", "field"), [
    ("", None),
    ("   ", None),
    ("Email", "email"),
    ("ايميل", "email"),                       # Arabic yeh
    ("نام (فارسی)", "name"),                  # bracketed part left out
    ("Website [main]", "website"),
    ("Company name in English", "name_en"),   # the longest known header it contains
    ("reason", IGNORE),                        # our rejections file's column
    ("origin", IGNORE),
    ("Country of origin", "country"),         # origin is an exact match only
    ("xyz", None),
    ("contact_email", "contact_email"),       # the field names themselves
])
def test_header_field(header: str, field: str | None) -> None:
    assert header_field(header) == field


def test_a_sentence_is_not_a_header_even_if_it_contains_one() -> None:
    sentence = "Please write the email address of the company in this column below"
    assert header_field(sentence) is None
    assert header_field(sentence[:38] + " email") == "email"   # up to 40 letters it is


def test_header_score_counts_distinct_fields_not_ignored_ones() -> None:
    assert header_score(["Name", "Email", "E-mail", "reason", "", "junk"]) == 2
    assert header_score([]) == 0


def test_auto_map_multi_column_fields_and_first_wins() -> None:
    headers = ["Name", "Notes", "Name", "Address", "Notes", "Address", "Email", "Email", "Tags",
               "Tags", "xyz"]
    assert auto_map(headers) == {0: "name", 1: "notes", 3: "address", 4: "notes", 5: "address",
                                 6: "email", 8: "tags", 9: "tags"}


def test_profile_from_mapping_drops_indexes_outside_the_headers() -> None:
    profile = MappingProfile.from_mapping("p", ["a", "b"], {0: "name", 2: "email", -1: "city"},
                                          sheet="S", header_row=3)
    assert profile.columns == {"a": "name"}
    assert (profile.sheet, profile.header_row, profile.encoding, profile.delimiter) == \
        ("S", 3, None, None)


def test_profile_json_is_readable_persian_with_a_version() -> None:
    text = MappingProfile("نمایشگاه", {"ایمیل": "email"}).to_json()
    data = json.loads(text)
    assert data["version"] == 1 and data["name"] == "نمایشگاه"
    assert "نمایشگاه" in text                               # not escaped
    assert text.splitlines()[:2] == ["{", '  "version": 1,']   # indented by two
    assert MappingProfile.from_json(text) == MappingProfile("نمایشگاه", {"ایمیل": "email"})


def test_profile_from_json_accepts_every_field_ignore_and_no_columns() -> None:
    columns = {f"h{i}": f for i, f in enumerate(FIELDS)} | {"x": IGNORE}
    got = MappingProfile.from_json(json.dumps({"name": "n", "columns": columns, "header_row": 1,
                                               "encoding": "utf-8", "delimiter": ";",
                                               "sheet": "S"}))
    assert got == MappingProfile("n", columns, "utf-8", ";", "S", 1)
    assert MappingProfile.from_json('{"name": "n", "columns": null}').columns == {}


_NOT = "Not a mapping profile: "


@pytest.mark.parametrize(("text", "said"), [
    ('"x"', _NOT + "no name."),
    ('{"name": "n", "columns": ["a"]}', _NOT + "its columns are not header → field."),
    ('{"name": "n", "columns": {"a": 3}}', _NOT + "its columns are not header → field."),
    ('{"name": "n", "header_row": 0}', _NOT + "header_row must be a positive row number."),
    ('{"name": "n", "header_row": "2"}', _NOT + "header_row must be a positive row number."),
    ('{"name": "n", "encoding": 5}', _NOT + "encoding, delimiter and sheet are text."),
    ('{"name": "n", "sheet": ["S"]}', _NOT + "encoding, delimiter and sheet are text."),
])
def test_profile_from_json_refuses_with_the_reason(text: str, said: str) -> None:
    with pytest.raises(ValueError) as caught:
        MappingProfile.from_json(text)
    assert str(caught.value) == said


def test_profile_from_json_says_why_json_is_not_json() -> None:
    with pytest.raises(ValueError) as caught:
        MappingProfile.from_json("not json")
    assert str(caught.value).startswith(_NOT + "Expecting value")


def test_column_map_skips_unknown_headers() -> None:
    profile = MappingProfile("p", {"E-mail": "email", "Junk": IGNORE})
    assert profile.column_map(["junk", "x", "email"]) == {0: IGNORE, 2: "email"}


def test_a_bracketed_part_is_left_out_before_contained_headers_are_tried() -> None:
    assert header_field("Tel (office)") == "phone"      # "tel" is too short to be contained


def test_the_sentence_limit_is_forty_letters() -> None:
    assert header_field("x" * 35 + "email") == "email"  # 40 letters: still a header
    assert header_field("x" * 36 + "email") is None     # 41: a sentence
