"""``KeysOf.token_keys`` (the e-mail, phone and domain keys of an import's search text), which
no test reached: mutation testing found it untested."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.search_index import keys_of
from desktop_app.importing._keys import KeysOf


def _as_search_text(keys: tuple[str, ...]) -> str:
    return " " + " ".join(filter(None, dict.fromkeys(keys))) + " "


@pytest.mark.parametrize(("value", "keys"), [
    ("Info@Acme-Co.IR", ("infoacmecoir",)),          # tidy ASCII, one word: one step
    ("acme.ir", ("acmeir",)),
    ("+98 21 8877", ("98", "21", "8877", "98218877")),  # a space: word by word, whole last
    ("۰۲۱-۸۸۷۷", ("0218877",)),                       # Persian digits: the full path
    ("a\tb", ("a", "b", "ab")),                       # not printable: tidied, the tab a space
])
def test_token_keys_examples(value: str, keys: tuple[str, ...]) -> None:
    assert KeysOf().token_keys(value) == keys


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.emails(), st.text(min_size=1, max_size=30),
                 st.text("abcXYZ09.@-_+ \u200c۱ك", min_size=1, max_size=20)))
def test_token_keys_give_the_search_text_keys_of_gives(value: str) -> None:
    assert _as_search_text(KeysOf().token_keys(value)) == keys_of(value)
