"""Search everywhere (Ctrl+K / Ctrl+Shift+F): one box, results grouped by kind of record.

Typing asks :class:`~desktop_app.domain.search.SearchService` (after a short pause);
Enter opens the selected result — or the first one — through ``ctx.open_record``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.search import group_title
from desktop_app.ui.bidi import sentence
from desktop_app.ui.context import UiContext
from desktop_app.ui.i18n import FollowsLanguage
from desktop_app.ui.kit.views import debounce
from desktop_app.ui.numbers import count_text, digits_for

HIT_ROLE = Qt.ItemDataRole.UserRole


class SearchPopup(FollowsLanguage, QDialog):
    """A light dialog at the top of the window with the search box and grouped results."""

    DELAY_MS = 120
    LIMIT = 8

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("searchPopup")
        self.setModal(False)
        self.resize(640, 440)
        self.box = QLineEdit(self)
        self.box.setClearButtonEnabled(True)
        self.box.setObjectName("globalSearchBox")
        self.results = QTreeWidget(self)
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.setColumnCount(2)
        self.results.setUniformRowHeights(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setObjectName("globalSearchResults")
        self.hint = QLabel(self)
        self.hint.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self._timer = debounce(self, self.DELAY_MS, self.run_search)
        self.box.textChanged.connect(lambda _t: self._timer.start())
        self.box.returnPressed.connect(self.open_current)
        self.box.installEventFilter(self)
        self.results.itemActivated.connect(lambda item, _col: self._open_item(item))
        self.retranslate()

    def retranslate(self) -> None:
        """Window title, placeholder and hint in the current language."""
        self.setWindowTitle(self.tr("Search everywhere"))
        self.box.setPlaceholderText(self.tr("Search partners, MoUs, hubs, meetings and letters…"))
        self.hint.setText(sentence(self.tr("Enter opens the selected result · Esc closes")))
        if self.box.text():
            self.run_search()

    def popup(self) -> None:
        """Show near the top of the parent window, the box focused and its text selected."""
        parent = self.parentWidget()
        if parent is not None:
            geo = parent.geometry()
            self.move(geo.x() + (geo.width() - self.width()) // 2, geo.y() + 80)
        self.show()
        self.raise_()
        self.activateWindow()
        self.box.setFocus()
        self.box.selectAll()

    def run_search(self) -> None:
        """Ask the service and show the grouped hits."""
        self._timer.stop()
        self.results.clear()
        text = self.box.text()
        groups = self.ctx.services.search.search(text, self.LIMIT) if text.strip() else []
        bold = QFont(self.results.font())
        bold.setBold(True)
        first: QTreeWidgetItem | None = None
        for group in groups:
            head = QTreeWidgetItem([group_title(group.entity), count_text(group.total)])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setFont(0, bold)
            self.results.addTopLevelItem(head)
            for hit in group.hits:
                item = QTreeWidgetItem([digits_for(hit.title), digits_for(hit.detail)])
                item.setData(0, HIT_ROLE, (hit.entity, hit.id))
                item.setToolTip(0, hit.title)
                head.addChild(item)
                first = first or item
            head.setExpanded(True)
        if first is not None:
            self.results.setCurrentItem(first)
        elif text.strip():
            empty = QTreeWidgetItem([self.tr("Nothing found")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addTopLevelItem(empty)
        self.results.resizeColumnToContents(1)
        self.results.setColumnWidth(0, max(200, self.results.viewport().width()
                                           - self.results.columnWidth(1) - 8))

    def open_current(self) -> None:
        """Open the selected hit (running a pending search first)."""
        if self._timer.isActive():
            self.run_search()
        item = self.results.currentItem()
        if item is None or item.data(0, HIT_ROLE) is None:
            return
        self._open_item(item)

    def _open_item(self, item: QTreeWidgetItem) -> None:
        data = item.data(0, HIT_ROLE)
        if not data:
            return
        entity, record_id = data
        self.hide()
        self.ctx.open_record(entity, int(record_id))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up/Down in the box move through the results, as in every quick-open box.
        # PySide hands a key press over as a QKeyEvent; the isinstance check narrows it.
        if watched is self.box and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._step(1 if key == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)

    def _step(self, delta: int) -> None:
        items: list[QTreeWidgetItem] = []
        for i in range(self.results.topLevelItemCount()):
            head = self.results.topLevelItem(i)
            if head is None:
                continue
            children = (head.child(j) for j in range(head.childCount()))
            items.extend(child for child in children if child is not None)
        if not items:
            return
        current = self.results.currentItem()
        pos = items.index(current) if current in items else -1
        self.results.setCurrentItem(items[max(0, min(len(items) - 1, pos + delta))])

