"""Faces of a collection: naming, rejecting, suggestions with the life-span rule, clusters.

Every change is one command applied through ``Library.apply`` (one undo step): naming a
whole cluster too. Suggestions compare a face's embedding (``storage/face_vectors.py``)
with the embeddings of each person's confirmed faces, and never name a person whose life
span rules them out by the photo's date (the fuzzy bounds the search uses), a person said
not to be that face, or a person marked "never suggest".
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from memoryapp.core.commands import Command, Record, replace_records
from memoryapp.core.errors import NotFoundError
from memoryapp.core.face_edits import (
    SUGGESTIONS,
    name_faces,
    reject_faces,
    reject_suggestion,
    with_suggestions,
)
from memoryapp.core.faces import Face, RejectReason, Suggestion
from memoryapp.core.ids import PersonId
from memoryapp.core.items import Certainty, Item
from memoryapp.core.people import Person
from memoryapp.library.library import Library
from memoryapp.library.lookup import resolve
from memoryapp.recognition import faces as engine
from memoryapp.search.dating import DateKeys, date_keys
from memoryapp.storage.face_vectors import FILE, FaceVectors
from memoryapp.storage.schema import utc_now


def engine_tag() -> str:
    """The detector and the versions of the engine, as faces and the side file record it."""
    versions = ", ".join(f"{k} {v}" for k, v in sorted(engine.engine_versions().items()))
    return f"{engine.detector_name()} ({versions})" if versions else engine.detector_name()


def _embedder() -> str:
    versions = engine.engine_versions()
    return versions.get("embedder") or engine_tag()


def load_vectors(library: Library) -> FaceVectors:
    """The collection's face embeddings (none when the side file is missing or outdated)."""
    return FaceVectors.load(library.path / FILE, _embedder())


def save_vectors(library: Library, vectors: FaceVectors) -> None:
    """Write the embeddings back, unless the collection's cache cannot be written."""
    if library.cache_writable:
        vectors.save()


def faces_by_id(library: Library, face_ids: Iterable[str]) -> list[Face]:
    """The faces with these IDs, in order.

    Raises:
        NotFoundError: an ID names no face.
    """
    found = []
    for face_id in dict.fromkeys(face_ids):
        face = library.record(Face, face_id)
        if not isinstance(face, Face):
            raise NotFoundError("face", face_id)
        found.append(face)
    return found


def _items_of(library: Library, faces: Sequence[Face]) -> list[Item]:
    return [library.item(i) for i in dict.fromkeys(f.item_id for f in faces)]


def _count(n: int) -> str:
    return "1 face" if n == 1 else f"{n} faces"


def name_command(
    library: Library,
    face_ids: Iterable[str],
    person: str,
    *,
    certainty: Certainty = Certainty.CERTAIN,
) -> Command:
    """Name faces as a person (found by ID or name): one command, one undo step.

    Raises:
        NotFoundError: a face ID or the person is unknown.
        AmbiguousNameError: several people carry that name.
    """
    faces = faces_by_id(library, face_ids)
    who = resolve(library.people(), person, "person")
    return name_faces(
        f"Name {_count(len(faces))} as {who.name}",
        faces,
        _items_of(library, faces),
        who.id,
        user=library.user,
        identified_at=utc_now(),
        certainty=certainty,
    )


def accept_command(library: Library, face_ids: Iterable[str]) -> Command:
    """Name each face as its first suggestion, all in one command (faces without one stay).

    Raises:
        NotFoundError: a face ID is unknown.
    """
    faces = [f for f in faces_by_id(library, face_ids) if f.open and f.suggestions]
    items = {item.id: item for item in _items_of(library, faces)}
    before: dict[tuple[type[Record], str], Record | None] = {}
    after: dict[tuple[type[Record], str], Record | None] = {}
    groups: dict[PersonId, list[Face]] = {}
    for face in faces:
        groups.setdefault(face.suggestions[0].person_id, []).append(face)
    when = utc_now()
    for person_id, group in groups.items():
        step = name_faces(
            "", group, list(items.values()), person_id, user=library.user, identified_at=when
        )
        for slot in step.before:
            before.setdefault((slot.kind, slot.id), slot.record)
        for slot in step.after:
            after[(slot.kind, slot.id)] = slot.record
            if isinstance(slot.record, Item):
                items[slot.record.id] = slot.record
    return replace_records(
        f"Accept suggestions for {_count(len(faces))}",
        [r for r in before.values() if r is not None],
        [r for r in after.values() if r is not None],
    )


def reject_command(library: Library, face_ids: Iterable[str], reason: RejectReason) -> Command:
    """Set faces aside ("not a face" or "ignore"); a named one loses its person tag.

    Raises:
        NotFoundError: a face ID is unknown.
    """
    faces = faces_by_id(library, face_ids)
    verb = "Not a face" if reason is RejectReason.NOT_A_FACE else "Ignore"
    return reject_faces(f"{verb}: {_count(len(faces))}", faces, _items_of(library, faces), reason)


