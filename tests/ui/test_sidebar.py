from dataclasses import dataclass

from PySide6.QtCore import Qt

from memoryapp.ui.sidebar import (
    ActionRole,
    QueryRole,
    Sidebar,
    SidebarData,
    SidebarModel,
    quote_value,
)


@dataclass(frozen=True)
class Count:
    key: str
    label: str
    count: int
    depth: int = 0


@dataclass(frozen=True)
class Decade:
    decade: int
    count: float


DATA = SidebarData(
    total=12,
    smart={"undated": 2, "untagged": 3, "possible-copy": 0, "private": 1},
    people=[
        Count("p1", "Miriam Ohana", 5),
        Count("p2", "יעקב אוחנה", 2),
        Count("p3", "Miriam Ohana", 1),
    ],
    places=[Count("ma", "Maroc", 7), Count("ti", "Tinghir", 6, 1), Count("pa", "Paris", 2)],
    place_parent={"ti": "ma", "ma": None, "pa": None},
    decades=[Decade(1950, 6.5), Decade(1960, 3.5)],
    tags=[Count("events", "Events", 4), Count("events|wedding", "Events|Wedding", 3)],
    films=[Count("f1", "Tinghir-Jerusalem", 2)],
    scenes={"f1": [("s1", "12 Henna")]},
    failures=1,
)


def _entries(model: SidebarModel, parent=None) -> dict[str, object]:
    out = {}
    parent = parent or model.invisibleRootItem()
    for row in range(parent.rowCount()):
        item = parent.child(row)
        out[item.text()] = item.data(QueryRole)
        out.update(_entries(model, item))
    return out


def test_sidebar_model_passes_qt_model_checks(qtmodeltester):
    model = SidebarModel()
    model.set_data(DATA)
    qtmodeltester.check(model)


def test_sidebar_entries_carry_the_query_they_run():
    model = SidebarModel()
    model.set_data(DATA)
    entries = _entries(model)
    assert entries["\u2068Undated\u2069 (2)"] == "is:undated"
    assert entries["\u2068All items\u2069 (12)"] == ""
    assert entries["\u2068יעקב אוחנה\u2069 (2)"] == 'person:"יעקב אוחנה"'
    assert entries["\u2068Miriam Ohana\u2069 (5)"] == "person:p1"  # two people share the name
    assert entries["\u20681950s\u2069 (7)"] == "date:1950..1959"
    assert entries["\u2068Wedding\u2069 (3)"] == "tag:Events|Wedding"
    assert entries["\u206812 Henna\u2069"] == "scene:s1"


def test_sidebar_nests_places_under_their_parent():
    model = SidebarModel()
    model.set_data(DATA)
    places = model.findItems("Places")[0]
    morocco = places.child(0)
    assert morocco.text().startswith("\u2068Maroc")
    assert morocco.child(0).data(QueryRole) == "place:Tinghir"


def test_sidebar_click_asks_for_the_query_and_failures_open_the_report(qtbot):
    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    sidebar.set_data(DATA)
    model = sidebar.sidebar_model
    smart = model.index(0, 0)
    undated = model.index(1, 0, smart)
    with qtbot.waitSignal(sidebar.query_chosen) as blocker:
        sidebar.clicked.emit(undated)
    assert blocker.args == ["is:undated", False]
    failures = model.index(model.rowCount(smart) - 1, 0, smart)
    assert failures.data(ActionRole) == "failures"
    with qtbot.waitSignal(sidebar.failures_requested):
        sidebar.clicked.emit(failures)


def test_quote_value_quotes_only_when_needed():
    assert quote_value("tag", "Portraits") == "tag:Portraits"
    assert quote_value("person", "Miriam Ohana") == 'person:"Miriam Ohana"'


def test_sidebar_keeps_sections_closed_that_the_user_closed(qtbot):
    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    sidebar.set_data(DATA)
    tags = sidebar.sidebar_model.findItems("Tags")[0].index()
    sidebar.setExpanded(tags, False)
    sidebar.set_data(DATA)
    tags = sidebar.sidebar_model.findItems("Tags")[0].index()
    assert not sidebar.isExpanded(tags)
    assert sidebar.isExpanded(sidebar.sidebar_model.findItems("People")[0].index())
    assert tags.data(Qt.ItemDataRole.DisplayRole) == "Tags"
