"""The MoU editor's tab pages at a laptop's width: only the chosen page is painted (no stray
panel at the top left of the others), and the Parties table gives the signatory room."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabWidget, QWidget

from desktop_app.domain.mous import PartyForm

pytestmark = pytest.mark.gui


def stray_pages(tabs: QTabWidget) -> list[str]:
    """For each tab chosen in turn, the other pages that are shown all the same."""
    stack = tabs.findChild(QWidget, "qt_tabwidget_stackedwidget")
    assert stack is not None
    found = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        for child in stack.children():
            if (isinstance(child, QWidget) and child is not tabs.currentWidget()
                    and child.isVisible()):
                found.append(f"{type(child).__name__} over tab {index}")
    return found


@pytest.mark.parametrize("language", ["fa", "en"])
def test_only_the_chosen_tab_page_is_shown(ctx, qtbot, language: str) -> None:
    from desktop_app.ui.i18n import apply_language
    from desktop_app.ui.mous.editor import MoUEditor

    apply_language(language)
    editor = MoUEditor(ctx)
    qtbot.addWidget(editor)
    editor.resize(700, 650)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.tabs.count() >= 9
    assert stray_pages(editor.tabs) == []


def test_no_record_form_shows_a_stray_page(main_window) -> None:
    from desktop_app.ui.kit.section import RecordSection

    sections = [s for s in main_window.sections if isinstance(s, RecordSection)]
    assert len(sections) >= 5
    for page, section in zip(main_window.pages, main_window.sections, strict=True):
        if isinstance(section, RecordSection):
            main_window.show_section(page.entry.section_id)
            assert stray_pages(section.form.tabs) == [], type(section).__name__


def test_the_signatory_has_room_and_the_title_no_more(ctx, qtbot) -> None:
    """At the width the editor has on a 1366 px screen, the demo's signatories fit their
    column, and the empty title column is no wider than the signatory's."""
    from desktop_app.ui.mous.parties_tab import PartiesTab

    tab = PartiesTab(ctx)
    qtbot.addWidget(tab)
    tab.retranslate()
    tab.resize(700, 500)
    tab.show()
    qtbot.waitExposed(tab)
    chosen = ctx.services.partners.choices("پارک", 2)
    assert len(chosen) == 2
    signatory = "رئیس پارک علم و فناوری مازندران"
    tab.set_rows([PartyForm(partner_id=partner_id, role="طرف اول", signatory=signatory)
                  for partner_id, _name in chosen])
    qtbot.wait(10)
    header = tab.view.horizontalHeader()
    needed = tab.view.fontMetrics().horizontalAdvance(signatory) + 12  # the cell's margins
    assert header.sectionSize(2) >= needed
    assert header.sectionSize(3) < header.sectionSize(2)
    assert header.sectionSize(1) < header.sectionSize(3)  # the role takes only what it needs
    assert sum(header.sectionSize(c) for c in range(4)) <= tab.view.viewport().width() + 1
    # rows of one line stay one line high; a signatory too long for any width wraps
    line = tab.view.fontMetrics().lineSpacing()
    assert tab.view.rowHeight(0) < 2 * line + 4
    tab.model.setData(tab.model.index(0, 2), "دکتر جعفری راد، رئیس پارک علم و فناوری مازندران"
                      " و دبیر شورای فناوری استان")
    tab.view.resizeRowsToContents()
    assert tab.view.rowHeight(0) >= 2 * line