def reject_suggestion_command(library: Library, face_ids: Iterable[str], person: str) -> Command:
    """Say these faces are not this person: never suggested for them again.

    Raises:
        NotFoundError: a face ID or the person is unknown.
        AmbiguousNameError: several people carry that name.
    """
    faces = faces_by_id(library, face_ids)
    who = resolve(library.people(), person, "person")
    after = [reject_suggestion(face, who.id) for face in faces]
    return replace_records(f"Not {who.name}: {_count(len(faces))}", faces, after)


# -- suggestions --------------------------------------------------------------------------


def ruled_out(person: Person, photo: DateKeys | None) -> bool:
    """Whether the person's life span excludes a photo with these date bounds.

    Born after the photo's latest possible day, or died before its earliest one, each with
    the widest (search window) bounds of both dates, so only a certain clash rules out.
    """
    if photo is None:
        return False
    born = date_keys(person.birth)
    if born is not None and born.window_low > photo.window_high:
        return True
    died = date_keys(person.death)
    return died is not None and died.window_high < photo.window_low


@dataclass(frozen=True, slots=True)
class _References:
    """Every confirmed face's vector, and whose it is."""

    vectors: np.ndarray
    owners: tuple[PersonId, ...]

    @classmethod
    def of(cls, faces: Iterable[Face], vectors: FaceVectors) -> "_References":
        rows, owners = [], []
        for face in faces:
            vector = vectors.get(face.id)
            if face.person_id is not None and vector is not None:
                rows.append(vector)
                owners.append(face.person_id)
        matrix = np.stack(rows) if rows else np.zeros((0, 128), np.float32)
        return cls(matrix, tuple(owners))


def suggestions_for(
    vector: np.ndarray,
    refs: _References,
    candidates: dict[PersonId, Person],
    excluded: Iterable[PersonId],
) -> list[Suggestion]:
    """The nearest people to ``vector`` among ``candidates``, best first.

    Only people closer than the match distance, with a confidence of 1 - distance / match
    distance (each person's distance is that of their nearest confirmed face).
    """
    if not refs.owners:
        return []
    distances = np.asarray(engine.face_distance(refs.vectors, vector), dtype=np.float64)
    best: dict[PersonId, float] = {}
    skip = set(excluded)
    for owner, value in zip(refs.owners, distances.reshape(-1).tolist(), strict=True):
        distance = float(value)
        if owner in candidates and owner not in skip and distance < engine.MATCH_DISTANCE:
            best[owner] = min(best.get(owner, distance), distance)
    ranked = sorted(best.items(), key=lambda pair: (pair[1], pair[0]))[:SUGGESTIONS]
    return [
        Suggestion(person_id=p, confidence=round(1 - d / engine.MATCH_DISTANCE, 3))
        for p, d in ranked
    ]


def suggest_command(
    library: Library, vectors: FaceVectors | None = None, faces: Sequence[Face] | None = None
) -> Command:
    """Recompute the suggestions of every open face (or of ``faces``): one command."""
    vectors = vectors if vectors is not None else load_vectors(library)
    every = library.faces()
    refs = _References.of((f for f in every if f.person_id is not None), vectors)
    people = {p.id: p for p in library.people() if not p.never_suggest}
    items: dict[str, Item] = {}
    before: list[Record] = []
    after: list[Record] = []
    for face in faces if faces is not None else every:
        vector = vectors.get(face.id)
        if not face.open:
            continue
        suggestions: list[Suggestion] = []
        if vector is not None:
            if face.item_id not in items:
                items[face.item_id] = library.item(face.item_id)
            photo = date_keys(items[face.item_id].taken)
            allowed = {pid: p for pid, p in people.items() if not ruled_out(p, photo)}
            suggestions = suggestions_for(vector, refs, allowed, face.rejected_people)
        new = with_suggestions(face, suggestions)
        if new != face:
            before.append(face)
            after.append(new)
    return replace_records("Suggest names for faces", before, after)


# -- clusters -----------------------------------------------------------------------------


def clusters(library: Library, vectors: FaceVectors | None = None) -> list[list[Face]]:
    """Open faces that look alike, largest group first, each group largest face first.

    Faces too small to be described and faces on items in the trash are left out. Two faces
    of one picture are two people: a group that holds several is split so none does.
    """
    vectors = vectors if vectors is not None else load_vectors(library)
    trashed = {item.id for item in library.trashed_items()}
    faces = [f for f in library.faces() if f.open and f.id in vectors and f.item_id not in trashed]
    if not faces:
        return []
    matrix = np.stack([v for f in faces if (v := vectors.get(f.id)) is not None])
    groups: list[list[Face]] = []
    for group in engine.cluster_faces(matrix):
        parts: list[list[Face]] = []
        for face in sorted((faces[i] for i in group), key=lambda f: (-f.size_px, f.id)):
            part = next((p for p in parts if all(f.item_id != face.item_id for f in p)), None)
            if part is None:
                parts.append([face])
            else:
                part.append(face)
        groups += parts
    return sorted(groups, key=lambda g: (-len(g), g[0].id))
