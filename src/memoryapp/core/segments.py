"""Testimony segments: a time range of a recording, what was said in it and what it is about.

A :class:`Segment` belongs to one recording item (``ItemKind.RECORDING``) and runs from
``start_ms`` to ``end_ms`` (milliseconds). It names its speakers, its languages, a transcript
per language, and what it is anchored to: items (a photo, a region or a face on it), people,
places, dates and tags. Segments of one recording may overlap. Each speaker's consent says
for which uses the words may leave the family; a revoked consent, a private segment or a
speaker the privacy filter withholds keeps the segment (and its transcript) out of every
export.

A segment is cited as ``RECORDING_ID@00:03:12.5`` (:func:`segment_ref`);
:func:`segment_at` finds the segment of a recording that covers a moment.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from memoryapp.core.dates import FuzzyDate
from memoryapp.core.ids import ItemId, PersonId, PlaceId, SegmentId
from memoryapp.core.items import Region


class ConsentUse(StrEnum):
    """What a speaker agreed their words may be used for."""

    FAMILY = "family"  # the family only
    RESEARCH = "research"  # researchers and archives
    FILM = "film"  # a documentary film


@dataclass(frozen=True, slots=True, kw_only=True)
class Transcript:
    """What was said in one language, as typed by someone."""

    lang: str  # BCP 47: "fr", "he", "ar", "ber"...
    text: str
    by: str = ""  # who transcribed it
    at: str = ""  # ISO 8601 UTC, when
    corrected: bool = False  # checked and corrected against the recording


@dataclass(frozen=True, slots=True, kw_only=True)
class Anchor:
    """An item the segment speaks about, optionally a region or a detected face on it."""

    item_id: ItemId
    region: Region | None = None  # in the stored frame, fractions 0..1
    face: str = ""  # a face ID, when faces are detected on the item


@dataclass(frozen=True, slots=True, kw_only=True)
class SegmentConsent:
    """One speaker's consent: who gave it, when, for which uses, and whether it was revoked."""

    person_id: PersonId
    given_on: str = ""  # ISO 8601 date
    uses: tuple[ConsentUse, ...] = ()
    revoked: bool = False
    revoked_on: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Segment:
    """A time range of a recording with its speakers, transcripts, anchors and consents."""

    id: SegmentId
    recording_id: ItemId
    start_ms: int
    end_ms: int
    speakers: tuple[PersonId, ...] = ()
    languages: tuple[str, ...] = ()
    transcripts: tuple[Transcript, ...] = ()
    items: tuple[Anchor, ...] = ()
    people: tuple[PersonId, ...] = ()
    places: tuple[PlaceId, ...] = ()
    dates: tuple[FuzzyDate, ...] = ()
    tags: tuple[str, ...] = ()
    consents: tuple[SegmentConsent, ...] = ()
    private: bool = False
    note: str = ""

    def __post_init__(self) -> None:
        if not 0 <= self.start_ms < self.end_ms:
            raise ValueError(
                f"a segment ends after it starts: {format_time(self.start_ms)} to "
                f"{format_time(max(self.end_ms, 0))}"
            )

    @property
    def revoked(self) -> bool:
        """Whether any speaker's consent has been withdrawn."""
        return any(c.revoked for c in self.consents)

    def transcript(self, lang: str) -> Transcript | None:
        """The transcript in ``lang``, if there is one."""
        return next((t for t in self.transcripts if t.lang == lang), None)

    def item_ids(self) -> tuple[ItemId, ...]:
        """The items the segment is anchored to, in order, without repeats."""
        return tuple(dict.fromkeys(a.item_id for a in self.items))

    def person_ids(self) -> tuple[PersonId, ...]:
        """Speakers, then the people the segment names, without repeats."""
        return tuple(dict.fromkeys((*self.speakers, *self.people)))

    def covers(self, ms: int) -> bool:
        """Whether the moment ``ms`` falls inside the segment (its end excluded)."""
        return self.start_ms <= ms < self.end_ms

    @property
    def fragment(self) -> str:
        """The W3C media fragment of its time range: ``t=192.5,241``."""
        return f"t={seconds(self.start_ms)},{seconds(self.end_ms)}"


_TIME = re.compile(r"^(?:(?:(\d+):)?(\d{1,2}):)?(\d+(?:[.,]\d{1,3})?)$")


def parse_time(text: str) -> int:
    """Milliseconds from ``00:03:12.5``, ``3:12``, ``192.5`` or ``01:02:03,250``.

    Raises:
        ValueError: the text is not a time (the message says what is expected).
    """
    match = _TIME.match(text.strip())
    if match is None:
        raise ValueError(f"cannot read the time {text!r}; write it as HH:MM:SS.mmm or seconds")
    hours, minutes, secs = match.groups()
    if hours is not None and int(minutes) >= 60:
        raise ValueError(f"cannot read the time {text!r}: minutes run 0-59")
    if minutes is not None and float(secs.replace(",", ".")) >= 60:
        raise ValueError(f"cannot read the time {text!r}: seconds run 0-59")
    ms = round(float(secs.replace(",", ".")) * 1000)
    return ms + int(minutes or 0) * 60_000 + int(hours or 0) * 3_600_000


def format_time(ms: int) -> str:
    """``HH:MM:SS.mmm`` (WebVTT's cue time), e.g. ``00:03:12.500``."""
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def seconds(ms: int) -> str:
    """Seconds as a media fragment writes them: ``192.5``, ``241``."""
    whole, millis = divmod(ms, 1000)
    return f"{whole}" if not millis else f"{whole}.{millis:03d}".rstrip("0")


def segment_ref(segment: Segment) -> str:
    """How a source cites the segment: ``RECORDING_ID@00:03:12.500`` (its start)."""
    return f"{segment.recording_id}@{format_time(segment.start_ms)}"


def parse_segment_ref(ref: str) -> tuple[ItemId, int]:
    """The recording and the moment of a ``RECORDING_ID@00:03:12`` reference.

    Raises:
        ValueError: not ``ID@time``.
    """
    recording, sep, moment = ref.partition("@")
    if not sep or not recording:
        raise ValueError(f"cannot read {ref!r}; write RECORDING_ID@HH:MM:SS")
    return ItemId(recording), parse_time(moment)


def segment_at(segments: Iterable[Segment], recording_id: str, ms: int) -> Segment | None:
    """The segment of ``recording_id`` that covers ``ms``, or None.

    Where segments overlap, the one that started last wins (the innermost), then the
    shortest, then the smallest ID, so the answer is stable.
    """
    covering = [s for s in segments if s.recording_id == recording_id and s.covers(ms)]
    if not covering:
        return None
    return min(covering, key=lambda s: (-s.start_ms, s.end_ms, s.id))


def in_order(segments: Iterable[Segment]) -> list[Segment]:
    """Segments by recording, then start, then end, then ID."""
    return sorted(segments, key=lambda s: (s.recording_id, s.start_ms, s.end_ms, s.id))
