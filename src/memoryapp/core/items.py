"""Items: a photo, a scanned document or a letter, with what the family knows about it."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from memoryapp.core.dates import FuzzyDate
from memoryapp.core.ids import ItemId, PersonId, PlaceId


class ItemKind(StrEnum):
    """What an item is; documents page through their pages."""

    PHOTO = "photo"
    DOCUMENT = "document"
    LETTER = "letter"
    POSTCARD = "postcard"
    PASSPORT = "passport"
    CERTIFICATE = "certificate"
    NEWSPAPER = "newspaper"
    RECORDING = "recording"  # a sound recording (oral testimony); see core/segments.py
    OTHER = "other"


class DateRole(StrEnum):
    """What a date dates. Roles never substitute for each other."""

    TAKEN = "taken"  # the content: photographed, or a document written or issued
    DIGITIZED = "digitized"  # the scan
    PRINTED = "printed"  # the physical print
    POSTMARKED = "postmarked"  # a stamp on the object


class Certainty(StrEnum):
    """How sure the person who identified someone was."""

    CERTAIN = "certain"
    PROBABLE = "probable"
    POSSIBLE = "possible"


class ColorLabel(StrEnum):
    """A colour label, as Lightroom and digiKam name them ("none" when the item has none)."""

    NONE = "none"
    RED = "red"
    ORANGE = "orange"
    YELLOW = "yellow"
    GREEN = "green"
    BLUE = "blue"
    PURPLE = "purple"
    GREY = "grey"


MAX_RATING = 5
"""Ratings run from 0 (not rated) to 5 stars."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Region:
    """A rectangle on the image as stored (before EXIF orientation), in fractions 0..1."""

    x: float
    y: float
    w: float
    h: float

    def __post_init__(self) -> None:
        eps = 1e-6
        # NaN and infinities fail these comparisons too, so they need no check of their own.
        if not (
            -eps <= self.x <= 1 + eps
            and -eps <= self.y <= 1 + eps
            and 0 <= self.w <= 1 - self.x + eps
            and 0 <= self.h <= 1 - self.y + eps
        ):
            raise ValueError(f"region outside the image: {self}")


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonTag:
    """A person on an item, optionally with a face rectangle, and who said so.

    One tag per face: a person shown twice on a photo has two tags (same ``person_id``,
    two regions); a person named without a face has one tag without region.
    """

    person_id: PersonId
    region: Region | None = None
    identified_by: str = ""
    identified_at: str = ""  # ISO 8601 UTC, e.g. "2026-03-01T10:00:00Z"
    certainty: Certainty = Certainty.CERTAIN
    private: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class MediaFile:
    """One file of an item: managed inside the collection, or linked where it lies.

    ``path`` is collection-relative POSIX text for managed files and an absolute path
    for linked ones.
    """

    sha256: str
    path: str
    format: str  # "jpeg", "png", "tiff", "pdf", ...
    size: int  # bytes
    width: int | None = None  # stored pixel grid, before orientation
    height: int | None = None
    pages: int = 1
    duration_ms: int | None = None  # a recording's length
    sample_rate: int | None = None  # a recording's samples per second
    channels: int | None = None  # a recording's channels (1 mono, 2 stereo)
    original_name: str = ""
    linked: bool = False
    phash: str = ""  # perceptual hash (hex), for possible copies
    damaged: str = ""  # why the picture did not fully decode (a sentence); "" when it did
    known_sha256: tuple[str, ...] = ()
    """Other SHA-256 this file is known by: the original a cleaned export copy was made from,
    a cleaned copy met before. Merges and imports treat each as this very file."""
    also_imported_from: tuple[str, ...] = ()
    """Paths of byte-identical copies met in the same import (the item's source names the
    first); their sidecars' metadata is in the item too."""

    @property
    def hashes(self) -> tuple[str, ...]:
        """The file's own SHA-256, then every other it is known by."""
        return (self.sha256, *self.known_sha256)


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """Where the original is and how it reached the collection."""

    holder: str = ""  # who holds the original
    archive_ref: str = ""
    album: str = ""
    box: str = ""
    page: str = ""
    provenance: str = ""  # free text: "scanned by Esther in Paris, 2019"
    imported_from: str = ""  # the path it was imported from


@dataclass(frozen=True, slots=True, kw_only=True)
class Rights:
    """A rights statement: a RightsStatements.org or Creative Commons URI plus text."""

    uri: str = ""
    text: str = ""
    credit: str = ""
    consent: str = ""  # consent notes


@dataclass(frozen=True, slots=True, kw_only=True)
class Item:
    """One catalogue entry: a photo, document, letter... of one or more files."""

    id: ItemId
    files: tuple[MediaFile, ...] = ()
    kind: ItemKind = ItemKind.PHOTO
    title: str = ""
    description: str = ""
    dates: Mapping[DateRole, FuzzyDate] = field(default_factory=dict)
    people: tuple[PersonTag, ...] = ()
    places: tuple[PlaceId, ...] = ()
    tags: tuple[str, ...] = ()  # hierarchical with "|": "Events|Wedding"
    source: Source = field(default_factory=Source)
    rights: Rights = field(default_factory=Rights)
    notes: str = ""
    private: bool = False
    added_at: str = ""  # ISO 8601 UTC
    orientation: int = 1  # EXIF orientation of the first file (1-8)
    lat: float | None = None  # where it was taken, when known (from GPS or the user)
    lon: float | None = None
    possible_copies: tuple[ItemId, ...] = ()
    trashed_at: str = ""  # ISO 8601 UTC when moved to the trash; "" when it is not there
    rating: int = 0  # stars, 0 (not rated) to 5
    label: ColorLabel = ColorLabel.NONE

    def __post_init__(self) -> None:
        if type(self.rating) is not int or not 0 <= self.rating <= MAX_RATING:
            raise ValueError(f"a rating is 0-{MAX_RATING} stars, not {self.rating}")
        if not 1 <= self.orientation <= 8:
            raise ValueError(f"orientation must be 1-8, not {self.orientation}")
        if (self.lat is None) != (self.lon is None):
            raise ValueError("give both latitude and longitude, or neither")

    @property
    def hashes(self) -> tuple[str, ...]:
        """Every SHA-256 the item's files are known by (see ``MediaFile.known_sha256``)."""
        return tuple(sha for media in self.files for sha in media.hashes)

    @property
    def primary(self) -> MediaFile | None:
        """The first file, which gives the item its thumbnail."""
        return self.files[0] if self.files else None

    @property
    def taken(self) -> FuzzyDate | None:
        """The date of the content (never the scan date)."""
        return self.dates.get(DateRole.TAKEN)

    @property
    def damaged(self) -> str:
        """Why a file's picture is damaged (the first such file's reason), or ""."""
        return next((f.damaged for f in self.files if f.damaged), "")

    def person_ids(self) -> tuple[PersonId, ...]:
        """People tagged on the item, in order, without repeats."""
        return tuple(dict.fromkeys(tag.person_id for tag in self.people))
