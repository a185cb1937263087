"""Schema versions of the collection folder and the chain of migrations between them.

Version 1 kept the whole catalogue in one ``catalogue.json`` (TinyDB tables ``meta``,
``items``, ``people``, ``places``, ``films``, ``scenes``, ``links``) and one ``date`` string
per item. Version 2 is the current layout described in docs/collection-format.md.

A migration backs the old catalogue up into ``backups/`` first, then runs pure steps over
the data, then writes the new layout atomically. A newer schema than we know is refused.
"""

import datetime as dt
import json
import uuid
from typing import Any

from memoryapp.core.errors import CollectionCorruptError, CollectionNotFoundError, SchemaTooNewError
from memoryapp.storage.atomic import atomic_copy, atomic_write_bytes, remove_file
from memoryapp.storage.catalogue import Catalogue
from memoryapp.storage.layout import CollectionPaths

SCHEMA_VERSION = 2
FORMAT_NAME = "memoryapp-collection"
V1_CATALOGUE = "catalogue.json"

Data = dict[str, Any]


def read_marker(paths: CollectionPaths) -> Data:
    """Read the collection's meta record, migrating an older collection first.

    Raises:
        CollectionNotFoundError: no collection at that path.
        SchemaTooNewError: written by a newer memoryapp.
        CollectionCorruptError: the meta record cannot be read.
    """
    if not paths.marker.exists():
        if (paths.root / V1_CATALOGUE).exists():
            migrate_from_v1(paths)
        else:
            raise CollectionNotFoundError(paths.root, "no memoryapp collection here")
    try:
        marker = json.loads(paths.marker.read_text(encoding="utf-8"))
        schema = int(marker["schema"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CollectionCorruptError(paths.marker, f"unreadable collection record: {exc}") from exc
    if marker.get("format") != FORMAT_NAME:
        raise CollectionCorruptError(paths.marker, "not a memoryapp collection record")
    if schema > SCHEMA_VERSION:
        raise SchemaTooNewError(paths.root, schema, SCHEMA_VERSION)
    return dict(marker)


def write_marker(paths: CollectionPaths, marker: Data) -> None:
    """Write the meta record atomically."""
    text = json.dumps(marker, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
    atomic_write_bytes(paths.marker, text.encode("utf-8"))


def new_marker(title: str, collection_id: str) -> Data:
    """The meta record of a new collection."""
    return {
        "format": FORMAT_NAME,
        "schema": SCHEMA_VERSION,
        "id": collection_id,
        "title": title,
        "created": utc_now(),
    }


def utc_now() -> str:
    """Now, as ISO 8601 UTC text ending in Z (the catalogue's timestamp form)."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# -- version 1 -> 2 ------------------------------------------------------------------------


def item_v1_to_v2(record: Data) -> Data:
    """One item record: ``date``/``date_text`` become ``dates.taken``."""
    out = {k: v for k, v in record.items() if k not in ("date", "date_text")}
    if record.get("date") or record.get("date_text"):
        taken: Data = {}
        if record.get("date"):
            taken["edtf"] = record["date"]
        if record.get("date_text"):
            taken["input"] = record["date_text"]
        if "edtf" not in taken:
            taken["edtf"] = None
            taken["modifier"] = "textonly"
        out["dates"] = {"taken": taken}
    return out


def migrate_from_v1(paths: CollectionPaths) -> None:
    """Back up a version-1 catalogue, convert it, and write the version-2 layout."""
    old = paths.root / V1_CATALOGUE
    try:
        data = json.loads(old.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CollectionCorruptError(old, f"unreadable version-1 catalogue: {exc}") from exc
    backup = paths.backups / f"schema-1-{utc_now().replace(':', '')}" / V1_CATALOGUE
    atomic_copy(old, backup)  # on disk before anything changes

    meta: dict[str, Any] = next(iter(data.get("meta", {}).values()), {})
    upserts: dict[str, dict[str, Data]] = {}
    for table in ("items", "people", "places", "films", "scenes", "links"):
        records = data.get(table, {})
        if table == "items":
            records = {rid: item_v1_to_v2(rec) for rid, rec in records.items()}
        if records:
            upserts[table] = records
    paths.catalogue.mkdir(parents=True, exist_ok=True)
    catalogue = Catalogue(paths)
    catalogue.commit(upserts)
    catalogue.save_all()
    marker = new_marker(str(meta.get("title", "")), str(meta.get("id", "")) or uuid.uuid4().hex)
    marker["created"] = meta.get("created", marker["created"])
    marker["migrated_from"] = 1
    write_marker(paths, marker)  # the commit point of the migration
    remove_file(old)
