"""A partner that is already in the register is pointed out in the form before saving, with
the importer's duplicate rules, and can be opened instead (issue 12)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from qt_keyboard import type_text

from desktop_app.domain.partners import PartnerQuery
from desktop_app.ui.bidi import plain

pytestmark = pytest.mark.gui


@pytest.fixture
def partners(main_window):  # type: ignore[no-untyped-def]
    section = main_window.show_section("partners")
    section.new_record()
    yield section
    section.form.dirty = False


def _existing(section, text: str) -> int:  # type: ignore[no-untyped-def]
    return section.ctx.services.partners.query(PartnerQuery(text=text))[0]


def test_a_chinese_name_with_the_latin_name_of_an_existing_park(partners, monkeypatch) -> None:
    form = partners.form
    zgc = _existing(partners, "Zhongguancun")
    type_text(form.name, "中关村科技园区管理委员会")
    form.name.editingFinished.emit()
    assert not partners.duplicate_hint.isVisible()  # a name alone, no country: not certain
    form.country.setCurrentIndex(form.country.findData("CN"))
    type_text(form.name_en, "Zhongguancun Science Park")
    form.name_en.editingFinished.emit()
    hint = partners.duplicate_hint
    assert hint.isVisible() and hint.match is not None and hint.match.existing_id == zgc
    assert "ژونگ‌گوان‌تسون" in plain(hint.text.text())
    count = partners.ctx.services.partners.count()
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard))
    hint.open_button.click()
    assert partners.form.record_id == zgc  # the existing one, instead of a second copy
    assert partners.ctx.services.partners.count() == count
    assert not hint.isVisible()


def test_another_spelling_of_a_persian_name(partners) -> None:
    form = partners.form
    existing = _existing(partners, "تکنوپارک استانبول")
    form.country.setCurrentIndex(form.country.findData("TR"))
    type_text(form.name, "تكنو پارك استانبول")  # Arabic kaf, a space for the joint
    form.name.editingFinished.emit()
    assert partners.duplicate_hint.isVisible()
    assert partners.duplicate_hint.match.existing_id == existing
    form.dirty = False


def test_a_new_partner_raises_no_hint(partners) -> None:
    form = partners.form
    form.country.setCurrentIndex(form.country.findData("IR"))
    type_text(form.name, "شرکت کاملاً تازه نوآوران کویر")
    form.name.editingFinished.emit()
    assert not partners.duplicate_hint.isVisible()
    form.dirty = False


def test_an_existing_partner_is_not_its_own_duplicate(partners) -> None:
    existing = _existing(partners, "تکنوپارک استانبول")
    partners.open_record(existing)
    partners.form.dirty = True
    partners._check_duplicates()
    assert partners.duplicate_hint.match is None or \
        partners.duplicate_hint.match.existing_id != existing
    partners.form.dirty = False
