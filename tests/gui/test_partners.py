"""The Partners section driven through its real widgets on the demo register."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from qt_keyboard import type_text

from desktop_app.domain.partners import PartnerQuery
from desktop_app.ui.partners.models import ContactsModel

pytestmark = pytest.mark.gui


@pytest.fixture
def partners(main_window):
    section = main_window.show_section("partners")
    assert section is not None
    return section


def _names(section) -> list[str]:
    model = section.list.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_list_shows_the_demo_partners_in_persian_order(partners) -> None:
    names = _names(partners)
    assert len(names) == partners.ctx.services.partners.count()
    # Persian alphabetical order: ب before پ before ت, ک before گ.
    first_letters = [n[0] for n in names]
    order = "اآبپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"
    ranks = [order.index(c) for c in first_letters if c in order]
    assert ranks == sorted(ranks)
    assert partners.list.count_label.text().startswith("۲")


def test_create_a_partner_through_the_form(partners, qtbot) -> None:
    qtbot.mouseClick(partners.list.new_button, Qt.MouseButton.LeftButton)
    form = partners.form
    type_text(form.name, "شركت نوآوران پارس")  # Arabic Kaf typed
    type_text(form.name_en, "Pars Innovators Co.")
    form.country.setCurrentIndex(form.country.findData("IR"))
    type_text(form.city, "تبریز")
    type_text(form.email, "info@pars.example")
    type_text(form.phone, "۰۴۱-۳۳۴۴۵۵۶۶")
    type_text(form.tags, "الکترونیک، نوآوری")
    form.tabs.setCurrentIndex(1)
    qtbot.mouseClick(form.add_contact, Qt.MouseButton.LeftButton)
    index = form.contacts_model.index(0, 0)
    form.contacts_model.setData(index, "مریم احمدی")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    service = partners.ctx.services.partners
    found = service.query(PartnerQuery(text="نوآوران پارس"))
    assert len(found) == 1
    saved = service.get(found[0])
    assert saved.name == "شرکت نوآوران پارس"  # stored in Persian letter forms
    assert saved.phone == "041-33445566"
    assert saved.tags == ["الکترونیک", "نوآوری"]
    assert [c.name for c in saved.contacts] == ["مریم احمدی"]
    assert partners.list.current_id() == found[0]
    assert partners.form.record_id == found[0]
    assert not partners.form.dirty
    history = partners.form.history
    assert history.count() >= 2  # the partner and its contact were created


def test_validation_shows_inline_and_writes_nothing(partners, qtbot) -> None:
    before = partners.ctx.services.partners.count()
    partners.new_record()
    form = partners.form
    type_text(form.email, "not-an-address")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.errors["name"].isVisibleTo(form) and "نام" in form.errors["name"].text()
    assert form.errors["email"].isVisibleTo(form)
    assert form.name.property("invalid") is True
    assert partners.ctx.services.partners.count() == before
    type_text(form.name, "شرکت آزمون")
    form.email.clear()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.errors["name"].isVisibleTo(form)
    assert partners.ctx.services.partners.count() == before + 1


def test_search_as_you_type_matches_arabic_letter_forms(partners, qtbot) -> None:
    type_text(partners.list.search, "شركت")  # Arabic Kaf
    qtbot.waitUntil(lambda: 0 < partners.list.model.rowCount() < 10, timeout=2000)
    names = _names(partners)
    assert names and all("شرکت" in n for n in names)
    partners.list.search.clear()
    type_text(partners.list.search, "دانش بنیان")  # a space where the name has ZWNJ
    qtbot.waitUntil(lambda: _names(partners) == ["شرکت دانش‌بنیان فن‌آوران نوین تبریز"],
                    timeout=2000)


def test_filters_by_country_and_kind(partners, qtbot) -> None:
    partners.country_filter.setCurrentIndex(partners.country_filter.findData("TR"))
    assert partners.list.model.rowCount() == 3
    partners.country_filter.setCurrentIndex(0)
    from db.models import PartnerKind

    partners.kind_filter.setCurrentIndex(partners.kind_filter.findData(PartnerKind.UNIVERSITY))
    assert _names(partners) == ["دانشگاه آزاد اسلامی واحد کرج"]


def test_sorting_by_a_column_asks_the_service(partners, qtbot) -> None:
    header = partners.list.table.horizontalHeader()
    header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)  # Latin name
    model = partners.list.model
    latin = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert latin == sorted(latin, key=lambda s: s.casefold())


def test_conflicting_concurrent_edit_is_refused(partners, qtbot, monkeypatch) -> None:
    service = partners.ctx.services.partners
    pid = service.query(PartnerQuery(text="تکنوپارک استانبول"))[0]
    partners.open_record(pid)
    # Someone else saves the same partner in between.
    other = service.get(pid)
    other.city = "İzmir"
    service.save(other)
    partners.form.city.clear()
    type_text(partners.form.city, "Ankara")
    asked: list[str] = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(answer))
    qtbot.mouseClick(partners.form.save_button, Qt.MouseButton.LeftButton)
    assert asked and "تغییر" in asked[0]
    assert service.get(pid).city == "İzmir"  # nothing overwritten
    assert partners.form.dirty  # the user's edit is still there
    partners._revert()
    assert partners.form.city.text() == "İzmir" and not partners.form.dirty


def test_delete_asks_and_refuses_a_partner_in_use(partners, qtbot, monkeypatch) -> None:
    service = partners.ctx.services.partners
    in_use = service.query(PartnerQuery(text="پارک علم و فناوری مازندران"))[0]
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text, *a: told.append(text)))
    partners.open_record(in_use)
    partners.delete_current()
    assert told and "پارک علم و فناوری مازندران" in told[0] and "۱" in told[0]
    assert service.get(in_use)

    free = service.query(PartnerQuery(text="استارتاپ سرخس"))[0]
    partners.open_record(free)
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    before = service.count()
    partners.delete_current()
    assert asked and "استارتاپ‌های سرخس" in asked[0]
    assert service.count() == before - 1
    assert partners.list.model.row_of(free) is None


def test_models_pass_the_model_tester(partners, qtmodeltester) -> None:
    qtmodeltester.check(partners.list.model)
    contacts = ContactsModel()
    from desktop_app.domain.partners import ContactForm

    contacts.set_rows([ContactForm(name="الف"), ContactForm(name="ب", email="b@x.ir")])
    qtmodeltester.check(contacts)
    contacts.add_contact()
    contacts.removeRows(0, 1)
    qtmodeltester.check(contacts)
