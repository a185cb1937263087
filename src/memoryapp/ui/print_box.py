"""The print as an object in the details panel.

Its views, inscriptions, physical description, where it is and who held it: read here,
changed through two small dialogs (one undo step each).
"""

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from memoryapp.core.dates import FuzzyDate, InvalidDateError, describe
from memoryapp.core.ids import ContainerId, PersonId
from memoryapp.core.items import FileRole, Item
from memoryapp.core.prints import (
    Container,
    CustodyEvent,
    CustodyKind,
    Location,
    PrintProcess,
    container_path,
    path_text,
)
from memoryapp.ui.i18n import isolate

_PATH_SEPARATOR = " \N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK} "


def _date_text(date: FuzzyDate | None) -> str:
    if date is None:
        return ""
    try:
        return describe(date) if date.edtf else date.input
    except ValueError:
        return date.input


class PrintBox(QGroupBox):
    """Views, inscriptions, physical description, location and custody of one item.

    Signals:
        add_custody_requested(): the user wants to record a transfer of custody.
        move_requested(): the user wants to put the item in a container.
        detach_requested(): the user wants the back to be an item of its own again.
    """

    add_custody_requested = Signal()
    move_requested = Signal()
    detach_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("The print"), parent)
        self.setObjectName("printBox")
        form = QFormLayout(self)
        self.views = self._label("printViews")
        self.inscriptions = self._label("printInscriptions")
        self.physical = self._label("printPhysical")
        self.location = self._label("printLocation")
        self.custody = self._label("printCustody")
        form.addRow(self.tr("Views"), self.views)
        form.addRow(self.tr("Inscriptions"), self.inscriptions)
        form.addRow(self.tr("Object"), self.physical)
        form.addRow(self.tr("Location"), self.location)
        form.addRow(self.tr("Custody"), self.custody)
        buttons = QHBoxLayout()
        self.custody_button = QPushButton(self.tr("Add a custody event…"), self)
        self.custody_button.setObjectName("addCustody")
        self.move_button = QPushButton(self.tr("Move to a container…"), self)
        self.move_button.setObjectName("moveToContainer")
        buttons.addWidget(self.custody_button)
        buttons.addWidget(self.move_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.detach_button = QPushButton(self.tr("Make the back its own item"), self)
        self.detach_button.setObjectName("detachBack")
        form.addRow(self.detach_button)
        self.detach_button.clicked.connect(self.detach_requested)
        self.custody_button.clicked.connect(self.add_custody_requested)
        self.move_button.clicked.connect(self.move_requested)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_item(
        self,
        item: Item,
        people: Mapping[str, str],
        containers: Mapping[ContainerId, Container],
    ) -> None:
        """Show what is known of ``item`` as an object."""
        roles = self._roles()
        views = [roles[item.role_of(i)] for i in range(len(item.files))]
        self.views.setText(", ".join(views) or self.tr("No file"))
        self.detach_button.setVisible(item.has_back)
        lines = []
        for inscription in item.inscriptions:
            index = inscription.file_index
            role = item.role_of(index) if index < len(item.files) else FileRole.OTHER
            lines.append(f"{roles[role]}: {isolate(inscription.text)}")
        self.inscriptions.setText("\n".join(lines) or self.tr("None recorded"))
        physical = item.physical
        parts = [
            self._processes()[physical.process] if physical.process else "",
            physical.size,
            isolate(physical.mount) if physical.mount else "",
        ]
        self.physical.setText(", ".join(p for p in parts if p) or self.tr("Not described"))
        self.location.setText(self._where(item, containers))
        chain = [self._event_line(e, people) for e in item.custody]
        self.custody.setText("\n".join(chain) or self.tr("No transfer recorded"))

    def _roles(self) -> dict[FileRole, str]:
        return {
            FileRole.FRONT: self.tr("Front"),
            FileRole.BACK: self.tr("Back"),
            FileRole.PAGE: self.tr("Page"),
            FileRole.DETAIL: self.tr("Detail"),
            FileRole.ENLARGEMENT: self.tr("Enlargement"),
            FileRole.ALBUM_PAGE: self.tr("Album page"),
            FileRole.OTHER: self.tr("Other view"),
        }

    def custody_kinds(self) -> dict[CustodyKind, str]:
        """The kinds of transfer, in words."""
        return {
            CustodyKind.GIFT: self.tr("gift"),
            CustodyKind.INHERITANCE: self.tr("inheritance"),
            CustodyKind.LOAN: self.tr("loan"),
            CustodyKind.RETURN: self.tr("return"),
            CustodyKind.SCAN_AND_RETURN: self.tr("scanned and returned"),
            CustodyKind.PURCHASE: self.tr("purchase"),
            CustodyKind.FOUND: self.tr("found"),
        }

    def _processes(self) -> dict[PrintProcess, str]:
        return {
            PrintProcess.GELATIN_SILVER: self.tr("gelatin silver"),
            PrintProcess.ALBUMEN: self.tr("albumen"),
            PrintProcess.CHROMOGENIC: self.tr("chromogenic (colour)"),
            PrintProcess.INSTANT: self.tr("instant"),
            PrintProcess.DIGITAL_PRINT: self.tr("digital print"),
            PrintProcess.CYANOTYPE: self.tr("cyanotype"),
            PrintProcess.TINTYPE: self.tr("tintype"),
            PrintProcess.OTHER: self.tr("other process"),
        }

    def _where(self, item: Item, containers: Mapping[ContainerId, Container]) -> str:
        def text(where: Location | None) -> str:
            if where is None:
                return ""
            names = [isolate(c.name) for c in container_path(where.container_id, dict(containers))]
            path = _PATH_SEPARATOR.join(names)  # "Box 2 > Album 1 > Page 7", with angle quotes
            return ", ".join(
                p for p in (path, isolate(where.position) if where.position else "") if p
            )

        now, normal = text(item.location), text(item.normal_location)
        if normal and normal != now:
            return self.tr("%1 (normally %2)").replace("%1", now or "?").replace("%2", normal)
        return now or self.tr("Not placed")

    def _event_line(self, event: CustodyEvent, people: Mapping[str, str]) -> str:
        def who(person: PersonId | None, name: str) -> str:
            shown = people.get(person, name) if person else name
            return isolate(shown) if shown else "?"

        when = _date_text(event.date)
        kind = self.custody_kinds()[event.kind]
        line = self.tr("%1 %2: %3 → %4").replace("%1", when).replace("%2", kind)
        line = line.replace("%3", who(event.from_person, event.from_name))
        line = line.replace("%4", who(event.to_person, event.to_name)).strip()
        return f"{line} ({isolate(event.note)})" if event.note else line


class CustodyDialog(QDialog):
    """Who passed the original to whom, when and how (``kinds``: each kind in words)."""

    def __init__(self, kinds: Mapping[CustodyKind, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("custodyDialog")
        self.setWindowTitle(self.tr("Add a custody event"))
        form = QFormLayout(self)
        self.giver = QLineEdit(self)
        self.receiver = QLineEdit(self)
        self.date = QLineEdit(self)
        self.date.setPlaceholderText(self.tr("e.g. c. 1962"))
        self.kind = QComboBox(self)
        for kind, text in kinds.items():
            self.kind.addItem(text, kind.value)
        self.note = QLineEdit(self)
        form.addRow(self.tr("From"), self.giver)
        form.addRow(self.tr("To"), self.receiver)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Note"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def fuzzy_date(self) -> FuzzyDate | None:
        """The date as typed, read as the rest of the app reads dates (or kept as words)."""
        from memoryapp.core.dates.phrases import parse_date, text_only

        text = self.date.text().strip()
        if not text:
            return None
        try:
            return parse_date(text)
        except InvalidDateError:
            return text_only(text)


class MoveDialog(QDialog):
    """Choose a container (box, album, page) and where in it."""

    def __init__(
        self, containers: Mapping[ContainerId, Container], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("moveDialog")
        self.setWindowTitle(self.tr("Move to a container"))
        layout = QVBoxLayout(self)
        self.container = QComboBox(self)
        paths: Sequence[tuple[str, ContainerId]] = sorted(
            (path_text(container_path(c, dict(containers))), c) for c in containers
        )
        for text, cid in paths:
            self.container.addItem(isolate(text), cid)
        self.position = QLineEdit(self)
        self.position.setPlaceholderText(self.tr("Where in it, e.g. slot 2"))
        self.normal = QCheckBox(self.tr("This is where it belongs (normal location)"), self)
        layout.addWidget(self.container)
        layout.addWidget(self.position)
        layout.addWidget(self.normal)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def location(self) -> Location | None:
        """The chosen place, or None when there is no container to choose."""
        cid = self.container.currentData()
        if cid is None:
            return None
        return Location(container_id=ContainerId(cid), position=self.position.text().strip())
