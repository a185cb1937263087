"""The sidebar: smart lists and facets (people, places, decades, tags, films) to browse by.

A click shows what the entry names (the search field shows the query it ran); Ctrl+click
narrows the current search instead. While a search is shown, each facet gives its count
within the result, then the collection's in lighter type ("Tinghir 12 · 40"); the entries
themselves stay put.
"""

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from memoryapp.ui.i18n import isolate, number, sort_key
from memoryapp.ui.icons import icon

QueryRole = Qt.ItemDataRole.UserRole + 1  # the search text the entry runs
ActionRole = Qt.ItemDataRole.UserRole + 2  # "failures": open the import report instead
KeyRole = Qt.ItemDataRole.UserRole + 3  # section name for headers, facet key for entries
NameRole = Qt.ItemDataRole.UserRole + 4  # the entry's name, without its count
TotalRole = Qt.ItemDataRole.UserRole + 5  # the entry's count in the whole collection
LighterRole = Qt.ItemDataRole.UserRole + 6  # the end of the text drawn lighter (" · 40")

CurrentCounts = Mapping[str, Mapping[str, float]]
"""Counts within the current result: section ("people", "places", "decades", "tags",
"films") -> facet key (a decade as "1950") -> count."""

_Index = QModelIndex | QPersistentModelIndex

MAX_ENTRIES = 400  # per flat section; the search field finds the rest

EDIT_TEXTS = {
    "person": lambda: QCoreApplication.translate("Sidebar", "Edit the person…"),
    "place": lambda: QCoreApplication.translate("Sidebar", "Edit the place…"),
    "film": lambda: QCoreApplication.translate("Sidebar", "Open the film…"),
    "scene": lambda: QCoreApplication.translate("Sidebar", "Open the scene…"),
}
"""The sidebar menu's edit entry for each kind of record."""


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


class FacetsLike(Protocol):
    """The facets of a result (``memoryapp.search.facets.Facets``)."""

    @property
    def people(self) -> Sequence[FacetLike]: ...
    @property
    def places(self) -> Sequence[FacetLike]: ...
    @property
    def tags(self) -> Sequence[FacetLike]: ...
    @property
    def films(self) -> Sequence[FacetLike]: ...
    @property
    def decades(self) -> Sequence[DecadeLike]: ...
    @property
    def undated(self) -> int: ...


def current_counts(facets: FacetsLike) -> CurrentCounts:
    """The sidebar's counts within a result, by section and facet key."""
    return {
        "people": {f.key: f.count for f in facets.people},
        "places": {f.key: f.count for f in facets.places},
        "tags": {f.key: f.count for f in facets.tags},
        "films": {f.key: f.count for f in facets.films},
        "decades": {
            **{str(d.decade): d.count for d in facets.decades},
            "undated": facets.undated,
        },
    }


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


def _shown(count: float) -> str:
    """A count as the sidebar shows it: rounded, "<1" for a share of one uncertain date.

    Written as the locale writes numbers, like the status bar's counts.
    """
    return number(math.floor(count + 0.5)) if count >= 1 or count == 0 else "<1"


