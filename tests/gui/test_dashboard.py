"""The dashboard on the demo register, as of 1405/09/01 (2026-11-22)."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def dashboard(main_window):
    section = main_window.section("dashboard")
    section.today_provider = lambda: TODAY
    main_window.show_section("dashboard")
    section.refresh()
    return section


def test_lists_mou_54_as_expiring(dashboard) -> None:
    lst = dashboard.expiring
    first = lst.topLevelItem(0)
    assert first.text(1) == "۵۴"
    assert first.text(2) == "۱۴۰۵/۰۹/۲۴"
    assert first.text(3) == "۲۳"
    assert dashboard.card_expiring.number.text() == "۲"
    assert "۱" in dashboard.card_expiring.detail.text()


def test_items_open_their_record(dashboard, main_window) -> None:
    opened = []
    main_window.ctx.open_record = lambda entity, rid: opened.append((entity, rid))
    item = dashboard.expiring.topLevelItem(0)
    dashboard.expiring.itemActivated.emit(item, 0)
    assert opened == [("mous", item.data(0, 256)[1])]


def test_overdue_upcoming_and_recent_changes(dashboard) -> None:
    assert dashboard.overdue.topLevelItemCount() == 4
    progress = [dashboard.overdue.topLevelItem(i).text(4) for i in range(4)]
    assert all(p.endswith("٪") and "%" not in p for p in progress), progress  # Persian sign
    assert dashboard.upcoming.topLevelItem(0).text(0) == "دومین جلسه کارگروه تخصصی مشترک"
    assert dashboard.recent.topLevelItemCount() == 20
    assert dashboard.status_chart.chart().series()


def test_refreshes_when_a_partner_is_added(dashboard, main_window) -> None:
    from desktop_app.domain.partners import PartnerForm

    before = dashboard.card_partners.number.text()
    result = main_window.ctx.services.partners.save(PartnerForm(name="شرکت تازه"))
    main_window.ctx.publish(result.changes)
    assert dashboard.card_partners.number.text() != before
    assert dashboard.recent.topLevelItem(0).text(3) == "شرکت تازه"
