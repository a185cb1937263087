"""The window while the search index is built from scratch: items shown, search waiting."""

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QLocale
from tests.records import put

from memoryapp.core.deletions import trash_items
from memoryapp.library import Library
from memoryapp.library.finder import Finder
from memoryapp.ui.item_model import ItemIdRole
from memoryapp.ui.main_window import MainWindow


@pytest.fixture
def held_build() -> Iterator[tuple[threading.Event, Callable[..., Finder]]]:
    """A Finder factory whose build waits at its first progress report until released."""
    release = threading.Event()

    def factory(library: Library, progress: Callable[[int, int], None]) -> Finder:
        def held(done: int, total: int) -> None:
            progress(done, total)
            release.wait(10)

        return Finder(library, use_snapshot=False, progress=held)

    yield release, factory
    release.set()  # never leave the query worker waiting


def test_items_show_and_search_waits_while_the_index_is_built(
    library, add_items, ui_settings, held_build, qtbot
):
    release, factory = held_build
    market = add_items(["Wedding in Tinghir", "Mimouna", "School photo", "Market"])[3]
    put(library, replace(add_items(["Old receipt"])[0], trashed_at="2024-02-01T00:00:00Z"))
    window = MainWindow(library, ui_settings, finder_factory=factory)
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.model.rowCount() == 4, timeout=5000)  # not the trashed
        assert window.browser.finder is None
        assert window.busy_label.text() == "Indexing for search… 0 of 5"
        assert window.index_bar.isVisible()
        assert (window.index_bar.value(), window.index_bar.maximum()) == (0, 5)
        assert window.count_label.text() == "4 items"
        for widget in (window.search_field, window.sidebar):
            assert not widget.isEnabled()
            assert "once the collection is indexed" in widget.toolTip()
        assert not window.timeline.isEnabled()  # it says why instead of "No dated items"
        titles = {library.item(window.model.id_at(r)).title for r in range(4)}
        assert titles == {"Wedding in Tinghir", "Mimouna", "School photo", "Market"}
        window.bridge.apply(trash_items([market], "2024-03-01T00:00:00Z"))  # edits go on
        qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=5000)
        assert window.count_label.text() == "3 items"
        window.search_field.set_query("wedding")  # e.g. a click on the timeline: kept

        release.set()
        qtbot.waitUntil(lambda: window.browser.finder is not None, timeout=10_000)
        qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
        assert library.item(window.model.id_at(0)).title == "Wedding in Tinghir"
        assert window.search_field.isEnabled()
        assert window.timeline.isEnabled()
        assert window.sidebar.isEnabled()
        assert window.search_field.toolTip().startswith("Examples:")
        assert window.busy_label.text() == ""
        assert not window.index_bar.isVisible()
        window.search_field.set_query("")
        qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=5000)  # the index caught up
        qtbot.waitUntil(lambda: window.count_label.text() == "3 items", timeout=5000)
    finally:
        release.set()
        window.close()


def test_an_index_loaded_from_its_snapshot_reports_no_build(library, add_items):
    add_items(["Wedding in Tinghir", "Mimouna"])
    Finder(library).save()
    reports: list[tuple[int, int]] = []
    finder = Finder(library, progress=lambda done, total: reports.append((done, total)))
    assert finder.reindexed is not None
    assert reports == []


def test_a_build_reports_its_progress_and_builds_the_same_index(library, add_items, monkeypatch):
    monkeypatch.setattr("memoryapp.library.describing.PROGRESS_EVERY", 2)
    add_items(["Wedding in Tinghir", "Mimouna", "School photo", "Market", "Henna night"])
    reports: list[tuple[int, int]] = []
    finder = Finder(
        library, use_snapshot=False, progress=lambda done, total: reports.append((done, total))
    )
    assert reports == [(0, 5), (2, 5), (4, 5), (5, 5)]
    plain = Finder(library, use_snapshot=False)
    for query in ("", "wedding", "henna OR mimouna", "-market"):
        assert finder.search(query).ids == plain.search(query).ids
    assert finder.facets(finder.search("")) == plain.facets(plain.search(""))


def test_the_indexing_count_is_never_cut_short(library, add_items, ui_settings, held_build, qtbot):
    release, factory = held_build
    add_items(["Wedding in Tinghir"])
    window = MainWindow(library, ui_settings, finder_factory=factory)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.index_bar.isVisible(), timeout=5000)
    label = window.busy_label
    window._on_indexing_progress(2_000, 100_000)  # as a large collection reports it
    assert label.text() == "Indexing for search… 2,000 of 100,000"
    widest = label.fontMetrics().horizontalAdvance("Indexing for search… 100,000 of 100,000")
    assert label.minimumWidth() >= widest  # the layout cannot squeeze the counts away
    release.set()
    qtbot.waitUntil(lambda: window.browser.finder is not None, timeout=10_000)
    assert label.minimumWidth() == 0  # the room goes back once the index is ready


