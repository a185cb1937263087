"""Read another family's export (JSON-LD folder or BagIt bag) safely, for merging.

The input is untrusted. Paths inside it must be relative, without ``..``, absolute parts,
drive letters or backslashes, and must resolve inside the export's folder (a symlink that
leads out is refused); JSON files and media files have size limits; a bag must verify
against its manifests before anything is read; every node is type-checked, and a node that
cannot be read becomes a problem in the result instead of stopping the merge. An item ID that
is not memoryapp's own form (32 hex digits), or a person or place ID with characters other
than letters, digits, ``-`` and ``_``, is replaced by a new one. No XML is read here (an
XMP reader would use ``defusedxml``, as the importers do).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from memoryapp.core.ids import ItemId, PersonId, PlaceId, new_item_id, new_person_id, new_place_id
from memoryapp.core.items import DateRole, FileRole, Item, ItemKind, MediaFile, PersonTag
from memoryapp.core.people import Person, Relation, RelationKind
from memoryapp.core.places import Place
from memoryapp.exporters.bagit import verify_bag
from memoryapp.exporters.bundle import FORMAT_NAME
from memoryapp.exporters.jsonld import FILE_NAME as JSONLD_NAME
from memoryapp.exporters.jsonld_records import (
    M,
    flag,
    number,
    objects,
    read_date,
    read_living,
    read_name,
    read_rights,
    read_source,
    read_tag,
    read_text_exports,
    ref,
    text,
)
from memoryapp.exporters.jsonld_texts import read_texts

MAX_JSON_BYTES = 512 * 1024**2
MAX_MEDIA_BYTES = 2 * 1024**3
_ITEM_ID = re.compile(r"[0-9a-f]{32}")  # items are sharded by their first hex digit
_RECORD_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_DRIVE = re.compile(r"^[A-Za-z]:")


class SourceError(ValueError):
    """An export cannot be read, or is unsafe; the message names the file and the reason."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True, slots=True, kw_only=True)
