"""Find faces on a collection's pictures: a background job with progress and cancel.

It never runs inside an import (the GUI starts it after one when face detection is on).
For each item not yet searched (no :class:`~memoryapp.core.faces.FaceScan` for its first
file), the picture is decoded upright at full resolution (:data:`DETECT_SIDE`), faces are
found, converted to the stored frame and described (those of at least
``MIN_DESCRIBED_PX``). A face that overlaps a region already tagged (from the file's
metadata or by hand) is not a new face: it is recorded as that tag's confirmed face, whose
embedding then helps suggest names elsewhere. Work is committed in batches, each one
command (embeddings first, then the records), so a cancelled run leaves a consistent
collection and the next run continues with the items not yet searched. When a run
finishes, suggestions are recomputed.
"""

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np
from PIL import Image

from memoryapp.core.errors import NotFoundError
from memoryapp.core.faces import Face, FaceScan, FaceState, face_id, overlapping
from memoryapp.core.ids import ItemId
from memoryapp.core.items import Item, Region
from memoryapp.core.orientation import rect_to_display, rect_to_stored
from memoryapp.core.progress import CancelToken, Progress, ProgressClock, no_progress
from memoryapp.importers.pictures import picture_error, upright
from memoryapp.library.faces import engine_tag, load_vectors, save_vectors, suggest_command
from memoryapp.library.library import Library
from memoryapp.recognition import faces as engine
from memoryapp.storage.face_vectors import FaceVectors
from memoryapp.storage.schema import utc_now

log = logging.getLogger(__name__)

DETECT_SIDE = 8192
"""The longest side pictures are decoded at (larger ones are scaled down). The detector
chooses its own working scale for faces of 40 px and more of the picture it is given, and
faces are described from it, so pictures are given at their full resolution."""
BATCH_ITEMS = 16
"""Items per committed batch."""

_PICTURE_FORMATS = frozenset({"jpeg", "png", "tiff", "webp", "bmp", "gif", "heic", "heif", "avif"})


@dataclass
class DetectReport:
    """What a detection run did."""

    items: int = 0  # items searched
    faces: int = 0  # new faces (those matched to existing tags included)
    matched_tags: int = 0  # faces recorded as the face of an existing person tag
    described: int = 0  # embeddings made (new faces and ones whose vector was lost)
    cancelled: bool = False
    problems: list[str] = field(default_factory=list)  # one sentence per picture not searched


def pending_items(library: Library, item_ids: Sequence[str] = ()) -> list[Item]:
    """The items a run searches: ``item_ids``, else pictures whose file was not searched.

    Given items are searched again (new faces only); otherwise every picture not in the
    trash whose first file has no scan yet.

    Raises:
        NotFoundError: an ID names no item.
    """
    if item_ids:
        return [library.item(i) for i in dict.fromkeys(item_ids)]
    scans = library.face_scans()
    found = []
    for item in library.items():
        primary = item.primary
        if primary is None or primary.format.lower() not in _PICTURE_FORMATS:
            continue
        scan = scans.get(item.id)
        if scan is None or scan.sha256 != primary.sha256:
            found.append(item)
    return found


def upright_picture(library: Library, item: Item, side: int = DETECT_SIDE) -> Image.Image:
    """The item's first picture, upright, RGB, at most ``side`` pixels long.

    Raises:
        ValueError: the picture cannot be read (the message is one sentence).
    """
    path = library.media_path(item.id)
    try:
        with Image.open(path) as im:
            if im.format == "JPEG":  # DCT scaling: decode just big enough
                scale = side / max(im.size)
                if scale < 1:
                    im.draft("RGB", (round(im.width * scale), round(im.height * scale)))
            im.load()
            turned = upright(im, item.orientation).convert("RGB")
    except OSError as exc:
        raise ValueError(f"{path}: {picture_error(exc).detail}") from exc
    except Exception as exc:  # any decoder failure is this picture's result
        raise ValueError(f"{path}: {picture_error(exc).detail}") from exc
    if max(turned.size) > side:
        turned.thumbnail((side, side), Image.Resampling.LANCZOS)
    return turned


def _stored_region(box: tuple[float, float, float, float], orientation: int) -> Region:
    x, y, w, h = rect_to_stored(*box, orientation)
    x, y = min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0)
    return Region(x=x, y=y, w=min(max(w, 0.0), 1.0 - x), h=min(max(h, 0.0), 1.0 - y))


@dataclass
class _Batch:
    faces: list[Face] = field(default_factory=list)
    scans: list[FaceScan] = field(default_factory=list)
    vectors: dict[str, np.ndarray] = field(default_factory=dict)


