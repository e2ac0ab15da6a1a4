"""Property tests: the column-at-a-time cleaner and its fast paths give exactly what the
plain per-row code gives (the reference below is clean_rows as it was written first, on
the domain text functions)."""

from __future__ import annotations

import re
import string

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop_app.domain.countries import resolve_country
from desktop_app.domain.text import (
    is_valid_email,
    is_valid_website,
    match_key,
    normalize_phone,
    normalize_text,
    normalize_website,
    to_ascii_digits,
)
from desktop_app.importing import IGNORE, CleanRow, RawTable, Rejection, clean_rows
from desktop_app.importing.cleaning import (
    _EXACT_KINDS,
    _KIND_KEYS,
    _KIND_WORDS,
    _LATIN_KIND_KEYS,
    _LATIN_LETTER,
    _PERSIAN_KIND_KEYS,
    _TAG_SPLIT,
    _TIDY_EMAIL,
    _TIDY_PHONE,
    _TIDY_WEBSITE,
    _kind_from_name,
    _refuse_unstorable,
    _split_emails,
    email_addresses,
    kind_of,
    normalize_column,
    normalize_many,
    phone_of,
    recover_phone,
    website_of,
)
from desktop_app.importing.mapping import FIELDS

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Characters that exercise every branch of normalising: Arabic letter forms, tatweel, marks
# that compose under NFC, ZWNJ, every kind of odd space, NUL (the column joiner), digits.
TRICKY = (
    "ابپکیيكىۀةـ\u200c\u200d\u200e\u200f\ufeff\u064b\u0654\u0301e"
    " \t\n\r\x0b\x0c\x1c\x85\xa0\u2000\u200b\u2028\u202f\u3000\x00\xad"
    "۰۱۹٠٩0129"
)
tricky_text = st.text(st.sampled_from(list(TRICKY)) | st.characters(codec="utf-8"), max_size=12)


