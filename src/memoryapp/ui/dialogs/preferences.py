"""Preferences: the language of the interface (from the next start) and your name in the history.

A new language applies at the next start, with a prompt saying so: the windows set their
texts once, as they are built (there is no ``retranslateUi``), so switching live would leave
half of each window in the old language and the old direction.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from memoryapp.ui.i18n import UI_LANGUAGES
from memoryapp.ui.settings import SLIDESHOW_RANGE, UiSettings


class PreferencesDialog(QDialog):
    """Choose the UI language and the name the history records; saved when accepted."""

    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        self.restart_prompt: QMessageBox | None = None  # shown when the language changes
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.addItem(self.tr("As the system"), "")
        for code, name in UI_LANGUAGES:
            self.language.addItem(name, code)
        index = self.language.findData(settings.language)
        self.language.setCurrentIndex(max(index, 0))
        form.addRow(self.tr("&Language of the interface"), self.language)
        self.user_name = QLineEdit(settings.user_name, self)
        self.user_name.setPlaceholderText(self.tr("Your login name"))
        self.user_name.setToolTip(self.tr("Who the collection's history says made your changes"))
        form.addRow(self.tr("Your &name in the history"), self.user_name)
        self.slideshow = QSpinBox(self)
        self.slideshow.setRange(*SLIDESHOW_RANGE)
        self.slideshow.setSuffix(self.tr(" s"))
        self.slideshow.setValue(settings.slideshow_seconds)
        form.addRow(self.tr("&Slideshow: each picture for"), self.slideshow)
        self.detect_faces = QCheckBox(self.tr("&Detect faces after each import"), self)
        self.detect_faces.setChecked(settings.detect_faces)
        self.detect_faces.setToolTip(
            self.tr("Find faces on new pictures in the background and suggest who they are")
        )
        form.addRow("", self.detect_faces)
        self.read_text = QCheckBox(self.tr("&Read the text of documents after each import"), self)
        self.read_text.setChecked(settings.read_text)
        form.addRow("", self.read_text)
        layout.addLayout(form)
        note = QLabel(self.tr("A new language is used the next time memoryapp starts."), self)
        note.setWordWrap(True)
        note.setEnabled(False)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        language = str(self.language.currentData())
        if language != self._settings.language:
            self._prompt_restart()
        self._settings.language = language
        self._settings.user_name = self.user_name.text()
        self._settings.slideshow_seconds = self.slideshow.value()
        self._settings.detect_faces = self.detect_faces.isChecked()
        self._settings.read_text = self.read_text.isChecked()
        self._settings.sync()
        super().accept()

    def _prompt_restart(self) -> None:
        """Say that the new language needs a restart (a note on the window, not blocking)."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Preferences"),
            self.tr("Restart memoryapp to use the new language."),
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.restart_prompt = box
