"""Documentary films, their scenes, and the links from archive items to scenes.

The model follows film.md section 5. Items stay untouched: every film concept is its own
record linked by IDs. Timecodes and durations are whole frames at the film's rate label
(``Film.fps``), never text or float seconds; ``memoryapp.core.films.timecode`` formats them.

A :class:`SceneLink` is one row per item per scene: its role, framing (crop, Ken Burns), planned
hold, clearance, licence terms, credit and captions per language, family consent, alterations,
and the actual usage read back from the editor's locked cut.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction

from memoryapp.core.dates import FuzzyDate
from memoryapp.core.films.timecode import RATES, check_drop_frame, rate_of
from memoryapp.core.ids import FilmId, ItemId, LinkId, PersonId, PlaceId, SceneId
from memoryapp.core.items import Region

FRAME_RATES: tuple[str, ...] = tuple(RATES)
WORLD = "WORLD"  # the territory that covers every other


class SceneStatus(StrEnum):
    """Where a scene stands in the edit."""

    PLANNED = "planned"
    RESEARCHING = "researching"
    IN_EDIT = "in-edit"
    LOCKED = "locked"
    CUT = "cut"  # dropped from the film


class LinkRole(StrEnum):
    """What an item is to a scene."""

    ON_SCREEN = "on-screen"
    VOICE_OVER = "voice-over"  # a testimony segment heard over other pictures
    INTERVIEW = "interview"  # a testimony segment heard as an interview
    CANDIDATE = "candidate"
    ALTERNATE = "alternate"
    RESEARCH = "research"
    REJECTED = "rejected"


_IN_THE_CUT = frozenset({LinkRole.ON_SCREEN, LinkRole.VOICE_OVER, LinkRole.INTERVIEW})


class Clearance(StrEnum):
    """Rights clearance of one use of an item."""

    NOT_REQUESTED = "not-requested"
    REQUESTED = "requested"
    CLEARED = "cleared"
    DENIED = "denied"
    PUBLIC_DOMAIN = "public-domain"
    FAIR_USE = "fair-use"


CLEARED_STATES: frozenset[Clearance] = frozenset(
    {Clearance.CLEARED, Clearance.PUBLIC_DOMAIN, Clearance.FAIR_USE}
)
"""Clearance states on which an item may be delivered on screen."""


class Media(StrEnum):
    """Media a licence grants or a film plans (FOCAL and DARS vocabulary)."""

    ALL_MEDIA = "all-media"  # covers every other
    FESTIVAL = "festival"
    THEATRICAL = "theatrical"
    TV = "tv"
    SVOD = "svod"  # streaming on demand
    ONLINE = "online"  # free online, social
    HOME_VIDEO = "home-video"
    EDUCATIONAL = "educational"
    PROMO = "promo"  # trailer and promotion
    ARCHIVE_DEPOSIT = "archive-deposit"


class FeeBasis(StrEnum):
    """How a licence fee is counted."""

    FLAT = "flat"
    PER_SECOND = "per-second"
    PER_ITEM = "per-item"


class AlterationKind(StrEnum):
    """A change made to an item's image for the film (APA transparency)."""

    RESTORATION = "restoration"
    COLOURISATION = "colourisation"
    CROP = "crop"
    REFRAME = "reframe"
    AI_ENHANCED = "ai-enhanced"  # up-res, fill, denoise by a generative tool
    AI_GENERATED = "ai-generated"
    OTHER = "other"


AI_ALTERATIONS: frozenset[AlterationKind] = frozenset(
    {AlterationKind.AI_ENHANCED, AlterationKind.AI_GENERATED}
)


