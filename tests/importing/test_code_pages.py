"""The code page of a text list from Turkish and from Persian Windows.

A Turkish (cp1254) list used to be read as Persian cp1256: its few non-ASCII bytes decode
there to Arabic letters ("İstanbul" as "فstanbul"), or else the guesser took Western cp1252
("Ýstanbul"). An officer saw a partner list in the wrong letters and had to pick the encoding
by hand.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.importing.textfile import decode, detect_encoding

TURKISH = ("Ad,Şehir,E-posta\n"
           "İstanbul Teknopark A.Ş.,İstanbul,info@teknopark.com.tr\n"
           "Ankara Üniversitesi Teknokent,Ankara,tto@ankara.edu.tr\n"
           "Boğaziçi Üniversitesi,İstanbul,tto@boun.edu.tr\n"
           "Işık Üniversitesi,İstanbul,info@isik.edu.tr\n")
# Persian as Persian Windows writes it in cp1256 (Arabic yeh and kaf), with Latin words.
PERSIAN = ("نام,شهر,يادداشت\n"
           "پارك علم و فناوري پرديس,تهران,ISIPO\n"
           "شركت دانش بنيان Nano فناوران,مشهد,\n"
           "مركز رشد Tabriz,تبريز,info@tabriz.ac.ir\n")


def test_a_turkish_list_reads_in_turkish_letters() -> None:
    assert detect_encoding(TURKISH.encode("cp1254")) == "cp1254"
    text, name = decode(TURKISH.encode("cp1254"))
    assert text == TURKISH and name == "cp1254"


def test_one_turkish_line_is_not_persian() -> None:
    line = "İstanbul Teknopark A.Ş.,İstanbul\n"
    assert detect_encoding(line.encode("cp1254")) == "cp1254"


def test_a_persian_list_with_latin_words_stays_cp1256() -> None:
    assert detect_encoding(PERSIAN.encode("cp1256")) == "cp1256"


_TURKISH_WORDS = st.sampled_from(["İstanbul", "Şişli", "Boğaziçi", "Işık", "Üniversitesi",
                                  "Teknoloji", "Geliştirme", "Bölgesi", "Çankaya", "Doğuş",
                                  "A.Ş.", "Ltd.", "Şti.", "Gebze", "Konya", "İzmir"])
_PERSIAN_WORDS = st.sampled_from(["پارك", "علم", "فناوري", "مركز", "رشد", "تهران", "شركت",
                                  "دانش", "بنيان", "ISIPO", "Nano", "Tech", "2024", "كرج"])


def _table(words: list[list[str]]) -> str:
    return "".join(" ".join(row) + ",x\n" for row in words)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_TURKISH_WORDS, min_size=1, max_size=5), min_size=1, max_size=8)
       .filter(lambda rows: any(c in "ğĞşŞıİ" for r in rows for w in r for c in w)))
def test_any_turkish_list_reads_back_as_typed(rows: list[list[str]]) -> None:
    """A list with a letter only Turkish has (ğ, ş, ı, İ …); with ö, ü, ç alone a Turkish
    list is not told from a German or French one, and those letters are the same there."""
    text = _table(rows)
    assert decode(text.encode("cp1254"))[0] == text


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_PERSIAN_WORDS, min_size=2, max_size=6), min_size=2, max_size=8)
       .filter(lambda rows: sum(w.isascii() for r in rows for w in r) * 2 < sum(map(len, rows))))
def test_any_persian_list_reads_back_as_typed(rows: list[list[str]]) -> None:
    text = _table(rows)
    assert decode(text.encode("cp1256"))[0] == text
