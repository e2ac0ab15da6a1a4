"""What the duplicate finder promises, by example: which names, Latin names and domains are
the same partner, which are only offered, and what the plan then does.

The property tests of ``test_import_fastpaths_plan.py`` compare the planner with a
reference that uses the module's own ``name_key``, ``latin_key`` and ``record_domains``,
so a bug in one of those would be on both sides; these state the keys outright.
"""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz

from desktop_app.importing import CleanRow, ExistingPartner, Match, Rejection, name_key, plan_import
from desktop_app.importing._keys import fast_match_key as match_key
from desktop_app.importing.duplicates import (
    _BYTE_CHARS,
    FREE_MAIL_DOMAINS,
    ExistingIndex,
    _as_bytes,
    _block_tags,
    _byte_alphabet,
    _domain,
    _latin_keys,
    _length_band,
    cached_existing_index,
    forget_existing_index,
    is_free_mail,
    latin_key,
    match_key_words,
    record_domains,
    similar_pairs,
    strip_legal_words,
)


def row(number: int, name: str, country: str = "IR", **fields: str) -> CleanRow:
    return CleanRow(row=number, name=name, country=country, **fields)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("شرکت فولاد مبارکه", "فولادمبارکه"), ("فولاد مبارکه سهامی خاص", "فولادمبارکه"),
        ("شركت پارس سهامی عام", "پارس"), ("پارس تضامنی", "پارس"), ("پارس سهامی", "پارس"),
        ("شرکت ایران خودرو با مسئولیت محدود", "ایرانخودرو"), ("ایران خودرو مسئولیت محدود", "ایرانخودرو"),
        # A legal word goes only when at least two letters are left.
        ("شرکت", "شرکت"), ("شرکت ای", "ای"), ("شرکت x", "شرکتx"), ("سهامی خاص", "سهامیخاص"),
        ("ab سهامی خاص", "ab"), ("a سهامی خاص", "aسهامیخاص"),
        ("فولاد", "فولاد"),
    ],
)
def test_a_name_key_drops_the_legal_words_around_the_name(name, key):
    assert name_key(name) == key


def test_only_one_legal_suffix_is_dropped():
    # "… سهامی خاص" loses "سهامی خاص" and not then "سهامی" of what is left.
    assert name_key("پارس سهامی سهامی خاص") == "پارسسهامی"
    assert strip_legal_words("شرکتشرکتپارس") == "شرکتپارس"  # one prefix


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Tabriz Tech Park Co., Ltd.", "tabriztechpark"), ("ACME Inc", "acme"), ("Müller GmbH", "muller"),
        ("Société Générale SA", "societegenerale"), ("İstanbul Teknopark A.Ş.", "istanbulteknopark"),
        ("The Company", "thecompany"),  # nothing but legal words: all are kept
        ("Ltd", "ltd"), ("شرکت پارس", ""), ("", ""), ("R&D 2 Co", "rd2"),
    ],
)
def test_a_latin_key_folds_case_accents_punctuation_and_legal_words(name, key):
    assert latin_key(name) == key


def test_words_are_folded_one_by_one():
    assert match_key_words("Müller  Straße") == "muller strasse"
    assert match_key_words("") == ""


@pytest.mark.parametrize(
    ("name", "name_en", "keys"),
    [("Acme", "ACME Ltd", ("acme",)), ("Acme", "Beta", ("beta", "acme")), ("پارس", "Pars Co", ("pars",)),
     ("Acme", "", ("acme",)), ("پارس", "", ()), ("Acme", "Acme", ("acme",))],
)
def test_a_record_has_the_latin_keys_of_its_latin_names(name, name_en, keys):
    assert _latin_keys(name, name_en) == keys


@pytest.mark.parametrize(
    ("domain", "free"),
    [("gmail.com", True), ("chmail.ir", True), ("yahoo.co.uk", True), ("hotmail.fr", True), ("msn.de", True),
     ("acme.com", False), ("mygmail.com", False), ("mail.acme.com", False)],
)
def test_free_mail_domains_say_nothing_about_the_organisation(domain, free):
    assert is_free_mail(domain) is free


def test_the_free_mail_list_is_lower_case_hosts():
    assert all(d == d.lower() and "." in d and not d.startswith("www.") for d in FREE_MAIL_DOMAINS)


@pytest.mark.parametrize(
    ("website", "email", "domains"),
    [
        ("https://www.acme.com/x", "info@acme.com", ("acme.com",)),
        ("acme.com", "a@mail.acme.com", ("acme.com", "mail.acme.com")),
        ("", "a@gmail.com", ()), ("", "a@b.ir", ("b.ir",)), ("", "nomail", ()), ("", "", ()),
        ("www.b.ir", "", ("b.ir",)),
    ],
)
def test_a_record_is_known_by_its_website_and_its_own_mail_domain(website, email, domains):
    assert record_domains(website, email) == domains


