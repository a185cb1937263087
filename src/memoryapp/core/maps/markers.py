"""Which places the map shows, where and how large; placing a place by a click.

A place shows at its own coordinates. A place marked *do not pinpoint* shows at the position
of its nearest ancestor that has coordinates (and may be pinpointed), folded into that
ancestor's marker; with no such ancestor it is not shown at all. A marker's count is the
number of items of the current result tagged with the place itself or with a place folded
into it; its area grows with the count.
"""

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from memoryapp.core.commands import Command, replace_records
from memoryapp.core.ids import PlaceId
from memoryapp.core.places import Place

MIN_RADIUS = 5.0
MAX_RADIUS = 24.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Marker:
    """A place on the map.

    Attributes:
        place_id: the place the marker stands for (a click searches it).
        name: its primary name.
        lat, lon: where it is drawn.
        count: items of the result tagged with it or with a place folded into it.
        radius: in screen pixels, from ``MIN_RADIUS`` to ``MAX_RADIUS``.
        folded: names of the do-not-pinpoint places shown in this marker.
    """

    place_id: PlaceId
    name: str
    lat: float
    lon: float
    count: int
    radius: float
    folded: tuple[str, ...] = ()


def _chain(place: Place, places: Mapping[PlaceId, Place]) -> list[Place]:
    """The place and its ancestors, nearest first (stops at a cycle or a missing parent)."""
    chain = [place]
    seen = {place.id}
    while chain[-1].parent_id is not None and chain[-1].parent_id not in seen:
        parent = places.get(chain[-1].parent_id)
        if parent is None:
            break
        seen.add(parent.id)
        chain.append(parent)
    return chain


def shown_at(place: Place, places: Mapping[PlaceId, Place]) -> Place | None:
    """The place whose position ``place`` is shown at: itself, an ancestor, or None.

    A place that is, or lies inside, a do-not-pinpoint place (the rule of the exports) shows
    at its nearest ancestor that has coordinates and lies outside every such place. Any
    other place shows at its own coordinates, or not at all until it is placed.
    """
    chain = _chain(place, places)
    blocked = [any(p.do_not_pinpoint for p in chain[i:]) for i in range(len(chain))]
    if not blocked[0]:
        return place if place.lat is not None else None
    for ancestor, hidden in zip(chain[1:], blocked[1:], strict=True):
        if not hidden and ancestor.lat is not None:
            return ancestor
    return None


def radius_for(count: int, largest: int) -> float:
    """A marker radius whose area is proportional to ``count`` (the largest gets MAX_RADIUS)."""
    if largest <= 0 or count <= 0:
        return MIN_RADIUS
    return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * math.sqrt(min(count, largest) / largest)


def layout_markers(
    places: Mapping[PlaceId, Place], item_places: Iterable[Iterable[str]]
) -> list[Marker]:
    """The markers for items given by their places (one iterable per item), largest first.

    An item counts once in a marker even when it names several places shown there (the
    mellah and Tinghir). Places with no item get no marker; the largest markers come first
    so that drawing in order leaves the small ones on top.
    """
    totals: dict[PlaceId, int] = {}
    folded: dict[PlaceId, set[str]] = {}
    anchors: dict[str, Place | None] = {}
    for named in item_places:
        here: set[PlaceId] = set()
        for place_id in named:
            if place_id not in anchors:
                place = places.get(PlaceId(place_id))
                anchors[place_id] = shown_at(place, places) if place is not None else None
            anchor = anchors[place_id]
            if anchor is None:
                continue
            here.add(anchor.id)
            if anchor.id != place_id:
                folded.setdefault(anchor.id, set()).add(places[PlaceId(place_id)].name)
        for anchor_id in here:
            totals[anchor_id] = totals.get(anchor_id, 0) + 1
    largest = max(totals.values(), default=0)
    markers = []
    for place_id, count in totals.items():
        place = places[place_id]
        assert place.lat is not None
        assert place.lon is not None
        markers.append(
            Marker(
                place_id=place_id,
                name=place.name,
                lat=place.lat,
                lon=place.lon,
                count=count,
                radius=radius_for(count, largest),
                folded=tuple(sorted(folded.get(place_id, ()))),
            )
        )
    markers.sort(key=lambda m: (-m.count, m.name))
    return markers


def unplaced(places: Mapping[PlaceId, Place]) -> list[Place]:
    """Places with no coordinates of their own, by name: the ones a click can place."""
    return sorted((p for p in places.values() if p.lat is None), key=lambda p: p.name.casefold())


def locate(place: Place, lat: float, lon: float) -> Command:
    """Give ``place`` the coordinates clicked on the map (rounded to about 1 m), one step.

    Raises:
        ValueError: the position is off the world.
    """
    after = replace(place, lat=round(lat, 5), lon=round(lon, 5))
    return replace_records("Edit place", [place], [after])


Box = tuple[float, float, float, float]
"""A rectangle on screen: left, top, width, height."""


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def visible_labels(
    labels: Sequence[Box], discs: Sequence[tuple[float, float, float]]
) -> list[bool]:
    """Which marker names to show so that none covers another name or another marker.

    ``labels[i]`` is the box of marker i's name and ``discs[i]`` its centre and radius, all
    in screen pixels, in drawing order (largest marker first). Greedy, first come first
    served: the names of the larger markers win.
    """
    shown: list[Box] = []
    squares = [(x - r, y - r, 2 * r, 2 * r) for x, y, r in discs]
    out = []
    for i, box in enumerate(labels):
        free = not any(_overlap(box, other) for other in shown) and not any(
            _overlap(box, square) for j, square in enumerate(squares) if j != i
        )
        if free:
            shown.append(box)
        out.append(free)
    return out
