"""The importer's bulk computation of a partner's derived columns (:class:`Deriver`) gives
exactly what the partner form's ``apply_derived`` stores, for any text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.countries import country_name
from desktop_app.domain.imports import DERIVED_COLUMNS, Deriver
from desktop_app.domain.search_index import keys_of
from desktop_app.domain.text import match_key, sort_key, web_domain

PERSIAN = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكىۀةأإآـ\u200c\u064b\u0650۰۱۲۳٤٥"
chars = st.characters(codec="utf-8") | st.sampled_from(list(PERSIAN + " \u200c\u00a0.-@/_:"))
text = st.text(chars, max_size=24)
# Values as an import hands them over (tidy ASCII addresses) and as anything else might.
address = st.one_of(text, st.from_regex(r"[a-z0-9.-]{1,12}@[a-z0-9-]{1,10}\.(ir|com|org)", fullmatch=True))
site = st.one_of(text, st.from_regex(r"(https?://)?(www\.)?[a-z0-9-]{1,12}\.(ir|co\.ir|com)(/[a-z]*)?",
                                     fullmatch=True))


def reference(name, name_en, website, email, city, sector, phone, country, tags):
    """What apply_derived/partner_search_text compute from the same values."""
    domain = web_domain(website) or (web_domain(email) if email else "")
    return (match_key(name), sort_key(name), match_key(name_en), domain,
            keys_of(name, name_en, city, sector, email, phone, domain, *tags,
                    country_name(country, "fa"), country_name(country, "en")))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text, text, site, address, text, text, text, st.sampled_from([None, "IR", "TR", "CN", "DE"]),
       st.lists(text, max_size=3))
def test_deriver_equals_the_form_path(name, name_en, website, email, city, sector, phone, country, tags):
    derive = Deriver()
    expected = reference(name, name_en, website, email, city, sector, phone, country, tags)
    got = derive.values(name, name_en, website, email, city, sector, phone, country, tags)
    assert got == expected
    # Twice through the same Deriver (its caches warm) gives the same again.
    assert derive.values(name, name_en, website, email, city, sector, phone, country, tags) == expected
    assert tuple(derive(name, name_en, website, email, city, sector, phone, country, tags).values()) == expected
    assert tuple(derive(name, name_en, website, email, city, sector, phone, country, tags)) == DERIVED_COLUMNS


def test_uuid4_strings_are_random_version_4_uuids() -> None:
    import uuid

    from db.bulk import uuid4_strings

    made = uuid4_strings(2000)
    assert len(set(made)) == 2000
    for text in made:
        parsed = uuid.UUID(text)
        assert str(parsed) == text and parsed.version == 4 and parsed.variant == uuid.RFC_4122


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.none(), st.integers(), text), min_size=3, max_size=3))
def test_insert_changes_json_is_what_json_dumps_writes(values) -> None:
    import json

    from db.bulk_audit import InsertChanges as _InsertChanges

    columns = ("name", "version", "notes")  # "version" is left out of the audit, as the hook does
    expected = {c: [None, v] for c, v in zip(columns, values, strict=True)
                if c != "version" and v is not None and v != ""}
    written = _InsertChanges(columns)(values)
    assert json.loads(written) == expected
    assert written == json.dumps(expected, ensure_ascii=False, separators=(",", ":"))
