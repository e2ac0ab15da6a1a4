"""Duplicate detection and the import plan, over plain records."""

from __future__ import annotations

from desktop_app.importing import CleanRow, ExistingPartner, latin_key, plan_import


def row(number: int, name: str, country: str = "IR", **fields: str) -> CleanRow:
    """A clean row as clean_rows would make it."""
    return CleanRow(row=number, name=name, country=country, **fields)


EXISTING = [
    ExistingPartner(1, "پارک علم و فناوری تبریز", "Tabriz Technology Park", "IR", "www.tstp.ir", ""),
    ExistingPartner(2, "شرکت پارسیان", "Parsian Co.", "IR", "", "info@parsian.com"),
    ExistingPartner(3, "Müller GmbH", "Müller GmbH", "DE", "", "hans@gmail.com"),
]


def test_arabic_letters_and_zwnj_match_the_persian_name():
    plan = plan_import(
        [row(2, "پارك علم و فناوري تبريز"), row(3, "پارک‌علم و فناوری تبریز")], EXISTING, "skip"
    )
    first, second = plan.rows
    assert (first.action, first.duplicate.existing_id, first.duplicate.key) == ("skip", 1, "name")
    assert second.action == "skip" and second.duplicate.row == 2  # same partner again


def test_latin_name_case_accents_and_legal_suffix():
    assert latin_key("MULLER gmbh") == latin_key("Müller GmbH") == "muller"
    plan = plan_import([row(2, "مولر", "DE", name_en="MULLER gmbh")], EXISTING, "overwrite")
    assert plan.rows[0].action == "overwrite"
    assert plan.rows[0].duplicate.key == "latin_name" and plan.rows[0].duplicate.existing_id == 3


def test_same_latin_name_other_country_is_not_certain():
    plan = plan_import([row(2, "مولر", "AT", name_en="Muller GmbH")], EXISTING, "skip")
    assert plan.rows[0].action == "create" and plan.rows[0].duplicate is None


def test_same_web_domain_but_not_free_mail():
    plan = plan_import(
        [
            row(2, "نام دیگر", website="https://tstp.ir/en"),
            row(3, "شرکتی دیگر", email="sales@parsian.com"),
            row(4, "کس دیگر", "DE", email="someone@gmail.com"),
        ],
        EXISTING,
        "update_empty",
    )
    actions = [(r.action, r.duplicate and r.duplicate.existing_id) for r in plan.rows]
    assert actions == [("update_empty", 1), ("update_empty", 2), ("create", None)]
    assert plan.rows[0].duplicate.key == "domain"


def test_near_match_is_offered_not_acted_on():
    plan = plan_import([row(2, "Tabriz Technolgy Park", name_en="Tabriz Technolgy Park")], EXISTING, "overwrite")
    planned = plan.rows[0]
    assert planned.action == "create" and planned.duplicate is None
    assert [(c.existing_id, c.key) for c in planned.candidates] == [(1, "similar_name")]
    assert 90 <= planned.candidates[0].score < 100


def test_near_match_within_the_file_points_at_the_earlier_row():
    plan = plan_import([row(5, "Tabriz Technology Park"), row(9, "Tabriz Technolgy Park")], [], "skip")
    assert plan.rows[1].candidates[0].row == 5 and plan.rows[0].candidates == ()


def test_policies_and_counts():
    rows = [row(2, "شرکت پارسیان"), row(3, "شرکت تازه"), row(4, "شرکت تازه")]
    for policy, expected in (
        ("skip", {"to_add": 1, "to_update": 0, "to_skip": 2}),
        ("update_empty", {"to_add": 1, "to_update": 1, "to_skip": 1}),
        ("overwrite", {"to_add": 1, "to_update": 1, "to_skip": 1}),
        ("create", {"to_add": 2, "to_update": 0, "to_skip": 1}),
    ):
        counts = plan_import(rows, EXISTING, policy).counts()
        assert {k: counts[k] for k in expected} == expected, policy


def test_large_blocks_split_by_length_find_the_same_near_matches(monkeypatch):
    """However blocks are compared (many small ones in one matrix, each alone, big ones
    length band by length band, in small chunks), the candidates (and their order and
    scores) are the same."""
    import random

    import desktop_app.importing.duplicates as duplicates

    rng = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyz"

    def name(length: int) -> str:
        return "tabr" + "".join(rng.choice(letters[:6]) for _ in range(length))

    existing = [ExistingPartner(i, name(rng.randint(2, 30)), country="IR") for i in range(1, 600)]
    rows = []
    for number in range(2, 400):
        base = rng.choice(existing).name
        cut = rng.randint(0, len(base) - 1)
        text = base[:cut] + rng.choice(["", "x", "xy", "xyzw"]) + base[cut + rng.randint(0, 3):]
        rows.append(row(number, text or "tabrx", "IR"))

    def plan(**settings: int) -> list[tuple]:
        with monkeypatch.context() as patch:
            for setting, value in settings.items():
                patch.setattr(duplicates, setting, value)
            result = plan_import(rows, existing, "skip", near_cutoff=80.0)
        return [(r.action, r.duplicate, r.candidates) for r in result.rows]

    whole = plan(BAND_OVER=10**12)
    assert sum(1 for r in whole if r[2]) > 50
    assert plan() == whole
    assert plan(BAND_OVER=0) == whole
    assert plan(BAND_OVER=0, BAND_QUERIES=1) == whole
    assert plan(BATCH_WASTE=0, MATRIX_CELLS=1) == whole
    assert plan(BATCH_WASTE=10**12) == whole
