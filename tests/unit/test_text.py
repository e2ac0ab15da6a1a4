"""Persian text normalisation and matching."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.text import (
    index_words,
    is_valid_email,
    is_valid_website,
    match_key,
    normalize_phone,
    normalize_text,
    search_words,
    to_ascii_digits,
    to_persian_digits,
    web_domain,
)

persian_text = st.text(alphabet=st.sampled_from(
    list("ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكىةآأ۰۱۲۳٤٥0123 \u200c\u0640\u064b-.,()")), max_size=40)


def test_stored_form_uses_persian_letters_and_keeps_zwnj() -> None:
    assert normalize_text("  پارك  علمي‌ و فناوري ") == "پارک علمی‌ و فناوری".replace("‌ ", " ")
    assert normalize_text("تفاهم‌نامه") == "تفاهم‌نامه"
    assert normalize_text("تفاهم\u200c\u200cنامه") == "تفاهم‌نامه"
    assert normalize_text("هم\u0640\u0640افزایی") == "همافزایی"
    assert normalize_text(None) == ""


def test_match_key_unifies_spellings() -> None:
    spellings = ["تفاهم‌نامه", "تفاهم نامه", "تفاهمنامه", "تفاهم نامة", "تَفاهُم‌نامه"]
    assert len({match_key(s) for s in spellings}) == 1
    assert match_key("شركت ملي") == match_key("شرکت ملی")
    assert match_key("Türkiye") == match_key("TURKIYE")
    assert match_key("۱۴۹۳۸۴") == match_key("149384") == match_key("١٤٩٣٨٤")


def test_digits_both_ways() -> None:
    assert to_ascii_digits("۱۴۰۴/۰۹/۲۵ و ١٤٠٤") == "1404/09/25 و 1404"
    assert to_persian_digits("No. 54") == "No. ۵۴"


def test_phone_email_web() -> None:
    assert normalize_phone("۰۲۱-۸۸۷۷ ۶۶۵۵ داخلی") == "021-8877 6655"
    assert web_domain("https://www.KSTP.ir/fa/news?id=1") == "kstp.ir"
    assert web_domain("info@mstp.ir") == "mstp.ir"
    assert is_valid_email("info@pgpic.ir") and not is_valid_email("info@pgpic")
    assert not is_valid_email("a b@x.ir") and not is_valid_email("a@@x.ir")
    assert is_valid_website("kstp.ir") and is_valid_website("https://odtuteknokent.com.tr/en")
    assert not is_valid_website("ftp://x.ir") and not is_valid_website("not a site")


def test_every_spelling_finds_the_indexed_word() -> None:
    index = set(index_words("شرکت دانش‌بنیان"))
    for typed in ("دانش‌بنیان", "دانش بنیان", "دانشبنیان", "دانش"):
        assert all(any(k.startswith(w) for k in index) for w in search_words(typed)), typed


@given(persian_text)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert "ي" not in once and "ك" not in once and "\u0640" not in once
    assert not once.startswith((" ", "\u200c")) and not once.endswith((" ", "\u200c"))


@given(persian_text)
def test_match_key_ignores_zwnj_space_and_letter_forms(text: str) -> None:
    variants = {text.replace("\u200c", " "), text.replace("\u200c", ""),
                text.replace("ی", "ي").replace("ک", "ك")}
    assert len({match_key(v) for v in variants}) == 1
    assert " " not in match_key(text) and "\u200c" not in match_key(text)


@given(st.text(max_size=60))
def test_text_functions_never_raise(text: str) -> None:
    normalize_text(text)
    match_key(text)
    search_words(text)
    index_words(text)
    normalize_phone(text)
    web_domain(text)
    assert isinstance(is_valid_email(text), bool)
    assert isinstance(is_valid_website(text), bool)
    assert to_ascii_digits(to_persian_digits(text)) == to_ascii_digits(text)


def test_sort_key_orders_persian_letters() -> None:
    from desktop_app.domain.text import sort_key

    names = ["گروه", "کارگاه", "پارک", "بانک", "پارک علم", "پارکها", "ولایت", "هلدینگ", "یزد",
             "چین", "ژاپن", "زنجان", "آذر", "Alpha"]
    assert sorted(names, key=sort_key) == [
        "آذر", "بانک", "پارک", "پارک علم", "پارکها", "چین", "زنجان", "ژاپن", "کارگاه", "گروه",
        "ولایت", "هلدینگ", "یزد", "Alpha"]
    assert sort_key("كارگاه") == sort_key("کارگاه")


@given(st.lists(persian_text, max_size=8))
def test_sort_key_is_plain_ascii_and_total(names: list[str]) -> None:
    from desktop_app.domain.text import sort_key

    keys = [sort_key(n) for n in names]
    assert all(k.isascii() and (k == "" or k.isalnum()) for k in keys)
