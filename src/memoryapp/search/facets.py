"""Counts over a search result: who, where, when, which tags, films and kinds of item.

Places count along the hierarchy: an item in the mellah of Tinghir counts once for the
mellah, once for Tinghir and once for Morocco. Tags count at every level (``Events`` and
``Events|Wedding``). Decades share an uncertain date honestly: an item counts 1 in a
decade its strict bounds lie inside, and is split by the share of days otherwise
(1948-01-01..1956-12-31 counts 0.22 in the 1940s and 0.78 in the 1950s); items without a
usable taken date are counted apart as ``undated``.
"""

import dataclasses
import weakref
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import chain

import numpy as np
import numpy.typing as npt

from memoryapp.core.gc_pause import collector_off
from memoryapp.search.bitsets import slots_of
from memoryapp.search.entries import FLAG, MULTI_PLACE, TRASHED
from memoryapp.search.index import SearchIndex
from memoryapp.search.tables import Counts, FacetTable

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


_PER_ITEM = 32  # up to this many items, count item by item; beyond, with the numpy columns
_FIELDS = ("person", "tag", "film", "kind")
_MADE = 10_000  # facet values remembered with their count, beyond those of the table (x4)


@dataclass(slots=True)
class _Counts:
    """Counts being gathered (mutable scratch, never returned)."""

    fields: dict[str, dict[str, int]]
    places: dict[str, int]
    decades: dict[int, float]
    undated: int


@dataclass(slots=True)
class _Column:
    """What one facet table's counts become: each value's label, depth and sort rank.

    ``made`` keeps the :class:`FacetCount` of each (value, count) met so far, so a result
    with 3,000 people does not make 3,000 new objects each time.
    """

    table: FacetTable
    generation: int
    labels: list[str]
    depths: list[int]
    rank: npt.NDArray[np.int64]  # by label, then key
    code_of: dict[str, int]
    made: dict[int, FacetCount]


@dataclass(slots=True)
class _Memo:
    """What counting facets keeps between calls on one index (all of it derived)."""

    columns: dict[str, _Column] = dataclasses.field(default_factory=dict)
    whole: dict[str, tuple[int, FacetTable, Counts]] = dataclasses.field(default_factory=dict)
    decades: tuple[FacetTable, list[int], npt.NDArray[np.float64]] | None = None
    everything: tuple[int, int, Facets] | None = None  # (generation, bits, facets)


_MEMOS: "weakref.WeakKeyDictionary[SearchIndex, _Memo]" = weakref.WeakKeyDictionary()


def _labels(index: SearchIndex, name: str, values: list[str]) -> tuple[list[str], list[int]]:
    """The label and depth of each value of a facet."""
    label, depth = _describe(index, name)
    return list(map(label, values)), list(map(depth, values)) if depth else [0] * len(values)


def _column(index: SearchIndex, memo: _Memo, name: str, table: FacetTable) -> _Column:
    """The labels and ranks of a table's values, taken again when they may have changed."""
    column = memo.columns.get(name)
    if column is not None and column.table is table and column.generation == index.generation:
        return column
    labels, depths = _labels(index, name, table.values)
    same = column is not None and column.table is table
    if same and column is not None and (column.labels, column.depths) == (labels, depths):
        column.generation = index.generation
        return column
    values = table.values
    rank = np.empty(len(values), dtype=np.int64)
    rank[sorted(range(len(values)), key=lambda code: (labels[code], values[code]))] = np.arange(
        len(values), dtype=np.int64
    )
    code_of = {value: code for code, value in enumerate(values)}
    column = _Column(table, index.generation, labels, depths, rank, code_of, {})
    memo.columns[name] = column
    return column


def _sorted_facet(
    index: SearchIndex,
    memo: _Memo,
    name: str,
    table: FacetTable,
    counts: Counts,
    extra: dict[str, int],
) -> tuple[FacetCount, ...]:
    """A facet from a table's counts (plus ``extra`` counted item by item), sorted."""
    column = _column(index, memo, name, table)
    if extra:
        if any(key not in column.code_of for key in extra):  # a value new since the table
            merged = dict(zip(table.values, counts.tolist(), strict=True))
            _merge(merged, extra)
            return _facet({k: n for k, n in merged.items() if n}, *_describe(index, name))
        counts = counts.copy()
        for key, count in extra.items():
            counts[column.code_of[key]] += count
    found = np.flatnonzero(counts)
    found_counts = counts[found]
    order = np.lexsort((column.rank[found], -found_counts))
    codes = found[order]
    numbers = found_counts[order]
    made = column.made
    if len(made) > _MADE + 4 * len(table.values):
        made.clear()
    wanted = ((codes << 32) | numbers).tolist()
    out = list(map(made.get, wanted))
    missing = [at for at, facet in enumerate(out) if facet is None]
    if missing:
        values, labels, depths = table.values, column.labels, column.depths
        code_list, number_list = codes.tolist(), numbers.tolist()
        for at in missing:
            code = code_list[at]
            made[wanted[at]] = out[at] = _facet_count(
                values[code], labels[code], number_list[at], depths[code]
            )
    return tuple(out)  # type: ignore[arg-type]  # every None was filled


_NEW = object.__new__
_SET_KEY, _SET_LABEL, _SET_COUNT, _SET_DEPTH = (  # the slots' descriptors
    vars(FacetCount)[name].__set__ for name in ("key", "label", "count", "depth")
)


