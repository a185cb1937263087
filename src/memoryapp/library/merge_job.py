"""Merging another collection or export into this one: match, copy media in, commit once.

Matching rules (people-and-places.md section 5):

* places first, parents before children: same ID, else one existing place with a spelling
  that has the same ``search_key`` (under the same parent when there is a choice);
* people: same ID, else one existing person with a same-key spelling; a placeholder for a
  withheld living person (``redacted``) is matched by ID only;
* a matched record gains the spellings it lacked and fills fields it had empty; where both
  have a value and they differ, the collection's value stays and a conflict is reported;
* items: a file whose SHA-256 (of the original, of the copy shipped, or any other the
  source knew it by) is already known to the collection makes the item a duplicate, reported
  and skipped; a merged item keeps every hash its files are known by (``known_sha256``), so
  merging an export and later its source adds nothing twice; an item that only looks like
  one already there (perceptual hash) is added and flagged as a possible copy.

Media enter through the import pipeline's ``ingest`` (read once, hashed, decoded, written
with the storage helpers' atomic writes, thumbnails made). Records are committed as one
command through ``library.apply`` (one commit, one undoable operation of the history). A
source is never written to.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from memoryapp.core.changes import Changes
from memoryapp.core.ids import ItemId, PersonId, PlaceId, new_item_id, new_person_id, new_place_id
from memoryapp.core.items import Item, MediaFile, PersonTag, Region
from memoryapp.core.names import Name
from memoryapp.core.orientation import rect_to_display
from memoryapp.core.people import Living, Person, Relation
from memoryapp.core.places import Place
from memoryapp.core.progress import CancelToken, Progress, ProgressClock, no_progress
from memoryapp.core.text import search_key
from memoryapp.exporters.merge import Incoming, IncomingItem, read_export
from memoryapp.importers.pictures import DEFAULT_MAX_PIXELS
from memoryapp.importers.prepare import Known, Twin
from memoryapp.library.collection_reader import read_collection
from memoryapp.library.copies import CopyIndex
from memoryapp.library.import_job import media_file
from memoryapp.library.ingest import IngestSetup, Refused, ingest
from memoryapp.library.library import Library
from memoryapp.storage.layout import MARKER
from memoryapp.storage.schema import utc_now

Record = Person | Place


@dataclass(frozen=True, slots=True, kw_only=True)
class MergeConflict:
    """Two values for one fact: the collection's was kept, the source's is in ``detail``."""

    kind: str  # "person", "place", "item"
    record_id: str  # the record in the collection (or the source's ID when not merged)
    detail: str


@dataclass(frozen=True, slots=True, kw_only=True)
class MergeReport:
    """What a merge did. Pairs are (ID in the source, ID in the collection)."""

    source: str
    kind: str  # "collection", "jsonld", "bagit"
    added_items: tuple[ItemId, ...] = ()
    duplicates: tuple[tuple[str, ItemId], ...] = ()
    possible_copies: tuple[tuple[ItemId, ItemId], ...] = ()
    added_people: tuple[PersonId, ...] = ()
    matched_people: tuple[tuple[str, PersonId], ...] = ()
    added_places: tuple[PlaceId, ...] = ()
    matched_places: tuple[tuple[str, PlaceId], ...] = ()
    conflicts: tuple[MergeConflict, ...] = ()
    failures: tuple[str, ...] = ()
    cancelled: bool = False
    changes: Changes = field(default_factory=Changes)


class _Index:
    """Existing records of one kind, by ID and by the search keys of their spellings."""

    def __init__(self, records: Iterable[Record]) -> None:
        self.records: dict[str, Record] = {}
        self.keys: dict[str, list[str]] = {}
        for record in records:
            self.add(record)

    def add(self, record: Record) -> None:
        self.records[record.id] = record
        for name in record.names:
            ids = self.keys.setdefault(search_key(name.value), [])
            if record.id not in ids:
                ids.append(record.id)

    def find(
        self, record: Record, *, by_name: bool, prefer: Callable[[Record], bool]
    ) -> tuple[str | None, int]:
        """The matching record's ID (or None) and how many candidates there were."""
        if record.id in self.records:
            return record.id, 1
        if not by_name:
            return None, 0
        found = sorted(
            {rid for n in record.names for rid in self.keys.get(search_key(n.value), [])}
        )
        if len(found) > 1:
            found = [rid for rid in found if prefer(self.records[rid])] or found
        return (found[0], 1) if len(found) == 1 else (None, len(found))