def _search(
    library: Library, item: Item, existing: list[Face], batch: _Batch, report: DetectReport
) -> None:
    picture = upright_picture(library, item)
    found = engine.detect_faces(picture)
    tagged = [t for t in item.people if t.region is not None]
    known = [f.region for f in existing]
    who, when, tag = library.user, utc_now(), engine_tag()
    new: list[tuple[Face, int]] = []
    for index, hit in enumerate(found):
        region = _stored_region(hit.box, item.orientation)
        if overlapping(region, known) is not None:
            continue  # found by an earlier run
        face = Face(
            id=face_id(item.id, 0, region),
            item_id=item.id,
            region=region,
            score=round(float(hit.score), 4),
            size_px=int(hit.size_px),
            detected_by=who,
            detected_at=when,
            engine=tag,
        )
        match = overlapping(region, [t.region for t in tagged if t.region is not None])
        if match is not None:  # already tagged: this face is that tag's
            person_tag = tagged[match]
            assert person_tag.region is not None
            face = Face(
                id=face_id(item.id, 0, person_tag.region),
                item_id=item.id,
                region=person_tag.region,
                score=face.score,
                size_px=face.size_px,
                state=FaceState.CONFIRMED,
                person_id=person_tag.person_id,
                found_region=region,
                detected_by=who,
                detected_at=when,
                engine=tag,
            )
            del tagged[match]
            report.matched_tags += 1
        known.append(face.region)
        new.append((face, index))
    describe = [(face, index) for face, index in new if face.size_px >= engine.MIN_DESCRIBED_PX]
    if describe:
        vectors = engine.describe_faces(picture, [found[i] for _, i in describe])
        for (face, _), vector in zip(describe, vectors, strict=True):
            batch.vectors[face.id] = vector
        report.described += len(describe)
    described = {face.id for face, _ in describe}
    batch.faces += [replace(face, described=face.id in described) for face, _ in new]
    primary = item.primary
    batch.scans.append(
        FaceScan(
            id=item.id,
            sha256=primary.sha256 if primary else "",
            faces=len(existing) + len(new),
            engine=tag,
            detected_by=who,
            detected_at=when,
        )
    )
    report.faces += len(new)


def _commit(library: Library, vectors: FaceVectors, batch: _Batch) -> None:
    if not batch.scans:
        return
    vectors.put(batch.vectors)
    save_vectors(library, vectors)  # first: a vector without its face is harmless
    n = len(batch.scans)
    label = "Detect faces (1 item)" if n == 1 else f"Detect faces ({n} items)"
    library.apply(library.command(label, [*batch.faces, *batch.scans]))


def redescribe(library: Library, vectors: FaceVectors, report: DetectReport) -> None:
    """Describe again the faces whose embedding the side file lost (or never had)."""
    wanted: dict[ItemId, list[Face]] = {}
    for face in library.faces():
        if face.described and face.id not in vectors:
            wanted.setdefault(face.item_id, []).append(face)
    for item_id, faces in wanted.items():
        try:
            item = library.item(item_id)
            picture = upright_picture(library, item)
        except (NotFoundError, ValueError) as exc:
            report.problems.append(str(exc))
            continue
        boxes = [_found(face, item.orientation, picture.size) for face in faces]
        for face, vector in zip(faces, engine.describe_faces(picture, boxes), strict=True):
            vectors.put({face.id: vector})
        report.described += len(faces)
    vectors.keep_only(f.id for f in library.faces())
    save_vectors(library, vectors)


def _found(face: Face, orientation: int, size: tuple[int, int]) -> engine.FoundFace:
    r = face.found_region or face.region
    box = rect_to_display(r.x, r.y, r.w, r.h, orientation)
    side = round(min(box[2] * size[0], box[3] * size[1]))
    return engine.FoundFace(box=box, score=face.score, size_px=side)


def detect_faces(
    library: Library,
    item_ids: Sequence[str] = (),
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
    batch_items: int = BATCH_ITEMS,
) -> DetectReport:
    """Search pictures for faces (see the module's text); returns what was done.

    Raises:
        NotFoundError: an ID in ``item_ids`` names no item.
    """
    report = DetectReport()
    items = pending_items(library, item_ids)
    vectors = load_vectors(library)
    redescribe(library, vectors, report)
    clock = ProgressClock(len(items))
    progress(clock.info(0, 0, "Starting"))
    existing: dict[str, list[Face]] = {}
    for face in library.faces():
        existing.setdefault(face.item_id, []).append(face)
    batch = _Batch()
    for done, item in enumerate(items, start=1):
        if cancel is not None and cancel.is_cancelled:
            report.cancelled = True
            break
        try:
            _search(library, item, existing.get(item.id, []), batch, report)
        except ValueError as exc:
            report.problems.append(str(exc))
        report.items += 1
        if len(batch.scans) >= batch_items:
            _commit(library, vectors, batch)
            batch = _Batch()
        progress(clock.info(done, 0, item.title or item.id))
    _commit(library, vectors, batch)
    if not report.cancelled:
        library.apply(suggest_command(library, vectors))
    progress(clock.info(report.items, 0, "Done"))
    return report
