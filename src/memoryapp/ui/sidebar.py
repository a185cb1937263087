"""The sidebar: smart lists and facets (people, places, decades, tags, films) to browse by.

A click shows what the entry names (the search field shows the query it ran); Ctrl+click
narrows the current search instead. Counts are over the whole collection, so the sidebar
stays put while the user searches.
"""

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyle, QTreeView, QWidget

from memoryapp.ui.i18n import isolate, sort_key
from memoryapp.ui.icons import icon

QueryRole = Qt.ItemDataRole.UserRole + 1  # the search text the entry runs
ActionRole = Qt.ItemDataRole.UserRole + 2  # "failures": open the import report instead
KeyRole = Qt.ItemDataRole.UserRole + 3  # section name for headers, facet key for entries

MAX_ENTRIES = 400  # per flat section; the search field finds the rest


class FacetLike(Protocol):
    """One counted facet value (``memoryapp.search.facets.FacetCount``)."""

    @property
    def key(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def count(self) -> int: ...


class DecadeLike(Protocol):
    """One decade's count (``memoryapp.search.facets.DecadeCount``)."""

    @property
    def decade(self) -> int: ...
    @property
    def count(self) -> float: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class SidebarData:
    """Everything the sidebar shows, gathered on the query worker."""

    total: int = 0
    smart: Mapping[str, int] = field(default_factory=dict)  # is: value -> count
    people: Sequence[FacetLike] = ()
    places: Sequence[FacetLike] = ()
    place_parent: Mapping[str, str | None] = field(default_factory=dict)
    decades: Sequence[DecadeLike] = ()
    tags: Sequence[FacetLike] = ()
    films: Sequence[FacetLike] = ()
    scenes: Mapping[str, Sequence[tuple[str, str]]] = field(default_factory=dict)
    failures: int = 0


def quote_value(field_name: str, value: str) -> str:
    """``field:value``, quoted when the value has spaces, quotes or brackets."""
    if value and not any(ch.isspace() or ch in '"()' for ch in value):
        return f"{field_name}:{value}"
    return f'{field_name}:"{value.replace(chr(34), "")}"'


def _label_query(field_name: str, facets: Sequence[FacetLike]) -> dict[str, str]:
    """Query text per key: by name when the name is unique, else by ID."""
    seen: dict[str, int] = {}
    for facet in facets:
        seen[facet.label.casefold()] = seen.get(facet.label.casefold(), 0) + 1
    return {
        f.key: quote_value(field_name, f.label if seen[f.label.casefold()] == 1 else f.key)
        for f in facets
    }


class SidebarModel(QStandardItemModel):
    """A small tree of sections and entries; rebuilt from ``SidebarData``."""

    SECTIONS = ("smart", "people", "places", "decades", "tags", "films")

    def set_data(self, data: SidebarData) -> None:
        """Replace the contents."""
        self.clear()
        self._smart(data)
        self._flat("people", self.tr("People"), "person", data.people)
        self._places(data)
        self._decades(data)
        self._tags(data)
        self._films(data)

    def _section(self, key: str, title: str, icon_name: str) -> QStandardItem:
        header = QStandardItem(icon(icon_name), title)
        header.setData(key, KeyRole)
        header.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(header.font())
        font.setBold(True)
        header.setFont(font)
        self.appendRow(header)
        return header

    def _entry(
        self, parent: QStandardItem, label: str, count: float | None, query: str
    ) -> QStandardItem:
        text = isolate(label)
        if count is not None:
            shown = str(math.floor(count + 0.5)) if count >= 1 or count == 0 else "<1"
            text = self.tr("%1 (%2)").replace("%1", text).replace("%2", shown)
        entry = QStandardItem(text)
        entry.setData(query, QueryRole)
        entry.setToolTip(self.tr("Click to show these; Ctrl+click to narrow the current search"))
        entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        parent.appendRow(entry)
        return entry

    def _smart(self, data: SidebarData) -> None:
        section = self._section("smart", self.tr("Collection"), "collection")
        self._entry(section, self.tr("All items"), data.total, "").setIcon(icon("all"))
        lists = (
            ("undated", self.tr("Undated"), "undated"),
            ("untagged", self.tr("No one tagged"), "untagged"),
            ("possible-copy", self.tr("Possible copies"), "copies"),
            ("private", self.tr("Private"), "private"),
            ("damaged", self.tr("Damaged pictures"), "failure"),
        )
        for value, title, icon_name in lists:
            entry = self._entry(section, title, data.smart.get(value, 0), f"is:{value}")
            entry.setIcon(icon(icon_name))
        trash = self._entry(section, self.tr("Trash"), data.smart.get("trashed", 0), "is:trashed")
        trash.setIcon(QApplication.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
        trash.setToolTip(self.tr("Items moved to the trash: restore them, or empty the trash"))
        if data.failures:
            entry = self._entry(
                section, self.tr("Import failures (this session)"), data.failures, ""
            )
            entry.setIcon(icon("failure"))
            entry.setData("failures", ActionRole)
            entry.setToolTip(self.tr("Files that could not be imported, and why"))

    def _flat(self, key: str, title: str, field_name: str, facets: Sequence[FacetLike]) -> None:
        if not facets:
            return
        section = self._section(key, title, "people" if key == "people" else "tag")
        queries = _label_query(field_name, facets)
        collate = sort_key()
        for facet in sorted(facets, key=lambda f: collate(f.label))[:MAX_ENTRIES]:
            self._entry(section, facet.label, facet.count, queries[facet.key])

    def _places(self, data: SidebarData) -> None:
        if not data.places:
            return
        section = self._section("places", self.tr("Places"), "places")
        queries = _label_query("place", data.places)
        collate = sort_key()
        by_key = {f.key: f for f in data.places}
        children: dict[str | None, list[FacetLike]] = {}
        for facet in data.places:
            parent = data.place_parent.get(facet.key)
            children.setdefault(parent if parent in by_key else None, []).append(facet)

        def add(parent_item: QStandardItem, parent_key: str | None, depth: int) -> None:
            for facet in sorted(children.get(parent_key, []), key=lambda f: collate(f.label)):
                entry = self._entry(parent_item, facet.label, facet.count, queries[facet.key])
                entry.setIcon(icon("place"))
                if depth < 12:
                    add(entry, facet.key, depth + 1)

        add(section, None, 0)

    def _decades(self, data: SidebarData) -> None:
        undated = data.smart.get("undated", 0)
        if not data.decades and not undated:
            return
        section = self._section("decades", self.tr("Decades"), "decade")
        for decade in data.decades:
            label = self.tr("%1s").replace("%1", str(decade.decade))
            query = f"date:{decade.decade}..{decade.decade + 9}"
            self._entry(section, label, decade.count, query)
        if undated:
            self._entry(section, self.tr("Undated"), undated, "is:undated")

    def _tags(self, data: SidebarData) -> None:
        if not data.tags:
            return
        section = self._section("tags", self.tr("Tags"), "tag")
        collate = sort_key()
        nodes: dict[str, QStandardItem] = {}
        for facet in sorted(data.tags, key=lambda f: (f.label.count("|"), collate(f.label))):
            parent_path, _, leaf = facet.label.rpartition("|")
            parent = nodes.get(parent_path.casefold(), section) if parent_path else section
            if parent is section and len(nodes) >= MAX_ENTRIES:
                continue
            nodes[facet.label.casefold()] = self._entry(
                parent, leaf, facet.count, quote_value("tag", facet.label)
            )

    def _films(self, data: SidebarData) -> None:
        if not data.films:
            return
        section = self._section("films", self.tr("Films and scenes"), "film")
        for film in data.films:
            entry = self._entry(section, film.label, film.count, quote_value("film", film.key))
            entry.setIcon(icon("film"))
            for scene_id, scene_label in data.scenes.get(film.key, ()):
                child = self._entry(entry, scene_label, None, quote_value("scene", scene_id))
                child.setIcon(icon("scene"))


class Sidebar(QTreeView):
    """The tree view of the sidebar.

    Signals:
        query_chosen(str, bool): run this query; True to narrow the current one (Ctrl+click).
        failures_requested(): show the import failures of this session.
    """

    query_chosen = Signal(str, bool)
    failures_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.sidebar_model = SidebarModel(self)
        self.setModel(self.sidebar_model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAnimated(False)
        self.setIndentation(14)
        self.clicked.connect(self._on_clicked)
        self._expanded: set[str] = {"smart", "people", "places", "decades", "tags", "films"}

    def set_data(self, data: SidebarData) -> None:
        """Show ``data``, keeping which sections are open."""
        for row in range(self.sidebar_model.rowCount()):
            index = self.sidebar_model.index(row, 0)
            key = str(index.data(KeyRole))
            if self.isExpanded(index):
                self._expanded.add(key)
            else:
                self._expanded.discard(key)
        self.sidebar_model.set_data(data)
        for row in range(self.sidebar_model.rowCount()):
            index = self.sidebar_model.index(row, 0)
            key = str(index.data(KeyRole))
            self.setExpanded(index, key in self._expanded)
            if key in ("places", "films"):  # show the countries' towns and the films' scenes
                for child in range(self.sidebar_model.rowCount(index)):
                    self.setExpanded(self.sidebar_model.index(child, 0, index), True)

    def _on_clicked(self, index: QModelIndex) -> None:
        mods = QApplication.keyboardModifiers()
        self._choose(index, bool(mods & Qt.KeyboardModifier.ControlModifier))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            narrow = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self._choose(self.currentIndex(), narrow)
            return
        super().keyPressEvent(event)

    def _choose(self, index: QModelIndex, narrow: bool) -> None:
        if index.data(ActionRole) == "failures":
            self.failures_requested.emit()
            return
        query = index.data(QueryRole)
        if query is not None:
            self.query_chosen.emit(str(query), narrow)
