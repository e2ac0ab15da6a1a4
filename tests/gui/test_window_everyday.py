"""The everyday stumbles of issue 12, driven through the real window: the Delete key, text
that follows its own direction, the one bidi rule, the country list and the meeting picker."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox, QStyleOptionViewItem
from qt_keyboard import type_text

from desktop_app.ui.bidi import BidiItemDelegate, display, fill, paragraph_direction, plain
from desktop_app.ui.i18n import apply_language
from desktop_app.ui.widgets.text_box import TextBox

pytestmark = pytest.mark.gui

FRIBIDI = shutil.which("fribidi")


def visual(text: str, base: str) -> str:
    """*text* in display order by GNU FriBidi (an implementation independent of Qt's)."""
    assert FRIBIDI, "fribidi is needed for this test"
    out = subprocess.run([FRIBIDI, "--nopad", "--nomirror", "--clean", f"--{base}"],
                         input=text + "\n", capture_output=True, text=True, check=True)
    return out.stdout.rstrip("\n")


# ------------------------------------------------------------------ the Delete key


def test_delete_key_in_a_list_asks_to_delete_the_selected_record(main_window, qtbot,
                                                                  monkeypatch) -> None:
    section = main_window.show_section("partners")
    table = section.list.table
    section.list.select_id(section.list.model.id_at(0))
    asked: list[str] = []

    def answer(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)  # an ambiguous shortcut would warn and fail
    assert len(asked) == 1
    name = section.ctx.services.partners.get(section.list.current_id()).name
    assert name in plain(asked[0])


def test_delete_key_in_a_text_field_deletes_a_character(main_window, qtbot, monkeypatch) -> None:
    section = main_window.show_section("partners")
    search = section.list.search
    search.setText("abc")
    search.setFocus()
    search.setCursorPosition(0)
    qtbot.keyClick(search, Qt.Key.Key_Delete)  # no question may appear (the fixture fails it)
    assert search.text() == "bc"


def test_delete_key_in_the_mou_parties_removes_the_selected_party(main_window, qtbot) -> None:
    section = main_window.show_section("mous")
    mou54 = section.ctx.services.reports.resolve_mou("54")
    section.open_record(mou54)
    editor = section.editor
    editor.tabs.setCurrentIndex(1)
    before = editor.parties_model.rowCount()
    assert before >= 2
    editor.parties_view.selectRow(before - 1)
    editor.parties_view.setFocus()
    qtbot.keyClick(editor.parties_view, Qt.Key.Key_Delete)
    assert editor.parties_model.rowCount() == before - 1
    assert editor.is_dirty()
    editor.dirty = False  # closing the window would ask about the unsaved MoU (it should)


# ------------------------------------------------------------------ text follows its direction


def _edges(box: TextBox) -> list[tuple[int, int]]:
    """(x of the block's first character, x of its end) for every paragraph."""
    out = []
    block = box.document().firstBlock()
    while block.isValid():
        cursor = QTextCursor(block)
        start = box.cursorRect(cursor).x()
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        out.append((start, box.cursorRect(cursor).x()))
        block = block.next()
    return out


@pytest.mark.parametrize("language", ["fa", "en"])
def test_each_paragraph_is_aligned_by_its_own_direction(qtbot, persian, language) -> None:
    apply_language(language)
    box = TextBox()
    qtbot.addWidget(box)
    box.resize(420, 160)
    box.show()
    qtbot.waitExposed(box)
    box.setPlainText("همکاری در زمینهٔ فناوری‌های نوین\nJoint work on new technology")
    width = box.viewport().width()
    (fa_start, fa_end), (en_start, en_end) = _edges(box)
    assert fa_start > width - 20 and fa_end < fa_start  # starts at the right edge
    assert en_start < 20 and en_end > en_start  # starts at the left edge
    box.setPlainText("English first\nو بعد فارسی")  # typing again re-decides every paragraph
    (en_start, _), (fa_start, _) = _edges(box)
    assert en_start < 20 and fa_start > width - 20


def test_forms_use_direction_following_text_boxes(main_window) -> None:
    section = main_window.show_section("meetings")
    boxes = section.form.findChildren(TextBox)
    assert boxes, "the meeting form's minutes and decisions are TextBoxes"
    mous = main_window.show_section("mous")
    assert isinstance(mous.editor.subject, TextBox) and isinstance(mous.editor.objectives, TextBox)


# ------------------------------------------------------------------ one bidi rule


def test_a_phone_number_in_a_contacts_cell_keeps_its_order(qtbot, persian) -> None:
    from PySide6.QtWidgets import QTableView

    from desktop_app.ui.partners.models import ContactsModel

    model = ContactsModel()
    model.add_contact()
    phone_col = next(c for c in range(model.columnCount())
                     if "تلفن" in str(model.headerData(c, Qt.Orientation.Horizontal)))
    model.setData(model.index(0, phone_col), "+90 312 298 1234")
    view = QTableView()  # as the partner form's contacts table, in the Persian window
    view.setModel(model)
    qtbot.addWidget(view)
    view.show()
    delegate = view.itemDelegate()
    assert isinstance(delegate, BidiItemDelegate)
    option = QStyleOptionViewItem()
    option.direction = Qt.LayoutDirection.RightToLeft
    delegate.initStyleOption(option, model.index(0, phone_col))
    assert option.direction == Qt.LayoutDirection.LeftToRight
    assert plain(option.text) == "+90 312 298 1234"
    assert visual(option.text, "rtl") == "+90 312 298 1234"
    assert visual("+90 312 298 1234", "rtl") != "+90 312 298 1234"  # what it was before


def test_a_code_in_a_combo_keeps_its_order(qtbot, ctx) -> None:
    from desktop_app.ui.kit.form import LinkField

    field = LinkField(ctx, "mous")
    qtbot.addWidget(field)
    field.set_choices([(1, "1401-NPC-ISIPO"), (2, "تفاهم‌نامه ۵۴ با Teknopark İstanbul")])
    field.set_value(1)
    shown = field.combo.currentText()
    assert plain(shown) == "1401-NPC-ISIPO"
    assert visual(shown, "rtl") == "1401-NPC-ISIPO"
    assert visual("1401-NPC-ISIPO", "rtl") != "1401-NPC-ISIPO"
    mixed = field.combo.itemText(2)
    assert "Teknopark İstanbul" in visual(mixed, "rtl")
    assert field.value() == 1


def test_a_reason_that_starts_with_an_email_is_a_persian_line() -> None:
    reason = "info@pars.example ایمیل تکراری است"
    assert paragraph_direction(reason) == Qt.LayoutDirection.RightToLeft
    assert visual(display(reason), "ltr").endswith("info@pars.example")  # read from the right


def test_an_english_sentence_quoting_a_persian_name_keeps_its_quotes() -> None:
    text = fill("Delete “%1”?", "پارک علم و فناوری")
    shown = visual(text, "ltr")
    assert shown.startswith("Delete “") and shown.endswith("”?")


def test_the_search_hint_reads_right_to_left_in_persian(main_window) -> None:
    from desktop_app.ui.search_popup import SearchPopup

    popup = SearchPopup(main_window.ctx, main_window)
    hint = popup.hint.text()
    assert plain(hint).startswith("Enter")  # the Persian hint names the key first…
    assert paragraph_direction(hint) == Qt.LayoutDirection.RightToLeft  # …and reads RTL
    popup.close()


# ------------------------------------------------------------------ pickers


def test_the_country_list_does_not_jump_while_typing(main_window, qtbot) -> None:
    form = main_window.show_section("partners").form
    main_window.show_section("partners").new_record()
    combo = form.country
    start = combo.currentIndex()
    combo.lineEdit().setFocus()
    combo.lineEdit().clear()
    seen = []
    for ch in "ترکیه":
        type_text(combo.lineEdit(), ch)
        seen.append(combo.currentIndex())
    assert seen == [start] * 5  # nothing chosen while typing
    popup = combo.completer().popup()
    offered = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert "ترکیه" in offered and len(offered) <= 3
    combo.lineEdit().editingFinished.emit()
    assert combo.currentData() == "TR"
    combo.completer().popup().hide()
    combo.lineEdit().clearFocus()
    form.dirty = False


def test_the_action_forms_meeting_picker_lists_only_the_mous_meetings(main_window) -> None:
    section = main_window.show_section("actions")
    section.new_record()
    form = section.form
    services = section.ctx.services
    every = services.actions.meeting_choices(None)
    mou54 = services.reports.resolve_mou("54")
    own = services.actions.meeting_choices(mou54)
    assert 0 < len(own) < len(every)
    form.mou.set_value(None)
    form.mou.combo.setCurrentIndex(form.mou.combo.findData(mou54))
    offered = [form.meeting.combo.itemData(i) for i in range(1, form.meeting.combo.count())]
    assert offered == [i for i, _ in own]
    form.dirty = False  # the edit was only to see the picker


def test_a_cut_off_cell_shows_its_whole_text_as_a_tooltip(qtbot, persian) -> None:
    from PySide6.QtGui import QHelpEvent, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView, QToolTip

    long_title = "تفاهم‌نامه همکاری میان پارک علم و فناوری مازندران و پارک فناوری و نوآوری صنعت نفت"
    model = QStandardItemModel(1, 2)
    model.setItem(0, 0, QStandardItem(long_title))
    model.setItem(0, 1, QStandardItem("۵۴"))
    view = QTableView()  # any view: a section's list or a form's sub-table
    view.setModel(model)
    view.setColumnWidth(0, 120)
    view.setColumnWidth(1, 120)
    qtbot.addWidget(view)
    view.resize(400, 200)
    view.show()
    qtbot.waitExposed(view)
    delegate = view.itemDelegate()
    assert isinstance(delegate, BidiItemDelegate)
    for column, expected in ((0, long_title), (1, "")):
        index = model.index(0, column)
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.rect = view.visualRect(index)
        assert plain(delegate.cut_off_text(option, index)) == expected
    index = model.index(0, 0)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    centre = option.rect.center()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, centre, view.viewport().mapToGlobal(centre))
    assert delegate.helpEvent(event, view, option, index)
    assert plain(QToolTip.text()) == long_title
    QToolTip.hideText()


