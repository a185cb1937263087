"""Schema versions of the collection folder and the chain of migrations between them.

Version 1 kept the whole catalogue in one ``catalogue.json`` (TinyDB tables ``meta``,
``items``, ``people``, ``places``, ``films``, ``scenes``, ``links``) and one ``date`` string
per item. Version 2 is the current layout described in docs/collection-format.md.

A migration is a chain: the catalogue of version N is read into plain tables
(``{table: {id: record}}``) by the reader of its layout, then each step N → N+1 of
:data:`STEPS` (a pure function over the tables) runs in turn, then the current layout is
written. The old catalogue is backed up into ``backups/`` first, and the meta record, written
last, is the commit point: a crash before it runs the migration again from the backup-safe
old files, so every step must give the same result when run on its own output. A newer
schema than we know is refused, never downgraded.
"""

import datetime as dt
import json
import uuid
from collections.abc import Callable
from typing import Any

from memoryapp.core.errors import (
    CollectionCorruptError,
    CollectionNotFoundError,
    ReadOnlyCollectionError,
    SchemaTooNewError,
)
from memoryapp.storage.atomic import atomic_copy, atomic_write_bytes, remove_file
from memoryapp.storage.catalogue import TABLES, Catalogue
from memoryapp.storage.layout import CollectionPaths

SCHEMA_VERSION = 2
FORMAT_NAME = "memoryapp-collection"
V1_CATALOGUE = "catalogue.json"

Data = dict[str, Any]
Tables = dict[str, dict[str, Data]]
"""A catalogue as plain data: ``{table: {record id: record}}``."""


def schema_of(paths: CollectionPaths) -> int:
    """The schema version of the collection at ``paths`` (as its files say).

    Raises:
        CollectionNotFoundError: no collection at that path.
        CollectionCorruptError: the meta record cannot be read.
    """
    if not paths.marker.exists():
        if (paths.root / V1_CATALOGUE).exists():
            return 1
        raise CollectionNotFoundError(paths.root, "no memoryapp collection here")
    return int(_load_marker(paths)["schema"])


def read_marker(paths: CollectionPaths, *, migrate: bool = True) -> Data:
    """Read the collection's meta record, migrating an older collection first.

    Args:
        paths: the collection.
        migrate: False for a collection opened read-only: an older one is refused.

    Raises:
        CollectionNotFoundError: no collection at that path.
        SchemaTooNewError: written by a newer memoryapp.
        ReadOnlyCollectionError: older, and ``migrate`` is False.
        CollectionCorruptError: the meta record cannot be read.
    """
    found = schema_of(paths)
    if found > SCHEMA_VERSION:
        raise SchemaTooNewError(paths.root, found, SCHEMA_VERSION)
    if found < SCHEMA_VERSION:
        if not migrate:
            raise ReadOnlyCollectionError(
                paths.root,
                f"made by an older memoryapp (schema {found}) and open read-only: open it once "
                "where it can be written to bring it up to date",
            )
        migrate_collection(paths, found)
    return _load_marker(paths)


def _load_marker(paths: CollectionPaths) -> Data:
    try:
        marker = json.loads(paths.marker.read_text(encoding="utf-8"))
        int(marker["schema"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CollectionCorruptError(paths.marker, f"unreadable collection record: {exc}") from exc
    if not isinstance(marker, dict) or marker.get("format") != FORMAT_NAME:
        raise CollectionCorruptError(paths.marker, "not a memoryapp collection record")
    return marker


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


# -- the steps ---------------------------------------------------------------------------


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


def step_1_to_2(tables: Tables) -> Tables:
    """Schema 1 → 2: item dates by role (the layout change is the writer's)."""
    return {
        **tables,
        "items": {rid: item_v1_to_v2(rec) for rid, rec in tables.get("items", {}).items()},
    }


STEPS: dict[int, Callable[[Tables], Tables]] = {1: step_1_to_2}
"""``{N: the step from schema N to N+1}``, one for every version below ``SCHEMA_VERSION``."""


def migrate_tables(tables: Tables, found: int) -> Tables:
    """Run every step from schema ``found`` up to the current one."""
    for version in range(found, SCHEMA_VERSION):
        tables = STEPS[version](tables)
    return tables


# -- reading an old layout, writing the current one ----------------------------------------


def _read_v1(paths: CollectionPaths) -> tuple[Tables, Data]:
    old = paths.root / V1_CATALOGUE
    try:
        data = json.loads(old.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CollectionCorruptError(old, f"unreadable version-1 catalogue: {exc}") from exc
    meta: Data = next(iter(data.get("meta", {}).values()), {})
    tables = {t: dict(data.get(t, {})) for t in TABLES}
    marker = new_marker(str(meta.get("title", "")), str(meta.get("id", "")) or uuid.uuid4().hex)
    marker["created"] = meta.get("created", marker["created"])
    return tables, marker


def _read_sharded(paths: CollectionPaths) -> tuple[Tables, Data]:
    catalogue = Catalogue(paths)
    tables = {t: {rid: dict(rec) for rid, rec in catalogue.scan(t)} for t in TABLES}
    return tables, _load_marker(paths)


def migrate_collection(paths: CollectionPaths, found: int) -> None:
    """Back up a schema-``found`` catalogue, run the chain, write the current layout."""
    stamp = utc_now().replace(":", "")
    backup = paths.backups / f"schema-{found}-{stamp}"
    if found == 1:
        old = paths.root / V1_CATALOGUE
        atomic_copy(old, backup / V1_CATALOGUE)  # on disk before anything changes
        tables, marker = _read_v1(paths)
    else:
        for file in sorted([*paths.catalogue.glob("*.json"), *paths.catalogue.glob("*.log")]):
            atomic_copy(file, backup / "catalogue" / file.name)
        atomic_copy(paths.marker, backup / paths.marker.name)
        tables, marker = _read_sharded(paths)
    tables = migrate_tables(tables, found)
    paths.catalogue.mkdir(parents=True, exist_ok=True)
    catalogue = Catalogue(paths)
    gone = {t: {rid for rid, _ in catalogue.scan(t)} - set(tables.get(t, {})) for t in TABLES}
    catalogue.commit({t: recs for t, recs in tables.items() if recs}, gone)
    catalogue.save_all()
    marker = {**marker, "schema": SCHEMA_VERSION, "migrated_from": found}
    write_marker(paths, marker)  # the commit point of the migration
    if found == 1:
        remove_file(paths.root / V1_CATALOGUE)
