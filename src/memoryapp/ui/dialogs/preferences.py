"""Preferences: the language of the interface (it takes effect at the next start)."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from memoryapp.ui.i18n import UI_LANGUAGES
from memoryapp.ui.settings import UiSettings


class PreferencesDialog(QDialog):
    """Choose the UI language; saved in the settings when accepted."""

    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.addItem(self.tr("As the system"), "")
        for code, name in UI_LANGUAGES:
            self.language.addItem(name, code)
        index = self.language.findData(settings.language)
        self.language.setCurrentIndex(max(index, 0))
        form.addRow(self.tr("&Language of the interface"), self.language)
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
        self._settings.language = str(self.language.currentData())
        self._settings.sync()
        super().accept()