class IncomingItem:
    """An item from the source, with where its files are in the source (None: not shipped).

    ``item.files`` keep the source catalogue's description (``sha256`` is the original's,
    ``known_sha256`` the other hashes the source knew it by);
    ``copy_sha256`` is the hash the export claims for each shipped copy, ``derivative``
    whether that copy is an upright preview instead of the original.
    """

    item: Item
    media: tuple[Path | None, ...]
    copy_sha256: tuple[str, ...]
    derivative: tuple[bool, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Incoming:
    """Everything read from a source, ready to be matched against a collection."""

    kind: str  # "jsonld", "bagit" or "collection"
    collection_id: str
    title: str
    items: tuple[IncomingItem, ...]
    people: tuple[Person, ...]
    places: tuple[Place, ...]
    redacted_people: frozenset[PersonId] = frozenset()
    problems: tuple[str, ...] = ()


def safe_member(root: Path, rel: str, *, max_bytes: int = MAX_MEDIA_BYTES) -> Path:
    """Resolve a relative path from untrusted data to a regular file inside ``root``.

    Raises:
        SourceError: The path is absolute, climbs out, leads out through a symlink, is not
            a regular file, or is larger than ``max_bytes``.
    """
    if not isinstance(rel, str) or not rel or "\0" in rel or "\\" in rel:
        raise SourceError(root, f"unsafe path {rel!r}")
    parts = rel.split("/")
    if rel.startswith("/") or _DRIVE.match(rel) or any(p in ("", ".", "..") for p in parts):
        raise SourceError(root, f"unsafe path {rel!r}")
    base = root.resolve()
    candidate = base.joinpath(*parts)
    try:
        resolved = candidate.resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        raise SourceError(candidate, "missing or unreadable") from exc
    if not resolved.is_relative_to(base):
        raise SourceError(candidate, "leads outside the export (symlink)")
    if not resolved.is_file():
        raise SourceError(candidate, "not a regular file")
    size = resolved.stat().st_size
    if size > max_bytes:
        raise SourceError(candidate, f"{size} bytes is over the limit of {max_bytes}")
    return resolved


def load_json(path: Path, *, max_bytes: int = MAX_JSON_BYTES) -> Any:
    """Read a JSON file with a size limit.

    Raises:
        SourceError: Too large, unreadable or not JSON.
    """
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SourceError(path, f"{size} bytes is over the limit of {max_bytes}")
        return json.loads(path.read_bytes().decode("utf-8"))
    except SourceError:
        raise
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise SourceError(path, f"not readable JSON: {exc}") from exc


def read_export(source: Path) -> Incoming:
    """Read a JSON-LD export (its folder or its ``collection.jsonld``) or a BagIt bag.

    Raises:
        SourceError: Not an export memoryapp knows, an invalid bag, or unsafe.
    """
    if source.is_dir() and (source / "bagit.txt").is_file():
        problems = verify_bag(source)
        if problems:
            raise SourceError(source, "the bag does not verify: " + "; ".join(problems[:3]))
        data = source / "data"
        return replace(
            read_jsonld(safe_member(data, JSONLD_NAME, max_bytes=MAX_JSON_BYTES), data),
            kind="bagit",
        )
    if source.is_dir() and (source / JSONLD_NAME).is_file():
        return read_jsonld(safe_member(source, JSONLD_NAME, max_bytes=MAX_JSON_BYTES), source)
    if source.is_file() and source.suffix in (".jsonld", ".json"):
        return read_jsonld(source, source.parent)
    raise SourceError(source, "not a memoryapp export (no collection.jsonld and no bagit.txt)")


def _new_id(value: str, fresh: Any) -> str:
    pattern = _ITEM_ID if fresh is new_item_id else _RECORD_ID
    return value if pattern.fullmatch(value) else str(fresh())


def read_jsonld(path: Path, base: Path) -> Incoming:
    """Read a memoryapp JSON-LD document; media paths resolve under ``base``.

    Raises:
        SourceError: Not a memoryapp export document.
    """
    doc = load_json(path)
    if not isinstance(doc, Mapping) or doc.get(f"{M}format") != FORMAT_NAME:
        raise SourceError(path, "not a memoryapp JSON-LD export")
    problems: list[str] = []
    try:
        person_nodes = objects(doc, f"{M}person")
        place_nodes = objects(doc, f"{M}place")
        item_nodes = objects(doc, "dcterms:hasPart")
    except ValueError as exc:
        raise SourceError(path, str(exc)) from exc
    person_ids = {
        str(n.get("@id")): PersonId(_new_id(str(n.get(f"{M}id", "")), new_person_id))
        for n in person_nodes
    }
    place_ids = {
        str(n.get("@id")): PlaceId(_new_id(str(n.get(f"{M}id", "")), new_place_id))
        for n in place_nodes
    }
    places = _records(place_nodes, lambda n: _place(n, place_ids), "place", problems)
    people = _records(person_nodes, lambda n: _person(n, person_ids, place_ids), "person", problems)
    items = _records(
        item_nodes, lambda n: _item(n, person_ids, place_ids, base, problems), "item", problems
    )
    redacted = frozenset(
        person_ids[str(n.get("@id"))] for n in person_nodes if n.get(f"{M}redacted") is True
    )
    return Incoming(
        kind="jsonld",
        collection_id=text(doc, f"{M}collectionId"),
        title=text(doc, "dcterms:title"),
        items=tuple(items),
        people=tuple(people),
        places=tuple(places),
        redacted_people=redacted,
        problems=tuple(problems),
    )


def _records(
    nodes: list[Mapping[str, Any]], read: Any, kind: str, problems: list[str]
) -> list[Any]:
    out = []
    for node in nodes:
        try:
            out.append(read(node))
        except (ValueError, TypeError, KeyError) as exc:
            problems.append(f"{kind} {str(node.get('@id', '?'))[:100]}: {exc}")
    return out


def _place(node: Mapping[str, Any], place_ids: Mapping[str, PlaceId]) -> Place:
    parent = ref(node, f"{M}parent")
    lat, lon = number(node, "geo:lat"), number(node, "geo:long")
    return Place(
        id=place_ids[str(node.get("@id"))],
        names=tuple(read_name(n) for n in objects(node, f"{M}names")),
        kind=text(node, f"{M}kind", "other") or "other",
        parent_id=place_ids.get(parent) if parent else None,
        lat=lat if lon is not None else None,
        lon=lon if lat is not None else None,
        do_not_pinpoint=flag(node, f"{M}doNotPinpoint"),
        notes=text(node, f"{M}notes"),
    )


def _person(
    node: Mapping[str, Any], person_ids: Mapping[str, PersonId], place_ids: Mapping[str, PlaceId]
) -> Person:
    relations = []
    for rel in objects(node, f"{M}relations"):
        other = person_ids.get(ref(rel, f"{M}person") or "")
        if other is not None:
            relations.append(Relation(kind=RelationKind(text(rel, f"{M}kind")), person_id=other))
    dates = {}
    for key in ("birth", "death"):
        value = node.get(f"{M}{key}")
        dates[key] = read_date(value) if isinstance(value, Mapping) else None
    birth_place = place_ids.get(ref(node, f"{M}birthPlace") or "")
    death_place = place_ids.get(ref(node, f"{M}deathPlace") or "")
    return Person(
        id=person_ids[str(node.get("@id"))],
        names=tuple(read_name(n) for n in objects(node, f"{M}names")),
        gender=text(node, f"{M}gender"),
        birth=dates["birth"],
        birth_place=birth_place,
        death=dates["death"],
        death_place=death_place,
        living=read_living(node),
        relations=tuple(relations),
        notes=text(node, f"{M}notes"),
        private=flag(node, f"{M}private"),
    )


def _int(node: Mapping[str, Any], key: str, default: int | None = None) -> int | None:
    value = node.get(key, default)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{key} must be an integer")
    return value


_ROLES_KEPT = {r.value: r for r in (FileRole.BACK, FileRole.DETAIL, FileRole.ENLARGEMENT,
                                    FileRole.ALBUM_PAGE)}  # fmt: skip
"""Views read back as they were written; front, page and other are what a file is anyway."""


def _role(value: str) -> FileRole | None:
    return _ROLES_KEPT.get(value)


def _file(
    node: Mapping[str, Any], base: Path, item_id: str, problems: list[str]
) -> tuple[MediaFile, Path | None, str, bool]:
    sha = text(node, f"{M}originalSha256").lower()
    copy_sha = text(node, f"{M}sha256").lower()
    known = node.get(f"{M}knownSha256", [])
    if not isinstance(known, list) or not all(isinstance(k, str) for k in known):
        raise ValueError("knownSha256 must be a list of text")
    known = [k.lower() for k in known]
    if not all(_SHA256.fullmatch(h) for h in (sha, *known)) or (
        copy_sha and not _SHA256.fullmatch(copy_sha)
    ):
        raise ValueError("a file hash is not SHA-256 hex")
    media = MediaFile(
        known_sha256=tuple(dict.fromkeys(k for k in known if k != sha)),
        sha256=sha,
        path="",
        format=text(node, f"{M}format"),
        size=_int(node, f"{M}size", 0) or 0,
        width=_int(node, f"{M}width"),
        height=_int(node, f"{M}height"),
        pages=_int(node, f"{M}pages", 1) or 1,
        original_name=text(node, f"{M}originalName"),
        role=_role(text(node, f"{M}role")),
    )
    rel = node.get(f"{M}path")
    found: Path | None = None
    if rel is not None:
        try:
            found = safe_member(base, str(rel))
        except SourceError as exc:
            problems.append(f"item {item_id}: {exc.reason} ({str(rel)[:200]!r})")
    return media, found, copy_sha, flag(node, f"{M}derivative")


def _item(
    node: Mapping[str, Any],
    person_ids: Mapping[str, PersonId],
    place_ids: Mapping[str, PlaceId],
    base: Path,
    problems: list[str],
) -> IncomingItem:
    item_id = ItemId(_new_id(text(node, "dcterms:identifier"), new_item_id))
    tags: list[PersonTag] = []
    for tag in objects(node, f"{M}people"):
        person = person_ids.get(ref(tag, f"{M}person") or "")
        if person is not None:
            tags.append(read_tag(tag, person, person_ids))
    dates = {DateRole(text(d, f"{M}role")): read_date(d) for d in objects(node, f"{M}dates")}
    files = [_file(f, base, item_id, problems) for f in objects(node, f"{M}files")]
    spatial = [s.get("@id") for s in objects(node, "dcterms:spatial")]
    places = [place_ids[r] for r in spatial if isinstance(r, str) and r in place_ids]
    raw_tags = node.get(f"{M}tags", [])
    if not isinstance(raw_tags, list) or not all(isinstance(t, str) for t in raw_tags):
        raise ValueError("tags must be a list of text")
    lat, lon = number(node, "geo:lat"), number(node, "geo:long")
    item = Item(
        id=item_id,
        files=tuple(f[0] for f in files),
        kind=ItemKind(text(node, f"{M}kind", "photo")),
        title=text(node, "dcterms:title"),
        description=text(node, "dcterms:description"),
        dates=dates,
        people=tuple(tags),
        places=tuple(dict.fromkeys(places)),
        tags=tuple(raw_tags),
        source=read_source(node.get(f"{M}source")),
        rights=read_rights(node.get(f"{M}rights")),
        notes=text(node, f"{M}notes"),
        private=flag(node, f"{M}private"),
        added_at=text(node, f"{M}addedAt"),
        orientation=_int(node, f"{M}orientation", 1) or 1,
        lat=lat if lon is not None else None,
        lon=lon if lat is not None else None,
        texts=read_texts(node),
    )
    item = replace(item, **read_text_exports(Item, node))  # every text field the registry maps
    return IncomingItem(
        item=item,
        media=tuple(f[1] for f in files),
        copy_sha256=tuple(f[2] for f in files),
        derivative=tuple(f[3] for f in files),
    )
