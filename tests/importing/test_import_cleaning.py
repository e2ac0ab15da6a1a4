"""Mapping headers, cleaning rows, rejections and saved mapping profiles."""

from __future__ import annotations

import csv

import pytest

from desktop_app.importing import (
    IGNORE,
    MappingError,
    MappingProfile,
    RawTable,
    auto_map,
    clean_rows,
    kind_of,
    recover_phone,
    write_rejections_csv,
)


def table(headers: list[str], *rows: list[str]) -> RawTable:
    """A RawTable as read_table would give it, rows numbered from 2."""
    return RawTable(headers, [list(r) for r in rows], list(range(2, len(rows) + 2)), 1, "csv")


def test_auto_map_persian_english_and_arabic_letter_headers():
    headers = ["نام شركت", "Latin name", "كشور", "شهر", "نوع", "زمینه فعالیت", "وب سايت",
               "ايميل", "شماره‌تماس", "آدرس", "Remarks", "نام رابط", "ایمیل رابط", "Fax"]
    assert auto_map(headers) == {
        0: "name", 1: "name_en", 2: "country", 3: "city", 4: "kind", 5: "sector",
        6: "website", 7: "email", 8: "phone", 9: "address", 10: "notes",
        11: "contact_name", 12: "contact_email",
    }


def test_auto_map_takes_each_field_once_but_several_phones():
    assert auto_map(["Name", "Company", "Tel", "Mobile"]) == {0: "name", 2: "phone", 3: "phone"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("پارک علم و فناوری", "park"), ("شرکت دانش‌بنیان", "knowledge_based"),
        ("شركت دانش بنيان", "knowledge_based"), ("دانشگاه", "university"), ("خوشه", "cluster"),
        ("وزارت", "government"), ("سازمان", "government"), ("هلدینگ", "holding"),
        ("پالایشگاه", "industrial"), ("Company", "company"), ("Research institute", "research_institute"),
        ("trade_town", "trade_town"), ("zzz", None),
    ],
)
def test_kind_words(text, kind):
    assert kind_of(text) == kind


def test_cleaning_values_and_unknown_kind_warning():
    t = table(
        ["نام", "نوع", "کشور", "تلفن", "ایمیل", "وب‌سایت", "برچسب", "فکس", "Skip me"],
        ["  پارک  علم و فناوری يزد ", "چیز عجیب", "ايران", "۰۲۱-۸۸۷۷ ۶۶۵۵", "a@b.ir; c@b.ir",
         "HTTPS://www.B.ir", "نفت، گاز", "021", "x"],
    )
    clean, rejections = clean_rows(t, {**auto_map(t.headers), 8: IGNORE})
    assert rejections == []
    row = clean[0]
    assert row.name == "پارک علم و فناوری یزد"
    assert row.kind == "other" and "چیز عجیب" in row.warnings[0]
    assert row.country == "IR"
    assert row.phone == "021-8877 6655"
    assert row.email == "a@b.ir" and "c@b.ir" in row.notes
    assert row.tags == ("نفت", "گاز")
    assert "فکس: 021" in row.notes and "Skip me" not in row.notes


def test_rejections_carry_row_original_header_and_reason(tmp_path):
    t = table(
        ["Company", "Country", "E-mail", "Website"],
        ["Good", "Iran", "", ""],
        ["", "Iran", "", ""],
        ["Bad", "Atlantis", "not-an-email", "http://"],
        ["", "", "", ""],
    )
    clean, rejections = clean_rows(t, auto_map(t.headers))
    assert [r.name for r in clean] == ["Good"]
    assert [(r.row, r.column, r.code) for r in rejections] == [
        (3, "Company", "missing_name"),
        (4, "Country", "unknown_country"),
        (4, "E-mail", "bad_email"),
        (4, "Website", "bad_website"),
    ]
    assert all(r.reason.endswith(".") for r in rejections)
    path = tmp_path / "rejected.csv"
    assert write_rejections_csv(path, t.headers, rejections) == 2
    with path.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0] == ["Company", "Country", "E-mail", "Website", "reason"]
    assert lines[2][:2] == ["Bad", "Atlantis"] and "Atlantis" in lines[2][4] and "E-mail" in lines[2][4]
    assert auto_map(lines[0])[4] == IGNORE  # re-importing the fixed file drops the reasons


def test_latin_name_alone_is_the_name():
    t = table(["English name", "Country"], ["Tabriz Technology Park", "IR"])
    clean, _ = clean_rows(t, auto_map(t.headers))
    assert clean[0].name == clean[0].name_en == "Tabriz Technology Park"


def test_no_name_column_is_a_mapping_error():
    with pytest.raises(MappingError):
        clean_rows(table(["Country"], ["Iran"]), {0: "country"})


@pytest.mark.parametrize(
    ("typed", "country", "expected", "lossy"),
    [
        ("9123456789", "IR", "09123456789", False),
        ("9123456789.0", "", "09123456789", False),
        ("2188776655", "IR", "02188776655", False),
        ("989123456789", "IR", "+989123456789", False),
        ("9.123456789E+09", "IR", "09123456789", False),
        ("9.12346E+09", "IR", "9.12346E+09", True),
        ("2025550123", "US", "2025550123", False),
        ("+98 21 8877", "IR", "+98 21 8877", False),
    ],
)
def test_recover_phone(typed, country, expected, lossy):
    assert recover_phone(typed, country) == (expected, lossy)


def test_mapping_profile_json_round_trip_and_matching_by_key():
    profile = MappingProfile.from_mapping(
        "Fan-Bazar exhibitors", ["نام شركت", "ايميل", "Junk"], {0: "name", 1: "email", 2: IGNORE},
        encoding="cp1256", delimiter=";",
    )
    again = MappingProfile.from_json(profile.to_json())
    assert again == profile
    assert again.column_map(["ایمیل", "Other", "نام‌شرکت"]) == {0: "email", 2: "name"}
    for bad in ("", "[]", '{"name": 1}', '{"name": "x", "columns": {"a": "nope"}}'):
        with pytest.raises(ValueError):
            MappingProfile.from_json(bad)
