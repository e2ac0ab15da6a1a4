"""The column-at-a-time derived columns equal the domain's one-value functions.

``desktop_app.importing.keys`` folds a whole column joined into one text; these tests hold
every column it makes against ``desktop_app.domain.text`` and ``partner_search_text``'s
rules (``keys_of`` of name, Latin name, city, sector, e-mail, phone, domain, tags and the
country's names), on arbitrary text and on named examples: every Arabic/Persian letter
form, ZWNJ in every place, harakat and other marks, the three digit scripts, Latin with
accents, Cyrillic, CJK, astral characters, punctuation.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop_app.domain.countries import country_name
from desktop_app.domain.search_index import keys_of
from desktop_app.domain.text import index_words, match_key, normalize_text, sort_key, web_domain
from desktop_app.importing import CleanRow, keys
from desktop_app.importing.keys import DerivedColumns, derive_columns

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Letter forms (Arabic Yeh/Alef Maksura/Kaf, Teh Marbuta, the hamza forms, Heh with Yeh
# above), tatweel, harakat and the hamza mark, ZWNJ/ZWJ, bidi marks, BOM, the three digit
# scripts, Latin accents (precomposed and combining), ß and İ (casefold changes length),
# Cyrillic, CJK, an astral letter and an astral mark, presentation forms, ligatures, odd
# spaces, and punctuation including "_".
ALPHABET = (
    "ابپتجچحخدذرزژسشصضطظعغفقکگلمنوهیيىكةأإآٱؤئۀـ\u064b\u064e\u0650\u0651\u0652\u0654\u0670"
    "\u200c\u200d\u200e\u200f\ufeff\u202b"
    "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩0123456789"
    "aAzZéÉüÜçñßİıøÆ\u0301\u0308"
    "жЖяЯёЁ中国北京株式会社"
    "\U0001d400\U0001d165\ufdfa\ufb8e\ufef5\ufb01½²"
    " \u00a0\u2003-_.,()/@&'"
)
raw_text = st.text(st.sampled_from(list(ALPHABET)), max_size=24) | st.text(max_size=12)
# Clean rows hold values in stored form.
stored_text = raw_text.map(normalize_text)

NAMED = [
    "تفاهم‌نامه", "تفاهم نامه", "تفاهمنامه", "تفاهم نامة", "شركت كيميا", "شرکت دانش‌بنیان آرنیک",
    "پارک علم و فناوری تبریز", "مؤسسه", "آذر ۱۴۰۴", "٣٤ پلاک", "Müller GmbH", "İstanbul Teknopark",
    "Straße", "Россия", "北京中关村", "Co., Ltd.", "a_b", "ﷺ", "ﻻ", "", "-", "x\u0301\u0308y",
]


@SETTINGS
@given(st.lists(stored_text, max_size=8))
@example(NAMED)
@example([normalize_text(n) for n in NAMED])
def test_match_keys_equal_match_key(values):
    assert keys.match_keys(values) == [match_key(v) for v in values]


@SETTINGS
@given(st.lists(stored_text, max_size=8))
@example([normalize_text(n) for n in NAMED])
@example(["ب" * 130, "a" * 119 + "ß", "ا" * 200 + "\u064b"])
def test_sort_keys_equal_sort_key(values):
    assert keys.sort_keys(values) == [sort_key(v) for v in values]


@SETTINGS
@given(st.lists(stored_text, max_size=8))
@example([normalize_text(n) for n in NAMED])
def test_text_keys_are_index_words(values):
    """A value's keys, empty ones dropped and repeats removed, are ``index_words``'s."""
    assert [[k for k in dict.fromkeys(found) if k] for found in keys.text_keys(values)] == \
        [index_words(v) for v in values]


@SETTINGS
@given(st.lists(raw_text, max_size=6))
def test_values_not_yet_stored_are_normalised_first(values):
    assert keys.match_keys(values) == [match_key(v) for v in values]
    assert keys.sort_keys(values) == [sort_key(v) for v in values]


def test_key_texts_keep_words_apart():
    assert keys.key_texts(["دانش‌بنیان آرنيك", "Tabriz Co."]) == ["دانش\u200cبنیان\tارنیک", "tabriz\tco"]
    assert keys.match_keys([]) == [] and keys.sort_keys([]) == [] and keys.key_texts([]) == []


# ------------------------------------------------------------------ whole rows

COUNTRIES = ["", "IR", "DE", "CN", "TR", "RU"]
WEBS = ["", "www.tstp.ir", "https://Parsian.com/x", "http://۱۲۳.ir", "tstp.ir"]
MAILS = ["", "info@tstp.ir", "a@gmail.com", "b@Parsian.COM"]


@st.composite
def clean_rows(draw):
    count = draw(st.integers(1, 6))
    rows = []
    for i in range(count):
        rows.append(CleanRow(
            row=i + 2, name=draw(stored_text), name_en=draw(stored_text),
            country=draw(st.sampled_from(COUNTRIES)), city=draw(st.sampled_from(["", "تهران", "تبريز", "Kazan"])),
            sector=draw(st.sampled_from(["", "نفت و گاز", "فناوری‌اطلاعات", "Energy"])),
            website=draw(st.sampled_from(WEBS)), email=draw(st.sampled_from(MAILS)),
            phone=draw(st.sampled_from(["", "021-8877 6655", "+98 21 1234", "۰۹۱۲"])),
            tags=tuple(draw(st.lists(st.sampled_from(["نمایشگاه", "فن‌بازار ۱۴۰۴", "SCO", "a b"]),
                                     max_size=2, unique=True))),
        ))
    return rows


def reference_derived(row: CleanRow) -> tuple[str, str, str, str, str]:
    """``apply_derived`` of the partner the row becomes, from the domain functions."""
    domain = web_domain(row.website) or (web_domain(row.email) if row.email else "")
    code = row.country or None
    search = keys_of(row.name, row.name_en, row.city, row.sector, row.email, row.phone, domain,
                     *row.tags, country_name(code, "fa"), country_name(code, "en"))
    return match_key(row.name), sort_key(row.name), match_key(row.name_en), domain, search


@SETTINGS
@given(clean_rows())
def test_derived_columns_equal_apply_derived(rows):
    expected = [reference_derived(r) for r in rows]
    assert list(zip(*derive_columns(rows), strict=True)) == expected
    derived = DerivedColumns(rows)
    assert [derived.of(r) for r in rows] == expected


def test_derived_columns_of_a_named_list():
    rows = [CleanRow(row=2 + i, name=normalize_text(n), name_en="Tabriz Co." if i % 2 else "",
                     country="IR", city="تبریز", website="www.tstp.ir" if i == 3 else "",
                     email="info@tstp.ir", tags=("فن‌بازار ۱۴۰۴",))
            for i, n in enumerate(NAMED)]
    derived = DerivedColumns(rows)
    assert [derived.of(r) for r in rows] == [reference_derived(r) for r in rows]
    first = derived.of(rows[0])
    assert first is not None and first[0] == "تفاهمنامه"
    assert " تفاهم " in first[4] and " نامه " in first[4] and " tstpir " in first[4]


def test_a_changed_row_gets_no_ready_columns():
    """The commit merges later rows into a copy of an earlier one: that copy, and any row
    not planned, must have its columns computed afresh."""
    import copy

    row = CleanRow(row=2, name="شرکت آرنیک")
    derived = DerivedColumns([row])
    assert derived.of(row) is not None
    assert derived.of(copy.copy(row)) is None
    assert derived.of(CleanRow(row=2, name="شرکت آرنیک")) is None
    assert DerivedColumns.COLUMNS == ("name_key", "name_sort", "name_en_key", "web_domain", "search_text")
    assert derive_columns([]) == ([], [], [], [], [])
    assert DerivedColumns([]).of(row) is None


def test_columns_come_a_chunk_at_a_time(monkeypatch):
    """Asked for row by row (in any order), the columns are those of the whole list; only
    one chunk is held at a time."""
    monkeypatch.setattr(DerivedColumns, "CHUNK", 3)
    rows = [CleanRow(row=10 + 2 * i, name=f"شرکت {n}", city="تبریز") for i, n in enumerate(NAMED)]
    derived = DerivedColumns(rows)
    expected = [reference_derived(r) for r in rows]
    order = [*range(len(rows) - 1, -1, -2), *range(0, len(rows), 2)]
    assert [derived.of(rows[i]) for i in order] == [expected[i] for i in order]
    assert len(derived._chunk[0]) <= 3
