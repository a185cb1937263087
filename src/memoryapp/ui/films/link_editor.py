"""The clearance editor: role, clearance, rights holder, credit and note of one link."""

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from memoryapp.core.films import Clearance, LinkRole, SceneLink
from memoryapp.ui.films.delegates import clearance_label, role_label
from memoryapp.ui.i18n import follow_text_direction


class LinkEditor(QGroupBox):
    """Edits the rights fields of one link; "Apply" emits the edited link.

    The language-neutral credit line (key ``""``) is edited here; credits in other
    languages are kept as they are.

    Signals:
        edited(SceneLink, SceneLink): the link before and after the user's edits.
        unlink_requested(SceneLink): the user wants the item off the scene.
    """

    edited = Signal(object, object)
    unlink_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Clearance"), parent)
        self._link: SceneLink | None = None
        self.item_label = QLabel(self.tr("Select an item in the strip to edit its clearance."))
        self.item_label.setWordWrap(True)
        self.role = QComboBox()
        for role in LinkRole:
            self.role.addItem(role_label(role), role)
        self.clearance = QComboBox()
        for state in Clearance:
            self.clearance.addItem(clearance_label(state), state)
        self.rights_holder = QLineEdit()
        self.rights_holder.setPlaceholderText(self.tr("Who owns the rights"))
        self.credit = QLineEdit()
        self.credit.setPlaceholderText(self.tr("Credit line, as it will read on screen"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Notes for the clearance team"))
        self.note.setMaximumHeight(64)
        for edit in (self.rights_holder, self.credit, self.note):
            follow_text_direction(edit)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Clearance"), self.clearance)
        form.addRow(self.tr("Rights holder"), self.rights_holder)
        form.addRow(self.tr("Credit"), self.credit)
        form.addRow(self.tr("Note"), self.note)
        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(
            self.tr("Apply"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.revert_button = self.buttons.addButton(
            self.tr("Revert"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.unlink_button = QPushButton(self.tr("Remove from scene"))
        self.buttons.addButton(self.unlink_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.apply_button.clicked.connect(self.apply)
        self.revert_button.clicked.connect(lambda: self.set_link(self._link))
        self.unlink_button.clicked.connect(self._on_unlink)
        layout = QVBoxLayout(self)
        layout.addWidget(self.item_label)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        for combo in (self.role, self.clearance):
            combo.currentIndexChanged.connect(self._update_buttons)
        for line in (self.rights_holder, self.credit):
            line.textChanged.connect(self._update_buttons)
        self.note.textChanged.connect(self._update_buttons)
        self.set_link(None)

    @property
    def link(self) -> SceneLink | None:
        """The link being edited (as last saved), or None."""
        return self._link

    def set_link(self, link: SceneLink | None, title: str = "") -> None:
        """Edit this link (None empties and disables the form)."""
        self._link = link
        if title or link is None:
            self.item_label.setText(
                title or self.tr("Select an item in the strip to edit its clearance.")
            )
        fields: tuple[QWidget, ...] = (
            self.role,
            self.clearance,
            self.rights_holder,
            self.credit,
            self.note,
        )
        for widget in fields:
            widget.setEnabled(link is not None)
            widget.blockSignals(True)
        if link is None:
            self.rights_holder.clear()
            self.credit.clear()
            self.note.clear()
        else:
            self.role.setCurrentIndex(self.role.findData(link.role))
            self.clearance.setCurrentIndex(self.clearance.findData(link.clearance))
            self.rights_holder.setText(link.rights_holder)
            self.credit.setText(link.credit.get("", ""))
            self.note.setPlainText(link.note)
        for widget in fields:
            widget.blockSignals(False)
        self._update_buttons()

    def edited_link(self) -> SceneLink | None:
        """The link with the form's values, or None when nothing is being edited."""
        if self._link is None:
            return None
        credit = dict(self._link.credit)
        text = self.credit.text().strip()
        if text:
            credit[""] = text
        else:
            credit.pop("", None)
        return replace(
            self._link,
            role=LinkRole(self.role.currentData()),
            clearance=Clearance(self.clearance.currentData()),
            rights_holder=self.rights_holder.text().strip(),
            credit=credit,
            note=self.note.toPlainText().strip(),
        )

    def is_dirty(self) -> bool:
        """Whether the form differs from the saved link."""
        edited = self.edited_link()
        return edited is not None and edited != self._link

    def apply(self) -> None:
        """Emit ``edited`` when the form changed something."""
        edited = self.edited_link()
        if self._link is not None and edited is not None and edited != self._link:
            self.edited.emit(self._link, edited)

    def _on_unlink(self) -> None:
        if self._link is not None:
            self.unlink_requested.emit(self._link)

    def _update_buttons(self) -> None:
        dirty = self.is_dirty()
        self.apply_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.unlink_button.setEnabled(self._link is not None)
