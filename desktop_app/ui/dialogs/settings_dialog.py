"""The settings dialog: the park's name and logo (kept in the register, used by reports),
the language (applies at once), the data folder and the backup folder (this laptop's).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.office import OfficeInfo
from desktop_app.ui.bidi import message as bidi_message
from desktop_app.ui.context import UiContext
from desktop_app.ui.i18n import FollowsLanguage
from desktop_app.ui.settings import AppSettings

LANGUAGE_NAMES = (("fa", "فارسی"), ("en", "English"))


class FolderField(QWidget):
    """A path line edit with a Browse… button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # paths read LTR
        self.button = QPushButton(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.button.clicked.connect(self._browse)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.button.text(), self.edit.text())
        if folder:
            self.edit.setText(folder)


class SettingsDialog(FollowsLanguage, QDialog):
    """Edits :class:`OfficeInfo` through the office service and this laptop's settings."""

    languageChosen = Signal(str)

    def __init__(self, ctx: UiContext, settings: AppSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.setObjectName("settingsDialog")
        self.setMinimumWidth(560)
        self._logo: bytes | None = None

        self.office_box = QGroupBox(self)
        self.name = QLineEdit(self)
        self.name.setObjectName("parkName")
        self.name_error = self._error_label()
        self.name_en = QLineEdit(self)
        self.name_en.setObjectName("parkNameEn")
        self.name_en.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.logo_preview = QLabel(self)
        self.logo_preview.setFixedSize(96, 96)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setObjectName("muted")
        self.logo_choose = QPushButton(self)
        self.logo_clear = QPushButton(self)
        self.logo_error = self._error_label()
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.logo_choose)
        logo_buttons.addWidget(self.logo_clear)
        logo_buttons.addStretch(1)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        self.captions = {key: QLabel(self) for key in (
            "name", "name_en", "logo", "language", "data_folder", "note", "backup_folder")}
        self.office_form = QFormLayout(self.office_box)
        self.office_form.addRow(self.captions["name"], self._with_error(self.name, self.name_error))
        self.office_form.addRow(self.captions["name_en"], self.name_en)
        logo_widget = QWidget(self)
        logo_col = QVBoxLayout(logo_widget)
        logo_col.setContentsMargins(0, 0, 0, 0)
        logo_col.addLayout(logo_row)
        logo_col.addWidget(self.logo_error)
        self.office_form.addRow(self.captions["logo"], logo_widget)

        self.app_box = QGroupBox(self)
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.data_folder = FolderField(self)
        self.backup_folder = FolderField(self)
        self.restart_note = QLabel(self)
        self.restart_note.setObjectName("muted")
        self.restart_note.setWordWrap(True)
        self.app_form = QFormLayout(self.app_box)
        self.app_form.addRow(self.captions["language"], self.language)
        self.app_form.addRow(self.captions["data_folder"], self.data_folder)
        self.app_form.addRow(self.captions["note"], self.restart_note)
        self.app_form.addRow(self.captions["backup_folder"], self.backup_folder)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.office_box)
        layout.addWidget(self.app_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.logo_choose.clicked.connect(self.choose_logo)
        self.logo_clear.clicked.connect(lambda: self.set_logo(None))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.load()
        self.retranslate()

    def _error_label(self) -> QLabel:
        label = QLabel(self)
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        label.hide()
        return label

    def _with_error(self, field: QWidget, error: QLabel) -> QWidget:
        box = QWidget(self)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(field)
        col.addWidget(error)
        return box

    # ---------------------------------------------------------------- load / save

    def load(self) -> None:
        """Fill the fields from the register and this laptop's settings."""
        info = self.ctx.services.office.get()
        self.name.setText(info.name)
        self.name_en.setText(info.name_en)
        self.set_logo(info.logo)
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(
            self.settings.effective_language())))
        self.language.blockSignals(False)
        self.data_folder.edit.setText(self.settings.data_folder)
        self.backup_folder.edit.setText(self.settings.backup_folder)

    def set_logo(self, data: bytes | None) -> None:
        """Show *data* (PNG/JPEG bytes) as the logo to save; ``None`` removes it."""
        self._logo = data or None
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(pixmap.scaled(
                96, 96, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        self.logo_clear.setEnabled(self._logo is not None)

    def choose_logo(self) -> None:
        """Pick a PNG or JPEG file as the logo."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the park's logo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.set_logo(Path(path).read_bytes())

    def _show_errors(self, errors: dict[str, str]) -> None:
        for key, label, field in (("name", self.name_error, self.name),
                                  ("logo", self.logo_error, None)):
            message = errors.get(key, "")
            label.setText(bidi_message(message))
            label.setVisible(bool(message))
            if field is not None:
                field.setProperty("invalid", bool(message))
                field.style().unpolish(field)
                field.style().polish(field)

    def save(self) -> None:
        """Store the office settings (inline errors on bad fields) and this laptop's."""
        info = OfficeInfo(self.name.text(), self.name_en.text(), self._logo)
        try:
            result = self.ctx.run(self, self.ctx.services.office.save, info)
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return
        if result is None:  # a storage problem the user was told about
            return
        self._show_errors({})
        self.settings.data_folder = self.data_folder.edit.text().strip()
        self.settings.backup_folder = self.backup_folder.edit.text().strip()
        self.accept()

    def _language_changed(self, _index: int) -> None:
        code = self.language.currentData()
        if code:
            self.languageChosen.emit(str(code))

    # ---------------------------------------------------------------- language

    def retranslate(self) -> None:
        """Every label in the current language."""
        self.setWindowTitle(self.tr("Settings"))
        self.office_box.setTitle(self.tr("The park (kept in the register, printed on reports)"))
        self.app_box.setTitle(self.tr("This computer"))
        self.captions["name"].setText(self.tr("Name (Persian):"))
        self.captions["name_en"].setText(self.tr("Name (English):"))
        self.captions["logo"].setText(self.tr("Logo:"))
        self.captions["language"].setText(self.tr("Language:"))
        self.captions["data_folder"].setText(self.tr("Data folder:"))
        self.captions["backup_folder"].setText(self.tr("Backup folder:"))
        self.restart_note.setText(self.tr("A new data folder is used from the next start; "
                                          "empty means the standard folder."))
        self.data_folder.button.setText(self.tr("Browse…"))
        self.backup_folder.button.setText(self.tr("Browse…"))
        self.logo_choose.setText(self.tr("Choose…"))
        self.logo_clear.setText(self.tr("Remove"))
        if self._logo is None:
            self.logo_preview.setText(self.tr("No logo"))

