import json
from pathlib import Path

import pytest

from memoryapp.core.errors import CollectionCorruptError
from memoryapp.storage.catalogue import Catalogue
from memoryapp.storage.layout import CollectionPaths


def _ids(n: int) -> list[str]:
    return [f"{i:x}{'0' * 31}" for i in range(n)]  # one per shard


def test_commit_round_trips_through_disk(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path)
    cat = Catalogue(paths)
    cat.commit({"people": {"p1": {"names": [{"value": "Yakut"}]}}})
    again = Catalogue(paths)
    assert again.get("people", "p1") == {"names": [{"value": "Yakut"}]}


def test_journal_naming_a_file_outside_the_collection_is_refused(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path / "c")
    paths.catalogue.mkdir(parents=True)
    journal = {"format": "memoryapp-journal", "upserts": {}, "deletes": {}}
    paths.journal.write_text(json.dumps({**journal, "files": {"../evil.txt": "x"}}))
    with pytest.raises(CollectionCorruptError, match="outside"):
        Catalogue(paths)
    assert not (tmp_path / "evil.txt").exists()


def test_catalogue_json_is_readable_utf8(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path)
    catalogue = Catalogue(paths)
    catalogue.commit({"places": {"t": {"names": [{"value": "ⵜⵉⵏⵖⵉⵔ"}]}}})
    catalogue.close()
    text = paths.catalogue_file("places").read_text(encoding="utf-8")
    assert "ⵜⵉⵏⵖⵉⵔ" in text
    assert json.loads(text)["places"]["t"]["names"][0]["value"] == "ⵜⵉⵏⵖⵉⵔ"


def test_corrupt_catalogue_file_is_named(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path)
    paths.catalogue.mkdir()
    paths.catalogue_file("people").write_text("{not json", encoding="utf-8")
    with pytest.raises(CollectionCorruptError, match=r"people\.json"):
        Catalogue(paths)  # not written by memoryapp: read and checked at opening
    with pytest.raises(CollectionCorruptError, match=r"people\.json"):
        Catalogue(paths, read_only="reading")


def test_temp_files_of_an_interrupted_write_are_removed_on_open(tmp_path: Path) -> None:
    paths = CollectionPaths(tmp_path)
    Catalogue(paths).commit({"people": {"p1": {"notes": "kept"}}})
    stale = paths.catalogue / ".journal.json.abc123.tmp"
    stale.write_bytes(b'{"half": ')
    paths.cache.mkdir()
    half_index = paths.cache / ".search-index.def456.tmp"  # a snapshot write killed midway
    half_index.write_bytes(b"MAPPIDX\n")
    reopened = Catalogue(paths)
    assert not stale.exists()
    assert not half_index.exists()
    assert reopened.get("people", "p1") == {"notes": "kept"}