class SidebarDelegate(QStyledItemDelegate):
    """Draws an entry's ``LighterRole`` ending (the collection's count) in a lighter colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        lighter = index.data(LighterRole)
        if not lighter:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        main = opt.text[: len(opt.text) - len(str(lighter))]
        opt.text = main
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        advance = opt.fontMetrics.horizontalAdvance(main) + margin  # where the style ended
        painter.save()
        painter.setFont(opt.font)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.setPen(opt.palette.color(role))
        rect = QRect(text_rect)
        if opt.direction == Qt.LayoutDirection.RightToLeft:
            rect.setRight(rect.right() - advance)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        else:
            rect.setLeft(rect.left() + advance)
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, int(align), str(lighter))
        painter.restore()


class SidebarModel(QStandardItemModel):
    """A small tree of sections and entries; rebuilt from ``SidebarData``."""

    SECTIONS = ("smart", "people", "places", "decades", "tags", "films")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current: CurrentCounts | None = None

    def set_data(self, data: SidebarData) -> None:
        """Replace the contents (the counts within the current result are kept)."""
        self.clear()
        self._smart(data)
        self._flat("people", "person", data.people)
        self._places(data)
        self._decades(data)
        self._tags(data)
        self._films(data)
        self.set_current(self.current)

    def set_current(self, current: CurrentCounts | None) -> None:
        """Show each facet's count within the current result beside the collection's.

        ``None`` (no search) shows the collection's counts alone: "Tinghir (40)"; otherwise
        "Tinghir 12 · 40", the collection's count drawn lighter, and entries the result does
        not reach drawn lighter as a whole.
        """
        self.current = current
        for row in range(self.rowCount()):
            header = self.item(row)
            section = str(header.data(KeyRole))
            counts = current.get(section) if current is not None else None
            if section != "smart":
                self._relabel(header, counts if current is not None else None)

    def _relabel(self, parent: QStandardItem, counts: Mapping[str, float] | None) -> None:
        for row in range(parent.rowCount()):
            entry = parent.child(row)
            total = entry.data(TotalRole)
            name = isolate(str(entry.data(NameRole)))
            if total is None:
                pass
            elif counts is None:
                entry.setText(self.tr("%1 (%2)").replace("%1", name).replace("%2", _shown(total)))
                entry.setData(None, LighterRole)
                entry.setData(None, Qt.ItemDataRole.ForegroundRole)
            else:
                within = counts.get(str(entry.data(KeyRole)), 0)
                lighter = " \N{MIDDLE DOT} " + _shown(total)
                entry.setText(f"{name} {_shown(within)}{lighter}")
                entry.setData(lighter, LighterRole)
                dim = QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
                entry.setData(None if within else dim, Qt.ItemDataRole.ForegroundRole)
            self._relabel(entry, counts)

    def set_waiting(self) -> None:
        """The sections' headers alone, before the first counts (the index is being built)."""
        self.clear()
        for key in self.SECTIONS:
            self._section(key)

    def _titles(self) -> dict[str, tuple[str, str]]:
        """``{section: (title, icon name)}``."""
        return {
            "smart": (self.tr("Collection"), "collection"),
            "people": (self.tr("People"), "people"),
            "places": (self.tr("Places"), "places"),
            "decades": (self.tr("Decades"), "decade"),
            "tags": (self.tr("Tags"), "tag"),
            "films": (self.tr("Films and scenes"), "film"),
        }

    def _section(self, key: str) -> QStandardItem:
        title, icon_name = self._titles()[key]
        header = QStandardItem(icon(icon_name), title)
        header.setData(key, KeyRole)
        header.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(header.font())
        font.setBold(True)
        header.setFont(font)
        self.appendRow(header)
        return header

    def _entry(
        self,
        parent: QStandardItem,
        label: str,
        count: float | None,
        query: str,
        key: str = "",
    ) -> QStandardItem:
        text = isolate(label)
        if count is not None:
            text = self.tr("%1 (%2)").replace("%1", text).replace("%2", _shown(count))
        entry = QStandardItem(text)
        entry.setData(query, QueryRole)
        entry.setData(label, NameRole)
        entry.setData(count, TotalRole)
        if key:
            entry.setData(key, KeyRole)
        entry.setToolTip(self.tr("Click to show these; Ctrl+click to narrow the current search"))
        entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        parent.appendRow(entry)
        return entry

    def _smart(self, data: SidebarData) -> None:
        section = self._section("smart")
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

    def _flat(self, key: str, field_name: str, facets: Sequence[FacetLike]) -> None:
        if not facets:
            return
        section = self._section(key)
        queries = _label_query(field_name, facets)
        collate = sort_key()
        for facet in sorted(facets, key=lambda f: collate(f.label))[:MAX_ENTRIES]:
            self._entry(section, facet.label, facet.count, queries[facet.key], facet.key)

    def _places(self, data: SidebarData) -> None:
        if not data.places:
            return
        section = self._section("places")
        queries = _label_query("place", data.places)
        collate = sort_key()
        by_key = {f.key: f for f in data.places}
        children: dict[str | None, list[FacetLike]] = {}
        for facet in data.places:
            parent = data.place_parent.get(facet.key)
            children.setdefault(parent if parent in by_key else None, []).append(facet)

        def add(parent_item: QStandardItem, parent_key: str | None, depth: int) -> None:
            for facet in sorted(children.get(parent_key, []), key=lambda f: collate(f.label)):
                entry = self._entry(
                    parent_item, facet.label, facet.count, queries[facet.key], facet.key
                )
                entry.setIcon(icon("place"))
                if depth < 12:
                    add(entry, facet.key, depth + 1)

        add(section, None, 0)

    def _decades(self, data: SidebarData) -> None:
        undated = data.smart.get("undated", 0)
        if not data.decades and not undated:
            return
        section = self._section("decades")
        for decade in data.decades:
            label = self.tr("%1s").replace("%1", str(decade.decade))
            query = f"date:{decade.decade}..{decade.decade + 9}"
            self._entry(section, label, decade.count, query, str(decade.decade))
        if undated:
            self._entry(section, self.tr("Undated"), undated, "is:undated", "undated")

    def _tags(self, data: SidebarData) -> None:
        if not data.tags:
            return
        section = self._section("tags")
        collate = sort_key()
        nodes: dict[str, QStandardItem] = {}
        for facet in sorted(data.tags, key=lambda f: (f.label.count("|"), collate(f.label))):
            parent_path, _, leaf = facet.label.rpartition("|")
            parent = nodes.get(parent_path.casefold(), section) if parent_path else section
            if parent is section and len(nodes) >= MAX_ENTRIES:
                continue
            nodes[facet.label.casefold()] = self._entry(
                parent, leaf, facet.count, quote_value("tag", facet.label), facet.key
            )

    def _films(self, data: SidebarData) -> None:
        if not data.films:
            return
        section = self._section("films")
        for film in data.films:
            query = quote_value("film", film.key)
            entry = self._entry(section, film.label, film.count, query, film.key)
            entry.setIcon(icon("film"))
            for scene_id, scene_label in data.scenes.get(film.key, ()):
                query = quote_value("scene", scene_id)
                child = self._entry(entry, scene_label, None, query, scene_id)
                child.setIcon(icon("scene"))


