"""Typed identifiers. An ID is opaque, stable and never shown as the only label."""

import uuid
from typing import NewType

ItemId = NewType("ItemId", str)
PersonId = NewType("PersonId", str)
PlaceId = NewType("PlaceId", str)
FilmId = NewType("FilmId", str)
SceneId = NewType("SceneId", str)
LinkId = NewType("LinkId", str)
ContainerId = NewType("ContainerId", str)
FaceId = NewType("FaceId", str)
SegmentId = NewType("SegmentId", str)


def _hex() -> str:
    return uuid.uuid4().hex


_DERIVED = uuid.UUID("5d1f0c2e-6a4b-4c1e-9a57-6d656d6f7279")  # memoryapp's UUID namespace


def derived_hex(kind: str, *parts: str) -> str:
    """A stable ID made from what a record is (UUID 5): the same input, the same ID.

    Imports use it so that importing the same files gives the same catalogue, however many
    workers decode them. The caller falls back to a fresh ID when the derived one is taken.
    """
    return uuid.uuid5(_DERIVED, "\x1f".join((kind, *parts))).hex


def new_item_id() -> ItemId:
    """Return a fresh, globally unique item ID (32 hex characters)."""
    return ItemId(_hex())


def new_person_id() -> PersonId:
    """Return a fresh person ID."""
    return PersonId(_hex())


def new_place_id() -> PlaceId:
    """Return a fresh place ID."""
    return PlaceId(_hex())


def new_film_id() -> FilmId:
    """Return a fresh film ID."""
    return FilmId(_hex())


def new_scene_id() -> SceneId:
    """Return a fresh scene ID."""
    return SceneId(_hex())


def new_link_id() -> LinkId:
    """Return a fresh scene-link ID."""
    return LinkId(_hex())


def new_container_id() -> ContainerId:
    """Return a fresh container ID."""
    return ContainerId(_hex())


def new_segment_id() -> SegmentId:
    """Return a fresh testimony-segment ID."""
    return SegmentId(_hex())
