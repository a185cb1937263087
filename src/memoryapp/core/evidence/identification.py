"""What a person tag's evidence says: its assertions, certainty, status and disputes.

Old tags carry ``identified_by`` and ``certainty`` but no assertions: they are read as one
implicit, accepted assertion (nothing is rewritten). The displayed certainty of a tag comes
from its assertions: the best confidence of those not rejected, mapped to ``Certainty``.
"""

from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from memoryapp.core.assertions import Assertion, Method, Status
from memoryapp.core.ids import PersonId
from memoryapp.core.items import Certainty, Item, PersonTag, Region

CERTAINTY_CONFIDENCE: dict[Certainty, int] = {
    Certainty.CERTAIN: 3,
    Certainty.PROBABLE: 2,
    Certainty.POSSIBLE: 1,
}
"""The confidence an old tag's certainty stands for (Gramps: high, normal, low)."""

SAME_FACE_OVERLAP = 0.5
"""Two rectangles whose intersection over union reaches this show the same face."""


class TagStatus(StrEnum):
    """Where a tag's identification stands, derived from its assertions and its face."""

    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    DISPUTED = "disputed"
    REJECTED = "rejected"


def certainty_of_confidence(confidence: int) -> Certainty:
    """Gramps' 0-4 confidence as a certainty: 3-4 certain, 2 probable, 0-1 possible."""
    if confidence >= CERTAINTY_CONFIDENCE[Certainty.CERTAIN]:
        return Certainty.CERTAIN
    if confidence >= CERTAINTY_CONFIDENCE[Certainty.PROBABLE]:
        return Certainty.PROBABLE
    return Certainty.POSSIBLE


def _implicit_method(identified_by: str) -> Method:
    said = identified_by.casefold()
    if "suggestion" in said:
        return Method.SUGGESTION
    if "metadata" in said:
        return Method.METADATA
    if "gedcom" in said:
        return Method.GENEALOGY
    return Method.EYEWITNESS


def assertions_of(tag: PersonTag) -> tuple[Assertion, ...]:
    """The tag's assertions; a tag without any gives one read from its old fields."""
    if tag.assertions:
        return tag.assertions
    return _implicit(tag.identified_by, tag.certainty, tag.identified_at)


@lru_cache(maxsize=4096)
def _implicit(by: str, certainty: Certainty, date: str) -> tuple[Assertion, ...]:
    """The one assertion an old tag's fields stand for (frozen: shared by equal tags)."""
    return (
        Assertion(
            by_name=by,
            method=_implicit_method(by),
            confidence=CERTAINTY_CONFIDENCE[certainty],
            date=date,
            status=Status.ACCEPTED,
        ),
    )


def best_confidence(tag: PersonTag) -> int | None:
    """The highest confidence of the tag's assertions not rejected; None when all are."""
    live = [a.confidence for a in assertions_of(tag) if a.live]
    return max(live) if live else None


def certainty_of(tag: PersonTag) -> Certainty:
    """The certainty to show: from the assertions (all rejected: possible)."""
    best = best_confidence(tag)
    return Certainty.POSSIBLE if best is None else certainty_of_confidence(best)


def is_live(tag: PersonTag) -> bool:
    """Whether the tag still names its person (some assertion is not rejected)."""
    return best_confidence(tag) is not None


def _overlap(a: Region, b: Region) -> float:
    w = min(a.x + a.w, b.x + b.w) - max(a.x, b.x)
    h = min(a.y + a.h, b.y + b.h) - max(a.y, b.y)
    if w <= 0 or h <= 0:
        return 1.0 if a == b else 0.0
    inter = w * h
    union = a.w * a.h + b.w * b.h - inter
    return inter / union if union > 0 else 1.0


def same_face(a: PersonTag, b: PersonTag) -> bool:
    """Whether two tags point at one face: the same face record or overlapping rectangles."""
    if a.face_id and b.face_id:
        return a.face_id == b.face_id
    if a.region is None or b.region is None:
        return False
    return _overlap(a.region, b.region) >= SAME_FACE_OVERLAP


def rivals(item: Item, index: int) -> tuple[PersonId, ...]:
    """The other people named, by tags not rejected, for the face of tag ``index``."""
    tag = item.people[index]
    if not is_live(tag):
        return ()
    found = [
        other.person_id
        for n, other in enumerate(item.people)
        if n != index
        and other.person_id != tag.person_id
        and is_live(other)
        and same_face(tag, other)
    ]
    return tuple(dict.fromkeys(found))


def status_of(item: Item, index: int) -> TagStatus:
    """The derived status of tag ``index``: rejected, disputed, accepted or proposed."""
    tag = item.people[index]
    live = [a for a in assertions_of(tag) if a.live]
    if not live:
        return TagStatus.REJECTED
    if rivals(item, index) or any(a.status is Status.DISPUTED for a in live):
        return TagStatus.DISPUTED
    if any(a.status is Status.ACCEPTED for a in live):
        return TagStatus.ACCEPTED
    return TagStatus.PROPOSED


def is_disputed(item: Item) -> bool:
    """Whether any identification on the item is disputed.

    The same answer as asking :func:`status_of` for every tag, with each tag's assertions
    read once (the search index asks it of every item).
    """
    tags = item.people
    if not tags:
        return False
    live = [[a for a in assertions_of(tag) if a.live] for tag in tags]
    for n, tag in enumerate(tags):
        if not live[n]:
            continue
        if any(a.status is Status.DISPUTED for a in live[n]):
            return True
        for m, other in enumerate(tags):
            if m != n and live[m] and other.person_id != tag.person_id and same_face(tag, other):
                return True
    return False


def lowest_best_confidence(item: Item) -> int | None:
    """The weakest identification on the item: the lowest of its tags' best confidences."""
    best = [c for tag in item.people if (c := best_confidence(tag)) is not None]
    return min(best) if best else None


@dataclass(frozen=True, slots=True, kw_only=True)
class TagEvidence:
    """One tag as the evidence view shows it."""

    index: int
    tag: PersonTag
    assertions: tuple[Assertion, ...]
    implicit: bool
    status: TagStatus
    certainty: Certainty
    best_confidence: int | None
    rivals: tuple[PersonId, ...]


def evidence_of(item: Item) -> tuple[TagEvidence, ...]:
    """Every tag of the item with its assertions, derived status and certainty."""
    return tuple(
        TagEvidence(
            index=n,
            tag=tag,
            assertions=assertions_of(tag),
            implicit=not tag.assertions,
            status=status_of(item, n),
            certainty=certainty_of(tag),
            best_confidence=best_confidence(tag),
            rivals=rivals(item, n),
        )
        for n, tag in enumerate(item.people)
    )
