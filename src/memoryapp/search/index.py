"""The in-memory search index: words, filter keys, dates and names over item slots.

Every item gets a *slot* (a small integer, reused after a delete). Sets of items are Python
integers used as bit sets (``bitsets``). Words and filter keys (people, places, tags, kinds,
formats, has:/is: flags) map to postings (``postings``): one slot, an ``array`` of slots,
or bits once dense (at least 1/256 of the items). Date filters use year buckets
(``windows``). Ordering results and counting facets use numpy columns (``tables``), taken
again lazily once many items changed; each item's text and keys are ``packed``.

Build it once with :meth:`SearchIndex.build`, then keep it in step with
:meth:`update_items`, :meth:`set_people`, :meth:`set_places` and :meth:`set_films`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np

from memoryapp.core.faces import FaceCount
from memoryapp.core.films import Film, LinkRole, Scene, SceneLink
from memoryapp.core.ids import ItemId
from memoryapp.core.items import Item
from memoryapp.core.people import Person
from memoryapp.core.places import Place
from memoryapp.core.prints import Container
from memoryapp.core.segments import Segment
from memoryapp.search import postings
from memoryapp.search.bitsets import bits_of, slots_of
from memoryapp.search.dating import DateKeys, date_order, decade_weights
from memoryapp.search.described import Described, describe_run
from memoryapp.search.entries import Entry, Key, describe_item
from memoryapp.search.names import NameIndex
from memoryapp.search.packed import KeyTable, Numbers, Packed
from memoryapp.search.places import PlaceTree
from memoryapp.search.tables import Chosen, DateOrder, FacetTable, SortKey
from memoryapp.search.vocabulary import Vocabulary, forget_folded_words, word_pairs
from memoryapp.search.windows import DateBuckets

log = logging.getLogger(__name__)

_NO_FACES = FaceCount()

__all__ = ["Decades", "SearchIndex"]

Decades = tuple[tuple[int, float], ...]

_SORT_SMALL = 1000  # results up to this size are sorted directly
_FACET_FIELDS = ("person", "tag", "film", "kind")


class SearchIndex:
    """Everything a search needs, in memory. Not thread-safe: the caller serialises."""

    def __init__(self) -> None:
        self.people = NameIndex()
        self.places = NameIndex()
        self.tree = PlaceTree()
        self.films: dict[str, str] = {}  # film id -> title
        self.containers: dict[str, tuple[str, str | None]] = {}  # id -> (name, parent id)
        self.scenes: dict[str, tuple[str, str, str]] = {}  # id -> (film id, number, title)
        self.generation = 0
        self._link_keys: dict[str, tuple[Key, ...]] = {}
        self.said: dict[str, frozenset[str]] = {}  # folded transcript word -> item IDs
        self.speakers: dict[str, frozenset[str]] = {}  # person ID -> item IDs
        self.testimony: frozenset[str] = frozenset()  # items with or about a segment
        self._tree_cache: dict[str, int] = {}
        self._dirty_memo: tuple[tuple[int, int], int] = ((-1, -1), 0)
        self._clear_items()

    face_counts: Mapping[ItemId, FaceCount] = {}
    """Each item's detected faces that are not tags, set by the caller before indexing."""

    def _clear_items(self) -> None:
        self.words = Vocabulary()
        self.tag_labels: dict[str, str] = {}  # folded tag path -> as first written
        self.alive = 0
        self._slot_of: dict[str, int] = {}
        self._ids: list[ItemId | None] = []
        self._keys = Packed()
        self._key_table = KeyTable()
        self._dates: list[DateKeys | None] = []
        self._texts = Packed()
        self._free: list[int] = []
        self._postings: dict[str, postings.Posting] = {}
        self._fields: dict[str, dict[str, postings.Posting]] = {}
        self._decade_canon: dict[Decades, Decades] = {}
        self._windows = DateBuckets()
        self._dense = 32
        self._dirty: set[int] = set()
        self._order: DateOrder | None = None
        self._tables: dict[str, FacetTable] = {}
        self._decade_rows: dict[str, Decades] = {}

    # -- building --------------------------------------------------------------------------

    def build(
        self,
        items: Iterable[Item],
        people: Iterable[Person] = (),
        places: Iterable[Place] = (),
        films: Iterable[Film] = (),
        scenes: Iterable[Scene] = (),
        links: Iterable[SceneLink] = (),
    ) -> None:
        """Index a whole collection, replacing whatever was indexed before."""
        counts = self.face_counts
        entries = (describe_item(item, counts.get(item.id, _NO_FACES)) for item in items)
        self.build_described([describe_run(entries)], people, places, films, scenes, links)

    def build_described(
        self,
        runs: Iterable[Described],
        people: Iterable[Person] | None = (),
        places: Iterable[Place] | None = (),
        films: Iterable[Film] = (),
        scenes: Iterable[Scene] = (),
        links: Iterable[SceneLink] = (),
    ) -> None:
        """:meth:`build` from runs of items described apart (``described``), in order.

        ``people`` or ``places`` None: those indexed by :meth:`set_people` and
        :meth:`set_places` before are kept.
        """
        if people is not None:
            self.set_people(people)
        if places is not None:
            self.set_places(places)
        self._clear_items()
        ids: list[ItemId | None] = []
        dates: list[DateKeys | None] = []
        texts: list[bytes] = []
        surfaces: list[str] = []
        folded: list[str] = []
        keys: list[Key] = []
        word_numbers = Numbers(surfaces)
        key_numbers = Numbers(keys)
        word_parts: list[np.ndarray[Any, Any]] = []
        key_parts: list[np.ndarray[Any, Any]] = []
        counts: dict[str, list[np.ndarray[Any, Any]]] = {"words": [], "keys": [], "texts": []}
        labels = self.tag_labels
        for run in runs:
            ids += run.ids  # type: ignore[arg-type]
            dates += run.dates
            texts.append(run.texts)
            known = len(surfaces)
            numbers = np.fromiter(map(word_numbers.__getitem__, run.surfaces), np.int64)
            folded += [run.folded[n] for n in np.flatnonzero(numbers >= known).tolist()]
            word_parts.append(numbers[np.frombuffer(run.word_codes, np.int32)])
            numbers = np.fromiter(map(key_numbers.__getitem__, run.keys), np.int64)
            key_parts.append(numbers[np.frombuffer(run.key_codes, np.int32)])
            counts["words"].append(np.frombuffer(run.word_counts, np.int32))
            counts["keys"].append(np.frombuffer(run.key_counts, np.int32))
            counts["texts"].append(np.frombuffer(run.text_lengths, np.uint32))
            for tag, written in run.tags.items():
                if tag not in labels:
                    labels[tag] = written
        count = len(ids)
        self._ids = ids
        self._dates = dates
        self._slot_of = dict(zip(ids, range(count), strict=True))  # type: ignore[arg-type]
        joined = {
            name: np.concatenate(parts or [np.zeros(0, np.int64)]) for name, parts in counts.items()
        }
        self._texts = Packed.of_joined(b"".join(texts), joined["texts"])
        del texts
        self._dense = dense = max(32, count // 256)
        word_codes = np.concatenate(word_parts or [np.zeros(0, np.int64)])
        self._postings, _ = postings.make_coded(surfaces, word_codes, joined["words"], dense)
        del word_parts, word_codes
        self.words.add_many(zip(surfaces, folded, strict=True))
        key_codes = np.concatenate(key_parts or [np.zeros(0, np.int64)])
        key_postings, _ = postings.make_coded(keys, key_codes, joined["keys"], dense)
        self._key_table = KeyTable.from_state(keys)
        self._keys = Packed.of_numbers(key_codes, joined["keys"])
        for (field, value), posting in key_postings.items():
            self._fields.setdefault(field, {})[value] = posting
        self._windows.build((s, d) for s, d in enumerate(self._dates) if d is not None)
        self.alive = (1 << count) - 1
        forget_folded_words()
        self.set_films(films, scenes, links)
        log.debug("Indexed %d items, %d words", count, len(self._postings))

    def _append(self, entry: Entry) -> None:
        self._ids.append(entry.id)
        self._keys.set(len(self._keys), self._key_table.encode(entry.keys))
        self._dates.append(entry.dates)
        self._texts.set(len(self._texts), entry.text)
        for folded, written in entry.tags.items():
            self.tag_labels.setdefault(folded, written)

    # -- keeping in step -------------------------------------------------------------------

    def update_items(self, items: Iterable[Item], removed: Iterable[str] = ()) -> None:
        """Re-index changed or new items and drop removed ones."""
        for item_id in removed:
            slot = self._slot_of.pop(item_id, None)
            if slot is not None:
                self._unindex(slot)
                self._free.append(slot)
        for item in items:
            slot = self._slot_of.get(item.id)
            if slot is not None:
                self._unindex(slot)
            else:
                slot = self._free.pop() if self._free else len(self._ids)
                self._slot_of[item.id] = slot
            self._index(slot, describe_item(item, self.face_counts.get(item.id, _NO_FACES)))
        self._changed()

    def _changed(self) -> None:
        self.generation += 1
        self._tree_cache = {}

    def _index(self, slot: int, entry: Entry) -> None:
        if slot == len(self._ids):
            self._append(entry)
        else:
            self._ids[slot] = entry.id
            self._keys.set(slot, self._key_table.encode(entry.keys))
            self._dates[slot] = entry.dates
            self._texts.set(slot, entry.text)
            for folded, written in entry.tags.items():
                self.tag_labels.setdefault(folded, written)
        self._dirty.add(slot)
        self.words.add_many((w, f) for w, f in entry.words.items() if w not in self._postings)
        for word in entry.words:
            self._postings[word] = postings.add(self._postings.get(word), slot)
        for field, value in (*entry.keys, *self._link_keys.get(entry.id, ())):
            table = self._fields.setdefault(field, {})
            table[value] = postings.add(table.get(value), slot)
        if entry.dates is not None:
            self._windows.add(slot, entry.dates)
        self.alive |= 1 << slot

    def _unindex(self, slot: int) -> None:
        item_id = self._ids[slot]
        if item_id is None:
            return
        for folded in set(self._texts.get(slot).decode("utf-8").split()):
            for word in self.words.surfaces(folded):
                posting = postings.remove(self._postings.get(word), slot)
                if posting is None:
                    self._postings.pop(word, None)
                    self.words.discard(word)
                else:
                    self._postings[word] = posting
        for field, value in self.keys_of(slot):
            table = self._fields.get(field, {})
            posting = postings.remove(table.get(value), slot)
            if posting is None:
                table.pop(value, None)
            else:
                table[value] = posting
        dates = self._dates[slot]
        if dates is not None:
            self._windows.remove(slot, dates)
        self.alive &= ~(1 << slot)
        self._dirty.add(slot)
        self._ids[slot] = None
        self._keys.set(slot, b"")
        self._dates[slot] = None
        self._texts.set(slot, b"")

    def set_people(self, people: Iterable[Person]) -> None:
        """Re-index every person's names."""
        self.people.rebuild((p.id, tuple(n.value for n in p.names)) for p in people)
        self.generation += 1

    def set_places(self, places: Iterable[Place]) -> None:
        """Re-index every place's names and the hierarchy."""
        places = list(places)
        self.places.rebuild((p.id, tuple(n.value for n in p.names)) for p in places)
        self.tree.rebuild((p.id, p.parent_id) for p in places)
        self._tables.pop("place", None)
        self._changed()

    def set_containers(self, containers: Iterable[Container]) -> None:
        """Know the boxes, albums and pages by name and parent (for ``in:``)."""
        self.containers = {c.id: (c.name, c.parent_id) for c in containers}

    def set_films(
        self, films: Iterable[Film], scenes: Iterable[Scene], links: Iterable[SceneLink]
    ) -> None:
        """Re-index films, scenes and the items linked to them (rejected links do not count)."""
        self.films = {f.id: f.title for f in films}
        self.scenes = {s.id: (s.film_id, s.number, s.title) for s in scenes}
        by_item: dict[str, dict[Key, None]] = {}
        for link in links:
            scene = self.scenes.get(link.scene_id)
            if link.role == LinkRole.REJECTED or scene is None:
                continue
            linked = by_item.setdefault(link.item_id, {})
            linked[("scene", link.scene_id)] = None
            linked[("film", scene[0])] = None
        self._link_keys = {item: tuple(linked) for item, linked in by_item.items()}
        key_slots: dict[Key, list[int]] = {}
        for item_id, keys in self._link_keys.items():
            slot = self._slot_of.get(item_id)
            if slot is not None:
                for key in keys:
                    key_slots.setdefault(key, []).append(slot)
        self._fields["film"] = {}
        self._fields["scene"] = {}
        for (field, value), slots in key_slots.items():
            self._fields[field][value] = postings.make(slots, self._dense)
        self._tables.pop("film", None)
        self._changed()

    def set_segments(self, segments: Iterable[Segment]) -> None:
        """Re-index testimony segments: what was said and by whom, for their items.

        A segment stands for its recording and every item it is anchored to. Kept by item ID
        (not by slot), so items re-indexed later keep their segments.
        """
        said: dict[str, set[str]] = {}
        speakers: dict[str, set[str]] = {}
        testimony: set[str] = set()
        for segment in segments:
            items = {segment.recording_id, *segment.item_ids()}
            testimony |= items
            for transcript in segment.transcripts:
                for _surface, folded in word_pairs(transcript.text):
                    said.setdefault(folded, set()).update(items)
            for person in segment.speakers:
                speakers.setdefault(person, set()).update(items)
        self.said = {word: frozenset(ids) for word, ids in said.items()}
        self.speakers = {person: frozenset(ids) for person, ids in speakers.items()}
        self.testimony = frozenset(testimony)
        self._changed()

    # -- reading ---------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._slot_of)

    def key_bits(self, field: str, value: str) -> int:
        """Items with a filter key, e.g. ``key_bits("kind", "letter")``."""
        posting = self._fields.get(field, {}).get(value)
        return 0 if posting is None else postings.to_bits(posting)

    def any_key_bits(self, field: str, values: Iterable[str]) -> int:
        """Items with any of these values of a filter key (one conversion for all)."""
        return postings.union_bits(map(self._fields.get(field, {}).get, values))

    def field_values(self, field: str) -> list[str]:
        """Every value of a filter key that some item has."""
        return list(self._fields.get(field, {}))

    def word_bits(self, words: Iterable[str]) -> int:
        """Items that have any of these stored surface words."""
        return postings.union_bits(map(self._postings.get, words))

    def place_tree_bits(self, place_id: str) -> int:
        """Items tagged with this place or any place inside it."""
        cached = self._tree_cache.get(place_id)
        if cached is None:
            cached = 0
            for place in self.tree.and_descendants(place_id):
                cached |= self.key_bits("place", place)
            self._tree_cache[place_id] = cached
        return cached

    def place_ids(self) -> list[str]:
        """Every place that is a record or is tagged on an item."""
        return list(dict.fromkeys([*self.places.owners(), *self.field_values("place")]))

    def date_bits(self, low: int | None, high: int | None) -> int:
        """Items whose search window overlaps the days ``low..high`` (None: open)."""
        return self._windows.overlapping(low, high, self._dates.__getitem__)

    def phrase_bits(self, candidates: int, phrase: str) -> int:
        """The candidates whose folded text holds ``phrase`` (folded words, spaces between).

        The phrase must start at the start of a word; its last word may be a prefix.
        """
        wanted = phrase.encode("utf-8")
        holds = self._texts.holds
        found = [slot for slot in slots_of(candidates) if holds(slot, wanted, word_start=True)]
        return bits_of(found)

    # -- per item, for facets --------------------------------------------------------------

    def keys_of(self, slot: int) -> tuple[Key, ...]:
        """The filter keys of the item in ``slot``, its film and scene links included."""
        item_id = self._ids[slot]
        keys = self._key_table.decode(self._keys.get(slot))
        links = self._link_keys.get(item_id, ()) if item_id is not None else ()
        return (*keys, *links) if links else keys

    def decades_of(self, slot: int) -> Decades:
        """How the item in ``slot`` spreads over decades (empty when undated)."""
        dates = self._dates[slot]
        if dates is None:
            return ()
        weights = decade_weights(dates.low, dates.high)
        return self._decade_canon.setdefault(weights, weights)

    # -- ordering and counting -------------------------------------------------------------

    def chosen(self, bits: int) -> Chosen:
        """``bits`` unpacked for counting or ordering (``tables.Chosen``)."""
        return Chosen(bits, len(self._ids))

    def ids_in_order(self, bits: int) -> list[ItemId]:
        """The items of ``bits`` by taken date (earliest first, undated last), then ID."""
        if bits.bit_count() <= _SORT_SMALL:
            slots = slots_of(bits)
            slots.sort(key=self.sort_key)
            return list(map(self._ids.__getitem__, slots))  # type: ignore[arg-type]
        order = self._fresh_order()
        late = slots_of(bits & self.dirty_bits()) if self._dirty else []
        if late:
            bits &= ~bits_of(late)
        chosen = self.chosen(bits)
        found = order.ids(chosen, late, self.sort_key, lambda slot: str(self._ids[slot]))
        return found  # type: ignore[return-value]

    def dirty_bits(self) -> int:
        """The slots indexed again since the numpy columns were taken, as bits."""
        # the dirty set changes only with the generation, or empties when the columns are taken
        key = (self.generation, len(self._dirty))
        if self._dirty_memo[0] != key:
            self._dirty_memo = (key, bits_of(list(self._dirty)))
        return self._dirty_memo[1]

    def sort_key(self, slot: int) -> SortKey:
        """Where the item in ``slot`` goes: dated before undated, earliest day, then ID."""
        return date_order(str(self._ids[slot]), self._dates[slot])

    def _fresh_order(self) -> DateOrder:
        if self._order is None or len(self._dirty) > self._dirty_limit():
            self._snapshot()
        assert self._order is not None
        return self._order

    def _dirty_limit(self) -> int:
        return max(2000, len(self._slot_of) // 50)

    def _snapshot(self) -> None:
        """Rebuild the numpy columns from the current postings; nothing is dirty after."""
        self._keys.compact()
        self._texts.compact()
        live = [slot for slot, item in enumerate(self._ids) if item is not None]
        self._order = DateOrder(live, self.sort_key, self._ids)
        self._tables = {}
        self._dirty = set()

    def prepare(self) -> None:
        """Build the numpy columns now rather than at the first search that needs them."""
        self._fresh_order()
        self.facet_tables()

    def settle(self) -> None:
        """Take every column again if any item changed since (before saving the index)."""
        if self._order is None or self._dirty:
            self._snapshot()
        self.facet_tables()

    def facet_tables(self) -> tuple[dict[str, FacetTable], set[int]]:
        """The facet columns and the slots they are stale for (count those item by item)."""
        if len(self._dirty) > self._dirty_limit():
            self._snapshot()
        tables = self._tables
        for field in _FACET_FIELDS:
            if field not in tables:
                found = self._fields.get(field, {})
                tables[field] = FacetTable({v: postings.members(p) for v, p in found.items()})
        if "place" not in tables:
            tables["place"] = FacetTable(
                {place: slots_of(self.place_tree_bits(place)) for place in self.place_ids()}
            )
        if "decade" not in tables:
            groups: dict[str, list[int]] = {}
            named: dict[DateKeys, str] = {}  # each distinct date's group, worked out once
            for slot, dates in enumerate(self._dates):
                if dates is not None and self._ids[slot] is not None:
                    name = named.get(dates)
                    if name is None:
                        weights = decade_weights(dates.low, dates.high)
                        name = named[dates] = repr(weights)
                        self._decade_rows[name] = self._decade_canon.setdefault(weights, weights)
                    groups.setdefault(name, []).append(slot)
            tables["decade"] = FacetTable(groups)
        return tables, self._dirty

    def decade_group(self, name: str) -> Decades:
        """The weights of a decade group of the ``decade`` facet table."""
        return self._decade_rows[name]

    def item_ids(self) -> list[ItemId]:
        """Every indexed item, in slot order (the same after a snapshot is loaded)."""
        return [item for item in self._ids if item is not None]

    def bits_of_ids(self, ids: Iterable[str]) -> int:
        """The bits of these item IDs (unknown IDs are left out)."""
        slot_of = self._slot_of
        return bits_of([slot_of[i] for i in ids if i in slot_of])
