"""People: every spelling of a name, uncertain life dates, relations, privacy."""

from dataclasses import dataclass
from enum import StrEnum

from memoryapp.core.dates import FuzzyDate
from memoryapp.core.ids import PersonId, PlaceId
from memoryapp.core.names import Name


class Living(StrEnum):
    """Whether a person is alive; ``unknown`` is resolved by the probably-alive rule."""

    LIVING = "living"
    DECEASED = "deceased"
    UNKNOWN = "unknown"


class RelationKind(StrEnum):
    """A family relation, read as "<other> is the <kind> of this person"."""

    PARENT = "parent"
    CHILD = "child"
    SPOUSE = "spouse"
    SIBLING = "sibling"


@dataclass(frozen=True, slots=True, kw_only=True)
class Relation:
    """A link to another person."""

    kind: RelationKind
    person_id: PersonId


@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    """Someone who appears in or is named by the archive. ``names[0]`` is the primary name."""

    id: PersonId
    names: tuple[Name, ...]
    gender: str = ""
    birth: FuzzyDate | None = None
    birth_place: PlaceId | None = None
    death: FuzzyDate | None = None
    death_place: PlaceId | None = None
    living: Living = Living.UNKNOWN
    relations: tuple[Relation, ...] = ()
    notes: str = ""
    private: bool = False
    never_suggest: bool = False  # face suggestions never name this person

    def __post_init__(self) -> None:
        if not self.names:
            raise ValueError("a person needs at least one name")

    @property
    def name(self) -> str:
        """The primary name."""
        return self.names[0].value
