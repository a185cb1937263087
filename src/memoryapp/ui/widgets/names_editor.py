"""Edit the names of a person or a place: every spelling, its script, language and kind.

Hebrew and Arabic names are edited in right-to-left fields and shown aligned to the right;
Tifinagh and Latin names left to right. The script is derived from the letters unless the
user sets it.
"""

from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from memoryapp.core.names import Name
from memoryapp.core.text import is_rtl, normalize, script_of

_Index = QModelIndex | QPersistentModelIndex
VALUE, SCRIPT, LANG, KIND, NOTE = range(5)
_HEADERS = (
    str(QT_TRANSLATE_NOOP("NamesModel", "Name")),
    str(QT_TRANSLATE_NOOP("NamesModel", "Script")),
    str(QT_TRANSLATE_NOOP("NamesModel", "Language")),
    str(QT_TRANSLATE_NOOP("NamesModel", "Kind")),
    str(QT_TRANSLATE_NOOP("NamesModel", "Note")),
)
SCRIPTS = ("Latn", "Hebr", "Arab", "Tfng", "Cyrl", "Grek")
LANGUAGES = ("fr", "he", "ar", "ary", "zgh", "ber", "en", "es", "yi", "lad")
PERSON_KINDS = (
    "birth", "married", "hebrew", "arabic", "nickname", "transliteration",
    "patronymic", "alias",
)  # fmt: skip
PLACE_KINDS_OF_NAME = ("official", "colonial", "local", "hebrew", "arabic", "alias")


@dataclass(slots=True)
class _Row:
    value: str = ""
    script: str = ""
    lang: str = ""
    kind: str = ""
    note: str = ""
    auto_script: bool = True


class NamesModel(QAbstractTableModel):
    """An editable table of names; ``names()`` gives them back as core ``Name`` values."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []

    def set_names(self, names: tuple[Name, ...]) -> None:
        """Show these names (the first is the primary one)."""
        self.beginResetModel()
        self._rows = [
            _Row(n.value, n.script, n.lang, n.kind, n.note, n.script == script_of(n.value))
            for n in names
        ]
        self.endResetModel()

    def names(self) -> tuple[Name, ...]:
        """The names with a value, in order (empty rows are dropped)."""
        return tuple(
            Name(
                value=r.value,
                script="" if r.auto_script else r.script,
                lang=r.lang,
                kind=r.kind,
                note=r.note,
            )
            for r in self._rows
            if normalize(r.value)
        )

    def add_row(self) -> QModelIndex:
        """Append an empty row; return the index of its name cell."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(_Row())
        self.endInsertRows()
        return self.index(row, VALUE)

    def remove_row(self, row: int) -> None:
        """Remove a row."""
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def move_to_top(self, row: int) -> None:
        """Make the name of ``row`` the primary one."""
        if 0 < row < len(self._rows):
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), 0)
            self._rows.insert(0, self._rows.pop(row))
            self.endMoveRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """One row per name."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """Name, script, language, kind, note."""
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Translated column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(_HEADERS)
        ):
            return self.tr(_HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Every cell is editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell text; names aligned to the side their script starts from."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (row.value, row.script, row.lang, row.kind, row.note)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VALUE:
            side = Qt.AlignmentFlag.AlignRight if is_rtl(row.value) else Qt.AlignmentFlag.AlignLeft
            return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and column == VALUE and index.row() == 0:
            return self.tr("Primary name")
        if role == Qt.ItemDataRole.FontRole and column == VALUE and index.row() == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Edit a cell; a new name re-derives its script unless the user chose one."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self._rows[index.row()]
        text = normalize(str(value or ""))
        column = index.column()
        if column == VALUE:
            row.value = text
            if row.auto_script:
                row.script = script_of(text) if text else ""
        elif column == SCRIPT:
            row.script = text
            row.auto_script = not text or text == script_of(row.value)
        elif column == LANG:
            row.lang = text
        elif column == KIND:
            row.kind = text
        else:
            row.note = text
        left = self.index(index.row(), 0)
        self.dataChanged.emit(left, self.index(index.row(), NOTE))
        return True


class NameDelegate(QStyledItemDelegate):
    """Right-to-left editing for Hebrew and Arabic; choices for script, language, kind."""

    def __init__(self, kinds: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kinds = kinds

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        """A direction-aware line edit, or an editable combo box."""
        column = index.column()
        if column in (SCRIPT, LANG, KIND):
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.addItems({SCRIPT: SCRIPTS, LANG: LANGUAGES, KIND: self._kinds}[column])
            return combo
        line = QLineEdit(parent)
        line.textChanged.connect(lambda text: _follow_direction(line, text))
        return line

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        """Put the cell text in the editor."""
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QComboBox):
            editor.setCurrentText(text)
        elif isinstance(editor, QLineEdit):
            editor.setText(text)
            _follow_direction(editor, text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        """Write the editor's text back."""
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())


def _follow_direction(line: QLineEdit, text: str) -> None:
    rtl = is_rtl(text)
    line.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )


class NamesEditor(QWidget):
    """A names table with Add, Remove and Make primary buttons.

    Signals:
        edited(): the names changed (read them with ``names()``).
    """

    edited = Signal()

    def __init__(self, kinds: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = NamesModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(NameDelegate(kinds, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((SCRIPT, 60), (LANG, 70), (KIND, 110), (NOTE, 140)):
            self.view.setColumnWidth(column, width)
        add = QPushButton(self.tr("Add a spelling"), self)
        remove = QPushButton(self.tr("Remove"), self)
        primary = QPushButton(self.tr("Make primary"), self)
        add.clicked.connect(self._add)
        remove.clicked.connect(self._remove)
        primary.clicked.connect(self._primary)
        buttons = QHBoxLayout()
        for button in (add, remove, primary):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.model.dataChanged.connect(lambda *_: self.edited.emit())
        self.model.rowsRemoved.connect(lambda *_: self.edited.emit())
        self.model.rowsMoved.connect(lambda *_: self.edited.emit())

    def set_names(self, names: tuple[Name, ...]) -> None:
        """Show these names (no ``edited`` signal)."""
        self.model.set_names(names)

    def names(self) -> tuple[Name, ...]:
        """The names as edited."""
        return self.model.names()

    def _add(self) -> None:
        index = self.model.add_row()
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def _remove(self) -> None:
        row = self.view.currentIndex().row()
        if self.model.rowCount() > 1:
            self.model.remove_row(row)

    def _primary(self) -> None:
        self.model.move_to_top(self.view.currentIndex().row())
