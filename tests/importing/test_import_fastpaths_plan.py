"""The planner's fast paths give what the plain ways give (property tests).

The reference planner below is the earlier, straightforward one: every record's keys from
its name, one dictionary of certain keys, blocks by regular expression, every string of
every block compared with ``process.cdist`` as text. ``plan_import`` must give exactly its
plan — actions, duplicates, candidates, their scores and order — however it gets there
(existing partners' keys passed in, strings compared as bytes, small blocks batched into
one matrix, big ones length band by length band, in chunks).
"""

from __future__ import annotations

import re
from collections import defaultdict
from math import floor
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

import desktop_app.importing.duplicates as duplicates
from desktop_app.domain.text import web_domain
from desktop_app.importing import CleanRow, ExistingPartner, Match, name_key, plan_import
from desktop_app.importing._keys import fast_match_key
from desktop_app.importing.duplicates import (
    _COMMON_HEADS,
    _COMMON_TAILS,
    ExistingIndex,
    _as_bytes,
    _as_text,
    _block_tags,
    _domain,
    cached_existing_index,
    latin_key,
    record_domains,
    similar_pairs,
    strip_legal_words,
)

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# ------------------------------------------------------------------ the reference planner

_HEAD_RE = re.compile("(?:" + "|".join(map(re.escape, _COMMON_HEADS)) + ")")
_TAIL_REVERSED_RE = re.compile("(?:" + "|".join(re.escape(t[::-1]) for t in _COMMON_TAILS) + ")")


def reference_blocks(text: str, country: str) -> tuple[tuple[str, str], tuple[str, str]]:
    core = text
    head = _HEAD_RE.match(core)
    if head and len(core) - head.end() >= 4:
        core = core[head.end() :]
    tail = _TAIL_REVERSED_RE.match(core[::-1])
    if tail and len(core) - tail.end() >= 4:
        core = core[: len(core) - tail.end()]
    return (country, "^" + core[:4]), (country, "$" + core[-4:])


def reference_keys(name: str, name_en: str, country: str, website: str, email: str):
    first = latin_key(name_en)
    second = latin_key(name) if name != name_en and name.isascii() else ""
    latins = (first, second) if first and second and first != second else (first or second,) if first or second else ()
    return name_key(name), latins, record_domains(website, email), country or ""


def reference_certain(keys) -> list[tuple[str, object]]:
    name, latins, domains, country = keys
    found: list[tuple[str, object]] = [("name", (name, country))] if name else []
    found += [("latin_name", (latin, country)) for latin in latins]
    found += [("domain", domain) for domain in domains]
    return found


def reference_fuzzy(keys) -> tuple[str, ...]:
    name, latins = keys[0], keys[1]
    strings = [name] if len(name) >= 4 else []
    strings += [k for k in latins if len(k) >= 4 and k != name]
    return tuple(strings)


def reference_scores(queries: list[str], choices: list[str], cutoff: float) -> list[list[tuple[int, float]]]:
    """Every query against every choice: the scores at *cutoff* or more, rounded half up as
    a ``uint8`` score matrix rounds them (a score that rounds to 0 is no hit)."""
    return [[(c, float(floor(score + 0.5))) for c, choice in enumerate(choices)
             if (score := fuzz.ratio(query, choice)) >= cutoff and floor(score + 0.5)]
            for query in queries]