def reference_clean_rows(table: RawTable, mapping: dict[int, str]) -> tuple[list[CleanRow], list[Rejection]]:
    """clean_rows one row at a time with the domain functions (mapping assumed valid)."""
    headers = table.headers
    single: dict[str, int] = {}
    multi: dict[str, list[int]] = {}
    for index in sorted(mapping):
        target = mapping[index]
        if target == IGNORE:
            continue
        if target in single:
            multi.setdefault(target, [single.pop(target)]).append(index)
        elif target in multi:
            multi[target].append(index)
        else:
            single[target] = index
    unmapped = [i for i in range(len(headers)) if i not in mapping]
    note_labels = {i: normalize_text(headers[i]) for i in unmapped}
    column_of = {target: headers[index] for target, index in single.items()}
    column_of.update({target: headers[indexes[0]] for target, indexes in multi.items()})
    joiner = {"phone": " / ", "notes": "\n", "tags": ", ", "address": " "}
    clean: list[CleanRow] = []
    rejections: list[Rejection] = []
    for cells, row_number in zip(table.rows, table.row_numbers, strict=True):
        values: dict[str, str] = {}
        for target, index in single.items():
            if cells[index]:
                values[target] = normalize_text(cells[index])
        phone_parts: dict[str, list[str]] = {}
        for target, indexes in multi.items():
            parts = [p for p in (normalize_text(cells[i]) for i in indexes if cells[i]) if p]
            if parts:
                values[target] = joiner.get(target, " ").join(parts)
                if target in ("phone", "contact_phone"):
                    phone_parts[target] = parts
        extra = [f"{note_labels[i]}: {text}" for i in unmapped if cells[i] and (text := normalize_text(cells[i]))]
        if not values and not extra:
            continue
        problems, warnings, notes_extra = [], [], []
        name, name_en = values.get("name", ""), values.get("name_en", "")
        if not name:
            if name_en:
                name = name_en
            else:
                problems.append(("name", "missing_name", "The row has no organisation name."))
        country_text = values.get("country", "")
        country = (resolve_country(country_text) or "") if country_text else ""
        if country_text and not country:
            problems.append(("country", "unknown_country", f"The country “{country_text}” is not recognised."))
        found = {}
        for target, label in (("email", "Other e-mails: "), ("contact_email", "Other contact e-mails: ")):
            found[target] = ""
            if target in values:
                addresses = _split_emails(values[target])
                if not addresses or not all(is_valid_email(a) for a in addresses):
                    problems.append((target, "bad_email", f"“{values[target]}” is not a valid e-mail address."))
                else:
                    found[target] = addresses[0]
                    if len(addresses) > 1:
                        notes_extra.append(label + ", ".join(addresses[1:]))
        website = ""
        if "website" in values:
            website = normalize_website(values["website"])
            if not is_valid_website(website):
                problems.append(("website", "bad_website", f"“{values['website']}” is not a valid web address."))
        if problems:
            for target, code, reason in problems:
                rejections.append(Rejection(row_number, column_of.get(target, target), reason, code, tuple(cells)))
            continue
        kind_text = values.get("kind", "")
        if kind_text:
            kind = kind_of(kind_text) or ""
            if not kind:
                kind = "other"
                warnings.append(f"The kind “{kind_text}” is not known; the partner is marked “other”.")
        else:
            kind = _kind_from_name(name, name_en)
        phones = []
        for target in ("phone", "contact_phone"):
            recovered_parts = []
            for text in phone_parts.get(target) or ([values[target]] if target in values else []):
                recovered, lossy = recover_phone(to_ascii_digits(text), country)
                if lossy:
                    warnings.append(
                        f"The {target.replace('_', ' ')} “{text}” was stored by Excel in scientific notation; "
                        "some digits may be lost."
                    )
                recovered_parts.append(normalize_phone(recovered))
            phones.append(" / ".join(p for p in recovered_parts if p))
        notes = values.get("notes", "")
        if notes_extra or extra:
            notes = "\n".join(part for part in (notes, *notes_extra, *extra) if part)
        tags_text = values.get("tags", "")
        tags = tuple(dict.fromkeys(t.strip() for t in _TAG_SPLIT.split(tags_text) if t.strip())) if tags_text else ()
        clean.append(CleanRow(
            row=row_number, name=name, name_en=name_en, kind=kind, sector=values.get("sector", ""),
            country=country, city=values.get("city", ""), address=values.get("address", ""), website=website,
            email=found["email"], phone=phones[0], notes=notes, tags=tags,
            contact_name=values.get("contact_name", ""), contact_role=values.get("contact_role", ""),
            contact_email=found["contact_email"], contact_phone=phones[1], warnings=tuple(warnings),
        ))
    return clean, rejections


# Cells as partner lists have them, tidy and untidy, valid and not.
realistic = st.sampled_from([
    "", " ", "\u200c", "ـ", "پارک علم و فناوری یزد", "شركت دانش بنيان", "  پارک  فناوری ", "دانش\u200c بنیان",
    "Tabriz Technology Park", "University of Tehran", "Acme GmbH", "ایران", "ايران", "Iran", "IR", "Turkey",
    "Atlantis", "تهران", "Berlin", "شرکت", "چیز عجیب", "park", "info@acme.com", "a@b.ir; c@b.ir",
    "mailto:x@y.org", "not-an-email", "a..b@c.com", "<x@y.com>", "www.acme.com", "https://www.b.ir/",
    "HTTPS://www.B.ir", "http://", "ftp://x.com", "www.com", "www.www.x.com", "x.com/path", "acme.com.",
    "9123456789", "9123456789.0", "9.12346E+09", "989123456789", "980123456789", "0123456789",
    "+98 21 8877 6655", "۰۲۱-۸۸۷۷ ۶۶۵۵", "021-88776655", "2025550123", "0912 345 6789", "(021) 8877",
    "12/34", "- 12", "نفت، گاز", "a;b|c", "'=HYPERLINK(1)", "x\x00y",
])
# Short texts of the characters that decide normalising (no NUL: that is tested apart).
SPACEY = " \u200c\u200d\tـيكۀ\u0654\u0301\xa0\u2000\u200b\u3000\n\x85\xad"
spacey_text = st.text(st.sampled_from(list(SPACEY + "ab پ")), max_size=6)
digits = st.from_regex(r"(98|0|9|\+98 )?[0-9]{0,12}(\.0)?", fullmatch=True)
cell = realistic | spacey_text | tricky_text | digits
targets = st.sampled_from([*FIELDS, IGNORE, "phone", "phone", "notes", "contact_phone", "email"])