def test_buttons_show_real_icons_with_their_licence(main_window) -> None:
    from PySide6.QtWidgets import QAbstractButton

    from desktop_app.ui import icons
    from desktop_app.ui.widgets.jalali_date_edit import JalaliDateEdit
    from resources import ICONS_DIR

    assert (ICONS_DIR / "LICENSE-lucide.txt").read_text().startswith("ISC License")
    for name in icons.NAMES:
        image = icons.icon(name).pixmap(24, 24).toImage()
        assert not image.isNull()
        assert any(image.pixelColor(x, y).alpha() > 0 for x in range(24) for y in range(24)), name
    section = main_window.show_section("meetings")
    date = section.form.findChildren(JalaliDateEdit)[0]
    assert date.button.text() == "" and not date.button.icon().isNull()
    for window_section in main_window.sections:
        for button in window_section.findChildren(QAbstractButton):
            if not button.text() and button.isVisibleTo(window_section):
                assert not button.icon().isNull() or button.arrowType() != Qt.ArrowType.NoArrow \
                    or button.objectName().startswith("qt_"), button.objectName()


def test_counts_in_english_plurals_latin_digits_and_persian_digits_in_persian(main_window) -> None:
    import re

    partners = main_window.show_section("partners")
    fa_text = partners.list.count_label.text()
    assert re.search("[۰-۹]", fa_text) and not re.search("[0-9]", fa_text)
    main_window.set_language("en")
    en_text = partners.list.count_label.text()
    assert re.fullmatch(r"\d+ records", en_text), en_text
    partners.list.search.setText("Zhongguancun")
    partners.list.reload()
    assert partners.list.count_label.text() == "1 record"
    editor = main_window.show_section("mous").editor
    years = [editor.valid_for.itemText(i) for i in range(1, editor.valid_for.count())]
    assert years[:2] == ["1 year", "2 years"]


