"""Places: many names in many scripts, a kind, a parent, optional coordinates."""

import math
from collections.abc import Callable
from dataclasses import dataclass

from memoryapp.core.errors import InvalidRecordError
from memoryapp.core.ids import PlaceId
from memoryapp.core.names import Name

PLACE_KINDS: tuple[str, ...] = (
    "country",
    "region",
    "province",
    "city",
    "town",
    "village",
    "quarter",
    "mellah",
    "ksar",
    "douar",
    "kasbah",
    "zaouia",
    "synagogue",
    "cemetery",
    "valley",
    "oasis",
    "port",
    "building",
    "other",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Place:
    """A village, a quarter, a town... ``names[0]`` is the primary name."""

    id: PlaceId
    names: tuple[Name, ...]
    kind: str = "other"
    parent_id: PlaceId | None = None
    lat: float | None = None
    lon: float | None = None
    do_not_pinpoint: bool = False
    notes: str = ""

    def __post_init__(self) -> None:
        if not self.names:
            raise ValueError("a place needs at least one name")
        if (self.lat is None) != (self.lon is None):
            raise ValueError("give both latitude and longitude, or neither")
        if self.lat is not None and self.lon is not None:
            ok = math.isfinite(self.lat) and math.isfinite(self.lon)
            if not (ok and -90 <= self.lat <= 90 and -180 <= self.lon <= 180):
                raise ValueError(f"coordinates out of range: {self.lat}, {self.lon}")
        if self.parent_id == self.id:
            raise ValueError("a place cannot be its own parent")

    @property
    def name(self) -> str:
        """The primary name."""
        return self.names[0].value


def ancestors(place_id: PlaceId, parent_of: Callable[[PlaceId], PlaceId | None]) -> list[PlaceId]:
    """Return the chain of parents of ``place_id``, nearest first.

    Raises:
        InvalidRecordError: the hierarchy has a cycle.
    """
    chain: list[PlaceId] = []
    seen = {place_id}
    current = parent_of(place_id)
    while current is not None:
        if current in seen:
            raise InvalidRecordError(f"place hierarchy has a cycle through {current}")
        seen.add(current)
        chain.append(current)
        current = parent_of(current)
    return chain
