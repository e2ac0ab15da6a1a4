"""The three-way text merge offered for a long-text conflict (unit and property tests)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.sync.textmerge import is_long_text, merge_text

BASE = ("توسعهٔ همکاری‌های فناورانه میان دو پارک. تبادل شرکت‌های دانش‌بنیان.\n"
        "برگزاری نمایشگاه مشترک در سال ۱۴۰۵.")


def test_two_changes_to_different_sentences_merge_cleanly() -> None:
    mine = BASE.replace("دو پارک", "دو پارک علم و فناوری")
    theirs = BASE.replace("۱۴۰۵", "۱۴۰۶")
    merged = merge_text(BASE, mine, theirs)
    assert merged.clean
    assert "دو پارک علم و فناوری" in merged.text and "۱۴۰۶" in merged.text


def test_overlapping_changes_show_both_versions() -> None:
    mine = BASE.replace("سال ۱۴۰۵", "سال ۱۴۰۶")
    theirs = BASE.replace("سال ۱۴۰۵", "سال ۱۴۰۷")
    merged = merge_text(BASE, mine, theirs, mine_label="من", theirs_label="آن‌ها")
    assert not merged.clean and merged.overlaps == 1
    assert "۱۴۰۶" in merged.text and "۱۴۰۷" in merged.text
    assert "── من ──" in merged.text and "── آن‌ها ──" in merged.text


def test_long_text_fields_are_the_text_columns() -> None:
    assert is_long_text("mous", "objectives") and is_long_text("meetings", "minutes")
    assert is_long_text("meetings", "decisions") and is_long_text("partners", "notes")
    assert not is_long_text("partners", "city") and not is_long_text("nowhere", "notes")


words = st.lists(st.sampled_from(["پارک", "فناوری", "Tech", "park", "۱۴۰۵", "\n", "همکاری"]),
                 max_size=12)


@given(words, words, words)
def test_merge_rules_hold_for_any_text(base: list[str], a: list[str], b: list[str]) -> None:
    base_text, a_text, b_text = " ".join(base), " ".join(a), " ".join(b)
    # One side unchanged: the other side's text, cleanly.
    assert merge_text(base_text, base_text, b_text) == merge_text(base_text, base_text, b_text)
    one_sided = merge_text(base_text, base_text, b_text)
    assert one_sided.clean and one_sided.text == b_text
    assert merge_text(base_text, a_text, base_text).text == a_text
    # Both made the same change: that text.
    same = merge_text(base_text, a_text, a_text)
    assert same.clean and same.text == a_text
    # Whatever happens, no word either side added is lost from the proposal.
    both = merge_text(base_text, a_text, b_text)
    for word in (set(a) | set(b)) - set(base):
        if word.strip():
            assert word in both.text