@st.composite
def tables_and_mappings(draw):
    width = draw(st.integers(min_value=1, max_value=7))
    headers = draw(st.lists(st.sampled_from(["نام", "Name", " Fax ", "Tel", "کشور", "x\u200c"]) | spacey_text,
                            min_size=width, max_size=width))
    rows = draw(st.lists(st.lists(cell, min_size=width, max_size=width), max_size=10))
    # Repeat some rows so that the per-column caches and pools are used.
    rows += draw(st.lists(st.sampled_from(rows), max_size=5)) if rows else []
    mapping = draw(st.dictionaries(st.integers(min_value=0, max_value=width - 1), targets, max_size=width))
    mapping[draw(st.integers(min_value=0, max_value=width - 1))] = draw(st.sampled_from(["name", "name_en"]))
    table = RawTable(headers, rows, list(range(2, len(rows) + 2)), 1, "csv")
    return table, mapping


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables_and_mappings())
def test_clean_rows_equals_the_per_row_reference(table_and_mapping):
    table, mapping = table_and_mapping
    # (a row with a NUL or an over-long value is refused after cleaning, the same for both)
    assert clean_rows(table, mapping) == _refuse_unstorable(table, mapping, *reference_clean_rows(table, mapping))


# A partner list's columns, each with the values that column gets in practice.
PARTNER_COLUMNS = {
    "name": st.sampled_from(["پارک علم و فناوری یزد", "شركت دانش بنيان", "  پارک  فناوری ", "", "Acme GmbH", "\u200c"]),
    "name_en": st.sampled_from(["", "Tabriz Technology Park", "Acme GmbH", "University of Tehran", "x"]),
    "kind": st.sampled_from(["", "شرکت", "park", "چیز عجیب", "دانش‌بنیان"]),
    "country": st.sampled_from(["", "ایران", "ايران", "IR", "Turkey", "DE", "Atlantis"]),
    "phone": digits | st.sampled_from(["9.12346E+09", "9.123456789E+09", "+98 21 8877 6655", "۰۲۱-۸۸۷۷ ۶۶۵۵", ""]),
    "email": st.sampled_from(["", "info@acme.com", "a@b.ir; c@b.ir", "bad", "x@y.org, z@y.org", " "]),
    "website": st.sampled_from(["", "www.acme.com", "https://www.b.ir/", "HTTPS://www.B.ir", "http://", "www.com"]),
    "notes": st.sampled_from(["", "یادداشت", "line\nline"]),
    "tags": st.sampled_from(["", "نفت، گاز", "a;b|a", " , "]),
}


@st.composite
def partner_tables(draw):
    fields = draw(st.lists(st.sampled_from(sorted(PARTNER_COLUMNS)), min_size=1, max_size=9))
    fields.append(draw(st.sampled_from(["name", "name_en"])))
    rows = draw(st.lists(st.tuples(*(PARTNER_COLUMNS[f] for f in fields)).map(list), max_size=12))
    mapping = {i: f for i, f in enumerate(fields) if draw(st.booleans()) or f in ("name", "name_en")}
    table = RawTable([f"h{i}" for i in range(len(fields))], rows, list(range(2, len(rows) + 2)), 1, "csv")
    return table, mapping


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(partner_tables())
def test_clean_rows_on_partner_like_tables(table_and_mapping):
    table, mapping = table_and_mapping
    assert clean_rows(table, mapping) == reference_clean_rows(table, mapping)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.text(st.sampled_from(["a", " ", "\u200c", "ي", "\u0654", "\t"]), max_size=5), max_size=5))
def test_normalize_many_on_spaces_and_zwnj(values):
    assert normalize_many(list(values)) == [normalize_text(v) for v in values]
    assert normalize_many(values * 40) == [normalize_text(v) for v in values * 40]


@settings(max_examples=600, deadline=None)
@given(st.lists(spacey_text | realistic, max_size=6))
def test_normalize_many_equals_normalize_text(values):
    assert normalize_many(list(values)) == [normalize_text(v) for v in values]
    # Many values with Arabic letter forms take the other way (change all, then split).
    assert normalize_many(values * 40) == [normalize_text(v) for v in values * 40]
    assert normalize_column(values * 3) == [normalize_text(v) for v in values * 3]