def test_the_listing_is_already_in_the_index_order_and_the_selection_stays(
    library, add_items, ui_settings, held_build, qtbot
):
    release, factory = held_build
    wedding, mimouna, school = (
        add_items([title], date=date)[0]
        for title, date in [("Wedding", "1962"), ("Mimouna", "c. 1955"), ("School", "1948-09")]
    )
    receipt, letter = add_items(["Receipt", "Letter"])
    final = list(Finder(library, use_snapshot=False).search("").ids)  # the order it keeps
    assert final[:3] == [school.id, mimouna.id, wedding.id]  # by date, the undated last
    assert sorted(final[3:]) == final[3:] == sorted([receipt.id, letter.id])
    window = MainWindow(library, ui_settings, finder_factory=factory)
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.model.rowCount() == 5, timeout=5000)
        assert window.browser.finder is None
        assert window.model.ids() == final  # not the catalogue's order
        window.grid.setCurrentIndex(window.model.index(window.model.row_of(mimouna.id), 0))
        assert window.browser.selected_ids() == [mimouna.id]
        resets: list[bool] = []
        window.model.modelReset.connect(lambda: resets.append(True))
        answers: list[object] = []
        show = window.browser._show
        window.browser._show = lambda answer, changed: (
            answers.append(answer),
            show(answer, changed),
        )
        release.set()
        qtbot.waitUntil(lambda: bool(answers), timeout=10_000)  # the index's first answer shown
        assert window.model.ids() == final
        assert resets == []  # the grid was not rebuilt: selection and scroll stay
        assert window.browser.selected_ids() == [mimouna.id]
        assert window.grid.currentIndex().data(ItemIdRole) == mimouna.id
    finally:
        release.set()
        window.close()


def test_the_sidebar_shows_its_sections_disabled_while_indexing(
    library, add_items, ui_settings, held_build, qtbot
):
    release, factory = held_build
    add_items(["Wedding in Tinghir"], date="1962")
    window = MainWindow(library, ui_settings, finder_factory=factory)
    qtbot.addWidget(window)
    window.show()
    model = window.sidebar.sidebar_model
    try:
        qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
        headers = [model.item(row).text() for row in range(model.rowCount())]
        assert headers == ["Collection", "People", "Places", "Decades", "Tags", "Films and scenes"]
        assert all(not model.item(row).hasChildren() for row in range(model.rowCount()))
        assert not window.sidebar.isEnabled()
        release.set()
        qtbot.waitUntil(lambda: window.sidebar.isEnabled(), timeout=10_000)
        qtbot.waitUntil(lambda: model.rowCount() and model.item(0).hasChildren(), timeout=5000)
        first = model.index(0, 0)
        assert first.data() == "Collection"
        assert window.sidebar.isExpanded(first)  # the sections open as they always did
        decades = [
            model.item(r) for r in range(model.rowCount()) if model.item(r).text() == "Decades"
        ]
        assert decades
        assert window.sidebar.isExpanded(decades[0].index())
    finally:
        release.set()
        window.close()


def test_the_status_counts_are_written_in_one_number_format(library, ui_settings, qtbot):
    window = MainWindow(library, ui_settings)
    qtbot.addWidget(window)
    try:
        window._update_counts(1_234, 20_000)
        assert window.count_label.text() == "1,234 of 20,000 items"  # not "1,234 of 20000"
        window._update_counts(20_000, 20_000)
        assert window.count_label.text() == "20,000 items"
        QLocale.setDefault(QLocale("fr_FR"))
        window._update_counts(1_234, 20_000)
        shown, total = QLocale().toString(1_234), QLocale().toString(20_000)
        assert shown != "1,234"
        assert window.count_label.text() == f"{shown} of {total} items"
        window._on_indexing_progress(2_000, 100_000)
        assert window.busy_label.text().endswith(
            f"{QLocale().toString(2_000)} of {QLocale().toString(100_000)}"
        )
    finally:
        QLocale.setDefault(QLocale("en"))
        window.close()


def test_the_sidebar_counts_are_written_like_the_status_bar(qtbot):
    from memoryapp.ui.sidebar import Sidebar, SidebarData

    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    sidebar.set_data(SidebarData(total=20_000, smart={"undated": 3_430}))
    texts = [sidebar.sidebar_model.item(0).child(r).text() for r in range(2)]
    assert [t.replace("\u2068", "").replace("\u2069", "") for t in texts] == [
        "All items (20,000)",  # not "(20000)" beside the status bar's "20,000 items"
        "Undated (3,430)",
    ]
