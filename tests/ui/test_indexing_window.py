"""The window while the search index is built from scratch: items shown, search waiting."""

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from tests.records import put

from memoryapp.core.deletions import trash_items
from memoryapp.library import Library
from memoryapp.library.finder import Finder
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
