"""The sections' shared text column: the whole text as its tooltip, none for an empty cell."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from desktop_app.ui.sections.columns import tipped_column


@given(st.text(max_size=40), st.none() | st.sampled_from(["title", "place"]))
def test_tipped_column_shows_and_tips_the_whole_text(text: str, sort: str | None) -> None:
    column = tipped_column(lambda: "Title", lambda r: r.title, sort=sort)
    row = SimpleNamespace(title=text)
    assert column.header() == "Title" and column.sort == sort
    assert column.display(row) == text
    assert column.role_values is not None
    assert column.role_values[Qt.ItemDataRole.ToolTipRole](row) == (text or None)