def reference_plan(rows, existing, policy="skip", cutoff=90.0, limit=5):
    index: dict = {}
    by_name: dict = defaultdict(list)
    existing_keys = []
    for partner in existing:
        keys = reference_keys(partner.name, partner.name_en, partner.country, partner.website, partner.email)
        existing_keys.append(keys)
        for certain in reference_certain(keys):
            index.setdefault(certain, partner.id)
        if keys[0]:
            by_name[keys[0]].append((keys[3], partner.id))
    file_index: dict = {}
    claimed: dict = {}
    planned = []
    row_keys = []
    for row in rows:
        keys = reference_keys(row.name, row.name_en, row.country, row.website, row.email)
        row_keys.append(keys)
        certain = reference_certain(keys)
        duplicate = next((Match(kind, existing_id=index[(kind, key)]) for kind, key in certain
                          if (kind, key) in index), None)
        if duplicate is None:
            duplicate = next((Match(kind, row=file_index[(kind, key)]) for kind, key in certain
                              if (kind, key) in file_index), None)
        if duplicate is None:
            action = "create"
        elif duplicate.existing_id is None:
            action = "skip"
        elif duplicate.existing_id in claimed:
            duplicate = Match(duplicate.key, duplicate.existing_id, claimed[duplicate.existing_id])
            action = "skip"
        else:
            claimed[duplicate.existing_id] = row.row
            action = policy
        for key in certain:
            file_index.setdefault(key, row.row)
        planned.append([action, duplicate, ()])
    if cutoff is None:
        return [tuple(p) for p in planned]
    open_rows = [i for i, p in enumerate(planned) if p[1] is None]
    texts, refs = [], []
    blocks: dict = defaultdict(list)
    for partner, keys in zip(existing, existing_keys, strict=True):
        for text in reference_fuzzy(keys):
            for block in reference_blocks(text, keys[3]):
                blocks[block].append(len(texts))
            texts.append(text)
            refs.append((partner.id, None))
    own: dict = {}
    for position, keys in enumerate(row_keys):
        own[position] = []
        for text in reference_fuzzy(keys):
            pair = reference_blocks(text, keys[3])
            for block in pair:
                blocks[block].append(len(texts))
            texts.append(text)
            refs.append((None, position))
            own[position].append((text, pair))
    queries: dict = defaultdict(list)
    for position in open_rows:
        for text, pair in own[position]:
            queries[pair[0]].append((position, text))
            queries[pair[1]].append((position, text))
    found: dict = defaultdict(dict)
    for block, asked in queries.items():
        members = blocks[block]
        scores = reference_scores([t for _, t in asked], [texts[m] for m in members], cutoff)
        for (position, _), hits in zip(asked, scores, strict=True):
            for member, score in hits:
                ref = refs[members[member]]
                if ref[1] is not None and ref[1] >= position:
                    continue
                if score > found[position].get(ref, 0.0):
                    found[position][ref] = score
    for position in open_rows:
        name, country = row_keys[position][0], row_keys[position][3]
        for other_country, partner_id in by_name.get(name, ()) if name else ():
            if other_country != country:
                found[position].setdefault((partner_id, None), -100.0)
    for position, hits in found.items():
        ranked = sorted(hits.items(), key=lambda item: -abs(item[1]))[:limit]
        planned[position][2] = tuple(
            Match("name_other_country" if score < 0 else "similar_name", existing_id=ref[0],
                  row=rows[ref[1]].row if ref[1] is not None else None, score=abs(score))
            for ref, score in ranked)
    return [tuple(p) for p in planned]


# ------------------------------------------------------------------ data

HEADS = ["", "", "شرکت ", "پارک علم و فناوری ", "the ", "دانشگاه "]
TAILS = ["", "", " group", " co", " سهامی خاص", " university"]
CORE_LETTERS = "ابپتسکيیك\u200c abcdeé"


@st.composite
def names(draw) -> str:
    core = draw(st.text(alphabet=CORE_LETTERS, min_size=0, max_size=14))
    return draw(st.sampled_from(HEADS)) + core + draw(st.sampled_from(TAILS))


@st.composite
def records(draw, count: int):
    pool = draw(st.lists(names(), min_size=1, max_size=8))
    out = []
    for _ in range(count):
        base = draw(st.sampled_from(pool))
        if draw(st.booleans()):  # a near copy: one letter dropped or changed
            at = draw(st.integers(0, max(0, len(base) - 1)))
            base = base[:at] + draw(st.sampled_from(["", "x", "ب"])) + base[at + 1 :]
        latin = draw(st.sampled_from(["", base, "Tabriz Co.", "Tabriz Ltd", "Tebriz", "Parsian"]))
        country = draw(st.sampled_from(["IR", "IR", "DE", ""]))
        site = draw(st.sampled_from(["", "", "www.tstp.ir", "https://tstp.ir/x", "parsian.com"]))
        mail = draw(st.sampled_from(["", "", "a@gmail.com", "b@parsian.com", "c@tstp.ir"]))
        out.append((base, latin, country, site, mail))
    return out


def make_rows(data) -> list[CleanRow]:
    return [CleanRow(row=i + 2, name=n, name_en=e, country=c, website=w, email=m)
            for i, (n, e, c, w, m) in enumerate(data)]


def make_existing(data, keys: bool) -> list[ExistingPartner]:
    return [ExistingPartner(100 + i, n, e, c, w, m, key=fast_match_key(n) if keys else None)
            for i, (n, e, c, w, m) in enumerate(data)]


def planned(plan) -> list[tuple]:
    return [(r.action, r.duplicate, r.candidates) for r in plan.rows]


WAYS = [
    {"BATCH_WASTE": duplicates.BATCH_WASTE},  # as shipped
    {"BATCH_WASTE": 0},  # every block alone
    {"BATCH_WASTE": 10**9, "BAND_OVER": 10**9},  # all small blocks in shared matrices
    {"BATCH_WASTE": 0, "BAND_OVER": 0, "BAND_QUERIES": 1},  # every block banded
    {"BATCH_WASTE": 0, "BAND_OVER": 0, "BAND_QUERIES": 3},
    {"BATCH_WASTE": 0, "MATRIX_CELLS": 1},  # one query per matrix
]