@dataclass(frozen=True, slots=True, kw_only=True)
class PlannedUse:
    """The rights a film needs: media, territories and term (the delivery target).

    Dates are ISO 8601 days (``"2027-01-01"``); ``until`` empty with ``perpetual`` false
    means the end is not decided yet.
    """

    media: tuple[Media, ...] = ()
    territories: tuple[str, ...] = ()  # ISO 3166 alpha-2 codes or "WORLD"
    start: str = ""
    until: str = ""
    perpetual: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Licence:
    """The terms a rights holder granted for one use.

    ``fee`` is the amount as written (``"1500.00"``) so money never goes through a float.
    ``term_end`` empty with ``perpetual`` false means the end is unknown.
    """

    media: tuple[Media, ...] = ()
    territories: tuple[str, ...] = ()
    term_start: str = ""
    term_end: str = ""
    perpetual: bool = False
    exclusive: bool = False
    max_seconds: int | None = None  # licensed seconds on screen, when limited
    alterations_allowed: bool = True  # colourisation, reframing, AI ...
    restrictions: tuple[str, ...] = ()  # "no crop", "credit required" ...
    fee: str = ""
    currency: str = ""  # ISO 4217
    fee_basis: FeeBasis = FeeBasis.FLAT
    invoice: str = ""
    paid: bool = False
    document: str = ""  # reference of the signed agreement
    waiver: bool = False  # below the broadcaster's contract rights, approved by them


@dataclass(frozen=True, slots=True, kw_only=True)
class Consent:
    """A family's or a depicted person's consent to the use of an item.

    Attributes:
        given_by: who consented ("Esther Ohana").
        relation: to the item or the people in it ("granddaughter of the photographer").
        given_on: ISO 8601 day.
        scope: what it covers, in the family's words ("this film and its trailer").
        revoked: the consent was withdrawn.
        revoked_on: ISO 8601 day of the withdrawal.
    """

    given_by: str
    relation: str = ""
    given_on: str = ""
    scope: str = ""
    language: str = ""  # language of the signed form
    revoked: bool = False
    revoked_on: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Alteration:
    """One change made to the image (restoration, colourisation, AI...) and by what."""

    kind: AlterationKind
    tool: str = ""
    by: str = ""
    on: str = ""  # ISO 8601 day
    changes_meaning: bool = False
    note: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Usage:
    """One appearance of an item in a cut, read back from the editor's EDL (never typed).

    Record-side frames at the film's rate, ``rec_out`` exclusive.
    """

    event: str  # the EDL event number
    rec_in: int
    rec_out: int

    def __post_init__(self) -> None:
        if not 0 <= self.rec_in <= self.rec_out:
            raise ValueError(f"usage out of order: {self.rec_in}..{self.rec_out}")

    @property
    def frames(self) -> int:
        """Frames on screen."""
        return self.rec_out - self.rec_in


@dataclass(frozen=True, slots=True, kw_only=True)
class Film:
    """A documentary project. Timecodes elsewhere are frames at ``fps``.

    Attributes:
        fps: a label of :data:`FRAME_RATES`; 23.976 is always non-drop.
        drop_frame: drop-frame timecode (29.97 and 59.94 only).
        start_frame: the programme's start timecode in frames (``01:00:00:00`` is 90,000 at 25).
        languages: BCP 47 tags of the captions and credits the film needs.
        frame_width: delivery frame width in pixels, for the resolution check.
        planned_use: the rights the film needs (checked against every licence).
    """

    id: FilmId
    title: str
    fps: str = "25"
    drop_frame: bool = False
    start_frame: int = 0
    languages: tuple[str, ...] = ()
    director: str = ""
    production: str = ""  # production company
    frame_width: int = 1920
    planned_use: PlannedUse = field(default_factory=PlannedUse)
    notes: str = ""

    def __post_init__(self) -> None:
        check_drop_frame(self.fps, self.drop_frame)
        if self.start_frame < 0:
            raise ValueError("the start timecode cannot be negative")
        if self.frame_width <= 0:
            raise ValueError("the frame width must be positive")

    @property
    def rate(self) -> Fraction:
        """The exact rate (``30000/1001`` at 29.97)."""
        return rate_of(self.fps)