@pytest.mark.parametrize(
    ("value", "host"),
    [("HTTP://WWW.Acme.com:8080/x?y#z", "acme.com"), ("user@Acme.COM", "acme.com"), ("www.acme.com.", "acme.com"),
     ("ftp://a@b.com/x", "b.com"), ("acme.com?x", "acme.com"), ("acme.com#top", "acme.com"),
     ("https://acme.com", "acme.com"), ("//x", "")],
)
def test_the_domain_of_a_tidy_value_is_its_host_without_www(value, host):
    assert _domain(value) == host


# ----------------------------------------------------------------------------- the plan
EXISTING = [
    ExistingPartner(1, "شرکت فولاد مبارکه", "Mobarakeh Steel Co.", "IR", "", ""),
    ExistingPartner(2, "پارس", "Pars", "TR", "www.pars.com.tr", ""),
    ExistingPartner(3, "پارس", "", "IR", "", "x@pars.ir"),
    ExistingPartner(4, "Beta GmbH", "", "DE", "", "hans@gmail.com"),
]


def test_each_certain_key_finds_its_partner():
    plan = plan_import([
        row(2, "فولاد مبارکه سهامی خاص"),  # name, legal words aside
        row(3, "دیگر", name_en="MOBARAKEH STEEL LTD"),  # Latin name
        row(4, "نام تازه", website="https://pars.com.tr/en"),  # web domain
        row(5, "نام تازه‌تر", "IQ", email="sales@pars.ir"),  # e-mail domain, any country
        row(6, "Beta", "DE"),  # the Latin key of a Latin name
        row(7, "Gamma", "DE", email="hans@gmail.com"),  # free mail: no clue
        row(8, "پارس", "DE"),  # same name, another country: not certain
    ], EXISTING, "overwrite")
    found = [(p.partner.row, p.action, p.duplicate and (p.duplicate.key, p.duplicate.existing_id))
             for p in plan.rows]
    assert found == [
        (2, "overwrite", ("name", 1)), (3, "skip", ("latin_name", 1)),  # partner 1 is row 2's
        (4, "overwrite", ("domain", 2)),
        (5, "overwrite", ("domain", 3)), (6, "overwrite", ("latin_name", 4)), (7, "create", None),
        (8, "create", None),
    ]


def test_the_name_wins_over_the_latin_name_and_the_domain():
    existing = [ExistingPartner(1, "آلفا", "", "IR"), ExistingPartner(2, "بتا", "Alpha", "IR"),
                ExistingPartner(3, "گاما", "", "IR", "alpha.ir")]
    plan = plan_import([row(2, "آلفا", name_en="Alpha", website="alpha.ir"), row(3, "دلتا", name_en="Alpha",
                                                                               website="alpha.ir")],
                       existing, "overwrite")
    assert plan.rows[0].duplicate == Match("name", existing_id=1)
    assert plan.rows[1].duplicate == Match("latin_name", existing_id=2)


def test_the_same_name_in_several_countries_finds_the_one_of_the_row():
    existing = [ExistingPartner(1, "پارس", "", "TR"), ExistingPartner(2, "پارس", "", "IR"),
                ExistingPartner(3, "پارس", "", "")]
    plan = plan_import([row(2, "پارس", "IR"), row(3, "پارس", "")], existing, "update_empty")
    assert [p.duplicate.existing_id for p in plan.rows] == [2, 3]
    assert [p.action for p in plan.rows] == ["update_empty", "update_empty"]


def test_a_row_repeating_an_earlier_row_is_skipped_by_each_key():
    plan = plan_import([
        row(2, "تازه", name_en="Fresh Co", website="fresh.ir"),
        row(3, "تازه"), row(4, "دیگر", name_en="FRESH"), row(5, "سوم", email="a@fresh.ir"),
        row(6, "تازه", "TR"),  # another country: a partner of its own
    ], [], "overwrite")
    assert [(p.action, p.duplicate) for p in plan.rows] == [
        ("create", None), ("skip", Match("name", row=2)), ("skip", Match("latin_name", row=2)),
        ("skip", Match("domain", row=2)), ("create", None),
    ]


def test_an_existing_partner_is_updated_once_then_skipped_pointing_at_the_first_row():
    plan = plan_import([row(2, "شرکت فولاد مبارکه"), row(3, "دیگر", name_en="Mobarakeh Steel")], EXISTING,
                       "update_empty")
    assert [(p.action, p.duplicate) for p in plan.rows] == [
        ("update_empty", Match("name", existing_id=1)), ("skip", Match("latin_name", existing_id=1, row=2)),
    ]
    assert plan.counts() == {"to_add": 0, "to_update": 1, "to_skip": 1, "rejected": 0}


def test_rejections_count_once_per_row_and_an_unknown_policy_is_refused():
    rejections = [Rejection(4, "E-mail", "x", "bad_email"), Rejection(4, "Website", "y", "bad_website"),
                  Rejection(7, "Name", "z", "missing_name")]
    plan = plan_import([row(2, "تازه")], [], "skip", rejections=rejections)
    assert plan.rejected == 2 and plan.rejections == rejections
    assert plan.counts() == {"to_add": 1, "to_update": 0, "to_skip": 0, "rejected": 2}
    with pytest.raises(ValueError) as refused:
        plan_import([], [], "merge")
    assert str(refused.value) == ("Unknown duplicate policy “merge”; expected one of "
                                  "skip, update_empty, overwrite, create.")