# ------------------------------------------------------------------ the tests


@SETTINGS
@given(records(12), records(14), st.sampled_from(WAYS), st.sampled_from([90.0, 80.0, 60.0]),
       st.booleans(), st.sampled_from(["skip", "update_empty", "create"]))
def test_plan_equals_the_reference_planner(existing_data, row_data, way, cutoff, keys, policy):
    existing = make_existing(existing_data, keys)
    rows = make_rows(row_data)
    with mock.patch.multiple(duplicates, **way):
        plan = plan_import(rows, existing, policy, near_cutoff=cutoff, max_candidates=3)
    assert planned(plan) == reference_plan(rows, existing, policy, cutoff, 3)


@SETTINGS
@given(records(10), records(10))
def test_without_near_matches_equals_the_reference(existing_data, row_data):
    existing, rows = make_existing(existing_data, True), make_rows(row_data)
    plan = plan_import(rows, existing, "overwrite", near_cutoff=None)
    assert planned(plan) == reference_plan(rows, existing, "overwrite", None)


@settings(max_examples=300, deadline=None)
@given(st.lists(names(), min_size=1, max_size=6), st.lists(names(), max_size=6))
def test_existing_keys_from_the_register_change_nothing(existing_names, row_names):
    """A partner's ``key`` (``partners.name_key``, i.e. ``match_key(name)``) gives the plan
    computing it from the name gives."""
    existing = [(n, "", "IR", "", "") for n in existing_names]
    rows = make_rows([(n, "", "IR", "", "") for n in row_names])
    with_keys = plan_import(rows, make_existing(existing, True), "skip")
    without = plan_import(rows, make_existing(existing, False), "skip")
    assert planned(with_keys) == planned(without)


@settings(max_examples=400, deadline=None)
@given(st.one_of(names(), st.text(max_size=30)))
def test_name_key_is_the_match_key_without_legal_words(text):
    assert strip_legal_words(fast_match_key(text)) == name_key(text)


@settings(max_examples=400, deadline=None)
@given(st.one_of(names().map(fast_match_key), st.text(alphabet="abcdeگروه", min_size=4, max_size=20)),
       st.sampled_from(["IR", ""]))
def test_block_tags_equal_the_regular_expressions(text, country):
    head, tail = _block_tags(text)
    assert ((country, "^" + head), (country, "$" + tail)) == reference_blocks(text, country)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=20), st.text(max_size=20), st.sampled_from([0.0, 50.0, 90.0]))
def test_bytes_score_as_the_text_does(a, b, cutoff):
    """Keys become bytes (one per character) when they can; scores do not change."""
    x, y = _as_bytes(a), _as_bytes(b)
    assert _as_text(x) == a and _as_text(y) == b
    if isinstance(x, bytes) and isinstance(y, bytes):
        assert fuzz.ratio(x, y, score_cutoff=cutoff) == fuzz.ratio(a, b, score_cutoff=cutoff)


def test_persian_keys_become_bytes():
    for name in ("پارک علم و فناوری تبریز", "شرکت كيميا", "Müller GmbH", "Россия", "İstanbul Teknopark"):
        assert isinstance(_as_bytes(fast_match_key(name)), bytes), name


