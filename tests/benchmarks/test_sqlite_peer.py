"""The benchmark's SQLite peer finds as many items as memoryapp for every benchmark query."""

from pathlib import Path

import pytest
from bench import search_bench, sqlite_peer

from memoryapp.library import Library
from memoryapp.library.finder import Finder


@pytest.mark.slow
def test_peer_counts_agree_with_finder(tmp_path: Path) -> None:
    folder = tmp_path / "collection"
    search_bench.build(folder, 500)
    library = Library.open(folder)
    try:
        finder = Finder(library, use_snapshot=False)
        sqlite_peer.load(library, tmp_path / "peer.sqlite")
        queries = search_bench.FILTER_QUERIES + search_bench.TEXT_QUERIES
        ours = {query: len(finder.search(query)) for query in queries}
    finally:
        library.close()
    peer = sqlite_peer.Peer(tmp_path / "peer.sqlite")
    try:
        theirs = {query: len(peer.search(query)) for query in queries}
        assert peer.facets()["kinds"]  # the last query ("grandpa") finds items
    finally:
        peer.close()
    assert theirs == ours
    assert ours[""] == 500
    assert sum(1 for count in ours.values() if 0 < count < 500) > len(queries) * 2 // 3