def _merge_names(old: tuple[Name, ...], new: tuple[Name, ...]) -> tuple[Name, ...]:
    keys = {(search_key(n.value), n.lang) for n in old}
    added = [n for n in new if (search_key(n.value), n.lang) not in keys]
    return old + tuple(added)


@dataclass(slots=True)
class _Run:
    library: Library
    incoming: Incoming
    conflicts: list[MergeConflict] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, ItemId]] = field(default_factory=list)
    to_save: dict[str, Record | Item] = field(default_factory=dict)
    place_map: dict[str, PlaceId] = field(default_factory=dict)
    person_map: dict[str, PersonId] = field(default_factory=dict)
    added: dict[str, list[str]] = field(default_factory=lambda: {"place": [], "person": []})
    matched: dict[str, list[tuple[str, str]]] = field(
        default_factory=lambda: {"place": [], "person": []}
    )

    def conflict(self, kind: str, record_id: str, detail: str) -> None:
        self.conflicts.append(MergeConflict(kind=kind, record_id=record_id, detail=detail))


def _place_order(places: Iterable[Place]) -> list[Place]:
    """Parents before children (a cycle is broken where it is met)."""
    by_id = {p.id: p for p in places}
    order: list[Place] = []
    seen: set[str] = set()
    for place in by_id.values():
        chain: list[Place] = []
        current: Place | None = place
        while current is not None and current.id not in seen:
            seen.add(current.id)
            chain.append(current)
            current = by_id.get(current.parent_id) if current.parent_id else None
        order.extend(reversed(chain))
    return order


def _moved(old: Place, new: Place) -> bool:
    if old.lat is None or old.lon is None or new.lat is None or new.lon is None:
        return False
    return abs(old.lat - new.lat) > 1e-4 or abs(old.lon - new.lon) > 1e-4


def _merge_place(run: _Run, old: Place, new: Place) -> Place:
    merged = replace(old, names=_merge_names(old.names, new.names))
    if old.lat is None and new.lat is not None:
        merged = replace(merged, lat=new.lat, lon=new.lon)
    elif _moved(old, new):
        run.conflict("place", old.id, f"coordinates {new.lat}, {new.lon} in the source")
    if old.parent_id is None and new.parent_id is not None and new.parent_id != old.id:
        merged = replace(merged, parent_id=new.parent_id)
    if "other" not in (new.kind, old.kind) and new.kind != old.kind:
        run.conflict("place", old.id, f"kind {new.kind!r} in the source")
    if not old.do_not_pinpoint and new.do_not_pinpoint:
        merged = replace(merged, do_not_pinpoint=True, lat=None, lon=None)
    return merged


def _merge_person(run: _Run, old: Person, new: Person) -> Person:
    merged = replace(old, names=_merge_names(old.names, new.names))
    for key in ("birth", "death"):
        mine, theirs = getattr(old, key), getattr(new, key)
        if mine is None and theirs is not None:
            merged = replace(merged, **{key: theirs})
        elif mine is not None and theirs is not None and mine.edtf != theirs.edtf:
            shown = theirs.edtf or theirs.input
            run.conflict("person", old.id, f"{key} {shown!r} in the source")
    for key in ("birth_place", "death_place", "gender", "notes"):
        if not getattr(old, key) and getattr(new, key):
            merged = replace(merged, **{key: getattr(new, key)})
    if old.living is Living.UNKNOWN and new.living is not Living.UNKNOWN:
        merged = replace(merged, living=new.living)
    elif Living.UNKNOWN not in (old.living, new.living) and old.living != new.living:
        run.conflict("person", old.id, f"marked {new.living} in the source")
    if new.private and not old.private:
        merged = replace(merged, private=True)
    return merged


def _same_parent(parent: PlaceId | None) -> Callable[[Record], bool]:
    return lambda record: getattr(record, "parent_id", None) == parent


def _anything(record: Record) -> bool:
    return True


def _settle(
    run: _Run,
    kind: str,
    source_id: str,
    record: Record,
    index: _Index,
    found: tuple[str | None, int],
) -> str:
    """Add ``record`` as new or merge it into the record it matched; return the target ID."""
    target, count = found
    if target is None:
        if count > 1:
            run.conflict(kind, source_id, f"matches {count} records by name; added as new")
        if record.id in index.records and isinstance(record, Place):
            record = replace(record, id=new_place_id())
        elif record.id in index.records and isinstance(record, Person):
            record = replace(record, id=new_person_id())
        index.add(record)
        run.to_save[record.id] = record
        run.added[kind].append(record.id)
        return record.id
    old = index.records[target]
    if isinstance(old, Place) and isinstance(record, Place):
        merged: Record = _merge_place(run, old, record)
    elif isinstance(old, Person) and isinstance(record, Person):
        merged = _merge_person(run, old, record)
    else:  # IDs are per kind: cannot happen
        raise TypeError(f"{kind} {target} is not a {kind}")
    if merged != old:
        index.add(merged)
        run.to_save[merged.id] = merged
    run.matched[kind].append((source_id, old.id))
    return old.id