def test_numbers_take_the_window_languages_digits_and_separator(qtbot, ctx) -> None:
    from desktop_app.ui.mous.body_dialog import BodyDialog
    from desktop_app.ui.numbers import count_text, with_count

    assert count_text(100_000, "fa") == "۱۰۰٬۰۰۰" and count_text(100_000, "en") == "100,000"
    assert with_count("100000 records", 100_000, "en") == "100,000 records"
    mou54 = ctx.services.reports.resolve_mou("54")
    body = next(b for b in ctx.services.mous.detail(mou54).bodies if b.members)
    dialog = BodyDialog(ctx, ctx.services.bodies.get(body.id))
    qtbot.addWidget(dialog)
    header = dialog.members.verticalHeaderItem(0)
    assert header is not None and header.text() == "۱"  # member numbering in Persian digits


def test_search_results_show_a_letter_number_in_persian_digits(main_window) -> None:
    from desktop_app.ui.numbers import digits_for
    from desktop_app.ui.search_popup import SearchPopup

    assert digits_for("نامه 2345/ص/1405 درباره EAST-1401-07", "fa") == \
        "نامه ۲۳۴۵/ص/۱۴۰۵ درباره EAST-1401-07"
    popup = SearchPopup(main_window.ctx, main_window)
    popup.box.setText("۱۴۹۳۸۴")  # the demo letter 149384, typed in Persian digits
    popup.run_search()
    texts = []
    for i in range(popup.results.topLevelItemCount()):
        head = popup.results.topLevelItem(i)
        texts += [head.text(1)] + [head.child(j).text(c) for j in range(head.childCount())
                                   for c in (0, 1)]
    assert any("۱۴۹۳۸۴" in t for t in texts), texts
    assert not any("149384" in t for t in texts)
    popup.close()
