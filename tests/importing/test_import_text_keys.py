"""The planner keys names as the bytes the near-match search compares (one object for both,
some 20 MB less at 100,000 rows into 100,000): names with letters that have no byte (Greek,
CJK), short ones and empty ones still plan exactly as the reference planner does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.importing import duplicates
from desktop_app.importing.duplicates import ExistingIndex, plan_import
from tests.importing.test_import_fastpaths_plan import (
    make_existing,
    make_rows,
    planned,
    reference_plan,
)

#: Letters with a byte (Persian, Latin) and without one (Greek, CJK).
LETTERS = "ابپکی abcΩωψ中文"


@st.composite
def records(draw: st.DrawFn, count: int) -> list[tuple[str, str, str, str, str]]:
    pool = draw(st.lists(st.text(alphabet=LETTERS, max_size=9), min_size=1, max_size=5))
    return [(draw(st.sampled_from(pool)), draw(st.sampled_from(["", "Tabriz", "Ωmega Ltd"])),
             draw(st.sampled_from(["IR", ""])), "", "") for _ in range(count)]


@settings(max_examples=60, deadline=None)
@given(records(8), records(10), st.booleans())
def test_names_without_bytes_plan_as_the_reference(existing_data, row_data, keys) -> None:
    existing = make_existing(existing_data, keys)
    rows = make_rows(row_data)
    plan = plan_import(rows, existing, "update_empty", near_cutoff=80.0, max_candidates=3)
    assert planned(plan) == reference_plan(rows, existing, "update_empty", 80.0, 3)


def test_one_object_keys_a_name_and_is_compared() -> None:
    index = ExistingIndex(make_existing([("پارک فناوری پردیس", "", "IR", "", ""),
                                         ("Ωmega", "", "IR", "", "")], True))
    assert all(any(key is value for value in index.values) for key in index.by_name)
    assert {type(key) for key in index.by_name} == {bytes, str}
    assert index.text_only


def test_plain_tuples_index_as_partners_do() -> None:
    data = [("شرکت پارس", "Pars Co", "IR", "pars.ir", "a@pars.ir"), ("Ωmega", "", "", "", "")]
    partners = make_existing(data, True)
    records = [(p.id, p.name, p.name_en, p.country, p.website, p.email, p.key) for p in partners]
    a, b = ExistingIndex(partners), ExistingIndex(records)
    assert (a.ids, a.by_name, a.latin_ids, a.domain_ids, a.values, a.heads, a.tails) == \
        (b.ids, b.by_name, b.latin_ids, b.domain_ids, b.values, b.heads, b.tails)
    assert duplicates._record(records[0]) is records[0]