def _places(run: _Run, index: _Index) -> None:
    for place in _place_order(run.incoming.places):
        parent = run.place_map.get(place.parent_id) if place.parent_id else None
        place = replace(place, parent_id=parent)
        found = index.find(place, by_name=True, prefer=_same_parent(parent))
        run.place_map[place.id] = PlaceId(_settle(run, "place", place.id, place, index, found))


def _people(run: _Run, index: _Index) -> None:
    places = run.place_map
    for person in run.incoming.people:
        source_id = person.id
        person = replace(
            person,
            birth_place=places.get(person.birth_place) if person.birth_place else None,
            death_place=places.get(person.death_place) if person.death_place else None,
            relations=(),
        )
        by_name = source_id not in run.incoming.redacted_people
        found = index.find(person, by_name=by_name, prefer=_anything)
        run.person_map[source_id] = PersonId(
            _settle(run, "person", source_id, person, index, found)
        )


def _relations(run: _Run, index: _Index) -> None:
    for person in run.incoming.people:
        target = run.person_map.get(person.id)
        if target is None:
            continue
        current = run.to_save.get(target) or index.records[target]
        assert isinstance(current, Person)
        have = {(r.kind, r.person_id) for r in current.relations}
        extra = [
            Relation(kind=r.kind, person_id=run.person_map[r.person_id])
            for r in person.relations
            if r.person_id in run.person_map and (r.kind, run.person_map[r.person_id]) not in have
        ]
        if extra:
            run.to_save[target] = replace(
                current, relations=current.relations + tuple(dict.fromkeys(extra))
            )


def _copy_files(
    run: _Run, incoming: IncomingItem, known: dict[str, ItemId]
) -> tuple[list[MediaFile], ItemId | None]:
    setup = IngestSetup(
        root=run.library.path, link=False, max_pixels=DEFAULT_MAX_PIXELS, known_hashes=frozenset()
    )
    files: list[MediaFile] = []
    item = incoming.item
    for index, (media, path) in enumerate(zip(item.files, incoming.media, strict=True)):
        if path is None:
            run.failures.append(f"item {item.id} file {index + 1}: not in the source")
            continue
        result = ingest(setup, path)
        if isinstance(result, Refused):
            run.failures.append(
                f"item {item.id} file {index + 1}: {result.reason}: {result.detail}"
            )
            continue
        if isinstance(result, Known) or result.sha256 in known:
            return files, known.get(result.sha256)
        assert not isinstance(result, Twin)  # only a file given twins can be one
        copied = media_file(result, media.original_name or path.name, linked=False)
        also = tuple(dict.fromkeys(h for h in media.hashes if h and h != copied.sha256))
        files.append(replace(copied, known_sha256=also, role=media.role))  # front, back...
    return files, None


def _item(
    run: _Run, incoming: IncomingItem, known: dict[str, ItemId], existing_ids: set[str]
) -> Item | None:
    item = incoming.item
    for sha in (*item.hashes, *incoming.copy_sha256):
        if sha in known:
            run.duplicates.append((item.id, known[sha]))
            return None
    if item.id in existing_ids and run.incoming.collection_id == run.library.collection_id:
        run.duplicates.append((item.id, ItemId(item.id)))
        return None
    files, duplicate = _copy_files(run, incoming, known)
    if duplicate is not None:
        run.duplicates.append((item.id, duplicate))
        return None
    if item.files and not files:
        run.failures.append(f"item {item.id}: no file could be copied; not merged")
        return None
    tags: dict[tuple[PersonId, Region | None], PersonTag] = {}  # a tag per face
    for tag in item.people:
        target = run.person_map.get(tag.person_id)
        if target is not None:
            tags.setdefault((target, tag.region), replace(tag, person_id=target))
    orientation = item.orientation
    if incoming.derivative and incoming.derivative[0] and orientation != 1:
        tags = {k: replace(t, region=_upright(t.region, orientation)) for k, t in tags.items()}
        orientation = 1
    item_id = item.id if item.id not in existing_ids else new_item_id()
    item = _print_people(run, item)
    if item.location is not None or item.normal_location is not None:  # containers stay behind
        run.conflict("item", item_id, "its place in a box or album was not merged")
    merged = replace(
        item,
        id=ItemId(item_id),
        location=None,
        normal_location=None,
        files=tuple(files),
        people=tuple(tags.values()),
        places=tuple(dict.fromkeys(run.place_map[p] for p in item.places if p in run.place_map)),
        orientation=orientation,
        possible_copies=(),
        added_at=item.added_at or utc_now(),
    )
    existing_ids.add(merged.id)
    for sha in merged.hashes:
        known[sha] = merged.id
    return merged