def test_the_same_name_in_another_country_is_offered_with_a_full_score():
    plan = plan_import([row(2, "پارس", "DE")], EXISTING, "skip")
    assert plan.rows[0].candidates == (Match("name_other_country", existing_id=2, score=100.0),
                                       Match("name_other_country", existing_id=3, score=100.0))
    assert plan_import([row(2, "پارس", "DE")], EXISTING, "skip", near_cutoff=None).rows[0].candidates == ()


def test_near_matches_are_ranked_best_first_and_limited():
    existing = [ExistingPartner(i, name, "", "IR") for i, name in enumerate(
        ["Tabriz Technology Parx", "Tabriz Technology Pa", "Tabriz Technolog", "Tabriz Technology Parks"], 1)]
    plan = plan_import([row(2, "Tabriz Technology Park")], existing, "skip", near_cutoff=80.0, max_candidates=2)
    candidates = plan.rows[0].candidates
    assert [c.existing_id for c in candidates] == [4, 1]  # one letter more, then one letter other
    assert all(c.key == "similar_name" and 90 <= c.score < 100 for c in candidates)
    assert candidates[0].score >= candidates[1].score


def test_a_certain_duplicate_is_offered_no_near_matches():
    existing = [ExistingPartner(1, "Tabriz Technology Park", "", "IR"), ExistingPartner(2, "Tabriz Technolgy Park",
                                                                                        "", "IR")]
    plan = plan_import([row(2, "Tabriz Technology Park")], existing, "skip")
    assert plan.rows[0].duplicate == Match("name", existing_id=1) and plan.rows[0].candidates == ()


@pytest.mark.parametrize(
    ("key", "tags"),
    [("abcdefgh", ("abcd", "efgh")), ("abc", ("abc", "abc")),
     ("universityoftabriz", ("tabr", "briz")),  # a common head set aside
     ("tabriztechnologypark", ("tabr", "briz")),  # a common tail set aside
     ("universityofab", ("univ", "ofab")),  # not when fewer than four letters are left
     ],
)
def test_blocks_are_made_from_the_name_without_its_common_words(key, tags):
    assert _block_tags(key) == tags


@pytest.mark.parametrize(("length", "cutoff", "band"), [(10, 90.0, (9, 12)), (10, 100.0, (10, 10)), (10, 0.0, (0, 1 << 30)),
                                                         (20, 80.0, (14, 30)), (100, 90.0, (82, 122)),
                                                         (0, 90.0, (0, 0))])
def test_the_length_band_holds_every_length_that_can_reach_the_cutoff(length, cutoff, band):
    assert _length_band(length, cutoff) == band


def test_the_index_of_a_register_is_kept_until_it_is_forgotten():
    loads: list[int] = []

    def load() -> list[ExistingPartner]:
        loads.append(1)
        return EXISTING

    forget_existing_index()
    first = cached_existing_index(("state", 1), load)
    assert cached_existing_index(("state", 1), load) is first and len(loads) == 1
    assert isinstance(first, ExistingIndex) and first.size == len(EXISTING)
    assert cached_existing_index(("state", 2), load) is not first and len(loads) == 2
    forget_existing_index()
    cached_existing_index(("state", 2), load)
    assert len(loads) == 3
    forget_existing_index()


def test_no_queries_give_no_pairs():
    assert similar_pairs([], [b"abcd"], [], 90.0) == []
    assert similar_pairs([b"abcd"], [b"abcd"], [0], 90.0) == [[]]


def test_every_letter_of_a_persian_or_arabic_key_has_a_byte_of_its_own():
    alphabet = _byte_alphabet()
    assert "".join(map(chr, range(128))) + alphabet == _BYTE_CHARS  # what the planner encodes with
    assert len(alphabet) <= 128 and len(set(alphabet)) == len(alphabet) and not any(ch.isascii() for ch in alphabet)
    persian = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیءآأؤئةيكۀ"
    assert set(match_key(persian)) <= set(alphabet)
    assert set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя") - {"ё", "й"} <= set(alphabet)
    assert isinstance(_as_bytes(match_key("پارک علم و فناوری یزد")), bytes)


def test_a_block_of_thousands_of_names_finds_every_near_name_within_each_limit():
    choices = [f"tabriz{i:04d}".encode() for i in range(2_500)]
    queries = [b"tabriz0007", b"tabriz2499", b"zzzzzzzzzz"]
    limits = [1_000, 2_500, 2_500]
    found = similar_pairs(queries, choices, limits, 85.0)
    expected = [[(c, float(round(fuzz.ratio(q, choices[c]) + 1e-9))) for c in range(limit)
                 if fuzz.ratio(q, choices[c]) >= 85.0]
                for q, limit in zip(queries, limits, strict=True)]
    assert found == expected
    assert found[0][:2] == [(0, 90.0), (1, 90.0)] and found[2] == []