class Sidebar(QTreeView):
    """The tree view of the sidebar.

    Signals:
        query_chosen(str, bool): run this query; True to narrow the current one (Ctrl+click).
        failures_requested(): show the import failures of this session.
        edit_requested(str, str): edit this record ("person", "place", "film" or "scene"; ID).

    ``menu`` is the right-click menu last shown.
    """

    query_chosen = Signal(str, bool)
    failures_requested = Signal()
    edit_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.sidebar_model = SidebarModel(self)
        self.setModel(self.sidebar_model)
        self.setItemDelegate(SidebarDelegate(self))
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAnimated(False)
        self.setIndentation(14)
        self.clicked.connect(self._on_clicked)
        self._expanded: set[str] = {"smart", "people", "places", "decades", "tags", "films"}
        self.menu: QMenu | None = None

    def set_data(self, data: SidebarData) -> None:
        """Show ``data``, keeping which sections are open."""
        for row in range(self.sidebar_model.rowCount()):
            index = self.sidebar_model.index(row, 0)
            key = str(index.data(KeyRole))
            if not self.sidebar_model.rowCount(index):
                continue  # a header alone (waiting for the index) is neither open nor closed
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

    def set_current(self, current: CurrentCounts | None) -> None:
        """Counts within the current result (None: no search), beside the collection's."""
        self.sidebar_model.set_current(current)

    def set_waiting(self) -> None:
        """Show the sections without entries (disable the view too: nothing can be chosen)."""
        self.sidebar_model.set_waiting()

    def _on_clicked(self, index: QModelIndex) -> None:
        mods = QApplication.keyboardModifiers()
        self._choose(index, bool(mods & Qt.KeyboardModifier.ControlModifier))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            narrow = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self._choose(self.currentIndex(), narrow)
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Search for the entry, narrow the search with it, edit its record, copy its name."""
        index = self.indexAt(event.pos())
        query = index.data(QueryRole) if index.isValid() else None
        if query is None or index.data(ActionRole) == "failures":
            return
        self.setCurrentIndex(index)
        if self.menu is not None:
            self.menu.deleteLater()
        menu = self.menu = QMenu(self)
        menu.setObjectName("sidebarMenu")
        name = str(index.data(NameRole) or "")
        show = menu.addAction(self.tr("Show these"))
        show.triggered.connect(lambda _=False: self.query_chosen.emit(str(query), False))
        narrow = menu.addAction(self.tr("Narrow the search to these"))
        narrow.triggered.connect(lambda _=False: self.query_chosen.emit(str(query), True))
        kind, key = self.record_of(index)
        if kind:
            edit = menu.addAction(EDIT_TEXTS[kind]())
            edit.setObjectName("sidebar_edit")
            edit.triggered.connect(lambda _=False: self.edit_requested.emit(kind, key))
        menu.addSeparator()
        copy = menu.addAction(self.tr("Copy name"))
        copy.triggered.connect(lambda _=False: QGuiApplication.clipboard().setText(name))
        menu.popup(event.globalPos())
        event.accept()

    def record_of(self, index: QModelIndex) -> tuple[str, str]:
        """(kind, ID) of the record an entry names, or ("", "") (smart lists, decades, tags)."""
        key = str(index.data(KeyRole) or "")
        top, depth = index, 0
        while top.parent().isValid():
            top, depth = top.parent(), depth + 1
        section = str(top.data(KeyRole))
        kinds = {"people": "person", "places": "place"}
        if not key or depth == 0:
            return "", ""
        if section == "films":
            return ("film" if depth == 1 else "scene"), key
        return kinds.get(section, ""), (key if section in kinds else "")

    def _choose(self, index: QModelIndex, narrow: bool) -> None:
        if index.data(ActionRole) == "failures":
            self.failures_requested.emit()
            return
        query = index.data(QueryRole)
        if query is not None:
            self.query_chosen.emit(str(query), narrow)
