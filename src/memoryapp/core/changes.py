"""What an operation touched, so views refresh only what they must (cf. Anki OpChanges)."""

from dataclasses import dataclass, field

from memoryapp.core.ids import ItemId


@dataclass(frozen=True, slots=True)
class Changes:
    """Returned by every mutating library call and by undo/redo."""

    items: frozenset[ItemId] = field(default_factory=frozenset)
    people: bool = False
    places: bool = False
    films: bool = False
    segments: bool = False  # testimony segments (core/segments.py)
    collection: bool = False  # title or settings of the collection itself
    containers: bool = False  # boxes, albums, pages (core/prints.py)

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(
            items=self.items | other.items,
            people=self.people or other.people,
            places=self.places or other.places,
            films=self.films or other.films,
            segments=self.segments or other.segments,
            collection=self.collection or other.collection,
            containers=self.containers or other.containers,
        )

    def __bool__(self) -> bool:
        return bool(self.items) or any(
            (self.people, self.places, self.films, self.segments, self.collection, self.containers)
        )
