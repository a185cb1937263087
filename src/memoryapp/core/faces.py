"""Faces found on pictures: a region with no person yet, suggestions, and naming.

A :class:`Face` is a rectangle in the stored image's frame (like ``PersonTag.region``) that a
detector found. It starts unnamed; suggestions (the nearest people by their confirmed faces)
make it *suggested*; naming it turns it into a ``PersonTag`` on the item and the face is
*confirmed*, linked to that tag by person and region; a rejected face is "not a face" or
"ignore". A :class:`FaceScan` says that an item's picture was searched for faces, so a
detection run that was stopped continues with the items not yet searched.

Face IDs begin with their item's ID (``<item id>-<8 hex>``), so a command that writes a face
tells the views which item changed (:func:`item_of_face`). The embeddings that suggestions
compare are not records: they live in a binary side file (``storage/face_vectors.py``).
"""

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from memoryapp.core.ids import FaceId, ItemId, PersonId, derived_hex
from memoryapp.core.items import Region

OVERLAP_IOU = 0.3
"""A detected face and a region whose intersection over union reaches this are the same face."""


class FaceState(StrEnum):
    """Where a face stands: found, with suggestions, named, or set aside."""

    UNNAMED = "unnamed"
    SUGGESTED = "suggested"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


class RejectReason(StrEnum):
    """Why a face was set aside ("" while it is not rejected)."""

    NONE = ""
    NOT_A_FACE = "not-a-face"
    IGNORE = "ignore"


@dataclass(frozen=True, slots=True, kw_only=True)
class Suggestion:
    """A person a face may be, with a confidence from 0 (barely) to 1 (the same face)."""

    person_id: PersonId
    confidence: float


@dataclass(frozen=True, slots=True, kw_only=True)
class Face:
    """A face found on one file of an item.

    Attributes:
        region: in the stored image's frame, fractions 0..1 (like ``PersonTag.region``).
        file_index: which of the item's files (0: the first).
        score: the detector's confidence, 0..1.
        size_px: the face's shorter side in pixels of the picture it was found on.
        person_id: for a confirmed face, the person of the tag it became (same region).
        suggestions: the nearest people, best first (at most :data:`SUGGESTIONS`).
        rejected_people: people the family said this face is not; never suggested again.
        described: an embedding was made (faces too small to compare get none).
        detected_by, detected_at: who ran the detection, and when (ISO 8601 UTC).
        engine: the detector and its versions.
        found_region: the detector's own rectangle (stored frame) when ``region`` is that of
            a tag the face was matched to; embeddings are made from it.
    """

    id: FaceId
    item_id: ItemId
    region: Region
    file_index: int = 0
    score: float = 0.0
    size_px: int = 0
    state: FaceState = FaceState.UNNAMED
    reject_reason: RejectReason = RejectReason.NONE
    person_id: PersonId | None = None
    suggestions: tuple[Suggestion, ...] = ()
    rejected_people: tuple[PersonId, ...] = ()
    described: bool = False
    detected_by: str = ""
    detected_at: str = ""
    engine: str = ""
    found_region: Region | None = None

    @property
    def open(self) -> bool:
        """Whether it still waits for a name (unnamed or suggested)."""
        return self.state in (FaceState.UNNAMED, FaceState.SUGGESTED)


@dataclass(frozen=True, slots=True, kw_only=True)
class FaceScan:
    """An item's file was searched for faces (``id`` is the item's ID).

    Attributes:
        sha256: the file searched: a different file (relinked, replaced) is searched again.
        faces: how many faces were found (those matched to existing tags included).
    """

    id: ItemId
    sha256: str = ""
    faces: int = 0
    engine: str = ""
    detected_by: str = ""
    detected_at: str = ""


def face_id(item_id: str, file_index: int, region: Region) -> FaceId:
    """A stable face ID from its item, file and rectangle (same detection, same ID)."""
    box = ",".join(f"{v:.4f}" for v in (region.x, region.y, region.w, region.h))
    return FaceId(f"{item_id}-{derived_hex('face', item_id, str(file_index), box)[:8]}")


def item_of_face(face_id: str) -> ItemId:
    """The item a face ID belongs to (the part before its last ``-``)."""
    return ItemId(face_id.rsplit("-", 1)[0])


def iou(a: Region, b: Region) -> float:
    """Intersection over union of two rectangles (0 when they do not meet)."""
    w = min(a.x + a.w, b.x + b.w) - max(a.x, b.x)
    h = min(a.y + a.h, b.y + b.h) - max(a.y, b.y)
    if w <= 0 or h <= 0:
        return 0.0
    inter = w * h
    union = a.w * a.h + b.w * b.h - inter
    return inter / union if union > 0 else 0.0


def overlapping(region: Region, others: Iterable[Region]) -> int | None:
    """The index of the first of ``others`` that is the same face as ``region``, or None."""
    best, found = OVERLAP_IOU, None
    for i, other in enumerate(others):
        score = iou(region, other)
        if score >= best:
            best, found = score, i
    return found


@dataclass(frozen=True, slots=True)
class FaceCount:
    """An item's detected faces that are not person tags: open ones, and ones ignored.

    Confirmed faces are counted as the person tags they became; "not a face" not at all.
    """

    open: int = 0
    ignored: int = 0


def count_faces(faces: Iterable[Face]) -> dict[ItemId, FaceCount]:
    """``{item id: FaceCount}`` of the items with detected faces that are not tags."""
    counts: dict[ItemId, list[int]] = {}
    for face in faces:
        if face.open:
            counts.setdefault(face.item_id, [0, 0])[0] += 1
        elif face.reject_reason is RejectReason.IGNORE:
            counts.setdefault(face.item_id, [0, 0])[1] += 1
    return {item: FaceCount(open=o, ignored=i) for item, (o, i) in counts.items()}