def _print_people(run: _Run, item: Item) -> Item:
    """Custody holders and inscription writers as people of this collection, else by name."""
    names = {p.id: p.name for p in run.incoming.people}

    def who(person: PersonId | None, name: str) -> tuple[PersonId | None, str]:
        if person is None:
            return None, name
        mapped = run.person_map.get(person)
        return (mapped, name) if mapped is not None else (None, name or names.get(person, ""))

    custody = []
    for event in item.custody:
        giver, giver_name = who(event.from_person, event.from_name)
        receiver, receiver_name = who(event.to_person, event.to_name)
        custody.append(
            replace(
                event,
                from_person=giver,
                from_name=giver_name,
                to_person=receiver,
                to_name=receiver_name,
                evidence_item=None,  # an item of the other collection
                evidence=event.evidence
                or (
                    f"item {event.evidence_item} of {run.incoming.title}"
                    if event.evidence_item
                    else ""
                ),
            )
        )
    inscriptions = []
    for inscription in item.inscriptions:
        writer, writer_name = who(inscription.writer_id, inscription.writer)
        inscriptions.append(replace(inscription, writer_id=writer, writer=writer_name))
    return replace(item, custody=tuple(custody), inscriptions=tuple(inscriptions))


def _flag_copies(item: Item, copies: CopyIndex) -> Item:
    """Mark items of the collection (another family's, often) that look like this one."""
    phash = item.primary.phash if item.primary is not None else ""
    near = copies.near(phash, exclude=item.id)
    copies.add(item.id, phash)
    return replace(item, possible_copies=tuple(near[:5])) if near else item


def _upright(region: Region | None, orientation: int) -> Region | None:
    if region is None:
        return None
    x, y, w, h = rect_to_display(region.x, region.y, region.w, region.h, orientation)
    return Region(x=x, y=y, w=w, h=h)


def merge_source(
    library: Library,
    source: Path,
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> MergeReport:
    """Read ``source`` and merge it into ``library`` (see the module docstring)."""
    incoming = read_collection(source) if (source / MARKER).is_file() else read_export(source)
    run = _Run(library, incoming)
    run.failures.extend(incoming.problems)
    places = _Index(library.places())
    people = _Index(library.people())
    _places(run, places)
    _people(run, people)
    _relations(run, people)
    known = {sha: item.id for item in library.items(include_trashed=True) for sha in item.hashes}
    existing_ids: set[str] = {item.id for item in library.items(include_trashed=True)}
    copies = CopyIndex()
    for item in library.items():
        if item.primary is not None:
            copies.add(item.id, item.primary.phash)
    items: list[Item] = []
    clock = ProgressClock(total=len(incoming.items))
    cancelled = False
    for n, entry in enumerate(incoming.items):
        if cancel is not None and cancel.is_cancelled:
            cancelled = True
            break
        try:
            merged = _item(run, entry, known, existing_ids)
        except ValueError as exc:
            run.failures.append(f"item {entry.item.id}: {exc}")
            merged = None
        if merged is not None:
            items.append(_flag_copies(merged, copies))
        progress(clock.info(n + 1, message="merging"))
    records = [*run.to_save.values(), *items]
    changes = library.apply(library.command(f"Merge {source.name}", records))
    return MergeReport(
        source=str(source),
        kind=incoming.kind,
        added_items=tuple(i.id for i in items),
        duplicates=tuple(run.duplicates),
        possible_copies=tuple((i.id, c) for i in items for c in i.possible_copies),
        added_people=tuple(PersonId(p) for p in run.added["person"]),
        matched_people=tuple((s, PersonId(t)) for s, t in run.matched["person"]),
        added_places=tuple(PlaceId(p) for p in run.added["place"]),
        matched_places=tuple((s, PlaceId(t)) for s, t in run.matched["place"]),
        conflicts=tuple(run.conflicts),
        failures=tuple(run.failures),
        cancelled=cancelled,
        changes=changes,
    )