@SETTINGS
@given(st.lists(tricky_text, max_size=6))
def test_normalize_many_on_any_text(values):
    assert normalize_many(list(values)) == [normalize_text(v) for v in values]
    assert normalize_many(values * 40) == [normalize_text(v) for v in values * 40]


@settings(max_examples=150, deadline=None)
@given(st.from_regex(_TIDY_EMAIL, fullmatch=True))
def test_tidy_email_is_one_valid_address(text):
    assert _split_emails(text) == [text] and is_valid_email(text)


email_like = st.builds("".join, st.lists(st.sampled_from(["a", "B", "9", ".", "@", "-", "_", " ", ";", "<", "/",
                                                           "mailto:", "x.co", "۱", ".ir"]), max_size=8))


@SETTINGS
@given(email_like | cell)
def test_email_addresses_equals_the_plain_check(text):
    addresses = _split_emails(text)
    expected = addresses if addresses and all(is_valid_email(a) for a in addresses) else None
    assert email_addresses(text) == expected


url_like = st.builds("".join, st.lists(st.sampled_from(["http://", "https://", "HTTP://", "ftp://", "www.", "a", "b-",
                                                         "-", "x1", ".", "..", "com", "ir", "/", "?q", "@", " ", "۲"]),
                                        max_size=7))


@SETTINGS
@given(url_like | cell)
@example("www." + "a" * 63 + ".com")
@example("http://" + ("a" * 60 + ".") * 4 + "com/")
@example("www." + ("a" * 60 + ".") * 4 + "com")
@example("www.www.x.com")
@example("www.com")
def test_website_of_equals_normalize_and_validate(text):
    website = normalize_website(text)
    assert website_of(text) == (website, is_valid_website(website))


phone_text = digits | st.text(st.sampled_from(list(string.digits + "+-()/ .eE۰۹٠x")), max_size=14) | cell


@settings(max_examples=600, deadline=None)
@given(phone_text, st.sampled_from(["", "IR", "DE"]))
@example("980123456789", "IR")
@example("989123456789", "")
@example("0123456789", "IR")
@example("9123456789", "DE")
@example("12345678901", "IR")
@example("+98 21 8877 ", "IR")
def test_phone_of_equals_recover_then_normalize(text, country):
    recovered, lossy = recover_phone(to_ascii_digits(text), country)
    assert phone_of(text, country) == (normalize_phone(recovered), lossy)


def reference_kind_of(text: str) -> str | None:
    key = match_key(text)
    if not key:
        return None
    exact = _EXACT_KINDS.get(key)
    if exact:
        return exact
    return next((kind for word, kind in _KIND_KEYS if word in key), None)


def test_every_latin_kind_word_has_a_latin_letter():
    assert all(_LATIN_LETTER.search(word) for word, _ in _LATIN_KIND_KEYS)
    assert {*_LATIN_KIND_KEYS, *_PERSIAN_KIND_KEYS} == set(_KIND_KEYS)


kind_text = st.lists(st.sampled_from([w for w, _ in _KIND_WORDS] + ["x", "9", " ", "é", "ß", "ي", "1"]), max_size=4)


@settings(max_examples=400, deadline=None)
@given(kind_text.map(" ".join) | tricky_text)
def test_kind_of_equals_the_plain_search(text):
    assert kind_of(text) == reference_kind_of(text)


def test_unchanged_values_stay_the_same_objects():
    values = ["".join(["شرکت ", str(i)]) for i in range(3)]
    assert all(a is b for a, b in zip(normalize_many(values), values, strict=True))
    column = [values[0], values[1]] * 50
    assert all(a is b for a, b in zip(normalize_column(column), column, strict=True))


def test_tidy_patterns_are_anchored_by_fullmatch():
    # The fast paths rely on fullmatch: a trailing newline must not slip through as "$" would.
    for pattern in (_TIDY_EMAIL, _TIDY_WEBSITE, _TIDY_PHONE):
        assert not pattern.pattern.endswith("$")
    assert re.fullmatch(_TIDY_EMAIL, "a@b.co\n") is None