@dataclass(frozen=True, slots=True, kw_only=True)
class Scene:
    """A scene of a film, with what it needs from the archive.

    Attributes:
        number: as the script numbers it ("12", "12A").
        places, people, period: what the scene is about; they drive "find material".
        duration_frames: planned duration.
        tc_in, tc_out: record-side frames of the scene in the cut, when known.
        wishlist: the archive the scene needs, in words ("wedding photos, Tinghir, late 50s").
    """

    id: SceneId
    film_id: FilmId
    number: str
    title: str = ""
    synopsis: str = ""
    places: tuple[PlaceId, ...] = ()
    people: tuple[PersonId, ...] = ()
    period: FuzzyDate | None = None
    duration_frames: int | None = None
    tc_in: int | None = None
    tc_out: int | None = None
    status: SceneStatus = SceneStatus.PLANNED
    wishlist: str = ""
    notes: str = ""

    def __post_init__(self) -> None:
        if not self.number.strip():
            raise ValueError("a scene needs a number")
        if self.duration_frames is not None and self.duration_frames < 0:
            raise ValueError("a planned duration cannot be negative")
        for value in (self.tc_in, self.tc_out):
            if value is not None and value < 0:
                raise ValueError("a timecode cannot be negative")
        if self.tc_in is not None and self.tc_out is not None and self.tc_out < self.tc_in:
            raise ValueError("the scene's TC out is before its TC in")


@dataclass(frozen=True, slots=True, kw_only=True)
class SceneLink:
    """An item used (or considered) in a scene, with its rights and clearance.

    Attributes:
        role: on screen, candidate, alternate, research or rejected.
        rank: orders candidates and the uses of a scene (lower first).
        crop: the still framing, a rectangle of the item image.
        crop_person: frame on this person's tagged region instead of ``crop``.
        pan_from, pan_to: the Ken Burns move, start and end rectangles.
        hold_frames: planned time on screen; None uses the default hold.
        credit, captions: by BCP 47 language tag ("" for any language).
        licence: the granted terms, when there is a licence.
        consents: family and depicted persons' consents.
        alterations: restoration, colourisation, AI...
        uses, used_frames, used_in_cut: actual usage from the last locked cut read
            (``used_frames`` None: no cut read yet; 0: not in that cut).
        segment_id: a testimony segment of the linked recording: only its time range is used
            (the source in/out of the edit), and its consents and privacy decide the link.
    """

    id: LinkId
    item_id: ItemId
    scene_id: SceneId
    role: LinkRole = LinkRole.CANDIDATE
    rank: int = 0
    crop: Region | None = None
    crop_person: PersonId | None = None
    pan_from: Region | None = None
    pan_to: Region | None = None
    hold_frames: int | None = None
    clearance: Clearance = Clearance.NOT_REQUESTED
    rights_holder: str = ""
    rights_contact: str = ""
    licence: Licence | None = None
    credit: Mapping[str, str] = field(default_factory=dict)
    captions: Mapping[str, str] = field(default_factory=dict)
    consents: tuple[Consent, ...] = ()
    alterations: tuple[Alteration, ...] = ()
    note: str = ""
    uses: tuple[Usage, ...] = ()
    used_frames: int | None = None
    used_in_cut: str = ""
    segment_id: str = ""

    def __post_init__(self) -> None:
        if self.hold_frames is not None and self.hold_frames < 0:
            raise ValueError("a hold cannot be negative")
        if (self.pan_from is None) != (self.pan_to is None):
            raise ValueError("a Ken Burns move needs both a start and an end rectangle")
        if self.used_frames is not None and self.used_frames < 0:
            raise ValueError("usage cannot be negative")

    @property
    def is_on_screen(self) -> bool:
        """Whether the item is planned in the cut: on screen, or heard (voice-over, interview)."""
        return self.role in _IN_THE_CUT

    @property
    def is_cleared(self) -> bool:
        """Whether the clearance allows delivery (cleared, public domain or fair use)."""
        return self.clearance in CLEARED_STATES

    @property
    def consent_revoked(self) -> bool:
        """Whether any recorded consent was withdrawn."""
        return any(c.revoked for c in self.consents)


def text_in(texts: Mapping[str, str], lang: str, fallbacks: tuple[str, ...] = ()) -> str:
    """The text for ``lang``, else the first of ``fallbacks``, else the language-neutral one.

    Used for credits and captions, which are stored by language tag.
    """
    for key in (lang, *fallbacks, ""):
        value = texts.get(key, "")
        if value:
            return value
    return ""


DEFAULT_HOLD_SECONDS = 5
"""Planned time on screen of a still with no hold of its own (Premiere's default)."""


def hold_of(link: SceneLink, film: Film) -> int:
    """The planned hold of a link in frames (its own, else :data:`DEFAULT_HOLD_SECONDS`)."""
    if link.hold_frames is not None:
        return link.hold_frames
    return round(DEFAULT_HOLD_SECONDS * film.rate)
