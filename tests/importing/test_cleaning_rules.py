"""What the cleaner promises a user, rule by rule, by example.

The property tests of ``test_import_fastpaths_clean.py`` compare the column-at-a-time
cleaner with a per-row reference, but that reference calls the module's own helpers
(``recover_phone``, ``_split_emails``, ``kind_of``, ``_kind_from_name``,
``_refuse_unstorable``), so a bug in one of those is made on both sides and goes unseen.
These tests state the expected values outright.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.importing import (
    IGNORE,
    CleanRow,
    MappingError,
    RawTable,
    clean_rows,
    kind_of,
    recover_phone,
)
from desktop_app.importing.cleaning import (
    _kind_from_name,
    _split_emails,
    _tags,
    email_addresses,
    phone_of,
    website_of,
)
from desktop_app.importing.mapping import FIELDS


def table(headers: list[str], *rows: list[str]) -> RawTable:
    """A RawTable as read_table gives it: the header on line 1, rows numbered from 2."""
    return RawTable(headers, [list(r) for r in rows], list(range(2, len(rows) + 2)), 1, "csv")


# ----------------------------------------------------------------------------- e-mails
@pytest.mark.parametrize(
    ("cell", "addresses"),
    [
        ("MAILTO:<a@b.ir>.", ["a@b.ir"]),  # a copied mailto link, any letter case, with its brackets
        ("mailto:x@y.org", ["x@y.org"]),
        (" <a@b.ir>; c@d.ir، e@f.ir|g@h.ir / i@j.ir  k@l.ir؛m@n.ir",
         ["a@b.ir", "c@d.ir", "e@f.ir", "g@h.ir", "i@j.ir", "k@l.ir", "m@n.ir"]),
        ("۱۲@b.ir", ["12@b.ir"]),  # Persian digits typed in an address
        ("a@b.ir.", ["a@b.ir"]),  # the full stop of a sentence
        ("<mailto:a@b.ir>", ["a@b.ir"]),  # as Outlook copies a link
        ("Xu@b.ir", ["Xu@b.ir"]), ("Xu@b.ir; Xi@b.irX", ["Xu@b.ir", "Xi@b.irX"]),
        ("a@b.ir . c@d.ir; <> ;", ["a@b.ir", "c@d.ir"]),  # stray marks between addresses
    ],
)
def test_email_cells_give_every_address_in_order(cell, addresses):
    assert _split_emails(cell) == addresses
    assert email_addresses(cell) == addresses


@pytest.mark.parametrize("cell", ["", " ; ", "a@b.ir; not-an-email", "<>", "mailto:", "a@b.ir; X", "a@b.ir x"])
def test_an_email_cell_with_no_or_one_bad_address_is_refused(cell):
    assert email_addresses(cell) is None


def test_several_addresses_keep_the_first_and_note_the_others():
    t = table(["Name", "E-mail", "Contact e-mail"],
              ["Acme", "mailto:a@acme.com; b@acme.com, c@acme.com", "x@y.org، z@y.org"])
    row = clean_rows(t, {0: "name", 1: "email", 2: "contact_email"})[0][0]
    assert row.email == "a@acme.com" and row.contact_email == "x@y.org"
    assert row.notes == "Other e-mails: b@acme.com, c@acme.com\nOther contact e-mails: z@y.org"


def test_one_address_in_an_untidy_cell_adds_no_note():
    t = table(["Name", "E-mail", "Contact e-mail"], ["Acme", "mailto:a@acme.com", "<x@y.org>."])
    row = clean_rows(t, {0: "name", 1: "email", 2: "contact_email"})[0][0]
    assert (row.email, row.contact_email, row.notes) == ("a@acme.com", "x@y.org", "")


# ----------------------------------------------------------------------------- web addresses
def host_of_length(length: int) -> str:
    """A valid-looking host of *length* characters (labels of 63 letters, then ".com")."""
    host = ""
    while len(host) + 64 < length - 4:
        host += "a" * 63 + "."
    return host + "b" * (length - 4 - len(host)) + ".com"


@pytest.mark.parametrize("shape", ["{}", "www.{}", "https://{}/", "http://www.{}"])
def test_a_web_address_is_kept_up_to_a_253_letter_host(shape):
    # (the www. in front does not count: it is no part of the partner's domain)
    assert website_of(shape.format(host_of_length(253))) == (shape.format(host_of_length(253)), True)
    assert website_of(shape.format(host_of_length(254)))[1] is False


# ----------------------------------------------------------------------------- kinds
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("", None), ("  ", None), ("\u200c", None),
        ("OTHER", "other"), ("Others", "other"), ("park", "park"), ("Knowledge-Based", "knowledge_based"),
        # The more specific word wins: "دانش بنیان" is listed before "شرکت".
        ("شرکت دانش‌بنیان", "knowledge_based"), ("Tehran Science and Technology Park", "park"),
        # A Latin word inside a Persian name, and a Persian word inside a Latin one.
        ("Sharif University شرکت", "university"), ("Acme شرکت", "company"), ("پژوهشگاه Acme", "research_institute"),
        ("Acme GmbH", "company"), ("Ministry of Industry", "government"), ("شهرک تجاری ماهان", "trade_town"),
    ],
)
def test_kind_of_names_the_kind_a_word_says(text, kind):
    assert kind_of(text) == kind


@pytest.mark.parametrize(
    ("name", "name_en", "kind"),
    [
        ("دانشگاه تبریز", "Acme Ltd", "university"),  # the Persian name is asked first
        ("سایر", "Acme GmbH", "company"),  # "other" is no clue: the Latin name is asked
        ("", "University of Tabriz", "university"),
        ("x", "y", "other"), ("", "", "other"),
    ],
)
def test_a_blank_kind_is_guessed_from_the_names(name, name_en, kind):
    assert _kind_from_name(name, name_en) == kind


def test_clean_rows_guesses_a_blank_kind_and_warns_about_an_unknown_one():
    t = table(["Name", "Name EN", "Kind"],
              ["سایر", "Acme GmbH", ""], ["شرکت", "", "چیز عجیب"], ["پارک", "", "دانشگاه"])
    clean, rejections = clean_rows(t, {0: "name", 1: "name_en", 2: "kind"})
    assert rejections == []
    assert [r.kind for r in clean] == ["company", "other", "university"]
    assert clean[0].warnings == clean[2].warnings == ()
    assert clean[1].warnings == ("The kind “چیز عجیب” is not known; the partner is marked “other”.",)


# ----------------------------------------------------------------------------- phones
@pytest.mark.parametrize(
    ("typed", "country", "expected"),
    [
        ("+98912.0", "", ("+98912", False)),  # a float's ".0" goes, the plus stays
        ("9123456789.00", "IR", ("09123456789", False)),
        (" 9123456789 ", "DE", ("9123456789", False)),  # no Iranian repair outside Iran
        ("9123456789", "TR", ("9123456789", False)),
        ("989123456789", "", ("+989123456789", False)),
        ("980123456789", "IR", ("980123456789", False)),  # 98 then 0 is no Iranian number
        ("0123456789", "IR", ("0123456789", False)),
        ("12345678901", "IR", ("12345678901", False)),
        ("9.123456789e9", "", ("09123456789", False)),  # every digit shown: recovered
        ("1.5E+1", "", ("15", False)),
        ("9.1234E+02", "", ("9.1234E+02", False)),  # more digits than the exponent: a real decimal
        ("9.12346E+09", "", ("9.12346E+09", True)),  # digits cut off by the display format
        ("9E+09", "IR", ("9E+09", True)),
        ("7E+00", "", ("7", False)),
    ],
)
def test_recover_phone_gives_back_the_typed_digits(typed, country, expected):
    assert recover_phone(typed, country) == expected


def test_without_a_country_a_phone_is_repaired_as_an_iranian_one():
    assert recover_phone("9123456789") == ("09123456789", False)
    assert recover_phone("989123456789") == ("+989123456789", False)


@pytest.mark.parametrize(
    ("cell", "country", "stored"),
    [("9123456789", "IR", "09123456789"), ("9123456789", "", "09123456789"), ("989123456789", "IR", "+989123456789"),
     ("9123456789", "DE", "9123456789"), ("۹۱۲۳۴۵۶۷۸۹", "IR", "09123456789"), ("021 8877-6655", "IR", "021 8877-6655")],
)
def test_a_phone_cell_is_stored_with_the_digits_people_typed(cell, country, stored):
    assert phone_of(cell, country) == (stored, False)


def test_several_phone_columns_are_joined_and_each_lossy_one_warned_about():
    t = table(["Name", "Tel", "Mobile", "Country", "Contact phone"],
              ["Acme", "9123456789", "9.12346E+09", "", "۰۲۱-۸۸۷۷"],
              ["Beta", "", "2188776655", "DE", "9.1E+09"])
    clean, rejections = clean_rows(t, {0: "name", 1: "phone", 2: "phone", 3: "country", 4: "contact_phone"})
    assert rejections == []
    # (a lossy number is kept as normalize_phone leaves it; only the warning is promised)
    assert clean[0].phone.startswith("09123456789 / ") and clean[1].phone == "2188776655"
    assert clean[0].contact_phone == "021-8877"
    assert clean[0].warnings == (
        "The phone “9.12346E+09” was stored by Excel in scientific notation; some digits may be lost.",)
    assert clean[1].warnings == (
        "The contact phone “9.1E+09” was stored by Excel in scientific notation; some digits may be lost.",)


# ----------------------------------------------------------------------------- tags, notes
@pytest.mark.parametrize(
    ("text", "tags"),
    [("", ()), (" , ", ()), ("a; b;a ,c|d\ne،f؛g", ("a", "b", "c", "d", "e", "f", "g")), ("نفت گاز", ("نفت گاز",))],
)
def test_tags_split_on_list_marks_once_each_in_order(text, tags):
    assert _tags(text) == tags


def test_several_columns_of_one_field_are_joined_with_its_joiner():
    t = table(["Name", "Street", "Town part", "Note 1", "Note 2", "Tag 1", "Tag 2", "Sector 1", "Sector 2"],
              ["Acme", "Valiasr", "No 5", "first", "second", "oil", "gas; oil", "IT", "AI"],
              ["Beta", "", "Tajrish", "", "only", "", "", "", ""])
    mapping = {0: "name", 1: "address", 2: "address", 3: "notes", 4: "notes", 5: "tags", 6: "tags",
               7: "sector", 8: "sector"}
    clean, _ = clean_rows(t, mapping)
    assert [(r.address, r.notes, r.tags, r.sector) for r in clean] == [
        ("Valiasr No 5", "first\nsecond", ("oil", "gas"), "IT AI"),
        ("Tajrish", "only", (), ""),
    ]


def test_unmapped_columns_become_labelled_note_lines_and_ignored_ones_vanish():
    t = table(["Name", "Notes", " Fax ", "Skype", "Junk"],
              ["Acme", "own note", "021", "", "x"], ["Beta", "", "", "beta.co", "y"], ["", "", "", "", "z"])
    clean, rejections = clean_rows(t, {0: "name", 1: "notes", 4: IGNORE})
    assert [r.notes for r in clean] == ["own note\nFax: 021", "Skype: beta.co"]
    assert rejections == []  # a row with only an ignored cell is blank: skipped, not refused


# ----------------------------------------------------------------------------- refusals
@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({0: "nam"}, "“nam” is not a partner field."),
        ({3: "name"}, "Column 4 is not in the file."),
        ({-1: "name"}, "Column 0 is not in the file."),
        ({0: "city", 1: IGNORE}, "No column is mapped to the organisation's name."),
    ],
)
def test_a_mapping_that_cannot_work_is_refused_with_a_sentence(mapping, message):
    t = table(["Name", "City", "Tel"], ["Acme", "Yazd", "1"])
    with pytest.raises(MappingError) as raised:
        clean_rows(t, mapping)
    assert str(raised.value) == message


def test_values_the_register_cannot_hold_become_rejections_in_row_order():
    t = table(["Name", "City", "Tel", "Mobile", "Country"],
              ["A\x00b", "x", "1", "", ""], ["Good", "y", "2", "", ""],
              ["C", "z" * 121, "3", "", ""], ["D", "", "", "4" * 61, ""], ["E", "", "", "", "Atlantis"])
    clean, rejections = clean_rows(t, {0: "name", 1: "city", 2: "phone", 3: "phone", 4: "country"})
    assert [r.name for r in clean] == ["Good"]
    # The refusals found while cleaning and those found after it, together in row order.
    assert [(r.row, r.column, r.code) for r in rejections] == [
        (2, "Name", "nul_character"), (4, "City", "too_long"),
        (5, "Tel", "too_long"),  # the first of the phone columns names it
        (6, "Country", "unknown_country"),
    ]
    assert rejections[1].values == ("C", "z" * 121, "3", "", "")
    assert "۱۲۰" in rejections[1].reason  # the column's limit, in the user's digits


def test_a_latin_name_too_long_for_both_name_columns_is_refused_for_each():
    t = table(["Latin name"], ["L" * 301])
    clean, rejections = clean_rows(t, {0: "name_en"})
    assert clean == []
    # The name came from the Latin column; a field with no column of its own is named by itself.
    assert [(r.column, r.code) for r in rejections] == [("name", "too_long"), ("Latin name", "too_long")]


# ----------------------------------------------------------------------------- CleanRow
def test_clean_row_values_are_the_partner_fields_and_contact_needs_a_contact_value():
    row = CleanRow(row=7, name="Acme", city="Yazd", tags=("a",), warnings=("w",))
    assert list(row.values()) == list(FIELDS)
    assert row.values()["name"] == "Acme" and row.values()["tags"] == ("a",)
    assert "row" not in row.values() and "warnings" not in row.values()
    assert not row.has_contact
    for contact in ("contact_name", "contact_email", "contact_phone"):
        assert CleanRow(row=1, name="x", **{contact: "v"}).has_contact
    assert not CleanRow(row=1, name="x", contact_role="CEO").has_contact


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Acme", "", "شرکت", "x@y.org", "bad", "IR", "Atlantis"]), min_size=3, max_size=3),
       st.integers(min_value=0, max_value=20))
def test_every_non_blank_row_is_either_clean_or_rejected_with_its_own_number(cells, blank_rows):
    rows = [["", "", ""]] * blank_rows + [cells]
    t = table(["Name", "E-mail", "Country"], *rows)
    clean, rejections = clean_rows(t, {0: "name", 1: "email", 2: "country"})
    last = blank_rows + 2
    assert {r.row for r in clean} | {r.row for r in rejections} == ({last} if any(cells) else set())
    assert not (clean and rejections)
