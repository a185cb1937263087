"""Assertions: who named a person on an item, how, from what source, and how sure they were.

A person tag (``core.items.PersonTag``) carries its assertions inside it, so adding one is a
single item write and reading an item reads its evidence (people-and-places.md section 4).
Every assertion of a tag names the tag's person; two tags naming different people for one
face are a dispute (``core.evidence``). Confidence is Gramps' citation scale, 0 to 4.
"""

from dataclasses import dataclass
from enum import StrEnum

from memoryapp.core.ids import ItemId, PersonId

MAX_CONFIDENCE = 4
CONFIDENCE_WORDS = ("very low", "low", "normal", "high", "very high")
"""Gramps' words for confidence 0..4."""


class Method(StrEnum):
    """How an identification was made."""

    EYEWITNESS = "eyewitness"  # the person making it knows who it is
    INSCRIPTION = "inscription"  # written on the print, the back or a mount
    TESTIMONY = "testimony"  # said in a recording (a testimony segment)
    DOCUMENT = "document"  # a caption in an album, a newspaper, a letter
    GENEALOGY = "genealogy"  # imported from a family tree (GEDCOM)
    SUGGESTION = "suggestion"  # a face suggestion someone accepted
    METADATA = "metadata"  # read from the file's metadata (XMP regions, keywords)


class Status(StrEnum):
    """Where an assertion stands."""

    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    DISPUTED = "disputed"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True, kw_only=True)
class EvidenceSource:
    """What an assertion rests on; any of the parts may be set.

    Attributes:
        item_id: an item (a document, a letter, the back of the print).
        text: an inscription as written, or a reference (an album caption, an inscription id).
        recording_id: the recording item of a testimony.
        at_ms: the moment in the recording, in milliseconds.
        file_name: a genealogy file (``family.ged``): its name, never its folders.
    """

    item_id: ItemId | None = None
    text: str = ""
    recording_id: ItemId | None = None
    at_ms: int | None = None
    file_name: str = ""

    def __post_init__(self) -> None:
        if self.at_ms is not None and (type(self.at_ms) is not int or self.at_ms < 0):
            raise ValueError(f"a moment in a recording is 0 ms or more, not {self.at_ms}")

    @property
    def empty(self) -> bool:
        """Whether nothing is cited."""
        return self == _NO_SOURCE


_NO_SOURCE = EvidenceSource()


@dataclass(frozen=True, slots=True, kw_only=True)
class Assertion:
    """One claim that the tag's person is the one shown.

    Attributes:
        by_person: the person in the collection who made it (None: someone who is not).
        by_name: who made it when they are not in the collection (the app's user name).
        method: how it was made.
        source: what it rests on.
        confidence: 0 very low, 1 low, 2 normal, 3 high, 4 very high.
        date: when it was made (ISO 8601 day or timestamp).
        status: proposed, accepted, disputed or rejected.
        note: anything else worth keeping.
    """

    by_person: PersonId | None = None
    by_name: str = ""
    method: Method = Method.EYEWITNESS
    source: EvidenceSource = EvidenceSource()
    confidence: int = 2
    date: str = ""
    status: Status = Status.PROPOSED
    note: str = ""

    def __post_init__(self) -> None:
        if type(self.confidence) is not int or not 0 <= self.confidence <= MAX_CONFIDENCE:
            raise ValueError(f"a confidence is 0-{MAX_CONFIDENCE}, not {self.confidence}")

    @property
    def live(self) -> bool:
        """Whether it still counts (it is not rejected)."""
        return self.status is not Status.REJECTED
