"""Read another collection folder without opening it: no lock, no migration, no write.

A source handed over on a USB stick may be read-only, or still open in another window, so
it is read straight from its catalogue files (docs/collection-format.md) with the same
decoder the storage uses, as one consistent snapshot (a commit in flight, or cut by a crash,
is read as committed: ``storage.catalogue.read_records``). Only the current schema is read;
an older collection must be opened once in memoryapp first. Media
paths go through the same safety checks as exports (``exporters.merge.safe_member``);
linked originals (absolute paths on another computer) are not followed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from memoryapp.core.errors import CollectionError
from memoryapp.core.items import Item
from memoryapp.core.people import Person
from memoryapp.core.places import Place
from memoryapp.exporters.merge import (
    MAX_JSON_BYTES,
    Incoming,
    IncomingItem,
    SourceError,
    load_json,
    safe_member,
)
from memoryapp.storage.catalogue import read_records
from memoryapp.storage.layout import CollectionPaths
from memoryapp.storage.schema import FORMAT_NAME, SCHEMA_VERSION
from memoryapp.storage.serialize import from_dict

T = TypeVar("T")
_ITEM_ID = re.compile(r"[0-9a-f]{32}")
_RECORD_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


def _records(paths: CollectionPaths) -> dict[str, dict[str, Any]]:
    for path in sorted([*paths.catalogue.glob("*.json"), *paths.catalogue.glob("*.log")]):
        size = path.stat().st_size
        if size > MAX_JSON_BYTES:
            raise SourceError(path, f"{size} bytes is over the limit of {MAX_JSON_BYTES}")
    try:
        return read_records(paths, ("items", "people", "places"))
    except CollectionError as exc:
        raise SourceError(exc.path, exc.reason) from exc


def _decode(cls: type[T], records: Mapping[str, Any], kind: str, problems: list[str]) -> list[T]:
    out: list[T] = []
    for record_id, raw in records.items():
        pattern = _ITEM_ID if cls is Item else _RECORD_ID
        if not pattern.fullmatch(str(record_id)) or not isinstance(raw, Mapping):
            problems.append(f"{kind} {str(record_id)[:80]!r}: not a valid record")
            continue
        try:
            out.append(from_dict(cls, record_id, raw))
        except (ValueError, TypeError, KeyError) as exc:
            problems.append(f"{kind} {record_id}: {exc}")
    return out


def read_collection(root: Path) -> Incoming:
    """Read a collection folder's items, people and places, and locate its media.

    Raises:
        SourceError: Not a readable collection of the current schema, or mid-commit.
    """
    paths = CollectionPaths(root)
    marker = load_json(paths.marker)
    if not isinstance(marker, Mapping) or marker.get("format") != FORMAT_NAME:
        raise SourceError(paths.marker, "not a memoryapp collection")
    if marker.get("schema") != SCHEMA_VERSION:
        raise SourceError(
            root,
            f"schema {marker.get('schema')!r}: open it once in this version of memoryapp first",
        )
    problems: list[str] = []
    records = _records(paths)
    items = _decode(Item, records["items"], "item", problems)
    people = _decode(Person, records["people"], "person", problems)
    places = _decode(Place, records["places"], "place", problems)
    incoming_items = []
    for item in items:
        found: list[Path | None] = []
        for n, media in enumerate(item.files, start=1):
            if media.linked:
                problems.append(f"item {item.id} file {n}: linked to another computer; not copied")
                found.append(None)
                continue
            try:
                found.append(safe_member(root, media.path))
            except SourceError as exc:
                problems.append(f"item {item.id} file {n}: {exc.reason}")
                found.append(None)
        clean = replace(
            item,
            source=replace(item.source, imported_from=""),
            files=tuple(replace(f, also_imported_from=()) for f in item.files),
        )
        incoming_items.append(
            IncomingItem(
                item=clean,
                media=tuple(found),
                copy_sha256=tuple("" for _ in found),
                derivative=tuple(False for _ in found),
            )
        )
    return Incoming(
        kind="collection",
        collection_id=str(marker.get("id", "")),
        title=str(marker.get("title", "")),
        items=tuple(incoming_items),
        people=tuple(people),
        places=tuple(places),
        problems=tuple(problems),
    )
