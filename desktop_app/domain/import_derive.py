"""The derived columns of imported partners: keys, sort key, web domain, search text.

:class:`Deriver` computes, from plain values, exactly what :func:`partners.apply_derived`
sets on a partner saved through the form, with caches that pay off over a whole import.
The commit (:mod:`desktop_app.domain.import_commit`) uses it for every new or updated
partner whose derived values were not handed over ready-made (:data:`PrecomputedDerived`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from db.models import Origin
from desktop_app.domain.countries import country_name
from desktop_app.importing._keys import KeysOf, fast_sort_key
from desktop_app.importing.duplicates import _domain

#: Derived values computed before the commit, by the file row number of each clean row
#: (:attr:`CleanRow.row`): ``(name_key, name_sort, name_en_key, web_domain, search_text)``,
#: in the order of :data:`DERIVED_COLUMNS`, exactly what :meth:`Deriver.values` gives for
#: the row (its tags and country included). Rows missing from the mapping, and rows the
#: commit changes (a later row of the file merged into them), are derived by the commit.
PrecomputedDerived = Mapping[int, Sequence[str]]


def origin_of(country_code: str | None) -> str:
    """Domestic for Iran (or no country), foreign otherwise — as the partner form derives it."""
    return Origin.DOMESTIC.value if country_code in (None, "", "IR") else Origin.FOREIGN.value


class Deriver:
    """The derived columns of new partners (as :func:`partners.apply_derived` computes them),
    from plain values, with caches that pay off over a whole import."""

    def __init__(self) -> None:
        self.keys_of = KeysOf()
        self._countries: dict[str | None, tuple[str, str]] = {}

    def _country_names(self, code: str | None) -> tuple[str, str]:
        found = self._countries.get(code)
        if found is None:
            found = self._countries[code] = (country_name(code, "fa"), country_name(code, "en"))
        return found

    def __call__(self, name: str, name_en: str, website: str, email: str, city: str,
                 sector: str, phone: str, country_code: str | None,
                 tags: Sequence[str] = ()) -> dict[str, str]:
        return dict(zip(DERIVED_COLUMNS, self.values(name, name_en, website, email, city, sector,
                                                     phone, country_code, tags), strict=True))

    def values(self, name: str, name_en: str, website: str, email: str, city: str,
               sector: str, phone: str, country_code: str | None,
               tags: Sequence[str] = ()) -> tuple[str, str, str, str, str]:
        """The derived columns as a tuple, in the order of :data:`DERIVED_COLUMNS`.

        Each text's keys are computed once: the name's whole-text key is its ``name_key``
        (and the Latin name's its ``name_en_key``); values that repeat from row to row
        (city, sector, tags, country names) come from the cache of whole texts.
        """
        if website:
            domain = _domain(website) or (_domain(email) if email else "")
        else:
            domain = _domain(email) if email else ""
        fa, en = self._country_names(country_code)
        keys_of = self.keys_of
        text_keys, cached = keys_of.text_keys, keys_of.cached_text_keys
        name_keys = text_keys(name)
        en_keys = text_keys(name_en)
        # The order of partner_search_text: names, city, sector, e-mail, phone, domain, tags,
        # the country's Persian and English names.
        keys = [*name_keys, *en_keys]
        if city:
            keys += cached(city)
        if sector:
            keys += cached(sector)
        for value in (email, phone, domain):
            if value:
                keys += keys_of.token_keys(value)
        for tag in tags:
            keys += cached(tag)
        if fa:
            keys += cached(fa)
        if en:
            keys += cached(en)
        return (
            name_keys[-1] if name_keys else "",
            fast_sort_key(name),
            en_keys[-1] if en_keys else "",
            domain,
            " " + " ".join(filter(None, dict.fromkeys(keys))) + " ",
        )


#: The derived columns :class:`Deriver` computes, in the order of :meth:`Deriver.values`.
DERIVED_COLUMNS = ("name_key", "name_sort", "name_en_key", "web_domain", "search_text")


def derived_columns(
    name: str, name_en: str, website: str, email: str, city: str, sector: str, phone: str,
    country_code: str | None, tags: Sequence[str] = (),
) -> dict[str, str]:
    """The derived columns of one partner from plain values (see :class:`Deriver`)."""
    return Deriver()(name, name_en, website, email, city, sector, phone, country_code, tags)
