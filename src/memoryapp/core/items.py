"""Items: a photo, a scanned document or a letter, with what the family knows about it."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from memoryapp.core.assertions import Assertion
from memoryapp.core.dates import FuzzyDate
from memoryapp.core.ids import ItemId, PersonId, PlaceId
from memoryapp.core.prints import CustodyEvent, Inscription, Location, Physical
from memoryapp.core.regions import Region as Region  # its home; items names it for callers
from memoryapp.core.texts import PageText


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


class FileRole(StrEnum):
    """What a file of an item shows: a side of a print, a page, or another view of it."""

    FRONT = "front"
    BACK = "back"
    PAGE = "page"
    DETAIL = "detail"
    ENLARGEMENT = "enlargement"
    ALBUM_PAGE = "album-page"
    OTHER = "other"


PAGED_KINDS = frozenset(
    {
        ItemKind.DOCUMENT,
        ItemKind.LETTER,
        ItemKind.PASSPORT,
        ItemKind.CERTIFICATE,
        ItemKind.NEWSPAPER,
    }
)
"""Kinds whose files are pages unless a file says otherwise."""


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
class PersonTag:
    """A person on an item, optionally with a face rectangle, and who said so.

    One tag per face: a person shown twice on a photo has two tags (same ``person_id``,
    two regions); a person named without a face has one tag without region.

    ``assertions`` are the evidence that this is the person (``core.assertions``); a tag
    without any reads as one implicit assertion made of ``identified_by`` and ``certainty``
    (``core.evidence.assertions_of``); the certainty shown derives from them. ``face_id``
    names the detected face record the tag was made from, if any.
    """

    person_id: PersonId
    region: Region | None = None
    identified_by: str = ""
    identified_at: str = ""  # ISO 8601 UTC, e.g. "2026-03-01T10:00:00Z"
    certainty: Certainty = Certainty.CERTAIN
    private: bool = False
    face_id: str = ""
    assertions: tuple[Assertion, ...] = ()


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
    role: FileRole | None = None
    """What the file shows; None leaves it to the item (see ``Item.role_of``)."""

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
    inscriptions: tuple[Inscription, ...] = ()
    physical: Physical = field(default_factory=Physical)
    location: Location | None = None  # where it is now
    normal_location: Location | None = None  # where it belongs (Spectrum's normal location)
    custody: tuple[CustodyEvent, ...] = ()  # transfers of custody of the original, in order
    texts: tuple[PageText, ...] = ()  # text read or typed, per file, page and region

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

    def role_of(self, index: int) -> FileRole:
        """What file ``index`` shows: its own role, else a page (documents), else the front.

        A photo's first file is its front, its further files other views.
        """
        role = self.files[index].role
        if role is not None:
            return role
        if self.kind in PAGED_KINDS:
            return FileRole.PAGE
        return FileRole.FRONT if index == 0 else FileRole.OTHER

    def indexes_of(self, role: FileRole) -> tuple[int, ...]:
        """The indexes of the files that show ``role``, in order."""
        return tuple(i for i in range(len(self.files)) if self.role_of(i) is role)

    @property
    def has_back(self) -> bool:
        """Whether one of the item's files is the back of the print."""
        return bool(self.indexes_of(FileRole.BACK))

    @property
    def holders(self) -> tuple[str, ...]:
        """Everyone who held the original, without repeats.

        The source's holder, then the custody chain's holders (person IDs or names as said).
        """
        found = [self.source.holder]
        for event in self.custody:
            found += [event.from_person or event.from_name, event.to_person or event.to_name]
        return tuple(h for h in dict.fromkeys(found) if h)

    @property
    def current_holder(self) -> str:
        """Who holds the original now: the last transfer's receiver, else the source's holder."""
        for event in reversed(self.custody):
            if holder := event.to_person or event.to_name:
                return holder
        return self.source.holder

    def person_ids(self) -> tuple[PersonId, ...]:
        """People tagged on the item, in order, without repeats."""
        return tuple(dict.fromkeys(tag.person_id for tag in self.people))