def _facet_count(key: str, label: str, count: int, depth: int) -> FacetCount:
    """``FacetCount(key=key, ...)`` in a third of the time (thousands are made per count).

    A frozen dataclass sets each field through ``object.__setattr__``; FacetCount checks
    nothing, so its slots are filled directly.
    """
    facet: FacetCount = _NEW(FacetCount)
    _SET_KEY(facet, key)
    _SET_LABEL(facet, label)
    _SET_COUNT(facet, count)
    _SET_DEPTH(facet, depth)
    return facet


def _describe(
    index: SearchIndex, name: str
) -> tuple[Callable[[str], str], Callable[[str], int] | None]:
    """How :func:`_facet` labels a facet's keys, and their depth (places and tags)."""
    if name == "person":
        return index.people.label, None
    if name == "place":
        return index.places.label, index.tree.depth
    if name == "tag":
        return lambda key: index.tag_labels.get(key, key), lambda key: key.count("|")
    if name == "film":
        return lambda key: index.films.get(key, key), None
    return str, None


def _whole(
    index: SearchIndex, memo: _Memo, name: str, table: FacetTable, everything: int
) -> Counts:
    """A table's counts over every item it is current for (kept until the index changes)."""
    kept = memo.whole.get(name)
    if kept is not None and kept[0] == index.generation and kept[1] is table:
        return kept[2]
    counts = table.counts(index.chosen(everything))
    memo.whole[name] = (index.generation, table, counts)
    return counts


def _decade_weights(
    index: SearchIndex, memo: _Memo, table: FacetTable
) -> tuple[list[int], npt.NDArray[np.float64]]:
    """The decades, and each decade group's weight in each (a groups x decades matrix)."""
    if memo.decades is None or memo.decades[0] is not table:
        groups = [index.decade_group(name) for name in table.values]
        decades = sorted({decade for weights in groups for decade, _ in weights})
        column = {decade: n for n, decade in enumerate(decades)}
        matrix = np.zeros((len(groups), len(decades)), dtype=np.float64)
        for row, weights in enumerate(groups):
            for decade, weight in weights:
                matrix[row, column[decade]] += weight
        memo.decades = (table, decades, matrix)
    return memo.decades[1], memo.decades[2]


def _by_tables(index: SearchIndex, bits: int, total: int, memo: _Memo) -> Facets:
    """Count with the numpy columns (one ``bincount`` per facet): fast for large results.

    Items indexed again since the columns were taken are counted item by item. When the
    result holds most of the collection, what it leaves out is counted and taken from the
    counts of the whole collection.
    """
    tables, dirty = index.facet_tables()
    stale = index.dirty_bits() if dirty else 0
    late = bits & stale
    clean = bits & ~stale
    everything = index.alive & ~stale
    rest = everything & ~clean
    subtract = rest.bit_count() < clean.bit_count()
    chosen = index.chosen(rest if subtract else clean)

    def counts(name: str) -> Counts:
        table = tables[name]
        found = table.counts(chosen)
        return _whole(index, memo, name, table, everything) - found if subtract else found

    extra = _by_items(index, late) if late else _Counts({f: {} for f in _FIELDS}, {}, {}, 0)
    facet = {
        name: _sorted_facet(
            index,
            memo,
            name,
            tables[name],
            counts(name),
            extra.places if name == "place" else extra.fields[name],
        )
        for name in (*_FIELDS, "place")
    }
    decades, weights = _decade_weights(index, memo, tables["decade"])
    shares = dict(zip(decades, (counts("decade") @ weights).tolist(), strict=True))
    for decade, share in extra.decades.items():
        shares[decade] = shares.get(decade, 0.0) + share
    return Facets(
        total=total,
        people=facet["person"],
        places=facet["place"],
        decades=_decade_counts(shares),
        undated=(bits & index.key_bits(FLAG, "undated")).bit_count(),
        tags=facet["tag"],
        films=facet["film"],
        kinds=facet["kind"],
    )


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


def _decade_counts(shares: dict[int, float]) -> tuple[DecadeCount, ...]:
    return tuple(
        DecadeCount(decade=d, count=round(c, 3)) for d, c in sorted(shares.items()) if round(c, 3)
    )


def _by_each_item(index: SearchIndex, bits: int, total: int) -> Facets:
    """Count item by item: fast for small results."""
    counts = _by_items(index, bits)
    fields = counts.fields
    return Facets(
        total=total,
        people=_facet(fields["person"], *_describe(index, "person")),
        places=_facet(counts.places, *_describe(index, "place")),
        decades=_decade_counts(counts.decades),
        undated=counts.undated,
        tags=_facet(fields["tag"], *_describe(index, "tag")),
        films=_facet(fields["film"], *_describe(index, "film")),
        kinds=_facet(fields["kind"], *_describe(index, "kind")),
    )


def count_facets(index: SearchIndex, bits: int) -> Facets:
    """Count every facet over the items in ``bits``.

    The facets of the whole collection (what the sidebar shows) are kept until the index
    changes.
    """
    with collector_off():
        return _count(index, bits & index.alive)


def _count(index: SearchIndex, bits: int) -> Facets:
    total = bits.bit_count()
    memo = _MEMOS.get(index)
    if memo is None:
        memo = _MEMOS[index] = _Memo()
    kept = memo.everything
    if kept is not None and kept[0] == index.generation and kept[1] == bits:
        return kept[2]
    if total <= _PER_ITEM:
        facets = _by_each_item(index, bits, total)
    else:
        facets = _by_tables(index, bits, total, memo)
    if bits == index.alive & ~index.key_bits(FLAG, TRASHED):
        memo.everything = (index.generation, bits, facets)
    return facets
