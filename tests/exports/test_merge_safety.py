"""Merging untrusted exports: no path traversal, no absolute paths, no symlinks out, limits."""

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from export_fixtures import Family

from memoryapp.core.privacy import ExportPolicy
from memoryapp.exporters import merge
from memoryapp.library import Library
from memoryapp.library.exchange import ExchangeError, export_selection, merge_into

EVERYTHING = ExportPolicy(include_private=True, include_living_details=True, exact_gps=True)


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Library]:
    lib = Library.create(tmp_path / "target")
    yield lib
    lib.close()


@pytest.fixture
def export(family: Family, tmp_path: Path) -> Path:
    out = tmp_path / "export"
    export_selection(family.library, [family.wedding], "jsonld", out, EVERYTHING)
    return out


def _edit(export: Path, change: Callable[[dict[str, Any]], None]) -> None:
    path = export / "collection.jsonld"
    doc = json.loads(path.read_text(encoding="utf-8"))
    change(doc["dcterms:hasPart"][0])
    path.write_text(json.dumps(doc), encoding="utf-8")


def _set_path(value: str) -> Callable[[dict[str, Any]], None]:
    def change(item: dict[str, Any]) -> None:
        item["memoryapp:files"][0]["memoryapp:path"] = value

    return change


@pytest.mark.parametrize(
    "bad",
    [
        "../../etc/passwd",
        "/etc/passwd",
        "media/../../secret.jpg",
        "C:/Windows/win.ini",
        "media\\x.jpg",
        "",
    ],
)
def test_unsafe_media_paths_are_refused(
    export: Path, target: Library, bad: str, tmp_path: Path
) -> None:
    (tmp_path / "secret.jpg").write_bytes(b"not yours")
    _edit(export, _set_path(bad))
    report = merge_into(target, export)
    assert report.added_items == ()
    assert any("unsafe path" in f for f in report.failures)
    assert any("no file could be copied" in f for f in report.failures)
    assert target.items() == []


def test_a_symlink_out_of_the_export_is_refused(
    export: Path, target: Library, tmp_path: Path
) -> None:
    outside = tmp_path / "outside.jpg"
    media = next((export / "media").iterdir())
    outside.write_bytes(media.read_bytes())
    media.unlink()
    media.symlink_to(outside)
    report = merge_into(target, export)
    assert report.added_items == ()
    assert any("leads outside the export" in f for f in report.failures)


def test_foreign_ids_are_replaced_and_bad_nodes_reported(export: Path, target: Library) -> None:
    def change(item: dict[str, Any]) -> None:
        item["dcterms:identifier"] = "../../x"

    _edit(export, change)
    doc = json.loads((export / "collection.jsonld").read_text(encoding="utf-8"))
    doc["dcterms:hasPart"].append({"@id": "broken", "memoryapp:dates": "not a list"})
    doc["memoryapp:person"][0]["memoryapp:names"] = []
    (export / "collection.jsonld").write_text(json.dumps(doc), encoding="utf-8")
    report = merge_into(target, export)
    assert len(report.added_items) == 1
    assert report.added_items[0] != "../../x"
    assert len(report.added_items[0]) == 32
    assert any(f.startswith("item broken") for f in report.failures)
    assert any(f.startswith("person ") for f in report.failures)


def test_a_tampered_bag_is_refused_before_anything_is_read(
    family: Family, target: Library, tmp_path: Path
) -> None:
    out = tmp_path / "bag"
    export_selection(family.library, [family.wedding], "bagit", out, EVERYTHING)
    jpeg = next((out / "data" / "objects").rglob("*.jpg"))
    jpeg.write_bytes(jpeg.read_bytes()[:-10])
    with pytest.raises(ExchangeError, match="does not verify"):
        merge_into(target, out)
    assert target.items() == []
    assert target.people() == []


def test_limits_and_non_exports(
    export: Path, target: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ExchangeError, match="not a memoryapp export"):
        merge_into(target, tmp_path)
    with pytest.raises(ExchangeError, match="no such"):
        merge_into(target, tmp_path / "missing")
    with pytest.raises(ExchangeError, match="into itself"):
        merge_into(target, target.path)
    monkeypatch.setattr(merge, "MAX_JSON_BYTES", 100)
    with pytest.raises(ExchangeError, match="over the limit"):
        merge_into(target, export)


def test_a_file_that_is_not_a_picture_is_reported(export: Path, target: Library) -> None:
    media = next((export / "media").iterdir())
    media.write_bytes(b"#!/bin/sh\necho not a photo\n")
    report = merge_into(target, export)
    assert report.added_items == ()
    assert any("file 1" in f for f in report.failures)


def test_merge_never_writes_to_the_source(family: Family, target: Library) -> None:
    before = {p: p.stat().st_mtime_ns for p in family.library.path.rglob("*") if p.is_file()}
    merge_into(target, family.library.path)
    after = {p: p.stat().st_mtime_ns for p in family.library.path.rglob("*") if p.is_file()}
    assert before == after


def test_a_cancelled_merge_commits_nothing_more(export: Path, target: Library) -> None:
    from memoryapp.core.progress import CancelToken

    token = CancelToken()
    token.cancel()
    report = merge_into(target, export, cancel=token)
    assert report.cancelled is True
    assert report.added_items == ()
    assert target.items() == []
