"""The people list: a small table model (names, life dates, item counts) and its filter."""

from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from memoryapp.core.dates import FuzzyDate, describe
from memoryapp.core.people import Person
from memoryapp.core.text import is_rtl, isolate, search_key

_Index = QModelIndex | QPersistentModelIndex
PersonIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
FilterKeyRole = Qt.ItemDataRole.UserRole + 3
NAME, OTHER, BORN, DIED, COUNT = range(5)
_HEADERS = (
    str(QT_TRANSLATE_NOOP("PeopleModel", "Name")),
    str(QT_TRANSLATE_NOOP("PeopleModel", "Other names")),
    str(QT_TRANSLATE_NOOP("PeopleModel", "Born")),
    str(QT_TRANSLATE_NOOP("PeopleModel", "Died")),
    str(QT_TRANSLATE_NOOP("PeopleModel", "Items")),
)


def _date_sort(date: FuzzyDate | None) -> str:
    bounds = date.bounds() if date is not None else None
    return (bounds.min or bounds.search_min) if bounds is not None else ""


class PeopleModel(QAbstractTableModel):
    """Every person with how many items show them. Rows hold the ``Person`` records."""

    def __init__(self, parent: QObject | None = None, *, lang: str = "en") -> None:
        super().__init__(parent)
        self._people: list[Person] = []
        self._counts: dict[str, int] = {}
        self._keys: list[str] = []
        self._lang = lang

    def set_people(self, people: Sequence[Person], counts: Mapping[str, int]) -> None:
        """Show ``people``; ``counts`` maps person id to number of items."""
        self.beginResetModel()
        self._people = list(people)
        self._counts = dict(counts)
        self._keys = ["\n".join(search_key(n.value) for n in p.names) for p in self._people]
        self.endResetModel()

    def person(self, row: int) -> Person:
        """The person shown in ``row``."""
        return self._people[row]

    def row_of(self, person_id: str) -> int:
        """The row of a person, or -1."""
        return next((i for i, p in enumerate(self._people) if p.id == person_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """One row per person."""
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """Name, other names, born, died, items."""
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

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Text, sort values, the person id, and the folded names for the filter."""
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(person, column)
        if role == SortRole:
            return self._sort_value(person, column, index.row())
        if role == PersonIdRole:
            return person.id
        if role == FilterKeyRole:
            return self._keys[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == COUNT:
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            if column == NAME and is_rtl(person.name):
                return (
                    Qt.AlignmentFlag.AlignRight
                    | Qt.AlignmentFlag.AlignAbsolute
                    | Qt.AlignmentFlag.AlignVCenter
                )
        if role == Qt.ItemDataRole.ToolTipRole and column == OTHER:
            return "\n".join(n.value for n in person.names[1:]) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME and person.private:
            return self.tr("Private: never shown in exports or shared copies")
        if role == Qt.ItemDataRole.FontRole and person.private:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _text(self, person: Person, column: int) -> str | int:
        if column == NAME:
            return person.name
        if column == OTHER:
            return " · ".join(isolate(n.value) for n in person.names[1:])
        if column == BORN:
            return describe(person.birth, self._lang) if person.birth else ""
        if column == DIED:
            return describe(person.death, self._lang) if person.death else ""
        return self._counts.get(person.id, 0)

    def _sort_value(self, person: Person, column: int, row: int) -> str | int:
        if column in (NAME, OTHER):
            return self._keys[row]
        if column == BORN:
            return _date_sort(person.birth)
        if column == DIED:
            return _date_sort(person.death)
        return self._counts.get(person.id, 0)


class PeopleFilter(QSortFilterProxyModel):
    """Sorts on ``SortRole``; keeps the people any of whose names contain the typed words."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        """Filter by ``text`` (folded with ``search_key``; every word must match a name)."""
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            self._words = search_key(text).split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._words = search_key(text).split()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        """Every typed word is found in one of the person's names."""
        if not self._words:
            return True
        model = self.sourceModel()
        key = str(model.data(model.index(source_row, NAME, source_parent), FilterKeyRole) or "")
        return all(word in key for word in self._words)