_PLAIN_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:[^@/\s]+@)?([^/:?#\s]+)")


def reference_domain(value: str) -> str:
    if not (value.isascii() and value.isprintable() and " " not in value):
        return web_domain(value)
    text = value.lower()
    if "@" in text and "://" not in text:
        text = text.rsplit("@", 1)[1]
    match = _PLAIN_HOST.match(text)
    host = match.group(1).strip(".") if match else ""
    return host[4:] if host.startswith("www.") else host


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abcW.w@:/?#-_ 1\t", max_size=24))
def test_domain_shortcut_equals_the_regular_expression(value):
    assert _domain(value) == reference_domain(value)


@st.composite
def blocks(draw):
    alphabet = draw(st.sampled_from(["ab", "abc", "ابپ", "abcdefgh"]))
    choices = draw(st.lists(st.text(alphabet=alphabet, min_size=0, max_size=25), min_size=1, max_size=30))
    queries = draw(st.lists(st.text(alphabet=alphabet, min_size=0, max_size=25), min_size=1, max_size=12))
    limits = sorted(draw(st.lists(st.integers(0, len(choices)), min_size=len(queries), max_size=len(queries))))
    own = [draw(st.sampled_from([-1, *range(limit, len(choices))])) if limit < len(choices) else -1
           for limit in limits]
    return queries, choices, limits, own


@SETTINGS
@given(blocks(), st.sampled_from(WAYS), st.sampled_from([90.0, 75.0, 50.0, 0.0, 0.3]), st.booleans())
def test_similar_pairs_equal_all_pairs(block, way, cutoff, as_bytes):
    """The chunked and banded comparison of one block finds what comparing every query
    with every choice before its limit finds (the matrix scores: rounded half up)."""
    queries, choices, limits, own = block
    # A query's own string sits beyond its limit, as in a block.
    for i, o in enumerate(own):
        if o >= 0:
            choices[o] = queries[i]
    expected = [[(c, float(floor(score + 0.5))) for c in range(limit)
                 if (score := fuzz.ratio(q, choices[c])) >= cutoff and floor(score + 0.5)]
                for q, limit in zip(queries, limits, strict=True)]
    if as_bytes:
        queries, choices = [_as_bytes(q) for q in queries], [_as_bytes(c) for c in choices]
        if len({type(t) for t in queries + choices}) > 1:
            queries, choices = [_as_text(q) for q in queries], [_as_text(c) for c in choices]
    with mock.patch.multiple(duplicates, **way):
        assert similar_pairs(queries, choices, limits, cutoff, own) == expected
        assert similar_pairs(queries, choices, limits, cutoff) == expected


@SETTINGS
@given(blocks(), st.sampled_from([90.0, 50.0, 0.0]))
def test_scores_without_the_compiled_cdist_are_the_same(block, cutoff):
    """Should rapidfuzz come without its compiled ``cdist``, the scores come from
    ``process.extract``, rounded as the matrix rounds them: the pairs are the same."""
    queries, choices, limits, own = block
    expected = similar_pairs(queries, choices, limits, cutoff, own)
    with mock.patch.object(duplicates, "_compiled_cdist", None):
        assert similar_pairs(queries, choices, limits, cutoff, own) == expected


def test_the_planner_runs_without_numpy():
    """numpy is not a dependency (it cost the bundle 40 MB): planning must not import it."""
    import subprocess
    import sys
    from pathlib import Path

    code = ("import sys; sys.modules['numpy'] = None\n"
            "from desktop_app.importing import CleanRow, ExistingPartner, plan_import\n"
            "plan = plan_import([CleanRow(row=2, name='Tabriz Technology Parc', country='IR')],\n"
            "                   [ExistingPartner(1, 'Tabriz Technology Park', country='IR')])\n"
            "print(plan.rows[0].candidates[0].existing_id)")
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, env={"PYTHONPATH": str(root), "PATH": ""},
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "1"


@SETTINGS
@given(records(12), records(10), st.sampled_from([90.0, 60.0]))
def test_a_prepared_existing_index_plans_the_same(existing_data, row_data, cutoff):
    """An :class:`ExistingIndex` built once (and used for two previews) gives the plan the
    partners themselves give, each time."""
    existing, rows = make_existing(existing_data, True), make_rows(row_data)
    index = ExistingIndex(existing)
    expected = planned(plan_import(rows, existing, "update_empty", near_cutoff=cutoff))
    assert planned(plan_import(rows, index, "update_empty", near_cutoff=cutoff)) == expected
    assert planned(plan_import(rows[:5], index, "update_empty", near_cutoff=cutoff)) == \
        planned(plan_import(rows[:5], existing, "update_empty", near_cutoff=cutoff))


def test_the_existing_index_is_kept_while_the_register_is_unchanged():
    loads: list[int] = []

    def load(count: int):
        def loader():
            loads.append(count)
            return [ExistingPartner(i, f"Tabriz Park {i}", country="IR") for i in range(1, count + 1)]
        return loader

    first = cached_existing_index(("register", 3), load(3))
    assert cached_existing_index(("register", 3), load(3)) is first and loads == [3]
    second = cached_existing_index(("register", 4), load(4))  # the register changed
    assert second is not first and second.size == 4 and loads == [3, 4]
    rows = [CleanRow(row=2, name="Tabriz Park 4", country="IR")]
    assert plan_import(rows, second, "skip").rows[0].duplicate == Match("name", existing_id=4)


def test_the_plan_carries_the_rows_derived_columns():
    from desktop_app.domain.text import match_key, sort_key

    rows = [CleanRow(row=2, name="شركت كيميا", country="IR"), CleanRow(row=3, name="Tabriz Co.")]
    plan = plan_import(rows, [], "skip")
    assert plan.derived is not None
    assert [plan.derived.of(r.partner)[:2] for r in plan.rows] == [(match_key(r.name), sort_key(r.name)) for r in rows]
