"""Counts over a search result: who, where, when, which tags, films and kinds of item.

Places count along the hierarchy: an item in the mellah of Tinghir counts once for the
mellah, once for Tinghir and once for Morocco. Tags count at every level (``Events`` and
``Events|Wedding``). Decades share an uncertain date honestly: an item counts 1 in a
decade its strict bounds lie inside, and is split by the share of days otherwise
(1948-01-01..1956-12-31 counts 0.22 in the 1940s and 0.78 in the 1950s); items without a
usable taken date are counted apart as ``undated``.
"""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import chain

from memoryapp.search.bitsets import bits_of, slots_of
from memoryapp.search.entries import FLAG, MULTI_PLACE
from memoryapp.search.index import SearchIndex

__all__ = ["DecadeCount", "FacetCount", "Facets", "count_facets"]


@dataclass(frozen=True, slots=True, kw_only=True)
class FacetCount:
    """One value of a facet.

    Attributes:
        key: what to filter on: a person, place or film ID, a tag path, an item kind.
        label: what to show: the primary name, the tag path as written, the film title.
        count: how many items of the result have it.
        depth: for places and tags, how deep in the hierarchy (0 is the top).
    """

    key: str
    label: str
    count: int
    depth: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class DecadeCount:
    """Items of the result in a decade; fractional when dates straddle decades."""

    decade: int  # first year: 1950 for the 1950s
    count: float


@dataclass(frozen=True, slots=True, kw_only=True)
class Facets:
    """Every facet of a result, each sorted by count (highest first), then label.

    Decades are in time order, oldest first.
    """

    total: int
    people: tuple[FacetCount, ...] = ()
    places: tuple[FacetCount, ...] = ()
    decades: tuple[DecadeCount, ...] = ()
    undated: int = 0
    tags: tuple[FacetCount, ...] = ()
    films: tuple[FacetCount, ...] = ()
    kinds: tuple[FacetCount, ...] = ()


_PER_ITEM = 300  # up to this many items, count item by item; beyond, with the numpy columns
_FIELDS = ("person", "tag", "film", "kind")


@dataclass(slots=True)
class _Counts:
    """Counts being gathered (mutable scratch, never returned)."""

    fields: dict[str, dict[str, int]]
    places: dict[str, int]
    decades: dict[int, float]
    undated: int


def _by_tables(index: SearchIndex, bits: int) -> _Counts:
    """Count with the numpy columns (one ``bincount`` per facet): fast for large results."""
    tables, dirty = index.facet_tables()
    flags = index.flags(bits)
    late = [slot for slot in dirty if flags[slot]]
    if late:
        flags[late] = False
    fields = {field: tables[field].count(flags) for field in _FIELDS}
    places = tables["place"].count(flags)
    decades: dict[int, float] = {}
    for name, count in tables["decade"].count(flags).items():
        for decade, weight in index.decade_group(name):
            decades[decade] = decades.get(decade, 0.0) + count * weight
    undated = (bits & index.key_bits(FLAG, "undated")).bit_count()
    counts = _Counts(fields, places, decades, undated)
    if late:
        extra = _by_items(index, bits_of(late))
        for field, table in extra.fields.items():
            _merge(fields[field], table)
        _merge(places, extra.places)
        for decade, share in extra.decades.items():
            decades[decade] = decades.get(decade, 0.0) + share
    return counts


def _merge(into: dict[str, int], more: dict[str, int]) -> None:
    for key, count in more.items():
        into[key] = into.get(key, 0) + count


def _by_items(index: SearchIndex, bits: int) -> _Counts:
    """Count the keys of each item (``Counter`` runs in C): fast for small results."""
    slots = slots_of(bits)
    counter = Counter(chain.from_iterable(map(index.keys_of, slots)))
    fields: dict[str, dict[str, int]] = {field: {} for field in _FIELDS}
    direct: dict[str, int] = {}
    undated = 0
    for (field, value), count in counter.items():
        table = fields.get(field)
        if table is not None:
            table[value] = count
        elif field == "place":
            direct[value] = count
        elif field == FLAG and value == "undated":
            undated = count
    places: dict[str, int] = {}
    for place, count in direct.items():
        for container in index.tree.with_ancestors(place):
            places[container] = places.get(container, 0) + count
    for slot in slots_of(bits & index.key_bits(FLAG, MULTI_PLACE)):
        # an item in the mellah and in Tinghir counts once for Tinghir, not twice
        seen: set[str] = set()
        for field, value in index.keys_of(slot):
            if field == "place":
                for container in index.tree.with_ancestors(value):
                    if container in seen:
                        places[container] -= 1
                    else:
                        seen.add(container)
    decades: dict[int, float] = {}
    for weights, count in Counter(map(index.decades_of, slots)).items():
        for decade, weight in weights:
            decades[decade] = decades.get(decade, 0.0) + count * weight
    return _Counts(fields, places, decades, undated)


def _facet(
    counts: dict[str, int],
    label: Callable[[str], str],
    depth: Callable[[str], int] | None = None,
) -> tuple[FacetCount, ...]:
    rows = sorted((-count, label(key), key) for key, count in counts.items())
    if depth is None:
        return tuple(FacetCount(key=key, label=text, count=-n) for n, text, key in rows)
    return tuple(
        FacetCount(key=key, label=text, count=-n, depth=depth(key)) for n, text, key in rows
    )


def count_facets(index: SearchIndex, bits: int) -> Facets:
    """Count every facet over the items in ``bits``."""
    bits &= index.alive
    total = bits.bit_count()
    counts = _by_items(index, bits) if total <= _PER_ITEM else _by_tables(index, bits)
    fields = counts.fields
    return Facets(
        total=total,
        people=_facet(fields["person"], index.people.label),
        places=_facet(counts.places, index.places.label, index.tree.depth),
        decades=tuple(
            DecadeCount(decade=d, count=round(c, 3))
            for d, c in sorted(counts.decades.items())
            if round(c, 3)
        ),
        undated=counts.undated,
        tags=_facet(
            fields["tag"], lambda key: index.tag_labels.get(key, key), lambda key: key.count("|")
        ),
        films=_facet(fields["film"], lambda key: index.films.get(key, key)),
        kinds=_facet(fields["kind"], str),
    )
